package flows_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Found in C67: a worker back home who asks how to claim wages a company
// abroad still owes him ("3 mahine pehle Saudi se wapis aaya hun ... ab main
// Pakistan me hun") is passed on as a claim, not as urgent; one still
// abroad and unpaid stays urgent.
func TestWagesClaimedFromHomeAreSettled(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		locale, text, where string
		settled             bool
	}{
		{"ur-Latn", "main 3 mahine pehle Saudi se wapis aaya hun, company ne meri final settlement aur 2 mahine ki tankhwa nahi di. ab main Pakistan me hun kaise wasool karun?", "pakistan", true},
		{"ur", "میں دبئی سے واپس آ گیا ہوں، کمپنی نے آخری دو مہینے کی تنخواہ نہیں دی", "pakistan", true},
		{"en", "I came back home to pakistan in march, the company in Doha still owes me 3 months salary", "pakistan", true},
		{"ur-Latn", "main Saudi me hun, 4 mahine se tankhwa nahi mili", "abroad", false},
		{"ur-Latn", "bhatte ka malik 3 mahine se paise nahi de raha", "pakistan", false},
	} {
		st := flows.AtQuestion(flows.NodeHelpContact, c.locale)
		st.Draft.Texts = []string{c.text}
		st.Draft.Answers["where"] = c.where
		st.Draft.Answers["situation"] = "unpaid"
		st.Draft.Answers["whom"] = "self"
		res := realEngine().Step(st, flows.Input{Text: "isi chat me", MessageID: 9, Reference: "HSY-SAFE67"}, t0)
		require.True(t, created(res), c.text)
		urgent := texts.T(c.locale, "urgency_urgent", nil)
		if c.settled {
			require.NotContains(t, joinReplies(res), urgent, c.text)
		} else {
			require.Contains(t, joinReplies(res), urgent, c.text)
		}
	}
}

// Found in C69: asked whether they paid, the sum the person answers with
// is the sum paid, over one read before from the money asked; a bare "ji"
// or a small number keeps it.
func TestPaidAnswerSumReplacesOneReadBefore(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, want string }{
		{"ji 60 hazar", "Rs 60,000"},
		{"haan", "Rs 35,000"},
		{"yes, 10", "Rs 35,000"},
	} {
		st := flows.AtQuestion(flows.NodeReportPaid, "ur-Latn")
		st.Draft.Answers["money_asked"] = "Rs 1,60,000"
		st.Draft.Answers["paid_amount"] = "Rs 35,000"
		res := realEngine().Step(st, flows.Input{Text: c.text, MessageID: 9}, t0)
		require.Equal(t, "yes", res.State.Draft.Answers["paid"], c.text)
		require.Equal(t, c.want, res.State.Draft.Answers["paid_amount"], c.text)
	}
}

// Found in C67 and C68: fees asked on top of one another ("2,500
// registration, and now 4,000 more for medical slot") are the money asked
// in all; a sum demanded now is no part of what was paid.
func TestFeesAskedOneOnTopOfAnother(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"en", "2,500 registration, and now 4,000 more for medical slot", "Rs 6,500"},
		{"ur", "۲۵۰۰ رجسٹریشن، اب ۱۲ ہزار میڈیکل کا کہہ رہے ہیں", "Rs 14,500"},
		{"ur-Latn", "pehle 6 lakh bola ab 5 lakh", "Rs 5,00,000"},
	} {
		st := flows.AtQuestion(flows.NodeReportMoney, c.locale)
		res := realEngine().Step(st, flows.Input{Text: c.text, MessageID: 9}, t0)
		require.Equal(t, c.want, res.State.Draft.Answers["money_asked"], c.text)
	}
}

// Found in C72: asked for a number to call, a plea that says "yahan" ("plz
// jaldi kren wo keh rahi thi mai yahan mar jaungi") is no "here, in this
// chat": the number is asked again, not dropped; "mera naam bilkul na aaye"
// asked for consent is anonymous.
func TestC72PleaAtNumberAndNameKeptOut(t *testing.T) {
	t.Parallel()
	st := flows.AtQuestion(flows.NodeHelpNumber, "ur-Latn")
	st.Draft.Answers["contact"] = "number"
	res := realEngine().Step(st, flows.Input{Text: "plz jaldi kren wo keh rahi thi mai yahan mar jaungi", MessageID: 9}, t0)
	require.Equal(t, flows.NodeHelpNumber, res.State.Node)
	res = realEngine().Step(res.State, flows.Input{Text: "0345 2670913", MessageID: 10, Reference: "HSY-NUM72"}, t0)
	require.True(t, created(res))
	var number string
	for _, ef := range res.Effects {
		if ef.Report != nil {
			number = ef.Report.Answers["contact_number"]
		}
	}
	require.Equal(t, "+923452670913", number)
	st = flows.AtQuestion(flows.NodeHelpNumber, "ur-Latn")
	st.Draft.Answers["contact"] = "number"
	res = realEngine().Step(st, flows.Input{Text: "chat pe hi rabta karo", MessageID: 9}, t0)
	require.NotEqual(t, flows.NodeHelpNumber, res.State.Node, "a short 'here' still answers")

	st = flows.AtQuestion(flows.NodeReportConsent, "ur-Latn")
	res = realEngine().Step(st, flows.Input{Text: "mera naam bilkul na aaye, chacha ko pata chala to bht masla hoga", MessageID: 9}, t0)
	require.Equal(t, "no", res.State.Draft.Answers["consent"])
}

