package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// A name answer that says where he posts and the name he gave is a name,
// not only where the offer was seen (C224-002 was asked again).
func TestNameGivenBesideThePlatform(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for locale, s := range map[string]string{
		"ur":      "ٹک ٹاک پر آئی ڈی تھی الراجحی جابز آفیشل، واٹس ایپ پر اپنا نام عمران بتایا",
		"ur-Latn": "tiktok pe id thi Alrajhi Jobs Official, whatsapp pe apna naam Imran bataya",
	} {
		res := stepsAt(e, flows.NodeReportRecruiter, locale, s)
		require.Equal(t, flows.NodeReportPhones, res.State.Node, s)
		require.NotEmpty(t, sentAnswers(res)["recruiter"], s)
	}
	// where it was seen, and no name, is still no name
	res := stepsAt(e, flows.NodeReportRecruiter, "ur-Latn", "facebook pe dekha tha")
	require.Empty(t, sentAnswers(res)["recruiter"])
}

// Typed answers first heard in A88: a status asked in other words, an
// offer with no advert, "that was everything", a family group, a wish to
// stay unknown, "chhoro rehne do sab", a number's question left.
func TestTypedAnswersA88(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeMenu, "en", "i already sent u details abt the saudi driver job last week, nobody got back to me")
	require.Equal(t, flows.NodeMenu, res.State.Node)
	require.Nil(t, res.State.Draft)
	for _, s := range []string{"there's no written ad, he only told me all this over the phone", "abhi nai hai mere pas ad, bhai k phone me hai wo sham ko aye ga",
		"I think that was everything, not sure if the second screenshot went through", "screenshot bhej diya, shayad wohi kafi hai"} {
		require.NotEqual(t, flows.NodeReportOffer, stepsAt(e, flows.NodeReportOffer, "en", s).State.Node, s)
	}
	require.Equal(t, "whatsapp", sentAnswers(stepsAt(e, flows.NodeReportSeen, "en", "my brother-in-law forwarded it in the family group"))["seen"])
	for _, s := range []string{"I'd rather stay unknown, my family still lives in the same village as him", "don't tell anyone this came from me"} {
		require.Equal(t, "no", sentAnswers(stepsAt(e, flows.NodeReportConsent, "en", s))["consent"], s)
	}
	res = stepsAt(e, flows.NodeReportSummary, "ur-Latn", "chhoro rehne do sab")
	require.Equal(t, flows.NodeMenu, res.State.Node)
	require.False(t, created(res))
	require.Equal(t, flows.NodeReportCountry, stepsAt(e, flows.NodeReportPhones, "ur", "اس نمبر والی بات چھوڑیں").State.Node)
}

// Money asked: "yes, but not how much yet" is a yes; "no such thing, only
// papers" and "not yet, they'll say when the visa comes" are no; a sum
// not remembered is still not known (A9-0132).
func TestMoneyAskedInOtherWords(t *testing.T) {
	t.Parallel()
	e := realEngine()
	require.Equal(t, "yes", sentAnswers(stepsAt(e, flows.NodeReportMoney, "en", "yes, but they didn't say how much yet, they'll tell after the interview"))["money_asked"])
	for _, s := range []string{"ایسی کوئی بات نہیں ہوئی، بس کاغذ مانگے تھے", "ابھی تک نہیں، کہا ہے ویزا آنے پر بتائیں گے"} {
		require.Equal(t, "none", sentAnswers(stepsAt(e, flows.NodeReportMoney, "ur", s))["money_asked"], s)
	}
	require.Empty(t, sentAnswers(stepsAt(e, flows.NodeReportMoney, "ur", "صحیح رقم یاد نہیں"))["money_asked"])
}

// "my father handed him cash at the office, around 3 lakh I think" paid
// 3 lakh in cash; a guess at the sum is no doubt about the payment.
func TestHandedCashIsPaid(t *testing.T) {
	t.Parallel()
	a := sentAnswers(stepsAt(realEngine(), flows.NodeReportPaid, "en", "my father handed him cash at the office, around 3 lakh I think"))
	require.Equal(t, "yes", a["paid"])
	require.Equal(t, "Rs 3,00,000", a["paid_amount"])
	require.Equal(t, "cash", a["paid_how"])
}

// At the summary, a doubt about one answer with its value changes it
// ("not sure about the country part, it might be Oman").
func TestSummaryDoubtAboutAPart(t *testing.T) {
	t.Parallel()
	e := realEngine()
	st := flows.AtQuestion(flows.NodeReportSummary, "en")
	st.Draft.Answers["country"] = "UAE"
	res := e.Step(st, flows.Input{Text: "mostly ok... actually not sure about the country part, it might be Oman", MessageID: 1}, t0)
	require.Equal(t, "Oman", sentAnswers(res)["country"])
}

