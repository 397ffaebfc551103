package triage

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/lang"
)

func TestEmbeddedLexicon(t *testing.T) {
	t.Parallel()
	l, err := loadLexicon(lang.Default().Section("triage"))
	require.NoError(t, err)
	iso2 := regexp.MustCompile(`^[A-Z]{2}$`)
	for code := range l.countryNames {
		require.Regexp(t, iso2, code)
	}
	// Pakistan has a name (a person may answer that the job is here) but is
	// never read as a destination.
	require.Equal(t, "Pakistan", CountryName("PK", "en"))
	require.Equal(t, "پاکستان", CountryName("PK", "ur"))
	require.Empty(t, Extract("Pakistan mein naukri hai, Lahore, پاکستان میں").Countries, "Pakistan is never a destination")
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
