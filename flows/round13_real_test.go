package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Abroad, a sum paid told in answer to "what is happening?" is how they
// got there, not the trouble (round C13: "agent ko 28 lakh diye the" of a
// boat gone silent): the own words are the answer. More money asked now
// is the trouble told in their words too (round C13 took it for money
// taken; the later rounds' writers, 19 conversations against 6, do not:
// a sum demanded of someone held abroad is for the officer to read).
//
// (One on a boat from Libya is asked where they are, and after "Libya"
// the city: the boat's, not the country they left, is the place.)
func TestHelpWhatPaymentAbroad(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ locale, opening, what, want string }{
		{"en", "my cousin is in a boat from Libya", "the agent put him in the boat, last message 2 days ago, we paid the agent 28 lakh", "other"},
		{"ur-Latn", "mera cousin kashti me hai Libya se", "agent ne kashti me bitha diya, akhri msg 2 din pehle aya, agent ko 28 lakh diye the", "other"},
		{"ur", "میرا کزن کشتی میں ہے لیبیا سے", "ایجنٹ نے کشتی میں بٹھا دیا، دو دن سے رابطہ نہیں، ایجنٹ کو اٹھائیس لاکھ دیے تھے", "other"},
		{"ur-Latn", "mera beta kashti me hai Libya se", "agent 3 lakh aur mang raha hai, pehle 8 lakh diye the", "other"},
		{"ur", "میرا بیٹا کشتی میں ہے لیبیا سے", "ایجنٹ اور پیسے مانگ رہا ہے، پہلے آٹھ لاکھ دیے تھے", "other"},
	} {
		state := flows.State{}
		say := func(text string) { state = e.Step(state, flows.Input{Text: text, MessageID: 1}, t0).State }
		say(c.opening)
		for _, step := range []struct{ node, text string }{{flows.NodeHelpCheck, "yes"}, {flows.NodeHelpWhere, "abroad"}, {flows.NodeHelpPlace, "Libya"}, {flows.NodeHelpPlace, "Zuwara"}} {
			if state.Node == step.node {
				say(step.text)
			}
		}
		require.Equal(t, flows.NodeHelpWhat, state.Node, "%s: %q", c.locale, c.opening)
		say(c.what)
		require.Equal(t, c.want, state.Draft.Answers["situation"], "%s: %q", c.locale, c.what)
	}
}
