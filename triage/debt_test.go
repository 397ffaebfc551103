package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// "Until the debt is paid you cannot go anywhere" (round C12: "جب تک نہیں
// اترے گا کہیں نہیں جا سکتے") is debt bondage, urgent: the debt holds them,
// no lock. Locked in, beaten or threatened with it stays an emergency.
func TestDebtHoldIsUrgent(t *testing.T) {
	t.Parallel()
	urgent := map[string][]string{
		"en": {
			"we work at a kiln, the owner says until the advance is paid off we cannot leave",
			"the contractor says until the loan is repaid we are not allowed to leave",
		},
		"ur": {
			"میں بھٹے پر کام کرتا ہوں، مالک کہتا ہے تین لاکھ پیشگی کا قرض ہے، جب تک نہیں اترے گا کہیں نہیں جا سکتے",
			"زمیندار کہتا ہے ڈیڑھ لاکھ قرض ہے، جب تک نہیں اترتا کہیں نہیں جا سکتے",
		},
		"ur-Latn": {
			"bhatte pe kaam karte hain, malik kehta hai jab tak qarz nahi utrega kahin nahi ja sakte",
			"zamindar kehta hai 2 lakh peshgi hai, jab tak nahi utarta kahin nahi ja sakte",
		},
	}
	for l, texts := range urgent {
		for _, text := range texts {
			r := Read(text)
			require.Equal(t, UrgencyUrgent, r.Assessment.Urgency, "%s: %q", l, text)
			require.Contains(t, r.Assessment.Situations, "debt_bondage", "%s: %q", l, text)
		}
	}
	emergency := map[string][]string{
		"en":      {"until the debt is paid they lock us in the room at night", "we cannot leave, they locked the gate"},
		"ur":      {"جب تک قرض نہیں اترتا کہیں نہیں جا سکتے، رات کو کمرے میں بند کر دیتے ہیں", "کہیں نہیں جا سکتے، مالک نے کمرے میں بند کیا ہے"},
		"ur-Latn": {"jab tak qarz nahi utrega kahin nahi ja sakte, kamre me band kar dete hain", "kahin nahi ja sakte, malik ne kamre me band kiya hai"},
	}
	for l, texts := range emergency {
		for _, text := range texts {
			require.Equal(t, UrgencyEmergency, Read(text).Assessment.Urgency, "%s: %q", l, text)
		}
	}
}
