package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A Certificate of Sponsorship is a visa's paper, as a visa or a permit
// is: one handed over that turned out fake is a fake document (C23-006).
// An offer or sponsor letter stays the job's paper (C20-025).
func TestFakeSponsorshipCertificate(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]bool{
		"An agency gave me a Certificate of Sponsorship for UK care worker visa, but the CoS turned out fake": true,
		"the CoS they sent was fake":                            true,
		"agent ne UK ka CoS diya tha, check kiya to jali nikla": true,
		"CoS fake nikla, 3 lakh de chuke hain":                  true,
		"ایجنٹ نے سی او ایس دیا تھا، چیک کیا تو جعلی نکلا":      true,
		"سی او ایس جعلی نکلا":                                   true,
		"they are asking 7000 pounds for the CoS":               false,
		"usne LMIA letter bheja tha, dost ne bola fake hai":     false,
	} {
		require.Equal(t, want, r.Read(text).FakeDocument(), text)
	}
}
