package routing

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// The codes are a contract with the agencies (DESIGN.md "Contracts").
func TestCodes(t *testing.T) {
	t.Parallel()
	require.Equal(t, []string{"FIA", "NCCIA", "PTA", "PKCERT", "BEOE", "OEC", "OPF", "MOFA"}, Agencies())
	require.Equal(t, []string{
		"job_offer_suspicious", "job_scam_paid", "unlicensed_recruiter", "oep_misconduct",
		"verification_request", "worker_distress_abroad", "trafficking", "forced_labour",
		"smuggling", "ransom_extortion", "document_fraud", "phishing_site", "other",
	}, CaseTypes())
	require.Equal(t, []string{"emergency", "urgent", "routine"}, Urgencies())
	require.Equal(t, []string{"abroad", "online", "phishing_site", "paid"}, Conditions())
	require.Contains(t, Purposes(), PurposeEmergency)

	a := Agencies()
	a[0] = "changed"
	require.Equal(t, FIA, Agencies()[0])
	require.True(t, IsCaseType(CaseOther))
	require.False(t, IsCaseType("Other"))
	require.False(t, IsAgency("fia"))
	require.True(t, IsUrgency(UrgencyUrgent))
}
