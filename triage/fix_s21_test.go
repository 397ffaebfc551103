package triage

import "testing"

// "dukaan ka scene h" is how things are at the shop, no scene of a film:
// a child of twelve locked in a shop at night, asked as a question, is
// an emergency (blind161 RU-040); a drama's scene is still fiction.
func TestSceneOfAPlaceIsNoFiction(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseForcedLabour, UrgencyEmergency,
		"bhai ek sawal tha. agar koi bacha apne ustaad k paas kaam karta ho aur ustaad uski tankhwa rakh le, raat ko dukaan ka shutter bahar se taala laga k usko andar chhor de, aur bacha 12 saal ka ho, to kya karna chahiye? hamare saamne wali dukaan ka scene h, aaj b andar h")
	requireRead(t, CaseOther, UrgencyRoutine,
		"kal wale drama me villain ne sab ko container me band kr diya tha, kya scene tha yaar 🔥")
}
