package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// stepsAt plays messages from a question asked in a locale.
func stepsAt(e *flows.Engine, node, locale string, msgs ...string) flows.Result {
	res := flows.Result{State: flows.AtQuestion(node, locale)}
	for i, m := range msgs {
		res = e.Step(res.State, flows.Input{Text: m, MessageID: int64(i + 1), Reference: "HSY-S13TST"}, t0)
	}
	return res
}

func erased(res flows.Result) bool { return hasEffect(res, flows.EffectErase) }

// Asked whether to delete their data: a yes for later ("only after my
// report has gone through", A55-0343 erased at once) deletes nothing and
// says how to ask when ready; "please" with a reason (A55-0345) and "پکا؟
// چلیں کر دیں" are a yes; "مہربانی" alone is a thank-you, no yes.
func TestEraseLaterPleaAndThanks(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, s := range []string{"yes but only after my report has gone through", "ok delete it once my complaint reaches FIA",
		"haan jab report chali jaye tab kar dena", "ہاں، جب شکایت پہنچ جائے تو ڈیلیٹ کر دیں"} {
		res := stepsAt(e, flows.NodeErase, "en", s)
		require.False(t, erased(res), s)
		require.Contains(t, joinReplies(res), texts.T("en", "erase_after_done", nil), s)
	}
	for _, s := range []string{"please, my husband checks my phone", "پکا؟ چلیں کر دیں", "plz"} {
		require.True(t, erased(stepsAt(e, flows.NodeErase, "en", s)), s)
	}
	for _, s := range []string{"مہربانی", "please don't, I still need help"} {
		require.False(t, erased(stepsAt(e, flows.NodeErase, "ur", s)), s)
	}
}

// Openings of round one and two: "is this news true?" in Urdu and "is
// this true?" in English check what was sent (C128-015, C129-014,
// C130-028); a site "pretending to be OEC" is reported, not checked
// (C130-004); "I need some guidance" over a past ordeal asks for help
// (C130-021); news asked of a complaint in new words is its status
// (A56-0004, A57-0003, A57-0012); "before he pays anything I want to know
// if they're allowed" is a check (A56-0002).
func TestOpeningsOfRoundsOneAndTwo(t *testing.T) {
	t.Parallel()
	e := realEngine()
	kind := func(msgs ...string) string {
		res := stepsAt(e, flows.NodeMenu, "en", msgs...)
		if d := res.State.Draft; d != nil {
			return d.Kind
		}
		return res.State.Node
	}
	for _, s := range []string{"یہ خبر سچی ہے؟ اٹلی نے پاکستانیوں کے لیے ۲ لاکھ سیزنل ورک ویزے کھول دیے، رجسٹریشن کے لیے ۰۳۰۸۷۷۳۴۱۲۹ پر رابطہ کریں",
		"یہ اشتہار سچا ہے یا جھوٹا؟", "my nephew got an offer letter from 'Al-Noor Overseas', before he pays anything I want to know if they're even allowed to do this"} {
		require.Equal(t, flows.KindVerify, kind(s), s)
	}
	require.Equal(t, flows.KindReport, kind("Hi, there is a website pretending to be OEC, asking people to register for Korea jobs and pay a fee. Please check it"))
	require.Equal(t, flows.KindHelp, kind("Hi, I need some guidance. Last year an agent sent me to Dubai and I was made to work in a warehouse without pay and kept in a flat. I escaped and came back in March. I'm home in Sialkot now."))
	for _, s := range []string{"I sent you something last week about an agent in Okara, did anyone look at it?",
		"پچھلے مہینے جو شکایت کی تھی اس کا کچھ بنا یا نہیں", "i sent a complaint last week about an agent in Gujrat, has anyone looked at it yet"} {
		res := stepsAt(e, flows.NodeMenu, "en", s)
		require.Contains(t, joinReplies(res), texts.T("en", "status_none", nil), s) // how their reports stand: none here
		require.Nil(t, res.State.Draft, s)
	}
}

// Asked for the agent's name or whether it is his number: a name "not
// told" with what follows it ("hum bhi nahi puchte the", "sab use bas
// bhai jaan kehte the", "sirf 'HR Manager' likha tha") is no name; "that's
// the one he calls me from", "اسی نمبر سے تو فون آتا تھا" and "یہ والا
// تو اب بند ملتا ہے" confirm the number.
func TestNoNameAndNumberConfirmedInWords(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, s := range []string{"usne kabhi apna naam nai bataya, hum bhi nahi puchte the", "نام نہیں بتایا، سب اسے بس بھائی جان کہتے تھے",
		"pta nai yr, whatsapp pe sirf 'HR Manager' likha tha"} {
		res := stepsAt(e, flows.NodeReportRecruiter, "ur-Latn", s)
		require.NotContains(t, res.State.Draft.Answers, "recruiter", s)
		require.NotEqual(t, flows.NodeReportRecruiter, res.State.Node, s)
	}
	res := stepsAt(e, flows.NodeReportRecruiter, "ur-Latn", "naam nahi pata, bas Bilal bhai kehte the")
	require.Equal(t, "Bilal bhai", res.State.Draft.Answers["recruiter"])
	for _, s := range []string{"that's the one he calls me from", "اسی نمبر سے تو فون آتا تھا", "یہ والا تو اب بند ملتا ہے"} {
		res := stepsAt(e, flows.NodeReportPhones, "en", s)
		require.Equal(t, "+923001234567", res.State.Draft.Answers["phones"], s)
	}
}

