package casework

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"
)

// What a withdrawn report keeps of its answers and entities: the facts
// about the offer and the recruiter, never the reporter's own.
func TestWithdrawnAnswersAndEntities(t *testing.T) {
	own := ownNumbers([]string{"+923001112223", "0301 5556667", ""})
	require.Equal(t, []string{"+923001112223", "+923015556667"}, own)

	got := withdrawnAnswers(map[string]string{
		"recruiter": "Gulf Star Manpower", "phones": "+923339876543, 0300-1112223", "country": "Saudi Arabia",
		"money_asked": "Rs 3,00,000", "paid": "yes", "paid_how": "jazzcash", "seen": "my cousin Ayesha told me",
		"situation": "passport_taken", "documents": "passport", "where": "abroad", "place": "House 12 Gulberg",
		"whom": "self", "contact": "number", "contact_number": "+923015556667", "consent": "yes",
	}, own)
	require.Equal(t, map[string]string{
		"recruiter": "Gulf Star Manpower", "phones": "+923339876543", "country": "Saudi Arabia", "money_asked": "Rs 3,00,000",
		"paid": "yes", "paid_how": "jazzcash", "situation": "passport_taken", "documents": "passport",
	}, got, "typed words in a coded answer, and every answer about the reporter, go")

	raw := json.RawMessage(`{"phones": ["+923001112223", "+923339876543"], "cnics": ["35202-*******-1"], "countries": ["SA"],
		"from_image": {"phones": ["+923001112223"], "cnics": ["35202-*******-1"]}}`)
	e, err := withdrawnEntities(raw, own)
	require.NoError(t, err)
	require.Equal(t, []string{"+923339876543"}, e.Phones)
	require.Empty(t, e.CNICs)
	require.Equal(t, []string{"SA"}, e.Countries)
	require.Empty(t, e.FromImage.Phones)
	require.Empty(t, e.FromImage.CNICs)
}

func TestOfficersReasonShortened(t *testing.T) {
	for reason, want := range map[string]string{
		"Transferred by FIA: she is at House 12, call her brother": "Transferred by FIA",
		"Asked by NCCIA to assist: trace the wallet she paid":      "Asked by NCCIA to assist",
		"Charge matrix: Job scam, money paid":                      "",
	} {
		got, ok := officersReason(reason)
		require.Equal(t, want, got, reason)
		require.Equal(t, want != "", ok, reason)
	}
}
