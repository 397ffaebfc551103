package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Found in A143, A144 and C367 (first played in the thirty-ninth session):
// where the offer was seen in other words, a passport the agent "kept for
// himself", a threat after "warna" that does not hide the work forced
// before it, and a check that turns into money already paid.
func TestSession39Answers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []answerCase{
		{flows.NodeReportSeen, "ur-Latn", "wp pe msg aya tha unknown number se", map[string]string{"seen": "whatsapp"}},
		{flows.NodeReportSeen, "ur-Latn", "wo jo neeli wali app hai na, uske marketplace me", map[string]string{"seen": "facebook"}},
		// "apne paas rakh liya" by him is taken; by me, kept
		{flows.NodeReportDocs, "ur-Latn", "usne passport bhi apne paas rakh liya tha", map[string]string{"documents": "passport"}},
		{flows.NodeReportDocs, "ur", "اس نے پاسپورٹ اپنے پاس رکھ لیا", map[string]string{"documents": "passport"}},
		{flows.NodeReportDocs, "ur-Latn", "passport maine apne paas rakh liya, kuch nahi diya", map[string]string{"documents": "none"}},
		{flows.NodeReportPaid, "en", "I was about to transfer it tomorrow morning", map[string]string{"paid": "no"}},
		{flows.NodeHelpWhat, "ur", "مالک ذرا سی بات پر ہاتھ اٹھاتا ہے", map[string]string{"situation": "violence"}},
		{flows.NodeHelpWhat, "ur-Latn", "online fraud wala kaam krwa rahe hain, logon ko scam krna parta h warna maarte hain", map[string]string{"situation": "forced_work"}},
		// a beating told, not threatened, is still the beating
		{flows.NodeHelpWhat, "ur-Latn", "target pura na ho to current lagate hain aur maarte hain", map[string]string{"situation": "violence"}},
	} {
		c.check(t, e)
	}
	// a summary that learns of a passport kept corrects the papers
	res := stepsAt(e, flows.NodeReportSummary, "ur-Latn", "aur ek baat, usne passport bhi apne paas rakh liya tha")
	require.Equal(t, "passport", sentAnswers(res)["documents"])
	// "my son would know, I don't": not known, asked no more
	res = stepsAt(e, flows.NodeReportDocs, "en", "my son would know, I don't")
	require.NotEqual(t, flows.NodeReportDocs, res.State.Node)
	require.Empty(t, sentAnswers(res)["documents"])
	// "leave it all" at the summary throws the report away
	res = stepsAt(e, flows.NodeReportSummary, "ur-Latn", "nahi rehne do sab")
	require.Nil(t, res.State.Draft)
	// confused, with nothing else said: asked again, nothing stored
	res = stepsAt(e, flows.NodeHelpWhat, "ur-Latn", "kuch samajh nai a raha kya likhun")
	require.Equal(t, flows.NodeHelpWhat, res.State.Node)
	require.Empty(t, sentAnswers(res)["situation"])
}

// At the menu: a check first, and a complaint only if it fails, is a
// check; a complaint filed and no call since asks how it stands.
func TestSession39Intents(t *testing.T) {
	t.Parallel()
	e := realEngine()
	require.Equal(t, flows.NodeVerify, stepsAt(e, flows.NodeMenu, "ur", "پہلے یہ پتا کرنا ہے کہ یہ کمپنی رجسٹرڈ ہے بھی یا نہیں، اگر نہیں ہوئی تو پھر شاید شکایت بھی کروں").State.Node)
	require.True(t, intentOK("status", stepsAt(e, flows.NodeMenu, "ur", "دو ہفتے پہلے بیٹے کے ایجنٹ والی شکایت لکھوائی تھی، حوالہ نمبر ۴۵۱۷، ابھی تک کسی نے فون نہیں کیا"), "ur"))
	// asked to check a firm, then told the firm denies the man and a sum
	// was paid to him: his report (C367-032)
	res := stepsAt(e, flows.NodeMenu, "ur", "کیا 'الحرمین اوورسیز پرموٹرز' ملتان اصلی کمپنی ہے؟ ان کا ایک بندہ ہمارے علاقے میں دبئی کے ویزے کے پیسے لے رہا ہے",
		"میں نے کمپنی کو فون کیا تو کہتے ہیں ہم اس بندے کو نہیں جانتے۔ میں اسے ڈیڑھ لاکھ دے چکا ہوں")
	require.Equal(t, flows.NodeReportOffer, res.State.Node)
	// a fee asked, beside numbers "given", is still a check
	res = stepsAt(e, flows.NodeMenu, "en", "Can you check if this agency is licensed? Al-Noor Overseas Employment Promoters, licence no. 3104/LHR. Saudi electrician visa for Rs 1,95,000",
		"Office is on Ferozepur Road Lahore. They gave 042-35871162 and 0321-4083395. They want 50,000 now and the rest after the visa comes")
	require.NotEqual(t, flows.NodeReportOffer, res.State.Node)
}

