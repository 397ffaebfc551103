package triage

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/lang"
)

func TestPhones(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, text string
		want       []string
	}{
		{"dashed mobile", "0300-1234567", []string{"+923001234567"}},
		{"international spaced", "+92 300 1234567", []string{"+923001234567"}},
		{"double zero prefix", "0092 300 1234567", []string{"+923001234567"}},
		{"double zero run together", "00923001234567", []string{"+923001234567"}},
		{"92 without plus", "923001234567 pe call karo", []string{"+923001234567"}},
		{"urdu digits", "۰۳۰۰۱۲۳۴۵۶۷", []string{"+923001234567"}},
		{"arabic-indic digits", "٠٣٠٠١٢٣٤٥٦٧", []string{"+923001234567"}},
		{"inside text", "rabta karein 03001234567 par, shukriya", []string{"+923001234567"}},
		{"brackets", "(0300) 123 4567", []string{"+923001234567"}},
		{"bidi marks around", "\u200f۰۳۰۰\u200f-\u200f۱۲۳۴۵۶۷\u200f", []string{"+923001234567"}},
		{"zero-width inside", "0300\u200b1234567", []string{"+923001234567"}},
		{"landline islamabad", "MoFA CMU 051-9207887", []string{"+92519207887"}},
		{"saudi international", "call +966 50 123 4567", []string{"+966501234567"}},
		{"uae double zero", "00971 50 123 4567", []string{"+971501234567"}},
		{"saudi national with country named", "Saudia wala number 050 123 4567 hai", []string{"+966501234567"}},
		{"two side by side", "0300-1234567 0321-7654321", []string{"+923001234567", "+923217654321"}},
		{"amount before number", "Rs 5000 0300 1234567", []string{"+923001234567"}},
		{"de-duplicated in order", "0321-7654321, 0300-1234567, +923217654321", []string{"+923217654321", "+923001234567"}},
		{"urdu full stop as dash", "صرف واٹس ایپ کریں ۰۳۴۵۔۷۷۱۲۰۹۸", []string{"+923457712098"}},
		{"urdu full stop in roman urdu", "sirf whatsapp 0321۔4408762 pe", []string{"+923214408762"}},
		{"en dash", "call 0333–9081246 today", []string{"+923339081246"}},
		{"urdu full stop ends the sentence", "نمبر ۰۳۰۰۱۲۳۴۵۶۷۔ شکریہ", []string{"+923001234567"}},
		{"sum then full stop then number", "تنخواہ ۱۲۰۰۔ ۰۳۰۰۱۲۳۴۵۶۷", []string{"+923001234567"}},
		{"too short", "0300-12345", nil},
		{"invalid prefix", "0123-4567890", nil},
		{"cnic dashed is not a phone", "CNIC 35202-1234567-1", nil},
		{"cnic plain is not a phone", "3520212345671", nil},
		{"date is not a phone", "12-05-2024 ko interview", nil},
		{"amount is not a phone", "Rs 4,00,000 advance", nil},
		{"iban is not a phone", "PK36SCBL0000001123456702", nil},
		{"licence is not a phone", "License # 1234/LHR", nil},
		{"wa.me link", "wa.me/923001112233", []string{"+923001112233"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			require.Equal(t, orEmpty(c.want), Extract(c.text).Phones)
		})
	}
}

func TestLinksAndHandles(t *testing.T) {
	t.Parallel()
	cases := []struct {
		text          string
		urls, handles []string
	}{
		{"Apply: https://Jobs-Saudia.COM/Apply.", []string{"https://jobs-saudia.com/Apply"}, nil},
		{"visit jobs-saudia.com/apply, then pay", []string{"jobs-saudia.com/apply"}, nil},
		{"link (bit.ly/3xYzAB) dekhein", []string{"bit.ly/3xYzAB"}, nil},
		{"www.gulf-jobs.pk/ par", []string{"www.gulf-jobs.pk"}, nil},
		{"facebook.com/pages/GulfJobs786 and @gulfjobs786", []string{"facebook.com/pages/GulfJobs786"}, []string{"@gulfjobs786"}},
		{"email hr.qatar@gmail.com only", nil, nil},
		{"Rs.400 No.3456 U.A.E e.g. Mr.Khan", nil, nil},
		{"@GulfJobs786, @gulfjobs786!", nil, []string{"@gulfjobs786"}},
		{"t.me/europejobs2025 پر رابطہ", []string{"t.me/europejobs2025"}, nil},
	}
	for _, c := range cases {
		e := Extract(c.text)
		require.Equal(t, orEmpty(c.urls), e.URLs, c.text)
		require.Equal(t, orEmpty(c.handles), e.Handles, c.text)
	}
}

