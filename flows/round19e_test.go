package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Asked what is happening, an answer that first says what is not known
// ("abhi koi masla nahi bataya") and then tells the rest in the person's
// own words ("bas hamein dar hai, chahte hain wapas aa jaye") is an
// account: "other", not a skip (C11-026). A "don't know" alone is still
// no answer.
func TestRound19UnknownThenAccountIsOther(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"ur", "ابھی کوئی مسئلہ نہیں بتایا، بس ہمیں ڈر ہے، چاہتے ہیں واپس آ جائے", "other"},
		{"ur", "اس نے کچھ نہیں بتایا، بس دو دن سے فون بند ہے", "other"},
		{"ur-Latn", "abhi koi masla nahi bataya, bas hamein dar hai, chahte hain wapas aa jaye", "other"},
		{"ur-Latn", "pata nahi, bas 2 din se uska fon band hy", "other"},
		{"ur-Latn", "kuch nai bataya usne, hum bohat pareshan hain wapis bulana hai", "other"},
		{"en", "he hasn't told us any problem yet, we are just scared, we want him back", "other"},
		{"en", "i dont know, his phone is off since two days", "other"},
		{"en", "i don't know", ""},
		{"ur-Latn", "pata nahi", ""},
		{"ur", "معلوم نہیں", ""},
	} {
		a := answers(at(t, flows.NodeHelpWhat, c.locale, c.text))
		require.Equal(t, c.want, a["situation"], "%s: %q", c.locale, c.text)
	}
}
