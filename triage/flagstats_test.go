package triage

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestFlagStats prints, when FLAGSTATS is set, each flag's true and false
// raisings and misses over every blind set (blind4 onwards), so that a
// change to a flag's rule is judged on all of them, not on the set that
// prompted it. FLAGSTATS=verbose also lists the messages.
func TestFlagStats(t *testing.T) {
	mode := os.Getenv("FLAGSTATS")
	if mode == "" {
		t.Skip()
	}
	files, err := filepath.Glob("testdata/blind*.jsonl")
	require.NoError(t, err)
	type counts struct{ tp, fp, fn int }
	stats := map[string]*counts{}
	get := func(c string) *counts {
		if stats[c] == nil {
			stats[c] = &counts{}
		}
		return stats[c]
	}
	for _, path := range files {
		f, err := os.Open(path)
		require.NoError(t, err)
		exs, err := ReadExamples(f)
		f.Close()
		require.NoError(t, err)
		for _, ex := range exs {
			r := Read(ex.Text)
			var got []string
			for _, fl := range r.Flags {
				got = append(got, fl.Code)
			}
			for _, c := range got {
				if slices.Contains(ex.Flags, c) {
					get(c).tp++
				} else {
					get(c).fp++
					if mode == "verbose" {
						t.Logf("FP %s %s %q", c, ex.ID, ex.Text)
					}
				}
			}
			for _, c := range ex.Flags {
				if !slices.Contains(got, c) {
					get(c).fn++
					if mode == "verbose" {
						t.Logf("FN %s %s %q", c, ex.ID, ex.Text)
					}
				}
			}
		}
	}
	var codes []string
	for c := range stats {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	for _, c := range codes {
		s := stats[c]
		fmt.Printf("%-26s tp %4d fp %4d fn %4d\n", c, s.tp, s.fp, s.fn)
	}
}
