package lang

import (
	"fmt"
	"slices"
	"strings"
)

// The phrase matcher: every phrase of the lexicon compiled to a sequence of
// word patterns and indexed by its first word, so one pass over the tokens
// finds every phrase in time proportional to the text.
//
// A phrase is words separated by spaces. In one word: a|b|c are
// alternatives (each a single word), word* matches any word starting with
// word, @name any word of the class name, # a number that is part of an
// amount. A word that is only ~ skips 0 to 3 words within one clause.

// maxGap is how many words a "~" in a phrase may skip.
const maxGap = 3

// Vocab gives every word of the lexicon a small number, so that a matcher
// compares numbers, not strings. Tokens get theirs once (0 for a word the
// lexicon does not know). A Vocab is written while matchers are built and
// only read after.
type Vocab struct {
	ids   map[string]int32
	canon map[string]string // spelling variants, tried for a word not in ids
}

// NewVocab returns an empty vocabulary that knows no spelling variants.
func NewVocab() *Vocab { return &Vocab{ids: map[string]int32{}} }

// NewVocab returns an empty vocabulary that reads a spelling variant of a
// word ("nhi") as the word the lexicon uses ("nahi"), in phrases and in
// text alike.
func (l *Lexicon) NewVocab() *Vocab { return &Vocab{ids: map[string]int32{}, canon: l.canon} }

// ID returns the number of w (of the word it is a spelling variant of),
// giving it one if it has none.
func (v *Vocab) ID(w string) int32 {
	if c, ok := v.canon[w]; ok {
		w = c
	}
	if id, ok := v.ids[w]; ok {
		return id
	}
	id := int32(len(v.ids) + 1)
	v.ids[w] = id
	return id
}

// Assign sets the ID of each token (0 for a word not in the vocabulary).
func (v *Vocab) Assign(toks []Token) {
	for i := range toks {
		w := toks[i].S
		if c, ok := v.canon[w]; ok {
			w = c
		}
		toks[i].ID = v.ids[w]
	}
}

// wordPat matches one Token.
type wordPat struct {
	ids      []int32 // sorted
	prefixes []string
	amount   bool // "#": a number that is part of an amount
	gap      bool // "~"
}

func (p *wordPat) match(t *Token) bool {
	if t.ID != 0 {
		if len(p.ids) <= 8 {
			for _, id := range p.ids {
				if id == t.ID {
					return true
				}
			}
		} else if _, ok := slices.BinarySearch(p.ids, t.ID); ok {
			return true
		}
	}
	if p.amount && t.Digits && t.Amount {
		return true
	}
	for _, pre := range p.prefixes {
		if strings.HasPrefix(t.S, pre) {
			return true
		}
	}
	return false
}

// Label says what a phrase stands for: Kind is the user's category (triage
// uses "country", "payment", "cue", "sit"; the conversation "yes", "intent"…),
// Key the item within it. Except marks a phrase that cancels an overlapping
// hit of the same label.
type Label struct {
	Kind, Key string
	Except    bool
}

// Hit is one phrase found in the tokens [i, j).
type Hit struct {
	Label  int  // index into the matcher's labels (Matcher.Label)
	I, J   int  // token range
	GapNeg bool // a word skipped by "~" was a negation
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

// Matcher finds the phrases added to it in a token sequence.
type Matcher struct {
	labels   []Label
	labelIdx map[Label]int
	root     *node     // its children are the first words of phrases
	firstIdx [][]*node // root.byID by Token id, after freeze
	classes  map[string][]string
	negation map[string]bool
	vocab    *Vocab
}

// NewMatcher returns a matcher whose phrases may name classes (@name) and
// whose gaps (~) note the negations they skip. Matchers that share vocab
// can run over the same tokens after one Assign.
func NewMatcher(classes map[string][]string, negation map[string]bool, vocab *Vocab) *Matcher {
	return &Matcher{labelIdx: map[Label]int{}, root: newNode(wordPat{}), classes: classes, negation: negation, vocab: vocab}
}

// Freeze turns the first-word index into a slice by token id; call it once
// every matcher sharing the vocabulary is built, before Find.
func (m *Matcher) Freeze() {
	m.firstIdx = make([][]*node, len(m.vocab.ids)+1)
	for id, ns := range m.root.byID {
		m.firstIdx[id] = ns
	}
}

// Label returns the label of a hit's Label index.
func (m *Matcher) Label(i int) Label { return m.labels[i] }

func (m *Matcher) labelID(l Label) int {
	if id, ok := m.labelIdx[l]; ok {
		return id
	}
	m.labels = append(m.labels, l)
	m.labelIdx[l] = len(m.labels) - 1
	return len(m.labels) - 1
}

// Add compiles phrase src under label l.
func (m *Matcher) Add(l Label, src string) error {
	var pats []wordPat
	for _, raw := range strings.Fields(src) {
		if raw == "~" {
			pats = append(pats, wordPat{gap: true})
			continue
		}
		alts := strings.Split(raw, "|")
		if len(alts) == 1 && !strings.ContainsAny(raw, "@*#") {
			// A plain word may normalise to several ("be&oe" → "be oe").
			for _, w := range Words(raw) {
				pats = append(pats, wordPat{ids: []int32{m.vocab.ID(w)}})
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

func (m *Matcher) addAlts(wp *wordPat, alts []string, src string) error {
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
			w, ok := Word(strings.TrimSuffix(a, "*"))
			if !ok {
				return fmt.Errorf("phrase %q: %q is not one word", src, a)
			}
			wp.prefixes = append(wp.prefixes, w)
		default:
			w, ok := Word(a)
			if !ok {
				return fmt.Errorf("phrase %q: alternative %q is not one word", src, a)
			}
			wp.ids = append(wp.ids, m.vocab.ID(w))
		}
	}
	return nil
}

// walk is the state of one search from one start Token.
type walk struct {
	m     *Matcher
	toks  []Token
	start int
	hits  []Hit
	from  int // hits[from:] are this start's
}

// Find returns every phrase hit in toks, in order of position; a label is
// reported once per start, with its longest match ("diye the" rather than
// "diye"), and one that skips no negation over one that does.
func (m *Matcher) Find(toks []Token) []Hit {
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
			if t.ID != 0 && int(t.ID) < len(w.m.firstIdx) {
				for _, c := range w.m.firstIdx[t.ID] {
					w.at(c, ti, neg)
				}
			}
		} else if t.ID != 0 {
			for _, c := range n.byID[t.ID] {
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
			if ti+g >= len(toks) || (ti+g > w.start && toks[ti+g].Brk) {
				return
			}
			if w.m.negation[toks[ti+g].S] {
				neg = true
			}
		}
		return
	}
	if ti >= len(toks) || (ti > w.start && toks[ti].Brk) || !n.pat.match(&toks[ti]) {
		return
	}
	for _, l := range n.labels {
		w.emit(l, ti+1, neg)
	}
	w.children(n, ti+1, neg)
}

func (w *walk) emit(l, end int, neg bool) {
	for k, h := range w.hits[w.from:] {
		if h.Label == l {
			// A match that skips no negation is kept over one that
			// skips one, longer or not: in "tankhwah nahi khana nahi",
			// "tankhwah ~ nahi" is the first two words, not all four.
			if neg == h.GapNeg && end > h.J || !neg && h.GapNeg {
				w.hits[w.from+k] = Hit{Label: l, I: w.start, J: end, GapNeg: neg}
			}
			return
		}
	}
	w.hits = append(w.hits, Hit{Label: l, I: w.start, J: end, GapNeg: neg})
}
