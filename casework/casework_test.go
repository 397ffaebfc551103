package casework

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

func TestCaseTypeAndUrgency(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name      string
		spec      flows.ReportSpec
		found     string
		abroad    bool
		caseType  string
		urgencyIn string
		urgency   string
	}{
		{"a verification is one whatever it says", flows.ReportSpec{Kind: flows.KindVerify}, "job_scam_paid", false, "verification_request", "routine", "routine"},
		{"a report with nothing found is a suspicious offer", flows.ReportSpec{Kind: flows.KindReport}, "", false, "job_offer_suspicious", "", "routine"},
		{"a report keeps what triage found", flows.ReportSpec{Kind: flows.KindReport}, "phishing_site", false, "phishing_site", "routine", "routine"},
		{"help: passport taken abroad", flows.ReportSpec{Kind: flows.KindHelp, Answers: map[string]string{"situation": "passport_taken"}}, "other", true, "trafficking", "", "urgent"},
		{"help: locked in at home", flows.ReportSpec{Kind: flows.KindHelp, Answers: map[string]string{"situation": "locked_in"}}, "", false, "forced_labour", "", "urgent"},
		{"help: unpaid abroad", flows.ReportSpec{Kind: flows.KindHelp, Answers: map[string]string{"situation": "unpaid"}}, "", true, "worker_distress_abroad", "", "urgent"},
		{"help: triage's specific type wins", flows.ReportSpec{Kind: flows.KindHelp}, "smuggling", true, "smuggling", "", "urgent"},
		{"help with danger is an emergency", flows.ReportSpec{Kind: flows.KindHelp, Danger: []string{"at sea"}}, "", true, "worker_distress_abroad", "", "emergency"},
		{"a person talking to us", flows.ReportSpec{Kind: flows.KindHuman}, "", false, "other", "", "routine"},
		{"triage's emergency holds", flows.ReportSpec{Kind: flows.KindReport}, "trafficking", true, "trafficking", "emergency", "emergency"},
	}
	for _, c := range cases {
		require.Equal(t, c.caseType, caseType(&c.spec, c.found, c.abroad, false), c.name)
		require.Equal(t, c.urgency, urgency(&c.spec, c.urgencyIn), c.name)
	}
}

// The reporter's own number is never taken for a recruiter's.
func TestReporterNumberIsNotAKey(t *testing.T) {
	t.Parallel()
	a := assess(&flows.ReportSpec{Kind: flows.KindHelp, Text: "agent 0345-1112233 ne passport rakh liya",
		Answers: map[string]string{"contact": "number", "contact_number": "0300 1112223", "where": "abroad"}})
	var phones []string
	for _, k := range a.keys {
		phones = append(phones, k.Value)
	}
	require.Contains(t, phones, "+923451112233")
	require.NotContains(t, phones, "+923001112223")
	require.NotContains(t, a.entities.Phones, "+923001112223")
}
