package triage

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

func hasFlag(r Result, code string) bool {
	return slices.ContainsFunc(r.Flags, func(f Flag) bool { return f.Code == code })
}

// A ransom or extortion of someone who travelled by an irregular route
// (dunki, smugglers, Libya, Iran, Turkey, a boat, a safe house) carries
// the irregular route, as blind18-22's writers label it (28 of 30); threats
// from an agent to the family of one who went legally (an iqama in Riyadh,
// a visa in Dubai) do not.
func TestRound22RansomOnAnIrregularRoute(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"URGENT my husband is in a warehouse in Tripoli, the smugglers beat them every night, they want 25 lakh or they kill him",
		"a man called from +218 91 234 5678, put my son on the line, then said send 18 lakh to this account by Thursday. My son left for Italy by the Libya route",
		"my brother went by dunki, now they call and say send 10 lakh or we cut his fingers",
		"Last year agent's men in Libya held me and my family paid 10 lakh. Now same people calling my father saying we still owe 5 lakh",
		"میرا بیٹا لیبیا میں اسمگلروں کے قبضے میں ہے، روز مارتے ہیں، ۳۰ لاکھ مانگ رہے ہیں ورنہ جان سے مار دیں گے",
		"ایک انجان نمبر سے فون آیا، میرے شوہر کی آواز سنوائی، پھر اس آدمی نے کہا ۲۵ لاکھ جمعے تک اس اکاؤنٹ میں ڈالو۔ وہ لیبیا کے راستے اٹلی کے لیے نکلے تھے",
		"میرے بھائی کو ایران میں اغوا کر لیا ہے، کہتے ہیں ۱۵ لاکھ بھیجو ورنہ مار دیں گے",
		"mere betay ko Iran me Zahedan k paas agent k bandon ne aghwa kar liya hai, 12 lakh bhejo warna goli maar denge",
		"raat ko call ayi, mere shohar ki awaz sunwai, phir kaha 22 lakh jumeraat tak dalo. wo Libya k raste Italy k liye niklay thay",
		"bhai ko turkey me ek ghar me rakha hua hai dunki walon ne, 5 lakh mang rahe warna maar denge",
	} {
		r := Read(s)
		require.Equal(t, CaseRansom, r.CaseType, "%q", s)
		require.True(t, hasFlag(r, FlagIrregularRoute), "%q %v", s, r.Flags)
	}
	for _, s := range []string{
		"The agent who sent my son to Saudi now calls us daily and says pay 2 lakh more or he will get his iqama cancelled and have him jailed.",
		"سعودیہ والا ایجنٹ بار بار فون کرتا ہے کہ ۱ لاکھ اور بھیجو ورنہ تمہارے بیٹے کا اقامہ کینسل کروا کے جیل بھجوا دوں گا",
		"dubai wala agent roz call krta h k 1.5 lakh aur bhejo warna tmhare bete ko police k hawale kr dunga, visa cancel krwa dunga",
	} {
		r := Read(s)
		require.False(t, hasFlag(r, FlagIrregularRoute), "%q %v", s, r.Flags)
	}
}
