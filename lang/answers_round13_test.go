package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A name given after the words that say what it is the name of, or how
// it names itself (round C13: "it calls itself X", "اکاؤنٹ کا نام X ہے",
// "naam to X likha hai").
func TestNameOfAccountOrSelf(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]string{
		"it calls itself Bureau of Emigration Online Registration Cell": "Bureau of Emigration Online Registration Cell",
		"they call it Gulf Jobs Centre":                                 "Gulf Jobs Centre",
		"the page calls itself Gulf Jobs Centre":                        "Gulf Jobs Centre",
		"the site calls itself OEC Registration Desk":                   "OEC Registration Desk",
		"it goes by the name Gulf Jobs Centre":                          "Gulf Jobs Centre",
		"the account name is Europe Dreams 786":                         "Europe Dreams 786",
		"account ka naam Europe Dreams 786 hai":                         "Europe Dreams 786",
		"tiktok id ka naam Europe Dreams 786":                           "Europe Dreams 786",
		"naam to Overseas Employment Corporation likha hai":             "Overseas Employment Corporation",
		"website apne aap ko OEC kehti hai":                             "OEC",
		"اکاؤنٹ کا نام یورپ ڈریمز ۷۸۶ ہے":                               "یورپ ڈریمز ۷۸۶",
		"چینل کا نام گلف جابز ہے":                                       "گلف جابز",
		"ویب سائٹ خود کو بیورو آف امیگریشن کہتی ہے":                     "بیورو آف امیگریشن",
		// neighbours: a name that begins with such a word keeps it
		"Site Engineers Ltd":    "Site Engineers Ltd",
		"Account Manager Bilal": "Account Manager Bilal",
		"Channel Nine Travels":  "Channel Nine Travels",
		"Profile Manpower":      "Profile Manpower",
		"Toyota Motors":         "Toyota Motors",
	} {
		require.Equal(t, want, r.Read(text).Name(), text)
	}
}

// The last of an offer with "that's all" after it (round C13: "link tha
// oec-jobs-gov.online, bas"): more of the offer, and the end of it.
func TestEndsDone(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]bool{
		"link tha oec-jobs-gov.online, bas":         true,
		"his number is 0300 1234567. that's all":    true,
		"he also took my passport. nothing more":    true,
		"the site was gulfjobs.pk, thats it":        true,
		"they took 50000, nothing else":             true,
		"office saddar me hai, bas itna hi":         true,
		"unka office kharian me hai. aur kuch nahi": true,
		"دفتر صدر میں ہے، بس":                       true,
		"یہ لنک تھا، اور کچھ نہیں":                  true,
		"نمبر ۰۳۰۰۱۲۳۴۵۶۷ تھا۔ بس اتنا ہی":          true,
		// neighbours: done alone, done that is not the end, done of
		// something else
		"bas":                         false,
		"nahi bas, yehi tha":          false,
		"no, that's all":              false,
		"paise de diye, kaam ho gaya": false,
		"passport le liya, bas passport copy bhejo": false,
		"bas passport copy bhejo":                   false,
		"پیسے دے دیے، کام ہو گیا":                   false,
	} {
		require.Equal(t, want, r.Read(text).EndsDone(), text)
	}
}

// How to be reached (round C13): a message-only wish with "here" said
// beside it is here, not care ("here in sms only"); a time said to be
// fine as well is no wish for care ("رات کو بھی چلے گا").
func TestContactHereOnlyAndTimeToo(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]string{
		"here in sms only, cant talk on phone in camp": "here",
		"only text here please":                        "here",
		"sms here only":                                "here",
		"yahin sirf msg karein":                        "here",
		"isi chat pe sirf message":                     "here",
		"یہیں صرف میسج کریں":                           "here",
		"اسی نمبر پر صرف میسج کریں":                    "here",
		"میرے نمبر پر کال کر لیں، رات کو بھی چلے گا":       "number",
		"call me on my number, even at night is ok":        "number",
		"call me, at night too":                            "number",
		"raat ko bhi call kar lena":                        "number",
		"mere number pe call karo, shaam ko bhi theek hai": "number",
		// neighbours: message only, or a time alone, is care
		"sms only pls, dont call":              "discreet",
		"only sms, they check phones":          "discreet",
		"sirf sms, munshi phone dekhta hai":    "discreet",
		"صرف میسج کریں، اس کے ابو کو نہیں پتا": "discreet",
		"raat ko call karna":                   "discreet",
		"call only at night":                   "discreet",
		"فون صرف رات کو کریں":                  "discreet",
		"فون نہ کریں، منشی دیکھ لیتا ہے۔ چپکے سے صرف میسج": "discreet",
	} {
		got, _ := r.Read(text).Option("contact", "none", "number", "discreet", "here")
		require.Equal(t, want, got, text)
	}
}

