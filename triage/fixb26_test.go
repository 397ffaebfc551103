package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// blind26's false emergencies, read as families: food, work or pay
// stopped ("khana band kar diya") locks no one in; a smuggler's
// warehouse where people wait their turn for the boat, or a house where
// they wait for the route to open, is a safe house (urgent); a debt a
// landlord writes larger is debt bondage; a chronic illness named
// (diabetes) is no medical emergency; the person a worker looks after
// is not the one ill, and "our children" at home are no child in danger.
func TestFixB26NotEmergencies(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"hum 25 bande Jeddah ki company me hain. 4 mahine ki salary nahi mili. khana bhi company ne band kar diya, udhaar le ke kha rahe",
		"ہم ریاض کی کمپنی میں ہیں، چار مہینے سے تنخواہ نہیں ملی، کمپنی نے کام پر بھیجنا بھی بند کر دیا ہے",
		"we are 30 workers in Riyadh, salary not paid for 4 months and the company stopped our food, we borrow from each other",
		"بیٹا دو مہینے سے بن غازی میں ایک گودام میں ہے جہاں ایجنٹ کے لوگ سب کو کشتی کی باری کے انتظار میں رکھتے ہیں، اب کہتا ہے ۴ لاکھ اور دو ورنہ باری نہیں آئے گی",
		"mera cousin Quetta me ek ghar me 2 hafte se hai, agent ke bande wahan 40 larkon ko rakhte hain, keh rahe hain Iran wala rasta khulne ka intezar hai",
		"we are haris on the land of a zamindar. Every year he writes more qarz in his register, now 3 lakh. They keep our CNICs",
		"ابو چھ مہینے سے مسقط میں بغیر تنخواہ کے بیٹھے ہیں، کمپنی بند ہو گئی، شوگر بھی ہے، کوئی ان کی مدد کرے",
		"abbu 6 mahine se Muscat me bina tankhwa ke baithe hain, company band ho gayi, sugar bhi hai",
		"my wife was sent to a house in Riyadh to look after an old bedridden man, 18 hours a day, the madam keeps her passport, not paid for 3 months. She is not beaten but she wants to come back to our children",
	} {
		r := Read(s)
		require.NotEqual(t, UrgencyEmergency, r.Urgency, "%q %v", s, r.Danger)
		require.NotEqual(t, UrgencyRoutine, r.Urgency, "%q %v", s, r.Danger)
	}
	for _, s := range []string{
		"hamare kamre me band kar diya hai, bahar nahi jane dete",
		"کمرے میں بند کر دیا ہے، باہر نہیں جانے دیتے",
		"my brother is diabetic, his insulin finished and he is vomiting, the kafeel won't take him to hospital",
	} {
		require.Equal(t, UrgencyEmergency, Read(s).Urgency, "%q", s)
	}
}

// blind26's missed emergencies: a minor to be taken for work abroad
// within days ("اتوار کو روانگی ہے") is on the way (UR-003); a child kept
// from her family, with the keepers' word that she is fine and a payment
// dated last month, is kept now (RU-009); "send 12 lakh and we'll let him
// go" is a ransom (UR-007).
func TestFixB26Emergencies(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"میرے بھتیجے کی عمر تیرہ سال ہے۔ ایجنٹ کہہ رہا ہے کہ بچے کو عمرے کے ویزے پر مکہ لے جائے گا، وہاں ایک ہوٹل میں کام ملے گا۔ اتوار کو روانگی ہے",
		"meri beti Rimsha 10 saal ki hai Islamabad me ek ghar me kaam karti hai 6 mahine se wo log usay ghar nahi aane dete kehte hain wo theek hai pichle mahine 8000 bheje",
		"بیٹا لیبیا میں ہے۔ وہ کہتے ہیں بارہ لاکھ بھیجو تو چھوڑیں گے",
		"beta Libya me hai, kehte hain 12 lakh bhejo to chhorenge",
	} {
		r := Read(s)
		require.Equal(t, UrgencyEmergency, r.Urgency, "%q %v", s, r.Danger)
	}
	// neighbours: a 17-year-old someone means to send, no day named, stays urgent
	require.Equal(t, UrgencyUrgent, Read("mera beta 17 saal ka hai, agent kehta hai italy bhej dega 30 lakh me").Urgency)
}
