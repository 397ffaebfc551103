package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Whether the agent or employer will learn of the report, asked in any of
// the three languages, is the privacy aside; a question of how to find
// something out is not. "ج", SMS for جی, is a yes.
func TestFindOutIsPrivacyAndJeemIsYes(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, s := range []string{
		"will the agent find out I complained?",
		"will my kafeel come to know?",
		"would anyone find out?",
		"will they know I reported him?",
		"kya kafeel ko pata chalega?",
		"sponsor ko pta chlega ke maine shikayat ki?",
		"kya agent ko pata chalega?",
		"کیا ایجنٹ کو پتا چلے گا کہ میں نے شکایت کی ہے؟",
		"کیا کفیل کو پتہ لگ جائے گا؟",
	} {
		require.Equal(t, "privacy", r.Read(s).Aside(), s)
	}
	for _, s := range []string{"how do I find out if he is licensed?", "how will I come to know the result?"} {
		require.NotEqual(t, "privacy", r.Read(s).Aside(), s)
	}
	require.Equal(t, PolarYes, r.Read("ج").YesNo())
}
