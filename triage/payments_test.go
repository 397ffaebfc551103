package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A payment channel denied is not one the money went by (round C12: "cash,
// they said no bank"); one named plainly still is.
func TestPaymentDenied(t *testing.T) {
	t.Parallel()
	for text, want := range map[string][]string{
		"cash, they said no bank":                {"cash"},
		"paid by bank, not cash":                 {"bank"},
		"no jazzcash, I gave it by hand in cash": {"cash"},
		"cash diye, no bank":                     {"cash"},
		"naqd diye, jazzcash nahi":               {"cash"},
		"jazzcash nahi kiya, easypaisa pe bheje": {"easypaisa"},
		"نقد دیے، جاز کیش نہیں":                  {"cash"},
		"نقد، بینک نہیں":                         {"cash"},
		// neighbours
		"sent 50000 by jazzcash":      {"jazzcash"},
		"jazzcash pe bheje the":       {"jazzcash"},
		"جاز کیش سے پیسے بھیجے":       {"jazzcash"},
		"bank transfer and then cash": {"bank", "cash"},
	} {
		require.Equal(t, want, Extract(text).Payments, text)
	}
}
