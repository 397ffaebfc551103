package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Not let go "because of the loan" (round C13: "the owner wont let them go
// because of loan", "قرض کی وجہ سے جانے نہیں دیتا") is held by a debt:
// debt bondage, not locked in. A lock or a beating beside it stays one.
func TestHeldBecauseOfDebt(t *testing.T) {
	t.Parallel()
	debt := map[string][]string{
		"en": {
			"My uncle and his family work at a brick kiln near Kasur, the owner wont let them go because of loan",
			"because of the loan the seth doesn't let them leave",
		},
		"ur": {
			"قرض کی وجہ سے مالک جانے نہیں دیتا",
			"بھٹے کا مالک پیشگی کی وجہ سے انہیں نکلنے نہیں دیتا",
		},
		"ur-Latn": {
			"qarze ki wajah se malik jane nahi deta",
			"bhatta malik qarza ki wajah se unhe nikalne nahi deta",
		},
	}
	for l, texts := range debt {
		for _, text := range texts {
			r := Read(text)
			require.Contains(t, r.Assessment.Situations, "debt_bondage", "%s: %q", l, text)
			require.NotContains(t, r.Assessment.Situations, "confined", "%s: %q", l, text)
		}
	}
	for _, text := range []string{
		"the owner wont let them go",
		"مالک انہیں جانے نہیں دیتا",
		"they locked him in a room because of the loan",
		"owner wont let them go, beats them because of loan",
	} {
		em, _ := Emergency(text)
		require.True(t, em, text)
	}
}
