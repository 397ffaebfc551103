package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestAmounts(t *testing.T) {
	t.Parallel()
	type am = Amount
	cases := []struct {
		text string
		want []Amount
	}{
		{"Rs 4,00,000", []am{{400000, "PKR", "Rs 4,00,000"}}},
		{"Rs. 4,00,000 advance", []am{{400000, "PKR", "Rs. 4,00,000"}}},
		{"Rs400,000", []am{{400000, "PKR", "Rs400,000"}}},
		{"Rs800 test fee", []am{{800, "PKR", "Rs800"}}},
		{"4 lakh", []am{{400000, "PKR", "4 lakh"}}},
		{"4lakh", []am{{400000, "PKR", "4lakh"}}},
		{"2.5 crore", []am{{25000000, "PKR", "2.5 crore"}}},
		{"800 hazar", []am{{800000, "PKR", "800 hazar"}}},
		{"4 lakh 50 hazar", []am{{450000, "PKR", "4 lakh 50 hazar"}}},
		// a number said twice with a hyphen is so much each (C284-011); a
		// range of two numbers stays a range
		{"cash, Imran ko 2 dafa diye, 2-2 lakh", []am{{400000, "PKR", "2-2 lakh"}}},
		{"teen dafa 50-50 hazar bheje", []am{{150000, "PKR", "50-50 hazar"}}},
		{"2-2 lakh", []am{{200000, "PKR", "2-2 lakh"}}},
		{"rent 20-25 hazar", []am{{20000, "PKR", "20-25 hazar"}, {25000, "PKR", "20-25 hazar"}}},
		{"do lakh rupay", []am{{200000, "PKR", "do lakh rupay"}}},
		{"dedh lakh", []am{{150000, "PKR", "dedh lakh"}}},
		{"ساڑھے چار لاکھ", []am{{450000, "PKR", "ساڑھے چار لاکھ"}}},
		{"OPF ka form he, 2000 fee JazzCash se. asli he?", []am{{2000, "PKR", "2000"}}},
		{"the form costs 2000 fee via easypaisa", []am{{2000, "PKR", "2000"}}},
		{"فارم کی ۲۰۰۰ فیس جاز کیش سے", []am{{2000, "PKR", "۲۰۰۰"}}},
		{"Total package 7000 pound, pehle 2000 jama karwayen", []am{{7000, "GBP", "7000 pound"}, {2000, "GBP", "2000"}}},
		{"package 5000 dollar, first 2000 send karo", []am{{5000, "USD", "5000 dollar"}, {2000, "USD", "2000"}}},
		{"went to Dubai in 2000 and came back, paid 2 lakh", []am{{200000, "PKR", "2 lakh"}}},
		{"I paid him four and half lakh cash", []am{{450000, "PKR", "four and half lakh"}}},
		{"gave 2 and a half lakh to the agent", []am{{250000, "PKR", "2 and a half lakh"}}},
		{"char aur aadha lakh diye the", []am{{450000, "PKR", "char aur aadha lakh"}}},
		{"چار اور آدھا لاکھ دیے", []am{{450000, "PKR", "چار اور آدھا لاکھ"}}},
		{"four and half years in Dubai, paid 2 lakh", []am{{200000, "PKR", "2 lakh"}}},
		{"پچاس ہزار درہم", []am{{50000, "AED", "پچاس ہزار درہم"}}},
		{"۵۰ ہزار روپے", []am{{50000, "PKR", "۵۰ ہزار روپے"}}},
		{"$1,500", []am{{1500, "USD", "$1,500"}}},
		{"Salary 45,000 - 55,000 + EOBI", []am{{45000, "PKR", "45,000 - 55,000"}, {55000, "PKR", "45,000 - 55,000"}}},
		{"tankhwa 25000 se 30000 hogi", []am{{25000, "PKR", "25000 se 30000"}, {30000, "PKR", "25000 se 30000"}}},
		{"تنخواہ ۴۵۰۰۰ سے ۵۵۰۰۰", []am{{45000, "PKR", "۴۵۰۰۰ سے ۵۵۰۰۰"}, {55000, "PKR", "۴۵۰۰۰ سے ۵۵۰۰۰"}}},
		{"born 2001 - 2005 candidates", nil},
		{"atthais hazar tankhwa hai", []am{{28000, "PKR", "atthais hazar"}}},
		{"battis hazar rupay diye", []am{{32000, "PKR", "battis hazar rupay"}}},
		{"satais hazar ki naukri", []am{{27000, "PKR", "satais hazar"}}},
		{"salary 3 lakh mahana, sirf CNIC aur 2 photo bhejein", []am{{300000, "PKR", "3 lakh"}}},
		{"تنخواہ تین لاکھ، شناختی کارڈ اور ۲ تصویریں بھیجیں", []am{{300000, "PKR", "تین لاکھ"}}},
		{"salary 3 lakh, send 2 photos and CNIC", []am{{300000, "PKR", "3 lakh"}}},
		{"3000 ringit mahana", []am{{3000, "MYR", "3000 ringit"}}},
		{"salary 2800 ringgits", []am{{2800, "MYR", "2800 ringgits"}}},
		{"تنخواہ ۳۰۰۰ رنگٹ", []am{{3000, "MYR", "۳۰۰۰ رنگٹ"}}},
		{"usne 50,000 peshgi di thi", []am{{50000, "PKR", "50,000"}}},
		{"gave a receipt for only 20,000", []am{{20000, "PKR", "20,000"}}},
		{"1500$ a month", []am{{1500, "USD", "1500$"}}},
		{"3500 dirham", []am{{3500, "AED", "3500 dirham"}}},
		{"Dh3,500 a month", []am{{3500, "AED", "Dh3,500"}}},
		{"1500 riyal", []am{{1500, "SAR", "1500 riyal"}}},
		{"SR 1500", []am{{1500, "SAR", "SR 1500"}}},
		{"QR 4000 salary", []am{{4000, "QAR", "QR 4000"}}},
		{"Qatar job, 3000 riyal", []am{{3000, "QAR", "3000 riyal"}}},
		{"Qatar ya Saudia, 3000 riyal", []am{{3000, "SAR", "3000 riyal"}}},
		{"Kuwait 250 dinar", []am{{250, "KWD", "250 dinar"}}},
		{"€2,000 per month", []am{{2000, "EUR", "€2,000"}}},
		{"£6,000–8,000", []am{{6000, "GBP", "£6,000–8,000"}, {8000, "GBP", "£6,000–8,000"}}},
		{"Rs2.2–2.5 million", []am{{2200000, "PKR", "Rs2.2–2.5 million"}, {2500000, "PKR", "Rs2.2–2.5 million"}}},
		{"4 se 5 lakh", []am{{400000, "PKR", "4 se 5 lakh"}, {500000, "PKR", "4 se 5 lakh"}}},
		{"Rs2.36m", []am{{2360000, "PKR", "Rs2.36m"}}},
		{"Rs 1.68 million", []am{{1680000, "PKR", "Rs 1.68 million"}}},
		{"50k bhejo", []am{{50000, "PKR", "50k"}}},
		{"PKR 50,000/-", []am{{50000, "PKR", "PKR 50,000/-"}}},
		{"50,000/- jama karwayen", []am{{50000, "PKR", "50,000/-"}}},
		{"fees 25000", []am{{25000, "PKR", "25000"}}},
		{"Rs 5,000 and Rs 5,000 again", []am{{5000, "PKR", "Rs 5,000"}}},
		{"2 saal ka contract, 2024 mein", nil},
		{"jobs for 340,000 Pakistanis", nil},
		{"3 لاکھ 40 ہزار پاکستانیوں کے لیے", nil},
		{"100% guarantee, 5 m door", nil},
		{"call 0300-1234567", nil},
		{"CNIC 35202-1234567-1", nil},
		{"fee 12", nil},
		// a year after a fee word is a year; a round sum is a fee
		{"BEOE Overseas Registration 2026 - register now, fee Rs 5500 only", []am{{5500, "PKR", "Rs 5500"}}},
		{"online registration 2025 shuru, fees 3000", []am{{3000, "PKR", "3000"}}},
		{"رجسٹریشن 2026 شروع", nil},
		{"registration fee 2000", []am{{2000, "PKR", "2000"}}},
		// a count with its "+" is people, not money
		{"Safe & guaranteed, 100+ boys reached", nil},
		{"500+ workers already sent, fee 50,000", []am{{50000, "PKR", "50,000"}}},
		{"200+ larke pohnch gaye", nil},
		{"100+ لڑکے پہنچ گئے", nil},
		// Urdu's own separators and marks.
		{"۲۵،۰۰۰ روپے جمع", []am{{25000, "PKR", "۲۵،۰۰۰ روپے"}}},
		{"بقیہ رقم ۳،۵۰،۰۰۰ روپے", []am{{350000, "PKR", "۳،۵۰،۰۰۰ روپے"}}},
		{"فیس ۴٬۵۰۰ روپے", []am{{4500, "PKR", "۴٬۵۰۰ روپے"}}},
		{"۱٫۲ لاکھ نقد لیے", []am{{120000, "PKR", "۱٫۲ لاکھ"}}},
		{"ڈھائی، تین لاکھ", []am{{300000, "PKR", "تین لاکھ"}}},
		{"کمرہ نمبر ۱۲، ۳۴ لوگ", nil},
		{"تنخواہ ۳۰۰۰ ریال\n۱۰۰٪ گارنٹی ویزا", []am{{3000, "SAR", "۳۰۰۰ ریال"}}},
		{"riyal 100% pakka", nil},
		// A quarter more or less than one lakh.
		{"sawa lakh ka qarz", []am{{125000, "PKR", "sawa lakh"}}},
		{"سوا لاکھ روپے", []am{{125000, "PKR", "سوا لاکھ روپے"}}},
		{"paune lakh diye", []am{{75000, "PKR", "paune lakh"}}},
		{"sawa do lakh", []am{{225000, "PKR", "sawa do lakh"}}},
		{"sawa baje aana", nil},
		// a bare number joined to a sum in lakhs or thousands is in them too
		{"in two parts, 1.5 then 1 lakh", []am{{150000, "PKR", "1.5"}, {100000, "PKR", "1 lakh"}}},
		{"do qiston mein, 1.5 phir 1 lakh", []am{{150000, "PKR", "1.5"}, {100000, "PKR", "1 lakh"}}},
		{"دو قسطوں میں، ۱.۵ پھر ۱ لاکھ", []am{{150000, "PKR", "۱.۵"}, {100000, "PKR", "۱ لاکھ"}}},
		{"50 aur 30 hazar diye", []am{{50000, "PKR", "50"}, {30000, "PKR", "30 hazar"}}},
		// Money named before an Urdu full stop does not make the number
		// after it a sum: a transaction id (blind11).
		{"جاز کیش: آپ نے ۲,۵۰۰ روپے محمد بلال ۰۳۰۱۲۲۵۶۷۸۹ کو کامیابی سے بھیج دیے۔ ٹی آئی ڈی ۷۲۱۰۰۹۳۴", []am{{2500, "PKR", "۲,۵۰۰ روپے"}}},
		{"ایجنٹ کو بھیج دیے۔ 45000", nil},
		{"میں نے ایجنٹ کو 45000 بھیج دیے۔", []am{{45000, "PKR", "45000"}}},
		{"JazzCash: you sent Rs 2,500 to Bilal. TID 72100934", []am{{2500, "PKR", "Rs 2,500"}}},
		{"jazzcash se 2,500 bhej diye. TID 72100934", []am{{2500, "PKR", "2,500"}}},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			t.Parallel()
			want := c.want
			if want == nil {
				want = []Amount{}
			}
			require.Equal(t, want, Extract(c.text).Amounts)
		})
	}
}