// A daughter abroad, the writer at home: "سعودیہ، بیٹی وہاں ہے میں یہاں
// ملتان میں" answers where she is (C124-022); and a question asked while
// a check waits for the agent's details, that tells nothing new ("mera
// naam kahan se aya?", C128-007), is answered, not checked.
func TestWhereTheOneInNeedIsAndAQuestionAtTheCheck(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeMenu, "ur", "میری بیٹی سعودیہ میں گھر کا کام کرتی ہے، مدام مارتی ہے اور کمرے میں بند کر دیتی ہے۔ کل رات روتے ہوئے وائس نوٹ بھیجا",
		"نہیں", "سعودیہ، بیٹی وہاں ہے میں یہاں ملتان میں")
	require.Equal(t, "abroad", res.State.Draft.Answers["where"])
	res = stepsAt(e, flows.NodeMenu, "ur-Latn", "ye number asli h ya nahi? 0311 5540987 se call ayi thi k aap ka naam Japan ki list me aa gya h, registration k liye 12000 bhejo",
		"maine to kabhi japan k liye apply hi nahi kiya, mera naam kahan se aya?")
	require.Equal(t, flows.NodeVerify, res.State.Node)
	for _, ef := range res.Effects {
		require.NotEqual(t, flows.EffectCreateReport, ef.Kind)
	}
}

// A plea beside a scam named, money paid and no danger ("pls help got
// scammed. … paid 40k easypaisa then he blokd me", C135-016) is the agent's
// report; a daughter unpaid for eight months in a house (C135-017,
// "آٹھ مہینے سے پیسے نہیں دیے") is help.
func TestScamPleaReportAndUnpaidMaidHelp(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeMenu, "en", "pls help got scammed. agent askd 1.2 lac for malaysia plantation job, paid 40k easypaisa then he blokd me")
	require.Equal(t, flows.KindReport, res.State.Draft.Kind)
	res = stepsAt(e, flows.NodeMenu, "ur", "میں اپنی بیٹی کے لیے بات کر رہی ہوں، یہ میرا بیٹا لکھ رہا ہے۔ بیٹی اسلام آباد میں ایک گھر میں کام کرتی ہے، آٹھ مہینے سے پیسے نہیں دیے")
	require.Equal(t, flows.KindHelp, res.State.Draft.Kind)
	// a plea and a loss, with no word of the scam, still asks for help
	// first (C-010)
	res = stepsAt(e, flows.NodeMenu, "en", "I need some help. An agent took 4 lakh from me for a Saudi visa")
	require.Equal(t, flows.KindHelp, res.State.Draft.Kind)
}

// Round five's answers: no advert to send is said in many ways (A55-A59,
// seven answers) and the questions begin; "not yet, the fee comes after
// the interview" asked nothing so far; "I stopped before sending
// anything" paid nothing; "میرا نام کسی کو پتہ نہ چلے، بس شکایت آگے کر
// دیں" keeps the writer anonymous, where "han rabta kr lo pr naam kisi ko
// mat batana" (C22-028) lets an officer call.
func TestNoAdvertPutOffAndAnonymity(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, s := range []string{"اشتہار تو میرے پاس نہیں، اس نے زبانی بتایا تھا", "screenshot dhoond raha hun... nai mil raha, chhoro isko",
		"اشتہار تو بھائی کے فون میں تھا، وہ ابھی گھر پر نہیں ہے", "ye wala chhor dein, ad mere paas save nahi", "اس نے صرف فون پر بات کی تھی، لکھا ہوا کچھ نہیں ہے"} {
		require.NotEqual(t, flows.NodeReportOffer, stepsAt(e, flows.NodeReportOffer, "ur", s).State.Node, s)
	}
	for _, s := range []string{"not yet, he said the fee comes after the interview", "abhi nai manga, bola pehle interview hoga"} {
		require.Equal(t, "none", stepsAt(e, flows.NodeReportMoney, "en", s).State.Draft.Answers["money_asked"], s)
	}
	require.Equal(t, "yes", stepsAt(e, flows.NodeReportMoney, "en", "no, they asked but I didn't pay").State.Draft.Answers["money_asked"])
	for _, s := range []string{"luckily I stopped before sending anything", "dene wala tha lekin shak ho gaya to rok liya", "شکر ہے، دینے سے پہلے ہی شک ہو گیا تھا"} {
		require.Equal(t, "no", stepsAt(e, flows.NodeReportPaid, "en", s).State.Draft.Answers["paid"], s)
	}
	require.Equal(t, "no", stepsAt(e, flows.NodeReportConsent, "ur", "میرا نام کسی کو پتہ نہ چلے، بس شکایت آگے کر دیں").State.Draft.Answers["consent"])
	require.Equal(t, "yes", stepsAt(e, flows.NodeReportConsent, "ur-Latn", "han rabta kr lo pr naam kisi ko mat batana").State.Draft.Answers["consent"])
}

// "kisi ko na batana plz" asked for consent keeps the writer anonymous
// (A53-0196), it skips nothing.
func TestTellNoOneIsAnonymous(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, s := range []string{"kisi ko na batana plz", "kisi ko na batana"} {
		require.Equal(t, "no", stepsAt(e, flows.NodeReportConsent, "ur-Latn", s).State.Draft.Answers["consent"], s)
	}
}
