package flows_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Found in C63 and C64: an account that ends "… مجھے واپس بھیج دیا" (they sent
// me back) was read as "I've sent everything", kept nothing, and "send the
// offer first" was then repeated 38 times; a bare "bhej diya" in an account
// is no "done", and "send the offer first" is said once. A brother "supposed
// to fly … next Thursday" to Benghazi, "we are so scared … please stop this",
// is the agent's report, not a plea.
func TestC63Readings(t *testing.T) {
	t.Parallel()
	e := realEngine()
	state := flows.State{}
	var texts []string
	for i, text := range []string{"ایجنٹ نے جعلی ویزا دیا ہے", "النور ٹریول اینڈ ٹورز والے شاہد بٹ نے سعودی کا ورک ویزا لگوایا تھا۔ ایئرپورٹ پر امیگریشن والوں نے کہا ویزا جعلی ہے، سسٹم میں نہیں، مجھے واپس بھیج دیا"} {
		res := e.Step(state, flows.Input{Text: text, MessageID: int64(i + 1), Reference: "HSY-TEST01", SMS: true}, t0)
		state = res.State
	}
	texts = state.Draft.Texts
	require.Len(t, texts, 1)
	state = flows.State{}
	var replies []string
	for i, text := range []string{"report karna hai", "bas", "bas"} {
		res := e.Step(state, flows.Input{Text: text, MessageID: int64(i + 1), Reference: "HSY-TEST01"}, t0)
		state = res.State
		for _, r := range res.Replies {
			replies = append(replies, r.Text)
		}
	}
	require.NotEqual(t, flows.NodeReportOffer, state.Node, strings.Join(replies, " / "))
	res := e.Step(flows.State{}, flows.Input{Text: "Assalam o alaikum. I am writing about my younger brother Hamza, he is 19. An agent in Gujranwala has convinced him to go to Italy 'by the Libya route'. My father has already given 10 lakh. Hamza is supposed to fly to Dubai next Thursday and from there to Benghazi. We are so scared, we saw the boat news from Greece. Please stop this", MessageID: 1, Reference: "HSY-TEST01"}, t0)
	require.Equal(t, flows.NodeReportOffer, res.State.Node)
}