// Found in A31 and A32: a place told beside a "don't know" is kept ("don't
// know the exact place, somewhere in Myanmar near the Thai border"); a
// summary answered "I didn't pay anything, you wrote yes" or "وہ لکھنا رہ
// گیا" is a change, not a send; misspellings read as their word ("havent
// been payed", "anonymus", "dont remeber").
func TestA32PlacesSummariesAndTypos(t *testing.T) {
	t.Parallel()
	step := func(node, locale, text string) flows.Result {
		return realEngine().Step(flows.AtQuestion(node, locale), flows.Input{Text: text, MessageID: 9}, t0)
	}
	res := step(flows.NodeHelpPlace, "en", "don't know the exact place, somewhere in Myanmar near the Thai border")
	require.Contains(t, res.State.Draft.Answers["place"], "Myanmar")
	res = step(flows.NodeHelpPlace, "ur-Latn", "pta nai kaha h, ghar wale bhi nai jante")
	require.Empty(t, res.State.Draft.Answers["place"])
	for _, c := range []struct{ locale, text string }{
		{"en", "I didn't pay anything, you wrote yes"},
		{"ur", "میں نے شناختی کارڈ بھی دیا تھا، وہ لکھنا رہ گیا"},
	} {
		res = step(flows.NodeReportSummary, c.locale, c.text)
		require.False(t, created(res), c.text)
	}
	require.True(t, created(step(flows.NodeReportSummary, "ur-Latn", "sab sahi hai bhej do")))
	require.Equal(t, "unpaid", step(flows.NodeHelpWhat, "en", "havent been payed for 4 months").State.Draft.Answers["situation"])
	require.Equal(t, "no", step(flows.NodeReportConsent, "en", "I'd rather stay anonymus, my family doesnt know I'm reporting").State.Draft.Answers["consent"])
}

// Found in A33: "pehle batao mera data kis ke paas hai" asked at the erase
// question ERASED the person's data (a request before erasing is no yes);
// "yes cash, he didn't give any receipt" was stored as not paid.
func TestA33EraseAskFirstAndReceiptNotGiven(t *testing.T) {
	t.Parallel()
	res := realEngine().Step(flows.AtQuestion(flows.NodeErase, "ur-Latn"), flows.Input{Text: "pehle batao mera data kis ke paas hai", MessageID: 9}, t0)
	for _, ef := range res.Effects {
		require.NotEqual(t, flows.EffectErase, ef.Kind)
	}
	require.Equal(t, flows.NodeErase, res.State.Node)
	res = realEngine().Step(flows.AtQuestion(flows.NodeErase, "ur-Latn"), flows.Input{Text: "haan delete kr do sab", MessageID: 9}, t0)
	require.True(t, slices.ContainsFunc(res.Effects, func(ef flows.Effect) bool { return ef.Kind == flows.EffectErase }))
	for _, c := range []struct{ locale, text, want string }{
		{"en", "yes cash, he didn't give any receipt", "yes"},
		{"ur", "نقد دیے، رسید نہیں دی", "yes"},
		{"ur-Latn", "raseed nahi di, paise nahi diye", "no"},
	} {
		res = realEngine().Step(flows.AtQuestion(flows.NodeReportPaid, c.locale), flows.Input{Text: c.text, MessageID: 9}, t0)
		require.Equal(t, c.want, res.State.Draft.Answers["paid"], c.text)
	}
}

// Found in C74: a worker abroad now whose job is not what was promised is
// helped (not asked for the offer); "خدا کے لیے اس کے گھر والوں کو نہ بتائیں"
// at the contact question is about someone else's family: asked again,
// no contact refused.
func TestC74WorkerThereAndHerFamily(t *testing.T) {
	t.Parallel()
	res := realEngine().Step(flows.State{}, flows.Input{Text: "Hello, I am in Romania on a work permit, came 5 months ago through an agent in Lahore. The job is not what was promised and I want to know my options", MessageID: 1}, t0)
	require.Equal(t, flows.KindHelp, res.State.Draft.Kind)
	st := flows.AtQuestion(flows.NodeHelpContact, "ur")
	res = realEngine().Step(st, flows.Input{Text: "خدا کے لیے اس کے گھر والوں کو نہ بتائیں، عزت کا مسئلہ ہے", MessageID: 9}, t0)
	require.Equal(t, flows.NodeHelpContact, res.State.Node)
	require.Empty(t, res.State.Draft.Answers["contact"])
}

