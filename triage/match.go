package triage

import (
	"fmt"
	"strings"
)

// The phrase matcher: every phrase of the lexicon compiled to a sequence of
// word patterns and indexed by its first word, so one pass over the tokens
// finds every phrase in time proportional to the text.

// maxGap is how many words a "~" in a phrase may skip.
const maxGap = 3

// wordPat matches one token.
type wordPat struct {
	words    map[string]bool
	prefixes []string
	amount   bool // "#": a number that is part of an amount
	gap      bool // "~"
}

func (p *wordPat) match(t *token) bool {
	if p.words[t.s] {
		return true
	}
	if p.amount && t.digits && t.amount {
		return true
	}
	for _, pre := range p.prefixes {
		if strings.HasPrefix(t.s, pre) {
			return true
		}
	}
	return false
}

// label says what a phrase stands for: kind is "country", "payment", "cue"
// or "sit" (a situation), key the country code, channel, cue or situation
// code. except marks a phrase that cancels an overlapping hit of the same
// label.
type label struct {
	kind, key string
	except    bool
}

type phrase struct {
	pats  []wordPat
	label int
}

// hit is one phrase found in the tokens [i, j).
type hit struct {
	label  int
	i, j   int
	gapNeg bool // a word skipped by "~" was a negation
}

type matcher struct {
	labels   []label
	labelIdx map[label]int
	first    map[string][]*phrase
	byPrefix []prefixPhrase
	byAmount []*phrase
	classes  map[string][]string
	negation map[string]bool
}

type prefixPhrase struct {
	prefix string
	p      *phrase
}

func newMatcher(classes map[string][]string, negation map[string]bool) *matcher {
	return &matcher{labelIdx: map[label]int{}, first: map[string][]*phrase{}, classes: classes, negation: negation}
}

func (m *matcher) labelID(l label) int {
	if id, ok := m.labelIdx[l]; ok {
		return id
	}
	m.labels = append(m.labels, l)
	m.labelIdx[l] = len(m.labels) - 1
	return len(m.labels) - 1
}

// add compiles phrase src under label l.
func (m *matcher) add(l label, src string) error {
	p := &phrase{label: m.labelID(l)}
	for _, raw := range strings.Fields(src) {
		if raw == "~" {
			p.pats = append(p.pats, wordPat{gap: true})
			continue
		}
		alts := strings.Split(raw, "|")
		if len(alts) == 1 && !strings.ContainsAny(raw, "@*#") {
			// A plain word may normalise to several ("be&oe" → "be oe").
			for _, w := range words(raw) {
				p.pats = append(p.pats, wordPat{words: map[string]bool{w: true}})
			}
			continue
		}
		wp := wordPat{words: map[string]bool{}}
		if err := m.addAlts(&wp, alts, src); err != nil {
			return err
		}
		p.pats = append(p.pats, wp)
	}
	if len(p.pats) == 0 || p.pats[0].gap || p.pats[len(p.pats)-1].gap {
		return fmt.Errorf("phrase %q: empty, or starts or ends with ~", src)
	}
	first := p.pats[0]
	for w := range first.words {
		m.first[w] = append(m.first[w], p)
	}
	for _, pre := range first.prefixes {
		m.byPrefix = append(m.byPrefix, prefixPhrase{pre, p})
	}
	if first.amount {
		m.byAmount = append(m.byAmount, p)
	}
	return nil
}

func (m *matcher) addAlts(wp *wordPat, alts []string, src string) error {
	for _, a := range alts {
		switch {
		case a == "#":
			wp.amount = true
		case strings.HasPrefix(a, "@"):
			members, ok := m.classes[a[1:]]
			if !ok {
				return fmt.Errorf("phrase %q: unknown class %s", src, a)
			}
			if err := m.addAlts(wp, members, src); err != nil {
				return err
			}
		case strings.HasSuffix(a, "*") && len(a) > 1:
			w, ok := word(strings.TrimSuffix(a, "*"))
			if !ok {
				return fmt.Errorf("phrase %q: %q is not one word", src, a)
			}
			wp.prefixes = append(wp.prefixes, w)
		default:
			w, ok := word(a)
			if !ok {
				return fmt.Errorf("phrase %q: alternative %q is not one word", src, a)
			}
			wp.words[w] = true
		}
	}
	return nil
}

// find returns every phrase hit in toks, in order of position.
func (m *matcher) find(toks []token) []hit {
	var hits []hit
	for i := range toks {
		t := &toks[i]
		for _, p := range m.first[t.s] {
			hits = m.try(p, toks, i, hits)
		}
		for _, pp := range m.byPrefix {
			if strings.HasPrefix(t.s, pp.prefix) {
				hits = m.try(pp.p, toks, i, hits)
			}
		}
		if t.digits && t.amount {
			for _, p := range m.byAmount {
				hits = m.try(p, toks, i, hits)
			}
		}
	}
	return hits
}

func (m *matcher) try(p *phrase, toks []token, i int, hits []hit) []hit {
	if j, neg, ok := m.matchFrom(p.pats, 0, toks, i, i, false); ok {
		hits = append(hits, hit{label: p.label, i: i, j: j, gapNeg: neg})
	}
	return hits
}

// matchFrom matches pats[k:] at toks[ti:]; start is where the phrase began.
func (m *matcher) matchFrom(pats []wordPat, k int, toks []token, ti, start int, neg bool) (int, bool, bool) {
	if k == len(pats) {
		return ti, neg, true
	}
	p := &pats[k]
	if p.gap {
		skippedNeg := neg
		for g := 0; g <= maxGap; g++ {
			if j, n, ok := m.matchFrom(pats, k+1, toks, ti+g, start, skippedNeg); ok {
				return j, n, true
			}
			if ti+g >= len(toks) || (ti+g > start && toks[ti+g].brk) {
				break
			}
			if m.negation[toks[ti+g].s] {
				skippedNeg = true
			}
		}
		return 0, false, false
	}
	if ti >= len(toks) || (ti > start && toks[ti].brk) || !p.match(&toks[ti]) {
		return 0, false, false
	}
	return m.matchFrom(pats, k+1, toks, ti+1, start, neg)
}
