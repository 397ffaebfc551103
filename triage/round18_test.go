package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Workers in Pakistan not let go until a debt is paid off, with nothing
// else read (no lock, chain or guard, no beating, threat or child at
// work), are bonded labour: urgent, not an emergency (C13-008, C14-018,
// C17-008, C11-030; red-flags.md: growing debt to the employer is urgent).
// Locked in or not let out, beaten, a child, a threat, or abroad, it stays
// an emergency.
func TestRound18HeldForDebtIsUrgent(t *testing.T) {
	t.Parallel()
	requireUrgency(t, UrgencyUrgent, []string{
		"My uncle and his family work at a brick kiln near Kasur, the owner wont let them go because of loan",
		"My cousin's family works at a kiln near Pattoki, the owner says they owe him 3 lakh peshgi and wont let them leave",
		"my uncle family is kept at a landlord farm in Sanghar, not allowed to leave, he says they owe him",
		"قصور کے پاس ایک بھٹے پر میرے چچا اور ان کی فیملی کو مالک جانے نہیں دیتا، کہتا ہے تین لاکھ قرض ہے پہلے وہ اتارو",
		"پتوکی کے بھٹے پر مالک میرے بھائی کو جانے نہیں دیتا، کہتا ہے قرض ہے",
		"bhatte pe malik chacha ki family ko jane nahi deta, kehta hai 3 lakh qarz hai pehle wo utaro",
		"hum bhatte pe kaam karte hain, malik qarze ki wajah se jaane nahi deta",
		"zamindar kehta hai qarza utaaro phir jana, hamein kahin nahi jane deta",
	})
	requireUrgency(t, UrgencyEmergency, []string{
		"Brick kiln owner near Kasur has chained my uncle and his family at night, they are not allowed to leave because of a 3 lakh loan",
		"My uncle's family works at a brick kiln near Kasur. The owner says they owe him 3 lakh and won't let them leave. When my cousin tried to go home last week, the owner's men beat him badly.",
		"main Kasur ke paas bhatte pe kaam karta hun, maalik kehta ha qarza utaaro warna ghar wale bhi yahin rahenge, jaane nahi deta",
		"ہمارے رشتہ دار کا پورا خاندان قصور کے ایک بھٹے پر پھنسا ہوا ہے، مالک کہتا ہے قرض ہے اور ان کو جانے نہیں دیتا، بچوں سے بھی کام کرواتا ہے",
		"Malik ne bhatte pe raat ko sab ko kamre me band kar ke bahar se kunda laga diya hai, kehta hai qarz utaro",
		// not let out of the place, not only not let leave the work
		"ہم اینٹوں کے بھٹے پر کام کرتے ہیں، مالک کہتا ہے تین لاکھ پیشگی باقی ہے، ہمیں باہر نہیں جانے دیتا",
		"bhatte pe malik kehta hai qarz utaro, hamein bahar nahi jane deta",
		"until the debt is paid they lock us in the room at night",
		"سر میرا فون کسی بھی وقت لے لیں گے، مجھے سری لنکا کے راستے لایا گیا تھا، اب ایک مساج سینٹر میں ہوں، مالک کہتا ہے پہلے قرض اتارو پھر جانا",
	})
}

// People forced into scam work abroad, with no harm, threat or lock read,
// are urgent (C8-018; red-flags.md: forced into scam or crime work); the
// model alone must be sure to make it an emergency. A beating or shocks
// make it one by their own words.
func TestRound18ScamWorkIsUrgent(t *testing.T) {
	t.Parallel()
	requireUrgency(t, UrgencyUrgent, []string{
		"میرا بیٹا تھائی لینڈ میں کمپیوٹر کی نوکری کے لیے گیا تھا مگر وہاں سے اسے سرحد پار میانمار لے گئے۔ اب وہ کہتا ہے کہ اس سے زبردستی لوگوں کو دھوکہ دینے کا کام کروایا جاتا ہے۔ خدا کے لیے مدد کریں",
		"بیٹا کمبوڈیا میں ہے، کمپنی اس سے لوگوں کے ساتھ آن لائن فراڈ کرواتی ہے، انکار کرے تو جرمانہ اور کھانا بند۔ پاسپورٹ ان کے پاس ہے",
	})
	requireUrgency(t, UrgencyEmergency, []string{
		"my brother is in Myanmar, they force him to do online scams and beat him with electric batons when he misses targets",
		"bhai ko Cambodia me zabardasti fraud ka kaam karwate hain, kal current lagaya",
	})
}

// A journey that has not begun ("mera chota bhai bhi jane ki zid kar raha
// he": he insists on going) is a plan: with no danger read, the model
// alone must be sure to raise it (C11-010, C7-005).
func TestRound18InsistingOnGoingIsAPlan(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"hmare gaon ka aik banda larkon ko Iran k raste Turkey bhej raha he dunki lagwa k, mera chota bhai bhi jane ki zid kar raha he",
		"ہمارے گاؤں کا ایک بندہ لڑکوں کو ایران کے راستے ترکی بھیج رہا ہے، میرا چھوٹا بھائی بھی جانے کی ضد کر رہا ہے",
		"an agent in our village sends boys to Turkey through Iran, my younger brother insists on going",
	} {
		require.NotEqual(t, UrgencyEmergency, Read(s).Urgency, s)
	}
	requireUrgency(t, UrgencyEmergency, []string{
		"mera bhai bhi jane ki zid kar raha hai, agent usay kashti me italy bhej raha hai aaj raat",
	})
}

// A copy of an identity card left with an agent is no document taken
// (C7-003: "پاسپورٹ دیا تھا وہ تو واپس کر دیا، شناختی کارڈ کی کاپی بھی
// اس کے پاس ہے"): the except read "cnic copy" in Roman Urdu only. The
// original passport beside it is still one.
func TestRound18CardCopyIsNoDocumentTaken(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"پاسپورٹ دیا تھا وہ تو واپس کر دیا، شناختی کارڈ کی کاپی بھی اس کے پاس ہے",
		"شناختی کارڈ کی کاپی اس کے پاس ہے",
		"میرے شناختی کارڈ کی فوٹوکاپی ایجنٹ کے پاس ہے",
		"my cnic copy is with him",
		"he has a copy of my id card",
		"shanakhti card ki copy uske paas hai",
	} {
		require.NotContains(t, Read(s).Situations, "documents_taken", s)
	}
	for _, s := range []string{
		"اصل پاسپورٹ اس کے پاس ہے اور شناختی کارڈ کی کاپی بھی",
		"passport uske paas hai aur id card ki copy bhi",
	} {
		require.Contains(t, Read(s).Situations, "documents_taken", s)
	}
}
