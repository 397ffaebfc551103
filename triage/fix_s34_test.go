package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Found in blind240-blind241 and C307-C308 (first played in the
// thirty-fourth session).
func TestSession34Triage(t *testing.T) {
	t.Parallel()
	requireReads(t, []readCase{
		// a market shut for a strike, and a house kept shut by the heat:
		// no one is locked in
		{"Bro don't come to the market today, everything is band, traders' strike. Even the plaza gate is locked. Come tomorrow", CaseOther, UrgencyRoutine},
		{"Is garmi me to ghar me qaid ho gaye hain, bijli b band. Bachon ko bahar nahi nikalne dete dhoop ki wajah se", CaseOther, UrgencyRoutine},
		// a matter resolved, and thanks to all
		{"Bilal ko jo Iraq me company ne roka hua tha wo masla embassy k zariye hal ho gaya, passport b mil gaya, kal subah ki flight h uski. Sab ka shukriya", CaseOther, UrgencyRoutine},
		{"الحمدللہ، ابو سعودیہ سے خیریت سے واپس آ گئے۔ کفیل نے جو تنخواہ روکی ہوئی تھی وہ بھی سفارت خانے کی مدد سے مل گئی۔ سب کا شکریہ", CaseOther, UrgencyRoutine},
		// a neighbour's nephew cheated years ago, who now warns others
		{"ہماری گلی کی خالہ بتا رہی تھیں کہ ان کے بھانجے کو برسوں پہلے دبئی میں ایجنٹ نے دھوکا دیا تھا۔ وہ واپس آ گیا اور اب خود لوگوں کو سمجھاتا ہے کہ ایجنٹوں سے بچو", CaseOther, UrgencyRoutine},
		// a two-year iqama is no two-year-old child
		{"سعودی عرب کے لیے آزاد ویزا دستیاب\nدو سالہ اقامہ، جہاں مرضی کام کریں\nصرف ۹ لاکھ روپے\n۱۰۰٪ گارنٹی\nرابطہ: ۰۳۴۲-۸۸۰۱۶۳۹ (صرف واٹس ایپ)", CaseJobOfferSuspicious, UrgencyRoutine},
		// wages not paid for months, the manager gone: the worker's case
		{"Good evening. I work in Dubai for a construction company, we haven't been paid for 4 months and now the manager has disappeared", CaseWorkerDistress, UrgencyUrgent},
		// (found in blind242 and C309-C310, the second round)
		// chest pain and no breath now: an emergency the model may not lower
		{"my friend in dubai has chest pain since morning, visa expired so he is scared to go to hospital. no money. what to do\nCompany closed 2 months ago, owner ran away, no salary for last 2 months. His visa got cancelled, now overstaying. Passport is with him. Today chest pain and sweating, can't breathe properly. We have 40 dirham between us", CaseWorkerDistress, UrgencyEmergency},
		// a child's treatment is why the loan was taken: no child in danger
		{"میں گھروں میں کام کرتی ہوں۔ بیگم صاحبہ نے تین سال پہلے میرے بچے کے علاج کے لیے ۸۰ ہزار قرض دیا تھا، اب کہتی ہیں ڈیڑھ لاکھ ہو گیا ہے۔ تنخواہ نہیں دیتیں، کہتی ہیں قرض پورا ہونے تک کام کرو۔ میرا شناختی کارڈ بھی ان کے پاس ہے", CaseForcedLabour, UrgencyUrgent},
		// fled into the desert from a kafeel: no smuggler's route
		{"I ran away from the farm, walking in desert near Al Kharj since last night. no water left, my feet are bleeding. Kafeel kept my passport. battery 9%", CaseTrafficking, UrgencyEmergency},
		// an ordeal of 2019, married since
		{"My neighbour's story is so heartbreaking. Her son was taken to Iran by smugglers in 2019 and she didn't hear from him for months. He came back last year and got married last week, she cried through the whole nikah.", CaseOther, UrgencyRoutine},
		// (found in blind243-blind244 and C311-C312, the third round)
		// the agent says he is fine, asks more and lets no one talk to him: held
		{"Bhai ne kaha tha Dubai pohanch k call karunga, 10 din ho gaye. agent kehta h wo theek h magar ab 1.5 lakh aur maang raha h 'clearance' k liye aur bhai se baat bhi nahi karwata", CaseRansom, UrgencyEmergency},
		// a flood at home, over, safe now and thanks
		{"Last month in the flood we were stuck on our roof in Dadu for two days with no food. A Rescue 1122 boat came for us. Now we are safe at my uncle's house in Hyderabad. Thanks everyone for the duas.", CaseOther, UrgencyRoutine},
		// beating not told of is no beating
		{"Mera chota bhai Thailand gaya tha data entry ki job pe, ab Laos me kisi compound me h. passport le liya unhon ne aur kehte hain 4000 dollar do to chhodenge warna kaam karo. Roz usse logon k sath online fraud karwate hain. maar peet ka abhi tak nahi bataya", CaseTrafficking, UrgencyUrgent},
		// "I am shut in a flat": confined
		{"میں کراچی میں ایک فلیٹ میں بند ہوں۔ ایجنٹ نے دبئی بھیجنے کا کہا تھا، یہاں لا کر رکھا ہے اور فیکٹری میں کام کرواتے ہیں", CaseTrafficking, UrgencyEmergency},
	})
	// a child's age is still read before "سالہ" with a child after it
	require.Equal(t, UrgencyEmergency, Read("میری دس سالہ بیٹی کو ایجنٹ دبئی لے گیا").Urgency)
}
