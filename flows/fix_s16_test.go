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
