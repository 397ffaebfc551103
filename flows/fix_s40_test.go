package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Found in C376–C384 (first played in the fortieth session): a consent
// given for contact while the name is kept out, a paper still "with them"
// told after the one given, "mujhe call karna", and a doubt added at the
// summary that is no correction.
func TestSession40Answers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []answerCase{
		{flows.NodeReportConsent, "ur", "میرا نام نہ آئے، لیکن کوئی افسر بات کرنا چاہے تو اسی ویب سائٹ پر کر لے", map[string]string{"consent": "yes"}},
		{flows.NodeReportConsent, "ur-Latn", "mera naam na aaye, lekin koi officer baat karna chahe to isi chat pe kar le", map[string]string{"consent": "yes"}},
		{flows.NodeReportConsent, "ur", "میرا نام نہ آئے", map[string]string{"consent": "no"}},
		{flows.NodeReportDocs, "ur", "پاسپورٹ تو ویزا لگا کر واپس دے دیا، شناختی کارڈ کی کاپی ان کے پاس ہے", map[string]string{"documents": "both"}},
		// given back, read so, it yields to the paper still held (the
		// writers split on this: C12-003 and C45-015 against C377-008)
		{flows.NodeReportDocs, "ur-Latn", "passport diya tha ab wapis mil gya airport pe, cnic ki copy unke paas h", map[string]string{"documents": "cnic"}},
		// the paper with the writer is not given
		{flows.NodeReportDocs, "ur-Latn", "passport mere paas hai, cnic ki copy unke paas hai", map[string]string{"documents": "cnic"}},
		{flows.NodeHelpContact, "ur-Latn", "mujhe call karna, ghar pe sab jaante hain", map[string]string{"contact": "number"}},
	} {
		c.check(t, e)
	}
	// "yes, but write that …" with a doubt: a yes, the doubt kept
	res := stepsAt(e, flows.NodeReportSummary, "en", "yes, but write that the 90k may also be gone")
	require.True(t, hasEffect(res, flows.EffectCreateReport))
}

// At the menu and mid-flow: a licensed firm's wrong told with its licence
// is its report; "check OEP licence 3391/KHI pls" still a check; others'
// checks of papers are no wish to check; "is this number FIA's?" is a
// check of the number; a fee paid while a false site is checked turns it
// into a report; a report asked in words is not turned into a check by a
// question told inside a long account.
func TestSession40Intents(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ text, locale, node string }{
		{"لاہور کی لائسنس یافتہ کمپنی نے میرا پاسپورٹ رکھ لیا ہے، کہتے ہیں ایک لاکھ اور دو تو ویزا دیں گے ورنہ پاسپورٹ نہیں ملے گا۔ لائسنس ۳۴۱۷/LHR", "ur", flows.NodeReportOffer},
		{"السلام علیکم، گوجرانوالہ سے ہوں۔ الفلاح ٹریڈ ٹیسٹ اینڈ اوورسیز (لائسنس ۱۸۷۴/GRW) نے عمان کے لیے الیکٹریشن کا ویزا دینا تھا، پیسے پورے لے لیے اور رسید صرف دس ہزار کی دی", "ur", flows.NodeReportOffer},
		{"check OEP licence 3391/KHI pls", "en", flows.NodeVerify},
		{"ye no FIA ka h? 0331 8860427. kehta h apki FIA me constable ki job lag gai, test fee 1200 jazzcash kro", "ur-Latn", flows.NodeVerify},
		{"ek online agency ne dubai me delivery rider ki job ka kaha tha, registration ki fees li aur ab aur paise maang rahe hain", "ur-Latn", flows.NodeReportOffer},
	} {
		require.Equal(t, c.node, stepsAt(e, flows.NodeMenu, c.locale, c.text).State.Node, c.text)
	}
	res := stepsAt(e, flows.NodeMenu, "en", "Hello, I'm in Saudi, Dammam. Company hasn't paid salary for 4 months and my iqama expired in August, kafeel not renewing. I'm scared to go out, police check iqama on the road.")
	require.NotEqual(t, flows.NodeVerify, res.State.Node)
	res = stepsAt(e, flows.NodeMenu, "ur-Latn", "ye link sahi h ya fraud? oec-japan-jobs.online, fb pe OEC ka page tha japan registration ka", "maine fees b de di h 1850")
	require.Equal(t, flows.NodeReportOffer, res.State.Node)
	res = stepsAt(e, flows.NodeMenu, "ur-Latn", "Salam. hamare gaon k ek banday ki shikayat krni h jo oman ka visa de raha h, koi license nai uske pas", "mera no 0312 4459071 h, agent ka 0345 6120387",
		"naam Chaudhry Nadeem Warraich h, Mandi Bahauddin k pas Pahrianwali me ghar se kaam krta h, koi daftar nai. bola Muscat me construction company me mason ka visa h, 120 rial tankhwa. maine pucha license h? hans k bola license walon se sasta kar deta hun")
	require.Equal(t, flows.NodeReportOffer, res.State.Node)
	require.Equal(t, flows.NodeHuman, stepsAt(e, flows.NodeMenu, "ur-Latn", "aoa. mai apne abbu ki taraf se likh rai aan, o parhe likhe nai. oh kisi officer naal phone te khud gal krna chahnde ne ek agent bare").State.Node)
}

