package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Everyday messages (bank and wallet alerts, OTPs, telecom and official
// notices, family chat, news) learnt from everyday18's misses, in wordings
// written here, with neighbours that must not change.

// A number that names or addresses something is no sum: a shortcode a
// message is sent to, an OTP or code, a roll number, marks, a card's
// ending, a bill's reference, a distance; "280 روپے 15 پیسے" is 280.15.
func TestEverydayNumbersAreNoSums(t *testing.T) {
	t.Parallel()
	type am = Amount
	cases := []struct {
		text string
		want []Amount
	}{
		{"Spam SMS ki shikayat ke liye number 9000 par forward karein, service muft hai.", nil},
		{"شکایت کے لیے مشکوک پیغام 9000 پر فارورڈ کریں۔", nil},
		{"To stop these alerts send STOP to 8300. Free service.", nil},
		{"Report spam: forward the message to 9000 free of charge.", nil},
		{"Result janne ke liye roll number likh kar 800296 par bhejein.", nil},
		{"رزلٹ کے لیے اپنا رول نمبر ۸۰۰۳۰ پر ایس ایم ایس کریں۔", nil},
		{"Khabrain service dobara shuru karne ke liye START likh kar 7070 pe bhejen.", nil},
		{"UBL: Rs. 12,000 IBFT ke liye aap ka OTP 447109 hai. Kisi ko mat batayein.", []am{{12000, "PKR", ""}}},
		{"Meezan: OTP 662301 for transfer of Rs 25,000 to ALI KHAN. Valid for 5 minutes.", []am{{25000, "PKR", ""}}},
		{"Your OTP is 447109. Do not share it.", nil},
		{"Telegram code: 28471. Do not give this code to anyone.", nil},
		{"آپ کا او ٹی پی ۵۵۳۲۰۱ ہے۔ کسی کو مت بتائیں۔", nil},
		{"Roll No. 234561: Result PASS. Total marks 982.", nil},
		{"Mashallah beti ne 482 marks liye hain matric mein.", nil},
		{"بیٹے نے میٹرک میں 1050 نمبر لیے ہیں، مٹھائی کھلانی ہے۔", nil},
		{"Bank Alfalah: Your Credit Card ending 4019 was used for PKR 6,450.00 at IMTIAZ.", []am{{6450, "PKR", ""}}},
		{"آپ کے اکاؤنٹ ختم 3390 سے 4,200 روپے کی خریداری ہوئی۔", []am{{4200, "PKR", ""}}},
		{"Easypaisa: You have paid Rs 2,615.00 to IESCO bill ref 14 14231 1234567 U.", []am{{2615, "PKR", ""}}},
		{"LESCO bill consumer ref 04 11234 1234567 U ka bill Rs 3,210 jama ho gaya.", []am{{3210, "PKR", ""}}},
		{"برائے فروخت: سوزوکی کلٹس 2017، 58 ہزار کلومیٹر چلی ہوئی، قیمت 24 لاکھ روپے۔", []am{{2400000, "PKR", ""}}},
		{"Corolla for sale, done 80 thousand km, price 38 lakh.", []am{{3800000, "PKR", ""}}},
		{"Car 45 hazar km chali hui hai, demand 32 lakh.", []am{{3200000, "PKR", ""}}},
		{"Honda Civic 2018 for sale, 65 thousand km driven, demand 52 lakh", []am{{5200000, "PKR", ""}}},
		{"Kiraya 25 hazar hai, 5 tareekh tak jama karwa dena.", []am{{25000, "PKR", ""}}},
		{"انٹربینک میں ڈالر 280 روپے 15 پیسے پر بند ہوا۔", []am{{280.15, "PKR", ""}}},
		{"Dollar interbank mein 279 rupay 85 paise par band hua.", []am{{279.85, "PKR", ""}}},
		{"Petrol ki nayi qeemat 272 rupees 89 paisa per litre.", []am{{272.89, "PKR", ""}}},
		// A remittance's rupees credited are a sum, as is the foreign one.
		{"Home remittance of QAR 800 received from SHAHID in Doha. PKR 61,296.00 credited to A/C **3305.", []am{{800, "QAR", ""}, {61296, "PKR", ""}}},
		{"دبئی سے 1,500 درہم کی ترسیلات آپ کے اکاؤنٹ میں جمع، پاکستانی روپے 113,910۔", []am{{1500, "AED", ""}, {113910, "PKR", ""}}},
		{"Abbu Dubai se kal subah 6 baje pohanch rahe hain, PK-204, airport pe le lena.", nil},
		{"ECP: Aap ka vote NA-125 Lahore mein darj hai, silsila number 312.", nil},
		// Neighbours: sums asked or paid stay sums.
		{"registration fee-5000 jama karwayen", []am{{5000, "PKR", ""}}},
		{"Registration ke liye 5000 bhejein JazzCash pe", []am{{5000, "PKR", ""}}},
		{"licence number 3189/PSH. 2,75,000 diye the", []am{{275000, "PKR", ""}}},
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

// Transactional and official notices, family chat and news are no
// reports: a wallet agent, a remittance from a relative abroad, a
// relative's foreign number, an airline fare or booking, an Umrah or Hajj
// package, an official body's notice pointing to its own site, a road
// accident in the news.
func TestEverydayNoticesAreNoReports(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		// a bank's or wallet's agent
		"HBL Konnect: Cash withdrawal of Rs. 3,000 from agent 0333-1234567 on 02-May-25. Charges Rs. 0.00. Bal Rs. 640.",
		"جاز کیش: ایجنٹ 0301-2233445 سے 5,000 روپے کی رقم نکلوا لی گئی۔ چارجز 0۔ بیلنس 1,200 روپے۔",
		"BISP ki qist apne qareebi HBL Konnect agent se wasool karein, kisi ko katoti na dein.",
		"JazzCash: Cash deposit of Rs 2,000 at retailer/agent 0300-1234567 successful. TID 4455667788.",
		// a remittance from a relative abroad
		"Bhai ne Saudi se 1,500 riyal bheje hain, bank mein aa gaye. Ammi ki dawai le lena.",
		"Abu ne Dubai se 50 hazar bheje hain Western Union se, kal nikalwa lena.",
		"My brother sent 300 dollars from Oman, collect it from the Western Union counter.",
		"Your husband sent you 500 AED from Dubai via Western Union. MTCN 1234567890. Collect from any agent.",
		"بیٹے نے قطر سے 1000 ریال بھیجے، الحمدللہ بینک میں آ گئے۔",
		// a relative's foreign number
		"Mamu ka Dubai wala number +971 50 123 4567 hai, unhe Eid ki mubarak de dena.",
		"Chacha ka naya Saudi number save kar lo +966 55 812 3456, purana band hai.",
		"خالہ کا کینیڈا والا نمبر +1 416 555 0199 ہے، ان کو سلام کہنا۔",
		"Khala Canada mein hain, unka WhatsApp +1 647 555 0123 hai, unhe dua ka keh dena.",
		"Uncle in Riyadh says salam to all, his new number is +966 50 987 6543.",
		"Jeddah wale mamu ko WhatsApp pe call kar lena, unka number +966 50 312 4567 hai. Salam keh rahe the.",
		// an airline's fare or booking
		"PIA: Lahore-Jeddah return fare only Rs 95,000. Book now at piac.com.pk.",
		"سستے ٹکٹ: لاہور سے دبئی صرف 48 ہزار روپے، بکنگ کے لیے رابطہ کریں 0321-4567890",
		"Qatar Airways: Your booking ABC123 Lahore to Doha on 12 May is confirmed. Manage at qatarairways.com",
		// a travel agent's Umrah or Hajj package
		"Umrah package 2.5 lakh, visa + ticket + hotel, call 0300-1112223.",
		"عمرہ پیکج: ویزا، ٹکٹ اور ہوٹل سمیت صرف ۳ لاکھ، رابطہ 0333-1234567",
		"Hajj package 14 lakh per person, Aziziyah hotel, visa aur ticket shamil. Booking 0345-9876543.",
		"Al-Noor Travels: Umrah visa 45,000 only, 15 days, WhatsApp 0321-1234567.",
		// an official notice pointing to the official site
		"Protector of Emigrants Rawalpindi: aap ki appointment 22 April subah 9 baje hai. Asal passport, visa, contract aur bank challan sath layen.",
		"پروٹیکٹر آف امیگرنٹس پشاور: آپ کی ملاقات کا وقت 22-04-2025 صبح 9 بجے طے ہے۔ اصل پاسپورٹ، ویزا، معاہدۂ ملازمت اور بینک چالان ساتھ لائیں۔",
		"OEC: Korea job ke liye EPS test ki registration shuru, sirf official website oec.gov.pk par apply karein. Fee sirf bank mein jama hogi.",
		"او ای سی: جنوبی کوریا میں ملازمت کے لیے ای پی ایس ٹیسٹ کی رجسٹریشن 20 اپریل سے، صرف سرکاری ویب سائٹ www.oec.gov.pk پر درخواست دیں۔",
		"VFS Global: Your Germany visa application has been received and forwarded to the Embassy. Track at https://visa.vfsglobal.com/pak/en/deu",
		"Gerry's: Your passport with UK visa is ready for collection at Gerry's Islamabad.",
		"BE&OE: Overseas employment ke liye sirf licensed OEPs se rabta karein. List beoe.gov.pk par dekhein.",
		"OEC: Japan mein caregiver jobs ke liye JLPT N4 lazmi hai. Registration sirf www.oec.gov.pk par.",
		// a road accident in the news
		"ملتان: بس اور ٹرک میں تصادم، 5 افراد جاں بحق، 10 زخمی اسپتال منتقل۔",
		"Sukkur ke qareeb road accident mein 3 afraad jaan bahaq aur 6 zakhmi, zakhmiyon ko hospital muntaqil kar diya gaya.",
		"Faisalabad: 4 killed, 9 injured as van hits tractor trolley; injured shifted to Allied Hospital.",
		"Motorway par gari ulatne se 2 log jaan bahaq ho gaye, 5 zakhmi.",
		// a mother taking her children along
		"Aaj chhutti hai, bachon ko le kar Ammi ke ghar ja rahi hun.",
		"آج چھٹی ہے، بچوں کو لے کر امی کے گھر جا رہی ہوں۔",
		"Karachi: 5 killed in a bus accident near Hub, police say.",
		"Peshawar: Ring Road par dhamake mein 3 afraad zakhmi, zakhmiyon ko LRH muntaqil kar diya gaya.",
		// a car for sale, its price a "demand"
		"Honda Civic 2018 for sale, 65 thousand km driven, demand 52 lakh, call 0321-9988776",
	} {
		r := Read(s)
		require.Equal(t, CaseOther, r.CaseType, "%q: %v %v", s, r.Danger, r.Model)
		require.Equal(t, UrgencyRoutine, r.Urgency, "%q: %v %v", s, r.Danger, r.Model)
		require.Empty(t, r.Flags, s)
	}
}

// Reports that share those words stay reports: a look-alike OEC site, a
// scam Umrah visa with work, money sent to an agent, a relative abroad in
// trouble, a relative's death abroad, an official's name on a scam's
// wallet number.
func TestEverydayNeighboursStayReports(t *testing.T) {
	t.Parallel()
	requireRead(t, CasePhishing, "",
		"OEC ki website oec-korea-jobs.com par 15 hazar registration fee maang rahe hain, kya ye sahi hai?",
		"OEC: Korea jobs registration open. Apply only through www.oec-eps-registration.com, fee Rs 5,000.",
	)
	for _, s := range []string{
		"Umrah visa pe le ja kar Saudi me kaam dilwate hain, 2.5 lakh naqad liye",
		"Easypaisa se agent ko 50 hazar bheje Dubai visa ke liye, ab number band hai",
		"agent ko JazzCash agent ke zariye 40 hazar bheje the Saudi job ke liye, ab wo phone nahi uthata",
		"OEC: Congratulations, you are selected for Korea. Pay registration fee 15,000 to JazzCash 0300-1234567 and send CNIC copy on WhatsApp.",
	} {
		require.NotEqual(t, CaseOther, Read(s).CaseType, s)
	}
	requireRead(t, CaseRansom, "",
		"they demand 35 lakh for my son, the call came from Libya",
		"Libya se call aayi, bete ke liye 35 lakh demand kar rahe hain",
	)
	requireRead(t, "", UrgencyEmergency,
		"Qatar camp mein aag lagi, 4 log jaan bahaq, mera beta bhi wahin hai aur phone band hai",
		"factory mein dhamaka hua, 5 afraad zakhmi, hum sab andar band hain, malik darwaza nahi khol raha",
		"Mamu Jeddah mein phans gaye hain, kafeel ne kamre mein band kar diya aur maarta hai, unka number +966 50 312 4567 hai",
		"bhai ne Saudi se call ki, kafeel ne passport rakh liya aur 3 din se khana nahi diya, please madad karein",
	)
	requireRead(t, CaseTrafficking, UrgencyEmergency,
		"agent mere bachon ko le kar chala gaya, 3 din se koi khabar nahi",
		"woh aadmi bachi ko utha kar le gaya",
	)
	for _, s := range []string{
		"mera bhai Saudi mein road accident mein zakhmi hai, hospital mein hai, company ilaj nahi karwa rahi",
		"میرا بھائی دبئی میں جاں بحق ہو گیا، کمپنی لاش نہیں بھیج رہی",
		"my brother was killed in a road accident in Riyadh, the company is not sending his body home",
		"Dubai mein company ki site par dhamake mein mera bhai zakhmi hua, company ilaj nahi karwa rahi",
	} {
		require.Equal(t, CaseWorkerDistress, Read(s).CaseType, s)
	}
}
