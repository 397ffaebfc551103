package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A person sent abroad is no money sent (C105-013: "They sent my cousin
// Hamza for an IT job in Bangkok" was read as paid); money sent to one
// still is.
func TestSentSomeoneIsNoPayment(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"They sent my cousin Hamza for an IT job in Bangkok, 1500 dollars salary.",
		"the agent sent my brother on a visit visa",
		"they sent our son for a driver job",
	} {
		require.Equal(t, PolarNone, stdReader.Read(s).PaidDone(), s)
	}
	for _, s := range []string{"we sent 2 lakh to the agent", "I sent him 50000 on jazzcash"} {
		require.Equal(t, PolarYes, stdReader.Read(s).PaidDone(), s)
	}
}
