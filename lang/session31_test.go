package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A giving denied after its verb is no payment (C284-028: "maine diye nai
// abhi" was read as paid, and a check became a report); a tag after the
// verb stresses it, and a denial beside a giving said is another part's.
func TestSession31DeniedAfterVerb(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, text := range []string{
		"maine diye nai abhi",
		"maine diye nai",
		"paise diye nahi abhi tak",
		"20 hazar registration abhi mang rahe hain. maine diye nai abhi",
		"maine bheje nahi",
		"میں نے دیے نہیں ابھی",
	} {
		rd := r.Read(text)
		require.NotEqual(t, PolarYes, rd.Paid(), text)
		require.NotEqual(t, PolarYes, rd.PaidDone(), text)
	}
	for _, text := range []string{
		"diye na bhai 50 hazar",
		"sirf registration ke 2000 diye the baqi nai",
		"haan 2 lakh diye, baqi nahi diye",
	} {
		require.Equal(t, PolarYes, r.Read(text).Paid(), text)
	}
}
