package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Typed answers of the forty-eighth session (C490–C493): a payment only
// heard of, told with the writer's doubt, is not known (C490-018 stored
// "yes, Rs 14 lakh"); so is one that "may have" been made after "don't
// know" (C491-016); a count of times or transfers is no sum, so the sum
// is asked once more (C490-006, C493-029); a total asked with more asked
// "on top" after it is the total (C490-030 stored the 50,000); a sum
// explained and joined by "+" is added up (C492-030); a count of people
// is no sum (C490-012 read "Rs 24,00,400"); a name quoted with its post
// keeps the firm written before it, and the post is no name (C492-016
// kept "Manager").
func TestSession48Answers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []answerCase{
		{flows.NodeReportPaid, "ur", "سنا ہے ہمسائے نے ۱۴ لاکھ دے دیے ہیں، پکا نہیں پتا", map[string]string{"paid": "unknown", "paid_amount": ""}},
		{flows.NodeReportPaid, "ur-Latn", "suna h hamsaye ne 14 lakh de diye hain, pakka nai pta", map[string]string{"paid": "unknown", "paid_amount": ""}},
		{flows.NodeReportPaid, "en", "heard the neighbour paid 14 lakh already, not sure", map[string]string{"paid": "unknown", "paid_amount": ""}},
		{flows.NodeReportPaid, "ur", "پتا نہیں جی۔ بھائی زمین گروی رکھنے کی بات کر رہا تھا، ہو سکتا ہے بیعانہ دے دیا ہو، مجھے پکا نہیں معلوم", map[string]string{"paid": "unknown"}},
		{flows.NodeReportPaid, "en", "I heard he paid 14 lakh", map[string]string{"paid": "yes"}},
		{flows.NodeReportMoney, "ur-Latn", "2 lakh 80 hazar total bola tha. ab upar se 50 hazar passport k", map[string]string{"money_asked": "Rs 2,80,000"}},
		{flows.NodeReportMoney, "ur-Latn", "pehle 2 lakh bola tha ab 3 lakh keh raha", map[string]string{"money_asked": "Rs 3,00,000"}},
		{flows.NodeReportMoney, "ur-Latn", "28 hzar medical + 15 hzar file, baqi baad me btayen ge", map[string]string{"money_asked": "Rs 43,000"}},
		{flows.NodeReportMoney, "en", "visa 2 lakh + ticket 60k", map[string]string{"money_asked": "Rs 2,60,000"}},
		{flows.NodeReportRecruiter, "en", "letter says Maple Bridge Immigration Consultants, signed by 'Mr. Daniel Harper, HR Manager'",
			map[string]string{"recruiter": "Maple Bridge Immigration Consultants", "recruiter_also": "Mr. Daniel Harper"}},
	} {
		c.check(t, e)
	}
	for _, c := range []struct{ locale, text string }{
		{"ur-Latn", "cash diya tha nadeem ko uske ghar pe, 2 dafa, koi raseed nai"},
		{"en", "bank transfer to his Meezan account, 3 transfers"},
		{"ur", "۲ دفعہ نقد دیے، رسید کوئی نہیں"},
	} {
		res := atWith(t, flows.NodeReportPaidHow, c.locale, c.text, map[string]string{"paid": "yes", "money_asked": "Rs 6,50,000"})
		require.Empty(t, sentAnswers(res)["paid_amount"], c.text)
		require.Contains(t, joinReplies(res), texts.T(c.locale, "report_paid_amount_q", nil), c.text)
	}
	// a boat taking water: the sum the father paid, never the count of
	// people on the boat
	res := playFrom(e, "My cousin left Libya in a boat for Italy 2 days ago. His last voice message said the engine stopped and water is coming in. Now his phone is off. please what do we do",
		"yes", "They left from near Tobruk. I dont know exactly",
		"An agent in Gujrat took 24 lakh from his father for Italy. They kept him in a house in Benghazi for 3 weeks then put around 400 people on a fishing boat. Last message was 2 days ago, engine stopped, water in the boat, no food left.")
	require.Contains(t, joinReplies(res), "Rs 24,00,000")
	require.NotContains(t, joinReplies(res), "24,00,400")
}