// Found in C369 (first played in the thirty-ninth session): a mind
// changed towards erasing everything erases; keeping the report and
// taking only a number erases nothing; another's plight told to report
// the agent, with no plea, is the agent's report.
func TestSession39Flows(t *testing.T) {
	t.Parallel()
	e := realEngine()
	require.True(t, erased(stepsAt(e, flows.NodeErase, "ur-Latn", "pehle socha sirf mera number hata do... nahi, sab kuch mita do, report bhi")))
	require.False(t, erased(stepsAt(e, flows.NodeErase, "ur", "رپورٹ رہنے دیں، بس میرا نمبر ہٹا دیں")))
	require.False(t, erased(stepsAt(e, flows.NodeErase, "ur-Latn", "mita do... nahi ruko, rehne do")))
	res := stepsAt(e, flows.NodeMenu, "ur", "میرا بیٹا لاہور کے ایک ایجنٹ کے ذریعے تھائی لینڈ گیا تھا کمپیوٹر کی نوکری کا کہہ کر۔ اب لاؤس میں ہے، پاسپورٹ لے لیا ہے اور فراڈ کا کام کرواتے ہیں۔ ایجنٹ کی شکایت کرنی ہے")
	require.Equal(t, flows.NodeReportOffer, res.State.Node)
	// asked in words for help, it is still help
	res = stepsAt(e, flows.NodeMenu, "ur", "میرا بیٹا لاؤس میں ہے، پاسپورٹ لے لیا ہے اور فراڈ کا کام کرواتے ہیں۔ ایجنٹ کی شکایت کرنی ہے، مدد کریں")
	require.NotEqual(t, flows.NodeReportOffer, res.State.Node)
}

// Found in C369 and A145: a minor an agent means to send, told on in his
// report, keeps the report; a name and "نام بتایا تھا اس نے اپنا"; a
// wish to take back all that was told asks to erase.
func TestSession39More(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeMenu, "ur-Latn", "saeen asaan di basti ch hik banda aaya he, 14 15 saal de chhoran kuun Oman de oonth farm te kam waste ghinan aala. har ghar tuun dedh lakh mangda. license koi ni",
		"aakhda he Oman ch oonthan di dekh bhaal, 60 hazar mahina, rehna khana muft. umar 14 tuun 17. agle mahine ghinsi. 5 chhoran de naa likh gya he pichhle haftay")
	require.Equal(t, flows.NodeReportOffer, res.State.Node)
	require.Equal(t, flows.KindReport, res.State.Draft.Kind)
	for _, c := range []answerCase{
		{flows.NodeReportRecruiter, "ur", "جاوید اقبال نام بتایا تھا اس نے اپنا", map[string]string{"recruiter": "جاوید اقبال"}},
		{flows.NodeReportRecruiter, "ur-Latn", "apna naa Haji Nazir dasenda, aakhda Sadiqabad da haan", map[string]string{"recruiter": "Haji Nazir"}},
	} {
		c.check(t, e)
	}
	require.Equal(t, flows.NodeErase, stepsAt(e, flows.NodeMenu, "ur", "میں نے جو کچھ بتایا تھا وہ سب واپس لینا ہے، کہیں محفوظ نہ رہے").State.Node)
}

// Found in C374 and C339: a man who takes money with no licence, told and
// not asked about, is his report; asked to find out about an agent, or a
// licence he claims doubted, is a check; one's own report asked after is
// its status.
func TestSession39Unlicensed(t *testing.T) {
	t.Parallel()
	e := realEngine()
	require.Equal(t, flows.NodeReportOffer, stepsAt(e, flows.NodeMenu, "ur", "ہمارے گاؤں کا ایک بندہ ہے ریاض گجر، لوگوں کو سعودیہ بھیجنے کا کہہ کر پیسے لیتا ہے۔ کوئی دفتر نہیں، لائسنس کا پوچھو تو ہنستا ہے").State.Node)
	require.Equal(t, flows.NodeVerify, stepsAt(e, flows.NodeMenu, "ur", "پشاور کے ایک ایجنٹ کا پتہ کرنا ہے، رومانیہ کا ورک پرمٹ ۱۲ لاکھ میں دے رہا ہے، کہتا ہے لائسنس ہے").State.Node)
	require.Equal(t, flows.NodeVerify, stepsAt(e, flows.NodeMenu, "ur", "ایک ایجنٹ کہتا ہے اس کے پاس سرکاری لائسنس ہے، مجھے یقین نہیں آ رہا").State.Node)
	require.True(t, intentOK("status", stepsAt(e, flows.NodeMenu, "ur", "السلام علیکم، مجھے اپنی رپورٹ کا پتا کرنا ہے"), "ur"))
}
