package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// "I've not paid anything" is the writer's own money kept, not wages
// withheld; "they've not paid us" still is.
func TestOwnMoneyNotPaidContracted(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"Asking Rs 2,50,000 after the interview. I've not paid anything",
		"we've not paid anything yet, they want 3 lakh for Oman", "I've paid nothing so far"} {
		require.NotContains(t, Read(s).Situations, "wages_withheld", s)
		require.Equal(t, "routine", Read(s).Urgency, s)
	}
	requireRead(t, "", "urgent", "they've not paid us for 4 months, the company in Riyadh keeps saying next month")
}

// First heard in blind175-176: a child "isn't allowed to go out" is held;
// a man forcing little girls onto a bus, "this is not our father", is a
// child taken; "suna tum ne?" with a coaster overturned is news; money
// sent home to collect from Western Union is family, not a scam.
func TestBlind175And176(t *testing.T) {
	t.Parallel()
	requireRead(t, "", "emergency",
		"Sir, the girl working at a house in Model Town near my aunt's place is maybe 12. She told my aunt from the window that she isn't allowed to go out and hasn't seen her parents for a year.",
		"ابھی ملتان لاری اڈے پر ایک آدمی تین چھوٹی بچیوں کو زبردستی بس میں بٹھا رہا ہے، بچیاں رو رہی ہیں اور کہہ رہی ہیں یہ ہمارا ابو نہیں ہے",
		"abhi bus adde pe ek aadmi do bachiyon ko zabardasti gari me bitha raha h, bachiyan keh rahi hain ye hamara abbu nahi h")
	// (a father named otherwise is no child taken)
	requireRead(t, "", "routine", "yes but contact me not my father, this is my number", "میرے ابو نہیں ہیں، بھائی سعودیہ گیا ہے")
	requireRead(t, "other", "routine",
		"Suna tum ne? Kal Kohat tunnel k paas ek coaster ulat gayi 12 log zakhmi, Allah reham kare",
		"Abbu ne Dubai se call ki thi, 1000 dirham bhej diye hain, kal Western Union se utha lena. Ammi ko bol dena")
}

// A child locked inside a shop for the night is held (B178-UR-028); a
// shop closed for the night is not.
func TestChildLockedInTheShop(t *testing.T) {
	t.Parallel()
	requireRead(t, "", "emergency",
		"ہمارے محلے میں ایک ورکشاپ والا ایک چھوٹے بچے کو رات کو دکان میں ہی بند کر کے چلا جاتا ہے، بچہ صبح تک اندر رہتا ہے",
		"mohalle me ek workshop wala chhote bache ko raat ko dukan me hi band kar k chala jata hai, bacha subah tak andar rehta hai")
	requireRead(t, "other", "routine", "dukan band kar k chala jata hai 9 baje", "وہ دکان بند کر کے چلا جاتا ہے")
}

// A batsman who "massacred the bowlers" is cricket (B175-RU-036).
func TestCricketMassacre(t *testing.T) {
	t.Parallel()
	requireRead(t, "other", "routine", "Bhai aaj to Fakhar ne bowlers ka qatl e aam kar diya 🔥🔥 maar maar k bhurkas nikal diya",
		"آج فخر نے بولرز کی خوب دھلائی کی")
}
