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

// A relative in jail abroad, or arrested there, with nothing demanded is a
// worker in distress, urgent: help, not a ransom and not an emergency
// (the usability tester's "my son is in jail in dubai" in three languages).
// Held in a country of the smugglers' routes it is a smuggler's journey
// (RU2-0713); beaten by an employer abroad, trafficking (B5-EN-002,
// EN-0179). A ransom still needs a demand.
func TestRound22RelativeJailedOrHeldAbroad(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"my son is in jail in dubai",
		"my brother is in prison in Riyadh, we cannot reach him",
		"mera beta dubai ki jail me hai",
		"bhai saudi me jail mein hai 2 hafte se",
		"bhai ko saudi me police ne pakar liya",
		"میرا بیٹا دبئی کی جیل میں ہے",
		"بھائی کو دبئی میں پولیس نے گرفتار کر لیا",
		"mera beta dubai ki jail me hai\nUAE",
	} {
		r := Read(s)
		require.Equal(t, CaseWorkerDistress, r.CaseType, "%q", s)
		require.Equal(t, UrgencyUrgent, r.Urgency, "%q", s)
	}
	for _, s := range []string{
		"my son is held in iran",
		"mera beta iran me pakra hua hai",
		"میرا بیٹا ایران میں پکڑا ہوا ہے",
	} {
		require.Equal(t, CaseSmuggling, Read(s).CaseType, "%q", s)
	}
	for _, s := range []string{
		"the employer beats my husband in saudi",
		"saudi me kafeel mere shohar ko maarta hai",
		"سعودیہ میں کفیل میرے شوہر کو مارتا ہے",
	} {
		require.Equal(t, CaseTrafficking, Read(s).CaseType, "%q", s)
	}
	// Released and home, or deported: over.
	for _, s := range []string{
		"mere dost k chacha ko Oman mein police ne pakar liya tha visa khatam hone pe, ab wo release ho k ghar aa gaye hain, sab khair hai",
		"Baku me police ne pakar ke deport kiya, ab ghar hun",
	} {
		require.NotEqual(t, UrgencyEmergency, Read(s).Urgency, "%q", s)
		require.NotContains(t, Read(s).Situations, "jailed", "%q", s)
	}
	// Money demanded, even as "the money", is a ransom.
	require.Equal(t, CaseRansom, Read("وہ کہتے ہیں آج شام تک رقم نہ ملی تو سمجھو تمہارا بچہ گیا، بیٹا لیبیا میں ہے").CaseType)
}
