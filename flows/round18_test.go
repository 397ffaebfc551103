package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Round C18 (test17): answers read with the real triage, each family in
// three languages with neighbours that must not change.

// An answer that takes itself back ("nahi kuch nahi bheja... ruko, bhai
// keh raha hai passport ki photo bhej di thi", C18-028) is the answer they
// settled on, at any choice question, not only at consent.
func TestRound18DocumentsCorrected(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"ur-Latn", "nahi kuch nahi bheja... ruko, bhai keh raha hai passport ki photo bhej di thi", "passport"},
		{"ur-Latn", "kuch nahi diya, nahi nahi shanakhti card ki copy di thi", "cnic"},
		{"en", "no nothing... wait, my brother says he sent a photo of his passport", "passport"},
		{"en", "nothing, actually I gave them my CNIC copy", "cnic"},
		{"ur", "کچھ نہیں بھیجا... رکو، بھائی کہہ رہا ہے پاسپورٹ کی تصویر بھیجی تھی", "passport"},
		{"ur", "کچھ نہیں دیا، نہیں نہیں شناختی کارڈ کی کاپی دی تھی", "cnic"},
		// neighbours: no correction
		{"ur-Latn", "nahi kuch nahi bheja", "none"},
		{"en", "passport photo only", "passport"},
	} {
		a := answers(at(t, flows.NodeReportDocs, c.locale, c.text))
		require.Equal(t, c.want, a["documents"], "%s: %q", c.locale, c.text)
	}
}
