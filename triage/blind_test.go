package triage

import (
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestBlindMisses prints, for a labelled file (BLIND=path), every message
// triage gets wrong and what differed, to group mistakes by cause.
func TestBlindMisses(t *testing.T) {
	path := os.Getenv("BLIND")
	if path == "" {
		t.Skip()
	}
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	exs, err := ReadExamples(f)
	require.NoError(t, err)
	for _, m := range Evaluate(exs)["all"].Misses {
		t.Log(m)
	}
}
