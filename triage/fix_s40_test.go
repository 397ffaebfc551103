package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Found in the fortieth session: a sum told after "bhi" and "hai" ("maine
// fees b de di h 1850", C382-006) is still beside its payment; a licence
// the man laughs at when asked about ("لائسنس کا پوچھو تو ہنستا ہے",
// C374-002) is no licence he holds.
func TestSession40Reads(t *testing.T) {
	t.Parallel()
	for _, text := range []string{"maine fees b de di h 1850", "fees bhi bhej di hai 1850"} {
		e := Extract(text)
		require.Len(t, e.Amounts, 1, text)
		require.Equal(t, 1850.0, e.Amounts[0].Value, text)
	}
	// a bare number with no money near it is still no sum
	require.Empty(t, Extract("mera bhai b wahan h 1850 log hain").Amounts)
	for _, text := range []string{
		"ایجنٹ ساجد، لائسنس کا پوچھو تو ہنستا ہے، ڈیڑھ لاکھ مانگ رہا ہے سعودی کے ویزے کا",
		"agent se license ka pucho to hansta hai, 2 lakh mang raha hai",
	} {
		require.False(t, Assess(text, Extract(text)).Licensed, text)
	}
	text := "لاہور کی لائسنس یافتہ کمپنی نے میرا پاسپورٹ رکھ لیا ہے"
	require.True(t, Assess(text, Extract(text)).Licensed)
}
