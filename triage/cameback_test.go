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

// A local agent's trade in dunki told, with a friend's son who went "this
// way" before, names no one in danger now: no emergency the model alone
// raises (C4-026, 44% after a retrain).
func TestLocalDunkiTradeIsNoEmergency(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"bhai ek banda hai hamare ilaqe me jo logo ko dunki lagwata hai iran turkey greece, 20 lakh leta hai, mere dost ka beta bhi isi tarah gaya tha\nHaji Sarwar kehte hain usko\ngreece\n20 lakh\nmaine nahi diye, mera dost ne diye the",
		"there is a man in our area who sends people by dunki through iran and turkey to greece, takes 20 lakh, my friend's son also went this way\nHaji Sarwar\n20 lakh",
		"ہمارے علاقے میں ایک بندہ ڈنکی لگواتا ہے، ایران ترکی سے یونان، بیس لاکھ لیتا ہے، میرے دوست کا بیٹا بھی اسی طرح گیا تھا\nحاجی سرور\n۲۰ لاکھ",
	} {
		a := Read(s).Assessment
		require.Equal(t, CaseSmuggling, a.CaseType, s)
		require.NotEqual(t, UrgencyEmergency, a.Urgency, s)
	}
}
