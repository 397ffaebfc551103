package triage

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/hoshyar/hoshyar/lang"
)

// quoteMarks open and close a quotation: a link's title, a page's name or
// another's words ("واٹس ایپ پر لنک آیا 'سعودی ویزا سٹیٹس چیک کریں'").
var quoteMarks = map[rune]rune{'\'': '\'', '"': '"', '‘': '’', '“': '”'}

// quotedSpans returns the byte ranges of the text inside quotation marks:
// a mark that opens after a space or at the start and closes before a
// space, a mark of punctuation or the end, within one line. An apostrophe
// inside a word ("don't") neither opens nor closes.
func quotedSpans(text string) [][2]int {
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

// askedOutsideQuotes reports a hit of cue outside every quotation, when
// the text names a link: words quoted beside a link are its title ("a
// link came, 'check your Saudi visa status' enjazit-sa.info", B57-UR-022),
// not the writer's own asking.
func (a *analysis) askedOutsideQuotes(cue string, e Entities) bool {
	hs := a.cueHits(cue)
	if len(e.URLs) == 0 || len(hs) == 0 {
		return len(hs) > 0
	}
	spans := a.quoteSpans()
	return slices.ContainsFunc(hs, func(h lang.Hit) bool {
		return !slices.ContainsFunc(spans, func(q [2]int) bool { return a.within(h, q) })
	})
}

// quoteSpans is quotedSpans of the text, read once.
func (a *analysis) quoteSpans() [][2]int {
	if a.quotes == nil {
		q := quotedSpans(a.text)
		a.quotes = &q
	}
	return *a.quotes
}

// within reports hit h wholly inside the byte range q.
func (a *analysis) within(h lang.Hit, q [2]int) bool {
	return a.toks[h.I].Start >= q[0] && a.toks[h.J-1].End <= q[1]
}

// pageNamedOfficial reports a page or site whose name, quoted, is an
// official body's or an embassy's ("فیس بک پر 'سعودی سفارت خانہ ویزا
// ویریفکیشن' کا پیج", B157-UR-049): a page no embassy runs, whatever
// its link.
func (a *analysis) pageNamedOfficial() bool {
	pages := a.cueHits("social_page")
	if len(pages) == 0 {
		return false
	}
	for _, q := range a.quoteSpans() {
		for _, key := range []string{"embassy", "officials"} {
			for _, h := range a.cueHits(key) {
				if !a.within(h, q) {
					continue
				}
				for _, p := range pages {
					// the page word just before or after the quotation
					if p.J <= h.I && a.toks[p.J-1].End <= q[0] && q[0]-a.toks[p.J-1].End < 12 ||
						p.I >= h.J && a.toks[p.I].Start >= q[1] && a.toks[p.I].Start-q[1] < 12 {
						return true
					}
				}
			}
		}
	}
	return false
}