// How to be reached: a call asked for, with who we are kept from whoever
// else picks up, is discreet (A88-0302); "I will delete chat" after the
// phones are checked is the writer's care, no wish to erase (C228-016).
func TestContactCareSaidAsACondition(t *testing.T) {
	t.Parallel()
	e := realEngine()
	require.Equal(t, "discreet", sentAnswers(stepsAt(e, flows.NodeHelpContact, "en", "call me, but don't say who you are if someone else picks up"))["contact"])
	res := stepsAt(e, flows.NodeHelpContact, "en", "only here on telegram, they check our phones sometimes, i will delete chat")
	require.NotEqual(t, flows.NodeErase, res.State.Node)
	require.NotEmpty(t, sentAnswers(res)["contact"])
	require.Equal(t, flows.NodeErase, stepsAt(e, flows.NodeMenu, "en", "please delete my chat").State.Node)
}

// Asked whether to erase: "I might need it later, so don't" is no; "میرا
// خیال ہے مٹا دینا ہی بہتر ہے" is yes.
func TestEraseInOtherWords(t *testing.T) {
	t.Parallel()
	e := realEngine()
	require.False(t, erased(stepsAt(e, flows.NodeErase, "en", "I might need it later, so don't")))
	require.True(t, erased(stepsAt(e, flows.NodeErase, "ur", "میرا خیال ہے مٹا دینا ہی بہتر ہے")))
	require.False(t, erased(stepsAt(e, flows.NodeErase, "ur", "نہیں، مٹانا بہتر نہیں")))
}

// A complaint asked for in words at the start, then the firm and its
// licence: the complaint goes on, not a check (C228-005 ended at verify);
// the firm's short name, answered later, is the whole one sent before.
func TestComplaintThenItsLicence(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeMenu, "ur", "راولپنڈی کی ایک لائسنس یافتہ کمپنی کے خلاف شکایت درج کروانی ہے",
		"الفلاح اوورسیز ایمپلائمنٹ پرموٹرز، کمیٹی چوک۔ لائسنس ۳۱۴۵/RWP")
	require.Equal(t, flows.NodeReportOffer, res.State.Node)
	require.Equal(t, flows.KindReport, kindOf(res))
	// without the wish said, a licence alone is a check
	res = stepsAt(e, flows.NodeMenu, "ur", "الفلاح اوورسیز ایمپلائمنٹ پرموٹرز، کمیٹی چوک۔ لائسنس ۳۱۴۵/RWP")
	require.NotEqual(t, flows.KindReport, kindOf(res))
	st := flows.AtQuestion(flows.NodeReportRecruiter, "ur")
	st.Draft.Texts = []string{"الفلاح اوورسیز ایمپلائمنٹ پرموٹرز، کمیٹی چوک۔ لائسنس ۳۱۴۵/RWP"}
	res = e.Step(st, flows.Input{Text: "الفلاح اوورسیز، مالک چوہدری نعیم اختر ہیں", MessageID: 1}, t0)
	require.Equal(t, "الفلاح اوورسیز ایمپلائمنٹ پرموٹرز", sentAnswers(res)["recruiter"])
}

// Told how a payment went, in parts whose second has no unit ("pehle 3
// lakh phir 2.5"): the parts of the sum paid, which stands (C228-006).
func TestPaidInPartsWithTheUnitCarried(t *testing.T) {
	t.Parallel()
	st := flows.AtQuestion(flows.NodeReportPaidHow, "ur-Latn")
	st.Draft.Answers["money_asked"], st.Draft.Answers["paid"], st.Draft.Answers["paid_amount"] = "Rs 5,50,000", "yes", "Rs 5,50,000"
	res := realEngine().Step(st, flows.Input{Text: "Meezan bank se uske account me transfer kiya, pehle 3 lakh phir 2.5", MessageID: 1}, t0)
	require.Equal(t, "Rs 5,50,000", sentAnswers(res)["paid_amount"])
	require.Equal(t, "bank", sentAnswers(res)["paid_how"])
}

// Someone of theirs there now, made to pay more to stay ("ab agent ka
// banda work visa k 3 lakh aur maang raha h" of a son in a Dubai room), is
// helped first (C230-032).
func TestThereNowAndMadeToPayMoreIsHelped(t *testing.T) {
	t.Parallel()
	res := stepsAt(realEngine(), flows.NodeMenu, "ur-Latn", "mera beta dubai me visit visa pe gaya tha agent ne kaha tha wahan job mil jaye gi. 2 mahine ho gaye koi job nai, ek kamre me 12 larko k sath h, ab agent ka banda work visa k 3 lakh aur maang raha h")
	require.Equal(t, flows.KindHelp, kindOf(res))
	// asked to report, it is the report
	res = stepsAt(realEngine(), flows.NodeMenu, "ur-Latn", "agent ki shikayat karni hai. mera beta dubai me visit visa pe gaya tha, ab agent ka banda work visa k 3 lakh aur maang raha h")
	require.Equal(t, flows.KindReport, kindOf(res))
}

