package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestPhraseMatching(t *testing.T) {
	t.Parallel()
	v := NewVocab()
	m := NewMatcher(map[string][]string{"mein": {"mein", "main"}}, map[string]bool{"nahi": true}, v)
	lab := Label{Kind: "cue", Key: "x"}
	require.NoError(t, m.Add(lab, "kamre @mein band"))
	require.NoError(t, m.Add(lab, "passport ~ rakh liya"))
	require.NoError(t, m.Add(lab, "phans*"))
	m.Freeze()
	find := func(s string) []Hit {
		toks := Tokenize(s)
		v.Assign(toks)
		return m.Find(toks)
	}

	require.Len(t, find("kamre main band"), 1)
	require.Len(t, find("kamray mein band"), 0, "alternatives are listed, not guessed")
	require.Len(t, find("bandwidth"), 0)
	require.Len(t, find("passport kafeel ne rakh liya"), 1, "a gap of two")
	require.Len(t, find("passport a b c d rakh liya"), 0, "a gap of four is too long")
	require.Len(t, find("passport. rakh liya"), 0, "no phrase across a sentence")
	require.Len(t, find("phans gaya, phasa"), 1)
	h := find("passport nahi rakh liya")
	require.Len(t, h, 1)
	require.True(t, h[0].GapNeg, "a skipped negation is noted")
}