// At the summary, the sum paid said again as it stands, with the sum it is
// not ("بس رقم ڈیڑھ لاکھ لکھیں ایک لاکھ نہیں", C493-026), changes nothing:
// the sum asked stayed Rs 3,50,000 no longer.
func TestSession48SummarySumAlreadyRight(t *testing.T) {
	t.Parallel()
	given := map[string]string{"money_asked": "Rs 3,50,000", "paid": "yes", "paid_amount": "Rs 1,50,000", "paid_how": "easypaisa"}
	for _, c := range []struct{ locale, text string }{
		{"ur", "جی، بس رقم ڈیڑھ لاکھ لکھیں ایک لاکھ نہیں"},
		{"ur-Latn", "haan bas raqam 1.5 lakh likhen, 1 lakh nahi"},
	} {
		got := sentAnswers(atWith(t, flows.NodeReportSummary, c.locale, c.text, given))
		require.Equal(t, "Rs 3,50,000", got["money_asked"], c.text)
		require.Equal(t, "Rs 1,50,000", got["paid_amount"], c.text)
	}
}

// A relative asking after a report someone else made from another phone,
// the plight it was about named ("mamu … jo dubai me phanse hue the"), is
// asking how it stands (C492-035 waited for an offer), and is told where
// such a report can be asked after.
func TestSession48StatusOfAnothersReport(t *testing.T) {
	t.Parallel()
	res := playFrom(realEngine(), "salam, meri ammi ne pichle hafte report ki thi mamu k liye jo dubai me phanse hue the. reference number yaad nai, ammi ka phone kharab ho gya. kuch hua us pe?")
	require.Contains(t, joinReplies(res), texts.T("ur-Latn", "status_none", nil))
	require.Nil(t, res.State.Draft)
}

// How to be reached, told at the menu right after a plea was sent ("sirf
// yahan msg krna, call mat krna, phone check krte hain", C491-021 opened a
// new report with it), changes the plea's contact when it is quieter: the
// referral is updated, its number to call dropped, and the person told. A
// "no" at "anything else?", or anything else said, is not read so.
func TestSession48ContactAfterPlea(t *testing.T) {
	t.Parallel()
	e := realEngine()
	plea := []string{"mdd chahiye. cambodia me hun, company ne passport le liya h", "haan", "sihanoukville k pas ek bara compound h",
		"data entry job bol k laye the. yahan fake profile bna k logon se crypto me paise lagwate hain. bahar nahi jane dete",
		"mujhe call kr lena", "0301 2345678"}
	res := playFrom(e, append(plea, "sirf yahan msg krna, call mat krna, phone check krte hain. raat 1 bje k baad dekhta hun")...)
	require.True(t, hasEffect(res, flows.EffectUpdateReport))
	got := sentAnswers(res)
	require.Equal(t, "here", got["contact"])
	require.Empty(t, got["contact_number"])
	require.Contains(t, joinReplies(res), texts.T("ur-Latn", "contact_here", nil))
	require.Nil(t, res.State.Draft)
	require.Equal(t, flows.NodeMenu, res.State.Node)
	for _, after := range []string{"nahi shukriya", "mujhe ek agent check karna hai"} {
		res := playFrom(e, append(plea, after)...)
		require.False(t, hasEffect(res, flows.EffectUpdateReport), after)
	}
	// said once, at the menu that follows the plea, not later
	res = playFrom(e, append(plea, "shukriya", "sirf yahan msg krna")...)
	require.False(t, hasEffect(res, flows.EffectUpdateReport))
}

