package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// "I've not paid anything" is the writer's own money kept, not wages
// withheld; "they've not paid us" still is.
func TestOwnMoneyNotPaidContracted(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"Asking Rs 2,50,000 after the interview. I've not paid anything",
		"we've not paid anything yet, they want 3 lakh for Oman", "I've paid nothing so far"} {
		require.NotContains(t, Read(s).Situations, "wages_withheld", s)
		require.Equal(t, "routine", Read(s).Urgency, s)
	}
	requireRead(t, "", "urgent", "they've not paid us for 4 months, the company in Riyadh keeps saying next month")
}
