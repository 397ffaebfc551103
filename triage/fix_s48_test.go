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

// The second wave's triage (blind363–364, C494–C497): the family's
// codeword for trouble said, in Roman Urdu (B364-RU-026); "if not paid by
// Friday" is a demand, no wages withheld (C496-019); the thousands of a
// sum in lakhs said bare before "ho gaye" (C494-012).
func TestSession48SecondWaveTriage(t *testing.T) {
	t.Parallel()
	requireAssessed(t, "Meri behan ki shadi 2 saal pehle ek China wale se karwai thi rishta agent ne. Aaj call pe wo keh rahi thi 'yahan sab theek h Ammi' lekin usne 'neela dupatta' bola jo humne tay kiya tha k musibat ho to bolegi. Peeche koi aadmi zor zor se bol raha tha", "", UrgencyEmergency)
	a := requireAssessed(t, "We paid 18 lakh to an agent in Gujranwala for Greece, he said all inclusive. Now he says the Turkey to Greece part is 3 lakh extra, and if not paid by Friday the boy is on his own.", "", "")
	require.NotContains(t, a.Situations, "wages_withheld")
	require.Contains(t, Assess("my salary is not paid for 3 months", Extract("my salary is not paid for 3 months")).Situations, "wages_withheld")
	for text, want := range map[string]float64{"3 lakh 40 ho gaye": 340000, "تین لاکھ چالیس ہو گئے": 340000, "2 lakh 60 bante hain": 260000} {
		e := Extract(text)
		require.Len(t, e.Amounts, 1, text)
		require.Equal(t, want, e.Amounts[0].Value, text)
	}
	require.Equal(t, float64(500000), Extract("5 lakh 20 din pehle diye").Amounts[0].Value)
}

// The third wave's triage (blind365–366): "where did you keep the car's
// key?" holds no one (B366-RU-018, an everyday message read as locked in);
// a child already taken to work, not let back till an advance is repaid,
// is no plan to send one (B365-UR-028, a missed emergency).
func TestSession48ThirdWaveTriage(t *testing.T) {
	t.Parallel()
	requireAssessed(t, "Beta kahan ho? Khana thanda ho raha h. Abu pooch rahe hain gaari ki chabi kahan rakhi h", CaseOther, UrgencyRoutine)
	requireAssessed(t, "malik kamre ki chabi apne paas rakhta hai, bahar nahi jane deta", "", UrgencyEmergency)
	requireAssessed(t, "ہمسائی کی ۹ سال کی بچی کو ایک آدمی لاہور میں کسی گھر کام پر لے گیا تھا۔ چھ مہینے ہو گئے، نہ بات کراتے ہیں نہ بچی واپس کرتے ہیں، کہتے ہیں پہلے ایڈوانس کے ۴۰ ہزار واپس کرو", "", UrgencyEmergency)
}