// Told how one paid where the documents were asked, the answer is noted
// and the documents asked again once (C231-013 had both twice).
func TestNotedElsewhereSaidOnce(t *testing.T) {
	t.Parallel()
	st := flows.AtQuestion(flows.NodeReportDocs, "ur-Latn")
	st.Draft.Answers["paid"], st.Draft.Answers["paid_amount"], st.Draft.Answers["paid_how"] = "yes", "Rs 85,000", "easypaisa"
	res := realEngine().Step(st, flows.Input{Text: "easypaisa se, 2 dafa", MessageID: 1}, t0)
	require.Len(t, res.Replies, 2, joinReplies(res))
}

// At the summary, a sum it shows asked after and found right is a yes
// ("aap ne 85 likha na? theek h", C231-013); another sum is a change.
func TestSummarySumCheckedThenYes(t *testing.T) {
	t.Parallel()
	e := realEngine()
	st := flows.AtQuestion(flows.NodeReportSummary, "ur-Latn")
	st.Draft.Answers["paid"], st.Draft.Answers["paid_amount"] = "yes", "Rs 85,000"
	require.True(t, created(e.Step(st, flows.Input{Text: "aap ne 85 likha na? theek h", MessageID: 1}, t0)))
	st = flows.AtQuestion(flows.NodeReportSummary, "ur-Latn")
	st.Draft.Answers["paid"], st.Draft.Answers["paid_amount"] = "yes", "Rs 85,000"
	require.False(t, created(e.Step(st, flows.Input{Text: "aap ne 75 likha na? 85 tha", MessageID: 1}, t0)))
}

// Asked for the person behind a firm read from the offer, "I wrote it
// above" when no one was named says so and asks again; the firm is no
// answer to it (C216-013).
func TestPersonAskedNotToldAbove(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeMenu, "en", "I need to report an agent. Skyline Careers in Johar Town sent my friend to Thailand for a job, they took 6 lakh cash",
		"done", "yes", "a whatsapp job post", "yes", "yes", "cash at the office", "his passport")
	require.Contains(t, joinReplies(res), "person you dealt with", joinReplies(res))
	res = e.Step(res.State, flows.Input{Text: "I wrote it above", MessageID: 20}, t0)
	require.NotContains(t, joinReplies(res), "Skyline Careers", joinReplies(res))
	require.Equal(t, flows.NodeReportRecruiter, res.State.Node)
}

// Typed answers first heard in A89: a sum paid not known is still paid,
// "they did" asked about money, a name never got, a place kept back, a
// scam compound's work, wages not to be asked about, "my own", reached
// only when online, "get rid of it all".
func TestTypedAnswersA89(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, s := range []string{"kuch paise diye the yaad nahi kitne", "paise bheje the, pata nahi kitne"} {
		require.Equal(t, "yes", sentAnswers(stepsAt(e, flows.NodeReportPaid, "ur-Latn", s))["paid"], s)
	}
	for _, s := range []string{"pata nahi diye ya nahi", "I think my brother paid something but I'm not sure how much"} {
		require.Equal(t, "unknown", sentAnswers(stepsAt(e, flows.NodeReportPaid, "ur-Latn", s))["paid"], s)
	}
	require.Equal(t, "yes", sentAnswers(stepsAt(e, flows.NodeReportMoney, "en", "they did, can't remember the exact figure"))["money_asked"])
	res := stepsAt(e, flows.NodeReportRecruiter, "en", "never got a name, only a whatsapp number")
	require.Equal(t, flows.NodeReportPhones, res.State.Node)
	require.Empty(t, sentAnswers(res)["recruiter"])
	res = stepsAt(e, flows.NodeHelpPlace, "en", "better if I don't say")
	require.Empty(t, sentAnswers(res)["place"])
	require.Equal(t, "forced_work", sentAnswers(stepsAt(e, flows.NodeHelpWhat, "en", "we have to sit on computers and cheat people, they don't let us stop"))["situation"])
	require.Equal(t, "unpaid", sentAnswers(stepsAt(e, flows.NodeHelpWhat, "ur-Latn", "tankhwa ka to pucho hi mat, 3 mahine ho gaye"))["situation"])
	require.Equal(t, "self", sentAnswers(stepsAt(e, flows.NodeHelpWhom, "ur", "میرے اپنے ساتھ ہو رہا ہے"))["whom"])
	require.Equal(t, "discreet", sentAnswers(stepsAt(e, flows.NodeHelpContact, "ur", "جب میں آن لائن ہوں تب ہی، ورنہ خطرہ ہے"))["contact"])
	require.True(t, erased(stepsAt(e, flows.NodeErase, "en", "just get rid of it all")))
}
