package triage

import (
	"bufio"
	"embed"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"sort"
)

// The labelled corpus (corpus/*.jsonl, see corpus/README.md): messages in
// Urdu script, Roman Urdu and English, each with its case type, urgency,
// entities, payment and red flags, and a fixed split. The model is trained
// on "train", tuned on "dev" and measured on "test".

//go:embed corpus/*.jsonl
var corpusFS embed.FS

// Example is one labelled message.
type Example struct {
	ID       string   `json:"id"`
	Lang     string   `json:"lang"`
	Text     string   `json:"text"`
	CaseType string   `json:"case_type"`
	Urgency  string   `json:"urgency"`
	Tags     []string `json:"tags"`
	Entities struct {
		Phones    []string `json:"phones"`
		Amounts   []Amount `json:"amounts"`
		Countries []string `json:"countries"`
		URLs      []string `json:"urls"`
		Licences  []string `json:"licences"`
	} `json:"entities"`
	Paid  string   `json:"paid"`
	Flags []string `json:"flags"`
	Split string   `json:"split"`
}

// HasTag reports whether the example carries tag.
func (e Example) HasTag(tag string) bool {
	for _, t := range e.Tags {
		if t == tag {
			return true
		}
	}
	return false
}

// Corpus returns the embedded corpus, in file and line order.
func Corpus() ([]Example, error) {
	names, err := fs.Glob(corpusFS, "corpus/*.jsonl")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var out []Example
	for _, name := range names {
		f, err := corpusFS.Open(name)
		if err != nil {
			return nil, err
		}
		ex, err := ReadExamples(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("triage: %s: %w", name, err)
		}
		out = append(out, ex...)
	}
	return out, nil
}

// ReadExamples reads labelled messages, one JSON object a line.
func ReadExamples(r io.Reader) ([]Example, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var out []Example
	for n := 1; sc.Scan(); n++ {
		line := sc.Bytes()
		if len(line) == 0 {
			continue
		}
		var e Example
		if err := json.Unmarshal(line, &e); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		out = append(out, e)
	}
	return out, sc.Err()
}

// Split returns the examples of one split ("train", "dev", "test"); "" is
// all of them.
func Split(examples []Example, split string) []Example {
	if split == "" {
		return examples
	}
	var out []Example
	for _, e := range examples {
		if e.Split == split {
			out = append(out, e)
		}
	}
	return out
}
