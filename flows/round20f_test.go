package flows_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Round 20 (conv20f): the held-out conversations C20 and the families of
// wordings behind their misses, each in the three languages, read by the
// real engine.

// The summary confirmed, then a plea after "bas"/"but" that names no
// answer ("جی ٹھیک ہے۔ بس میرے شوہر کو واپس لانے میں مدد کریں"): the
// report is sent (C20-017 was taken to "which answer to change?" because
// an empty list of sums counted as a sum named). A "but" that names a
// field or a sum still corrects.
func TestRound20fSummaryConfirmedThenAPlea(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text string }{
		{"ur", "جی ٹھیک ہے۔ بس میرے شوہر کو واپس لانے میں مدد کریں"},
		{"ur", "ٹھیک ہے، بس جلدی کارروائی کریں"},
		{"ur", "جی درست ہے لیکن جلدی کچھ کریں، ہم بہت پریشان ہیں"},
		{"ur-Latn", "ji theek hai. bas mere shohar ko wapis lane mein madad karein"},
		{"ur-Latn", "sahi hai bas jaldi action lein please"},
		{"ur-Latn", "haan thik hai magar jaldi kuch karo hum bohat pareshan hain"},
		{"en", "yes that's right. but please help bring my husband back"},
		{"en", "correct, but please hurry, we are very worried"},
	} {
		res := e.Step(flows.AtQuestion(flows.NodeReportSummary, c.lang), flows.Input{Text: c.text, MessageID: 99, Reference: "HSY-TEST22"}, t0)
		require.True(t, created(res), "%q: node %s", c.text, res.State.Node)
	}
	// neighbours: a correction after the "but" is one
	for _, c := range []struct{ lang, text string }{
		{"ur-Latn", "sab sahi hai bas country Oman hai"},
		{"ur", "سب ٹھیک ہے بس ملک عمان ہے"},
		{"en", "all correct but the country is Oman"},
	} {
		res := e.Step(flows.AtQuestion(flows.NodeReportSummary, c.lang), flows.Input{Text: c.text, MessageID: 99, Reference: "HSY-TEST22"}, t0)
		require.False(t, created(res), c.text)
		if d := res.State.Draft; d != nil && res.State.Node == flows.NodeReportSummary {
			require.True(t, strings.Contains(d.Answers["country"], "Oman") || strings.Contains(d.Answers["country"], "عمان"), "%q: %v", c.text, d.Answers)
		}
	}
}
