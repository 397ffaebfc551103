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
