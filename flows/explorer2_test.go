package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Found by a tester typing as users (the explorer's report, H3, H5 and
// H6), each as a family of wordings in the three languages.

// A country set right where another question is asked ("actually its
// Qatar not Saudi" at "have you paid?") replaces the country; it is no
// "no" to that question, which is asked again and still open.
func TestExplorerCountrySetRightAtAYesNoQuestion(t *testing.T) {
	t.Parallel()
	qatar := map[string]string{"en": "Qatar", "ur": "قطر", "ur-Latn": "Qatar"}
	for _, c := range []struct{ lang, text string }{
		{"en", "actually its Qatar not Saudi"},
		{"en", "sorry i mean Qatar, not saudi"},
		{"en", "wait, it was qatar not saudi arabia"},
		{"ur", "معاف کریں، سعودی نہیں قطر ہے"},
		{"ur", "میرا مطلب قطر تھا، سعودی نہیں"},
		{"ur-Latn", "sorry saudi nahi qatar hai"},
		{"ur-Latn", "nahi balke qatar, saudi nahi"},
	} {
		for _, node := range []string{flows.NodeReportPaid, flows.NodeReportDocs, flows.NodeReportConsent} {
			st := flows.AtQuestion(node, c.lang)
			st.Draft.Answers["country"] = "Saudi Arabia"
			res := realEngine().Step(st, flows.Input{Text: c.text, MessageID: 90}, t0)
			require.Equal(t, qatar[c.lang], res.State.Draft.Answers["country"], "%s at %s", c.text, node)
			require.Equal(t, node, res.State.Node, "%s at %s", c.text, node)
			for _, k := range []string{"paid", "documents", "consent"} {
				_, set := res.State.Draft.Answers[k]
				require.False(t, set, "%s at %s stored %s", c.text, node, k)
			}
		}
	}
	// a "no" that names a country is still a no where nothing is set right
	st := flows.AtQuestion(flows.NodeReportPaid, "en")
	res := realEngine().Step(st, flows.Input{Text: "no, nothing paid to the Saudi agent", MessageID: 90}, t0)
	require.Equal(t, flows.ChoiceNo, res.State.Draft.Answers["paid"])
}

// Something sent that is not money ("video bheji hai", "sent a voice
// note") beside a sum asked is no payment: the sum stays asked.
func TestExplorerThingsSentAreNoPayment(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ lang, text string }{
		{"ur-Latn", "mera bhai libya me hai agent ne band kiya hua hai 30 lac maang rahe video bheji hai"},
		{"ur-Latn", "bhai libya me band hai, wo 30 lakh mang rahe, unhon ne photo bheji"},
		{"ur", "میرا بھائی لیبیا میں بند ہے، ۳۰ لاکھ مانگ رہے ہیں، ویڈیو بھیجی ہے"},
		{"en", "my brother is locked up in libya, they want 30 lakh and sent a video of him"},
	} {
		st, _ := typeAs(t, false, c.text)
		require.NotNil(t, st.Draft, c.text)
		require.NotEqual(t, flows.ChoiceYes, st.Draft.Inferred["paid"], c.text)
		require.Empty(t, st.Draft.Inferred["paid_amount"], c.text)
	}
}

// A part paid, the rest due later ("advance 50 hazar lye, baki visa ke
// baad"), is paid, and the sum paid is the part, not the total; SMS
// spellings ("agnt", "lye") read as the words they stand for.
func TestExplorerPartPaidRestLater(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		lang, text, paid string
	}{
		{"ur-Latn", "agnt ne advance 50 hazar lye baki visa ke baad dene hain, total 4 lakh", "Rs 50,000"},
		{"ur-Latn", "Qatar visa k liye 3.5 lakh mange, maine advance 1 lakh de diya baki baad me", "Rs 1,00,000"},
		{"ur", "قطر کے ویزے کے ساڑھے تین لاکھ مانگے، ایک لاکھ ایڈوانس دے دیا باقی ویزا آنے کے بعد", "Rs 1,00,000"},
		{"en", "agent wants 4 lakh total, i paid 50k advance, rest after visa", "Rs 50,000"},
	} {
		st, _ := typeAs(t, false, "report", c.text, "done")
		require.NotNil(t, st.Draft, c.text)
		require.Equal(t, flows.ChoiceYes, st.Draft.Inferred["paid"], c.text)
		require.Equal(t, c.paid, st.Draft.Inferred["paid_amount"], c.text)
	}
}
