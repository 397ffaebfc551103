package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Asked whether an officer may contact them, a doubt over the contact in
// its own clause gives no consent: "I'm not sure I want them to contact me"
// shared the reporter's contact, its "contact me" read as the yes. A doubt
// said apart ("not sure, you can contact me") leaves the answer after it,
// and a doubt that goes on to anonymity is a no.
func TestConsentDoubted(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text string }{
		{"en", "I'm not sure I want them to contact me"},
		{"en", "not sure yet whether they can contact me"},
		{"ur-Latn", "mujhe nahi pata ke wo mujhe call karein"},
		{"ur-Latn", "pata nahi rabta karna theek hai ya nahi"},
		{"ur", "مجھے نہیں پتا کہ وہ مجھ سے رابطہ کریں"},
	} {
		res := stepsAt(e, flows.NodeReportConsent, c.lang, c.text)
		require.Equal(t, flows.NodeReportSummary, res.State.Node, c.text)
		require.Empty(t, res.State.Draft.Answers["consent"], c.text)
	}
	res := stepsAt(e, flows.NodeReportConsent, "en", "I don't know if they should call me, maybe anonymous is better")
	require.Equal(t, flows.ChoiceNo, res.State.Draft.Answers["consent"])
	res = stepsAt(e, flows.NodeReportConsent, "en", "not sure, you can contact me")
	require.Equal(t, flows.ChoiceYes, res.State.Draft.Answers["consent"])
}

// "Not me, call my brother" keeps the writer's own contact unshared, in
// every language; "I don't think there's a problem, call me" is still a yes.
func TestConsentNotMe(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text string }{
		{"ur-Latn", "mujhe nahi, mere bhai ko call kar lena"},
		{"ur", "مجھے نہیں، میرے بھائی کو کال کر لیں"},
		{"en", "not me, call my brother"},
	} {
		res := stepsAt(e, flows.NodeReportConsent, c.lang, c.text)
		require.Equal(t, flows.ChoiceNo, res.State.Draft.Answers["consent"], c.text)
	}
	res := stepsAt(e, flows.NodeReportConsent, "ur-Latn", "mujhe nahi lagta koi masla hai, call kar lein")
	require.Equal(t, flows.ChoiceYes, res.State.Draft.Answers["consent"])
}
