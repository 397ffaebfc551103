package triage

import (
	"slices"

	"github.com/hoshyar/hoshyar/lang"
)

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

// onlyQuoted reports a cue whose every hit ends inside quotation marks
// ("wo 'theek hai'": the words he said).
func (a *analysis) onlyQuoted(cue string) bool {
	hs := a.cueHits(cue)
	spans := a.quoteSpans()
	return len(hs) > 0 && !slices.ContainsFunc(hs, func(h lang.Hit) bool {
		last := a.toks[h.J-1]
		return !slices.ContainsFunc(spans, func(q [2]int) bool { return last.Start >= q[0] && last.End <= q[1] })
	})
}

// quoteSpans is lang.QuotedSpans of the text, read once.
func (a *analysis) quoteSpans() [][2]int {
	if a.quotes == nil {
		q := lang.QuotedSpans(a.text)
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
