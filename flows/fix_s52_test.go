package flows_test

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Lessons of C537–C547 (the fifty-second session), read by the engine.

// An account that ends "talk to me on this number" is a report, not a
// wish for an officer (C537-009); one that opens asking for an officer
// goes to one, though the model alone reads danger in it (C542-018 was
// taken into the help flow as an emergency).
func TestSession52OpeningsTalk(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := playFrom(e, "mera beta Waqas dubai jana chahta tha. Malik Tanveer naam k agent ne paise le liye. uska number 0300 7741952 h aur mera apna number 0333 6120478 h mujh se isi pe baat kr lena")
	require.NotEqual(t, flows.NodeHuman, res.State.Node)
	require.NotNil(t, res.State.Draft)
	require.Equal(t, flows.KindReport, res.State.Draft.Kind)
	res = playFrom(e, "مجھے کسی افسر سے بات کرنی ہے، یہ مشین والے سوال سمجھ نہیں آتے۔ شوہر کا دبئی والا معاملہ ہے، فون پر بتاؤں گی")
	require.Equal(t, flows.NodeHuman, res.State.Node)
}

// A brother-in-law named beside the agent is kept beside him (C537-003,
// C540-003).
func TestSession52BrotherInLaw(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, head, also string }{
		{"ur", "اکرم ججہ۔ اور پیسے اس کے سالے نوید نے گنے تھے، وہ کہتا ہے لاہور میں اس کا رابطہ ہے", "اکرم ججہ", "نوید"},
		{"ur-Latn", "Nadeem Jutt. uska ek saala bhi saath hota tha Shafqat, paise wohi ginta tha", "Nadeem Jutt", "Shafqat"},
	} {
		got := sentAnswers(at(t, flows.NodeReportRecruiter, c.locale, c.text))
		require.Equal(t, c.head, got["recruiter"], c.text)
		require.Equal(t, c.also, got[flows.SlotRecruiterAlso], c.text)
	}
}

// Typed answers of C537–C547: whom a plea is for, where the offer was
// met, the writer's own number in Urdu digits, sums corrected or reduced.
func TestSession52TypedAnswers(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ node, locale, text, slot, want string }{
		{flows.NodeHelpWhom, "ur-Latn", "us bachi k liye", "whom", "other"},
		{flows.NodeHelpWhom, "ur-Latn", "bachi", "whom", "other"},
		{flows.NodeReportSeen, "ur-Latn", "khud bethak me baat krta h larkon se, tiktok pe b videos dalta h jo pohanch gae unki", "seen", "agent"},
		{flows.NodeReportPhonesAsk, "ur", "میسج اس نمبر سے آیا ۰۳۴۹۔۲۵۱۶۸۰۳۔ میرا اپنا نمبر ۰۳۳۱۔۸۲۰۵۵۴۹ ہے اگر آپ کو چاہیے", "phones", "+923492516803"},
		{flows.NodeReportMoney, "ur-Latn", "14 lakh ki baat hui thi... nahi 13.5, 50 hazar kam kiye the usne", "money_asked", "Rs 13,50,000"},
		{flows.NodeReportMoney, "ur-Latn", "pehle 6 lakh bola phir kam kr k 5 lakh 20 hazar pe aa gaya", "money_asked", "Rs 5,20,000"},
		{flows.NodeReportMoney, "ur", "۲۲ لاکھ، نہیں ۲۳ بتائے ہیں بھتیجے کو، ایک لاکھ ٹکٹ کا الگ", "money_asked", "Rs 23,00,000"},
		{flows.NodeReportRecruiter, "ur", "نیچے نام لکھا ہے جاپان اوورسیز ریکروٹمنٹ سیل", "recruiter", "جاپان اوورسیز ریکروٹمنٹ سیل"},
	} {
		got := sentAnswers(at(t, c.node, c.locale, c.text))
		require.Equal(t, c.want, got[c.slot], c.text)
	}
	require.NotContains(t, sentAnswers(at(t, flows.NodeReportMoney, "ur-Latn", "14 lakh ki baat hui thi... nahi 13.5, 50 hazar kam kiye the usne")), "paid")
}

// A sure payment beside a second in doubt is the sure sum (C540-009,
// C539-002); asked the sum after a part was read from the money asked,
// the sure sum replaces it (C242-018).
func TestSession52SurePart(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, sum string }{
		{"ur-Latn", "60 hazar to pakka diye hain... bhai kehta h 20 hazar medical k alag bhi diye the kisi aur k account me, mujhe confirm nai", "Rs 60,000"},
		{"en", "Yes the 38,000 for sure. The 52,000 my brother sent from his jazzcash, but honestly I'm not sure it went", "Rs 38,000"},
	} {
		got := sentAnswers(at(t, flows.NodeReportPaid, c.locale, c.text))
		require.Equal(t, "yes", got["paid"], c.text)
		require.Equal(t, c.sum, got["paid_amount"], c.text)
	}
	got := sentAnswers(atWith(t, flows.NodeReportPaid, "ur-Latn", "haan 85 hazar... shayd ammi ne b 10 hazar alag bheje the, mjhe confirm nai", map[string]string{"paid_amount": "Rs 50,000"}))
	require.Equal(t, "Rs 85,000", got["paid_amount"])
}

// Asked whether to erase, the wish to erase and why ("delete kr do sab,
// ab zarurat nai", A186-0357) is a yes; "not needed now" alone, or of the
// erasing, is not.
func TestSession52EraseNoLongerNeeded(t *testing.T) {
	t.Parallel()
	for text, erased := range map[string]bool{
		"delete kr do sab, ab zarurat nai":        true,
		"ab zarurat nahi":                         false,
		"nahi, abhi zarurat nahi delete karne ki": false,
	} {
		res := at(t, flows.NodeErase, "ur-Latn", text)
		require.Equal(t, erased, slices.ContainsFunc(res.Effects, func(e flows.Effect) bool { return e.Kind == flows.EffectErase }), text)
	}
}
