package casework

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// A report whose writer answered that nothing was paid is no scam paid,
// whatever money triage read in other words ("his father gave him money
// yesterday"); one who does not know keeps triage's reading (C126-025:
// most tell of a payment someone else made).
func TestPaidNoIsNoScamPaid(t *testing.T) {
	t.Parallel()
	no := flows.ReportSpec{Kind: flows.KindReport, Answers: map[string]string{"paid": "no"}}
	require.Equal(t, "job_offer_suspicious", caseType(&no, "job_scam_paid", false, false))
	unknown := flows.ReportSpec{Kind: flows.KindReport, Answers: map[string]string{"paid": "unknown"}}
	require.Equal(t, "job_scam_paid", caseType(&unknown, "job_scam_paid", false, false))
	yes := flows.ReportSpec{Kind: flows.KindReport, Answers: map[string]string{"paid": "yes"}}
	require.Equal(t, "job_scam_paid", caseType(&yes, "job_scam_paid", false, false))
}
