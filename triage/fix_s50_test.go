package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Thousands said bare after lakhs before "tha" or "hai" ("nahi nahi 1
// lakh 40 tha", C510-001 read 1 lakh); a country named by its people's
// word ("an Australian 'work and study' visa", C517-029 read none).
func TestSession50AmountsAndCountries(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]float64{
		"nahi nahi 1 lakh 40 tha":  140000,
		"fee 1 lakh 40 hai":        140000,
		"ایک لاکھ چالیس تھے":       140000,
		"5 lakh 20 din pehle diye": 500000,
	} {
		e := Extract(text)
		require.NotEmpty(t, e.Amounts, text)
		require.Equal(t, want, e.Amounts[0].Value, text)
	}
	for text, want := range map[string]string{
		"A consultant says he can get me an Australian 'work and study' visa": "AU",
		"Canadian work permit in 3 months guaranteed":                         "CA",
		"Polish company, warehouse job":                                       "PL",
	} {
		require.Equal(t, []string{want}, Extract(text).Countries, text)
	}
}
