package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Session 27's conversation lessons (C253, C254, A98).
func TestSession27Answers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	at := func(node, locale, text string) map[string]string {
		return sentAnswers(stepsAt(e, node, locale, text))
	}
	// where a link was shared is where the offer was seen (C254-002); a
	// site and a chat named one after another keep the first
	require.Equal(t, "facebook", at(flows.NodeReportSeen, "en", "It was a google form link shared in a facebook group 'Gulf Jobs for Pakistanis'")["seen"])
	require.Equal(t, "tiktok", at(flows.NodeReportSeen, "en", "the link was posted on tiktok, it opens a website")["seen"])
	require.Equal(t, "facebook", at(flows.NodeReportSeen, "ur-Latn", "fb pe ad dekha phr whatsapp pe baat")["seen"])
	require.Equal(t, "whatsapp", at(flows.NodeReportSeen, "ur-Latn", "usne apne status pe lagaya hua tha")["seen"])
	// a passport with a brother-in-law is with the family (C254-007)
	require.Equal(t, "none", at(flows.NodeReportDocs, "ur-Latn", "passport abhi saale k pas hi h")["documents"])
	require.Equal(t, "none", at(flows.NodeReportDocs, "ur", "کچھ نئیں دیا")["documents"])
	// a name between its source and the word of writing (C254-013)
	for locale, text := range map[string]string{
		"ur":      "آفر لیٹر پر Caspian Hospitality Group لکھا تھا",
		"ur-Latn": "offer letter pe Caspian Hospitality Group likha tha",
	} {
		require.Equal(t, "Caspian Hospitality Group", at(flows.NodeReportRecruiter, locale, text)["recruiter"], text)
	}
	// a titled man with his post is no firm (C254-014)
	a := at(flows.NodeReportRecruiter, "en", "Maple Leaf Agro Farms, sender calls himself 'Mr. Kashif - Immigration Officer'")
	require.Equal(t, "Maple Leaf Agro Farms", a["recruiter"])
	require.Equal(t, "Mr. Kashif", a[flows.SlotRecruiterAlso])
	// a sum corrected after a "no", its unit carried (C253-010)
	for _, text := range []string{"25 lakh ek banda. nahi, ab 27 bol raha h kehta dollar mehnga ho gaya", "25 lakh ek banda. nahi, ab 27 lakh bol raha h", "25 lakh each. no wait, now he says 27"} {
		require.Equal(t, "Rs 27,00,000", at(flows.NodeReportMoney, "ur-Latn", text)["money_asked"], text)
	}
	require.Equal(t, "Rs 25,00,000", at(flows.NodeReportMoney, "en", "25 lakh each, 2 people")["money_asked"])
	// intents and options in words (A98)
	require.Equal(t, flows.NodeHuman, stepsAt(e, flows.NodeMenu, "en", "pls conect me to an oficer, I dont trust bots").State.Node)
	require.Equal(t, flows.NodeErase, stepsAt(e, flows.NodeMenu, "en", "remove whatever I sent you yesterday").State.Node)
	require.Equal(t, "unpaid", at(flows.NodeHelpWhat, "en", "last time I got salary was in march")["situation"])
	require.Equal(t, "passport_taken", at(flows.NodeHelpWhat, "ur-Latn", "passport mangu to kehte hain contract khatam hone pe milega")["situation"])
	require.Equal(t, "other", at(flows.NodeHelpWhom, "ur", "ہمسائیوں کا لڑکا ہے")["whom"])
	require.Equal(t, "discreet", at(flows.NodeHelpContact, "ur", "کال کریں تو کہنا کہ بینک سے بول رہے ہیں")["contact"])
	require.Equal(t, "bank", at(flows.NodeReportPaid, "en", "paid 35k into his Meezan acc")["paid_how"])
}

