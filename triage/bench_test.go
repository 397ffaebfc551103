package triage

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// longAdvert is a 4,000-character pasted advert, the longest text a person
// is expected to send: English, Roman Urdu and Urdu script, numbers,
// amounts, links and a licence.
var longAdvert = func() string {
	parts := []string{
		"URGENT HIRING!!! Gulf Star Manpower (Govt. approved) is hiring for Saudi Arabia, Dubai, Qatar and Oman. ",
		"Security guards, drivers (LTV/HTV), electricians, plumbers, masons, cleaners, cooks, waiters and helpers required. ",
		"Salary Dh3,500/month plus free housing, transport and medical. Duty 8 hours, overtime extra. ",
		"Pay Rs400,000 in advance for visa costs and airfare; the rest after arrival. 100% guaranteed visa, azad visa also available. ",
		"Visit visa available with job on arrival, work visa will be done there. Medical only from Al-Shifa Lab, Rawalpindi. ",
		"Contact on WhatsApp: 0300-1234567, +92 321 7654321, 0092 345 1112233. Email: hr.gulfstar@gmail.com. ",
		"Apply online: https://gulfstar-jobs.online/apply or bit.ly/GulfStar24 and follow @gulfstarjobs on Instagram. ",
		"Fee JazzCash/Easypaisa pe bhejein, ya Meezan Bank IBAN PK36MEZN0001234567890123 mein jama karwayen. ",
		"Saudia ke liye 8 lakh 50 hazar, Dubai ke liye 4 lakh, Qatar ke liye 3.5 lakh, Oman 2.5 lakh. Aadhe paise pehle. ",
		"Shortlisted candidates ko congratulations! Aap ka intekhab ho gaya hai, interview ki zaroorat nahi. ",
		"زیادہ تنخواہ، آسان اوقاتِ کار اور بیرونِ ملک ملازمت! سعودی عرب، دبئی اور قطر کے لیے ڈرائیور اور سیکیورٹی گارڈ کی ضرورت ہے۔ ",
		"تنخواہ ۵۰۰۰ ریال، ویزا فری، رابطہ واٹس ایپ ۰۳۱۲۳۴۵۶۷۸۹۔ فیس ساڑھے چار لاکھ روپے ایڈوانس۔ ",
		"OEP licence No. 3456/RWP. Office: Plaza 12, Murree Road, Rawalpindi. Timings 9 to 5. ",
	}
	var b strings.Builder
	for b.Len() < 4000 {
		for _, p := range parts {
			if b.Len()+len(p) > 4000 {
				break
			}
			b.WriteString(p)
		}
		if b.Len()+len(parts[0]) > 4000 {
			break
		}
	}
	return b.String()
}()

func TestLongAdvert(t *testing.T) {
	t.Parallel()
	require.InDelta(t, 4000, len(longAdvert), 200)
	e := Extract(longAdvert)
	require.Contains(t, e.Phones, "+923001234567")
	require.Contains(t, e.Phones, "+923123456789")
	require.Contains(t, e.Licences, "3456/RWP")
	require.Contains(t, e.Amounts, Amount{Value: 400000, Currency: "PKR", Text: "Rs400,000"})
	a := Assess(longAdvert, e)
	require.Equal(t, UrgencyRoutine, a.Urgency)
	ok, _ := Emergency(longAdvert)
	require.False(t, ok)
}

func BenchmarkExtractAndAssess(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(longAdvert)))
	for b.Loop() {
		Assess(longAdvert, Extract(longAdvert))
	}
}

func BenchmarkEmergency(b *testing.B) {
	msg := "Assalam o alaikum, mujhe kamre mein band kar diya hai Dubai mein, bachao! Passport bhi le liya"
	b.ReportAllocs()
	for b.Loop() {
		Emergency(msg)
	}
}

func BenchmarkEmergencyLongAdvert(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Emergency(longAdvert)
	}
}
