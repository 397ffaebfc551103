package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Found in C36 (23/36 at first play): a total said after the sums paid
// ("pehle 3.5 lakh phir 4 lakh... 7 lakh 50 hazar total", "3 lakh + 3.5
// lakh = 6.5 lakh", "so 2.5 lakh") is the sum paid; "no receipt" and a
// receipt promised for later say nothing about the money, which was paid.
func TestC36Answers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ q, lang, text, want string }{
		{"report_paid", "ur-Latn", "haan do dafa mein, pehle 3.5 lakh phir 4 lakh... 7 lakh 50 hazar total", `{"answer":"yes","amount":{"value":750000,"currency":"PKR"}}`},
		{"report_paid", "en", "yes, 3 lakh + 3.5 lakh = 6.5 lakh", `{"answer":"yes","amount":{"value":650000,"currency":"PKR"}}`},
		{"report_paid", "en", "I paid 2 lakh advance, then 50k for 'embassy appointment'. so 2.5 lakh", `{"answer":"yes","amount":{"value":250000,"currency":"PKR"}}`},
		{"report_paid", "ur", "جی، پہلے تین لاکھ پھر ساڑھے تین لاکھ، یعنی ساڑھے چھ لاکھ", `{"answer":"yes","amount":{"value":650000,"currency":"PKR"}}`},
		{"report_paid", "ur-Latn", "haan 4 lakh de diye, 50 hazar baqi hai", `{"answer":"yes","amount":{"value":400000,"currency":"PKR"}}`},
		{"report_paid", "en", "yes 2 lakh, so I have nothing left", `{"answer":"yes","amount":{"value":200000,"currency":"PKR"}}`},
		{"report_money", "en", "9 lakh each, plus the 1.5 he's asking now, so 10.5 lakh for me", `{"answer":"amount","amount":{"value":1050000,"currency":"PKR"}}`},
		{"report_paid", "en", "no receipt, nothing paid yet", `{"answer":"no"}`},
	} {
		readsAsJSON(t, e, c.q, c.lang, c.text, c.want)
	}
}

// "cash, no receipt" and "raseed maangi to bole baad mein" asked how the
// money went keep the payment (C36-009, C36-019: the report said nothing
// was paid); "no, nothing paid" still takes it back.
func TestC36NoReceiptIsStillPaid(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text, paid, how string }{
		{"en", "cash, no receipt", "", "cash"},
		{"ur-Latn", "sab cash, office mein. raseed maangi to bole baad mein", "", "cash"},
		{"ur", "نقد، رسید نہیں دی", "", "cash"},
		{"en", "no, nothing paid", flows.ChoiceNo, ""},
		{"ur-Latn", "nahi kuch nahi diya", flows.ChoiceNo, ""},
	} {
		s := flows.AtQuestion(flows.NodeReportPaidHow, c.lang)
		res := e.Step(s, flows.Input{Text: c.text, MessageID: 9, Reference: "HSY-TEST36"}, t0)
		require.NotNil(t, res.State.Draft, c.text)
		require.Equal(t, c.paid, res.State.Draft.Answers["paid"], c.text)
		require.Equal(t, c.how, res.State.Draft.Answers["paid_how"], c.text)
	}
}

// The licence number a person gave for the firm they report is kept with
// the report's answers (C36-009, C37-012); a report with none has none.
func TestC36LicenceKeptWithTheReport(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct {
		msgs []string
		want string
	}{
		{[]string{"Rawalpindi ki ek licensed company Sky Bridge Overseas, license 4120/RWP, ne Qatar ke liye 4 lakh liye, raseed nahi di", "bas", "haan", "agent", "skip", "skip", "skip", "skip", "skip", "skip", "skip", "skip", "confirm"}, "4120/RWP"},
		{[]string{"an agent in Sialkot took 2 lakh from me for Romania and disappeared", "done", "yes", "agent", "skip", "skip", "skip", "skip", "skip", "skip", "skip", "skip", "confirm"}, ""},
	} {
		var st flows.State
		var spec *flows.ReportSpec
		for i, m := range c.msgs {
			res := e.Step(st, flows.Input{Text: m, MessageID: int64(i + 1), Reference: "HSY-TESTLIC"}, t0)
			st = res.State
			for _, ef := range res.Effects {
				if ef.Report != nil {
					spec = ef.Report
				}
			}
		}
		require.NotNil(t, spec, c.msgs[0])
		require.Equal(t, c.want, spec.Answers["licence"], c.msgs[0])
	}
}
