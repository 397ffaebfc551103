package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// At the summary, "actually I don't want to submit this anymore" (A61-0204)
// sent the report: its "submit" was read as the confirm, the "don't want
// to" before it missed. It cancels now, and nothing is sent; "yes submit
// it" still sends; "I'm not sure I want to send this" sent it too, and
// now asks again. Asked where they are, "I don't want to write it here"
// and "جگہ بتانے سے ڈر لگتا ہے" (A63-0245, A63-0252) are a skip, never
// stored as the place.
func TestNotSubmittedAndPlaceWithheld(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text string }{
		{"en", "actually I don't want to submit this anymore"},
		{"en", "I do not want to submit it"},
		{"en", "no, I don't want to proceed"},
	} {
		res := stepsAt(e, flows.NodeReportSummary, c.lang, c.text)
		require.False(t, created(res), "%q", c.text)
		require.Equal(t, flows.NodeMenu, res.State.Node, "%q", c.text)
	}
	// unsure: nothing sent, the summary asked about again
	for _, s := range []string{"I'm not sure I want to send this", "not sure if I should send it"} {
		res := stepsAt(e, flows.NodeReportSummary, "en", s)
		require.False(t, created(res), "%q", s)
		require.Equal(t, flows.NodeReportSummary, res.State.Node, "%q", s)
	}
	for _, c := range []struct{ lang, text string }{{"en", "yes submit it"}, {"en", "sure, send"}, {"ur", "جی بھیج دیں"}, {"ur-Latn", "haan theek hai bhej do"}} {
		require.True(t, created(stepsAt(e, flows.NodeReportSummary, c.lang, c.text)), "%q", c.text)
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "I don't want to write it here"},
		{"ur", "جگہ بتانے سے ڈر لگتا ہے"},
		{"ur-Latn", "jagah batane se dar lagta hai"},
	} {
		res := stepsAt(e, flows.NodeHelpPlace, c.lang, c.text)
		require.Equal(t, flows.NodeHelpWhat, res.State.Node, "%q", c.text)
		require.Empty(t, res.State.Draft.Answers["place"], "%q", c.text)
	}
}

// At the erase prompt, a yes with something held back ("yes but keep my
// report", "haan lekin report rehne do") erased everything at once. It is
// told what erasing takes out and what the agencies keep, and asked again;
// a yes with a "but" that holds nothing back still erases.
func TestEraseHalfYes(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text string }{
		{"en", "yes but keep my report"}, {"ur-Latn", "haan lekin report rehne do"}, {"ur", "ہاں لیکن رپورٹ رہنے دیں"},
	} {
		res := stepsAt(e, flows.NodeErase, c.lang, c.text)
		require.False(t, erased(res), "%q", c.text)
		require.Equal(t, flows.NodeErase, res.State.Node, "%q", c.text)
		require.Contains(t, joinReplies(res), texts.T(c.lang, "erase_reports", nil), "%q", c.text)
	}
	for _, c := range []struct{ lang, text string }{{"en", "yes but quickly please"}, {"ur-Latn", "haan mita do lekin jaldi"}} {
		require.True(t, erased(stepsAt(e, flows.NodeErase, c.lang, c.text)), "%q", c.text)
	}
}
