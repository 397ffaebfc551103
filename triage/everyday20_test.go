package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Everyday messages learnt from everyday20's misses (the learn half), in
// wordings written here, with neighbours that must keep their case type
// and urgency.

type everydayCase struct {
	text              string
	caseType, urgency string // caseType "" : any case type but other
}

func checkEveryday(t *testing.T, cases []everydayCase) {
	t.Helper()
	for _, c := range cases {
		r := Read(c.text)
		if c.caseType == "" {
			require.NotEqual(t, CaseOther, r.CaseType, "%q: %+v", c.text, r.Assessment)
		} else {
			require.Equal(t, c.caseType, r.CaseType, "%q: %+v", c.text, r.Assessment)
		}
		require.Equal(t, c.urgency, r.Urgency, "%q: %+v", c.text, r.Assessment)
		if c.caseType == CaseOther {
			require.Empty(t, r.Flags, c.text)
		}
	}
}

// Money, a gift or a photo sent to children is no child sent anywhere
// (E20-067: "He sent the kids £50 for Eidi" was an emergency, "a child is
// involved", the mover "sent" read as children moved). A child sent
// abroad, or sent for a sum, still is.
func TestEverydayMoneySentToChildren(t *testing.T) {
	t.Parallel()
	checkEveryday(t, []everydayCase{
		{"Aunty in Birmingham says it's snowing there. She sent the kids £30 for Eid, did it reach your account?", CaseOther, UrgencyRoutine},
		{"Dad sent the children 100 dollars for their birthday", CaseOther, UrgencyRoutine},
		{"Mamu ne bachon ko Eidi bheji hai Dubai se, 2000 har bache ko", CaseOther, UrgencyRoutine},
		{"Khala ne London se bachon ko 5000 bheje hain, account check kar lena", CaseOther, UrgencyRoutine},
		{"phupo ne bachon k liye 3000 bhejy hn eidi k, jazzcash dekh lena", CaseOther, UrgencyRoutine},
		{"خالہ نے بچوں کو عید پر 5000 روپے بھیجے ہیں، اکاؤنٹ دیکھ لینا", CaseOther, UrgencyRoutine},
		{"ماموں نے بچوں کو عیدی بھیجی ہے، کل بینک سے نکلوا لینا", CaseOther, UrgencyRoutine},
		{"دبئی میں سب کی بہت یاد آتی ہے، بچوں کی تصویریں بھیج دینا", CaseOther, UrgencyRoutine},
		{"bachon ki pic bhejo yr, qatar me bht yad ati h sab ki", CaseOther, UrgencyRoutine},
		// neighbours: a child sent, or sent for a sum
		{"The agent sent my 15 year old son to Libya, we paid 5 lakh", "", UrgencyEmergency},
		{"agent ne bachon ko dubai bhej diya 3 lakh le kar", "", UrgencyEmergency},
		{"Agent ne 2 lakh mein meri beti ko Dubai bhej diya, ab wo wapas nahi aa rahi", "", UrgencyEmergency},
		{"ایجنٹ نے میری 14 سال کی بیٹی کو دبئی بھیج دیا، اب رابطہ نہیں ہو رہا", "", UrgencyEmergency},
	})
}

// "utha liya" is "picked up" as often as "abducted": a passport, a
// parcel or a result collected from an office is no kidnapping (E20-293:
// "passport renew ho gaya, aaj utha liya office se" was an emergency).
// A person picked up by someone still is.
func TestEverydayPickedUpIsNoKidnap(t *testing.T) {
	t.Parallel()
	checkEveryday(t, []everydayCase{
		{"passport ban gaya, kal utha liya daftar se", CaseOther, UrgencyRoutine},
		{"Parcel aa gaya tha TCS office mein, aaj utha liya", CaseOther, UrgencyRoutine},
		{"Result card school se utha liya hai, 82% aaye hain", CaseOther, UrgencyRoutine},
		{"licence renew hogya, abu ne utha lia office se aaj", CaseOther, UrgencyRoutine},
		{"پاسپورٹ بن گیا، آج دفتر سے اٹھا لیا", CaseOther, UrgencyRoutine},
		{"پارسل ٹی سی ایس سے اٹھا لیا ہے، شکریہ", CaseOther, UrgencyRoutine},
		{"Picked up the new passport from the office today, all done", CaseOther, UrgencyRoutine},
		// neighbours: a person picked up
		{"mere bete ko Istanbul se kisi ne utha liya hai, paise mang rahe hain", "", UrgencyEmergency},
		{"Iran me agent ke bandon ne beta utha liya, 5 lakh mang rahe hain", "", UrgencyEmergency},
		{"میرے بھائی کو لیبیا میں کسی نے اٹھا لیا، اب تاوان مانگ رہے ہیں", "", UrgencyEmergency},
		{"bhai ko utha liya hai unhon ne, 10 lakh do warna maar denge", "", UrgencyEmergency},
	})
}