func TestFormatAmount(t *testing.T) {
	t.Parallel()
	require.Equal(t, "Rs 400,000", formatAmount(Amount{Value: 400000, Currency: "PKR"}))
	require.Equal(t, "AED 3,500", formatAmount(Amount{Value: 3500, Currency: "AED"}))
	require.Equal(t, "USD 999", formatAmount(Amount{Value: 999, Currency: "USD"}))
	require.Equal(t, "Rs 2,360,000", formatAmount(Amount{Value: 2360000, Currency: "PKR"}))
	require.Equal(t, "GBP 1.5", formatAmount(Amount{Value: 1.5, Currency: "GBP"}))
}

// The amounts quoted when triage's misses were measured, and neighbours:
// only the values and currencies are checked.
func TestQuotedAmounts(t *testing.T) {
	t.Parallel()
	cases := []struct {
		text string
		want []float64
	}{
		{"1.5L advance dena hoga", []float64{150000}},
		{"fees 2.5 lac", []float64{250000}},
		{"150k lagenge", []float64{150000}},
		{"Rs 3,50,000 total", []float64{350000}},
		{"2,75,000 mang raha hai", []float64{275000}},
		{"12,50,000 ka package", []float64{1250000}},
		{"ایک لاکھ اسی ہزار مانگ رہے ہیں", []float64{180000}},
		{"دو لاکھ پچیس ہزار", []float64{225000}},
		{"dedh lakh de diye", []float64{150000}},
		{"sawa do lakh mangay", []float64{225000}},
		{"dhai lakh", []float64{250000}},
		{"they want 180000 for Oman", []float64{180000}},
		{"fee 95000 hai", []float64{95000}},
		{"agent 120000 mang rahe hain", []float64{120000}},
		{"visa ke 300000 maange", []float64{300000}},
		{"۱۵۰۰۰۰ فیس", []float64{150000}},
	}
	for _, c := range cases {
		var got []float64
		for _, a := range Extract(c.text).Amounts {
			require.Equal(t, "PKR", a.Currency, c.text)
			got = append(got, a.Value)
		}
		require.Equal(t, c.want, got, c.text)
	}
}

