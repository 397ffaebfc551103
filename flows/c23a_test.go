package flows_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// A document asked for and not handed over, told in any order and with or
// without an "I" or a "but" ("نہیں بھیجی", "i stopped before submit"), is
// none given; one not given back was handed over (C23-004, C23-014).
func TestDocumentsAskedNotGivenAnyOrder(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"en", "the form asks CNIC number and passport photo, i stopped before submit", "none"},
		{"en", "they asked for my cnic pic, didn't send", "none"},
		{"en", "website requires passport scan, I did not upload it", "none"},
		{"en", "he wanted passport copy and I refused", "none"},
		{"en", "didn't send anything, they were asking for my CNIC", "none"},
		{"ur", "شناختی کارڈ کی تصویر مانگ رہے تھے، نہیں بھیجی", "none"},
		{"ur", "پاسپورٹ کی کاپی مانگی تھی، دی نہیں", "none"},
		{"ur", "فارم میں شناختی کارڈ نمبر مانگ رہے تھے، جمع نہیں کروایا", "none"},
		{"ur", "نہیں بھیجی، وہ شناختی کارڈ کی تصویر مانگ رہے تھے", "none"},
		{"ur-Latn", "cnic ki pic mang rahe the, nahi bheji", "none"},
		{"ur-Latn", "passport ki copy mangi thi, di nahi", "none"},
		{"ur-Latn", "form mein cnic number mang raha tha, submit nahi kiya", "none"},
		{"ur-Latn", "nahi bheji, wo cnic ki photo mang rahe the", "none"},
		// handed over, or kept and not given back
		{"ur-Latn", "passport manga tha, maine de diya", "passport"},
		{"en", "they asked for my passport and I sent it", "passport"},
		{"ur-Latn", "passport manga tha, ab wapas nahi de rahe", "passport"},
		{"en", "he asked for my passport and never gave it back", "passport"},
	} {
		r := at(t, flows.NodeReportDocs, c.locale, c.text)
		require.Equal(t, c.want, answers(r)["documents"], "%s: %q", c.locale, c.text)
	}
}

// Fees for different purposes listed together (registration and medical,
// visa and ticket; Roman Urdu's "or" is "aur") are the money asked, all of
// them (C23-025). Two guesses at one sum ("2 ya 3 lakh"), a sum paid
// beside one asked, or one sum said again, are not added.
func TestListedFeesAreAdded(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"ur-Latn", "25k registration or 18k medical bola tha", "Rs 43,000"},
		{"ur-Latn", "visa ke 2 lakh aur ticket ke 50 hazar", "Rs 2,50,000"},
		{"ur-Latn", "registration 25000, medical 18000", "Rs 43,000"},
		{"ur-Latn", "25 hazar registration ka aur 18 hazar medical ka mange", "Rs 43,000"},
		{"en", "25k for registration and 18k for medical", "Rs 43,000"},
		{"en", "visa 2 lakh plus ticket 50,000", "Rs 2,50,000"},
		{"en", "Rs 25,000 registration fee and Rs 18,000 medical", "Rs 43,000"},
		{"ur", "۲۵ ہزار رجسٹریشن اور ۱۸ ہزار میڈیکل کے", "Rs 43,000"},
		{"ur", "ویزا کے ۲ لاکھ اور ٹکٹ کے ۵۰ ہزار", "Rs 2,50,000"},
		{"ur", "رجسٹریشن فیس 25000 اور میڈیکل 18000 مانگے", "Rs 43,000"},
		// not a list of fees
		// a range is money asked, which sum not known (A41-0126, A42-0139:
		// "something like 3 or 4 lakh", "1 ya dairh lakh"); neither the sum
		// of both nor the first is stored
		{"ur-Latn", "2 ya 3 lakh visa ka bola tha", "yes"},
		{"ur", "ویزا کے ۲ یا ۳ لاکھ کہہ رہے تھے", "yes"},
		{"en", "they asked 2 lakh for the visa, I paid 50,000 for the ticket already", "Rs 2,00,000"},
		{"ur-Latn", "visa ke 2 lakh mange, ticket ke 50 hazar de diye", "Rs 2,00,000"},
		{"ur", "ویزا کے ۲ لاکھ مانگے، ٹکٹ کے ۵۰ ہزار دے دیے", "Rs 2,00,000"},
		{"en", "25k for registration, no sorry, 28k for registration", "Rs 28,000"},
	} {
		r := at(t, flows.NodeReportMoney, c.locale, c.text)
		assert.Equal(t, c.want, answers(r)["money_asked"], "%s: %q", c.locale, c.text)
	}
}

