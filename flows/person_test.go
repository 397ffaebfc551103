package flows_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// A firm read from the advert, with no one named beside it, is followed by
// one question for the person dealt with there (eight conversations of
// C53-C62 named him only in an answer the bot never asked for); the answer
// is kept beside the firm, which stays the recruiter; the firm alone again
// names no one; one who answered the name question with a firm is not asked.
func TestPersonBehindTheFirm(t *testing.T) {
	t.Parallel()
	e := realEngine()
	advert := "🇵🇱 POLAND WORK PERMIT 🇵🇱\nFactory Helper / Packing\nSalary 4500 zloty\nAdvance 2 lakh\nEuro Link Consultants\nWhatsApp 0301-7762044"
	for _, c := range []struct{ person, want string }{
		{"Rana Shahid", "Rana Shahid"},
		{"Euro Link Consultants, banda Rana Shahid", "Rana Shahid"},
		{"Euro Link Consultants", ""},
	} {
		state := flows.State{}
		asked := false
		var spec *flows.ReportSpec
		answers := map[string]string{flows.NodeReportCheck: "haan", flows.NodeReportSeen: "facebook", flows.NodeReportRecruiter: c.person,
			flows.NodeReportPaid: "no", flows.NodeReportDocs: "none", flows.NodeReportConsent: "yes", flows.NodeReportSummary: "ok",
			flows.NodeReportPhones: "yes"}
		texts := []string{"want to report this, got it on whatsapp", advert, "bas"}
		for i := 0; i < 14 && spec == nil; i++ {
			text := ""
			if i < len(texts) {
				text = texts[i]
			} else if text = answers[state.Node]; text == "" {
				break
			}
			res := e.Step(state, flows.Input{Text: text, MessageID: int64(i + 1), Reference: "HSY-TEST01"}, t0)
			for _, r := range res.Replies {
				asked = asked || strings.Contains(r.Text, "person you dealt with")
			}
			for _, ef := range res.Effects {
				if ef.Report != nil {
					spec = ef.Report
				}
			}
			state = res.State
		}
		require.True(t, asked, c.person)
		require.NotNil(t, spec, c.person)
		require.Equal(t, "Euro Link Consultants", spec.Answers["recruiter"], c.person)
		require.Equal(t, c.want, spec.Answers[flows.SlotRecruiterAlso], c.person)
	}
}
