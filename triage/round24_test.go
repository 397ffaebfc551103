package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A relative put on the line only to relay the captors' demand ("tell
// mother to send quickly what they say", "jo ye keh rahe hain de do", "جو
// یہ کہتے ہیں وہ کر دو") is a ransom now (blind24 UR-010; UR3-0110,
// RU3-0109, EN3-0134, B22's): the corpus's every such line. A relative's
// voice that says they are well is none.
func TestRound24RelayedDemandIsRansom(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"call from +218, it was my son, he only said abbu do what they say and send the money fast. then someone texted a bank account and 15 lakh",
		"a man called from Libya and my husband came on, he said pay whatever they ask, please quickly. later an account number came by sms",
		"got a call from a Libya number, my brother's voice, he said tell mother to send quickly what they say. then another man sent an account number and 20 lakh",
		"ابھی ایک نمبر +218 94 771 2093 سے فون آیا، میرے بھائی کی آواز تھی، بس اتنا کہا امی سے کہو یہ جو کہیں جلدی بھیج دیں۔ پھر دوسرے آدمی نے اکاؤنٹ نمبر بھیجا اور ساتھ ۲۰ لاکھ لکھا",
		"لیبیا کے نمبر سے کال آئی، بیٹے نے روتے ہوئے کہا ابو جو یہ مانگ رہے ہیں دے دیں۔ پھر ایک آدمی نے اکاؤنٹ نمبر بھیجا",
		"لیبیا سے فون آیا، شوہر کی آواز تھی، کہا جو یہ کہتے ہیں وہ جلدی بھیج دو۔ بعد میں ۱۵ لاکھ اور اکاؤنٹ نمبر کا میسج آیا",
		"libya ke number se call aayi, bhai ki awaz thi, bas itna kaha ammi se kaho ye jo kahen jaldi bhej dein. phir dosre bande ne account number bheja aur 20 lakh likha",
		"+218 se fone aya, bete ne kaha abbu jo ye mang rahe hain de do jaldi. phir account no aya 15 lac",
		"libya se call ayi shohar ki awaaz thi keh raha tha jo ye keh rahe hain wo bhej do. baad me ek aadmi ne account number bheja",
	} {
		r := Read(s)
		require.Equal(t, CaseRansom, r.CaseType, "%q", s)
		require.Equal(t, UrgencyEmergency, r.Urgency, "%q", s)
	}
	for _, s := range []string{
		"my son called from Libya, it was his voice, he is fine, alhamdulillah",
		"بیٹے کا لیبیا سے فون آیا، اس کی آواز تھی، وہ ٹھیک ہے",
		"beta ka libya se fone aya, uski awaz thi, wo theek hai",
	} {
		r := Read(s)
		require.NotEqual(t, UrgencyEmergency, r.Urgency, "%q", s)
	}
}

// A debt that keeps a family at a kiln ("cannot move to another kiln",
// "جب تک ادا نہیں کرو گے یہاں سے نہیں جا سکتے"), with no beating, chain,
// lock or child named, is the domain's growing debt: urgent (blind24
// EN-045, UR-044; 66 of the corpus's kiln lines without violence).
// "cannot move to" a place is no illness.
func TestRound24KilnDebtWithoutViolenceIsUrgent(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"my uncle works at a brick kiln near Sheikhupura. owner says his peshgi is now 4.5 lakh, every month it grows, he and aunty both must work and they cannot move to another kiln",
		"we work at a bhatta, owner says debt keeps growing, we cannot move elsewhere",
		"ہم فیصل آباد کے قریب ایک بھٹے پر کام کرتے ہیں، مالک کہتا ہے تمہارا قرضہ ڈھائی لاکھ ہو گیا ہے، جب تک ادا نہیں کرو گے یہاں سے نہیں جا سکتے",
		"ہم اوکاڑہ کے بھٹے پر ہیں، منشی کہتا ہے پیشگی ۲ لاکھ ہو گئی، جب تک ادا نہیں کرتے ادھر سے نہیں جا سکتے",
		"hum Faisalabad ke bhatte pe kaam karte hain, malik kehta hai tumhara qarza dhai lakh ho gaya, jab tak ada nahi karoge yahan se nahi ja sakte",
		"bhatta malik bolta qarz 3 lac hai jab tk utaroge nahi yahan se nai ja skte",
	} {
		r := Read(s)
		require.Equal(t, CaseForcedLabour, r.CaseType, "%q", s)
		require.Equal(t, UrgencyUrgent, r.Urgency, "%q", s)
	}
}

// A fine to break the contract or leave ("contract tor k jaoge to 3000
// dollar jurmana", "agar gaye to sara kharcha do"), beside a passport
// kept and no harm, lock or threat, is urgent: "contract tor" breaks no
// bones (blind16 RU-034 after a retrain; 30 of the corpus's 48 penalty
// lines are urgent, its emergencies name harm or a hold).
func TestRound24ExitPenaltyIsUrgent(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"mera bhai Cambodia gaya data entry job pe, ab kehta passport le liya hy aur kehte contract tor k jaoge to 3000 dollar jurmana",
		"bhai Cambodia me hai, passport le lia, kehte contract todo ge to 3000 dollar jurmana do",
		"my brother is in Cambodia, the company took his passport and says if he breaks the contract he must pay a 3000 dollar penalty",
		"company in Malaysia kept my passport, they say if I leave I must pay all the ticket and visa cost",
		"میرا بھائی کمبوڈیا میں ہے، کمپنی نے پاسپورٹ رکھ لیا ہے اور کہتے ہیں کنٹریکٹ توڑا تو ۳۰۰۰ ڈالر جرمانہ",
		"سعودیہ میں کفیل نے پاسپورٹ رکھا ہے، کہتا ہے اگر گئے تو سارا خرچہ دو",
	} {
		r := Read(s)
		require.Equal(t, UrgencyUrgent, r.Urgency, "%q", s)
	}
}

// "maar peet nahi hoti" says no one is beaten: no harm for a compound to
// join to a phone given once a week (blind24 RU-042: passport, wages and
// phone kept, the domain's urgent case). Beaten is still beaten.
func TestRound24HarmDenied(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"my sister works in a house in Riyadh, 6 months no salary, madam keeps her passport, phone only once a week. they do not beat her, but she wants to come home",
		"میری بہن سعودیہ میں ایک گھر میں کام کرتی ہے، چھ مہینے سے تنخواہ نہیں ملی، پاسپورٹ مالکن کے پاس ہے، فون ہفتے میں ایک بار ملتا ہے۔ مار پیٹ نہیں ہوتی لیکن وہ واپس آنا چاہتی ہے",
		"behen Saudi me ghar me kaam karti hai, 6 mahine se tankhwa nahi, passport madam ke paas, phone hafte me ek baar milta hai. maar peet nahi hoti par wapis aana chahti hai",
	} {
		require.Equal(t, UrgencyUrgent, Read(s).Urgency, "%q", s)
	}
	for _, s := range []string{
		"my sister works in a house in Riyadh, madam took her phone and beats her every day",
		"behen ko madam roz maarti hai, phone bhi cheen liya",
	} {
		require.Equal(t, UrgencyEmergency, Read(s).Urgency, "%q", s)
	}
}
