package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// A correction at the summary that names no answer corrects the answer
// whose sum it takes back: the sum asked, or the sum paid.
func TestCorrectionBySumTakenBack(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, field, want string }{
		{"en", "no, they asked 2.5 lakh not 2 lakh", "money_asked", "Rs 2,50,000"},
		{"ur-Latn", "2 lakh nahi dhai lakh maange the", "money_asked", "Rs 2,50,000"},
		{"ur-Latn", "galti ho gai, 2 lakh nahi 3 lakh", "money_asked", "Rs 3,00,000"},
		{"ur", "۲ لاکھ نہیں ڈھائی لاکھ مانگے تھے", "money_asked", "Rs 2,50,000"},
		{"en", "sorry 50k not 40k, i gave it in two parts", "paid_amount", "Rs 50,000"},
		{"ur-Latn", "40 hazar nahi 50 hazar, do dafa me", "paid_amount", "Rs 50,000"},
	} {
		s := flows.AtQuestion(flows.NodeReportSummary, c.locale)
		for k, v := range map[string]string{"recruiter": "Nadeem Travels", "country": "Saudi Arabia", "money_asked": "Rs 2,00,000", "paid": flows.ChoiceNo} {
			s.Draft.Answers[k] = v
		}
		if c.field == "paid_amount" {
			s.Draft.Answers["paid"], s.Draft.Answers["paid_amount"] = flows.ChoiceYes, "Rs 40,000"
		}
		r := realEngine().Step(s, flows.Input{Text: c.text, MessageID: 9}, t0)
		require.Equal(t, c.want, r.State.Draft.Answers[c.field], "%s %v", c.text, r.State.Draft.Answers)
		require.Equal(t, flows.NodeReportSummary, r.State.Node, c.text)
	}
}
