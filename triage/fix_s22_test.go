package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Asking after a licence says none was shown: "licence ka pucha to naraz
// ho gaye", "لائسنس کا پوچھا تو بولا …", "licence ki kya zarurat" are no
// licensed promoter (C89-010, C100-002, C128-035 were read as one); "ek
// licence wali company" still is.
func TestLicenceAskedIsNoLicence(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"Sialkot me ek Rana sahib hain, 3 lakh 20 hazar le chuke. unka koi daftar nahi, ek mobile shop pe milte hain. licence ka pucha to naraz ho gaye",
		"اکرم بٹ نے ساڑھے تین لاکھ لیے۔ کوئی دفتر نہیں، گھر کی بیٹھک میں ملتا تھا۔ لائسنس کا پوچھا تو بولا لاہور والی کمپنی کے ذریعے کام ہوتا ہے",
		"Jamshed Khosa ne 3 lakh liye. licence ka pucha to bola licence ki kya zarurat, 15 saal se bande bhej raha hun",
	} {
		require.False(t, Read(text).Licensed, text)
	}
	require.True(t, Read("ek licence wali company ne saudia ke liye 2 lakh 60 hazar liye, raseed sirf 25 hazar ki di").Licensed)
}

// "اسکول ۲۰ دسمبر سے ۵ جنوری تک بند رہے گا" is a school closed for the
// winter: no report, and its children are no danger (B84-UR-031).
func TestSchoolClosedIsEveryday(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseOther, UrgencyRoutine, "معزز والدین، شدید سردی کے باعث اسکول ۲۰ دسمبر سے ۵ جنوری تک بند رہے گا۔ بچوں کا ہوم ورک واٹس ایپ گروپ میں بھیج دیا جائے گا۔ پرنسپل، دی سٹی اسکول")
}

// Children taken to be sold ("Karachi me bech dena") are trafficked; a
// gun shown with "agar bhaga to maar dunga" abroad is a threat to life
// (B170-RU-022, B170-RU-023).
func TestSoldChildrenAndAGunShown(t *testing.T) {
	t.Parallel()
	gun := "Kafeel ne pistol dikha k kaha agar bhaga to maar dunga. Al Kharj k bahar bakriyon wala farm h, 1 saal se paise nahi diye. Plz embassy ko batao"
	requireRead(t, CaseTrafficking, UrgencyEmergency,
		"Rahim Yar Khan station pe ek aurat 3 chhote bachon ko le k ja rahi h, bache ro rahe hain aur keh rahe 'ammi k paas jana h'. Wo phone pe bol rahi thi 'Karachi me bech dena'. Abhi Khyber Mail me bethi h", gun)
	require.Contains(t, Read(gun).Situations, "threat_to_life")
}

// An ordeal over, then only a question about help for those who came
// back, is no report (B36-RU-039).
func TestReturneesHelpAsked(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseOther, UrgencyRoutine, "mera bhai pichle saal Libya me qaid tha, ab Alhamdulillah ghar aa gaya h. sirf ye poochna tha k OPF se wapis aane walon ko koi madad milti h?")
}

// "qarz ki wja se kaam chhor ni skte" at a landlord's dera is debt
// bondage: forced labour (C232-035 was no case).
func TestCannotLeaveForTheDebt(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"slam. hum 4 bhai sanghar me zamindar k dera pe kaam krte. qarz ki wja se kaam chhor ni skte. kia kr skte",
		"ہم چار بھائی زمیندار کے ڈیرے پر کام کرتے ہیں، قرض کی وجہ سے کام چھوڑ نہیں سکتے",
	} {
		r := Read(text)
		require.Equal(t, CaseForcedLabour, r.CaseType, text)
		require.Contains(t, r.Situations, "debt_bondage", text)
	}
}

// A licensed promoter at home keeping the passport it took, the visa not
// come, more money asked to give it back: the promoter's misconduct,
// routine, whatever the model (65 of 93 such items over the labelled files).
func TestPromoterKeepsThePassportAtHome(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseOEPMisconduct, UrgencyRoutine,
		"Complaint against Crescent Star Overseas Employment Promoters, licence no. 2874/RWP, Saddar Rawalpindi. They took Rs 4,50,000 from me in March for a welder job in Saudi Arabia, gave receipt of only Rs 6,000. It's been 7 months, they still have my passport and every week they say next week flight.",
		"اوورسیز ایمپلائمنٹ پروموٹر \"النور مین پاور\" لائسنس نمبر 2671/LHR نے دبئی کے لیے ۲ لاکھ ۸۰ ہزار لیے تھے۔ سات ماہ ہو گئے، نہ ویزا نہ پیسے واپس۔ اب پاسپورٹ بھی واپس نہیں کر رہے")
	// abroad, the passport kept is urgent
	requireRead(t, "", UrgencyUrgent, "Licensed OEP Al Noor Manpower (licence 2671/LHR) sent me to Riyadh, the company here has kept my passport for 5 months and pays half salary")
}

// Not let out: "Nobody here is allowed to go out except with the driver",
// "کیمپ سے نکلنا منع ہے"; a drama's villain with "still in London" is the
// story (blind171 EN-026, UR-028, EN-032).
func TestNotLetOutAndADrama(t *testing.T) {
	t.Parallel()
	requireRead(t, "", UrgencyEmergency, "sorry cant talk, typing quietly. Nobody here is allowed to go out except with the driver. Madam keeps all our phones, I found my old one. Tell my mother I am ok but I want to come back home. Al Qusais Dubai, near a mosque, white villa")
	require.Contains(t, Read("سیٹھ کہتا ہے جب تک ایجنٹ کا قرضہ نہیں اترتا کیمپ سے نکلنا منع ہے").Situations, "confined")
	requireRead(t, CaseOther, UrgencyRoutine, "Last night's episode 😭 the villain locked Zara in the haveli basement and took her phone, and Hamza is still in London not knowing anything. Can't wait for Friday!!")
}
