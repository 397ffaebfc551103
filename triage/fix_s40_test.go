package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Found in the fortieth session: a sum told after "bhi" and "hai" ("maine
// fees b de di h 1850", C382-006) is still beside its payment; a licence
// the man laughs at when asked about ("لائسنس کا پوچھو تو ہنستا ہے",
// C374-002) is no licence he holds.
func TestSession40Reads(t *testing.T) {
	t.Parallel()
	for _, text := range []string{"maine fees b de di h 1850", "fees bhi bhej di hai 1850"} {
		e := Extract(text)
		require.Len(t, e.Amounts, 1, text)
		require.Equal(t, 1850.0, e.Amounts[0].Value, text)
	}
	// a full stop against a number, then a space, ends it: the sum after
	// is a sum, not the phone's last digit (C396-021)
	for _, text := range []string{"فون ۰۹۱-۵۲۷۳۸۴۰۔ ۳ لاکھ ۲۰ ہزار مانگ رہے ہیں", "phone 091-5273840. 3 lakh 20 hazar mang rahe"} {
		e := Extract(text)
		require.Equal(t, []string{"+92915273840"}, e.Phones, text)
		require.Len(t, e.Amounts, 1, text)
		require.Equal(t, 320000.0, e.Amounts[0].Value, text)
	}
	// a bare number with no money near it is still no sum
	require.Empty(t, Extract("mera bhai b wahan h 1850 log hain").Amounts)
	for _, text := range []string{
		"ایجنٹ ساجد، لائسنس کا پوچھو تو ہنستا ہے، ڈیڑھ لاکھ مانگ رہا ہے سعودی کے ویزے کا",
		"agent se license ka pucho to hansta hai, 2 lakh mang raha hai",
	} {
		require.False(t, Assess(text, Extract(text)).Licensed, text)
	}
	text := "لاہور کی لائسنس یافتہ کمپنی نے میرا پاسپورٹ رکھ لیا ہے"
	require.True(t, Assess(text, Extract(text)).Licensed)
}

// Found in blind298–blind302 (first played in the fortieth session): a
// boat boarded and overdue with no word since, "cannot guarantee his
// safety" beside a guest house and silence, are emergencies; labourers
// trapped under a collapsed building in a Rescue 1122 bulletin, a walk
// through the mountains still planned, a ransom paid last year with the
// man home now, and "call me back", are not.
func TestSession40Urgency(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, urgency string }{
		{"میرا بھتیجا موریتانیہ سے کشتی میں بیٹھا تھا، ایجنٹ نے کہا تھا تین دن میں اسپین پہنچ جائے گا۔ آج آٹھواں دن ہے، نہ کوئی فون نہ کوئی خبر۔ ایجنٹ بس کہتا ہے صبر کرو۔", UrgencyEmergency},
		{"The agent called again. He says Zeeshan is 'safe in a guest house' in Tripoli but we must send 15 lakh more for the 'next step', and if we are late they 'cannot guarantee his safety'. Zeeshan himself has not called for 12 days. We already gave them 22 lakh.", UrgencyEmergency},
		{"Rescue 1122: 4 labourers trapped after a building collapse in Lyari, Karachi, rescue operation under way.", UrgencyRoutine},
		{"میرا بھتیجا ایران کے راستے ترکی جانے کا پکا ارادہ کر چکا ہے۔ ایجنٹ کہتا ہے پہاڑوں میں پیدل تین دن کا سفر ہے، ۱۸ لاکھ لے گا، آدھے ابھی آدھے ترکی پہنچ کر۔ گھر والے منع کر رہے ہیں مگر وہ نہیں مانتا۔ اس ایجنٹ کی شکایت کہاں کریں؟", UrgencyRoutine},
		{"Last year my uncle was held by some gang in Libya after the agent left him. We paid 12 lakh through a hawala man in Gujrat to get him released. He is home now since March, Alhamdulillah. We want to register a case against the agent Bashir and the hawala man, both are still in the city.", UrgencyRoutine},
		{"Their office number is 021-34983327 and the agent Shahid's mobile is 0300-2218764. My number is 0333-9012846 if you need to call me back. They are asking Rs 1,75,000", UrgencyRoutine},
		// found in blind303, blind304: a child beaten till his hand broke,
		// still at the kiln; a son gone four months with no news, and
		// money asked to talk to him
		{"Pattoki road bhatta no 4 pe munshi ne 12 saal k bache ko itna mara k uska haath toot gaya, ab bhi kaam pe lagaya hua h. Abhi abhi dekh k aya hun", UrgencyEmergency},
		{"beta 4 mahine pehle Italy k liye nikla tha agent k sath, ab tak koi khabar nahi na pohncha, aur ab kuch log phone kr k 10 lakh maang rahe hain k bete se baat karni h to paise bhejo", UrgencyEmergency},
		// a hand broken at cricket last year is no beating now
		{"cricket khelte hue mera haath toot gaya tha pichle saal", UrgencyRoutine},
		// still there, they are: one's own kept, not the agent at large
		{"My brother escaped but my cousins are still in the camp, they beat them every day", UrgencyEmergency},
	} {
		if got := Assess(c.text, Extract(c.text)).Urgency; got != c.urgency {
			t.Errorf("%q: urgency %s, want %s", c.text, got, c.urgency)
		}
	}
}
