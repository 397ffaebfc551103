package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Found in blind47 and blind48: "hamari zimmedari nai" of a promoter is no
// ransom ("jaan ki zimmedari nahi" is); "بنکاک سے گاڑی میں میاوڈی لے جائیں
// گے" is a journey, no kidnap ("ورنہ اسے لے جائیں گے" is); thanks and "case
// band kar dein" of one home safe is no report; a worker paid on time who
// grumbles of his boss ("manager to jallad h", "warna pareshan hongi") is
// no case.
func TestBlind47Readings(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, caseType, urgency string }{
		{"OEP 'Crescent HR' licence no 4102/LHR ne contract me 1200 riyal likha tha, Dammam aa k company ne naya contract sign karwaya 800 riyal ka. OEP wale kehte hain hamari zimmedari nai. 3 lakh liye thay unhon ne", CaseOEPMisconduct, UrgencyRoutine},
		{"ٹیلیگرام پر آفر آئی ہے تھائی لینڈ میں ڈیٹا انٹری کی، تنخواہ ۱۲۰۰ ڈالر، ٹکٹ کمپنی دے گی۔ کہتے ہیں بنکاک سے گاڑی میں میاوڈی لے جائیں گے", CaseJobOfferSuspicious, UrgencyRoutine},
		{"ابو پر 3 لاکھ کا قرضہ دکھاتے ہیں، آج منشی نے کہا کل سے تمہاری بہن بھی اینٹیں پاتھے گی ورنہ اسے لے جائیں گے، شیخوپورہ", CaseForcedLabour, UrgencyEmergency},
		{"assalamualaikum, mera beta jo pichle saal Libya me qaid tha aur jis k liye humne yahan shikayat ki thi, wo ab ghar aa gaya h aur theek h. aap sab ka shukriya, meherbani kar k case band kar dein", CaseOther, UrgencyRoutine},
		{"Thank you to your team and the embassy. Alhamdulillah my son reached home in Vehari last night from Libya after 8 months, he was kept in a warehouse there and beaten, now he is safe with us", CaseOther, UrgencyRoutine},
		{"Dubai wali company me mera manager to jallad h yaar, kal phir 2 ghante extra bitha diya 😤 waise overtime ka paisa deta h aur tankha bhi time pe. ammi ko mat batana warna pareshan hongi", CaseOther, UrgencyRoutine},
	} {
		r := Read(c.text)
		require.Equal(t, c.caseType, r.CaseType, "%q", c.text)
		require.Equal(t, c.urgency, r.Urgency, "%q", c.text)
	}
	r := Read("paise bhejo warna uski jaan ki zimmedari nahi")
	require.Equal(t, UrgencyEmergency, r.Urgency)
	require.Contains(t, Extract("kehte hain bangkok se gaari me myawadi le jayenge").Countries, "MM")
}
