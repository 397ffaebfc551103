package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A Certificate of Sponsorship, an offer letter or an LMIA found fake is
// document fraud, as the corpus labels a paper that turned out forged
// ("CoS ... invalid. 9 lakh de chuke hain", "offer letter aur LMIA dono
// fake nikle") (C23-006). A CoS merely sent by one who then vanished
// ("sponsor says they never issued. now they blocked me") stays a scam.
func TestFakeSponsorshipIsDocumentFraud(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"An agency gave me a Certificate of Sponsorship for UK care worker visa, but the CoS turned out fake when I emailed the care home. They charged 7000 pounds, I have paid 3000 already.",
		"my offer letter from the care home is forged, agent took 2 lakh",
		"agent ka diya hua CoS jali nikla, 3000 pound de chuki hun",
		"Canada ka offer letter fake nikla, consultant ne 5 lakh liye",
		"ایجنٹ کا دیا ہوا سی او ایس جعلی نکلا، تین ہزار پاؤنڈ دے چکی ہوں",
		"آفر لیٹر جعلی نکلا، ایجنٹ نے دو لاکھ لیے",
	} {
		got := Assess(text, Extract(text))
		require.Equal(t, CaseDocumentFraud, got.CaseType, "%q", text)
	}
	text := "paid 7 lakh to UK care visa consultant by bank transfer, they sent a CoS which the sponsor says they never issued. now they blocked me everywhere"
	require.Equal(t, CaseJobScamPaid, Assess(text, Extract(text)).CaseType)
}
