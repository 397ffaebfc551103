package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// The writer's own children named as dependants ("میرے دو بچے ہیں، گھر کا
// خرچہ مشکل سے چل رہا ہے", "I have 3 kids to feed"): no child involved in
// the case (C20-017, a wife whose husband is unpaid in Saudi, was raised
// to an emergency by it). A child who is the one harmed is still one.
func TestRound20fOwnChildrenAreNoChildVictim(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"اب کفیل بکریوں کے باڑے پر کام کرواتا ہے، پیسے نہیں دیتا۔ ایجنٹ فون نہیں اٹھاتا۔ میرے دو بچے ہیں، گھر کا خرچہ مشکل سے چل رہا ہے",
		"شوہر کو چھ مہینے سے تنخواہ نہیں ملی، میرے تین بچے ہیں",
		"ہمارے ۴ بچے ہیں اور قرضہ بڑھ رہا ہے، ایجنٹ نے پیسے کھا لیے",
		"mere do bache hain, ghar ka kharcha mushkil se chal raha hai, shohar ko 6 mahine se salary nahi mili",
		"hamare 3 bachay hain aur agent ne 4 lakh le liye",
		"meri 2 bachiyan hain, agent paise wapis nahi kar raha",
		"I have two kids and my husband has not been paid for six months in Riyadh",
		"we have 3 small children at home and the agent took 5 lakh",
		"I am a mother of two children, the agent ran away with our money",
	} {
		r := Read(s)
		require.NotContains(t, r.Situations, "child", "%q", s)
	}
	for _, s := range []string{
		"میرا ۱۴ سال کا بچہ سعودیہ میں اونٹ دوڑ میں کام کر رہا ہے",
		"mera 12 saal ka bacha dubai me kaam karwa rahe hain",
		"they took my two kids to Oman to work",
		"agent ne mere bachon ko le gaya",
	} {
		r := Read(s)
		require.Contains(t, r.Situations, "child", "%q", s)
	}
}
