package triage

import "testing"

// Found in C107 and C106 (first plays, 2026-12-02, third session): a man
// who "sits on" a passport and makes a family work his land until "first
// pay off the debt" (Punjabi-coloured Roman Urdu read as nothing at all),
// and a son gone to Saudi with "no news received".
func TestPassportSatOnAndDebtFirst(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseForcedLabour, UrgencyUrgent,
		"ik banda mera passport rakh ke baitha h te apni zameen te kam karwa riya h, kehnda pehle qarza utaar",
		"ek banda mera passport rakh ke baitha hai aur apni zameen pe kaam karwa raha hai, kehta hai pehle qarza utaar")
	requireSituations(t, []string{"documents_taken"}, []string{"agent mera passport daba ke baitha hai, wapis nahi karta"})
	requireSituations(t, []string{"debt_bondage"}, []string{"malik kehta hai pehle qarza utaro phir jana"})
	requireSituations(t, []string{"lost_contact"}, []string{
		"beta saudia gaya tha koi khabar nahi mili, kuch pata chala?",
		"my son went to saudi 2 months ago, no news since",
	})
}
