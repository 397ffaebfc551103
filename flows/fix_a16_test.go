package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Found in answers15/16: a question at the erase question that opens with
// a question word erases nothing, however it goes on ("what exactly gets
// deleted?": "exactly" is no yes), and is told what is erased and what is
// kept; the writer's own town beside a relative abroad is not where the
// relative is; calls that would cause trouble, or a phone that is with
// them by day, make contact discreet; "only on WhatsApp" is a yes to
// being contacted; "can't talk now" skips what is happening.
func TestA16Readings(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ q, lang, text, want string }{
		{"erase", "en", "what exactly gets deleted?", `{"answer":"aside"}`},
		{"erase", "ur-Latn", "kya bilkul sab delete ho jayega?", `{"answer":"aside"}`},
		{"erase", "ur", "کیا بالکل سب کچھ ڈیلیٹ ہو جائے گا؟", `{"answer":"aside"}`},
		{"erase", "en", "yes exactly, delete it", `{"answer":"yes"}`},
		{"erase", "ur-Latn", "haan delete kar do", `{"answer":"yes"}`},
		{"help_where", "en", "my son is in Libya, in a house near Tripoli. we are in Gujrat", `{"answer":"abroad","countries":["LY"]}`},
		{"help_where", "ur-Latn", "beta Libya me hai, ham Gujrat me hain", `{"answer":"abroad","countries":["LY"]}`},
		{"help_where", "ur", "بیٹا لیبیا میں ہے، ہم گجرات میں ہیں", `{"answer":"abroad","countries":["LY"]}`},
		{"help_where", "en", "I am in Lahore", `{"answer":"pakistan"}`},
		{"help_contact", "ur-Latn", "call ki to masla ho jayega, msg kro bs", `{"answer":"discreet"}`},
		{"help_contact", "ur-Latn", "sirf raat 11 ke baad msg, din me phone unke pas hota hai", `{"answer":"discreet"}`},
		{"help_contact", "ur", "کال کی تو مسئلہ ہو جائے گا، صرف میسج کریں", `{"answer":"discreet"}`},
		{"help_contact", "en", "if you call there will be trouble, text only", `{"answer":"discreet"}`},
		{"report_consent", "en", "only on whatsapp, not a normal call", `{"answer":"yes"}`},
		{"report_consent", "ur-Latn", "sirf whatsapp pe msg kar lein", `{"answer":"yes"}`},
		{"help_what", "en", "cant talk now", `{"answer":"skip"}`},
		{"help_what", "ur-Latn", "abhi baat nahi kar sakta", `{"answer":"skip"}`},
	} {
		readsAsJSON(t, e, c.q, c.lang, c.text, c.want)
	}
}

// Found in C39: "the page calls the company X" names X; "no company" names
// no one ("no company, … his name is Adeel from 'protector office'"); an
// account's handle before a man's name is where he posts, the man
// recruits; "can i get my 35k back??" at "how much did they ask?" is a
// question, not the sum; a bare number of lakhs paid ("yes all 3.2") is
// read in the unit the sum asked was told in; "3 lakh 20 with the
// medical" is 3,20,000.
func TestC39Readings(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ q, lang, text, want string }{
		{"report_recruiter", "en", "the page calls the company Al Rayyan Manpower Qatar, a guy Faisal does all the chatting", `{"answer":"text","value":"Al Rayyan Manpower Qatar"}`},
		{"report_recruiter", "en", "they call the company Gulf Star Manpower", `{"answer":"text","value":"Gulf Star Manpower"}`},
		{"report_recruiter", "en", "no company, the whatsapp guy said his name is Adeel from 'protector office'", `{"answer":"text","value":"Adeel"}`},
		{"report_recruiter", "ur", "کوئی کمپنی نہیں، اس کا نام عدیل ہے", `{"answer":"text","value":"عدیل"}`},
		{"report_recruiter", "ur-Latn", "tiktok id @saudi_jobs_official_pk, naam Qari Usman batata h", `{"answer":"text","value":"Qari Usman"}`},
		{"report_money", "en", "can i get my 35k back??", `{"answer":"aside"}`},
		{"report_money", "ur-Latn", "mere 50 hazar wapis milenge?", `{"answer":"aside"}`},
		{"report_money", "ur", "کیا میرے پچاس ہزار واپس ملیں گے؟", `{"answer":"aside"}`},
		{"report_money", "en", "they asked 2 lakh, can I get it back?", `{"answer":"amount","amount":{"value":200000,"currency":"PKR"}}`},
		{"report_money", "en", "3 lakh. no wait it was 3 lakh 20 with the medical", `{"answer":"amount","amount":{"value":320000,"currency":"PKR"}}`},
	} {
		readsAsJSON(t, e, c.q, c.lang, c.text, c.want)
	}
	for _, c := range []struct{ locale, text, want string }{
		{"en", "yes all 3.2", "Rs 3,20,000"},
		{"ur-Latn", "ji 2.5 diye", "Rs 2,50,000"},
		{"ur", "جی ۳ دیے", "Rs 3,00,000"},
	} {
		s := flows.AtQuestion(flows.NodeReportPaid, c.locale)
		s.Draft.Answers["money_asked"] = "Rs 3,20,000"
		res := e.Step(s, flows.Input{Text: c.text, MessageID: 9, Reference: "HSY-A16PAY"}, t0)
		require.Equal(t, c.want, res.State.Draft.Answers["paid_amount"], "%s: %q", c.locale, c.text)
	}
}
