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

// fix-b26b's families: a scam compound's price of leaving is bondage
// (urgent), not a ransom (blind5 UR-044); a smuggler's "more or no
// further" is the journey's price (urgent, C26-020); a contract's term
// that keeps one from going home holds one to the work (urgent, not
// locked in, C26-021); "bring me home" is no call for rescue. Neighbours:
// a ransom with no scam work named, a lock, stay emergencies.
func TestFixB26bUrgentNotEmergency(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"میانمار میں آن لائن نوکری کے نام پر لے گئے، اب فراڈ کا کام کرواتے ہیں، پاسپورٹ لے لیا، کہتے ہیں ۵۰۰۰ ڈالر دو تو چھوڑیں گے",
		"beta Myanmar me hai, online fraud ka kaam karwate hain, passport le liya, kehte hain 5000 dollar do to chhorenge",
		"my son is in Cambodia, they make him do scam chats, passport taken, they say pay 5000 dollars and they will let him go",
		"بیٹا تھائی لینڈ سے میانمار لے گئے ہیں، پاسپورٹ لے لیا ہے، کہتے ہیں فراڈ والا کام کرو ورنہ ۵۰۰۰ ڈالر جرمانہ دو",
		"میرا بیٹا ایجنٹ کے ذریعے ایران گیا تھا۔ اب تہران میں ہے۔ ایجنٹ کے بندے کہتے ہیں ۴ لاکھ اور دو ورنہ آگے نہیں بھیجیں گے۔ پاسپورٹ بھی رکھ لیا ہے",
		"beta Tehran me hai, agent ke bande kehte hain 4 lakh aur do warna aage nahi bhejenge, passport bhi rakh liya",
		"my son is in Tehran, the agent's men say pay 4 lakh more or else they wont send him further, they kept his passport",
		"میرا بھائی عمان میں ہے۔ تین مہینے سے تنخواہ نہیں ملی اور کمپنی واپس بھی نہیں آنے دے رہی، کہتے ہیں دو سال کا کنٹریکٹ پورا کرو",
		"bhai Oman me hai, 3 mahine se tankhwa nahi mili aur company wapas bhi nahi aane de rahi, kehte hain 2 saal ka contract poora karo",
		"my brother is in Muscat, salary not paid for 3 months and the company wont let him go home until he finishes his 2 year contract",
	} {
		r := Read(s)
		require.Equal(t, UrgencyUrgent, r.Urgency, "%q %v", s, r.Danger)
	}
	for _, s := range []string{
		"بیٹا لیبیا میں ہے۔ وہ کہتے ہیں بارہ لاکھ بھیجو تو چھوڑیں گے",
		"beta Libya me hai, kehte hain 12 lakh bhejo to chhorenge",
		"kamre me band kar diya hai, contract poora karo kehte hain, bahar nahi jane dete",
		"my son is in Cambodia doing scam chats, they beat him with sticks and say pay 5000 dollars and they will let him go",
	} {
		require.Equal(t, UrgencyEmergency, Read(s).Urgency, "%q", s)
	}
}

// A number written the local way (05…) that the writer gives as their own
// ("mera no", "رابطہ", "my number") in a message naming the one country
// where it is a mobile is that country's (blind26 UR-013, RU-013); a
// Pakistani mobile stays Pakistani.
func TestFixB26bOwnNumberAbroad(t *testing.T) {
	t.Parallel()
	for s, want := range map[string]string{
		"ہم ریاض کی ایک کمپنی میں کام کرتے ہیں، چار مہینے سے تنخواہ نہیں ملی۔ رابطہ: شفقت ۰۵۵۳۲۱۸۰۷۴": "+966553218074",
		"hum Jeddah ki company me hain, 4 mahine ki salary nahi mili. mera no 0568220473":             "+966568220473",
		"we are in Riyadh, salary not paid for 4 months. my number 0553218074":                        "+966553218074",
		"hum Jeddah me hain, salary nahi mili. mera no 03001234567":                                   "+923001234567",
	} {
		require.Equal(t, []string{want}, Extract(s).Phones, "%q", s)
	}
}
