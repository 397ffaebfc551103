package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// The writer's own number in the offer ("mera number 0302… hai agar call
// karni ho", "میرا نمبر ۰۳۰۲… ہے", "my new no is …") is never offered as
// the agent's: with no other number the agent's is asked for; beside the
// agent's only the agent's is shown.
func TestSession49OwnNumberNotOfferedAsAgents(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range [][]string{
		{"Dubai mein driver ki job ka ad dekha, agent Rashid ne 1 lakh maange. mera number 03021234567 hai agar call karni ho", "bas", "haan", "facebook"},
		{"دبئی میں ڈرائیور کی نوکری کا اشتہار دیکھا، ایجنٹ راشد نے ایک لاکھ مانگے۔ میرا نمبر ۰۳۰۲۱۲۳۴۵۶۷ ہے", "بس", "فیس بک", "راشد"},
		{"Saw an ad for a driver job in Dubai, agent Rashid wants 1 lakh. my new no is 0302 1234567 if u need to call", "done", "yes", "facebook"},
	} {
		var res flows.Result
		for i, m := range c {
			res = e.Step(res.State, flows.Input{Text: m, MessageID: int64(i + 1), Reference: "HSY-S49TST"}, t0)
			require.NotContains(t, joinReplies(res), "1234567", c[0])
		}
		require.Equal(t, flows.NodeReportPhonesAsk, res.State.Node, c[0])
	}
	res := playFrom(e, "Dubai driver job ka ad, agent Rashid ne 1 lakh maange, uska no 0345-7712098. refund ho to mera jazzcash number 0302-1234567 h", "bas")
	require.Contains(t, joinReplies(res), "+923457712098")
	require.NotContains(t, joinReplies(res), "1234567")
}

// The sum paid, corrected with the sum denied twice ("2 pehle diye... nai
// 2 nai 2.5 lakh diye pehle", C503-002 stored the 4 lakh asked as paid): the
// sum said instead is paid, the total asked stays asked.
func TestSession49PaidCorrectedTwice(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"4 lakh bola tha pura. 2 pehle diye... nai 2 nai 2.5 lakh diye pehle, baqi visa anay pe",
		"4 lakh bola tha. 2 diye pehle... nai 2 nai 2.5 lakh",
		"4 lakh bola tha pura. 2 pehle diye, nai 2.5 lakh diye pehle",
	} {
		a := sentAnswers(atWith(t, flows.NodeReportMoney, "ur-Latn", text, map[string]string{"paid": flows.ChoiceYes}))
		require.Equal(t, "Rs 4,00,000", a["money_asked"], text)
		require.Equal(t, "Rs 2,50,000", a["paid_amount"], text)
	}
}

// Openings: talking with an officer on the phone asked in a long message
// is a person to talk to (C503-027 took it for a report); "ye OEC ka hi h
// na?" asks whether a page is OEC's own: a check (C505-034).
func TestSession49OpeningsHumanAndOfficial(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := playFrom(e, "Good evening. I am a retired Havaldar from Chakwal. I have some information about recruitment going on in our area which I prefer to discuss on phone with an officer, not in writing. Kindly arrange.")
	require.NotEqual(t, flows.NodeReportOffer, res.State.Node)
	require.Equal(t, flows.KindHuman, res.State.Draft.Kind)
	res = playFrom(e, "fb pe page h 'OEC Govt Jobs Saudia 2025' wo kehte hain 5000 jama karao form ka. ye OEC ka hi h na?")
	require.Equal(t, flows.KindVerify, res.State.Draft.Kind)
}

// Told what is happening: "مارا پیٹا نہیں" / "mara peeta nahi" is no
// beating (C503-031 chose violence: the negation after the pair verb
// reached only its second word); "contact me here" after "don't contact
// him" is here, not a number (C503-023).
func TestSession49NotBeatenAndContactHere(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ lang, text string }{
		{"ur", "بیٹا کہتا ہے مارا پیٹا نہیں، دکان سے روٹی لینے جا سکتا ہے، لیکن پیسے ختم ہیں"},
		{"ur-Latn", "bhai kehta h mara peeta nahi, bas aage nahi le ja rahe jab tak 3 lakh aur na do"},
	} {
		res := atWith(t, flows.NodeHelpWhat, c.lang, c.text, map[string]string{"where": "abroad", "whom": "other"})
		require.NotEqual(t, "violence", sentAnswers(res)["situation"], c.text)
	}
	res := atWith(t, flows.NodeHelpWhat, "ur", "انہوں نے اسے مارا پیٹا، کمرے میں رکھا ہے", map[string]string{"where": "abroad", "whom": "other"})
	require.Equal(t, "violence", sentAnswers(res)["situation"])
	for _, text := range []string{
		"usko direct na karna, thekedar ka banda uska phone dekhta h. mujhse rabta karo yahin telegram pe",
		"اسے فون مت کرنا، مجھ سے رابطہ کریں یہیں",
	} {
		res := atWith(t, flows.NodeHelpContact, "ur-Latn", text, map[string]string{"where": "pakistan", "whom": "other"})
		require.Equal(t, "here", sentAnswers(res)["contact"], text)
	}
}

// A status asked again where there is no report, with what the person
// remembers ("january me Butt sahab k khilaf shikayat dali thi … ref no
// nai h mere paas", C506-032 opened a new report): how else to find it,
// not the same words again. An absconding case threatened over a
// complaint is no wish to complain (C509-036 opened a report).
func TestSession49StatusAgainAndThreat(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := playFrom(e, "bhai meri complain ka status btao", "january me Butt sahab k khilaf shikayat dali thi, Gujranwala se. ref no nai h mere paas, purana phone kho gaya")
	require.Equal(t, flows.NodeMenu, res.State.Node)
	require.Contains(t, joinReplies(res), texts.T("ur-Latn", "status_none_again", nil))
	res = playFrom(e, "bhai oman me h, 3 mahine se tankhwa nai mili. kafeel kehta h shikayat ki to bhagoda case kr dunga")
	require.Equal(t, flows.KindHelp, res.State.Draft.Kind)
}

// Told how a payment was made, and that the rest is not paid yet
// ("بینک سے ٹرانسفر کیے تھے … ڈیڑھ لاکھ ابھی نہیں دیے", C506-014 stored
// "not paid"): the payment and its sum stand; a plain "nothing paid" still
// takes back the yes.
func TestSession49RestNotPaidYet(t *testing.T) {
	t.Parallel()
	given := map[string]string{"paid": flows.ChoiceYes, "money_asked": "Rs 1,95,000", "paid_amount": "Rs 45,000"}
	for _, c := range []struct{ lang, text string }{
		{"ur", "بینک سے ٹرانسفر کیے تھے میزان بینک کے اکاؤنٹ میں۔ ڈیڑھ لاکھ ابھی نہیں دیے"},
		{"en", "bank transfer to meezan bank account. 1.5 lakh not paid yet"},
		{"ur-Latn", "bank se transfer kiye the meezan bank me. dedh lakh abhi nahi diye"},
	} {
		a := sentAnswers(atWith(t, flows.NodeReportPaidHow, c.lang, c.text, given))
		require.Equal(t, flows.ChoiceYes, a["paid"], c.text)
		require.Equal(t, "Rs 45,000", a["paid_amount"], c.text)
		require.Equal(t, "bank", a["paid_how"], c.text)
	}
	require.Equal(t, flows.ChoiceNo, sentAnswers(atWith(t, flows.NodeReportPaidHow, "ur-Latn", "nahi kuch nahi diya", given))["paid"])
}
