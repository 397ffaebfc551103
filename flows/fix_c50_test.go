package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Found in C50: a report asked for in words ("I want to report a fraud"),
// then "it looks fake now that I check", stays the report: the check is
// told, not asked for (C50-002 became a check and lost the report). A
// check asked for as a question still turns the report into a check.
func TestC50ReportStaysAfterToldCheck(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		msgs []string
		want string
	}{
		{[]string{"Hello. I want to report a fraud. A man called Adeel on whatsapp +44 7418 552903 took 7000 pounds for a UK care visa", "he sent a CoS letter pdf also, it looks fake now that I check"}, flows.NodeReportOffer},
		{[]string{"Salam, I saw this ad: UK care worker visa, 7000 pounds, whatsapp +44 7418 552903", "can you check if this is real?"}, flows.NodeVerify},
	} {
		e := realEngine()
		var st flows.State
		for i, m := range c.msgs {
			st = e.Step(st, flows.Input{Text: m, MessageID: int64(i + 1), Reference: "HSY-C50T1"}, t0).State
		}
		require.Equal(t, c.want, st.Node, "%v", c.msgs)
	}
}
