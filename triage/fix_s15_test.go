package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A month in a date is no "mar" (beaten): "transferred to A/C … on
// 12-Mar-25" was read as a person sold and harmed, an emergency on a bank
// receipt (blind126 EN-039). Two killed ("2 mar diye") is no date.
func TestDateMonthIsNoHarm(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseOther, UrgencyRoutine,
		"HBL: PKR 15,000.00 transferred to A/C ****7781 on 12-Mar-25 14:02. Avl Bal PKR 42,318.55.",
		"Rs 5000 transferred to your account 0321xxxx on 3 Mar 2025",
		"Meezan: Rs 2,500 sent to Easypaisa wallet on Mar 12, 2025. Ref 88123")
	requireUrgency(t, UrgencyEmergency, []string{"unhon ne 12 mar 25 ko usay maara, ab bhi kamre me band hai"})
}

// A ransom paid and the son home again is told of the past: "پچھلے سال
// … اغوا … تاوان دیا تو چھوڑا … اب وہ گھر پر ہے" was an emergency, its
// "گھر پر" read as a "but" and the ransom paid as one asked now (blind125
// UR-011). A ransom still asked stays one.
func TestRansomPaidIsPast(t *testing.T) {
	t.Parallel()
	requireUrgency(t, UrgencyRoutine, []string{
		"پچھلے سال میرے بیٹے کو لیبیا میں اغوا کر لیا گیا تھا، ہم نے زمین بیچ کر ۲۰ لاکھ تاوان دیا تو چھوڑا۔ اللہ کا شکر ہے اب وہ گھر پر ہے۔ جس ایجنٹ نے اسے ان لوگوں کے حوالے کیا وہ منڈی بہاؤالدین میں کھلا پھر رہا ہے، ہم اس کے خلاف رپورٹ کرنا چاہتے ہیں۔",
	})
	requireUrgency(t, UrgencyEmergency, []string{
		"میرے بیٹے کو لیبیا میں اغوا کر لیا ہے، وہ ۲۰ لاکھ تاوان مانگ رہے ہیں",
		"humne 5 lakh tawan diya phir bhi nahi chhora, ab 10 lakh aur mang rahe hain",
	})
}

// Power cuts and the weather are no harm: "بجلی بند" beside the heat
// idiom (blind125 UR-032) and children kept in for the smog (blind126
// RU-038) were emergencies. Electric shocks, and a camp kept shut and
// beaten in a lockdown, still are.
func TestWeatherAndPowerCuts(t *testing.T) {
	t.Parallel()
	requireUrgency(t, UrgencyRoutine, []string{
		"آج کی گرمی نے تو جان ہی نکال دی، اوپر سے چھ گھنٹے سے بجلی بند ہے۔ بچے پنکھے کو ترس گئے ہیں",
		"Smog ki wajah se ammi bachon ko bahar nahi nikalne deti, school b poora hafta band h. Ghar me bachay pagal kar rahe",
		"سموگ کی وجہ سے بچوں کو باہر نہیں جانے دیتے، سکول بند ہیں",
		"bijli 8 ghante se gayi hui hai, garmi se bura haal hai",
	})
	requireUrgency(t, UrgencyEmergency, []string{
		"unhon ne mujhe bijli ke jhatke diye",
		"کمرے میں بند کر کے بجلی کے جھٹکے دیتے ہیں",
		"lockdown ki wajah se hamein camp se bahar nahi nikalne dete, aur maarte bhi hain",
	})
}

// Hajj and Umrah are in Saudi Arabia (C161-028: "خدام الحجاج" named no
// country).
func TestHajjIsSaudi(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"میرے بیٹے کو ایک کمپنی نے حج کے دنوں میں خدام الحجاج کی نوکری کا کہا ہے", "umrah visa pe bhej ke wahan kaam karwate hain"} {
		require.Equal(t, []string{"SA"}, Extract(s).Countries, s)
	}
}

// Not going to hospital for fear of the police is no one keeping a sick
// worker from care (C163-023, urgent not an emergency); an employer who
// will not take him is. A friend who "paid nothing to the agency" has no
// wages withheld (C159-033's answer read as an emergency).
func TestSickAfraidAndPaidNothing(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseWorkerDistress, UrgencyUrgent, "میں ملائیشیا میں ہوں، کمپنی بند ہو گئی ہے۔ تین مہینے کی تنخواہ نہیں ملی۔ مجھے کئی دن سے بخار ہے، پولیس کے ڈر سے ہسپتال نہیں جاتا")
	requireUrgency(t, UrgencyEmergency, []string{"bukhar hai, malik hospital nahi le jata"})
	requireUrgency(t, UrgencyRoutine, []string{"My friend paid nothing to the agency", "we paid nothing to the agent"})
}

// A number written the local way right after a country's name ("یو اے ای
// والا نمبر ۰۵۲۷۷۳۹۰۱۸", A67-0331) is that country's mobile, not a Sialkot
// landline; an office number told a sentence after a country is still
// Pakistan's (C159-007).
func TestCountryNumber(t *testing.T) {
	t.Parallel()
	for s, want := range map[string]string{
		"یو اے ای والا نمبر ۰۵۲۷۷۳۹۰۱۸":                   "+971527739018",
		"uska saudi wala number 0553812047 hai":           "+966553812047",
		"Jubail, Saudi Arabia. Office number 051-5536284": "+92515536284",
		"sialkot office ka number 052 7739018":            "+92527739018",
		// "is" between the number word and the number (A112-0336)
		"سعودی نمبر ہے ۰۵۵۷۳۱۲۴۹۰":       "+966557312490",
		"his Saudi number is 0557312490": "+966557312490",
		"mera number hai 0557312490":     "+92557312490",
	} {
		require.Equal(t, []string{want}, Extract(s).Phones, s)
	}
}

// A daughter's cry for rescue from a country named stands against a
// model sure the words are calm (blind128 EN-046); going out only with a
// guard is being held (blind128 RU-033); money taken from a son is no son
// taken (C166-031).
func TestPleaGuardAndMoneyFromSon(t *testing.T) {
	t.Parallel()
	requireUrgency(t, UrgencyEmergency, []string{
		"asalam sir sorry english weak. my daughter Rabia she go to Iraq with ziyarat group last month, group came back she not came, group leader say she married there. but she call one time crying 'Ammi mujhe le jao' and line cut. now number closed. we poor people from Jhang",
		"Mera bhai Lahore k ek agent k zariye Laos gaya tha data entry job k liye. Wahan ek compound me h, passport le liya, online fraud karwate hain. Bahar sirf guard k sath ja sakte hain",
		"they took my son from the school",
	})
	requireUrgency(t, UrgencyRoutine, []string{"it's about an agent who took money from my son"})
}

// A currency named alone a few words before a sum, in its clause, is the
// sum's ("dollar me mangay thay 1500", A68-0139 read rupees); the price of
// a dollar is still in rupees.
func TestClauseCurrency(t *testing.T) {
	t.Parallel()
	for s, want := range map[string]string{
		"dollar me mangay thay 1500": "USD",
		"ڈالر میں مانگے تھے 1500":    "USD",
		"dollar me 1500 diye the":    "USD",
		"dollar rate 280 hai aaj":    "PKR",
	} {
		am := Extract(s).Amounts
		require.Len(t, am, 1, s)
		require.Equal(t, want, am[0].Currency, s)
	}
}
