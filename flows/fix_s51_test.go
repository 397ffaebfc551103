package flows_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Lessons of C526–C536 (the fifty-first session), read by the engine.

// The writer's own "no" beside a sum another of the family paid is a
// payment (C527-007 stored no); a "no" for another too, or a sum only
// asked of them, stays no.
func TestSession51OtherPaid(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, paid, sum string }{
		{"en", "Not me. My nephew Asad gave him 3 lakh in March", "yes", "Rs 3,00,000"},
		{"ur-Latn", "maine nahi, mere bhai ne 2 lakh diye the", "yes", "Rs 2,00,000"},
		{"ur", "میں نے نہیں، میرے بیٹے نے ڈیڑھ لاکھ دیے", "yes", "Rs 1,50,000"},
		{"ur-Latn", "nahi, bhai ne bhi nahi diye", "no", ""},
		{"en", "no. they asked 2 lakh from my cousin", "no", ""},
		{"en", "no, my brother was going to give him 2 lakh but we stopped", "no", ""},
	} {
		got := sentAnswers(at(t, flows.NodeReportPaid, c.locale, c.text))
		require.Equal(t, c.paid, got["paid"], c.text)
		require.Equal(t, c.sum, got["paid_amount"], c.text)
	}
}

// Asked the sum in all, the total an answer ends on is the sum, whatever
// "no" corrected a part before it (C527-008); a total asked is not paid.
// A sum taken back in words is taken back as one in digits is ("نہیں ساٹھ
// نہیں پینسٹھ ہزار", C531-007), but a number word that ends the sum before
// the "no" is part of it ("دو لاکھ اسی نہیں، دو لاکھ پچاس ہزار", C121-014).
func TestSession51SumsInWords(t *testing.T) {
	t.Parallel()
	again := map[string]string{"paid": "yes", "paid_how": "easypaisa", "paid_amount_again": "1"}
	for text, want := range map[string]string{
		"جی، تین قسطیں۔ تیس، تیس اور... نہیں آخری تیس نہیں پینتیس ہزار تھی۔ کل پچانوے ہزار": "Rs 95,000",
		"teen qiston me, total 95 hazar":     "Rs 95,000",
		"35 hazar, total 95 hazar mange the": "",
	} {
		require.Equal(t, want, sentAnswers(atWith(t, flows.NodeReportPaid, "ur", text, again))["paid_amount"], text)
	}
	paid := map[string]string{"paid": "yes", "paid_amount": "Rs 60,000"}
	for text, want := range map[string]string{
		"ایزی پیسہ سے دو دفعہ بھیجے۔ نہیں ساٹھ نہیں پینسٹھ ہزار، دوسری دفعہ ۳۵ بھیجے تھے": "Rs 65,000",
		"easypaisa se do dafa bheje. nahi 60 nahi 65 hazar, doosri dafa 35 bheje the":     "Rs 65,000",
		"ایزی پیسہ سے بھیجے، نہیں سات نہیں آٹھ ہزار":                                      "Rs 8,000",
	} {
		require.Equal(t, want, sentAnswers(atWith(t, flows.NodeReportPaidHow, "ur", text, paid))["paid_amount"], text)
	}
}

// A fear that a relative will be charged ("bhanjay pe to koi case nai
// banega na?", C526-012) is the writer's side's own risk, answered so; a
// case against the agent is not.
func TestSession51OwnRiskOfKin(t *testing.T) {
	t.Parallel()
	for _, text := range []string{"bhanjay pe to koi case nai banega na? wo abhi gaya nai", "bhai par koi parcha to nahi hoga?"} {
		r := at(t, flows.NodeReportConsent, "ur-Latn", text)
		require.Contains(t, joinReplies(r), texts.T("ur-Latn", "aside_own_risk", nil), text)
		require.Equal(t, flows.NodeReportConsent, r.State.Node, text)
	}
	r := at(t, flows.NodeReportConsent, "ur-Latn", "agent pe case nahi hoga?")
	require.NotContains(t, joinReplies(r), texts.T("ur-Latn", "aside_own_risk", nil))
}

// Openings: a wish to confirm a firm's licence is a check (C526-007); money
// "stuck" with an agent is no person stuck (C526-002); a son an agent is
// getting ready to send by dunki is the agent's report (C530-015).
func TestSession51Openings(t *testing.T) {
	t.Parallel()
	e := realEngine()
	r := playFrom(e, "Good evening. I wish to confirm whether Al-Mansoor Overseas Employment Promoters, licence no. 3107/RWP, is a genuine licensed firm. They are offering a Saudi driver post to my nephew for Rs 2,20,000.")
	require.Equal(t, flows.KindVerify, r.State.Draft.Kind)
	for _, text := range []string{
		"ہمارے علاقے کا ایک آدمی سعودیہ کا آزاد ویزا دینے کے نام پر پیسے لے کر بیٹھا ہے، میرے ساڑھے تین لاکھ پھنسے ہوئے ہیں",
		"mere 3 lakh phanse hue hain us agent ke paas, Dubai ka visa dena tha",
		"میرا بیٹا بیس سال کا ہے، گجرات کا ایک ایجنٹ اسے ڈنکی سے یونان بھیجنے کی تیاری کر رہا ہے۔ میں ماں ہوں، مجھے اسے روکنا ہے",
	} {
		r := playFrom(e, "السلام علیکم", text)
		require.Equal(t, flows.NodeReportOffer, r.State.Node, text)
	}
}

