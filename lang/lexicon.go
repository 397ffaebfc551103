package lang

import (
	"crypto/sha256"
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"unicode"
)

//go:embed lexicon/*.json
var lexiconFS embed.FS

// Lexicon is Hoshyar's one lexicon: every JSON file in lexicon/, loaded
// together. words.json holds what every reader shares (word classes,
// negations, spelling variants); the other files are sections that one
// reader compiles (triage.json for triage, conversation.json for the
// conversation's answers). It is read-only once loaded.
type Lexicon struct {
	classes     map[string][]string
	classSets   map[string]map[string]bool
	negations   map[string]bool
	fillers     map[string]bool
	verbEndings map[string]bool
	tags        map[string]bool   // "na" after a verb: a tag ("diye na bhai"), no negation
	canon       map[string]string // a spelling variant → the word the lexicon uses
	emoji       map[string]string // an answer typed as one emoji ("👍") → its word ("yes")
	sections    map[string][]byte // file name without .json → its bytes
	sum         [32]byte          // of every file, by name: Fingerprint
}

// wordsFile is the shape of words.json.
type wordsFile struct {
	Classes         map[string][]string `json:"classes"`
	Negations       []string            `json:"negations"`
	NegationFillers []string            `json:"negation_fillers"`
	VerbEndings     []string            `json:"verb_endings"`
	TagParticles    []string            `json:"tag_particles"`
	Variants        map[string][]string `json:"variants"`
	EmojiAnswers    map[string]string   `json:"emoji_answers"`
}

var std = mustLoad()

func mustLoad() *Lexicon {
	l, err := Load(lexiconFS)
	if err != nil {
		panic(fmt.Sprintf("lang: embedded lexicon: %v", err)) // a build defect, caught by tests
	}
	return l
}

// EmojiWord returns the word an answer typed as emoji alone stands for
// ("👍", "✅✅" yes; "❌", "👎" no: words.json emoji_answers), or "" when
// the text is anything else or its emoji disagree.
func (l *Lexicon) EmojiWord(text string) string {
	if strings.IndexFunc(text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
		return "" // words: the common case, read on every message, costs one scan
	}
	t := strings.Join(strings.Fields(strings.ReplaceAll(text, "\ufe0f", "")), "") // the emoji presentation selector
	word := ""
	for t != "" {
		best := ""
		for e := range l.emoji {
			if len(e) > len(best) && strings.HasPrefix(t, e) {
				best = e
			}
		}
		if best == "" || word != "" && l.emoji[best] != word {
			return ""
		}
		word, t = l.emoji[best], t[len(best):]
	}
	return word
}

// Fingerprint is a hash of every file of the lexicon: a model trained on
// what the lexicon reads records it, so a stale model is noticed.
func (l *Lexicon) Fingerprint() [32]byte { return l.sum }

// Default returns the embedded lexicon.
func Default() *Lexicon { return std }

// Load reads every lexicon/*.json file of fsys.
func Load(fsys fs.FS) (*Lexicon, error) {
	names, err := fs.Glob(fsys, "lexicon/*.json")
	if err != nil {
		return nil, err
	}
	l := &Lexicon{sections: map[string][]byte{}}
	h := sha256.New()
	for _, name := range names { // fs.Glob returns them sorted
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		if err := uniqueKeys(b); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		l.sections[strings.TrimSuffix(path.Base(name), ".json")] = b
		fmt.Fprintf(h, "%s %d\n", path.Base(name), len(b))
		h.Write(b)
	}
	h.Sum(l.sum[:0])
	words, ok := l.sections["words"]
	if !ok {
		return nil, fmt.Errorf("lexicon/words.json is missing")
	}
	if err := l.loadWords(words); err != nil {
		return nil, fmt.Errorf("words.json: %w", err)
	}
	return l, nil
}

func (l *Lexicon) loadWords(data []byte) error {
	var f wordsFile
	if err := json.Unmarshal(data, &f); err != nil {
		return fmt.Errorf("parse: %w", err)
	}
	l.classes = f.Classes
	l.classSets = map[string]map[string]bool{}
	for name, members := range f.Classes {
		l.classSets[name] = WordSet(members)
	}
	l.negations = WordSet(f.Negations)
	l.fillers = WordSet(f.NegationFillers)
	l.verbEndings = WordSet(f.VerbEndings)
	l.tags = WordSet(f.TagParticles)
	l.emoji = f.EmojiAnswers
	l.canon = map[string]string{}
	for _, word := range sortedKeys(f.Variants) {
		w, ok := Word(word)
		if !ok {
			return fmt.Errorf("variants: %q is not one word", word)
		}
		for _, v := range f.Variants[word] {
			vw, ok := Word(v)
			if !ok {
				return fmt.Errorf("variants of %s: %q is not one word", word, v)
			}
			if prev, dup := l.canon[vw]; dup && prev != w {
				return fmt.Errorf("variants: %q is listed for both %s and %s", v, prev, w)
			}
			if vw != w {
				l.canon[vw] = w
			}
		}
	}
	return nil
}

// Section returns the bytes of lexicon/<name>.json, or nil.
func (l *Lexicon) Section(name string) []byte { return l.sections[name] }

