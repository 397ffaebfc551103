package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// An advert shared "so you can check" is a tip to act on, a report, not
// a request to check a recruiter (C177-017 went to verify and was
// stuck); a contract that names another job than the one promised, told
// by a father at home, is a report too (C177-014 went to help).
func TestSharedToCheckAndContractSwapAreReports(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text string }{
		{"en", "Hi, saw a TikTok video from a consultancy selling Poland work permits. Looks fishy to me, sharing so you can check"},
		{"ur-Latn", "ye ad share kr rha hun taake ap check kr lo, Dubai ki job 3 lakh advance"},
		{"ur", "یہ اشتہار شیئر کر رہا ہوں تاکہ آپ چیک کر لیں، دبئی کی نوکری تین لاکھ ایڈوانس"},
		{"ur-Latn", "Assalam o alaikum mai apne bete ki taraf se likh raha hun. Rawalpindi ki ek company ne Saudi ka electrician ka visa kaha tha, ab contract me cleaner likha h"},
	} {
		res := stepsAt(e, flows.NodeMenu, c.lang, c.text)
		require.NotNil(t, res.State.Draft, c.text)
		require.Equal(t, flows.KindReport, res.State.Draft.Kind, c.text)
	}
	res := stepsAt(e, flows.NodeMenu, "en", "can you check this agent for me, Al Noor Travels")
	require.NotEqual(t, flows.KindReport, res.State.Draft.Kind)
}

// Sums paid in parts, each with its own verb, add up ("۳ لاکھ بھائی نے
// دیے اور ۵۰ ہزار میں نے بعد میں دیے", C176-011 kept 3 lakh); a "later"
// with a payment told in the past is no "not yet".
func TestPartsEachPaidAddUp(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text, want string }{
		{"ur", "جی، ۳ لاکھ بھائی نے دیے اور ۵۰ ہزار میں نے بعد میں دیے", "Rs 3,50,000"},
		{"ur-Latn", "bhai ne 2 lakh diye, maine 50 hazar bheje", "Rs 2,50,000"},
	} {
		a := sentAnswers(stepsAt(e, flows.NodeReportPaid, c.lang, c.text))
		require.Equal(t, flows.ChoiceYes, a["paid"], c.text)
		require.Equal(t, c.want, a["paid_amount"], c.text)
	}
	a := sentAnswers(stepsAt(e, flows.NodeReportPaid, "ur-Latn", "1 lakh diye, baqi 50 hazar baad me denge"))
	require.Equal(t, flows.ChoiceYes, a["paid"])
	require.Equal(t, "Rs 1,00,000", a["paid_amount"])
}

// "جی دو لاکھ... نہیں معاف کرنا، دو نہیں ڈھائی لاکھ": the "no" corrects a
// sum, so the payment stands, at the corrected sum (C178-003 stored "not
// paid"); a payment taken back stays taken back.
func TestSumCorrectedInWordsStaysPaid(t *testing.T) {
	t.Parallel()
	e := realEngine()
	a := sentAnswers(stepsAt(e, flows.NodeReportPaid, "ur", "جی دو لاکھ... نہیں معاف کرنا، دو نہیں ڈھائی لاکھ۔ پچاس ہزار بعد میں میڈیکل کے نام پر لیے تھے"))
	require.Equal(t, flows.ChoiceYes, a["paid"])
	require.Equal(t, "Rs 2,50,000", a["paid_amount"])
	a = sentAnswers(stepsAt(e, flows.NodeReportPaid, "ur-Latn", "ji 2 lakh... nahi sorry, nahi diye abhi"))
	require.Equal(t, flows.ChoiceNo, a["paid"])
}

// What others paid is not the payment asked about ("my grandson did not
// pay. The other boys paid 2 to 4 lakh each", C176-013 stored yes); a
// passport kept by its owner was not handed over, though asked for.
func TestOthersPaidAndPassportKept(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text string }{
		{"en", "Thank God my grandson did not pay. The other boys paid 2 to 4 lakh each, in cash"},
		{"ur-Latn", "nahi mere bete ne nahi diye, baqi larkon ne 2 2 lakh diye"},
	} {
		require.Equal(t, flows.ChoiceNo, sentAnswers(stepsAt(e, flows.NodeReportPaid, c.lang, c.text))["paid"], c.text)
	}
	require.Equal(t, flows.ChoiceYes, sentAnswers(stepsAt(e, flows.NodeReportPaid, "en", "my son and the other boys paid 2 lakh each"))["paid"])
	for _, c := range []struct{ lang, text, want string }{
		{"en", "No, the grandson kept his passport. He asked for it but I refused", "none"},
		{"ur-Latn", "nahi, passport maine apne paas rakha. usne manga tha par nahi diya", "none"},
		{"en", "Only his passport copy. They asked CNIC also but my son had not sent it yet", "passport"},
	} {
		require.Equal(t, c.want, sentAnswers(stepsAt(e, flows.NodeReportDocs, c.lang, c.text))["documents"], c.text)
	}
}

