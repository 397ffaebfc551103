package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Sent or gone to a country ("X ko agent ne oman bheja tha", "ایجنٹ نے عمان
// بھیجا تھا", "shohar dubai gaye the", "دبئی گئے تھے") places the person
// there now, as "went to Dubai" and "was sent to Oman" do (second tester,
// item 5); a move told with a return after it ("went to Dubai and came
// back", "dubai gaya tha, wapis aa gaya", "واپس آ گیا") does not.
func TestSentOrGoneIsWhereTheyAre(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		text, want string
	}{
		{"meri beti ko agent ne oman bheja tha ghar ke kaam ke liye, ab malik marta hai", "OM"},
		{"beti ko oman bheji thi, ab wo roti hai", "OM"},
		{"mere shohar dubai gaye the 8 mahine se koi rabta nahi", "AE"},
		{"bhai saudia gaya hai 2 saal se, ab kafeel tang karta hai", "SA"},
		{"beta malaysia gya tha job k liye, ab phansa hua hai", "MY"},
		{"میری بیٹی کو ایجنٹ نے عمان بھیجا تھا گھر کے کام کے لیے، اب مالک مارتا ہے", "OM"},
		{"میرے شوہر دبئی گئے تھے ۸ مہینے ہو گئے ان سے کوئی رابطہ نہیں ہو رہا", "AE"},
		{"بھائی سعودیہ گیا ہوا ہے، کفیل نے پاسپورٹ رکھ لیا", "SA"},
		{"my daughter was sent to Oman by the agent for housework, now the owner beats her", "OM"},
		{"my husband went to Dubai 8 months ago, no contact with him since", "AE"},
	} {
		got := Assess(c.text, Extract(c.text))
		require.True(t, got.Abroad, "%q", c.text)
		require.Contains(t, got.Located, c.want, "%q", c.text)
	}
	for _, text := range []string{
		"my brother went to Dubai last year and came back, the agent took 3 lakh",
		"mera bhai dubai gaya tha, wapis aa gaya, agent ne 3 lakh liye",
		"بھائی دبئی گیا تھا، واپس آ گیا، ایجنٹ نے ۳ لاکھ لیے",
		"beta saudia gaya tha, ab pakistan aa gaya hai, agent ne dhoka diya",
	} {
		got := Assess(text, Extract(text))
		require.False(t, got.Abroad, "%q", text)
		require.Empty(t, got.Located, "%q", text)
	}
}

// Forced sex work said by its euphemisms ("zabardasti galat kaam karwate
// hain", "زبردستی غلط کام", "dhande pe laga diya", "force her to do wrong
// work") is sexual abuse, an emergency (item 17); scam work forced on a
// man is not.
func TestWrongWorkIsSexualAbuse(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"meri behan ko dubai me kaam ke bahane le gaye, ab zabardasti galat kaam karwate hain",
		"behan ko dubai le gaye ab dhande pe laga diya",
		"larki ko dubai le gaye, wahan dhanda karwate hain",
		"میری بہن کو دبئی میں کام کے بہانے لے گئے، اب زبردستی غلط کام کرواتے ہیں",
		"بیٹی کو دبئی لے گئے، وہاں دھندا کرواتے ہیں",
		"they took my sister to Dubai for a job, now they force her to do wrong work",
		"my sister was taken to Dubai, now they forced her into dhanda",
	} {
		got := Assess(text, Extract(text))
		require.Contains(t, got.Situations, "sexual_abuse", "%q", text)
		require.Equal(t, UrgencyEmergency, got.Urgency, "%q", text)
	}
	for _, text := range []string{
		"they forced him to do bad work, scamming people online",
		"agent ne bohat galat kaam kiya, 3 lakh le gaya",
	} {
		got := Assess(text, Extract(text))
		require.NotContains(t, got.Situations, "sexual_abuse", "%q", text)
	}
}
