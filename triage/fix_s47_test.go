package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Found in blind357–358 (the forty-seventh session): a kafeel who keeps a
// man in a room for days and will not let him go "until he learns
// respect", asked of "a friend" (B357-EN-028, read as urgent distress);
// "ورنہ اس کی خیر نہیں" after more money asked mid-journey is a threat,
// no idiom (B357-UR-025); a page that asks an OTP and empties a wallet is
// a phishing site (B357-UR-012); a boat filling with water, the shore's
// lights gone, is at sea (B358-UR-026, read as no case); a boy kept in a
// room at a farm "in Oman" is there (B358-UR-028, read as forced labour
// at home); a ransom "demanded" in a drama is no payment, and the drama no
// case (B358-UR-032); BBC Urdu's news of a boat is news (B358-UR-037); a
// kidnapping over, told to thank, is no case (B357-UR-037); a question
// about this service is none (B357-RU-047, B358-EN-047, B358-EN-037);
// "باہر سے" a medical is done is no one held (C485-013 raised an
// emergency).
func TestSession47Triage(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, caseType, urgency string }{
		{"Boss just want to ask one thing, if someone's kafeel keeps him in a room for 10 days with little food and says he will not pay him or let him go until he 'learns respect', is that legal there? Asking for a friend in Jeddah.", CaseTrafficking, UrgencyEmergency},
		{"میرا بیٹا لیبیا گیا تھا، تین مہینے ہو گئے ابھی تک اٹلی نہیں پہنچا اور ایجنٹ کے لوگ روز فون کر کے اور پیسے مانگ رہے ہیں، کہتے ہیں ورنہ اس کی خیر نہیں۔", CaseRansom, UrgencyEmergency},
		{"ammi kehti hain homework na kiya to tumhari khair nahi", CaseOther, UrgencyRoutine},
		{"'سعودی ایمبیسی ویزا چیک' کے نام سے ایک صفحہ ہے جس پر پاسپورٹ نمبر، شناختی کارڈ اور موبائل نمبر ڈالنے کے بعد او ٹی پی مانگتا ہے۔ میں نے ڈال دیا، اب میرے جیز کیش سے ۱۲ ہزار نکل گئے۔ لنک یہ تھا saudi-visa-check.net", CasePhishing, UrgencyRoutine},
		{"(وائس نوٹ) بھائی... آواز آ رہی ہے؟... یہاں سب رو رہے ہیں... کنارے کی روشنیاں اب نظر نہیں آ رہیں... نیچے پانی بھر رہا ہے... امی کو کہنا دعا کریں... بیٹری ختم ہو رہی...", CaseSmuggling, UrgencyEmergency},
		{"ہمارے گاؤں کا لڑکا شکیل عمان کے ایک فارم پر کام کرتا ہے۔ اس کے ساتھی نے شکیل کی ماں کو میسج کیا کہ وہ بیمار ہے اور مالک اسے کمرے سے باہر نہیں نکلنے دیتا، کھانا بھی کم دیتا ہے۔ شکیل خود فون پر بات نہیں کر سکتا۔", CaseTrafficking, UrgencyEmergency},
		{"کل رات کی قسط دیکھی؟ ولن نے ہیرو کے چھوٹے بھائی کو اغوا کر کے ۵۰ لاکھ تاوان مانگ لیا 😱 اگلی قسط کب آئے گی؟", CaseOther, UrgencyRoutine},
		{"بی بی سی اردو: لیبیا کے ساحل کے قریب تارکینِ وطن کی کشتی الٹ گئی، ۶۱ افراد لاپتہ، امدادی کارروائیاں جاری۔", CaseOther, UrgencyRoutine},
		{"پچھلے سال میرے بیٹے کو لیبیا میں اغوا کیا گیا تھا، آپ لوگوں کی مدد سے وہ خیریت سے واپس آ گیا۔ اللہ آپ سب کو جزائے خیر دے۔", CaseOther, UrgencyRoutine},
		{"ye hoshyar wala number sirf shikayat k liye h ya is pe normal job ka b pata kar sakte hain?", CaseOther, UrgencyRoutine},
		{"Is this number only for overseas job complaints or can I also ask about passport renewal? And do I have to pay anything for using this service?", CaseOther, UrgencyRoutine},
		{"In 2021 my brother's kafeel in Dammam kept his passport for a whole year, the embassy helped and he is home now. Do you people also help in cases like that? Just asking for the future.", CaseOther, UrgencyRoutine},
		{"پلمبر کی جاب تھی جبیل میں، ۱۶۰۰ ریال۔ دو لاکھ بیس ہزار طے ہوئے تھے۔ اب کہتے ہیں میڈیکل ہمارے بتائے ہوئے سینٹر سے کراؤ ۳۵ ہزار کا، باہر سے ۸ ہزار میں ہو جاتا ہے۔ رسید بھی نہیں دیتے", "", UrgencyRoutine},
		// (the first check's lessons) a sister who says the word agreed
		// for trouble (B306-UR-027, lost to the retrain); nine held in a
		// house in Zahedan, money asked a head (B113-UR-021); a name "in
		// the list of Saudi jobs" places no one there (B136-UR-037); a fake
		// page in OEC's name, no link (C207-013); whether the service can
		// be used from abroad (B98-UR-046)
		{"میری بہن ریاض میں ایک گھر میں کام کرتی ہے۔ جب بھی فون پر بات ہوتی ہے پیچھے سے ایک عورت بتاتی ہے کیا کہنا ہے۔ آج اس نے وہ لفظ بولا جو ہم نے جانے سے پہلے طے کیا تھا کہ مصیبت میں ہو تو بولے گی۔ ہم کیا کریں؟", "", UrgencyEmergency},
		{"ہم ۹ لوگ زاہدان کے ایک گھر میں بند ہیں۔ جو لوگ ہمیں ترکی لے جانے والے تھے وہ روز مارتے ہیں اور گھر والوں سے فی بندہ ۵ لاکھ مانگ رہے ہیں۔ میرے ساتھ ایک ۱۵ سال کا لڑکا بھی ہے", CaseRansom, UrgencyEmergency},
		{"کسی نے خود کو ایف آئی اے کا افسر بتا کر کہا کہ تمہارا نام سعودی عرب کی نوکری کی لسٹ میں ہے، کلیئرنس کے لیے ۲۰ ہزار بھیجو۔ میں نے بھیج دیے، اب وہ ۵۰ ہزار اور مانگ رہا ہے", CaseJobScamPaid, UrgencyRoutine},
		{"فیس بک پر او ای سی کے نام سے جعلی پیج ہے، کوریا نوکری کی رجسٹریشن کے ۳۰۰۰ روپے ایزی پیسہ مانگ رہے ہیں", CasePhishing, UrgencyRoutine},
		{"کیا یہ سروس پاکستان سے باہر سے بھی استعمال ہو سکتی ہے؟ میرا بیٹا جدہ میں ہے، وہ خود آپ سے بات کرنا چاہتا ہے", CaseOther, UrgencyRoutine},
		{"آپا کل مہندی ہے، شام چھ بجے تک آ جانا۔ ابو کہہ رہے تھے گاڑی بھیج دیں گے، بچوں کے کپڑے بھی ساتھ لے آنا", CaseOther, UrgencyRoutine},
		{"شادی پر دولہے کے دوستوں نے اسے 'اغوا' کر لیا اور جوتا چھپائی میں پچاس ہزار تاوان مانگ لیا 😂😂", CaseOther, UrgencyRoutine},
		{"ہمارے کالج میں آج سیمینار تھا، ایک صاحب نے بتایا کہ کچھ سال پہلے ان کے دوست کو ملائیشیا کی ایک فیکٹری میں بند رکھا گیا تھا۔ بہت ڈراؤنی کہانی تھی۔ کیا آپ لوگ ہمارے کالج میں بھی آگاہی پروگرام کر سکتے ہیں؟", CaseOther, UrgencyRoutine},
		// (the second wave) a brother gone on the "game" to Turkey, money
		// asked, is no video game (B360-UR-024); "whose number is this …
		// is it a government service?" (B360-UR-049); a passport "kept for
		// stamping" beside a medical is no one held and ill (C486-006); a
		// cousin "released after 5 months" and home is safe now (C487-010)
		{"امی کہہ رہی ہیں کہ بھائی تین ہفتے پہلے ترکی کے لیے 'گیم' پر گیا تھا، ابھی تک واپس نہیں آیا اور وہ لوگ پیسے مانگ رہے ہیں۔ ایجنٹ فون نہیں اٹھاتا۔ کیا کریں؟", CaseRansom, UrgencyEmergency},
		{"یہ کس کا نمبر ہے؟ میرے بھائی نے بتایا کہ یہاں نوکری والے ایجنٹوں کی تصدیق ہوتی ہے، کیا یہ سرکاری سروس ہے؟", CaseOther, UrgencyRoutine},
		{"heavy driver ka bola tha, 1500 riyal + overtime. medical 2 dafa krwaya unki batai lab se. ab kehte hn company ne demand cancel kr di nayi demand ka wait kro. mera passport b unke pass h kehte hn stamping k liye rakha h", "", UrgencyRoutine},
		{"I want to report the agent who sent my cousin to Myanmar. He is back home now, thank God, but the same man is recruiting boys again in our area\nAgent told him IT company in Bangkok, USD 1200 salary. From Bangkok they drove him to Mae Sot and across a river into Myanmar. Passport taken on day one, forced to do online scams 14 hours a day, beaten when targets were missed. Released after 5 months when the family paid the company a 'fine'. Now the agent is posting the same ad on facebook again", "", UrgencyRoutine},
	} {
		requireAssessed(t, c.text, c.caseType, c.urgency)
	}
	// a sum demanded ("مانگ لیا") is not paid; a sum taken ("le liya") is
	for text, paid := range map[string]bool{"۵۰ لاکھ تاوان مانگ لیا": false, "agent ne 2 lakh mang liya": false, "agent ne 2 lakh le liya": true, "ایجنٹ نے دو لاکھ لے لیا": true} {
		a := newAnalysis(text, Extract(text).Amounts)
		a.collect(lex.all)
		require.Equal(t, paid, a.cue("paid"), text)
	}
}