// The writer's own number, or a son's, is never the agent's: "pls call me
// 0301…" in the opening is not read as the agent's phone (C531-002), nor
// "بیٹے کا نمبر" beside the agent's (C533-016).
func TestSession51OwnNumbers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	r := playFrom(e, "Salam. complaint against agent who took my brothers money for Romania work permit, now his phone off. pls call me 0301-4478260",
		"FB ad said Romania work permit, packing n warehouse jobs, 800 euro salary. total 12 lakh, 1st installment paid", "thats it")
	require.NotContains(t, joinReplies(r), "4478260")
	for text, want := range map[string]string{
		"اس کا نمبر ۰۳۴۷۲۲۵۶۹۱۰ ہے۔ بیٹے کا نمبر ۰۳۰۰۶۶۳۱۵۰۲ ہے":       "+923472256910",
		"his number 0347 2256910, my son's number 0300 6631502":        "+923472256910",
		"0321-5503917 (zeeshan). my own is 0301-4478260 dont mix them": "+923215503917",
	} {
		got := sentAnswers(at(t, flows.NodeReportPhonesAsk, "ur", text))["phones"]
		require.Equal(t, want, got, text)
		require.False(t, strings.Contains(got, ","), text)
	}
}

// "all of it", then a correction to a sum: the sum said after it (C531-004);
// a sum paid one way beside a part paid another is a part, and the sum
// paid stands (C536-028).
func TestSession51AllThenCorrected(t *testing.T) {
	t.Parallel()
	got := sentAnswers(atWith(t, flows.NodeReportPaid, "en", "Yes, all of it. No wait, 4.2 lakh. The last 30 thousand we have not given, they want it before handing over the ticket",
		map[string]string{"money_asked": "Rs 4,50,000"}))
	require.Equal(t, "Rs 4,20,000", got["paid_amount"])
	got = sentAnswers(atWith(t, flows.NodeReportPaid, "en", "Yes, all of it", map[string]string{"money_asked": "Rs 4,50,000"}))
	require.Equal(t, "Rs 4,50,000", got["paid_amount"])
	paid := map[string]string{"money_asked": "Rs 2,72,000", "paid": "yes", "paid_amount": "Rs 2,72,000"}
	got = sentAnswers(atWith(t, flows.NodeReportPaidHow, "en", "2.5 lakh by bank transfer to the company account, the lab fee in cash at the lab", paid))
	require.Equal(t, "Rs 2,72,000", got["paid_amount"])
	require.Equal(t, "bank", got["paid_how"])
}

// Names: a firm given fuller in the offer is not taken with where it is
// ("Star Link Travels on Murree Road", C530-005); "naam cnic address" in
// an account lists what a form asked, no name (C526-030 showed "cnic" as
// the agent); Punjabi "main nai darda" is "I'm not afraid": contact allowed
// (C529-003).
func TestSession51NamesAndPunjabi(t *testing.T) {
	t.Parallel()
	e := realEngine()
	r := playFrom(e, "I got my passport back from the travel agent with a Saudi visa and protector stamp. My cousin in Jeddah checked the visa number and it says no record found. I think the visa is fake",
		"Star Link Travels on Murree Road, Rawalpindi. They said work visa for plumber in a Riyadh company, 1,600 riyal.", "nothing more", "no",
		"I went to their office, a friend introduced me", "Star Link Travels, owner is Haroon Butt")
	require.Equal(t, "Star Link Travels", r.State.Draft.Answers["recruiter"])
	r = playFrom(e, "mera beta tiktok pe dekh k japan ki naukri ka form bhar betha h. caregiver ka kaam, 3 lakh yen salary. mujhe dar h fraud h",
		"video me tha japan ko 2 lakh pakistani chahiye. form me naam cnic address sab likhwaya. ab 'japanese class' ki fee bhejo", "bas itna hi pata h")
	require.NotContains(t, strings.ToLower(joinReplies(r)), "cnic")
	require.Equal(t, "yes", sentAnswers(at(t, flows.NodeReportConsent, "ur-Latn", "ji mera naam likh lo, main nai darda"))["consent"])
}
