package flows_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
	"github.com/hoshyar/hoshyar/lang"
)

// Found in C38: an employer who ran off ("malik bhag gaya", "the factory
// owner ran away") leaves workers stranded, a plea for help, while an
// agent who ran off with the money is still the agent's report; "can they
// cancel their licence?" asked mid-report is a question for the officer,
// not a licence to check; a way of paying refused ("cash, they refused
// bank transfer") is not how it was paid.
func TestC38Readings(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ q, lang, text, want string }{
		{"menu", "ur-Latn", "salam ji mai malaysia kuala lumpur me hun, jis factory me kaam tha wo band ho gayi hai 2 mahine se, malik bhag gaya. na tankha mili na ticket", `{"answer":"intent","intent":"help"}`},
		{"menu", "en", "I am in Riyadh, the company owner ran away and we have no salary for 3 months, 20 of us", `{"answer":"intent","intent":"help"}`},
		{"menu", "ur", "ہم دبئی میں ہیں، کمپنی کا مالک بھاگ گیا ہے، چار مہینے سے تنخواہ نہیں ملی", `{"answer":"intent","intent":"help"}`},
		{"menu", "ur-Latn", "agent 3 lakh le kar bhag gaya, visa bhi nahi diya", `{"answer":"intent","intent":"report"}`},
		{"report_offer", "en", "Can the Protector office cancel their licence?", `{"answer":"aside"}`},
		{"report_offer", "ur-Latn", "kya inka licence cancel ho sakta hai?", `{"answer":"aside"}`},
		{"report_offer", "ur", "کیا ان کا لائسنس منسوخ ہو سکتا ہے؟", `{"answer":"aside"}`},
		{"menu", "en", "is licence 3345/LHR valid?", `{"answer":"intent","intent":"verify"}`},
		{"report_paid", "en", "yes 3.8 lakh cash, they refused bank transfer", `{"answer":"yes","amount":{"value":380000,"currency":"PKR"},"how":"cash"}`},
		{"report_paid", "ur-Latn", "ji 50 hazar cash diye, easypaisa nahi liya unhon ne", `{"answer":"yes","amount":{"value":50000,"currency":"PKR"},"how":"cash"}`},
		{"report_paid", "ur", "جی ایک لاکھ نقد دیے، بینک سے انکار کر دیا تھا", `{"answer":"yes","amount":{"value":100000,"currency":"PKR"},"how":"cash"}`},
		{"report_paid", "en", "yes 50k by bank transfer", `{"answer":"yes","amount":{"value":50000,"currency":"PKR"},"how":"bank"}`},
	} {
		readsAsJSON(t, e, c.q, c.lang, c.text, c.want)
	}
}

// A firm's name does not reach back over the end of a sentence ("… an OEP
// in Karachi. Pak Gulf Manpower (licence …)"); an abbreviation's full stop
// is part of it ("Ch. Travels", "Star Manpower Pvt. Ltd").
func TestC38FirmAfterASentence(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]string{
		"Complaint against a licensed OEP in Karachi. Pak Gulf Manpower (licence 1542/KHI) took my money": "Pak Gulf Manpower",
		"We went to Lahore. Crescent Link Overseas took 2 lakh":                                           "Crescent Link Overseas",
		"Star Manpower Pvt. Ltd in Rawalpindi":                                                            "Star Manpower Pvt. Ltd",
	} {
		got := lang.FirmNames(text)
		require.NotEmpty(t, got, text)
		require.Equal(t, want, got[0], text)
	}
}

