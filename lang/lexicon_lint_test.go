package lang

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode"
)

// A phrase's words are separated by spaces and a word's alternatives by
// "|", so "abhi bhi|ab bhi|abhi tak wahan" is not three phrases but five
// words, and matches almost nothing. Two neighbouring words that share an
// alternative ("bhi|ab bhi|abhi") are the mark of that slip; a word
// repeated on purpose ("ro ro ke", "dhoond dhoond") is listed.
func TestLexiconNoSpaceInsideAlternatives(t *testing.T) {
	t.Parallel()
	deliberate := map[string]bool{
		"ro|رو ro|رو ke|kar|kr|k|کے|کر ~ voice|vn|call|calls|phone|fone|msg|وائس|کال|فون|میسج": true, // ro ro ke: crying
		"dhoond|dhund|dhoondh dhoond|dhund|dhoondh": true, // searching and searching
	}
	for _, file := range []string{"conversation", "triage", "words"} {
		var v any
		if err := json.Unmarshal(Default().Section(file), &v); err != nil {
			t.Fatal(err)
		}
		var bad []string
		walkStrings(v, func(p string) {
			words := strings.Fields(p)
			for i := 1; i < len(words); i++ {
				a, b := strings.Split(words[i-1], "|"), strings.Split(words[i], "|")
				if len(a) < 2 || len(b) < 2 || deliberate[p] {
					continue
				}
				for _, x := range a {
					if x != "~" && contains(b, x) {
						bad = append(bad, p)
						return
					}
				}
			}
		})
		if len(bad) > 0 {
			t.Errorf("%s: %d phrases with a space inside an alternative:\n%s", file, len(bad), strings.Join(bad, "\n"))
		}
	}
}

// The other mark of a space inside an alternative is a word listed twice
// in one place: "chhor dein|chhoren" after "chhoro|chhor|…" writes the
// place as "…|chhor" and the next as "dein|chhoren", so the phrase wants
// both; "چھپا|چھپ|چھپ کر" wants "کر" after every one. A letter from
// another script that looks Latin (a Cyrillic "а" in "bhejа") matches
// nothing typed, so only ASCII and the Arabic script (with ZWNJ) are
// allowed in a phrase (with its vowel marks).
func TestLexiconNoRepeatedAlternative(t *testing.T) {
	t.Parallel()
	lintPhrases(t, "an alternative listed twice or a letter of another script", func(p string) string {
		for _, w := range strings.Fields(p) {
			alts := strings.Split(w, "|")
			for i, a := range alts {
				if contains(alts[:i], a) {
					return "twice: " + a
				}
			}
		}
		for _, r := range p {
			if r >= 0x80 && !unicode.Is(unicode.Arabic, r) && !unicode.Is(unicode.Mn, r) && r != '\u200c' {
				return "letter " + string(r)
			}
		}
		return ""
	})
}

// lintPhrases reports, for each lexicon file, the phrases that check
// finds fault with (check returns why, or "").
func lintPhrases(t *testing.T, what string, check func(p string) string) {
	t.Helper()
	for _, file := range []string{"conversation", "triage", "words"} {
		var v any
		if err := json.Unmarshal(Default().Section(file), &v); err != nil {
			t.Fatal(err)
		}
		var bad []string
		walkPhrases(v, func(p string) {
			if why := check(p); why != "" {
				bad = append(bad, p+"  ("+why+")")
			}
		})
		if len(bad) > 0 {
			t.Errorf("%s: %d phrases with %s:\n%s", file, len(bad), what, strings.Join(bad, "\n"))
		}
	}
}

// walkPhrases calls f with every string in a list: the phrases, not the
// notes ("_about") written as a key's value.
func walkPhrases(v any, f func(string)) {
	switch x := v.(type) {
	case map[string]any:
		for _, y := range x {
			walkPhrases(y, f)
		}
	case []any:
		for _, y := range x {
			if s, ok := y.(string); ok {
				f(s)
			} else {
				walkPhrases(y, f)
			}
		}
	}
}

func walkStrings(v any, f func(string)) {
	switch x := v.(type) {
	case map[string]any:
		for _, y := range x {
			walkStrings(y, f)
		}
	case []any:
		for _, y := range x {
			walkStrings(y, f)
		}
	case string:
		f(x)
	}
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// Two more marks of a space inside an alternative. One: an alternative
// equal to the plain word beside it ("abhi tak|ab tak" is "abhi", then
// "tak|ab", then "tak"; "میں نے|ہم نے" wants "نے" twice). Two: a word listed
// with its own contraction and followed by what the contraction holds
// ("dont|don't|do not write" is "dont|do" then "not": "dont write" is not
// matched; "i'm|im|i am" wants "am" after "im").
func TestLexiconNoSplitAlternative(t *testing.T) {
	t.Parallel()
	lintPhrases(t, "a space inside an alternative", func(p string) string { return splitAlternative(strings.Fields(p)) })
}

func splitAlternative(words []string) string {
	if strings.Join(words, " ") == "ٹکڑے ٹکڑے|کر" { // cut to pieces: ٹکڑے ٹکڑے or ٹکڑے کر
		return ""
	}
	plain := func(i int) string {
		if i < 0 || i >= len(words) || strings.Contains(words[i], "|") {
			return ""
		}
		return words[i]
	}
	for i, w := range words {
		alts := strings.Split(w, "|")
		if len(alts) < 2 {
			continue
		}
		for _, a := range alts {
			if a != "~" && (a == plain(i-1) || a == plain(i+1)) {
				return "the word beside is also an alternative: " + a
			}
		}
		next := plain(i + 1)
		for _, a := range alts {
			for _, c := range contractions(a, next) {
				if contains(alts, c) {
					return c + " beside " + a + " " + next
				}
			}
		}
	}
	return ""
}

// contractions lists the ways "base next" is written as one word.
func contractions(base, next string) []string {
	switch next {
	case "not":
		out := []string{base + "nt", base + "n't"}
		switch base {
		case "will":
			out = append(out, "wont", "won't")
		case "can":
			out = append(out, "cant", "can't")
		}
		return out
	case "is", "has":
		return []string{base + "s", base + "'s"}
	case "am":
		return []string{base + "m", base + "'m"}
	case "are":
		return []string{base + "re", base + "'re"}
	case "will":
		return []string{base + "ll", base + "'ll"}
	case "have":
		return []string{base + "ve", base + "'ve"}
	case "would", "had":
		return []string{base + "d", base + "'d"}
	}
	return nil
}
