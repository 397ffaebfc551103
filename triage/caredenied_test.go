package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A worker abroad hurt or ill whom the employer will not take to a hospital
// is the mission's case (a worker's distress abroad), and an emergency, as
// six independent blind sets label it; shut in, sold or with papers taken
// it stays trafficking, and an errand for medicine is no case at all.
func TestCareDeniedAbroadIsDistress(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"my husband grazes camels for a kafeel in the desert. he has fever for 3 days and kafeel wont take him to hospital",
		"my cousin's hand was cut in a machine at the factory in Kuwait today, bleeding badly and the company refuses to take him to hospital",
		"Oman me mere bhai ko foreman ne sar pe rod maari, khoon beh raha tha, company wale hospital nahi le ja rahe",
		"bhai Riyadh me hai, 3 din se bukhar hai, kafeel dawai bhi nahi deta aur doctor ko nahi dikhaya",
		"mera husband Kuwait me h, sheikh ne bohat maara h haath toot gaya, hospital nai le ja raha",
		"میرے شوہر سعودیہ میں صحرا میں بکریاں چراتے ہیں، سانپ نے کاٹ لیا ہے اور کفیل ہسپتال نہیں لے جا رہا",
		"میرا بھائی دوحہ کے کیمپ میں ہے، خون کی الٹیاں کر رہا ہے، کمپنی کا سپروائزر ہسپتال نہیں لے جا رہا",
	} {
		r := Read(s)
		require.Equal(t, CaseWorkerDistress, r.CaseType, "%q", s)
		require.Equal(t, UrgencyEmergency, r.Urgency, "%q", s)
	}
	for _, s := range []string{
		"my sister is a maid in Kuwait, they lock her room at night and now she has high fever and they give no medicine",
		"میری بیٹی دوحہ میں گھر کا کام کرتی ہے، مالکن نے گرم استری سے بازو جلا دیا ہے اور ہسپتال نہیں لے جا رہے، کمرے میں بند کر دیا ہے",
		"Malaysia me company walon ne passport cheen liya aur bohat maara, taang toot gayi hai, hospital nahi le ja rahe",
	} {
		r := Read(s)
		require.Equal(t, CaseTrafficking, r.CaseType, "%q", s)
	}
	r := Read("beta phone utha lo, abbu ki BP medicine khatam, bring the same one from Dubai")
	require.Equal(t, CaseOther, r.CaseType)
}
