package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A firm's legal form is a whole word ("Co" is not the start of
// "Corporation"), and a handle is whole on both sides of the name read in
// it (C249-005, C249-007).
func TestFirmFormAndHandleWhole(t *testing.T) {
	t.Parallel()
	require.Equal(t, []string{"Overseas Employment Corporation"}, FirmNames("It only calls itself Overseas Employment Corporation. The Easypaisa account"))
	require.Equal(t, []string{"Khan Travels Co. Ltd"}, FirmNames("Khan Travels Co. Ltd"))
	require.Equal(t, "jobs_asia_hub", handleAround("video wala account 'jobs_asia_hub' h", "asia_hub"))
	require.Equal(t, "europe_safar_786", handleAround("account ka naam europe_safar_786", "europe_safar"))
}

// A later fee not paid leaves the sum sent paid; a sum asked and not paid
// is no payment.
func TestLaterFeeNotPaid(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]Polarity{
		"jazzcash se 45 hazar bheje, medical wale nai diye": PolarYes,
		"50 hazar diye the, ticket ke paise nahi diye abhi": PolarYes,
		"visa ke liye 2 lakh maange, maine nahi diye":       PolarNo,
	} {
		require.Equal(t, want, Conversation().Read(text).PaidDone(), text)
	}
}
