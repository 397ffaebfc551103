package casework

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Wages withheld abroad with the passport kept by the employer is the
// charge matrix's trafficking ("abroad: … passport taken"), in a report
// about the agent who sent the worker (C549-009, C550-007); wages withheld
// with the passport in the worker's hands is still the worker's distress.
func TestSession53PassportKeptBesideWages(t *testing.T) {
	t.Parallel()
	kept := "Salam. Want to report an agent in Jhelum. He sent my cousin to Iraq for hotel job, now employer has his passport and making him work on a date farm, no pay 3 months"
	ct, _, _ := Classify(&flows.ReportSpec{Kind: flows.KindReport, Text: kept, Answers: map[string]string{"recruiter": "Raja Naveed"}})
	require.Equal(t, "trafficking", ct)
	own := "I want to complain about the agent who sent my husband to Riyadh. 5 months no salary from the company. His passport is with him"
	ct, _, _ = Classify(&flows.ReportSpec{Kind: flows.KindReport, Text: own, Answers: map[string]string{"recruiter": "Malik Asif"}})
	require.Equal(t, "worker_distress_abroad", ct)
}