// The sum asked once more after a payment told with none: the part the
// writer paid, told first, is the sum, whatever they doubt of the rest
// (C254-009).
func TestSession27PaidPartKnown(t *testing.T) {
	t.Parallel()
	e := realEngine()
	var res flows.Result
	for i, m := range []string{
		"mere shohar ka UK care visa ka chakkar tha, ek company ne paise le liye aur ab phone nai uthati",
		"main unki wife bol rahi hun, wo duty pe hain",
		"UK me care worker ka visa, sponsorship letter b bheja tha PDF me 'Bright Hands Care Ltd' ka. kaha tha total 18 lakh, 3 qiston me. bole IELTS ki zaroorat nai",
		"bas itna hi pata h mujhe", "haan",
		"whatsapp k kisi group me ad aya tha shayad, phir unho ne khud call ki",
		"Bright Hands Care Ltd bolte the, Pakistan me inka banda Adnan Malik h",
		"Adnan ka 0302 9957160, aur ek UK ka number b tha +44 7418 552903",
		"bank transfer, Meezan se unke account me, Adnan Malik k naam pe",
		"pehli qist 3 lakh maine khud bank se bheji thi. dusri ka pata nai, shohar kehte the bhej di magar mujhe pakka nai pata",
	} {
		res = e.Step(res.State, flows.Input{Text: m, MessageID: int64(i + 1), Reference: "HSY-S27TST"}, t0)
	}
	require.NotNil(t, res.State.Draft)
	require.Equal(t, "Rs 3,00,000", res.State.Draft.Answers["paid_amount"])
}

// Session 27's second round (C255, C256, A99): Roman Urdu's "or" is
// "and", so "visa jaali h or protector ki stamp b fake h" tells of fakes
// and is a report (C256-011), while "real h ya nai", "sahi h ya frod" ask
// for a check; a father who "wants to speak" and "can an officer call him"
// wants a person (C256-035); "yes, but first tell me …" at the erase
// question erases nothing (A99-0354).
func TestSession27SecondRound(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeMenu, "ur-Latn", "isb airport pe FIA ne off load kr diya, kehte visa jaali h or protector ki stamp b fake h. agent ne sb bana k diya tha")
	require.Equal(t, flows.NodeReportOffer, res.State.Node)
	for _, s := range []string{"bhai ye ad dekho real h ya nai", "bhai ek ad aya h fb pe saudi ka, check krna h sahi h ya frod", "قطر میں سیکیورٹی گارڈ کی نوکری کا ایک اشتہار آیا ہے، سمجھ نہیں آ رہا سچا ہے یا جھوٹا"} {
		require.NotEqual(t, flows.NodeReportOffer, stepsAt(e, flows.NodeMenu, "ur-Latn", s).State.Node, s)
	}
	res = stepsAt(e, flows.NodeMenu, "en", "Hello. Writing for my father, he is a retired subedar and doesnt use chat apps. Can a real officer call him? He knows about an agent network in Kharian sending boys through Iran. He wants to speak, not type.")
	require.Equal(t, flows.NodeHuman, res.State.Node)
	res = stepsAt(e, flows.NodeErase, "ur", "ہاں مگر پہلے یہ بتائیں رپورٹ تو آگے چلی گئی ہے نا؟")
	require.False(t, erased(res))
	require.Equal(t, flows.NodeErase, stepsAt(e, flows.NodeMenu, "ur", "میں نہیں چاہتا کہ میرا کوئی ریکارڈ آپ کے پاس رہے").State.Node)
	require.Equal(t, "other", sentAnswers(stepsAt(e, flows.NodeHelpWhom, "ur-Latn", "abu ke liye"))["whom"])
	// a town after the man is where he is, no firm ("ٹیک" is also "tech", C258-003)
	a := sentAnswers(stepsAt(e, flows.NodeReportRecruiter, "ur", "اس کا نام رانا اشفاق ہے، چک ۴۵ ج ب، ٹوبہ ٹیک سنگھ"))
	require.Equal(t, "رانا اشفاق", a["recruiter"])
	require.Empty(t, a[flows.SlotRecruiterAlso])
}
