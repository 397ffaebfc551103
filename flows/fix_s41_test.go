package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Found in C397–C404 (first played in the forty-first session): a wrong
// done to the writer with what to do asked and nothing yet told of it is
// helped first; so is one's own ordeal over, "kya kr sakta hun?" asked,
// whose "online fraud krwate rahe" is the work they were made to do, no
// wish to report. An account with its sums and "kya karun" stays the
// report it makes (C295-001).
func TestSession41Intents(t *testing.T) {
	t.Parallel()
	e := realEngine()
	kind := func(text string) string {
		res := e.Step(flows.State{}, flows.Input{Text: text, MessageID: 1, Reference: "HSY-S41TST"}, t0)
		require.NotNil(t, res.State.Draft, text)
		return res.State.Draft.Kind
	}
	for _, text := range []string{
		"mere sath fraud ho gya h kya karun",
		"mere saath dhoka hua hai, ab kya karun?",
		"main Cambodia se wapis aa gaya hun pichle hafte. wahan 4 mahine zabardasti online fraud krwate rahe. ab Sialkot me ghar pe hun. kya kr sakta hun?",
		"I came back from Myanmar last month. For five months they made us scam people online. I am home in Okara now. What can be done?",
	} {
		require.Equal(t, flows.KindHelp, kind(text), text)
	}
	for _, text := range []string{
		"mere sath frod hua h qatar ki job k naam pe, 65 hazar jazzcash kr chuka hun ab wo 40 hazar aur maang rahe ticket k. plz btao kya karun",
		"mujhe fraud agent ki shikayat karni hai, kya karun",
	} {
		require.Equal(t, flows.KindReport, kind(text), text)
	}
	// money borrowed to pay is no debt they are held by
	got := sentAnswers(stepsAt(e, flows.NodeHelpWhat, "ur-Latn", "Meezan bank k account me 2 dafa paise bheje. ab channel delete aur admin ne block kr diya. mai theek hun bas paise gaye, qarz le k diye the"))
	require.NotEqual(t, "debt", got["situation"])
}