// Classes returns the word classes a phrase may name with @name.
func (l *Lexicon) Classes() map[string][]string { return l.classes }

// Class returns the normalised members of a word class.
func (l *Lexicon) Class(name string) map[string]bool { return l.classSets[name] }

// MustClass returns the members of a word class of the embedded lexicon,
// for a reader's word set kept in words.json (a word's role beside what a
// phrase found: "rest", "but", "only"). It panics when there is no such
// class: a build defect, caught by any test of the package that names it.
func MustClass(name string) map[string]bool {
	m, ok := std.classSets[name]
	if !ok {
		panic("lang: no word class " + name + " in lexicon/words.json")
	}
	return m
}

func mustClass(name string) map[string]bool { return MustClass(name) }

// IsNegation reports whether the normalised word w negates.
func (l *Lexicon) IsNegation(w string) bool { return l.negations[w] }

// IsTag reports a particle that, right after a verb, stresses it and does
// not deny it ("diye na bhai", "bheje na").
func (l *Lexicon) IsTag(w string) bool { return l.tags[w] }

// IsFiller reports a word a negation may reach across ("diye the nahi",
// "didn't really pay").
func (l *Lexicon) IsFiller(w string) bool { return l.fillers[w] }

// Canon returns the word the lexicon uses for a spelling variant ("nai",
// "nhi" → "nahi"), or w itself.
func (l *Lexicon) Canon(w string) string {
	if c, ok := l.canon[w]; ok {
		return c
	}
	return w
}

// Variants returns the spelling variants of the word the lexicon uses
// ("hazar" → "hzar", "hzr", …), for readers that look words up by
// themselves rather than through a Vocab.
func (l *Lexicon) Variants(w string) []string {
	var out []string
	for _, v := range sortedKeys(l.canon) {
		if l.canon[v] == w {
			out = append(out, v)
		}
	}
	return out
}

// NewMatcher returns a matcher over the lexicon's classes and negations,
// numbering words in v.
func (l *Lexicon) NewMatcher(v *Vocab) *Matcher {
	return NewMatcher(l.classes, l.negations, v)
}

// Negated reports whether the phrase found at tokens [i, j) is negated: a
// negation skipped inside it (gapNeg), one just before it (over up to two
// filler words: "not being beaten", "kisi ne nahi maara"), or one just after
// it ("band nahi", "qaid nahi"), never across a clause break. A phrase that
// ends in a completed verb ("le liya", "kar diya") is not negated by what
// follows it, since Urdu puts the negation before the verb. A phrase that
// carries its own negation ("no salary", "khana nahi") is a negative
// statement already: a negation beside it belongs to the next or the
// previous item of a list ("no food no salary", "na tankhwah na khana",
// "tankhwah nahi khana nahi"), never to it.
func (l *Lexicon) Negated(toks []Token, i, j int, gapNeg bool) bool {
	return l.negated(toks, i, j, gapNeg, false)
}

// NegatedTagged is Negated for a typed answer, where a tag particle right
// after the words ("bheje na bhai", "diye the na") stresses them and does
// not deny them. Triage keeps Negated as its model was trained.
func (l *Lexicon) NegatedTagged(toks []Token, i, j int, gapNeg bool) bool {
	return l.negated(toks, i, j, gapNeg, true)
}

func (l *Lexicon) negated(toks []Token, i, j int, gapNeg, tagged bool) bool {
	if gapNeg {
		return true
	}
	for k := i; k < j; k++ {
		if l.negations[toks[k].S] {
			return false
		}
	}
	skipped := 0
	for k := i - 1; k >= 0; k-- {
		if toks[k+1].Brk {
			break
		}
		if l.negations[toks[k].S] {
			// "licence wala h ya nai check kr do": the "no" of an either
			// question ("… or not"), no negation of what follows
			return k == 0 || !l.Class("or")[toks[k-1].S]
		}
		if !l.fillers[toks[k].S] || skipped == 2 {
			break
		}
		skipped++
	}
	if l.verbEndings[toks[j-1].S] {
		// "diye to nai, bas baat hui thi", "دیے تو نہیں": a topic's "to"
		// between the verb and its "no" negates it (A25-0155); a bare
		// "diye nai" stays unread, as before
		return j+1 < len(toks) && !toks[j].Brk && !toks[j+1].Brk && l.Class("to")[toks[j].S] && l.negations[toks[j+1].S]
	}
	for k := j; k < len(toks) && k <= j+1; k++ {
		if toks[k].Brk || tagged && k == j && l.tags[toks[k].S] {
			break // "bheje na bhai": a tag after the verb, no negation
		}
		if l.negations[toks[k].S] {
			// "the stamp looks printed not real" (C254-005): an English
			// "not" before a word of what is true or fake denies that
			// word, not the ones before it ("passport not given" still
			// denies the passport)
			return toks[k].S != "not" || k+1 >= len(toks) || toks[k+1].Brk || !l.Class("either_alts")[toks[k+1].S]
		}
		if !l.fillers[toks[k].S] {
			break
		}
	}
	return false
}

// WordSet normalises each entry; multi-word entries are kept joined by a
// space (used only where a single token is looked up, so they never match).
func WordSet(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[strings.Join(Words(w), " ")] = true
	}
	return m
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
