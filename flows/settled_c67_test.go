package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Found in C67: a worker back home who asks how to claim wages a company
// abroad still owes him ("3 mahine pehle Saudi se wapis aaya hun ... ab main
// Pakistan me hun") is passed on as a claim, not as urgent; one still
// abroad and unpaid stays urgent.
func TestWagesClaimedFromHomeAreSettled(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		locale, text, where string
		settled             bool
	}{
		{"ur-Latn", "main 3 mahine pehle Saudi se wapis aaya hun, company ne meri final settlement aur 2 mahine ki tankhwa nahi di. ab main Pakistan me hun kaise wasool karun?", "pakistan", true},
		{"ur", "میں دبئی سے واپس آ گیا ہوں، کمپنی نے آخری دو مہینے کی تنخواہ نہیں دی", "pakistan", true},
		{"en", "I came back home to pakistan in march, the company in Doha still owes me 3 months salary", "pakistan", true},
		{"ur-Latn", "main Saudi me hun, 4 mahine se tankhwa nahi mili", "abroad", false},
		{"ur-Latn", "bhatte ka malik 3 mahine se paise nahi de raha", "pakistan", false},
	} {
		st := flows.AtQuestion(flows.NodeHelpContact, c.locale)
		st.Draft.Texts = []string{c.text}
		st.Draft.Answers["where"] = c.where
		st.Draft.Answers["situation"] = "unpaid"
		st.Draft.Answers["whom"] = "self"
		res := realEngine().Step(st, flows.Input{Text: "isi chat me", MessageID: 9, Reference: "HSY-SAFE67"}, t0)
		require.True(t, created(res), c.text)
		urgent := texts.T(c.locale, "urgency_urgent", nil)
		if c.settled {
			require.NotContains(t, joinReplies(res), urgent, c.text)
		} else {
			require.Contains(t, joinReplies(res), urgent, c.text)
		}
	}
}
