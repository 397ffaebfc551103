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
