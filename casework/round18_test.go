package casework

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
	"github.com/hoshyar/hoshyar/triage"
)

// "Not let go", read as an emergency in the one message that told it
// ("his men dont let them go"), is no emergency of an account that holds a
// family over a debt (C11-030, C14-018): bonded labour is urgent. Another
// danger, or no debt hold, keeps the emergency.
func TestRound18NotLetGoOverADebtIsUrgent(t *testing.T) {
	t.Parallel()
	held := triage.ConfinedReason()
	spec := &flows.ReportSpec{Kind: flows.KindHelp, Danger: []string{held}, Answers: map[string]string{"situation": "debt"}}
	require.Equal(t, "urgent", urgency(spec, "urgent", []string{"confined", "debt_bondage"}, true))
	require.Equal(t, "emergency", urgency(spec, "urgent", []string{"confined", "debt_bondage"}, false))
	told := &flows.ReportSpec{Kind: flows.KindHelp, Danger: []string{held, "wages withheld", "forced to work"}, Answers: map[string]string{"situation": "debt"}}
	require.Equal(t, "urgent", urgency(told, "urgent", []string{"confined", "debt_bondage", "wages_withheld"}, true))
	beaten := &flows.ReportSpec{Kind: flows.KindHelp, Danger: []string{held, "violence or beating"}, Answers: map[string]string{"situation": "debt"}}
	require.Equal(t, "emergency", urgency(beaten, "urgent", []string{"confined", "debt_bondage"}, true))
}
