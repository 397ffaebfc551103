package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Lessons of blind103-blind106: a birth announced ("Allah ne rehmat
// bheji ... bachi theek hai") sends no child anywhere; a girl of 13 "they
// have not let come home" is held; "K-Electric has kidnapped our light"
// and "trapped in traffic" are idioms, a car boot is not; "kaam karwa
// rahe hain 14 14 ghante" is forced work, a 14-hour journey is not; a
// relative's jail told as heard, "ab wapas aa k", is over.
func TestLessonsOfBlind103To106(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseOther, UrgencyRoutine,
		"Mubarak ho! Hamare ghar beti hui h 🎉 Allah ne rehmat bheji. Maa aur bachi dono theek hain, sab dua karen",
		"Traffic on Shahrah-e-Faisal today was a nightmare, I was trapped in my car for two hours and now K-Electric has kidnapped our light since morning 😤")
	requireRead(t, CaseForcedLabour, UrgencyEmergency,
		"Our cousin Rabia is only 13, her father sent her to work in a house in Bahria Town Rawalpindi last year for 12,000 a month which he collects himself. For 8 months they have not let her come home, not even for Eid, and when Ammi called the begum said she is 'busy'. We could hear her crying in the background.")
	requireUrgency(t, UrgencyEmergency, []string{"I am trapped in a car boot, they are taking me somewhere"})
	requireUrgency(t, UrgencyRoutine, []string{"Humare mohalle k Rashid bhai ne bataya k unka koi rishtedar Greece me 2 saal jail me raha tha, ab wapas aa k sab ko kehta h kabhi ghalat raste mat jana. Dil dehal gaya sun k"})
	r := Read("mera bhai Baku me hai, hotel ki job ka keh k bheja tha ab construction pe kaam karwa rahe hain 14 14 ghante")
	require.Contains(t, r.Situations, "forced_work")
	require.NotContains(t, Read("bhai ne kal msg kiya tha truck me charh gaye, 14 ghante ka safar hai Bulgaria tak").Situations, "forced_work")
}

// A number told in words with its hundreds ("zero teen sau do", "صفر تین
// سو بارہ", "zero three hundred and twelve", A55-A57) is read; hundreds of
// people are no number.
func TestSpokenPhoneWithHundreds(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]string{
		"صفر تین سو بارہ، سات سات چھ، پانچ پانچ آٹھ دو":                       "+923127765582",
		"zero teen sau do, saat saat chaar, nau nau ek ek":                    "+923027749911",
		"اس کا نمبر صفر تین سو چودہ، پانچ چھ سات، دو دو آٹھ نو ہے":            "+923145672289",
		"صفر تین سو تینتیس، آٹھ سات دو، نو ایک صفر چار":                       "+923338729104",
		"zero three hundred and twelve, seven seven six, five five eight two": "+923127765582",
	} {
		require.Equal(t, []string{want}, Extract(text).Phones, text)
	}
	require.Empty(t, Extract("teen sau log the, do sau mar gaye").Phones)
}

// Wages unpaid for months, told with the months first ("آٹھ مہینے سے پیسے
// نہیں دیے", C135-017); money an agent has not given back is no wage.
func TestMonthsUnpaid(t *testing.T) {
	t.Parallel()
	require.Contains(t, Read("بیٹی اسلام آباد میں ایک گھر میں کام کرتی ہے، آٹھ مہینے سے پیسے نہیں دیے").Situations, "wages_withheld")
	require.Contains(t, Read("3 mahine se tankhwa nahi mili, kafeel kehta hai sabar karo").Situations, "wages_withheld")
	require.NotContains(t, Read("agent ne 8 mahine se paise wapas nahi diye").Situations, "wages_withheld")
}