func TestLicences(t *testing.T) {
	t.Parallel()
	cases := []struct {
		text string
		want []string
	}{
		{"OEP licence No. 3456/RWP", []string{"3456/RWP"}},
		{"License # 1234/lhr", []string{"1234/LHR"}},
		{"لائسنس نمبر 2345/KHI", []string{"2345/KHI"}},
		{"لائسنس نمبر ۲۳۴۵/KHI", []string{"2345/KHI"}},
		{"Lic. 0987 / PWR and OEP 3785/RWP", []string{"0987/PWR", "3785/RWP"}},
		{"promoter 4321/ISB", []string{"4321/ISB"}},
		{"licence 12/05/2024", nil},
		{"licence 0300-1234567", nil},
		{"24/7 service, 1/kg", nil},
		{"rate 5/hr", nil},
		// the city code written as the names of its letters in Urdu script
		{"لائسنس نمبر ۱۲۳۴/آر ڈبلیو پی، کویت کے لیے", []string{"1234/RWP"}},
		{"لائسنس نمبر ۲۴۱۱/ایل ایچ آر ہے", []string{"2411/LHR"}},
		{"او ای پی ۳۰۲۱ / ایم ایل این", []string{"3021/MLN"}},
		{"1500/کے ایچ آئی", []string{"1500/KHI"}},
		{"لائسنس ۷۷/ایس کے ایس", []string{"77/SKS"}},
		{"میں نے ۲۰ / ۳۰ دن انتظار کیا", nil},
		{"۱۲/بی بلاک میں دفتر", nil},
	}
	for _, c := range cases {
		require.Equal(t, orEmpty(c.want), Extract(c.text).Licences, c.text)
	}
}

func TestPaymentsAndCountries(t *testing.T) {
	t.Parallel()
	cases := []struct {
		text                string
		payments, countries []string
	}{
		{"jazz cash ya easy paisa", []string{"jazzcash", "easypaisa"}, nil},
		{"جاز کیش اور ایزی پیسہ", []string{"jazzcash", "easypaisa"}, nil},
		{"cash in hand, naqad", []string{"cash"}, nil},
		{"Western Union se bhejo, ya hundi", []string{"western_union", "hawala"}, nil},
		{"IBAN PK36 SCBL 0000 0011 2345 6702", []string{"bank"}, nil},
		{"bank transfer to account number 123", []string{"bank"}, nil},
		{"Saudi Arabia, saudia, سعودی عرب, KSA", nil, []string{"SA"}},
		{"dubai, دبئی, Abu Dhabi, qatar, قطر", nil, []string{"AE", "QA"}},
		{"Pakistan se Oman", nil, []string{"OM"}},
		{"bahar jana hai, Bahrain nahi", nil, []string{"BH"}},
		{"us se baat karo, in logon se", nil, nil},
	}
	for _, c := range cases {
		e := Extract(c.text)
		require.Equal(t, orEmpty(c.payments), e.Payments, c.text)
		require.Equal(t, orEmpty(c.countries), e.Countries, c.text)
	}
}

// A spelled city code's span ends after its last letter's name, when a
// name comes twice too ("ایس کے ایس"), so the masked text keeps no part of it.
func TestSpelledLicenceSpan(t *testing.T) {
	t.Parallel()
	s := lang.Fold(lang.NumberMarks("لائسنس ۷۷/ایس کے ایس ہے")).S
	l := findSpelledLicences(s)
	require.Len(t, l, 1)
	require.Equal(t, "77/SKS", l[0].norm)
	require.True(t, strings.HasSuffix(s[:l[0].j], "ایس کے ایس"), "span ends after the last name: %q", s[l[0].i:l[0].j])
}
