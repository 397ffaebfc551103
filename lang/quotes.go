package lang

import (
	"unicode"
	"unicode/utf8"
)

// quoteMarks open and close a quotation: a link's title, a page's name or
// another's words ("واٹس ایپ پر لنک آیا 'سعودی ویزا سٹیٹس چیک کریں'").
var quoteMarks = map[rune]rune{'\'': '\'', '"': '"', '‘': '’', '“': '”'}

// QuotedSpans returns the byte ranges of the text inside quotation marks:
// a mark that opens after a space or at the start and closes before a
// space, a mark of punctuation or the end, within one line. An apostrophe
// inside a word ("don't") neither opens nor closes.
func QuotedSpans(text string) [][2]int {
	var out [][2]int
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		closer, ok := quoteMarks[r]
		if !ok || i > 0 && !boundaryBefore(text, i) {
			i += n
			continue
		}
		end := -1
		for k := i + n; k < len(text); {
			c, m := utf8.DecodeRuneInString(text[k:])
			if c == '\n' {
				break
			}
			if c == closer && (k+m == len(text) || boundaryAt(text, k+m)) {
				end = k
				break
			}
			k += m
		}
		if end < 0 {
			i += n
			continue
		}
		out = append(out, [2]int{i + n, end})
		i = end + utf8.RuneLen(closer)
	}
	return out
}

// boundaryBefore reports a space or a mark of punctuation just before
// byte i.
func boundaryBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(r) || unicode.IsPunct(r)
}

// boundaryAt reports a space or a mark of punctuation at byte i.
func boundaryAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsSpace(r) || unicode.IsPunct(r)
}
