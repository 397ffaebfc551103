package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Triage lessons of the forty-eighth session (blind361–362, C490–C493).
func TestSession48Triage(t *testing.T) {
	t.Parallel()
	// a cricket score told in words of murder and kidnapping (B362-EN-037)
	requireAssessed(t, "Pakistan batting absolutely murdered today, 89 all out 🤦‍♂️ looked like the whole top order was kidnapped before the toss", CaseOther, UrgencyRoutine)
	// a roommate abroad who cannot breathe, lips turning blue (B362-RU-023)
	requireAssessed(t, "Sharjah me hun, mera roommate 3 din se tez bukhar me h, ab saans theek se nahi aa rahi, honth neelay ho rahe. company wale kehte duty pe aao, health card b nai h. kia karein", "", UrgencyEmergency)
	// money "sunk" is money lost, no boat (C490-028); a boat that sank is
	a := requireAssessed(t, "embassy ne madad ki, wahan se wapis aaya. ab theek hun lekin paise sab doob gaye", "", UrgencyRoutine)
	require.NotContains(t, a.Situations, "at_sea_or_border")
	requireAssessed(t, "mera bhai kashti me tha, kashti doob gayi", CaseSmuggling, UrgencyEmergency)
	// a worker hiding at a friend's after an absconding case is in
	// trouble, not writing in secret from where he is held (C490-031)
	for _, text := range []string{
		"Asalam o alaikum. my son is in Bahrain. sponsor filed absconding case on him after he asked for 2 months pay. he is hiding in a friends room. pls guide",
		"mera bhai dost ke ghar me chhupa hua hai, kafeel ne huroob laga diya",
	} {
		a := Assess(text, Extract(text))
		require.NotEqual(t, UrgencyEmergency, a.Urgency, text)
	}
	// money "taken on" numbers or accounts was paid (B361-UR-003)
	requireAssessed(t, "سر میرے شوہر سے لتھوانیا میں ٹرک ڈرائیور کی نوکری کے نام پر ایک لاکھ چالیس ہزار روپے تین مختلف جیز کیش نمبروں پر لیے گئے۔ آخری نمبر ۰۳۱۱-۴۵۲۰۹۸۳ تھا۔", CaseJobScamPaid, "")
	requireAssessed(t, "agent ne 50 hazar apne account me mangwaye the", CaseJobScamPaid, "")
}