// A bare sum a few words after an amount in a foreign currency is in that
// currency (a wage paid against the one promised, a deduction); one with a
// word of paying right after a lakh amount is in lakhs; a fee asked in
// rupees after a foreign salary, a count of months and a sum on an
// advert's next line are not carried. Rubles and Canadian dollars are
// read by name.
func TestAmountsCarryOver(t *testing.T) {
	t.Parallel()
	type vc struct {
		V float64
		C string
	}
	cases := []struct {
		text string
		want []vc
	}{
		{"Contract said 1500 riyal, I am in Jeddah now and they pay 900.", []vc{{1500, "SAR"}, {900, "SAR"}}},
		{"Qatar me contract me 1800 riyal likha tha ab yahan 1000 de rahe", []vc{{1800, "QAR"}, {1000, "QAR"}}},
		{"دبئی میں معاہدے میں ۲۰۰۰ درہم لکھے تھے، اب ۱۲۰۰ دے رہے ہیں", []vc{{2000, "AED"}, {1200, "AED"}}},
		{"60,000 rubles/month promised, getting 25,000 after deductions", []vc{{60000, "RUB"}, {25000, "RUB"}}},
		{"farm helper CAD 4,500/month, processing fee only Rs 85,000", []vc{{4500, "CAD"}, {85000, "PKR"}}},
		{"agent says 35 lakh total, 10 already paid", []vc{{3500000, "PKR"}, {1000000, "PKR"}}},
		{"Italy ka kharcha 12 lakh hai, 4 de diye hain", []vc{{1200000, "PKR"}, {400000, "PKR"}}},
		{"کل ۲۰ لاکھ طے ہوئے، ۵ دے دیے", []vc{{2000000, "PKR"}, {500000, "PKR"}}},
		{"took 2 lakh cash from me, no receipt, 5 months nothing", []vc{{200000, "PKR"}}},
		{"salary 4500 QAR, I only have to send 60,000 for his visa cost", []vc{{4500, "QAR"}, {60000, "PKR"}}},
		{"Salary 4500 AED + commission. Sirf 10,000 form fee cash", []vc{{4500, "AED"}, {10000, "PKR"}}},
		{"Salary 4500 AED\nFile charges only 45,000", []vc{{4500, "AED"}, {45000, "PKR"}}},
	}
	for _, c := range cases {
		var got []vc
		for _, a := range Extract(c.text).Amounts {
			got = append(got, vc{a.Value, a.Currency})
		}
		require.Equal(t, c.want, got, c.text)
	}
}