// Family chat from a relative abroad, missing home and asking for a photo
// of the parents, is no report (E20-161: the Gulf city named made it a job
// offer to the rules, and the model raised it at 23%).
func TestEverydayMissingHome(t *testing.T) {
	t.Parallel()
	checkEveryday(t, []everydayCase{
		{"بھائی، امی کی ایک تازہ تصویر بھیجو، دبئی میں سب کی بہت یاد آتی ہے", CaseOther, UrgencyRoutine},
		{"یار، بچوں کی ایک تازہ تصویر بھیج دو، دوحہ میں سب کی بہت یاد آ رہی ہے", CaseOther, UrgencyRoutine},
		{"Brother, send a fresh photo of Ammi and Abbu, I miss everyone so much here in Jeddah", CaseOther, UrgencyRoutine},
		{"Bhai ammi abbu ki taaza tasveer bhej do, Riyadh mein sab bohat yaad aa rahe hain", CaseOther, UrgencyRoutine},
		{"Miss you all so much here in Dubai. Send me a new photo of Ammi and Abbu", CaseOther, UrgencyRoutine},
		{"ریاض میں گھر کی بہت یاد آ رہی ہے، ابو کی نئی تصویر بھیج دو", CaseOther, UrgencyRoutine},
		{"muscat me sb ki bht yad aa rhi hai, ammi ki photo bhejna", CaseOther, UrgencyRoutine},
		// neighbours: missing home while held, or papers taken
		{"Riyadh mein band kamre mein rakha hai, ammi ki yaad aa rahi hai, bachao", "", UrgencyEmergency},
		{"I miss home, the agent in Muscat took my passport and they lock us in at night", "", UrgencyEmergency},
		{"Dubai mein kafeel ne passport rakh liya, ghar ki bohat yaad aati hai, wapis aana hai", "", UrgencyUrgent},
	})
}

// A worker abroad writing home that wages came, overtime was given or the
// iqama renewed has a complaint's words and none of its trouble (E20-097,
// E20-195, E20-297 were worker distress, two of them urgent). Wages
// withheld, a passport kept, or good news turned by a "but" stay reports.
func TestEverydayWorkerWritesAllIsWell(t *testing.T) {
	t.Parallel()
	checkEveryday(t, []everydayCase{
		{"Salary mil gayi aaj, company ne is mahine bonus bhi diya. Dammam se Jumme ko paise bhejunga", CaseOther, UrgencyRoutine},
		{"Tankhwa aa gai alhamdulillah, overtime b mila hai, riyadh me sab theek hai", CaseOther, UrgencyRoutine},
		{"Got my salary today in Doha, they even gave a bonus. Sending money home tomorrow", CaseOther, UrgencyRoutine},
		{"ریاض میں اس مہینے کی تنخواہ مل گئی، بونس بھی ملا ہے۔ کل گھر پیسے بھیجوں گا", CaseOther, UrgencyRoutine},
		{"اقامہ رینیو ہو گیا ہے، کفیل نے خود سارا کام کروایا۔ فکر نہ کرنا", CaseOther, UrgencyRoutine},
		{"My iqama got renewed, the sponsor did everything himself. Don't worry", CaseOther, UrgencyRoutine},
		{"akama renew ho gya kafeel ne khud krwa dia, ammi ko bta dena", CaseOther, UrgencyRoutine},
		// neighbours
		{"Salary aa gayi lekin 3 mahine ki abhi baqi hai, kafeel deta nahi", CaseWorkerDistress, UrgencyUrgent},
		{"Salary nahi aayi 4 mahine se, kafeel ne passport bhi rakh liya hai", "", UrgencyUrgent},
		{"Iqama renew ho gaya magar kafeel ne 5000 riyal kaat liye aur passport wapis nahi diya", "", UrgencyUrgent},
		{"Riyadh mein tankhwah nahi mili teen mahine se, khana bhi kam dete hain", CaseWorkerDistress, UrgencyUrgent},
		{"ریاض میں چار مہینے سے تنخواہ نہیں ملی، کفیل نے پاسپورٹ بھی رکھ لیا ہے", "", UrgencyUrgent},
	})
}

