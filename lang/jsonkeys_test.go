package lang

import (
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/require"
)

// A lexicon file that names a key twice is refused: JSON decoding would
// keep the second list and drop the first silently.
func TestLexiconKeysAreUnique(t *testing.T) {
	t.Parallel()
	require.NoError(t, uniqueKeys([]byte(`{"a": [1, {"b": 2, "c": 3}], "d": {"b": 1}}`)))
	err := uniqueKeys([]byte(`{"variants": {"baat": ["bat"], "nahi": ["nai"], "baat": ["baatt"]}}`))
	require.ErrorContains(t, err, `$.variants: key "baat" twice`)
	require.ErrorContains(t, uniqueKeys([]byte(`[{"x": 1, "x": 2}]`)), `$[0]: key "x" twice`)

	words, err := lexiconFS.ReadFile("lexicon/words.json")
	require.NoError(t, err)
	_, err = Load(fstest.MapFS{"lexicon/words.json": {Data: []byte(`{"variants": {"ji": ["jee"], "ji": ["g"]}}`)}})
	require.ErrorContains(t, err, "twice")
	_, err = Load(fstest.MapFS{"lexicon/words.json": {Data: words}})
	require.NoError(t, err, "the embedded lexicon has no key twice")
}
