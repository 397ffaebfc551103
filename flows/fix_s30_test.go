package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// The total told first, then how it went in parts, is the sum paid
// (C282-007 stored none); sums that are not parts of it leave it unknown.
func TestSession30TotalThenParts(t *testing.T) {
	t.Parallel()
	e := realEngine()
	paidAt := func(text string) map[string]string {
		s := flows.AtQuestion(flows.NodeReportPaid, "en")
		return sentAnswers(e.Step(s, flows.Input{Text: text, MessageID: 99, Reference: "HSY-TEST30"}, t0))
	}
	got := paidAt("6 lakh by bank transfer, two transfers of 3 lakh each to a Meezan account in Faisal Mehmood's name")
	require.Equal(t, "yes", got["paid"])
	require.Equal(t, "Rs 6,00,000", got["paid_amount"])
	require.Equal(t, "bank", got["paid_how"])
	require.NotEqual(t, "Rs 5,00,000", paidAt("5 lakh by bank, 2 lakh cash")["paid_amount"])
}