// A reference given at the menu is how that report stands, even when the
// model alone reads "no call for two weeks" as danger (C388-032); a
// question about a firm answered with its numbers and "call me back" is
// still a check (C385-028).
func TestSession40Status(t *testing.T) {
	t.Parallel()
	e := realEngine()
	notHelp := func(res flows.Result) bool { return res.State.Draft == nil || res.State.Draft.Kind != flows.KindHelp }
	res := stepsAt(e, flows.NodeMenu, "ur-Latn", "HSY-9FQ2LM ref no si. Bahrain wale agent di. 2 hafte ho gaye koi call nai ayi")
	require.True(t, notHelp(res))
	res = stepsAt(e, flows.NodeMenu, "en", "Salam. My son got an offer from Al Noor Manpower Karachi for Qatar, warehouse assistant. Is this company real? License no 1934/KHI",
		"Their office number is 021-34983327 and the agent Shahid's mobile is 0300-2218764. My number is 0333-9012846 if you need to call me back. They are asking Rs 1,75,000")
	require.True(t, notHelp(res))
}

// Found in A146–A148 (first played in the fortieth session): typed
// answers read by their kind in words the sets brought.
func TestSession40Typed(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []answerCase{
		{flows.NodeReportRecruiter, "ur-Latn", "naam yaad nai, bas sab Raja keh ke bulate the", map[string]string{"recruiter": "Raja"}},
		{flows.NodeReportRecruiter, "ur", "سب چوہدری صاحب کہتے ہیں، نام شاید نعیم اختر بتایا تھا", map[string]string{"recruiter": "نعیم اختر"}},
		{flows.NodeHelpWhat, "en", "we work every day but the money never comes, its been 4 months", map[string]string{"situation": "unpaid"}},
		{flows.NodeHelpWhat, "en", "the agent took my money and the visa never came", map[string]string{"situation": "money_taken"}},
		{flows.NodeHelpContact, "ur", "جب میں کہوں تب ہی فون کرنا، ورنہ خطرہ ہے", map[string]string{"contact": "discreet"}},
		{flows.NodeHelpContact, "ur-Latn", "jab main msg karun tab hi jawab dena", map[string]string{"contact": "discreet"}},
		{flows.NodeReportPaid, "en", "luckily i didnt have the money at that time", map[string]string{"paid": "no"}},
		{flows.NodeReportConsent, "ur", "کر سکتے ہیں لیکن گھر والوں کو پتا نہ چلے", map[string]string{"consent": "yes"}},
	} {
		c.check(t, e)
	}
	// skipped in words: nothing stored, the flow moves on
	for _, c := range []struct{ node, locale, text string }{
		{flows.NodeReportRecruiter, "ur", "اس کا نام نہیں لینا چاہتی، وہ ہمارا رشتہ دار ہے"},
		{flows.NodeHelpPlace, "ur", "جگہ بتانا ٹھیک نہیں ہو گا"},
		{flows.NodeHelpWhere, "ur-Latn", "na jee, nai dasna"},
		{flows.NodeReportConsent, "ur-Latn", "abhi decide nai kr paa raha"},
	} {
		res := stepsAt(e, c.node, c.locale, c.text)
		require.NotEqual(t, c.node, res.State.Node, c.text)
		require.Empty(t, sentAnswers(res)[map[string]string{flows.NodeReportRecruiter: "recruiter", flows.NodeHelpPlace: "place", flows.NodeHelpWhere: "where", flows.NodeReportConsent: "consent"}[c.node]], c.text)
	}
	// a kinsman's number is not the agent's; "that's the last one" is done
	require.Equal(t, flows.NodeReportPhonesAsk, stepsAt(e, flows.NodeReportPhones, "ur-Latn", "ye wala to mere chacha ka h").State.Node)
	require.NotEqual(t, flows.NodeReportOffer, stepsAt(e, flows.NodeReportOffer, "en", "ok that's the last one").State.Node)
	// at the menu: status, erase and a report closed in words
	require.Equal(t, flows.NodeErase, stepsAt(e, flows.NodeMenu, "ur", "جو کچھ پہلے لکھا تھا وہ آپ کے پاس نہیں رہنا چاہیے، گھر والے ڈر رہے ہیں").State.Node)
	require.True(t, intentOK("status", stepsAt(e, flows.NodeMenu, "en", "I sent a complaint last week about a Qatar visa guy, is anyone looking at it?"), "en"))
	require.Nil(t, stepsAt(e, flows.NodeReportSummary, "ur-Latn", "ye report band kr do").State.Draft)
}