// A name written in a source and given as such ("ای میل میں لکھا تھا
// گلف اسٹار ریکروٹمنٹ ایجنسی", C176-002 kept the words before it); a
// man named "along with" the agent by his role ("ساتھ ان کا منشی فیصل",
// C177-021 kept the whole clause).
func TestNameWrittenInASourceAndManAlong(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text, want string }{
		{"ur", "ای میل میں لکھا تھا گلف اسٹار ریکروٹمنٹ ایجنسی، جی میل والا ایڈریس تھا", "گلف اسٹار ریکروٹمنٹ ایجنسی"},
		{"ur-Latn", "email me likha tha Gulf Star Recruitment Agency, gmail wala address tha", "Gulf Star Recruitment Agency"},
	} {
		a := sentAnswers(stepsAt(e, flows.NodeReportRecruiter, c.lang, c.text))
		require.Equal(t, c.want, a["recruiter"], c.text)
		require.Empty(t, a[flows.SlotRecruiterAlso], c.text)
	}
	a := sentAnswers(stepsAt(e, flows.NodeReportRecruiter, "ur", "ملک اشفاق، ساتھ ان کا منشی فیصل"))
	require.Equal(t, "ملک اشفاق", a["recruiter"])
	require.Equal(t, "فیصل", a[flows.SlotRecruiterAlso])
}

// A document said to be with the writer or their kin was not handed
// over ("passport abhi bete k pas h, shanakhti card ki copy di h",
// C177-033 stored the passport); with them ("us k pas", "unke paas") it
// was, and so was one back with us now or stamped by them.
func TestDocumentKeptWithUs(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text, want string }{
		{"ur-Latn", "passport abhi bete k pas h, shanakhti card ki copy di h", "cnic"},
		{"ur", "پاسپورٹ بیٹے کے پاس ہے، شناختی کارڈ کی کاپی دی ہے", "cnic"},
		{"en", "passport is still with my son, gave a CNIC copy", "cnic"},
		{"ur-Latn", "passport mere paas hai", "none"},
		{"ur-Latn", "paspot to us k pas hai 2 saal se, id card ki copy b li thi", "both"},
		{"ur-Latn", "passport unke paas hai, cnic copy bhi di", "both"},
		{"ur", "پاسپورٹ اب میرے پاس ہے، شناختی کارڈ کی کاپی بھی دی تھی", "both"},
		{"ur", "پاسپورٹ ہمارے پاس ہے، مہر والا", "passport"},
	} {
		require.Equal(t, c.want, sentAnswers(stepsAt(e, flows.NodeReportDocs, c.lang, c.text))["documents"], c.text)
	}
}

// "maar peet abhi tak koi nahi": no beating so far is no violence
// (C176-019 stored violence).
func TestNoBeatingSoFar(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text string }{
		{"ur-Latn", "passport unhon ne rakh liya. maar peet abhi tak koi nahi"},
		{"ur", "پاسپورٹ رکھ لیا ہے۔ مار پیٹ ابھی تک کوئی نہیں"},
		{"en", "no beating so far, but they took his passport"},
	} {
		require.Equal(t, "passport_taken", sentAnswers(stepsAt(e, flows.NodeHelpWhat, c.lang, c.text))["situation"], c.text)
	}
}

// Details sent by mistake are a reason to erase them (C186-027: "ghalti se
// bhai ka naam aur number daal diya tha, wo naraz h" erased nothing); a
// delete pressed by mistake is still no.
func TestDataSentByMistakeErases(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text string }{
		{"ur-Latn", "ghalti se bhai ka naam aur number daal diya tha, wo naraz h"},
		{"ur", "غلطی سے بھائی کا نام اور نمبر لکھ دیا تھا"},
		{"en", "I sent my cousin's number by mistake, he is upset"},
	} {
		require.True(t, erased(stepsAt(e, flows.NodeErase, c.lang, c.text)), c.text)
	}
	for _, s := range []string{"nai nai galti se dab gaya", "sorry pressed wrong button"} {
		require.False(t, erased(stepsAt(e, flows.NodeErase, "ur-Latn", s)), s)
	}
}

// "call mat krna bas msg": only messages, no call, is to be reached with
// care (A75-0316 and six earlier answers read it as "here").
func TestOnlyMessagesIsDiscreet(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text string }{
		{"ur-Latn", "call mat krna bas msg"},
		{"ur", "کال نہ کریں، بس میسج"},
	} {
		require.Equal(t, "discreet", sentAnswers(stepsAt(e, flows.NodeHelpContact, c.lang, c.text))["contact"], c.text)
	}
	require.Equal(t, "here", sentAnswers(stepsAt(e, flows.NodeHelpContact, "ur-Latn", "bas yahan msg kar dena"))["contact"])
}
