package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// The one table of spoken numbers: its words, multipliers and fractions
// by normalised word, with the lexicon's spelling variants; the answer
// parsers read the same values triage sums with.
func TestReadNumbers(t *testing.T) {
	t.Parallel()
	n, err := ReadNumbers(Default().Section("triage"))
	require.NoError(t, err)
	for w, want := range map[string]float64{"ساٹھ": 60, "dedh": 1.5, "do": 2} {
		k, _ := Word(w)
		require.Equal(t, want, n.Words[k], w)
	}
	for w, want := range map[string]float64{"لاکھ": 1e5, "lakh": 1e5, "hazar": 1000, "hzr": 1000} {
		k, _ := Word(w)
		require.Equal(t, want, n.Multipliers[k], w)
		require.Equal(t, want, numberValues()[k], w)
	}
	require.Equal(t, 0.25, n.Fractions["sawa"])
	k, _ := Word("ساٹھ")
	v, ok := wordNumber(k)
	require.True(t, ok)
	require.Equal(t, 60.0, v)
	_, ok = wordNumber("hazar") // a multiplier, not a small number
	require.False(t, ok)

	_, err = ReadNumbers([]byte(`{"number_words": [{"value": 2, "words": ["do teen"]}]}`))
	require.Error(t, err)
	_, err = ReadNumbers([]byte(`{"multipliers": 3}`))
	require.Error(t, err)
}
