package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// A document asked for and not handed over, told in any order and with or
// without an "I" or a "but" ("نہیں بھیجی", "i stopped before submit"), is
// none given; one not given back was handed over (C23-004, C23-014).
func TestDocumentsAskedNotGivenAnyOrder(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"en", "the form asks CNIC number and passport photo, i stopped before submit", "none"},
		{"en", "they asked for my cnic pic, didn't send", "none"},
		{"en", "website requires passport scan, I did not upload it", "none"},
		{"en", "he wanted passport copy and I refused", "none"},
		{"en", "didn't send anything, they were asking for my CNIC", "none"},
		{"ur", "شناختی کارڈ کی تصویر مانگ رہے تھے، نہیں بھیجی", "none"},
		{"ur", "پاسپورٹ کی کاپی مانگی تھی، دی نہیں", "none"},
		{"ur", "فارم میں شناختی کارڈ نمبر مانگ رہے تھے، جمع نہیں کروایا", "none"},
		{"ur", "نہیں بھیجی، وہ شناختی کارڈ کی تصویر مانگ رہے تھے", "none"},
		{"ur-Latn", "cnic ki pic mang rahe the, nahi bheji", "none"},
		{"ur-Latn", "passport ki copy mangi thi, di nahi", "none"},
		{"ur-Latn", "form mein cnic number mang raha tha, submit nahi kiya", "none"},
		{"ur-Latn", "nahi bheji, wo cnic ki photo mang rahe the", "none"},
		// handed over, or kept and not given back
		{"ur-Latn", "passport manga tha, maine de diya", "passport"},
		{"en", "they asked for my passport and I sent it", "passport"},
		{"ur-Latn", "passport manga tha, ab wapas nahi de rahe", "passport"},
		{"en", "he asked for my passport and never gave it back", "passport"},
	} {
		r := at(t, flows.NodeReportDocs, c.locale, c.text)
		require.Equal(t, c.want, answers(r)["documents"], "%s: %q", c.locale, c.text)
	}
}
