package triage

import "strings"

// analysis is what the matchers found in one text, after exceptions,
// negations and overlaps were applied.
type analysis struct {
	text  string
	toks  []token
	hits  map[label][]hit // by label (kind and key), except phrases removed
	child int             // childAge: 0 not yet known, 1 no, 2 yes
}

// has reports whether the cue, situation, country or payment was found.
func (a *analysis) has(kind, key string) bool {
	return len(a.hits[label{kind: kind, key: key}]) > 0
}

func (a *analysis) cue(key string) bool { return a.has(kindCue, key) }

// cueHits returns the hits of a cue in order.
func (a *analysis) cueHits(key string) []hit { return a.hits[label{kind: kindCue, key: key}] }

// quote returns the original text of the first hit of a cue, or "".
func (a *analysis) quote(key string) string {
	hs := a.cueHits(key)
	if len(hs) == 0 {
		return ""
	}
	return a.span(hs[0])
}

func (a *analysis) span(h hit) string {
	return a.text[a.toks[h.i].start:a.toks[h.j-1].end]
}

// near reports whether a hit of cue key lies within dist tokens of [i, j).
func (a *analysis) near(key string, i, j, dist int) bool {
	for _, h := range a.cueHits(key) {
		if h.j > i-dist && h.i < j+dist {
			return true
		}
	}
	return false
}

// collect runs m over a.toks and files the hits that survive.
func (a *analysis) collect(m *matcher) {
	raw := m.find(a.toks)
	excepts := map[label][]hit{}
	for _, h := range raw {
		l := m.labels[h.label]
		if l.except {
			l.except = false
			excepts[l] = append(excepts[l], h)
		}
	}
	kept := make([]hit, 0, len(raw))
	var entities []hit
	for _, h := range raw {
		l := m.labels[h.label]
		if l.except || overlapsAny(h, excepts[l]) {
			continue
		}
		if (l.kind == kindSit || (l.kind == kindCue && lex.negatable[l.key])) && a.negated(h) {
			continue
		}
		kept = append(kept, h)
		if l.kind == kindCountry || l.kind == kindPayment {
			entities = append(entities, h)
		}
	}
	for _, h := range kept {
		l := m.labels[h.label]
		if (l.kind == kindCountry || l.kind == kindPayment) && containedInLonger(h, entities, m, l.kind) {
			continue
		}
		a.hits[l] = append(a.hits[l], h)
	}
}

func overlapsAny(h hit, others []hit) bool {
	for _, o := range others {
		if o.i < h.j && h.i < o.j {
			return true
		}
	}
	return false
}

// containedInLonger reports whether another hit of the same kind covers h
// and is longer ("cash" inside "jazz cash").
func containedInLonger(h hit, all []hit, m *matcher, kind string) bool {
	for _, o := range all {
		if m.labels[o.label].kind == kind && o.i <= h.i && h.j <= o.j && o.j-o.i > h.j-h.i {
			return true
		}
	}
	return false
}

// negated reports whether a hit is negated: a negation skipped inside it,
// one just before it (over up to two filler words: "not being beaten",
// "kisi ne nahi maara"), or one just after it ("band nahi", "qaid nahi"),
// never across a clause break. A hit that ends in a completed verb ("le
// liya", "kar diya") is not negated by what follows it, since Urdu puts the
// negation before the verb.
func (a *analysis) negated(h hit) bool {
	if h.gapNeg {
		return true
	}
	toks := a.toks
	skipped := 0
	for k := h.i - 1; k >= 0; k-- {
		if toks[k+1].brk {
			break
		}
		if lex.negations[toks[k].s] {
			return true
		}
		if !lex.fillers[toks[k].s] || skipped == 2 {
			break
		}
		skipped++
	}
	if lex.verbEndings[toks[h.j-1].s] {
		return false
	}
	for k := h.j; k < len(toks) && k <= h.j+1; k++ {
		if toks[k].brk {
			break
		}
		if lex.negations[toks[k].s] {
			return true
		}
		if !lex.fillers[toks[k].s] {
			break
		}
	}
	return false
}

// newAnalysis tokenizes text and marks the tokens inside amounts (found by
// their text, in order) so the # pattern can match them.
func newAnalysis(text string, amounts []Amount) *analysis {
	a := &analysis{text: text, toks: tokenize(text), hits: map[label][]hit{}}
	lex.vocab.assign(a.toks)
	from := 0
	for _, am := range amounts {
		if am.Text == "" {
			continue
		}
		k := indexFrom(text, am.Text, from)
		if k < 0 {
			k = indexFrom(text, am.Text, 0)
			if k < 0 {
				continue
			}
		}
		end := k + len(am.Text)
		for i := range a.toks {
			if a.toks[i].digits && a.toks[i].start >= k && a.toks[i].end <= end {
				a.toks[i].amount = true
			}
		}
		from = end
	}
	return a
}

func indexFrom(s, sub string, from int) int {
	if from > len(s) {
		return -1
	}
	i := strings.Index(s[from:], sub)
	if i < 0 {
		return -1
	}
	return from + i
}
