package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// phonesAnswered types text at "What are the agent's phone numbers?" and
// returns what was stored.
func phonesAnswered(t *testing.T, e *flows.Engine, locale, text string) string {
	t.Helper()
	s := flows.AtQuestion(flows.NodeReportPhonesAsk, locale)
	res := e.Step(s, flows.Input{Text: text, MessageID: 99, Reference: "HSY-TEST22"}, t0)
	require.NotEqual(t, flows.NodeReportPhonesAsk, res.State.Node, text)
	return res.State.Draft.Answers["phones"]
}

// Found in C85: the writer's own number typed beside the agent's, at the
// question for the agent's, marked before it ("mera number 0300…") or
// after it ("ye 0312… mera apna number h"), is not the agent's; "my
// number, his is 0345…" marks only the first.
func TestC85OwnNumberBesideTheAgents(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ locale, text, want string }{
		{"ur-Latn", "unka number 0345-9016632 tha. mera number 0300 4471298 h agar call krni ho", "+923459016632"},
		{"ur-Latn", "0347-5521809 ye uska hai. aur ye 0312 8840217 mera apna number h agar zaroorat ho", "+923475521809"},
		{"ur", "۰۳۳۶۲۷۱۸۰۵۴ اشتہار والا، اور یہ میرا نمبر ہے ۰۳۱۱۶۴۰۲۹۷۳", "+923362718054"},
		{"en", "0300 4471298 is my number, his is 0345 9016632", "+923459016632"},
		{"en", "his is 0345 9016632, 0300 4471298 is my number", "+923459016632"},
		{"ur-Latn", "mera number: 0300 4471298, uska 0345 9016632", "+923459016632"},
		// both the agent's: "and my number" names the next one, not this
		{"ur-Latn", "0345 1234567 aur 0333 7654321", "+923451234567, +923337654321"},
		// only the writer's own given: kept, there is nothing else to keep
		{"en", "0300 4471298", "+923004471298"},
	} {
		require.Equal(t, c.want, phonesAnswered(t, e, c.locale, c.text), c.text)
	}
}
