package triage

import (
	"fmt"
	"slices"
	"strings"
)

// The phrase matcher: every phrase of the lexicon compiled to a sequence of
// word patterns and indexed by its first word, so one pass over the tokens
// finds every phrase in time proportional to the text.

// maxGap is how many words a "~" in a phrase may skip.
const maxGap = 3

// vocabulary gives every word of the lexicon a small number, so that the
// matcher compares numbers, not strings. Tokens get theirs once (0 for a
// word the lexicon does not know).
type vocabulary struct {
	ids map[string]int32
}

func (v *vocabulary) id(w string) int32 {
	if id, ok := v.ids[w]; ok {
		return id
	}
	id := int32(len(v.ids) + 1)
	v.ids[w] = id
	return id
}

// assign sets the id of each token.
func (v *vocabulary) assign(toks []token) {
	for i := range toks {
		toks[i].id = v.ids[toks[i].s]
	}
}

// wordPat matches one token.
type wordPat struct {
	ids      []int32 // sorted
	prefixes []string
	amount   bool // "#": a number that is part of an amount
	gap      bool // "~"
}

func (p *wordPat) match(t *token) bool {
	if t.id != 0 {
		if len(p.ids) <= 8 {
			for _, id := range p.ids {
				if id == t.id {
					return true
				}
			}
		} else if _, ok := slices.BinarySearch(p.ids, t.id); ok {
			return true
		}
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

// hit is one phrase found in the tokens [i, j).
type hit struct {
	label  int
	i, j   int
	gapNeg bool // a word skipped by "~" was a negation
}

// node is a trie node: one word pattern of one or more phrases that share
// everything before it. Children that match literal words are indexed by
// word id, so a shared prefix ("@money ~") is walked once and each place
// after a gap costs one lookup.
type node struct {
	pat    wordPat
	sig    string
	labels []int // phrases that end here
	byID   map[int32][]*node
	others []*node // children matching by prefix, amount or gap
	kids   map[string]*node
}

func newNode(p wordPat) *node {
	return &node{pat: p, sig: p.signature(), byID: map[int32][]*node{}, kids: map[string]*node{}}
}

func (p *wordPat) signature() string {
	return fmt.Sprint(p.ids, p.prefixes, p.amount, p.gap)
}

func (n *node) child(p wordPat) *node {
	sig := p.signature()
	if c, ok := n.kids[sig]; ok {
		return c
	}
	c := newNode(p)
	n.kids[sig] = c
	n.index(c)
	return c
}

// index files c under the ids it accepts, or with the others.
func (n *node) index(c *node) {
	if len(c.pat.ids) > 0 && len(c.pat.prefixes) == 0 && !c.pat.amount && !c.pat.gap {
		for _, id := range c.pat.ids {
			n.byID[id] = append(n.byID[id], c)
		}
		return
	}
	n.others = append(n.others, c)
}

type matcher struct {
	labels   []label
	labelIdx map[label]int
	root     *node     // its children are the first words of phrases
	firstIdx [][]*node // root.byID by token id, after freeze
	classes  map[string][]string
	negation map[string]bool
	vocab    *vocabulary
}

func newMatcher(classes map[string][]string, negation map[string]bool, vocab *vocabulary) *matcher {
	return &matcher{labelIdx: map[label]int{}, root: newNode(wordPat{}), classes: classes, negation: negation, vocab: vocab}
}

// freeze turns the first-word index into a slice by token id; call it once
// every matcher sharing the vocabulary is built.
func (m *matcher) freeze() {
	m.firstIdx = make([][]*node, len(m.vocab.ids)+1)
	for id, ns := range m.root.byID {
		m.firstIdx[id] = ns
	}
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
	var pats []wordPat
	for _, raw := range strings.Fields(src) {
		if raw == "~" {
			pats = append(pats, wordPat{gap: true})
			continue
		}
		alts := strings.Split(raw, "|")
		if len(alts) == 1 && !strings.ContainsAny(raw, "@*#") {
			// A plain word may normalise to several ("be&oe" → "be oe").
			for _, w := range words(raw) {
				pats = append(pats, wordPat{ids: []int32{m.vocab.id(w)}})
			}
			continue
		}
		var wp wordPat
		if err := m.addAlts(&wp, alts, src); err != nil {
			return err
		}
		slices.Sort(wp.ids)
		wp.ids = slices.Compact(wp.ids)
		pats = append(pats, wp)
	}
	if len(pats) == 0 || pats[0].gap || pats[len(pats)-1].gap {
		return fmt.Errorf("phrase %q: empty, or starts or ends with ~", src)
	}
	n := m.root
	for _, p := range pats {
		n = n.child(p)
	}
	id := m.labelID(l)
	if !slices.Contains(n.labels, id) {
		n.labels = append(n.labels, id)
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
			wp.ids = append(wp.ids, m.vocab.id(w))
		}
	}
	return nil
}

// walk is the state of one search from one start token.
type walk struct {
	m     *matcher
	toks  []token
	start int
	hits  []hit
	from  int // hits[from:] are this start's
}

// find returns every phrase hit in toks, in order of position; a label is
// reported once per start, with its first (shortest-gap) match.
func (m *matcher) find(toks []token) []hit {
	w := &walk{m: m, toks: toks}
	for i := range toks {
		w.start, w.from = i, len(w.hits)
		w.children(m.root, i, false)
	}
	return w.hits
}

// children tries the children of n at toks[ti].
func (w *walk) children(n *node, ti int, neg bool) {
	if ti < len(w.toks) {
		t := &w.toks[ti]
		if n == w.m.root {
			if t.id != 0 && int(t.id) < len(w.m.firstIdx) {
				for _, c := range w.m.firstIdx[t.id] {
					w.at(c, ti, neg)
				}
			}
		} else if t.id != 0 {
			for _, c := range n.byID[t.id] {
				w.at(c, ti, neg)
			}
		}
	}
	for _, c := range n.others {
		w.at(c, ti, neg)
	}
}

// at matches node n's pattern at toks[ti] and goes on.
func (w *walk) at(n *node, ti int, neg bool) {
	toks := w.toks
	if n.pat.gap {
		for g := 0; g <= maxGap; g++ {
			w.children(n, ti+g, neg)
			if ti+g >= len(toks) || (ti+g > w.start && toks[ti+g].brk) {
				return
			}
			if w.m.negation[toks[ti+g].s] {
				neg = true
			}
		}
		return
	}
	if ti >= len(toks) || (ti > w.start && toks[ti].brk) || !n.pat.match(&toks[ti]) {
		return
	}
	for _, l := range n.labels {
		w.emit(l, ti+1, neg)
	}
	w.children(n, ti+1, neg)
}

func (w *walk) emit(l, end int, neg bool) {
	for _, h := range w.hits[w.from:] {
		if h.label == l {
			return
		}
	}
	w.hits = append(w.hits, hit{label: l, i: w.start, j: end, gapNeg: neg})
}
