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
		// (found in blind236-blind239, the fourth and fifth rounds)
		// a voice note heard is no news of others: the plea in it stands
		{"بھائی یہ وائس نوٹ سنا ہے نبیلہ کا؟ وہ کہہ رہی تھی کہ میڈم نے فون چھین لیا ہے یہ کسی اور کا ہے اور باہر نہیں نکلنے دیتے چار مہینے سے تنخواہ بھی نہیں دی بس رو رہی تھی اور پھر کال کٹ گئی دمام سے آئی تھی کال", CaseTrafficking, UrgencyEmergency},
		// papers the agent handed over, found fake: his document fraud
		{"The agent gave my husband a Portugal appointment letter and a job contract from a farm company near Lisbon on letterhead. We showed it to a lawyer in Islamabad who checked and said both are fake, the company doesn't even exist. He took Rs 18 lakh from us.", CaseDocumentFraud, UrgencyRoutine},
		// a question about the languages we speak
		{"ye bot Pashto me bhi baat karta h? mera mamu sirf Pashto samajhta h, unka masla h Saudi wala", CaseOther, UrgencyRoutine},
		// a kiln's debt and a threat of a false theft case: held for the
		// debt, urgent; the father sick when the loan was taken is no harm now
		{"I work at a brick kiln near Pattoki with my brother. We took 1.5 lakh peshgi from the owner when our father was sick. Now after 3 years he says we owe 4 lakh, he cuts our pay for everything, even water. When my brother asked to go to another kiln the munshi shouted and said he will put a theft case on both of us. We dont know what to do.", CaseForcedLabour, UrgencyUrgent},
		// ill in a labour camp with no car till Sunday: the worker's case
		{"My roommate is vomitting blood since morning, we are in labour camp Industrial Area Doha. Supervisor says no car till Sunday. He is very weak and cant stand. What number do we call??", CaseWorkerDistress, UrgencyEmergency},
		// a colleague's story between plans for tea
		{"My colleague was telling how his cousin got stuck in Malaysia years back without papers, sounds so scary. Anyway see you tomorrow at office, dont forget the files", CaseOther, UrgencyRoutine},
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

// Two children's ages told together ("میرے دونوں بیٹے ۱۰ اور ۱۲ سال کے",
// C283-017) are a child's age: children at a kiln are an emergency.
func TestSession33ChildrenAgesJoined(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"میرے دونوں بیٹے ۱۰ اور ۱۲ سال کے بھی اینٹیں تھاپتے ہیں", "mere dono bete 10 aur 12 saal ke bhi bhatte pe kaam karte hain"} {
		r := Read(s)
		require.Equal(t, UrgencyEmergency, r.Urgency, s)
		require.Contains(t, r.Situations, "child", s)
	}
}
