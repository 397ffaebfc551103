package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Openings found in the forty-fifth session (C457–C464): a forged contract
// and visa handed over, told with "ab kya karein" and a yes-like "hain",
// are the agent's report (C461-011 opened help: the "hain" read as money
// paid); one back home after a smuggler's route, asking "ab kya ho sakta
// h?", is helped (C461-023 opened a report); "is there officer i can talk
// on phone" asks for a person (C463-026 opened a report).
func TestSession45Openings(t *testing.T) {
	t.Parallel()
	e := realEngine()
	requireOpens(t, e, flows.KindReport,
		"assalamualaikum, hamein agent ne Malaysia ka job contract aur visa diya tha, protector office gaye to unho ne kaha ye contract aur visa dono fake hain. ab kya karein",
		// money lost to an agent at home, then what can be done: still the
		// agent's report (A124-0001)
		"an agent in Kharian took 3 lakh from my cousin for a Saudi visa and now his phone is off. what can be done about this?")
	requireOpens(t, e, flows.KindHelp,
		"salam. 2023 me dunki laga k Libya gaya tha, wahan 8 mahine jail me raha, ab wapis ghar Gujranwala aa gaya hun. agent ne 25 lakh liye the. ab kya ho sakta h?")
	requireOpens(t, e, flows.KindHuman,
		"hello is there officer i can talk on phone. my english typing is slow. its about my sons agent in gujrat",
		"is there any human i can speak with")
	// a message sent by mistake is no wish to erase (A5-0006, A100-0014)
	for _, s := range []string{"nothing, sent this by mistake", "کچھ نہیں، غلطی سے لکھ دیا"} {
		require.Equal(t, flows.NodeMenu, stepsAt(e, flows.NodeMenu, "en", s).State.Node, s)
	}
}

// Whether "it" is the government's, asked after telling of a page that
// calls itself so, asks to check the page, not who we are (C458-031 was
// answered who we are, twice, and never checked).
func TestSession45OfficialPage(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := playFrom(e, "fb pe ek page h 'Overseas Jobs Govt Pakistan Official', blue tick b nai. wo saudi k liye bharti kr rahe", "ye sarkari h k nahi?")
	require.Equal(t, flows.KindVerify, res.State.Draft.Kind)
	// asked alone, it is still who we are
	res = playFrom(e, "ye sarkari h k nahi?")
	require.NotEqual(t, flows.NodeVerify, res.State.Node)
}

// After a failed reference, "did anyone contact the agent?" asks a
// report's status (C458-032 began a report); asked to erase, papers sent
// by mistake are why (C458-036 kept all).
func TestSession45StatusAndErase(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := playFrom(e, "میں نے پچھلے ہفتے شکایت درج کی تھی، نمبر HSY-Q8W3NA ملا تھا", "کیا کسی نے ایجنٹ سے رابطہ کیا؟ وہ اب بھی لوگوں سے پیسے لے رہا ہے")
	require.Equal(t, flows.NodeMenu, res.State.Node)
	require.Nil(t, res.State.Draft)
	res = playFrom(e, "میری معلومات مٹا دیں", "غلطی سے بھیج دی تھیں، شناختی کارڈ نمبر بھی لکھ دیا تھا")
	require.True(t, erased(res))
	require.False(t, erased(stepsAt(e, flows.NodeErase, "ur-Latn", "nai nai galti se dab gaya")))
}

// Sums: a total revised ("at first … now it has become", "first they
// said … now they say", "pehle … bola, ab …") is the later one, not the
// two added (C464-008 kept the first; "pehle bola 5 lakh phr 6 lakh kr
// diya" was stored as 11 lakh); more asked on top is still added
// (C227-004, C291-005); a rest for later that opens with "baqi" leaves
// the part paid (C464-020 stored the rest as paid).
func TestSession45Sums(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []answerCase{
		{flows.NodeReportMoney, "en", "They said 1.8 lakh total at first, now it has become 2.5 lakh total. I have paid 2.1 and they want remaining 40 before protector",
			map[string]string{"money_asked": "Rs 2,50,000", "paid_amount": "Rs 2,10,000"}},
		{flows.NodeReportMoney, "en", "first they said 3 lakh, now they say 4 lakh", map[string]string{"money_asked": "Rs 4,00,000"}},
		{flows.NodeReportMoney, "ur-Latn", "pehle 3 lakh bola, ab 4 lakh", map[string]string{"money_asked": "Rs 4,00,000"}},
		{flows.NodeReportMoney, "ur-Latn", "pehle bola 5 lakh phr 6 lakh kr diya", map[string]string{"money_asked": "Rs 6,00,000"}},
		{flows.NodeReportMoney, "ur", "پہلے کہا 3 لاکھ پھر 4 لاکھ کر دیا", map[string]string{"money_asked": "Rs 4,00,000"}},
		{flows.NodeReportMoney, "ur-Latn", "pehle 18 hazar visa fee phir 22 hazar medical ka", map[string]string{"money_asked": "Rs 40,000"}},
		{flows.NodeReportMoney, "en", "3,40,000 at first and now 90,000 more", map[string]string{"money_asked": "Rs 4,30,000"}},
		{flows.NodeReportMoney, "ur", "پہلے ۱۸۵۰۰ پروسیسنگ کے مانگے وہ جیز کیش کر دیے، اب کہتے ہیں ویزا اسٹیمپنگ کے ۴۵۰۰۰ اور بھیجو", map[string]string{"money_asked": "Rs 63,500"}},
		{flows.NodeReportMoney, "ur-Latn", "total 5 lakh, 1.5 advance diye baqi 3.5 visa k baad", map[string]string{"money_asked": "Rs 5,00,000", "paid_amount": "Rs 1,50,000"}},
	} {
		c.check(t, e)
	}
}

