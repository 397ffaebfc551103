package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Found in blind230-blind235 (first played in the thirty-third session).
func TestSession33Triage(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		text, caseType, urgency string
	}{
		// a memory, settled since into a life of one's own, nothing asked
		{"الحمدللہ ماموں جان پچھلے سال لیبیا سے واپس آ گئے تھے۔ وہاں کئی مہینے قید میں رہے، اب گاؤں میں کریانے کی دکان چلا رہے ہیں۔ ان کی کہانی سن کر آج بھی رونگٹے کھڑے ہو جاتے ہیں", CaseOther, UrgencyRoutine},
		{"Two years ago I was held in Libya for 4 months and my family paid ransom. Alhamdulillah I am back in Sialkot now, running a mobile shop. Just wanted to say thank you to whoever runs this service, awareness saves lives.", CaseOther, UrgencyRoutine},
		{"الحمدللہ میرا بیٹا جو دو سال پہلے ایران میں پکڑا گیا تھا، اب واپس آ کر کالج میں پڑھ رہا ہے۔ سب والدین سے گزارش ہے کہ ڈنکی کے چکر میں اپنے بچوں کو نہ ڈالیں", CaseOther, UrgencyRoutine},
		{"Alhamdulillah bhai Greece me legal papers k saath settle ho gya h, 2 saal pehle jo Turkey me jail me tha wo sab khatam. dua karna", CaseOther, UrgencyRoutine},
		{"Just an update: my brother who was stuck in Kuwait without salary is back home since Sunday, OPF helped with the ticket. Thank you so much, no need to follow up.", CaseOther, UrgencyRoutine},
		// a stranger's death years ago, heard from a neighbour: no emergency
		{"محلے کی خالہ بتا رہی تھیں کہ ان کے جاننے والوں کا بیٹا کئی سال پہلے کشتی میں ڈوب گیا تھا، اس کی ماں آج بھی روتی رہتی ہے۔ اللہ سب کے بچوں کو محفوظ رکھے", CaseOther, UrgencyRoutine},
		{"Uncle at the mosque was telling about a boy from Kharian who drowned near Greece back in 2023 when that boat sank. May Allah have mercy on him. Scary how these agents still roam around freely.", CaseOther, UrgencyRoutine},
		// a door shut by accident, the key with a brother on his way
		{"دروازہ باہر سے بند ہو گیا ہے اور چابی بھائی کے پاس ہے، وہ آدھے گھنٹے میں آ رہا ہے۔ پریشان نہ ہوں، بس بتا رہی ہوں", CaseOther, UrgencyRoutine},
		// a worker ill abroad kept from care: the mission's case, whatever
		// the model reads of trafficking from "no hospital, go to work"
		{"My father is in Dammam with a cleaning company. On call last night his voice was very weak, said chest pain since 2 days and vomiting, supervisor says 'no hospital, go to work'. This morning his phone is off and his roommate is not picking up. Please someone help us, we are in Okara", CaseWorkerDistress, UrgencyEmergency},
		{"Mera roommate Shakeel Al Khor camp me behosh para h, subah se ulti aur bukhar tha ab hosh me nahi aa raha. Foreman keh raha company ki gari shaam se pehle nahi aayegi. Hum 5 log uske paas hain. Ambulance ka number kya h yahan? jaldi batao", CaseWorkerDistress, UrgencyEmergency},
	} {
		r := Read(c.text)
		require.Equal(t, c.caseType, r.CaseType, "%q: %v %v", c.text, r.Danger, r.Model)
		require.Equal(t, c.urgency, r.Urgency, "%q: %v", c.text, r.Danger)
	}
	// the same agent at it again is no memory: the report stands
	for _, s := range []string{
		"2 saal pehle main b dunki laga k Iran gya tha, Taftan se aage pakra gaya aur deport ho k wapis aa gya. Ab theek hun, dukaan chalata hun. Lekin wohi agent Shahid Gujrat me ab b larke bhej raha h, 0345-6678123 uska number h",
		"2021 me Iran border pe firing se bach gaya tha, ab Sialkot me apni dukan hai alhamdulillah. bas ye batana tha k wahi agent Nadeem ab TikTok pe 'Europe by road' k video daal raha hai, 0301-6625019",
	} {
		require.Equal(t, CaseSmuggling, Read(s).CaseType, s)
	}
	// a key with the keeper is no door shut by accident
	r := Read("madad chahiye hum Gujranwala ki ek fabric mill me band hain, aag lagi hai aur gate ki chaabi supervisor ke paas hai")
	require.Equal(t, UrgencyEmergency, r.Urgency)
	require.NotEqual(t, CaseOther, r.CaseType)
	// a wallet's "ٹی آئی ڈی" (transaction id) is no phone (B237-UR-001)
	require.Equal(t, []string{"+923417720589"}, Extract("جاز کیش: آپ نے ۳,۲۰۰ روپے طاہرہ بی بی (۰۳۴۱-۷۷۲۰۵۸۹) کو کامیابی سے بھیج دیے۔ نیا بیلنس ۱,۰۴۵ روپے۔ ٹی آئی ڈی ۰۲۹۸۸۱۴۶۳۰").Phones)
	// Al Khor is in Qatar
	require.Equal(t, []string{"QA"}, Extract("Al Khor camp me hain").Countries)
}
