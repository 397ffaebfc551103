package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// A worker abroad now, stranded (no work, no money, wanting to come back),
// starts the help flow, however the agent sent him there (C8-023,
// C18-031); it started the report flow ("send more of the offer"). "The
// agent sent him on a visit visa" pays no one. One who already came back
// reports the agent (C-048, C-065, C3-014).
func TestStrandedAbroadStartsHelp(t *testing.T) {
	t.Parallel()
	e := realEngine()
	start := func(text string) flows.State {
		return e.Step(flows.State{}, flows.Input{Text: text, MessageID: 1, Reference: "HSY-STRAND"}, t0).State
	}
	for _, s := range []string{
		"my brother is in dubai, agent sent him on visit visa, now no job no money, he wants to come back",
		"my son is in Saudi, agent sent him on a visit visa, no work no money, he wants to return",
		"I am in Dubai on visit visa, agent sent me, no job, no money, i want to go back",
		"میرا بھائی دبئی میں ہے، ایجنٹ نے وزٹ ویزا پر بھیجا تھا اب نہ کام ہے نہ پیسے، واپس آنا چاہتا ہے",
		"میرا بیٹا سعودیہ میں ہے ایجنٹ نے وزٹ ویزے پر بھیجا، نہ نوکری ہے نہ پیسے، واپس آنا چاہتا ہے",
		"میں دبئی میں ہوں، ایجنٹ نے وزٹ ویزا پر بھیجا، اب نہ کام نہ پیسہ، واپس جانا چاہتا ہوں",
		"mera bhai dubai me hai agent ne visit visa pe bheja tha ab na kaam hai na paise wapis ana chahta hai",
		"mera beta saudia me h agent ne visit visa pr bheja, na job h na pese, wapas aana chahta h",
		"mai dubai me hun agnt ne visit visa pe bheja tha, ab na kam na paisa, wapis jana chahta hun",
	} {
		st := start(s)
		require.NotNil(t, st.Draft, "%q", s)
		require.Equal(t, flows.KindHelp, st.Draft.Kind, "%q", s)
		require.Equal(t, "abroad", st.Draft.Inferred["where"], "%q", s)
		require.NotEqual(t, flows.ChoiceYes, st.Draft.Inferred["paid"], "%q: a person sent, no money", s)
	}
	for _, s := range []string{
		"my brother went to dubai on visit visa through an agent, no job there, no money, he came back last month",
		"mera bhai agent ke zariye visit visa pe dubai gaya tha, wahan na kaam tha na paise, wapis aa gaya",
		"میرا بھائی ایجنٹ کے ذریعے وزٹ ویزا پر دبئی گیا تھا، وہاں نہ کام تھا نہ پیسے، واپس آ گیا",
		"tiktok pe ek banda Dubai visit visa pe job on arrival de raha tha. Bhai ne 1.6 lac bank me daale, wahan gaya to koi job nahi thi, 1 mahine baad wapis aa gaya",
	} {
		st := start(s)
		require.NotNil(t, st.Draft, "%q", s)
		require.Equal(t, flows.KindReport, st.Draft.Kind, "%q", s)
	}
}
