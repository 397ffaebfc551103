package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A sum given in the singular ("ایجنٹ کو سوات میں ڈھائی لاکھ دیا تھا",
// "agent ko dhai lakh diya tha") is money paid (C14-020): "diya" after a
// sum, as "diye" already was. A thing given ("passport diya tha", "visa
// diya tha") is no payment, and a denial stays one.
func TestRound18SumGivenInTheSingularIsPaid(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]Polarity{
		"ایجنٹ کو سوات میں ڈھائی لاکھ دیا تھا":                          PolarYes,
		"ایجنٹ کو ڈیڑھ لاکھ دیا تھا":                                    PolarYes,
		"کمپنی میں بند ہے، پاسپورٹ لے لیا۔ ایجنٹ کو ڈھائی لاکھ دیا تھا": PolarYes,
		"agent ko swat me dhai lakh diya tha":                           PolarYes,
		"agent ko 2 lakh diya hai":                                      PolarYes,
		"usko 50 hazar de diya tha":                                     PolarYes,
		"I gave the agent 2.5 lakh":                                     PolarYes,
		// neighbours
		"agent ne visa diya tha":           PolarNone,
		"passport diya tha":                PolarNone,
		"ایجنٹ نے ویزا دیا تھا":            PolarNone,
		"pese nahi diya tha":               PolarNo,
		"2 lakh manga tha, abhi nahi diya": PolarNotYet,
	} {
		require.Equal(t, want, r.Read(text).PaidDone(), text)
	}
}
