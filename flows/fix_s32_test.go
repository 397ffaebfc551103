package flows_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Found in C291-C292 and A114 (first played in the thirty-second session).
func TestSession32TypedAnswers(t *testing.T) {
	t.Parallel()
	requireSlots(t, []slotCase{
		// the sums asked, told where payment was asked: the sum asked, and
		// the payment asked again (C291-001 stored "paid: Rs 6,35,000")
		{flows.NodeReportPaid, "en", "35k file charges first then 6 lakh when visa comes, so 6,35,000 in total", "money_asked", "Rs 6,35,000"},
		{flows.NodeReportPaid, "en", "35k file charges first then 6 lakh when visa comes, so 6,35,000 in total", "paid", ""},
		// one who said the agent's number and then their own, a few words on
		// (C291-014 stored both)
		{flows.NodeReportPhonesAsk, "ur-Latn", "agent ka 0313 4470592. mera apna no ye h jis se msg kr rha 0349 6603718", "phones", "+923134470592"},
		// here first, a number as the other way (C291-022 stored "number")
		{flows.NodeHelpContact, "en", "Here on telegram, or my number 0331 4482907", "contact", "here"},
		{flows.NodeHelpContact, "en", "Here on telegram, or my number 0331 4482907", "contact_number", "+923314482907"},
		// a child one only saw (C291-021 stored "self")
		{flows.NodeHelpWhom, "ur-Latn", "main truck driver hun, bacha mera kuch nahi lagta, bas dekha nai gya", "whom", "other"},
		{flows.NodeHelpWhom, "ur", "میرے میاں وہاں ہیں، انہی کے لیے", "whom", "other"},
		// the passport with the worker himself is no passport taken (C292-023)
		{flows.NodeHelpWhat, "ur-Latn", "scaffolding se gira 3 din pehle, kamar ki haddi. company keh rahi h bill khud do. passport uske apne pas h", "situation", "other"},
		// a sum unknown is no payment unknown (C292-010 stored "don't know")
		{flows.NodeReportPaid, "en", "not sure how much. abu says he gave 1 lakh but my uncle says 2", "paid", flows.ChoiceYes},
		{flows.NodeReportPaid, "ur-Latn", "diye thay, 2 dafa me, total saarhe 6 lakh", "paid_amount", "Rs 6,50,000"},
		{flows.NodeReportConsent, "ur", "میرا نمبر ان کو دے دیں، مجھے کوئی ڈر نہیں", "consent", "yes"},
		{flows.NodeReportMoney, "ur-Latn", "paise ka to abhi zikr nai hua, keh raha tha pehle medical hoga", "money_asked", "none"},
		{flows.NodeHelpNumber, "en", "03O1-2238876", "contact_number", "+923012238876"},
	})
	// whether a fee is legal, asked at the money question: answered with
	// the rule, and the question asked again (C291-001 stored the sum and
	// moved on)
	r := at(t, flows.NodeReportMoney, "en", "is 35k even legal for file charges?")
	require.Equal(t, flows.NodeReportMoney, r.State.Node)
	require.Empty(t, sentAnswers(r)["money_asked"])
	require.Contains(t, joinReplies(r), texts.T("en", "aside_legal_fee", nil))
}

// "ji sadhe teen de chuke" after 4.5 lakh asked is 3.5 lakh paid (C291-005
// stored the salary of the opening).
func TestSession32SpokenLakhsPaid(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeMenu, "ur-Latn",
		"Al-Hamd Overseas Employment Promoters ne beta Saudi bhejne ka kaha tha, 1800 riyal tankhwa",
		"bs itna hi", "nahi", "office gaye the", "Al-Hamd Overseas", "0300-5127764", "saudia",
		"pehle 3 lakh kaha tha.. nahi 3.5 lakh, haan sadhe teen. ab 1 lakh upar se mang rahe",
		"ji sadhe teen de chuke")
	require.Equal(t, "Rs 3,50,000", res.State.Draft.Answers["paid_amount"])
}

