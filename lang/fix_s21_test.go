package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A post said of himself after the name ("کہتا تھا کمپنی کا ایجنٹ ہوں",
// C218-002) is no second name: the words of two letters in Urdu script,
// "hun" and "kehta tha" are no name.
func TestPostSaidOfHimselfIsNoName(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]string{
		"اپنا نام عمران بٹ بتاتا تھا، کہتا تھا کمپنی کا ایجنٹ ہوں": "عمران بٹ",
		"Imran Butt, kehta tha company ka agent hun":               "Imran Butt",
		"Kamran, said he is the company agent":                     "Kamran",
	} {
		head, also := r.Read(text).NameParts()
		require.Equal(t, want, head, text)
		require.Empty(t, also, text)
	}
	head, also := r.Read("Kamran, manager Saeed").NameParts()
	require.Equal(t, []string{"Kamran", "Saeed"}, append([]string{head}, also...))
}