// Asked how a payment already said was made: a "no" that only takes back
// a sum, or a receipt not given ("rcpt ni di"), says nothing against the
// payment (C461-001, C461-004 stored "Paid: No"); "we went both times"
// is no "all of it" (C463-023 stored the whole sum asked as paid).
func TestSession45PaidHow(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		given      map[string]string
		text       string
		want, none map[string]string
	}{
		{map[string]string{"paid": "yes", "money_asked": "Rs 1,20,000"},
			"nahi 35 nahi, 45 hazar. 35 pehle file charges k naam pe phir 10 aur medical k. dono jazzcash, Imran Ali k naam ka account tha",
			map[string]string{"paid": "yes", "paid_amount": "Rs 45,000", "paid_how": "jazzcash"}, nil},
		{map[string]string{"paid": "yes", "money_asked": "Rs 3,50,000", "paid_amount": "Rs 3,50,000"},
			"cash diya office me 2 dafa me, rcpt ni di", map[string]string{"paid": "yes", "paid_how": "cash"}, nil},
		{map[string]string{"paid": "yes", "money_asked": "Rs 12,00,000"},
			"Cash in his office, my father and I went both times", map[string]string{"paid": "yes", "paid_how": "cash"}, map[string]string{"paid_amount": ""}},
	} {
		res := atWith(t, flows.NodeReportPaidHow, "ur-Latn", c.text, c.given)
		got := sentAnswers(res)
		for k, v := range c.want {
			require.Equal(t, v, got[k], "%q: %s", c.text, k)
		}
		for k := range c.none {
			require.Empty(t, got[k], "%q: %s", c.text, k)
		}
	}
}

// Names: two men joined by "aur", "and", "اور" are the first and the one
// beside him (C464-020 kept "Kashif Nadeem aur Rana Imtiaz" whole); money
// named by the way, asked the agent's name, is no answer to how much
// (C464-020 stored "asked, sum unknown" and never asked the sum).
func TestSession45Names(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []answerCase{
		{flows.NodeReportRecruiter, "ur-Latn", "Kashif Nadeem aur Rana Imtiaz", map[string]string{"recruiter": "Kashif Nadeem"}},
		{flows.NodeReportRecruiter, "en", "Kashif Nadeem and Rana Imtiaz", map[string]string{"recruiter": "Kashif Nadeem"}},
		{flows.NodeReportRecruiter, "ur", "کاشف ندیم اور رانا امتیاز", map[string]string{"recruiter": "کاشف ندیم"}},
		{flows.NodeReportRecruiter, "en", "Al Noor Travel and Tours", map[string]string{"recruiter": "Al Noor Travel and Tours"}},
		{flows.NodeReportRecruiter, "ur", "نام یاد نہیں، بس داڑھی والا تھا اور گوجرانوالہ کا تھا", map[string]string{"recruiter": ""}},
		{flows.NodeReportRecruiter, "ur-Latn", "2 log hain. Kashif Nadeem Sargodha wala, paise wo leta h. uska boss Rana Imtiaz Lahore me hota h, usne phone pe tasalli di thi",
			map[string]string{"money_asked": ""}},
	} {
		c.check(t, e)
	}
}