// Found in C76: the same words sent again while the offer is asked for
// move the questions on (the bot said "got that too" to each of ten
// copies); "لائسنس وغیرہ کچھ نہیں" of a sub-agent who collects passports is
// a report, not a licence to check.
func TestC76RepeatedOfferAndNoLicence(t *testing.T) {
	t.Parallel()
	st := flows.AtQuestion(flows.NodeReportOffer, "ur-Latn")
	st.Draft.Texts = []string{"saudi driving visa, 8 mahine se latka raha h"}
	res := realEngine().Step(st, flows.Input{Text: "saudi driving visa, 8 mahine se latka raha h", MessageID: 9}, t0)
	require.NotEqual(t, flows.NodeReportOffer, res.State.Node)
	res = realEngine().Step(flows.State{}, flows.Input{Text: "مردان میں ایک سب ایجنٹ ہے جو ملائیشیا کی فیکٹری کے لیے لڑکوں سے پاسپورٹ اور پیسے جمع کر رہا ہے۔ لائسنس وغیرہ کچھ نہیں", MessageID: 1}, t0)
	require.Equal(t, flows.KindReport, res.State.Draft.Kind)
}

// Found in A32 and A34: asked whether the number shown is the agent's, a
// number typed "instead" ("ye wala ab band ho gya h, naya 0333…", "nai ye
// galat likha gaya, sahi 0301…", "923215509871 ye wala hai asal mein")
// replaces it; one typed "as well" ("aur … bhi", "also") is added.
func TestPhoneTypedInsteadReplaces(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, want string }{
		{"ye wala ab band ho gya h, naya 03332109876 h", "+923332109876"},
		{"nai ye galat likha gaya, sahi 0301 4471236 h", "+923014471236"},
		{"923215509871 ye wala hai asal mein", "+923215509871"},
		{"haan ye sahi hai, aur 0333 1234567 bhi", "+923001234567, +923331234567"},
		{"yes, and he also uses 0345 1112223", "+923001234567, +923451112223"},
	} {
		res := realEngine().Step(flows.AtQuestion(flows.NodeReportPhones, "ur-Latn"), flows.Input{Text: c.text, MessageID: 9}, t0)
		require.Equal(t, c.want, res.State.Draft.Answers["phones"], c.text)
	}
}

// Found in C75 and C76: the parts of a sum paid told after "all of it"
// ("پہلے تین لاکھ پھر ڈیڑھ لاکھ") keep the sum, or make it ("cash, pehle 1
// lakh phir 50 hazar"); "page abhi bhi chal raha hai, aur logon ko bhi
// phasa rahe hain" asked for the agent's name is no name; "unka dafter hai
// Lahore me" is where an agent was met.
func TestC75PartsPaidAndNoName(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, want string }{
		{"نقد دیے، پہلے تین لاکھ پھر ڈیڑھ لاکھ، اس کے گھر جا کر", "Rs 4,50,000"},
		{"cash, pehle 1 lakh phir 50 hazar", "Rs 1,50,000"},
	} {
		st := flows.AtQuestion(flows.NodeReportPaidHow, "ur")
		st.Draft.Answers["money_asked"] = "Rs 4,50,000"
		st.Draft.Answers["paid"] = "yes"
		if strings.HasPrefix(c.text, "نقد") {
			st.Draft.Answers["paid_amount"] = "Rs 4,50,000"
		}
		res := realEngine().Step(st, flows.Input{Text: c.text, MessageID: 9}, t0)
		require.Equal(t, c.want, res.State.Draft.Answers["paid_amount"], c.text)
	}
	res := realEngine().Step(flows.AtQuestion(flows.NodeReportRecruiter, "ur-Latn"), flows.Input{Text: "page abhi bhi chal raha hai, aur logon ko bhi phasa rahe hain", MessageID: 9}, t0)
	require.NotContains(t, res.State.Draft.Answers["recruiter"], "chal raha")
	res = realEngine().Step(flows.AtQuestion(flows.NodeReportSeen, "ur-Latn"), flows.Input{Text: "unka dafter hai Lahore me, bhai khud gaya tha kisi k kehne pe", MessageID: 9}, t0)
	require.Equal(t, "agent", res.State.Draft.Answers["seen"])
}

// Found in C75: "the agent says 100% safe route" beside "has taken 5 lakh"
// made the sum paid Rs 5,00,100: a number before "%" is a share, no sum.
func TestShareIsNoSumPaid(t *testing.T) {
	t.Parallel()
	res := realEngine().Step(flows.State{}, flows.Input{Text: "my cousin is going to Greece by dunki, the agent has taken 5 lakh already, he leaves in 2 days, the agent says 100% safe route, please stop this agent", MessageID: 1}, t0)
	d := res.State.Draft
	got := d.Answers["paid_amount"] + d.Inferred["paid_amount"]
	require.Equal(t, "Rs 5,00,000", got)
}
