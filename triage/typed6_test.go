package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// "امی مجھے واپس بلا لو", "mujhe wapis bula lo", "bring me back" are calls
// for rescue, as "mujhe yahan se le jao" is (blind21 UR-007, a daughter
// taken to China for a marriage, crying on the phone with someone beside
// her); missing home with a return planned is not. Ludo's pieces killed
// and locked up are a game.
func TestCallMeBackIsAPlea(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"بیٹی کو شادی کے نام پر چین لے گئے، اب فون پر صرف روتی ہے اور کہتی ہے امی مجھے واپس بلا لو",
		"meri behen dubai me hai, roti hai aur kehti hai mujhe wapis bula lo, koi paas khara hota hai",
		"my sister cries on the phone and says please bring me back, someone stands next to her",
	} {
		got := Assess(text, Extract(text))
		require.Equal(t, UrgencyEmergency, got.Urgency, "%q: %v", text, got.Danger)
	}
	for _, text := range []string{
		"wapis bula lo mujhe, bohat yaad aati hai sab ki, eid pe aa jaunga",
		"لوڈو میں بھائی نے میری ساری گوٹیں مار دیں اور گھر میں قید کر دیں 😡",
	} {
		got := Assess(text, Extract(text))
		require.NotEqual(t, UrgencyEmergency, got.Urgency, "%q: %v", text, got.Danger)
	}
}

// An offer with nothing of a person in it is no emergency the model alone
// raises ("ترکی میں فیکٹری کی نوکری، سلطان اوورسیز والے، ۴ لاکھ مانگ رہے
// ہیں", C4-059, which a retrain put on the 20% line); a boat in peril
// told beside an agent's words stays one.
func TestPlainOfferIsNoEmergency(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"ترکی میں فیکٹری کی نوکری، سلطان اوورسیز والے، ۴ لاکھ مانگ رہے ہیں، نمبر ۰۳۲۲۵۵۴۴۳۳۱",
		"Turkey factory job, Sultan Overseas, asking 4 lakh, number 0322 5544331",
		"turkey me factory ki naukri, sultan overseas wale 4 lakh mang rahe, 0322-5544331",
	} {
		got := Assess(text, Extract(text))
		require.NotEqual(t, UrgencyEmergency, got.Urgency, "%q: %v", text, got.Danger)
	}
	text := "The agent says don't worry, but my nephew's boat left Zuwara on Tuesday and water was coming in"
	require.Equal(t, UrgencyEmergency, Assess(text, Extract(text)).Urgency)
}
