package lang

import (
	"encoding/json"
	"fmt"
	"sync"
)

// Numbers is the lexicon's table of spoken numbers, by normalised word:
// number words ("ساٹھ" 60, "dedh" 1.5), multipliers ("لاکھ" 100000) and
// fractions ("sawa" 0.25). Triage reads sums with it and the answer
// parsers read small numbers and number parts with it: one reader of the
// one table, so the two cannot drift.
type Numbers struct {
	Words       map[string]float64
	Multipliers map[string]float64
	Fractions   map[string]float64
}

// ReadNumbers reads the table from a triage section of the lexicon
// (lang/lexicon/triage.json). Every entry is one word; the lexicon's
// spelling variants of a word have its value too ("hzr", "saadhe"),
// unless the table gives them their own.
func ReadNumbers(section []byte) (Numbers, error) {
	type valued struct {
		Value float64  `json:"value"`
		Words []string `json:"words"`
	}
	var sec struct {
		Words       []valued `json:"number_words"`
		Multipliers []valued `json:"multipliers"`
		Fractions   []valued `json:"number_fractions"`
	}
	if err := json.Unmarshal(section, &sec); err != nil {
		return Numbers{}, fmt.Errorf("parse: %w", err)
	}
	n := Numbers{Words: map[string]float64{}, Multipliers: map[string]float64{}, Fractions: map[string]float64{}}
	for _, t := range []struct {
		name string
		src  []valued
		dst  map[string]float64
	}{{"number_words", sec.Words, n.Words}, {"multipliers", sec.Multipliers, n.Multipliers}, {"number_fractions", sec.Fractions, n.Fractions}} {
		for _, v := range t.src {
			for _, s := range v.Words {
				w, ok := Word(s)
				if !ok {
					return Numbers{}, fmt.Errorf("%s: %q is not one word", t.name, s)
				}
				t.dst[w] = v.Value
			}
		}
		for _, w := range sortedKeys(t.dst) {
			for _, v := range std.Variants(w) {
				if _, ok := t.dst[v]; !ok {
					t.dst[v] = t.dst[w]
				}
			}
		}
	}
	return n, nil
}

// numberValues are the embedded table's number words and multipliers
// ("ساٹھ" 60, "لاکھ" 100000) in one map.
var numberValues = sync.OnceValue(func() map[string]float64 {
	n, err := ReadNumbers(std.Section("triage"))
	if err != nil {
		panic(fmt.Sprintf("lang: embedded lexicon: triage.json: %v", err)) // a build defect, caught by tests
	}
	out := map[string]float64{}
	for _, m := range []map[string]float64{n.Words, n.Multipliers} {
		for w, v := range m {
			out[w] = v
		}
	}
	return out
})