// A Certificate of Sponsorship handed over that turned out fake is
// document fraud, whatever was paid for it; the sum paid in pounds is
// kept in pounds (C23-006).
func TestFakeSponsorshipReport(t *testing.T) {
	t.Parallel()
	playScripts(t, `[
{"id": "cos-en", "lang": "en", "channel": "telegram", "opening": ["An agency gave me a Certificate of Sponsorship for a UK care worker visa, but the CoS turned out fake when I emailed the care home. They charged 7000 pounds, I have paid 3000 already."],
 "answers": {"report_offer": ["done"], "report_seen": ["whatsapp"], "report_recruiter": ["Brightpath Global Careers"], "report_phones": ["yes"],
  "report_phones_ask": ["03228890431"], "report_country": ["UK"], "report_money": ["7000 pounds"], "report_paid": ["yes 3000 pounds"],
  "report_paid_how": ["bank transfer"], "report_docs": ["passport copy"], "report_consent": ["yes"], "report_summary": ["yes"]},
 "asides": [], "expect": {"kind": "report", "case_type": "document_fraud", "urgency": "routine", "facts": {"money_asked": 7000, "money_asked_currency": "GBP", "paid": "yes", "paid_amount": 3000}}},
{"id": "cos-ur-Latn", "lang": "ur-Latn", "channel": "whatsapp", "opening": ["agency ne UK care visa ke liye CoS diya tha, care home ko email kiya to pata chala CoS jali hai. 7000 pound mange the, 3000 pound de chuki hun"],
 "answers": {"report_offer": ["bas"], "report_seen": ["whatsapp"], "report_recruiter": ["Brightpath Global Careers"], "report_phones": ["haan"],
  "report_phones_ask": ["03228890431"], "report_country": ["UK"], "report_money": ["7000 pound"], "report_paid": ["haan 3000 pound"],
  "report_paid_how": ["bank transfer"], "report_docs": ["passport ki copy"], "report_consent": ["haan"], "report_summary": ["haan"]},
 "asides": [], "expect": {"kind": "report", "case_type": "document_fraud", "urgency": "routine", "facts": {"money_asked": 7000, "money_asked_currency": "GBP", "paid": "yes", "paid_amount": 3000}}},
{"id": "cos-ur", "lang": "ur", "channel": "whatsapp", "opening": ["ایجنسی نے یوکے کیئر ویزا کے لیے سی او ایس دیا تھا، کیئر ہوم کو ای میل کی تو سی او ایس جعلی نکلا۔ سات ہزار پاؤنڈ مانگے تھے، تین ہزار پاؤنڈ دے چکی ہوں"],
 "answers": {"report_offer": ["بس"], "report_seen": ["واٹس ایپ"], "report_recruiter": ["برائٹ پاتھ گلوبل کیریئرز"], "report_phones": ["جی"],
  "report_phones_ask": ["03228890431"], "report_country": ["برطانیہ"], "report_money": ["7000 پاؤنڈ"], "report_paid": ["جی 3000 پاؤنڈ"],
  "report_paid_how": ["بینک ٹرانسفر"], "report_docs": ["پاسپورٹ کی کاپی"], "report_consent": ["جی"], "report_summary": ["جی"]},
 "asides": [], "expect": {"kind": "report", "case_type": "document_fraud", "urgency": "routine", "facts": {"money_asked": 7000, "money_asked_currency": "GBP", "paid": "yes", "paid_amount": 3000}}}
]`)
}