// The second wave (C494–C497, first played on a17cfe6): a sum in lakhs
// with its thousands said bare before "ho gaye" ("3 lakh 40 ho gaye",
// C494-012 stored the 2.6 lakh); a part and the rest asked ("50 hazar
// registration, baqi 4 lakh permit pe", C494-014 stored 50,000); the sum
// a receipt covers, written with its comma ("Only 21,000 of it has
// receipts", C495-008 replaced the Rs 3,80,000 paid).
func TestSession48SecondWave(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []answerCase{
		{flows.NodeReportMoney, "ur-Latn", "2 lakh 60 hazar bataye thy, ab 80 hazar extra. 3 lakh 40 ho gaye", map[string]string{"money_asked": "Rs 3,40,000"}},
		{flows.NodeReportMoney, "ur-Latn", "50 hazar registration, baqi 4 lakh permit pe", map[string]string{"money_asked": "Rs 4,50,000"}},
		{flows.NodeReportMoney, "ur", "۵۰ ہزار ابھی، باقی چار لاکھ ویزا آنے پر", map[string]string{"money_asked": "Rs 4,50,000"}},
		{flows.NodeReportMoney, "en", "50k now and the remaining 4 lakh after the visa", map[string]string{"money_asked": "Rs 4,50,000"}},
		{flows.NodeReportMoney, "ur-Latn", "4 lakh total, 50 hazar abhi baqi visa k baad", map[string]string{"money_asked": "Rs 4,00,000"}},
	} {
		c.check(t, e)
	}
	given := map[string]string{"paid": "yes", "paid_amount": "Rs 3,80,000", "money_asked": "Rs 3,80,000"}
	for _, text := range []string{
		"Cash at the office, in 2 instalments. Only 21,000 of it has receipts",
		"Cash at the office, in 2 instalments. Receipt only for 21,000",
	} {
		got := sentAnswers(atWith(t, flows.NodeReportPaidHow, "en", text, given))
		require.Equal(t, "Rs 3,80,000", got["paid_amount"], text)
		require.Equal(t, "cash", got["paid_how"], text)
	}
}

// Asked how to be reached, a wish for messages that do not look like ours
// ("send normal looking msgs, like from a shop or a cousin", "کسی اور نام
// سے میسج کرنا تاکہ کسی کو شک نہ ہو", A174-0305, A174-0312) is discreet.
func TestSession48DiscreetWordings(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []answerCase{
		{flows.NodeHelpContact, "en", "send normal looking msgs, like from a shop or a cousin", map[string]string{"contact": "discreet"}},
		{flows.NodeHelpContact, "ur", "کسی اور نام سے میسج کرنا تاکہ کسی کو شک نہ ہو", map[string]string{"contact": "discreet"}},
		{flows.NodeHelpContact, "ur-Latn", "yahin msg kr dein", map[string]string{"contact": "here"}},
	} {
		c.check(t, e)
	}
}

// A plea kept for the menu after it is forgotten once another flow begins:
// a wish typed at the menu after that flow changes nothing of the plea.
func TestSession48PleaForgottenByANewFlow(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := playFrom(e, "mdd chahiye. cambodia me hun, company ne passport le liya h", "haan", "sihanoukville k pas ek bara compound h",
		"data entry job bol k laye the. yahan fake profile bna k logon se crypto me paise lagwate hain. bahar nahi jane dete",
		"mujhe call kr lena", "0301 2345678")
	require.NotNil(t, res.State.Pleaded)
	next := e.Step(res.State, flows.Input{Choice: flows.ChoiceVerify, MessageID: 50, Reference: "HSY-S48PLB"}, t0)
	require.Nil(t, next.State.Pleaded)
}

// The third wave (C498–C501, first played on e8eb244): a yes with a sum,
// the second part denied ("yes, only the 45,000. didn't pay the second
// one", "جی ساڑھے تین لاکھ، دوسری نہیں دی", C500-012, C500-008 stored no);
// one on the smugglers' road held in a house and asked for more, told in
// a report's words, is helped (C501-031 waited for the offer to end).
func TestSession48ThirdWave(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []answerCase{
		{flows.NodeReportPaid, "en", "yes, only the 45,000. didn't pay the second one", map[string]string{"paid": "yes", "paid_amount": "Rs 45,000"}},
		{flows.NodeReportPaid, "ur", "جی ساڑھے تین لاکھ، دوسری نہیں دی", map[string]string{"paid": "yes", "paid_amount": "Rs 3,50,000"}},
		{flows.NodeReportPaid, "ur-Latn", "haan 45 hazar, doosri qist nahi di", map[string]string{"paid": "yes"}},
		{flows.NodeReportPaid, "en", "no, the second one was never asked", map[string]string{"paid": "no"}},
	} {
		c.check(t, e)
	}
	res := playFrom(e, "bhai dunki pe gaya h turkey k liye, abhi iran me ek ghar me rakha hua h agent ne", "ab keh raha 3 lakh or bhejo warna aage nai le k jayenge")
	require.Equal(t, flows.KindHelp, res.State.Draft.Kind)
}
