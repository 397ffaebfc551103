package lang

import (
	"encoding/json"
	"strings"
	"testing"
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
		"dhoond|dhund|dhoondh|dhoondh dhoond|dhund|dhoondh":                                    true, // searching and searching
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
