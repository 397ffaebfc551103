package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Found in C283-C284 and A111 (first played in the thirty-first session).
func TestSession31TypedAnswers(t *testing.T) {
	t.Parallel()
	requireSlots(t, []slotCase{
		// the sum concluded in digits after the parts that make it
		// (C283-013 stored the first guess, Rs 1,80,000)
		{flows.NodeReportPaid, "en", "Yes. I think 1 lakh 80... wait let me check. Two transfers, 1 lakh and 75 thousand. So 1,75,000", "paid_amount", "Rs 1,75,000"},
		// so much each, twice (C284-011 stored Rs 2,00,000)
		{flows.NodeReportPaidHow, "ur-Latn", "cash, Imran ko 2 dafa diye, 2-2 lakh. rasid nahi di", "paid_amount", "Rs 4,00,000"},
		{flows.NodeReportPaidHow, "ur", "دو دفعہ ۲-۲ لاکھ نقد دیے", "paid_amount", "Rs 4,00,000"},
		// anonymous, said as "without my name" (C283-012 stored it as the agent)
		{flows.NodeReportConsent, "ur", "نام کے بغیر", "consent", "no"},
		{flows.NodeReportConsent, "ur-Latn", "bina naam ke", "consent", "no"},
		{flows.NodeHelpContact, "en", "the way we're talking now is fine", "contact", "here"},
		{flows.NodeHelpWhom, "ur-Latn", "bhanjay ka", "whom", "other"},
	})
	// no name said when it was asked: nothing stored (A111-0069 stored "کبھی")
	r := at(t, flows.NodeReportRecruiter, "ur", "نام تو کبھی بتایا ہی نہیں، سب اسے بس بھائی جان کہتے تھے")
	require.NotContains(t, sentAnswers(r)["recruiter"], "کبھی")
}

// "wo sab delete kr do" while sending the offer asks to erase, not to add
// to the report (C283-035 stayed at "send more"). Since the thirty-fourth
// session the data sent by mistake, told first, is asked about at once
// (C309-035), and the wish that follows answers it: erased.
func TestSession31EraseWhileSending(t *testing.T) {
	t.Parallel()
	e := realEngine()
	state := flows.State{}
	var last flows.Result
	for i, text := range []string{"maine kal apni shikayat me ghalti se pura ghar ka address aur CNIC likh diya tha", "wo sab delete kr do plz, dar lag raha h"} {
		last = e.Step(state, flows.Input{Text: text, MessageID: int64(i + 1), Reference: "HSY-ERASE1"}, t0)
		state = last.State
		if i == 0 {
			require.Equal(t, flows.NodeErase, state.Node, joinReplies(last))
		}
	}
	require.True(t, effectsHave(last, flows.EffectErase), joinReplies(last))
	// an offer begun, then the wish: asked, not added to the offer
	state = flows.State{}
	for i, text := range []string{"report karni hai", "wo sab delete kr do plz, dar lag raha h"} {
		last = e.Step(state, flows.Input{Text: text, MessageID: int64(i + 1), Reference: "HSY-ERASE2"}, t0)
		state = last.State
	}
	require.Equal(t, flows.NodeErase, state.Node, joinReplies(last))
	// "page b delete" tells of a page, no wish (C41-030)
	state = flows.State{}
	for i, text := range []string{"report karni hai", "page ka naam Malaysia Jobs Hub PK tha, ab page b delete"} {
		last = e.Step(state, flows.Input{Text: text, MessageID: int64(i + 1), Reference: "HSY-ERASE3"}, t0)
		state = last.State
	}
	require.Equal(t, flows.NodeReportOffer, state.Node, joinReplies(last))
}

// Found in A112 (the session's second round).
func TestSession31SecondRoundAnswers(t *testing.T) {
	t.Parallel()
	requireSlots(t, []slotCase{
		{flows.NodeHelpNumber, "ur", "سعودی نمبر ہے ۰۵۵۷۳۱۲۴۹۰", "contact_number", "+966557312490"},
		{flows.NodeReportConsent, "ur", "نام نہ لکھیں لیکن فون کر سکتے ہیں", "consent", "yes"},
		{flows.NodeReportSeen, "en", "I think it was facebook marketplace? not sure", "seen", "facebook"},
		{flows.NodeHelpWhom, "ur", "جس کا پاسپورٹ رکھا ہے وہ میں ہی ہوں", "whom", "self"},
		{flows.NodeHelpWhom, "ur", "ایک خاتون ہمارے گھر کام کرتی تھیں، ان کے بچے بھٹے پر ہیں", "whom", "other"},
	})
}

// Found in A113 (the session's third round).
func TestSession31ThirdRoundAnswers(t *testing.T) {
	t.Parallel()
	requireSlots(t, []slotCase{
		// "the ad said Japan" names the country itself; "the ad said it"
		// points back at what was sent (A113-0118)
		{flows.NodeReportCountry, "ur-Latn", "ad me japan likha tha", "country", "Japan"},
		{flows.NodeReportConsent, "en", "only by message, no calls please", "consent", "yes"},
		{flows.NodeHelpWhom, "ur-Latn", "mere liye bhi aur bhai ke liye bhi, dono yahin phanse hain", "whom", "self"},
		{flows.NodeHelpWhom, "ur", "جو یہ لکھ رہا ہے وہی مصیبت میں ہے", "whom", "self"},
		{flows.NodeHelpWhat, "ur", "کام سے انکار کروں تو کہتے ہیں ڈی پورٹ کروا دیں گے، جیل بھجوا دیں گے", "situation", "forced_work"},
		{flows.NodeHelpWhat, "en", "they give us electric shocks", "situation", "violence"},
	})
}
