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
		{"Kiraya 25 hazar hai, 5 tareekh tak jama karwa dena.", []am{{25000, "PKR", ""}}},
		{"انٹربینک میں ڈالر 280 روپے 15 پیسے پر بند ہوا۔", []am{{280.15, "PKR", ""}}},
		{"Dollar interbank mein 279 rupay 85 paise par band hua.", []am{{279.85, "PKR", ""}}},
		{"Petrol ki nayi qeemat 272 rupees 89 paisa per litre.", []am{{272.89, "PKR", ""}}},
		// A remittance's rupees credited are a sum, as is the foreign one.
		{"Home remittance of QAR 800 received from SHAHID in Doha. PKR 61,296.00 credited to A/C **3305.", []am{{800, "QAR", ""}, {61296, "PKR", ""}}},
		{"دبئی سے 1,500 درہم کی ترسیلات آپ کے اکاؤنٹ میں جمع، پاکستانی روپے 113,910۔", []am{{1500, "AED", ""}, {113910, "PKR", ""}}},
		// Neighbours: sums asked or paid stay sums.
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
