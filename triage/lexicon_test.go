package triage

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestEmbeddedLexicon(t *testing.T) {
	t.Parallel()
	l, err := loadLexicon(lexiconJSON)
	require.NoError(t, err)
	iso2 := regexp.MustCompile(`^[A-Z]{2}$`)
	for code := range l.countryNames {
		require.Regexp(t, iso2, code)
		require.NotEqual(t, "PK", code, "Pakistan is never a destination")
	}
	for _, code := range l.sitOrder {
		s := l.situations[code]
		require.NotEmpty(t, s.reason, code)
		require.Contains(t, []string{UrgencyEmergency, UrgencyUrgent}, s.level, code)
	}
	for _, c := range l.currencies {
		require.Regexp(t, `^[A-Z]{3}$`, c)
	}
}

func TestLexiconErrors(t *testing.T) {
	t.Parallel()
	for name, doc := range map[string]string{
		"not json":          `{`,
		"unknown class":     `{"cues": {"job": ["@nope"]}}`,
		"alt of two words":  `{"cues": {"job": ["a b|c d"]}}`,
		"leading gap":       `{"cues": {"job": ["~ visa"]}}`,
		"bad level":         `{"situations": [{"code": "x", "level": "soon", "reason": "r", "phrases": ["x"]}]}`,
		"missing cue":       `{"cues": {"job": ["job"]}}`,
		"except of nothing": `{"cue_except": {"nope": ["x"]}}`,
	} {
		_, err := loadLexicon([]byte(doc))
		require.Error(t, err, name)
	}
}

func TestPhraseMatching(t *testing.T) {
	t.Parallel()
	v := &vocabulary{ids: map[string]int32{}}
	m := newMatcher(map[string][]string{"mein": {"mein", "main"}}, map[string]bool{"nahi": true}, v)
	lab := label{kind: kindCue, key: "x"}
	require.NoError(t, m.add(lab, "kamre @mein band"))
	require.NoError(t, m.add(lab, "passport ~ rakh liya"))
	require.NoError(t, m.add(lab, "phans*"))
	m.freeze()
	find := func(s string) []hit {
		toks := tokenize(s)
		v.assign(toks)
		return m.find(toks)
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
	require.True(t, h[0].gapNeg, "a skipped negation is noted")
}
