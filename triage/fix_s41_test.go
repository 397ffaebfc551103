package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Found in blind306 and blind307 (first played in the forty-first
// session): a passport "with me", "with him", is no passport taken; a son
// gone to meet an agent whose callers ask money and will not let his
// voice be heard, or "bhejo to baat karwa denge", is held for ransom; a
// boy kept at a hotel until he "pays off" a debt is bonded, a child at
// work: an emergency; "you kids" is no child in danger.
func TestSession41Urgency(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, caseType, urgency string }{
		{"Bhai Qatar me hun, Al Wakrah, company 4 mahine se salary nahi de rahi, 1800 riyal mahana tha. Passport apne paas h. Manager kehta h jao jahan shikayat karni h.", CaseWorkerDistress, UrgencyUrgent},
		{"بھائی سعودی میں ہے، چھ مہینے سے تنخواہ نہیں ملی۔ پاسپورٹ اپنے پاس ہے، کمپنی کہتی ہے کام کرو ورنہ نکل جاؤ", CaseWorkerDistress, ""},
		{"My husband is in Riyadh, the company has not paid him for five months. He has his iqama and passport with him but no money for food.", CaseWorkerDistress, ""},
		{"میرا بیٹا تین دن سے گھر نہیں آیا، کہہ کر گیا تھا ایجنٹ سے ملنے جا رہا ہوں۔ اب فون آتا ہے کہ پیسے تیار رکھو، بیٹے کی آواز نہیں سناتے", CaseRansom, UrgencyEmergency},
		{"Bhai Quetta gaya tha agent k paas dunki ki baat karne, 5 din ho gaye abhi tak ghar nahi lauta aur ab wo log paise maang rahe hain, 15 lakh, kehte hain bhejo to baat karwa denge", CaseRansom, UrgencyEmergency},
		{"Mere 11 saal k bhanje ko Sargodha ka hotel wala wapis nahi bhej raha, kehta h pehle 50 hazar qarz utare ga. Phone pe bacha sirf rota h", CaseForcedLabour, UrgencyEmergency},
		{"My chacha always tells how in 1979 he went to Muscat on a launch from Gwadar with no passport and slept on sacks for 3 days. Now he laughs about it and says you kids have it too easy.", CaseOther, UrgencyRoutine},
	} {
		a := requireAssessed(t, c.text, c.caseType, c.urgency)
		if c.caseType == CaseWorkerDistress {
			require.NotContains(t, a.Danger, "passport or identity documents taken", c.text)
		}
	}
}

// A day of the month after "عمر" is a date, not an age ("ہمارے بیٹے عمر
// کا ولیمہ ۱۵ فروری", B308-UR-048: a wedding card read as a child in
// danger); a couplet sent on is poetry ("قید ہوں تیری یادوں کی، رہائی کی
// کوئی صورت نہیں … آج کا شعر", B309-UR-045), no one held.
func TestSession41NotDanger(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"ہمارے بیٹے عمر کا ولیمہ ۱۵ فروری بروز ہفتہ شالیمار مارکی ملتان میں ہے۔ آپ کی شرکت ہمارے لیے باعثِ مسرت ہوگی۔",
		"Umar ka walima 12 march ko hai, zaroor aana",
		"قید ہوں تیری یادوں کی، رہائی کی کوئی صورت نہیں 💔\nآج کا شعر — آگے بھیجیں",
	} {
		a := Assess(text, Extract(text))
		require.Equal(t, UrgencyRoutine, a.Urgency, text)
		require.Equal(t, CaseOther, a.CaseType, text)
	}
	// an age before a month that is also a word is still an age
	text := "meri beti umar 15 may be 16, agent usko dubai le ja raha hai kal"
	require.True(t, Assess(text, Extract(text)).Urgency != UrgencyRoutine, text)
}

// Found in blind310 and blind311 (first played on later code): the last
// pin "near Zuwara beach … 'we are going now'" and nothing since is a
// crossing under way; a brother "ICU me h" after an accident abroad is a
// medical emergency (not a nurse "in the ICU" looking for work); "dunki
// lagani h" is a journey still planned, a mother's tears no emergency;
// "paid and got nothing" is no wage withheld; "trapped like hostages" in
// traffic is no one held; "باہر نئیں جان دیندے" in Punjabi is kept in.
func TestSession41Later(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, caseType, urgency string }{
		{"Last thing my husband sent was a pin near Zuwara beach at 2am Tuesday and a voice note saying 'we are going now, pray for me'. Today is Friday. Nothing since. The agent Bilal in Gujrat doesn't pick up", CaseSmuggling, UrgencyEmergency},
		{"bhai ka Jeddah me construction site pe accident ho gaya h, ICU me h, company wale koi zimmedari nahi le rahe, hospital wale 40 hazar riyal bol rahe hain", CaseWorkerDistress, UrgencyEmergency},
		{"میرے شوہر ریاض میں گر گئے تھے، آئی سی یو میں ہیں، کمپنی والے فون نہیں اٹھا رہے", CaseWorkerDistress, UrgencyEmergency},
		{"He is a nurse in the ICU at Aga Khan, wants a job in Saudi", CaseJobOfferSuspicious, UrgencyRoutine},
		{"mera chota bhai keh raha h k Quetta se Taftan aur phir Iran Turkey dunki lagani h, agent 18 lakh mang raha h. abhi paise nai diye. ammi ro ro k pagal ho rahi hain. plz guide karo kia karen", CaseSmuggling, UrgencyRoutine},
		{"There's a facebook page 'Saudi Embassy Work Visa Check Pakistan' with a link saudi-visa-verify.pk-embassy.site. It asks you to enter passport number and pay Rs 999 to check visa status. My cousin paid and got nothing. Please block it", CasePhishing, UrgencyRoutine},
		{"Bro the traffic on Shahrah-e-Faisal today, we were trapped like hostages for 2 hours 😤 never taking that route again", CaseOther, UrgencyRoutine},
		// Punjabi in Urdu script, quoted by a mother (B313-UR-024)
		{"میری بیٹی کی شادی پچھلے سال ایک چینی لڑکے سے ہوئی تھی۔ کل اس نے کہا 'اماں مینوں کمرے توں باہر نئیں جان دیندے، جیویں وی کر کے لے جاؤ' اور فون کٹ گیا۔", CaseTrafficking, UrgencyEmergency},
		{"beti ne phone pe kaha ammi mainu bahar nai jaan dende, mainu le jao", "", UrgencyEmergency},
	} {
		requireAssessed(t, c.text, c.caseType, c.urgency)
	}
}

// requireAssessed assesses text and checks its case type and urgency
// (either left unchecked when empty).
func requireAssessed(t *testing.T, text, caseType, urgency string) Assessment {
	t.Helper()
	a := Assess(text, Extract(text))
	if caseType != "" {
		require.Equal(t, caseType, a.CaseType, text)
	}
	if urgency != "" {
		require.Equal(t, urgency, a.Urgency, text)
	}
	return a
}
