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
	for _, file := range []string{"conversation", "triage", "words"} {
		var v any
		if err := json.Unmarshal(Default().Section(file), &v); err != nil {
			t.Fatal(err)
		}
		var bad []string
		walkPhrases(v, func(p string) {
			for _, w := range strings.Fields(p) {
				alts := strings.Split(w, "|")
				for i, a := range alts {
					if contains(alts[:i], a) {
						bad = append(bad, p+"  (twice: "+a+")")
						return
					}
				}
			}
			for _, r := range p {
				if r >= 0x80 && !unicode.Is(unicode.Arabic, r) && !unicode.Is(unicode.Mn, r) && r != '\u200c' {
					bad = append(bad, p+"  (letter "+string(r)+")")
					return
				}
			}
		})
		if len(bad) > 0 {
			t.Errorf("%s: %d phrases with an alternative listed twice or a letter of another script:\n%s", file, len(bad), strings.Join(bad, "\n"))
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