// A man named beside a firm: the firm is the recruiter, the man kept
// beside it (C38-001, C38-019, C38-029); a kind of business is no firm
// ("some travel agency", "mobile shop, no agency board", "azhar travel
// shop"), so the man stays the recruiter.
func TestC38FirmIsTheRecruiter(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want, also string }{
		{"ur-Latn", "Chaudhry Nadeem, Al Madina Travels, Kachehri road Gujrat", "Al Madina Travels", "Chaudhry Nadeem"},
		{"ur-Latn", "Zeeshan naam hai, 'Z-Tech Recruitment' bolta hai", "Z-Tech Recruitment", ""},
		{"ur", "وقاص علی، اپنے دفتر کا نام اسٹار ٹریولز بتاتا ہے", "اسٹار ٹریولز", "وقاص علی"},
		{"en", "Chaudhry Nadeem. He has no office, says he works with some travel agency in Gujrat but won't tell the name", "Chaudhry Nadeem", ""},
		{"en", "Malik Shafqat. he has mobile shop no agency board", "Malik Shafqat", ""},
		{"en", "Malik Azhar Iqbal, azhar travel shop bhalwal", "Malik Azhar Iqbal", ""},
	} {
		a := answers(at(t, flows.NodeReportRecruiter, c.locale, c.text))
		require.Equal(t, c.want, a["recruiter"], "%s: %q", c.locale, c.text)
		if c.also != "" {
			require.Contains(t, a[flows.SlotRecruiterAlso], c.also, "%s: %q: also named", c.locale, c.text)
		}
	}
	// from an opening: the firm inferred, the man "from" it kept beside it
	e := realEngine()
	res := e.Step(flows.State{}, flows.Input{Text: "Malik Tariq from Al-Madina Travels said saudi driver visa with iqama, total 6 lakh. we gave him 4.5 lakh cash", MessageID: 1, Reference: "HSY-C38FRM"}, t0)
	require.Equal(t, "Al-Madina Travels", res.State.Draft.Inferred["recruiter"])
	require.Equal(t, "Malik Tariq", res.State.Draft.Inferred[flows.SlotRecruiterAlso])
}

// Found in C39: a check whose advert names a firm but gives no number asks
// for the number once, whichever message brought the advert (C39-022);
// "kya khatra h" (what danger there is) about a smuggler's boys is no
// plea, and boys he is getting ready to send are a journey ahead: the
// smuggler's report (C39-029).
func TestC39CheckAsksNumberAndSmugglersBoys(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, ask, advert string }{
		{"ur", "یہ اشتہار اصلی ہے؟", "✈️ سعودیہ فیملی ویزا ✈️\nآزاد ویزا، ١٠٠٪ گارنٹی ✅\nصرف ساڑھے چار لاکھ\nالنور ٹریولز گوجرانوالہ"},
		{"en", "is this ad real?", "SAUDI FAMILY VISA\nAzad visa 100% guarantee\nOnly 4.5 lakh\nAl Noor Travels Gujranwala"},
		{"ur-Latn", "ye ad asli hai?", "SAUDI FAMILY VISA\nazad visa 100% guarantee\nsirf sadhe 4 lakh\nAl Noor Travels Gujranwala"},
	} {
		st, _ := typeAs(t, false, c.ask, c.advert)
		require.Equal(t, flows.NodeVerify, st.Node, c.locale)
		_, out := typeAs(t, false, c.ask, c.advert)
		asked := strings.Contains(out, texts.T(c.locale, "verify_phone_q", nil)) || strings.Contains(out, texts.T(c.locale, "verify_again_number_q", nil)) ||
			strings.Contains(out, texts.T(c.locale, "verify_again_q", nil))
		require.True(t, asked, "%s: its number is asked for\n%s", c.locale, out)
		st, _ = typeAs(t, false, c.ask, c.advert, "+966 55 284 1093")
		require.NotEqual(t, flows.NodeVerify, st.Node, c.locale)
	}
	for _, c := range []struct{ q, lang, text, want string }{
		{"menu", "ur-Latn", "bhai hamare mohalle me ek agent h jo larkon ko kashti se italy bhejta h, 25 lakh leta h. pichle saal isi ke bheje 2 larke doob gaye the. ab phir se 4-5 larke tayar kr raha h, unki maaon ko bhi pata nai k kya khatra h", `{"answer":"intent","intent":"report"}`},
		{"menu", "en", "a man in our area sends boys by boat to Italy for 25 lakh, last year two drowned. now he is getting more boys ready, their mothers dont know how dangerous it is", `{"answer":"intent","intent":"report"}`},
		{"menu", "ur-Latn", "mera bhai kashti me hai, khatra hai, madad karo", `{"answer":"intent","intent":"help"}`},
	} {
		readsAsJSON(t, realEngine(), c.q, c.lang, c.text, c.want)
	}
}
