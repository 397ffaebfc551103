package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Found in A138-A141 and C359 (first played in the thirty-eighth
// session): papers not handed over, said in other words; consent given
// with a condition or after second thoughts; and the answer to "delete
// your data?" when it wants nothing kept, or wants the officer's reply
// first.
func TestSession38Answers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []answerCase{
		{flows.NodeReportDocs, "en", "didn't hand over anything, thankfully", map[string]string{"documents": "none"}},
		{flows.NodeReportDocs, "ur-Latn", "sirf cv bheji thi bas", map[string]string{"documents": "none"}},
		{flows.NodeReportDocs, "ur-Latn", "abhi nahi diya, kal passport mangwa raha tha", map[string]string{"documents": "none"}},
		// consent with a condition: "not at home" ("پر" after its noun is
		// "on", no "but"), and a mind changed with "acha chalo"
		{flows.NodeReportConsent, "ur", "جی رابطہ کریں مگر گھر پر نہیں، میرے نمبر پر", map[string]string{"consent": flows.ChoiceYes}},
		{flows.NodeReportConsent, "ur-Latn", "anonymous better h, office wale dhamki dete hain... acha chalo theek h contact kr lo", map[string]string{"consent": flows.ChoiceYes}},
		{flows.NodeReportConsent, "ur", "پہلے سوچا تھا ہاں، مگر نہیں، رابطہ نہ کریں", map[string]string{"consent": flows.ChoiceNo}},
		{flows.NodeReportConsent, "en", "I'd prefer you don't call, my in-laws check my phone", map[string]string{"consent": flows.ChoiceNo}},
	} {
		c.check(t, e)
	}
	// money already taken by an unlicensed man, told with no question, is
	// his report, not a check of him (C362-003)
	require.Equal(t, flows.NodeReportOffer, stepsAt(e, flows.NodeMenu, "ur", "ہمارے گاؤں میں ایک بندہ عمان کے ویزے دے رہا ہے، کوئی دفتر نہیں، کہتا ہے لائسنس کی ضرورت نہیں ہوتی۔ مجھ سے بھی پیسے لے لیے ہیں").State.Node)
	for _, yes := range []struct{ locale, text string }{
		{"ur-Latn", "sab hata do, mujhe koi record nahi chahiye"},
		{"en", "please, I don't want any of this saved"},
		{"ur", "میرے شوہر میرا فون چیک کرتے ہیں، کچھ بھی نہیں رہنا چاہیے"},
	} {
		require.True(t, erased(stepsAt(e, flows.NodeErase, yes.locale, yes.text)), yes.text)
	}
	for _, no := range []struct{ locale, text string }{
		{"en", "hmm let it stay for now, I might still need the officer"},
		{"ur", "پہلے افسر کا جواب آ جائے پھر دیکھیں گے"},
	} {
		res := stepsAt(e, flows.NodeErase, no.locale, no.text)
		require.False(t, erased(res), no.text)
		require.NotEqual(t, flows.NodeErase, res.State.Node, no.text)
	}
}
