package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Found typing a sister's plea from Oman (fourth session): a phone not
// allowed ("madam usko phone nahi dene deti") is a phone taken, and wages
// told with "bhi" and a span of time between ("tankhwah bhi 4 mahine se
// nahi di") are wages withheld: the plea is urgent, not an emergency the
// model alone raised.
func TestPhoneNotAllowedAndWagesWithBhi(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, sit string }{
		{"madam usko phone nahi dene deti", "phone_taken"},
		{"kafeel mobile nahi dete, kehte hain kaam karo", "phone_taken"},
		{"مالکن اسے فون نہیں دیتی", "phone_taken"},
		{"they don't let her use the phone", "phone_taken"},
		{"tankhwah bhi 4 mahine se nahi di", "wages_withheld"},
		{"salary bhi 3 mahine se nahi mili", "wages_withheld"},
		{"تنخواہ بھی چار مہینے سے نہیں دی", "wages_withheld"},
	} {
		got := Assess(c.text, Extract(c.text))
		require.Contains(t, got.Situations, c.sit, c.text)
	}
	text := "assalam o alaikum, meri behen oman me maid hai, 2 saal ho gaye, ab wo keh rahi hai madam usko phone nahi dene deti aur chhutti nahi deti, tankhwah bhi 4 mahine se nahi di"
	got := Assess(text, Extract(text))
	require.Equal(t, UrgencyUrgent, got.Urgency, "%v", got.Danger)
	// a phone given is none taken
	got = Assess("agent ne mujhe naya phone de diya", Extract("agent ne mujhe naya phone de diya"))
	require.NotContains(t, got.Situations, "phone_taken")
}
