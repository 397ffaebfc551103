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