// Found in C389–C392 (first played in the fortieth session): one's own
// smuggler's road, over, and what to do asked, is help (C392-024); a son
// still to go is the smuggler's report (C16-003); a Punjabi wish to talk
// on the phone is a person to talk to (C390-029); "contact me, not him"
// consents.
func TestSession40Late(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeMenu, "en", "Salam. I came back from Libya 2 months ago. I went by dunki for Italy, was held there and my family paid 8 lakh to get me out. Now I am home in Mandi Bahauddin. What can I do about the agent?")
	require.Equal(t, flows.KindHelp, res.State.Draft.Kind)
	res = stepsAt(e, flows.NodeMenu, "en", "Assalam o alaikum. My name is Ghulam Rasool, I am retired school teacher from Kharian, please excuse my long message. My younger son Adeel is 22 and he is very stubborn, a man in our area named Haji Nawaz has been telling boys he can send them to Greece by road through Iran, he says many boys from Kharian and Lalamusa are already there and earning, he says first they go to Iran then walk over the mountains, he wants 28 lakh and my son has already given him 5 lakh which he took from his mother's gold without asking me. I do not want my son to die in the mountains or in the sea. What can be done?")
	require.NotEqual(t, flows.KindHelp, res.State.Draft.Kind)
	require.Equal(t, flows.NodeHuman, stepsAt(e, flows.NodeMenu, "ur-Latn", "bhai ji koi banda h tuhade kol jis naal phone te gal ho sake? mainu likhna nai aanda zyada, munda likh reya ae").State.Node)
	for _, c := range []answerCase{
		{flows.NodeReportConsent, "en", "contact me, not him", map[string]string{"consent": "yes"}},
		{flows.NodeReportRecruiter, "en", "Travel agent is Waqas Cheema", map[string]string{"recruiter": "Waqas Cheema"}},
		// the writer's town first, then where the one asked about is
		{flows.NodeHelpWhere, "en", "I'm in Lahore but it's my son who needs help, he's in Kuala Lumpur", map[string]string{"where": "abroad"}},
		{flows.NodeHelpWhere, "en", "we are in Gujrat, my brother came back from Libya last month", map[string]string{"where": "pakistan"}},
	} {
		c.check(t, e)
	}
}
