package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// A sum asked and paid in one clause ("35 hazar mange wo de diye") is the
// sum paid, not the total of it and what is asked more (C241-002 stored
// Rs 1,15,000 paid). A part ("I paid half") or a later payment of a sum
// said before ("50 hazar baad mein liye", C40-025) is no such clause.
func TestAskedThenPaidInItsClause(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ locale, text, asked, paid string }{
		{"ur", "پہلے ۳۵ ہزار مانگے وہ دے دیے، اب ۸۰ ہزار اور مانگ رہے ہیں، کل ایک لاکھ پندرہ ہزار بنتے ہیں", "Rs 1,15,000", "Rs 35,000"},
		{"ur-Latn", "pehle 35 hazar mange wo de diye, ab 80 hazar aur mang rahe hain, total 1 lakh 15 hazar banta hai", "Rs 1,15,000", "Rs 35,000"},
		{"en", "first they asked 35000 which I paid, now they want 80000 more, total 115000", "Rs 1,15,000", "Rs 35,000"},
		{"ur-Latn", "2 lakh maange jo maine de diye, ab 50 hazar aur maang rahe", "Rs 2,50,000", "Rs 2,00,000"},
		{"en", "they asked 3 lakh and I paid half", "Rs 3,00,000", ""},
		{"ur-Latn", "3 lakh mange the maine aadhe de diye", "Rs 3,00,000", ""},
		{"ur", "پانچ لاکھ... نہیں ساڑھے پانچ، پچاس ہزار بعد میں میڈیکل کے نام پر لیے تھے", "Rs 5,50,000", "Rs 5,50,000"},
	} {
		got := sentAnswers(e.Step(flows.AtQuestion(flows.NodeReportMoney, c.locale), flows.Input{Text: c.text, MessageID: 9}, t0))
		require.Equal(t, c.asked, got["money_asked"], c.text)
		require.Equal(t, c.paid, got["paid_amount"], c.text)
	}
}

// A report asked against an agent or agency, of a relative in danger
// abroad, gets the numbers to call and is made as a report, sent at once
// (C244-004, C238-008); the same danger told as a plea, or of "something
// next door", is a plea for help.
func TestReportOfRecruiterInDanger(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct {
		text, kind string
	}{
		{"I want to report an agency in Karachi that sent my brother to Myanmar. He was told call centre job in Bangkok, now he is in some compound near the border and they beat him when he doesn't meet target", flows.KindReport},
		{"میں اپنے بھائی کے ایجنٹ کی شکایت درج کرانا چاہتی ہوں۔ بھائی کو تھائی لینڈ میں کال سینٹر کی نوکری کا کہہ کر بھیجا تھا، وہاں سے گاڑی میں بٹھا کر میانمار لے گئے", flows.KindReport},
		{"mujhe apne bhai ke agent ki shikayat karni hai. Libya bheja tha ab wahan band kar ke marte hain", flows.KindReport},
		{"I need to report something happening next door. A small girl, maybe 10, works in the house and they beat her, she never goes out", flows.KindHelp},
		{"my brother is locked in a room in Libya and the agent is beating him, please help", flows.KindHelp},
	} {
		res := e.Step(flows.State{}, flows.Input{Text: c.text, MessageID: 1, Reference: "HSY-S24REP"}, t0)
		require.NotNil(t, res.State.Draft, c.text)
		require.Equal(t, c.kind, res.State.Draft.Kind, c.text)
		require.Contains(t, joinReplies(res), "1122", c.text) // the numbers to call come first
		if c.kind == flows.KindReport {
			require.True(t, hasEffect(res, flows.EffectCreateReport), c.text) // sent at once, with its danger
		}
	}
}

// Sums paid on days of their own ("1 lakh on 4th and 1 lakh on 9th") are
// paid in all (C242-001 kept 1 lakh); a yes with a sum, and a doubt only
// of another sum after it, is that sum paid (C242-018 stored 10,000, or
// nothing known).
func TestDatedPartsAndDoubtOfASecondSum(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ node, locale, text, paid, amount string }{
		{flows.NodeReportPaidHow, "en", "Bank transfer to a Meezan account, title was Rafay Enterprises. 1 lakh on 4th and 1 lakh on 9th, I have the screenshots", "", "Rs 2,00,000"},
		{flows.NodeReportPaidHow, "ur-Latn", "50 hazar 3 tareekh ko aur 50 hazar 10 tareekh ko easypaisa se", "", "Rs 1,00,000"},
		{flows.NodeReportPaidHow, "ur", "۵۰ ہزار ۳ تاریخ کو اور ۵۰ ہزار ۱۰ تاریخ کو ایزی پیسہ سے", "", "Rs 1,00,000"},
		{flows.NodeReportPaidHow, "en", "jazzcash, 20000 on monday and 30000 on friday", "", "Rs 50,000"},
		{flows.NodeReportPaid, "en", "yes 85 thousand. maybe my mother also sent 10 thousand separately, not sure", "yes", "Rs 85,000"},
		{flows.NodeReportPaid, "ur-Latn", "haan 85 hazar... shayd ammi ne b 10 hazar alag bheje the, mjhe confirm nai", "yes", "Rs 85,000"},
		{flows.NodeReportPaid, "ur", "جی ۸۵ ہزار... شاید امی نے بھی ۱۰ ہزار الگ بھیجے تھے، مجھے پکا نہیں پتا", "yes", "Rs 85,000"},
		{flows.NodeReportPaid, "ur-Latn", "haan shayad 50 hazar diye the, confirm nai", "unknown", ""},
	} {
		got := sentAnswers(e.Step(flows.AtQuestion(c.node, c.locale), flows.Input{Text: c.text, MessageID: 9}, t0))
		if c.paid != "" {
			require.Equal(t, c.paid, got["paid"], c.text)
		}
		require.Equal(t, c.amount, got["paid_amount"], c.text)
	}
}

// At the summary, a salary corrected ("salary was 160 KD not 180.
// otherwise ok", C245-004 stuck at "which answer?") is kept for the
// officer and, with its yes, sends the report; a salary only added goes
// to the offer's change. "60000 not 50000" corrects to 60000: the English
// "not" denies the sum after it (it stored "Rs 0").
func TestSummarySalaryCorrectedAndEnglishNot(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ locale, text string }{
		{"en", "one correction, salary was 160 KD not 180. otherwise ok"},
		{"en", "small correction: the salary was 1500 riyal not 1800, rest is fine"},
	} {
		res := e.Step(flows.AtQuestion(flows.NodeReportSummary, c.locale), flows.Input{Text: c.text, MessageID: 9, Reference: "HSY-S24SUM"}, t0)
		require.True(t, hasEffect(res, flows.EffectCreateReport), c.text)
	}
	res := e.Step(flows.AtQuestion(flows.NodeReportSummary, "ur-Latn"), flows.Input{Text: "offer me ye bhi add kro k salary 1200 dollar boli thi", MessageID: 9}, t0)
	require.False(t, hasEffect(res, flows.EffectCreateReport))
	require.Equal(t, flows.NodeReportFix, res.State.Node)
	got := sentAnswers(e.Step(flows.AtQuestion(flows.NodeReportSummary, "en"), flows.Input{Text: "paid was 60000 not 50000, otherwise ok", MessageID: 9}, t0))
	require.Equal(t, "Rs 60,000", got["paid_amount"])
	require.Equal(t, "yes", got["paid"])
}