// "band" of a firm, phone or shop is closed, not locked in (round C13:
// "company band ho gayi, 3 mahine ki tankhwa nahi mili").
func TestWhatClosedIsNotLockedIn(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]string{
		"company band ho gayi, 3 mahine ki tankhwa nahi mili, visa bhi khatam hone wala hai, khane ke paise nahi": "unpaid",
		"kampni band hai 4 mahine se salary nahi":           "unpaid",
		"کمپنی بند ہو گئی ہے، تین مہینے سے تنخواہ نہیں ملی": "unpaid",
		"the company is closed, no salary 3 months":         "unpaid",
		"company band ho gayi":                              "",
		// neighbours: kept shut in is locked in
		"kamre me band kar dete hain":                 "locked_in",
		"they keep her locked in a room":              "locked_in",
		"اسے کمرے میں بند رکھتے ہیں":                  "locked_in",
		"band kar ke rakha hai":                       "locked_in",
		"hum camp me band hain, bahar nahi jane dete": "locked_in",
		"company ne band kar diya camp me":            "locked_in",
	} {
		got, _ := r.Read(text).Option("what")
		require.Equal(t, want, got, text)
	}
}

// A receipt not given is no payment denied ("cash diya tha, raseed nahi
// di", round C13); money not given still is.
func TestReceiptNotGivenIsNoDenial(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, text := range []string{
		"cash diya tha haath me, raseed nahi di",
		"paise diye the, rasid nahi mili",
		"cash, in his office, no receipt",
		"paid cash, he gave no receipt",
		"نقد دیے تھے ہاتھ میں، رسید نہیں دی",
		"پیسے دیے، رسید نہیں ملی",
	} {
		require.NotEqual(t, PolarNo, r.Read(text).PaidDone(), text)
	}
	// neighbours: the money itself not given
	for _, text := range []string{"paise nahi diye", "I did not pay anything", "پیسے نہیں دیے"} {
		require.Equal(t, PolarNo, r.Read(text).PaidDone(), text)
	}
	for text, want := range map[string]bool{
		"50 hazar JazzCash pe bheje": true,
		"تین لاکھ نقد دیے":           true,
		"paid two lakh in cash":      true,
		"cash diya tha haath me":     false,
		"نقد دیے تھے ہاتھ میں":       false,
		"gave it by hand":            false,
	} {
		require.Equal(t, want, r.Read(text).SaysSum(), text)
	}
}

// Held until a debt is paid is debt (round C13: "they cant work anywhere
// else till its paid"), with the negation that belongs to it; money an
// agent took is not.
func TestWhatHeldTillPaidIsDebt(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]string{
		"they took 2 lakh advance 3 years ago, now owner says its 5 lakh. he took their id cards and says they cant work anywhere else till its paid. munshi threatens my uncle": "debt",
		"they won't let us go until the money is repaid":                                "debt",
		"they can't leave until the loan is paid":                                       "debt",
		"unhone 2 lakh advance liya tha, jab tak paise wapas nahi karte jane nahi deta": "debt",
		"malik kehta hai jab tak qarza nahi utarta kahin nahi ja sakte":                 "debt",
		"jab tak paise nahi lautate yahin rehna hoga":                                   "debt",
		"دو لاکھ ایڈوانس لیا تھا، اب مالک کہتا ہے پانچ لاکھ ہو گئے، جب تک ادا نہیں کرتے جانے نہیں دیتا": "debt",
		"جب تک قرضہ نہیں اترتا کہیں نہیں جا سکتے":                                                       "debt",
		// neighbours
		"agent ne 2 lakh advance liya aur bhag gaya":      "money_taken",
		"the agent took advance of 50000 and disappeared": "money_taken",
		"jab tak visa nahi aata wait karo":                "",
		"he said wait until the visa is cleared":          "",
	} {
		got, _ := r.Read(text).Option("what")
		require.Equal(t, want, got, text)
	}
}

// A phone off is money taken when it is the agent's ("agent ka phone band
// hai"); of the one at risk it is no news (round C13: a boat, "ab phone
// band hai").
func TestWhatAgentsPhoneOff(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]string{
		"agent ka phone band hai":                          "money_taken",
		"agent ne paise le liye ab uska phone band hai":    "money_taken",
		"ایجنٹ کا فون بند ہے":                              "money_taken",
		"the agent phone is off":                           "money_taken",
		"agent took money, now phone is off":               "money_taken",
		"2 din pehle akhri msg aya tha, ab phone band hai": "",
		"دو دن سے اس کا فون بند ہے":                        "",
		"his phone is off for two days":                    "",
	} {
		got, _ := r.Read(text).Option("what")
		require.Equal(t, want, got, text)
	}
}
