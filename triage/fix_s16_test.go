package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Money to be paid before a held son may speak to his family is a ransom
// (blind131 EN-026 was a job offer, routine): "the rest of the money has
// to come first, then they will let him talk to us". "Phone off" is no
// shop's "20% off".
func TestMoneyBeforeTalkIsRansom(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseRansom, UrgencyEmergency,
		"My brother hasn't come back from Quetta for 12 days, phone off. The people who took him 'for Greece' now call Abba and say the rest of the money has to come first, then they will let him talk to us.",
		"bhai 10 din se ghar nahi aya, jo log usay Greece ke liye le gaye wo keh rahe hain baqi paise pehle bhejo, phir baat karwayenge",
	)
}

// "Pay or they will transfer him", "warna dusri company ko bech denge":
// a scam compound's price on a person is a ransom, an emergency (blind132
// EN-025 was trafficking, routine; its "contract breaking fee" read as
// breaking news, its "broken English" as harm).
func TestPayOrTransferIsRansom(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseRansom, UrgencyEmergency,
		"My son Hamza went to Thailand for a computer job 3 weeks back. Since Tuesday he has not come online. Today a man messaged from his number in broken English saying Hamza must pay $4,000 'contract breaking fee' or they will 'transfer' him. What should we do, do we pay?",
		"mere bhai ko Myanmar me company walon ne rakha hua h, kehte hain 3000 dollar do warna dusri company ko bech denge",
	)
	r := Read("He wrote to me in broken English, asking for my CV for a hotel job in Dubai")
	require.NotContains(t, r.Danger, "violence or beating")
	require.Equal(t, UrgencyRoutine, r.Urgency)
}

// Cricket's "held hostage by their spinners" is no hostage (blind132
// EN-038 raised an emergency).
func TestCricketHostage(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseOther, UrgencyRoutine,
		"Our batting got absolutely massacred today, held hostage by their spinners for 40 overs 🤦‍♂️",
		"kal ka match dekha? hamari batting ko unke bowlers ne yarghamal bana liya, 20 overs tak ek run nahi",
	)
}

// A licensed firm that keeps the money and gives no visa, "نہ ویزا نہ
// پیسے واپس", is a promoter's misconduct (C172-006 read a job offer and
// no licence).
func TestLicensedNoRefundIsMisconduct(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseOEPMisconduct, UrgencyRoutine,
		"میرے بیٹے کا مسئلہ ہے۔ راولپنڈی کی ایک لائسنس والی کمپنی نے سعودیہ میں الیکٹریشن کا ویزا کہا تھا، دس مہینے ہو گئے نہ ویزا نہ پیسے واپس",
		"licensed OEP hai Multan ki, 8 mahine ho gaye na visa na paise wapis",
		"A licensed promoter in Lahore took my money for Qatar, 8 months now, no visa and they refuse to refund",
	)
}

// "Pay or forget him", "warna usay bhool jao": a price on a man on the
// road is a ransom, an emergency (blind134 EN-026 was smuggling, urgent).
func TestPayOrForgetHim(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseRansom, UrgencyEmergency,
		"My husband left for Greece through Iran 3 weeks back. He still hasn't reached and those people keep calling from an Iranian number for 5 lakh more, they say 'pay or forget him'. We already gave Rs 18 lakh to the agent in Mandi Bahauddin.",
		"bhai Iran ke raste gaya tha, ab wo log 5 lakh aur mang rahe hain, kehte hain bhejo warna usay bhool jao",
	)
}

// An ordeal over and done, the one it befell at home or settled since,
// told with nothing to act on, is a memory: no report (blind131-134 read
// nine such as the old danger's case). Still there, or the woman who took
// her still at it, it is a report.
func TestOrdealOverIsMemory(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseOther, UrgencyRoutine,
		"In 2018 a kafeel in Dammam kept my passport for a year, but the consulate helped and I came back. Been in Pakistan since then, working in my own workshop. Good that you people have made this service.",
		"Pichle saal mera bhai Saudi me phas gaya tha kafeel ki wajah se, lekin Alhamdulillah ab wapas aa gaya h aur yahin Okara me dukaan khol li h. Bas aapko dua dene k liye msg kiya",
		"ہمارے پڑوسی بتاتے ہیں کہ ان کے دادا ۱۹۸۰ میں لانچ کے ذریعے دبئی گئے تھے، سمندر میں طوفان آیا اور تین دن بھوکے رہے۔ آج دبئی میں ان کے پوتوں کی اپنی دکانیں ہیں",
	)
	requireCase(t, CaseTrafficking, []string{
		"meri cousin ko 2019 me shadi k naam pe China le gaye the, wo mushkil se wapis aayi. ab wahi rishta karwane wali aurat Faisalabad me phir gareeb larkiyon k rishte dhoond rahi hai",
		"Meri khala ki beti ko 2023 me shaadi k naam pe China le gaye. Ab phone pe royi k usko ek factory me kaam pe lagaya h, tankhwa shohar le leta h aur passport b usi k paas h. Wapis aana chahti h magar koi madad nahi kar raha",
	})
}
