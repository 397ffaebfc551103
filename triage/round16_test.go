package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// An offer that says how the job-seeker will be taken on ("Bangkok se aage
// gaari se le jayenge", "from Bangkok they take you on by car", C16-027)
// is the journey offered, not someone taken away; a threat to take a
// person ("bache ko utha kar le jayenge") is still a kidnapping.
func TestRound16OnwardJourneyIsNoKidnap(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Laos me online customer support, 1500 dollar salary, ticket aur visa free, bas security deposit 80 hazar. Bangkok se aage gaari se le jayenge",
		"bangkok tak flight, wahan se aage gaari se le jayenge",
		"kehte hain thailand se aage bus se le jayenge, kaam casino me hai",
		"dubai se aage road se le jaenge oman, 2 lakh lagenge",
		"tehran se aage kashti se le jayenge, 25 lakh package",
		"بنکاک تک جہاز، وہاں سے آگے گاڑی سے لے جائیں گے",
		"ایران سے آگے کشتی میں لے جائیں گے، پچیس لاکھ",
		"from Bangkok they will take us on by car, the job is customer support, 80,000 deposit",
	} {
		r := Read(s)
		require.NotContains(t, r.Situations, "kidnap_ransom", "%q: %v", s, r.Danger)
	}
	requireUrgency(t, "emergency", []string{
		"agar paise na diye to bache ko utha kar le jayenge",
		"wo mere bhai ko le jayenge agar 5 lakh nahi diye",
		"انہوں نے کہا پیسے نہ دیے تو بیٹی کو اٹھا کر لے جائیں گے",
	})
}
