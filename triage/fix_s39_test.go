package triage

import "testing"

// Found in blind293-blind295 (first played in the thirty-ninth session): a
// worker beaten with a rod today and bleeding, one saved from the boat
// whose wedding it is now, "I feel trapped in this job" with the pay on
// time, and a licensed promoter that handed a brother to another company
// while he is fine and at work.
func TestSession39Reads(t *testing.T) {
	t.Parallel()
	requireReads(t, []readCase{
		{"میرے بھائی کو 'اسٹار لنک اوورسیز' (لائسنس 3087/ISB) نے عمان بھیجا۔ معاہدہ مسقط کی ایک کمپنی کا تھا لیکن وہاں پہنچ کر کسی اور کمپنی کے حوالے کر دیا گیا۔ ہم سے ساڑھے چار لاکھ نقد لیے، کوئی رسید نہیں دی۔ بھائی ٹھیک ہے اور کام کر رہا ہے، ہم بس اس کمپنی کی شکایت درج کروانا چاہتے ہیں۔", CaseOEPMisconduct, UrgencyRoutine}, // B295-UR-013
	})
	for _, c := range []struct{ text, urgency string }{
		{"Kafeel ne aaj rod se maara sar pe, khoon nahi ruk raha. Passport mere paas h, main apne room me hun Jahra me. kia karun? kis ko call karun?", UrgencyEmergency},                                   // B295-RU-023
		{"Mohalle wale Aslam sahab ka beta wo Greece wali boat me tha na, Allah ne bacha lia tha. Aj uska walima h, sab bulaye hain", UrgencyRoutine},                                                       // B293-RU-037
		{"honestly I feel trapped in this job in Doha, manager is horrible and shouts all day. Salary comes on time though. Contract ends in June, I will find something else insha Allah", UrgencyRoutine}, // B294-EN-041
		// the same men now hold a nephew, after a son came home (B297-UR-020)
		{"میرے بیٹے کو لیبیا میں اغوا کرنے والوں نے پچھلے سال پیسے لے کر چھوڑ دیا تھا، وہ گھر آ گیا ہے۔ اب وہی لوگ میرے بھتیجے کو پکڑے ہوئے ہیں اور ۲۵ لاکھ مانگ رہے ہیں، ویڈیو بھیجی ہے جس میں اسے مار رہے ہیں۔", UrgencyEmergency},
		// handed to other men, not another company: still sold on
		{"agent ne Oman pohanch ke mere bhai ko kisi aur ke hawale kar diya, ab wo log usay kamre me band rakhte hain", UrgencyEmergency},
	} {
		if got := Assess(c.text, Extract(c.text)).Urgency; got != c.urgency {
			t.Errorf("%q: urgency %s, want %s", c.text, got, c.urgency)
		}
	}
}