// Erasing: keeping said after a doubled "na" is a no (A114-0358 was
// erased); the wish first, then why, is a yes (A114-0357 kept all); a
// reference with "DLT" in it is no wish to erase (C291-031).
func TestSession32Erase(t *testing.T) {
	t.Parallel()
	e := realEngine()
	require.False(t, erased(stepsAt(e, flows.NodeErase, "ur-Latn", "na na rakho, shikayat to zaroor krni h")))
	require.True(t, erased(stepsAt(e, flows.NodeErase, "ur-Latn", "delete kr do bas, agent ko shayd pata chal gya h")))
	require.False(t, erased(stepsAt(e, flows.NodeErase, "ur-Latn", "mita do, shayad")))
	// "don't keep anything" is a yes, its "mat" one of keeping (kept all before)
	require.True(t, erased(stepsAt(e, flows.NodeErase, "ur-Latn", "mat rakho kuch bhi, sab mita do")))
	require.False(t, erased(stepsAt(e, flows.NodeErase, "ur-Latn", "nahi mat mitao")))
	res := stepsAt(e, flows.NodeMenu, "en", "any update on my complaint about the UK care visa people? ref HSY-W93DLT. its been 3 weeks")
	require.NotEqual(t, flows.NodeErase, res.State.Node)
	require.False(t, erased(res))
}

// A person who cannot type what happened, and is threatened now, is
// helped (C292-024 went to a person's queue with nothing asked); one who
// asks for a person outright is handed over (C282-035).
func TestSession32HumanOrHelp(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeMenu, "en", "Hi, this is about my sister. She came back from Iraq 2 weeks ago. The agent sent her for a salon job but it was something else, I dont want to write it here. Now his people are calling us and threatening")
	require.Equal(t, flows.KindHelp, res.State.Draft.Kind)
	res = stepsAt(e, flows.NodeMenu, "ur-Latn", "mujhe kisi insan se baat karni h, bot se nahi. beti k rishte walon ne dubai ka keh k paise liye hain, phone pe samjhaungi, likhna nahi aata itna")
	require.Equal(t, flows.KindHuman, res.State.Draft.Kind)
}

// "cant talk much they check phone" at the help check: how to be reached,
// and its words go with the account, read as one watched (C291-019 was
// passed on as urgent only).
func TestSession32WatchedAtCheck(t *testing.T) {
	t.Parallel()
	e := realEngine()
	state := flows.State{}
	var spec *flows.ReportSpec
	for i, text := range []string{"please help im pakistani stuck in cambodia, fraud company, they took passport", "cant talk much they check phone"} {
		res := e.Step(state, flows.Input{Text: text, MessageID: int64(i + 1), Reference: "HSY-WATCH2"}, t0)
		state = res.State
		for _, ef := range res.Effects {
			if ef.Kind == flows.EffectCreateReport {
				spec = ef.Report
			}
		}
	}
	require.NotNil(t, spec)
	require.Equal(t, "discreet", spec.Answers["contact"])
	require.True(t, strings.Contains(spec.Text, "they check phone"), spec.Text)
}

// Found in A115 and C293 (first played after the first round's lessons).
func TestSession32SecondRound(t *testing.T) {
	t.Parallel()
	requireSlots(t, []slotCase{
		{flows.NodeReportMoney, "en", "they only asked for my CNIC copy and photos, nothing about money", "money_asked", "none"},
		{flows.NodeReportPaid, "en", "thank God I got suspicious before handing over anything", "paid", "no"},
	})
	e := realEngine()
	require.False(t, erased(stepsAt(e, flows.NodeErase, "ur", "نہیں نہیں، ایسے ہی رہنے دیں")))
	require.Equal(t, flows.NodeReportSummary, stepsAt(e, flows.NodeReportOffer, "ur", "بس جی، اس کے علاوہ اس نے کچھ نہیں بھیجا تھا").State.Node)
	// an account of money paid that closes "kia krun" is the agent's
	// report (C293-014 went to help and was stuck)
	res := stepsAt(e, flows.NodeMenu, "ur-Latn", "dubai security guard job k liye fb pe ek bnde ne 1.5 lac bola tha total, 12 hzr abhi easypaisa kiye registration k. ab wo aur mang rha h. kia krun")
	require.Equal(t, flows.KindReport, res.State.Draft.Kind)
}

// An ordeal over, and what to do about the agent asked, is helped
// (C296-023 went to the offer and was stuck).
func TestSession32OrdealOverAsked(t *testing.T) {
	t.Parallel()
	res := stepsAt(realEngine(), flows.NodeMenu, "en", "Hello. I came back from Malaysia 3 weeks ago. There the employer kept my passport and we worked like prisoners on a palm oil estate. The embassy helped me get out. Now I am home. What can I do against the agent who sent me?")
	require.Equal(t, flows.KindHelp, res.State.Draft.Kind)
}
