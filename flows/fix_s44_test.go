package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Openings found in the forty-fourth session (C445–C448): a forged paper
// the agent handed over, told with "ab kia karun" and no money, is its
// report (C446-008 opened help and read "diye" of the papers as money
// paid); one deported and back in a town at home, at a loss over the
// money taken, is a plea for him at home (C446-022 opened a report, and
// help read him as abroad).
func TestSession44Openings(t *testing.T) {
	t.Parallel()
	e := realEngine()
	requireOpens(t, e, flows.KindReport,
		"airport pe FIA walon ne roka k protector ka stamp jaali h. agent ne visa or protector dono bana k diye the. ab kia karun")
	res := playFrom(e, "airport pe FIA walon ne roka k protector ka stamp jaali h. agent ne visa or protector dono bana k diye the. ab kia karun")
	require.NotEqual(t, flows.ChoiceYes, res.State.Draft.Inferred["paid"], "papers handed over are no money paid")

	back := "bhai me Iran se deport ho k aya hun, abhi Taftan se Quetta pohncha hun. theek hun. lekin agent ne 4 lakh liye the Turkey k, kuch ho skta h?"
	requireOpens(t, e, flows.KindHelp, back)
	res = playFrom(e, back)
	require.Equal(t, "pakistan", res.State.Draft.Inferred["where"])
}

// Typed answers found in C445–C448, each at its question.
func TestSession44Answers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []answerCase{
		// a "no" that takes back a sum is no "not paid" (C447-001 stored
		// paid: no)
		{flows.NodeReportPaidHow, "ur-Latn", "nahi 80 nahi, 85 hazar. 80 pehle bheje the phr 5 hazar 'file charges' alag mange, dono jazzcash se Mubashir k naam wale account pe",
			map[string]string{"paid_amount": "Rs 85,000", "paid_how": "jazzcash", "paid": ""}},
		{flows.NodeReportPaidHow, "ur-Latn", "nahi bhai, koi paisa nahi", map[string]string{"paid": "no"}},
		// money gone from the balance is paid, after a "pata nai" (C447-014
		// stored unknown)
		{flows.NodeReportPaid, "ur-Latn", "pata nai yar... 3000 bheje the phr unka msg aya 'transaction failed dubara bhejo' lekin mere balance se kat gaye the",
			map[string]string{"paid": "yes", "paid_amount": "Rs 3,000"}},
		// a number not given is no payment denied (C446-012 read "Paid: No")
		{flows.NodeReportPhones, "en", "Mudassar's number is 0301-6258471, Asghar doesn't give his own", map[string]string{"paid": ""}},
		// how to be reached: the chat named first; a number named with
		// "on my"; another's phone watched is no care for the writer's
		// own; who told kept from the one reported is no care of contact
		{flows.NodeHelpContact, "en", "This telegram is fine, or my UAE number", map[string]string{"contact": "here"}},
		{flows.NodeHelpContact, "en", "whatsapp me on my saudi num", map[string]string{"contact": "number"}},
		{flows.NodeHelpContact, "ur", "میرے نمبر پر فون کریں، بیٹے کا فون وہ لوگ چیک کرتے ہیں", map[string]string{"contact": "number"}},
		{flows.NodeHelpContact, "ur-Latn", "meri dukaan k number pe call kr lo, lekin dhabay wale ko pata na chale k mene bataya", map[string]string{"contact": "number"}},
		// (still: only here, the phone checked, C14-007; the writer's own
		// phone watched, C9-017)
		{flows.NodeHelpContact, "en", "only here. dont call they check the phone", map[string]string{"contact": "here"}},
		{flows.NodeHelpContact, "ur", "اس کا اپنا واٹس ایپ نمبر دیتے ہیں، مگر شام کے بعد ہی بات کر سکتا ہے کفیل کے سامنے نہیں", map[string]string{"contact": "discreet"}},
	} {
		c.check(t, e)
	}
	// a total asked, told at the paid question, replaces a part stored
	// as the sum asked (C447-010 kept "the government fee alone is 2 lakh")
	res := atWith(t, flows.NodeReportPaid, "en", "6,50,000 total all inclusive, they said. Remaining 1 lakh at protector time", map[string]string{"money_asked": "Rs 2,00,000"})
	require.Equal(t, "Rs 6,50,000", sentAnswers(res)["money_asked"])
	require.Equal(t, flows.NodeReportPaid, res.State.Node, "whether they paid is still asked")
}

