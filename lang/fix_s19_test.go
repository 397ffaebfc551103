package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Help asked inside a wish to act against the agent ("اس ایجنٹ کے خلاف
// کچھ کرنا ہے اور مدد چاہیے"), which the longer phrase took, is still a
// plea (C207-033 read no wish at all).
func TestHelpInsideWishToAct(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"میں پچھلے مہینے عراق سے واپس آئی ہوں۔ زیارت کے نام پر لے گئے تھے اور وہاں ایک گھر میں کام کرواتے رہے۔ اب گھر پر ہوں، محفوظ ہوں، لیکن اس ایجنٹ کے خلاف کچھ کرنا ہے اور مدد چاہیے",
		"main pichle mahine Iraq se wapis ayi hun. ziyarat ke naam pe le gaye the aur wahan ek ghar me kaam karwate rahe. ab ghar pe hun, mehfooz hun, lekin us agent ke khilaf kuch karna hai aur madad chahiye",
	} {
		require.Equal(t, "help", Conversation().Read(s).Intent(), s)
	}
}

// A name told after a lead-in ("People call her Madam Rubina", "Main
// agent is Shahid Mehmood", "It just says OEC Korea EPS Registration
// Cell"; C214-022, C212-013, C208-005 kept the lead-in in the name).
func TestNameAfterLeadIn(t *testing.T) {
	t.Parallel()
	for s, want := range map[string]string{
		"People call her Madam Rubina":                 "Madam Rubina",
		"Main agent is Shahid Mehmood":                 "Shahid Mehmood",
		"It just says OEC Korea EPS Registration Cell": "OEC Korea EPS Registration Cell",
	} {
		require.Equal(t, want, Conversation().Read(s).Name(), s)
	}
}
