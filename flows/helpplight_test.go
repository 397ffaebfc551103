package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// situationTold plays a plea for someone abroad up to "what is happening?"
// and returns the situation read from what.
func situationTold(t *testing.T, opening, what string, answersAt map[string]string) string {
	t.Helper()
	e := realEngine()
	r := e.Step(flows.State{}, flows.Input{Text: opening, MessageID: 1, Reference: "HSY-PLIGHT"}, t0)
	for id := int64(2); id < 12; id++ {
		node := r.State.Node
		text, ok := answersAt[node]
		if node == flows.NodeHelpWhat {
			text, ok = what, true
		}
		require.True(t, ok, "%q: no answer at %s", opening, node)
		r = e.Step(r.State, flows.Input{Text: text, MessageID: id, Reference: "HSY-PLIGHT"}, t0)
		if node == flows.NodeHelpWhat {
			require.NotNil(t, r.State.Draft, "%q", opening)
			return r.State.Draft.Answers["situation"]
		}
	}
	t.Fatalf("%q: never asked what is happening", opening)
	return ""
}

// Abroad, money the agent took is how they got there: a plight told now
// (left in the mountains, no food or water, very cold) is what is
// happening, not money taken (C21-020). Money taken that is the trouble
// itself (no job, more asked, the agent's phone off) stays money taken.
func TestPlightNowBeatsMoneyTakenAbroad(t *testing.T) {
	t.Parallel()
	en := map[string]string{flows.NodeHelpCheck: "yes", flows.NodeHelpWhere: "abroad", flows.NodeHelpPlace: "Iran", flows.NodeHelpWhom: "my nephew"}
	ur := map[string]string{flows.NodeHelpCheck: "جی ہاں", flows.NodeHelpWhere: "باہر", flows.NodeHelpPlace: "ایران", flows.NodeHelpWhom: "بھتیجا"}
	rl := map[string]string{flows.NodeHelpCheck: "haan", flows.NodeHelpWhere: "bahar", flows.NodeHelpPlace: "Iran", flows.NodeHelpWhom: "bhatija"}
	for _, c := range []struct {
		opening, what string
		at            map[string]string
		want          string
	}{
		{"my nephew is stuck in Iran, please help", "the agent took money to get them to Turkey. now his men left them in the mountains, no food or water", en, "other"},
		{"my nephew is stuck in Iran, please help", "agent took 8 lakh. they are stranded at the border, very cold, nothing to eat", en, "other"},
		{"my nephew is stuck in Iran, please help", "agent took the money, now they are starving and freezing", en, "other"},
		{"میرا بھتیجا ایران میں پھنسا ہوا ہے، مدد کریں", "ایجنٹ نے ترکی پہنچانے کا کہا تھا، پیسے لے لیے۔ اب ان کو پہاڑ میں چھوڑ دیا، سردی بہت ہے، کھانا پانی ختم", ur, "other"},
		{"میرا بھتیجا ایران میں پھنسا ہوا ہے، مدد کریں", "ایجنٹ نے آٹھ لاکھ لیے، بندے چھوڑ کر چلے گئے، دو دن سے کھانا نہیں", ur, "other"},
		{"mera bhatija iran me phansa hua hai madad karo", "agent ne turkey pohanchane ke paise le liye, ab unko pahar me chhor diya, khana pani khatam", rl, "other"},
		{"mera bhatija iran me phansa hua hai madad karo", "agent ne 8 lakh le liye, uske bande chhor kar chale gaye, bohat sardi hai", rl, "other"},
		{"mera bhatija iran me phansa hua hai madad karo", "paise le liye agent ne, 2 din se khana nahi mila, bhooke hain", rl, "other"},
		// money taken is the trouble itself: it stays
		{"my nephew is stuck in Iran, please help", "the agent took all the money and now wants 5 lakh more", en, "money_taken"},
		{"میرا بھتیجا ایران میں پھنسا ہوا ہے، مدد کریں", "ایجنٹ نے پیسے لے لیے اور اب فون بند ہے", ur, "money_taken"},
		{"mera bhatija iran me phansa hua hai madad karo", "agent ne paise le liye, koi kaam nahi mila, ab fon band", rl, "money_taken"},
	} {
		require.Equal(t, c.want, situationTold(t, c.opening, c.what, c.at), "%q", c.what)
	}
}
