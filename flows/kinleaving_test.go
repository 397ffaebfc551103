package flows_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// One who writes that someone of their own is about to set out on a
// smuggler's route ("How do I stop him?") hears the danger and what to do
// before the report about the agent, in their language; a report about a
// smuggler in general does not.
func TestKinLeavingHearsTheDangerFirst(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct {
		text, locale string
		want         bool
	}{
		{"my brother is going to Libya next week to take a boat to Italy. How do I stop him?", "en", true},
		{"assalam o alaikum mera beta kal dunki se iran ja raha hai rok nahi raha", "ur-Latn", true},
		{"مجھے ڈر ہے کہ میرا بیٹا ڈنکی لگا کر یونان جائے گا، ایجنٹ نے ۲۰ لاکھ مانگے ہیں", "ur", true},
		{"ek banda hamare gaon me dunki lagwata hai greece ke liye, 20 lakh leta hai", "ur-Latn", false},
	} {
		res := e.Step(flows.State{}, flows.Input{Text: c.text, MessageID: 1, Reference: "HSY-SIM001"}, t0)
		var all []string
		for _, r := range res.Replies {
			all = append(all, r.Text)
		}
		got := strings.Contains(strings.Join(all, "\n"), texts.T(c.locale, "report_kin_leaving", nil))
		require.Equal(t, c.want, got, "%s\n%v", c.text, all)
		require.Equal(t, flows.NodeReportOffer, res.State.Node, c.text)
	}
}