// Sums as everyday messages write them (everyday20's amount misses): a
// figure written out again in words is one sum ("Rs 42,000 (forty two
// thousand only)" read a 2,000 too); a day of the month after a currency
// is a date ("12,000 روپے 25 اپریل تک" read 25 rupees); a bare sum to send,
// to load, to chip in or paid as a minimum is money.
func TestEverydaySums(t *testing.T) {
	t.Parallel()
	type am = Amount
	cases := []struct {
		text string
		want []Amount
	}{
		{"Received with thanks Rs 35,000 (thirty five thousand only) as rent for May.", []am{{35000, "PKR", ""}}},
		{"Cheque of Rs 72,000/- (Rupees seventy-two thousand only) deposited.", []am{{72000, "PKR", ""}}},
		{"He paid twenty two thousand rupees for the ticket", []am{{22000, "PKR", ""}}},
		{"آپ کا بل 3,400 روپے 15 مئی تک جمع کروائیں", []am{{3400, "PKR", ""}}},
		{"Jubilee Life: premium Rs 8,500 due by 10 June.", []am{{8500, "PKR", ""}}},
		{"Kiraya 25000 rupay 5 July tak de dena", []am{{25000, "PKR", ""}}},
		{"یار 1500 بھیج دو جاز کیش پر، کل لوٹا دوں گا", []am{{1500, "PKR", ""}}},
		{"bhai 300 ka load kr do 03001234567 pe", []am{{300, "PKR", ""}}},
		{"Farewell dinner Friday, everyone chip in 2,000 please", []am{{2000, "PKR", ""}}},
		{"Card bill 24,500 due hai, minimum 2,450 bhi de do to theek hai", []am{{24500, "PKR", ""}, {2450, "PKR", ""}}},
		// neighbours
		{"25 May ko milte hain", nil},
		{"Registration fee 25 hazar 15 May tak jama karwayen", []am{{25000, "PKR", ""}}},
		{"bees hazar do, baqi kal", []am{{20000, "PKR", ""}}},
		{"agent ne token 50,000 liya", []am{{50000, "PKR", ""}}},
	}
	for _, c := range cases {
		got := Extract(c.text).Amounts
		require.Len(t, got, len(c.want), "%q: %v", c.text, got)
		for i, w := range c.want {
			require.InDelta(t, w.Value, got[i].Value, 0.001, c.text)
			require.Equal(t, w.Currency, got[i].Currency, c.text)
		}
	}
}

// Family news from relatives abroad, written here as the everyday20
// families go on (not misses of the learn half, wordings around them): a
// call in which all was well, an uncle "from Dubai" coming to a wedding, a
// remittance "bhej diye", a visa granted ("visa lag gaya"). Before, the
// model raised the first two as emergencies, the rules read the third as
// a paid scam and the fourth as a worker's distress. A plea heard on the
// call, an agent's demand after "visa lag gaya" or a remittance sent on
// to an agent stay reports.
func TestEverydayFamilyAbroadNews(t *testing.T) {
	t.Parallel()
	checkEveryday(t, []everydayCase{
		{"Mera beta Dubai mein hai, kal video call pe baat hui, theek hai", CaseOther, UrgencyRoutine},
		{"Abbu se Riyadh mein phone pe baat hui, sab khairiyat hai", CaseOther, UrgencyRoutine},
		{"میرے بیٹے سے دبئی میں ویڈیو کال پر بات ہوئی، ٹھیک ہے", CaseOther, UrgencyRoutine},
		{"میری بیٹی کی شادی ہے، دبئی والے ماموں آ رہے ہیں", CaseOther, UrgencyRoutine},
		{"Shadi pe Jeddah wale chacha bhi aa rahe hain, airport se lena hai", CaseOther, UrgencyRoutine},
		{"Bhai ne Dubai se paise bhej diye, Western Union pe code aaya hai", CaseOther, UrgencyRoutine},
		{"بھائی نے سعودیہ سے پیسے بھیج دیے ہیں، بینک سے نکلوا لینا", CaseOther, UrgencyRoutine},
		{"بھائی کا قطر کا ویزا لگ گیا ہے، اگلے مہینے جائے گا", CaseOther, UrgencyRoutine},
		{"Bhai ka Saudi visa lag gaya, agle hafte flight hai, dua karna", CaseOther, UrgencyRoutine},
		{"My cousin's Canada visa got approved today, alhamdulillah", CaseOther, UrgencyRoutine},
		// neighbours
		{"Beti se video call pe baat hui, ro rahi thi, kehti hai bachao", "", UrgencyEmergency},
		{"بیٹی سے فون پر بات ہوئی، کہتی ہے مجھے بچاؤ، کمرے میں بند کر کے رکھا ہے", "", UrgencyEmergency},
		{"Beta Dubai mein hai, kal phone pe baat hui, kehta hai kafeel maarta hai aur passport rakh liya", "", UrgencyEmergency},
		{"Agent ne kaha visa lag gaya, 2 lakh aur bhejo warna cancel", "", UrgencyUrgent},
		{"visa lag gaya tha magar fake nikla, agent ne 3 lakh liye", "", UrgencyRoutine},
		{"Bhai ne Dubai se paise bhej diye agent ko, ab agent ka phone band hai", "", UrgencyRoutine},
	})
}
