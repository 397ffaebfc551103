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
	r := Read("معزز والدین، شدید سردی کے باعث اسکول ۲۰ دسمبر سے ۵ جنوری تک بند رہے گا۔ بچوں کا ہوم ورک واٹس ایپ گروپ میں بھیج دیا جائے گا۔ پرنسپل، دی سٹی اسکول")
	require.Equal(t, CaseOther, r.CaseType)
	require.Equal(t, UrgencyRoutine, r.Urgency)
}

// Children taken to be sold ("Karachi me bech dena") are trafficked; a
// gun shown with "agar bhaga to maar dunga" abroad is a threat to life
// (B170-RU-022, B170-RU-023).
func TestSoldChildrenAndAGunShown(t *testing.T) {
	t.Parallel()
	r := Read("Rahim Yar Khan station pe ek aurat 3 chhote bachon ko le k ja rahi h, bache ro rahe hain aur keh rahe 'ammi k paas jana h'. Wo phone pe bol rahi thi 'Karachi me bech dena'. Abhi Khyber Mail me bethi h")
	require.Equal(t, CaseTrafficking, r.CaseType)
	require.Equal(t, UrgencyEmergency, r.Urgency)
	r = Read("Kafeel ne pistol dikha k kaha agar bhaga to maar dunga. Al Kharj k bahar bakriyon wala farm h, 1 saal se paise nahi diye. Plz embassy ko batao")
	require.Equal(t, CaseTrafficking, r.CaseType)
	require.Equal(t, UrgencyEmergency, r.Urgency)
	require.Contains(t, r.Situations, "threat_to_life")
}

// An ordeal over, then only a question about help for those who came
// back, is no report (B36-RU-039).
func TestReturneesHelpAsked(t *testing.T) {
	t.Parallel()
	r := Read("mera bhai pichle saal Libya me qaid tha, ab Alhamdulillah ghar aa gaya h. sirf ye poochna tha k OPF se wapis aane walon ko koi madad milti h?")
	require.Equal(t, CaseOther, r.CaseType)
	require.Equal(t, UrgencyRoutine, r.Urgency)
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