// Consent: a yes with a care for someone else or for a time, or with "we
// are not afraid", is a yes (C458-009, C463-014, C464-023 stored no and
// kept the writer's contact from the officer); a plain refusal is still
// no. Wanting the money back is money taken (C461-023).
func TestSession45Consent(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []answerCase{
		{flows.NodeReportConsent, "ur", "جی میرا نام لکھ لیں، ہم نہیں ڈرتے", map[string]string{"consent": "yes"}},
		{flows.NodeReportConsent, "ur", "مجھ سے بات کریں، بیٹے کو ابھی نہ بتائیں", map[string]string{"consent": "yes"}},
		{flows.NodeReportConsent, "en", "u can sms me but dont call in evening when he is home", map[string]string{"consent": "yes"}},
		{flows.NodeReportConsent, "en", "no dont call me", map[string]string{"consent": "no"}},
		{flows.NodeReportConsent, "ur", "نہیں، رابطہ نہ کریں", map[string]string{"consent": "no"}},
		{flows.NodeHelpWhat, "ur-Latn", "paise wapis chahiye", map[string]string{"situation": "money_taken"}},
		{flows.NodeHelpWhat, "ur", "بس اپنے پیسے واپس چاہیے", map[string]string{"situation": "money_taken"}},
		{flows.NodeHelpWhat, "en", "I just want my money back", map[string]string{"situation": "money_taken"}},
		// a name quoted among words written small is the name (C464-010)
		{flows.NodeReportRecruiter, "ur-Latn", "ad pe koi company ka naam nai. bhai se kisi 'Mr Kevin' ne english me baat ki, aur Pakistan me Adnan naam ka banda coordinator bana hua h",
			map[string]string{"recruiter": "Mr Kevin", "recruiter_also": "Adnan"}},
	} {
		c.check(t, e)
	}
}

// Asked who they are, a question whether the sum already told is fair is
// answered, and the question stands (C462-026 sent the question to OEC
// as the thing to check, then began a second check without the number).
func TestSession45VerifyFeeQuestion(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := playFrom(e, "Can you check if this number belongs to a real recruiter? +92 331 7702468. They messaged offering a Qatar hospital job (ward assistant) and asked 95k for visa",
		"Is 95k normal for a Qatar visa or too much?")
	require.Equal(t, flows.NodeVerify, res.State.Node)
	require.Contains(t, joinReplies(res), texts.T("en", "aside_legal_fee", nil))
	require.False(t, hasEffect(res, flows.EffectCreateReport))
}

// Found in C465–C468: held in a scam company once, asking what help there
// is, is a plea (C466-022 opened a report: "scam" read as a wish to report);
// a licence number told in an account of money asked is no wish to check
// the firm (C468-014 opened a check).
func TestSession45LaterOpenings(t *testing.T) {
	t.Parallel()
	e := realEngine()
	requireOpens(t, e, flows.KindHelp,
		"I was in a scam company in Cambodia last year, came back in March with help of embassy. Now the agent who sent me is roaming free in Lahore and my family is still paying the loan. What help can I get?")
	requireOpens(t, e, flows.KindReport,
		"کراچی میں ایک لائسنس والی او ای پی ہے، لائسنس نمبر دفتر میں لگا ہے ۱۸۷۶/KHI۔ بحرین کی نوکری ہے پر ڈھائی لاکھ نقد مانگ رہے ہیں اور رسید کا کہو تو کہتے ہیں رسید صرف سرکاری فیس کی ملے گی",
		"I want to report a scam company in Lahore that took 2 lakh from my brother for Dubai")
	requireOpens(t, e, flows.KindVerify, "یہ لائسنس نمبر ۱۸۷۶/KHI ہے، کیا یہ کمپنی اصلی ہے؟")
}

// Papers: papers joined by "or" under a denial were none of them sent
// (C468-001 stored both). Short sums in the
// unit of the writer's own account: "2.5 mange si, 1.5 de dite" after
// "1.5 lakh lai lye" (Punjabi) is 2.5 lakh asked, 1.5 lakh paid (C467-022
// stored "asked, sum unknown").
func TestSession45PapersAndShortSums(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []answerCase{
		{flows.NodeReportDocs, "en", "he didnt send the cnic or passport either", map[string]string{"documents": "none"}},
		{flows.NodeReportDocs, "ur-Latn", "passport ya cnic kuch nahi diya", map[string]string{"documents": "none"}},
		{flows.NodeReportDocs, "ur", "پاسپورٹ یا شناختی کارڈ کچھ نہیں دیا", map[string]string{"documents": "none"}},
		{flows.NodeReportDocs, "en", "didnt give passport, only cnic copy", map[string]string{"documents": "cnic"}},
		{flows.NodeReportDocs, "en", "passport and cnic both given, nothing else", map[string]string{"documents": "both"}},
	} {
		c.check(t, e)
	}
	res := playFrom(e, "ek banda sialkot ch bina licence de lokan nu malaysia bhej reya e. mere kolon vi 1.5 lakh lai lye",
		"kehnda si malaysia factory ch kaam 1800 ringgit. visit visa te jao othe work permit ho jauga. koi office nai, mobile di dukan e ohdi. licence da puchya te hass piya",
		"bas", "nahi", "mohalle ka h, dukan pe mila", "Imran Butt", "0302 7719354", "malaysia", "2.5 mange si, 1.5 de dite baqi othe pohanch ke dene si")
	require.Equal(t, "Rs 2,50,000", sentAnswers(res)["money_asked"])
	require.Equal(t, "Rs 1,50,000", sentAnswers(res)["paid_amount"])
}
