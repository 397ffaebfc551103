package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// A sum asked in pounds, then paid as a bare number: the number is in
// pounds (C168-013 stored "Rs 3,000"). A payment told again in rupees at
// the "how" question is the same one converted, not a new sum (C169-022
// stored 9 lakh where GBP 2,500 was paid). A bare number larger than the
// sum asked stays rupees.
func TestPaidInAskedCurrency(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeReportMoney, "en", "GBP 7,000 for the CoS", "Yes he paid the first half. Actually no, 3,000 not 3,500")
	require.Equal(t, "GBP 3,000", sentAnswers(res)["paid_amount"])

	res = stepsAt(e, flows.NodeReportMoney, "ur", "سات ہزار پاؤنڈ", "جی، ڈھائی ہزار پاؤنڈ",
		"بینک سے، لاہور کے کسی عدنان ٹریڈرز کے اکاؤنٹ میں۔ تقریباً نو لاکھ روپے بنے تھے")
	a := sentAnswers(res)
	require.Equal(t, "GBP 2,500", a["paid_amount"])
	require.Equal(t, "bank", a["paid_how"])

	res = stepsAt(e, flows.NodeReportMoney, "ur-Latn", "5000 dollar", "haan 350000 diye")
	require.Equal(t, "Rs 3,50,000", sentAnswers(res)["paid_amount"])
}

// A light verb after a sum is no payment: "barha diye" (raised), "likh
// diye" (wrote), "بڑھا دیے" told of the sum asked (C169-005 stored 6.5
// lakh as paid). "de diye" still is.
func TestRaisedIsNotPaid(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text string }{
		{"ur", "چھ لاکھ کہا تھا۔ نہیں معاف کریں، چھ نہیں ساڑھے چھ لاکھ، پچاس ہزار بعد میں ٹکٹ کے نام پر بڑھا دیے"},
		{"ur-Latn", "6 lakh bola tha, phir 50 hazar ticket ke naam pe barha diye"},
		{"ur-Latn", "3 lakh mange the, phir 20 hazar medical ke naam pe barha diye"},
	} {
		res := stepsAt(e, flows.NodeReportMoney, c.lang, c.text)
		a := sentAnswers(res)
		require.Empty(t, a["paid"], c.text)
		require.Equal(t, flows.NodeReportPaid, res.State.Node, c.text)
	}
	res := stepsAt(e, flows.NodeReportMoney, "ur-Latn", "6 lakh mange, 2 lakh de diye")
	require.Equal(t, "Rs 2,00,000", sentAnswers(res)["paid_amount"])
}

// A trouble told only as "mere bete ka masla hai" or "passport le liya",
// in the account of a named agent or a licensed firm at home, is their
// report (C171-006, C172-006 went to help and were stuck at "where are
// you?"). Told alone, or with a plea, it is still help.
func TestSoftPleaInAgentAccount(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text string }{
		{"ur-Latn", "slam. Rana Shahid nam ka agent h sheikhupura me, malaysia k palm k bagh me kaam k liye larke bhej raha h. mere bhai ka passport le lia h. koi office nai h uska"},
		{"ur", "میرے بیٹے کا مسئلہ ہے۔ راولپنڈی کی ایک لائسنس والی کمپنی نے سعودیہ میں الیکٹریشن کا ویزا کہا تھا، دس مہینے ہو گئے نہ ویزا نہ پیسے واپس"},
		{"en", "My son has a problem. A licensed promoter in Lahore promised a Qatar visa, 8 months now, no visa and no refund"},
	} {
		res := stepsAt(e, flows.NodeMenu, c.lang, c.text)
		require.Equal(t, flows.KindReport, res.State.Draft.Kind, c.text)
	}
	for _, c := range []struct{ lang, text string }{
		{"ur-Latn", "mere bhai ka masla hai, madad karein, wo Dubai me phansa hua hai"},
		{"ur", "ایجنٹ نے میرا پاسپورٹ لے لیا ہے، کہتا ہے پچاس ہزار دو تو واپس کروں گا"},
	} {
		res := stepsAt(e, flows.NodeMenu, c.lang, c.text)
		require.Equal(t, flows.KindHelp, res.State.Draft.Kind, c.text)
	}
}

// A smuggler "saying he will send" a nephew by boat, the journey still
// ahead, is the smuggler's report (C171-008 went to help).
func TestSmugglerSaysHeWillSend(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text string }{
		{"ur", "میرے بھانجے کو گجرات کا ایک ایجنٹ لیبیا کے راستے اٹلی بھیجنے کا کہہ رہا ہے کشتی سے۔ پچیس لاکھ مانگے ہیں آدھے ابھی آدھے اٹلی پہنچ کر، دس لاکھ لڑکے کے باپ نے دے بھی دیے"},
		{"ur-Latn", "mere bhanje ko ek agent libya k raste italy bhejne ka keh raha hai kashti se, 25 lakh mange hain"},
	} {
		res := stepsAt(e, flows.NodeMenu, c.lang, c.text)
		require.Equal(t, flows.KindReport, res.State.Draft.Kind, c.text)
	}
}

// "Yes, all of it — rather no, 3 lakh 50 paid, 30 thousand was due at the
// ticket": the "no" of the correction takes back "all", no payment; the sum
// paid is the one told after it, not the whole asked (C172-006 stored
// "paid: no", then 3.8 lakh).
func TestPaidCorrectedRatherNo(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, asked, paid string }{
		{"ur", "تین لاکھ اسی ہزار مانگے تھے", "جی پورے دے دیے، بلکہ نہیں، تین لاکھ پچاس دیے ہیں، تیس ہزار ٹکٹ کے وقت دینے تھے"},
		{"ur-Latn", "3 lakh 80 hazar mange the", "ji poore de diye, balke nahi, 3 lakh 50 diye hain, 30 hazar ticket ke waqt dene the"},
	} {
		a := sentAnswers(stepsAt(e, flows.NodeReportMoney, c.lang, c.asked, c.paid))
		require.Equal(t, flows.ChoiceYes, a["paid"], c.paid)
		require.Equal(t, "Rs 3,50,000", a["paid_amount"], c.paid)
	}
	a := sentAnswers(stepsAt(e, flows.NodeReportPaid, "ur-Latn", "haan diye the... nahi ruko, nahi diye"))
	require.Equal(t, flows.ChoiceNo, a["paid"])
}
