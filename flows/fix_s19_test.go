package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// An ordeal over, told with "I want to do something against the agent and
// I need help", is a plea (C207-033 went to a report: the wish to act took
// the words of help inside it).
func TestOrdealOverWithHelpAskedIsAPlea(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text string }{
		{"ur", "میں پچھلے مہینے عراق سے واپس آئی ہوں۔ زیارت کے نام پر لے گئے تھے اور وہاں ایک گھر میں کام کرواتے رہے۔ اب گھر پر ہوں، محفوظ ہوں، لیکن اس ایجنٹ کے خلاف کچھ کرنا ہے اور مدد چاہیے"},
		{"ur-Latn", "main pichle mahine Iraq se wapis ayi hun. ziyarat ke naam pe le gaye the aur wahan ek ghar me kaam karwate rahe. ab ghar pe hun, mehfooz hun, lekin us agent ke khilaf kuch karna hai aur madad chahiye"},
	} {
		res := stepsAt(e, flows.NodeMenu, c.lang, c.text)
		require.Equal(t, flows.NodeHelpCheck, res.State.Node, c.text)
	}
}

// "Is this OEP's licence genuine?" asked first, then an advance already
// paid, is a check of the licence (C207-034 went to a report); "is what
// they charge legal?" beside a licence is still a complaint (C59-016).
func TestLicenceAskedAfterPayingIsACheck(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeMenu, "ur-Latn", "bhai ye batao Al Madina Overseas Employment Promoters Faisalabad ka lisens 2714/FSD sahi h? saudi me hospital cleaner ki naukri k liye 50 hazar advance de diye easypaisa pe, ab dar lag rha")
	require.Equal(t, flows.NodeVerify, res.State.Node)
	res = stepsAt(e, flows.NodeMenu, "en", "Is Crescent Overseas Employment Promoters licence 2417/KHI genuine? I already paid them 60,000 by JazzCash for a Qatar driver visa")
	require.Equal(t, flows.NodeVerify, res.State.Node)
	res = stepsAt(e, flows.NodeMenu, "ur-Latn", "Salam. Lahore ki ek registered OEP hai, Al-Khair Overseas Employment Promoters, license 4519/LHR. Kuwait me cook ki job k liye total 4 lakh 50 hazar le rahe hain, 2 lakh de chuka hun. Sab cash me lete hain aur receipt sirf 15 hazar ki di hai. Ye jayaz hai?")
	require.NotEqual(t, flows.NodeVerify, res.State.Node)
}

// Asked how much was paid, "they said 7,500 pounds in all, we gave five
// thousand" in Urdu words stores the five thousand, in pounds (C206-014
// stored the 7,500).
func TestPaidThousandsAfterPounds(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeReportMoney, "ur", "انہوں نے کل ساڑھے سات ہزار پاؤنڈ کہے تھے، ہم نے پانچ ہزار دے دیے")
	require.Equal(t, "GBP 5,000", res.State.Draft.Answers["paid_amount"])
	require.Equal(t, "GBP 7,500", res.State.Draft.Answers["money_asked"])
}

// Asked whether they paid, "not sure … I think it came back?" is not
// known, and the question beside it is answered, not asked again
// (C208-005 was asked the same question twice); the way it would have
// gone stays (C207-021: "my wife sent the 45k from her easypaisa").
func TestPaidNotSureWithAQuestion(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text string }{
		{"en", "Honestly not sure. I tried, the app said transaction failed but my balance went down 3,000... then I think it came back? I have to check the statement"},
		{"ur", "پتا نہیں، کیا ان کو واپس مل سکتے ہیں؟"},
		{"ur-Latn", "pata nahi yaar, shayad wapis aa gaye? statement check karni paregi"},
	} {
		res := stepsAt(e, flows.NodeReportPaid, c.lang, c.text)
		require.Equal(t, "unknown", res.State.Draft.Answers["paid"], c.text)
		require.NotEqual(t, flows.NodeReportPaid, res.State.Node, c.text)
	}
	res := stepsAt(e, flows.NodeReportPaid, "en", "not sure tbh. my wife sent the 45k from her easypaisa while i was at work, she says msg came but then maybe amount came back? have to check with her")
	require.Equal(t, "unknown", res.State.Draft.Answers["paid"])
	require.Equal(t, "easypaisa", res.State.Draft.Answers["paid_how"]+res.State.Draft.Inferred["paid_how"])
	require.Empty(t, res.State.Draft.Answers["paid_amount"])
}

// Openings read for what they ask (C209): one who writes for a father
// who "can't type" brings his report, no wish for a person; a fake OPF
// page taking money from the families of people stuck abroad is
// reported, no plea; "is this OEC's real number?" asks a check.
func TestOpeningsOfC209(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text, node string }{
		{"en", "Salam. I'm writing for my father, he can't type. An agent from our area took money for a Portugal farm work visa and now he doesn't pick up.", flows.NodeReportOffer},
		{"ur", "فیس بک پر او پی ایف کا ایک جعلی صفحہ چل رہا ہے، باہر پھنسے لوگوں کے گھر والوں سے ٹکٹ کے نام پر پیسے لے رہے ہیں", flows.NodeReportOffer},
		{"ur-Latn", "ek ad aya h 'OEC Korea hiring' whatsapp 0313 7702158. ye OEC ka sahi number h?", flows.NodeVerify},
		{"ur-Latn", "mujhe likhna nahi aata, kisi se baat karwa dein", flows.NodeHuman},
	} {
		res := stepsAt(e, flows.NodeMenu, c.lang, c.text)
		require.Equal(t, c.node, res.State.Node, c.text)
	}
}

// Shown the summary, "yes, but the 60 thousand is not confirmed yet" sends
// the report with the doubt kept for the officer (C211-003 was sent to
// "which answer to change?" and stuck); a sum set right after "but" is
// still a correction.
func TestSummaryYesWithADoubt(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text string }{
		{"ur-Latn", "theek h, lekin 60 hazar wala abhi confirm nahi"},
		{"ur", "ٹھیک ہے، لیکن ساٹھ ہزار والا ابھی پکا نہیں"},
	} {
		res := stepsAt(e, flows.NodeReportSummary, c.lang, c.text)
		require.NotEqual(t, flows.NodeReportFix, res.State.Node, c.text)
		require.NotEqual(t, flows.NodeReportSummary, res.State.Node, c.text)
	}
	res := stepsAt(e, flows.NodeReportSummary, "en", "ok but the amount i paid was 50000 not 40000")
	require.NotEqual(t, flows.NodeMenu, res.State.Node)
}

// "Can you delete what I sent? The ref was HSY-3RV8XA" asks to erase;
// the reference only says which report (C214-012 was shown "report not
// found" and stuck at the menu). A reference alone still asks how it
// stands.
func TestEraseWithAReference(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeMenu, "en", "hello, I reported my uncle's agent here two days ago but my uncle is now angry and says the family will sort it out themselves. Can you delete what I sent? The ref was HSY-3RV8XA", "yes")
	require.True(t, erased(res))
	res = stepsAt(e, flows.NodeMenu, "ur-Latn", "HSY-3MR7VA wali report ka koi update?")
	require.False(t, erased(res))
}
