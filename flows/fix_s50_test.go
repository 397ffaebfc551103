package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Lessons of C510–C517 (the fiftieth session), read by the engine.

// The first part named as paid, the second denied: a yes with the sum of
// the first part (C510-016 stored no); a "no" that guesses, then a doubt
// after it, is not known (C510-016).
func TestSession50PaidFirstPartOnly(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ lang, text string }{
		{"en", "Only the first one, 48,000. Haven't paid the 85"},
		{"ur-Latn", "sirf pehli wali 48 hazar, 85 wali nahi di"},
		{"ur", "صرف پہلی والی 48 ہزار، 85 والی نہیں دی"},
	} {
		a := sentAnswers(atWith(t, flows.NodeReportPaid, c.lang, c.text, map[string]string{"money_asked": "Rs 1,33,000"}))
		require.Equal(t, flows.ChoiceYes, a["paid"], c.text)
		require.Equal(t, "Rs 48,000", a["paid_amount"], c.text)
	}
	a := sentAnswers(atWith(t, flows.NodeReportPaid, "en", "only the first one was asked, I paid nothing", map[string]string{"money_asked": "Rs 1,33,000"}))
	require.Equal(t, flows.ChoiceNo, a["paid"])
	for _, text := range []string{
		"abhi nahi diye shayad.. ya 50 hazar booking k de diye hon, pakka nahi pata",
		"no I don't think so, maybe my brother paid, not sure",
	} {
		a := sentAnswers(atWith(t, flows.NodeReportPaid, "ur-Latn", text, map[string]string{"money_asked": "Rs 18,00,000"}))
		require.Equal(t, "unknown", a["paid"], text)
	}
	// the writer's own "no", a guess about another's payment: still no
	a = sentAnswers(atWith(t, flows.NodeReportPaid, "ur-Latn", "nahi diye, shayad bhai ne diye hon pata nahi", map[string]string{"money_asked": "Rs 18,00,000"}))
	require.Equal(t, flows.ChoiceNo, a["paid"])
}

// How it was paid, told with a count of visits, says no sum: the sum is
// asked once more (C510-020 took "3 visits" for one).
func TestSession50VisitsAreNoSum(t *testing.T) {
	t.Parallel()
	for _, text := range []string{"cash in their office, 3 visits, Nabeel counted it", "cash 3 chakkar me diye"} {
		res := atWith(t, flows.NodeReportPaidHow, "en", text, map[string]string{"money_asked": "Rs 12,00,000", "paid": flows.ChoiceYes})
		require.Equal(t, flows.NodeReportPaid, res.State.Node, text)
		require.Equal(t, "cash", sentAnswers(res)["paid_how"], text)
	}
}

// A sum given again that is the first with the part it left out ("1 lakh
// 20 hazar … nahi nahi 1 lakh 40 tha, 20 hazar medical k alag se the",
// C510-001 stored Rs 1,00,000): the sum given again, its thousands said
// bare before "tha".
func TestSession50SumCorrectedWithPart(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]string{
		"total 1 lakh 20 hazar bola tha.. nahi nahi 1 lakh 40 tha, 20 hazar medical k alag se the": "Rs 1,40,000",
		"pehle 2 lakh bola tha, nahi 2 lakh 60 tha":                                                "Rs 2,60,000",
	} {
		a := sentAnswers(atWith(t, flows.NodeReportMoney, "ur-Latn", text, nil))
		require.Equal(t, want, a["money_asked"], text)
	}
}

// A firm named in quotes in the offer is named whole when an answer cuts
// it at a street word ("Europe Road Safar", C510-016 kept "Europe"); the
// main one named first is the recruiter, the firm on his card beside him
// (C510-020).
func TestSession50RecruiterNames(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := playFrom(e, "ek tiktok account h 'Europe Road Safar' jo khule aam dunki ka ad chalata h. mera bhatija uske chakkar me h", "bas", "nahi", "tiktok pe",
		"account ka naam Europe Road Safar, aur bhatija kehta h bande ka naam Ghulam Sarwar h")
	require.Equal(t, "Europe Road Safar", sentAnswers(res)["recruiter"])
	a := sentAnswers(atWith(t, flows.NodeReportRecruiter, "en", "Main one is Zeeshan Arif, his partner is Nabeel, people call him Bilu. Visiting card says Z.A. Consultants", nil))
	require.Equal(t, "Zeeshan Arif", a["recruiter"])
	require.Contains(t, a[flows.SlotRecruiterAlso], "Nabeel")
	require.NotContains(t, a[flows.SlotRecruiterAlso], "Main one")
}

// Told there is no report from this chat, what the person remembers of
// it asks its status again (C517-032 opened a new report).
func TestSession50StatusAgainAfterNone(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := playFrom(e, "bhai meri complaint ka kya bna", "wo jo sialkot wale agent ki thi. reference no yaad nai, mobile wohi h jis se bheji thi")
	require.Equal(t, flows.NodeMenu, res.State.Node)
	require.Contains(t, joinReplies(res), texts.T("ur-Latn", "status_none_again", nil))
	// a status asked about a help asked for here, in Urdu (C513-031 opened help)
	res = playFrom(e, "السلام علیکم", "دس دن پہلے بیٹے کے بارے میں یہاں مدد کی درخواست دی تھی، نمبر یاد نہیں جو دیا تھا۔ اس پر کچھ ہوا؟")
	require.Equal(t, flows.NodeMenu, res.State.Node)
	require.Nil(t, res.State.Draft)
}

// A person's fear for their own part is answered with confidentiality
// and help, and no promise of what the law decides; it opens no check
// (C516-027: "The airport officer said I could be charged as well. Is
// that true?").
func TestSession50OwnRiskAside(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := playFrom(e, "At Islamabad airport today immigration stopped me. They said the protector stamp in my passport is forged. I think the agent stamped it himself",
		"The airport officer said I could be charged as well. Is that true?")
	require.Equal(t, flows.KindReport, res.State.Draft.Kind)
	require.Contains(t, joinReplies(res), texts.T("en", "aside_own_risk", nil))
	for _, l := range []string{"en", "ur", "ur-Latn"} {
		txt := texts.T(l, "aside_own_risk", nil)
		require.NotContains(t, txt, "immun", l)
	}
	// others' checks are no wish to check: "they check phones", "VFS walon
	// ne check kr k bataya" (C512-015, C510-025 opened a check mid-report)
	res = playFrom(e, "agent ne jo poland ka visa diya tha wo jaali nikla", "VFS walon ne check kr k bataya")
	require.Equal(t, flows.KindReport, res.State.Draft.Kind)
}
