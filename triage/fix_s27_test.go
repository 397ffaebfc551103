package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Visas "opened" for a country (a forwarded offer: "Japan ne 3 lakh
// Pakistanion ke liye visa khol diye") are no paper handed to anyone; a
// visa or a medical report that was handed over and that its issuer says
// it never issued is a forged paper; a passport kept while the worker is
// made to work ("پاسپورٹ رکھ کر ... کام کروایا") is taken; "first finish
// the loan" before one may go home is debt bondage.
func TestSession27PapersAndDebt(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, caseType, urgency string }{
		{"ye msg har group me chal raha hai: 'JAPAN ne 3 lakh Pakistanion ke liye visa khol diye, registration fee sirf 2500, isi number pe easypaisa karein 0349 1185620' upar Japan govt ka logo bhi laga hai. logon ko batao ye fake hai", CaseJobOfferSuspicious, UrgencyRoutine},
		{"Qatar ne Pakistan ke liye 50 hazar visa khol diye hain, 5000 fee jazzcash karein 0301 5567123", CaseJobOfferSuspicious, UrgencyRoutine},
		{"ایجنٹ نے میرے بیٹے کو سعودی عرب کا ویزا اور میڈیکل رپورٹ دی۔ ہم میڈیکل سینٹر گئے تو انہوں نے بتایا کہ یہ رپورٹ ہمارے ہاں سے جاری ہی نہیں ہوئی، اور ویزا نمبر بھی سعودی ویب سائٹ پر نہیں مل رہا۔ ایک لاکھ نوے ہزار لے چکا ہے۔", CaseDocumentFraud, UrgencyRoutine},
		{"agent ne Oman ka visa diya, 2 lakh liye. embassy walon ne kaha ye visa to jari hi nahi hua", CaseDocumentFraud, UrgencyRoutine},
		{"He gave my son a work permit for Romania and took 6 lakh. The embassy says the permit was not issued by them", CaseDocumentFraud, UrgencyRoutine},
		{"میری بیوی کو ۲۰۲۲ میں عمان گھریلو ملازمہ بنا کر بھیجا گیا، وہاں پاسپورٹ رکھ کر دو سال بغیر تنخواہ کام کروایا۔ اب وہ گھر واپس آ گئی ہے۔ بھیجنے والی عورت نسیم اب بھی گاؤں سے عورتیں بھیج رہی ہے", CaseTrafficking, UrgencyRoutine},
		{"Plz tell my abbu I am ok but I cant come home, they say first finish the loan. Gate is always locked from outside and Baji keeps my phone, I am using the cook's. Faisalabad, big white house near Canal Road. Dont call this number", CaseForcedLabour, UrgencyEmergency},
	} {
		r := Read(c.text)
		require.Equal(t, c.caseType, r.CaseType, "%q", c.text)
		require.Equal(t, c.urgency, r.Urgency, "%q", c.text)
	}
	// a CoS invoiced and never issued is no paper handed over (C64-002)
	r := Read("They sent an invoice of GBP 7,000 for the Certificate of Sponsorship. I transferred Rs 9,50,000 as first instalment. When I contacted the care home directly they said they never issued any CoS to me")
	require.NotEqual(t, CaseDocumentFraud, r.CaseType)
}
