package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// "آ گیا ہے" (has come) is no going abroad: a son whose phone "has come
// back" and who is fine in Dammam is a worry ended, not a report (blind23
// UR-016, which a wider "gaya hai" of going had made an emergency); "dubai
// gaye the" still places the one gone.
func TestComeBackIsNoGoing(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"کل میں نے یہاں لکھا تھا کہ بیٹے کا فون دو دن سے بند ہے۔ اب اس کا فون آ گیا ہے، وہ دمام میں بالکل ٹھیک ہے، بس فون خراب تھا۔ شکایت ختم کر دیں، شکریہ",
		"kal maine likha tha bete ka phone 2 din se band hai. ab uska phone aa gaya hai, wo Dammam me bilkul theek hai, bas phone kharab tha. shikayat khatam kar dein",
	} {
		a := Read(s).Assessment
		require.Equal(t, CaseOther, a.CaseType, s)
		require.Equal(t, UrgencyRoutine, a.Urgency, s)
	}
	for _, s := range []string{"میرے شوہر دبئی گئے تھے ۸ مہینے ہو گئے ان سے کوئی رابطہ نہیں ہو رہا", "mere shohar dubai gaye the 8 mahine se koi rabta nahi"} {
		require.True(t, Read(s).Assessment.Abroad, s)
	}
}