// "Not me", then a doubt of what the family paid, is not known (C451-010
// stored "no" of "me no. my younger bro maybe gave him smthng … dont
// know"); what others surely paid leaves the writer's no (C288-007).
func TestSession44NotMe(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []answerCase{
		{flows.NodeReportPaid, "en", "me no. my younger bro maybe gave him smthng, he is not telling clearly. dont know", map[string]string{"paid": "unknown"}},
		{flows.NodeReportPaid, "ur", "میں نے نہیں، پتا نہیں بھائی نے کچھ دیے یا نہیں", map[string]string{"paid": "unknown"}},
		{flows.NodeReportPaid, "en", "Not me. Usman paid", map[string]string{"paid": "no"}},
		{flows.NodeReportPaid, "en", "not me, nobody paid anything", map[string]string{"paid": "no"}},
		{flows.NodeReportPaid, "ur-Latn", "main ne nahi diye", map[string]string{"paid": "no"}},
	} {
		c.check(t, e)
	}
}

// Asked whether a caller who said he was FIA was us, at the menu: who
// calls, and that no officer asks for money, is answered; no report is
// opened (C449-019). A name a man gave of himself is the name (C449-029).
func TestSession44CallerAndNames(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := playFrom(e, "hi", "also I got a call from unknown number saying they are from FIA, was that you people?")
	require.Nil(t, res.State.Draft, "no flow opened")
	require.Contains(t, joinReplies(res), texts.T("en", "aside_call_claim", nil))
	res = playFrom(e, "salam", "کل کسی نے فون کیا کہ ایف آئی اے سے بات کر رہا ہوں، کیا وہ آپ لوگ تھے؟")
	require.Contains(t, joinReplies(res), texts.T("ur", "aside_call_claim", nil))
	res = playFrom(e, "hi", "is this FIA?")
	require.Contains(t, joinReplies(res), texts.T("en", "aside_who", nil), "a plain who-are-you keeps its answer")

	for _, c := range []answerCase{
		{flows.NodeReportRecruiter, "ur", "کمپنی کا کوئی نام نہیں۔ فون پر بات کرنے والے نے کہا میں مولانا عبدالرحمان ہوں، سعودی وزارت اوقاف کا نمائندہ", map[string]string{"recruiter": "مولانا عبدالرحمان"}},
		{flows.NodeReportRecruiter, "en", "he said i am Maulana Abdul Rehman", map[string]string{"recruiter": "Maulana Abdul Rehman"}},
		{flows.NodeReportRecruiter, "ur-Latn", "bola main Haji Aslam hun", map[string]string{"recruiter": "Haji Aslam"}},
	} {
		c.check(t, e)
	}
}

// A short sum in lakhs, the unit left to the sum asked: "poore 2.2" of
// Rs 2,20,000 was read as Rs 2,200 (C455-012: 2.2 × 1e5 is a hair over
// 220000 in floating point).
func TestSession44ShortSumUnit(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, asked, want string }{
		{"haan poore 2.2 de diye bhai ne", "Rs 2,20,000", "Rs 2,20,000"},
		{"haan 2.2 de diye", "Rs 2,20,000", "Rs 2,20,000"},
		{"ji 1.1 diye", "Rs 1,10,000", "Rs 1,10,000"},
	} {
		res := atWith(t, flows.NodeReportPaid, "ur-Latn", c.text, map[string]string{"money_asked": c.asked})
		require.Equal(t, c.want, sentAnswers(res)["paid_amount"], c.text)
	}
}
