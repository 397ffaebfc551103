package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Held in a warehouse or a room on the road, told in Urdu script, and
// money demanded "or no boat" is a ransom (C248-019: the corpus labels
// 126 of 167 such accounts so); one jailed abroad and now home, safe, is
// a claim, routine (C247-012).
func TestHeldOnTheRoadAndJailedBackHome(t *testing.T) {
	t.Parallel()
	requireRead(t, "ransom_extortion", UrgencyEmergency,
		"میرا بیٹا لیبیا گیا تھا اٹلی جانے کے لیے۔ اب زوارہ کے پاس ایک گودام میں بند ہے۔ وہ لوگ کہتے ہیں تین ہزار ڈالر بھیجو ورنہ کشتی پر نہیں بٹھائیں گے، اور مارتے ہیں",
		"bhai libya me ek godown me band hai, kehte hain 3000 dollar bhejo warna kashti pe nahi bithayenge, maarte bhi hain")
	require.True(t, cueFound("کیمپ میں بند ہیں سب لڑکے", "k_locked"))
	requireRead(t, "", UrgencyRoutine,
		"بیٹا ایران میں پکڑا گیا اور ڈی پورٹ ہو کر واپس آ گیا ہے۔ ایجنٹ نے بارہ لاکھ لیے۔ ایران پولیس نے پکڑ لیا، دو مہینے کیمپ میں رہا۔ اب الحمدللہ گھر پر ہے، خیریت سے")
}

// Lessons of blind182/183, each with its neighbours.
func TestBlind182Lessons(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, caseType, urgency string }{
		// a threat that the family will never see or hear of him is a ransom, now
		{"میرے شوہر تین مہینے پہلے یونان کے لیے نکلے تھے۔ ابھی تک پہنچے نہیں اور وہ لوگ بار بار فون کر کے پیسے مانگ رہے ہیں، کہتے ہیں نہ بھیجے تو اس کی خبر بھی نہیں ملے گی", "ransom_extortion", UrgencyEmergency},
		{"bhanja Azerbaijan gaya tha, 10 din se pata nai, kal raat uske number se msg aya k 3 lakh bhejo warna usko nahi dekh paoge", "ransom_extortion", UrgencyEmergency},
		// trapped last year, home now with a workshop or a shop of his own, a greeting: no report
		{"پچھلے سال میں بھی ایک ایجنٹ کی وجہ سے دبئی میں پھنس گیا تھا، لیکن اللہ کا شکر ہے اب واپس آ کر اپنی ورکشاپ چلا رہا ہوں۔ سب کو سلام", "other", UrgencyRoutine},
		{"الحمدللہ میرا بیٹا جو پچھلے سال ملائیشیا میں ایجنٹ کے ہاتھوں پھنس گیا تھا، اب گھر پر ہے اور یہیں دکان کھول لی ہے۔ اللہ سب کے بچوں کو محفوظ رکھے", "other", UrgencyRoutine},
		// a relative's tale of ten years ago, told as advice ("آنکھ بند کر کے" locks no one in)
		{"پھوپھو بتا رہی تھیں کہ ان کی نند کے بیٹے کو کسی نے دبئی میں بیچ دیا تھا، بڑی مشکل سے واپس آیا، یہ دس سال پرانی بات ہے۔ اسی لیے کہتی ہوں ایجنٹوں پر آنکھ بند کر کے اعتبار نہ کرو", "other", UrgencyRoutine},
		// a regulator's warning is no report
		{"PTA: Beware of fake calls & messages offering prizes, jobs or BISP money. Never share your CNIC, OTP or bank details with anyone. Report fraud numbers by SMS to 9000.", "other", UrgencyRoutine},
		// a girl of 16, set off by commas with her age's unit, is a child
		{"Hamari kaam wali ki beti, 16 saal ki, Islamabad F-8 me ek ghar me kaam krti thi. Ab 3 hafte se wo log maa se baat nahi karwa rahe, kehte hain tankhwa advance le chuke ho is liye nahi bhejenge", "forced_labour", UrgencyEmergency},
	} {
		requireRead(t, c.caseType, c.urgency, c.text)
	}
	// a warning that names an agent who took money is a report still
	require.NotEqual(t, "other", Read("Beware of fake agent Rashid in Gujrat, he took 2 lakh from me for Dubai visa and ran away").CaseType)
}

// Korean won is a currency ("۱۸ لاکھ وون" is no salary in rupees), and a
// link that imitates an official host is a phishing site however the
// model reads the fee and the page around it (C248-015).
func TestWonAndPhishingHeld(t *testing.T) {
	t.Parallel()
	e := Extract("کوریا میں فیکٹری کا کام، تنخواہ ۱۸ لاکھ وون")
	require.Len(t, e.Amounts, 1)
	require.Equal(t, "KRW", e.Amounts[0].Currency)
	require.Empty(t, Extract("we won 2 matches today").Amounts)
	s := "فیس بک پر ایک پیج ہے \"OEC کوریا روزگار ڈیسک\" اس نے ایک ویب سائٹ کا لنک دیا oec-korea-eps-apply.com وہاں میں نے شناختی کارڈ نمبر اور تصویر ڈالی اور انہوں نے ۳۵۰۰ فیس ایزی پیسہ سے مانگی\n" +
		"لکھا تھا کوریا میں فیکٹری کا کام، تنخواہ ۱۸ لاکھ وون، کوریائی زبان کا ٹیسٹ نہیں ہوگا، صرف رجسٹریشن فیس۔ ویب سائٹ پر حکومت پاکستان کا نشان بھی لگا ہے\n" +
		"پیج کا نام OEC کوریا روزگار ڈیسک ہے، کسی بندے کا نام نہیں\nشناختی کارڈ نمبر اور کارڈ کی دونوں طرف کی تصویر ڈالی ہے\nکوریا\nRs 3,500\n+923446018825\nOEC کوریا روزگار ڈیسک"
	requireRead(t, "phishing_site", "", s)
}
