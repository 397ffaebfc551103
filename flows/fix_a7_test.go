package flows_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Found in the unseen typed answers test7 (A7): an answer that changes its
// mind is read by what it settles on, for every kind of answer (a yes or
// no, an option, a wish, a name, a place); and more wordings of don't
// know, skip, thanks and asides. Each row is judged as the answers corpus
// judges its rows.
func TestA7LastSaidWins(t *testing.T) {
	t.Parallel()
	e := realEngine()
	type want struct{ answer, value, aside, field, intent string }
	for _, c := range []struct {
		node, locale, text string
		want               want
	}{
		// a yes or no taken back (A7-0198, A7-0345, A7-0357, A7-0344)
		{"report_consent", "ur-Latn", "haan... nahi rehne do, dar lagta hai", want{answer: "no"}},
		{"report_consent", "ur-Latn", "ji kar lein... nai nai, rehne dein", want{answer: "no"}},
		{"report_consent", "en", "yes... no actually, better not", want{answer: "no"}},
		{"report_consent", "en", "ok sure. no wait, keep me anonymous", want{answer: "no"}},
		{"report_consent", "ur", "جی... نہیں رہنے دیں، ڈر لگتا ہے", want{answer: "no"}},
		{"report_consent", "ur", "ہاں... نہیں نہیں، رابطہ نہ کریں", want{answer: "no"}},
		{"report_consent", "ur-Latn", "nahi... acha theek hai, haan kar lein rabta", want{answer: "yes"}},
		{"erase", "en", "yes... no actually, don't, the FIA still has my case", want{answer: "no"}},
		{"erase", "en", "yes. no wait, keep it", want{answer: "no"}},
		{"erase", "en", "no wait, keep it, i still need help", want{answer: "no"}},
		{"erase", "ur-Latn", "haan... nahi ruko, report to rehne do", want{answer: "no"}},
		{"erase", "ur-Latn", "ji delete... nai nai rehne do", want{answer: "no"}},
		{"erase", "ur", "ہاں... نہیں رکو، رہنے دیں", want{answer: "no"}},
		{"erase", "ur", "جی... نہیں نہیں، ڈیٹا رہنے دیں", want{answer: "no"}},
		{"erase", "en", "hmm not sure... ok yes delete", want{answer: "yes"}},
		{"erase", "en", "dont know... yes, delete it", want{answer: "yes"}},
		{"erase", "ur-Latn", "pata nahi... haan kar do delete", want{answer: "yes"}},
		{"erase", "ur", "پتا نہیں... ہاں ڈیلیٹ کر دیں", want{answer: "yes"}},
		// an option taken back (A7-0055)
		{"report_seen", "ur-Latn", "whatsapp pe dekha tha... nahi ghalat, facebook pe dekha tha", want{answer: "facebook"}},
		{"report_seen", "ur-Latn", "tiktok pe... nahi, facebook group me tha", want{answer: "facebook"}},
		{"report_seen", "en", "saw it on whatsapp... no sorry, it was facebook", want{answer: "facebook"}},
		{"report_seen", "en", "tiktok. no wait, it was a facebook page", want{answer: "facebook"}},
		{"report_seen", "ur", "واٹس ایپ پر دیکھا تھا... نہیں غلط، فیس بک پر تھا", want{answer: "facebook"}},
		{"report_seen", "ur", "ٹک ٹاک... نہیں نہیں، فیس بک پر", want{answer: "facebook"}},
		// a wish taken back (A7-0019)
		{"menu", "ur-Latn", "report krni hai.. nai ruko pehle check krna hai k agent asli hai", want{intent: "verify"}},
		{"menu", "en", "i want to report... no wait, first check if this agent is real?", want{intent: "verify"}},
		{"menu", "ur", "رپورٹ کرنی ہے... نہیں رکیں، پہلے تصدیق کریں کہ ایجنٹ اصلی ہے؟", want{intent: "verify"}},
		// a name taken back (A7-0077)
		{"report_recruiter", "ur-Latn", "Raza Manpower... nahi Raza Overseas, Manpower doosri wali thi", want{answer: "text", value: "Raza Overseas"}},
		{"report_recruiter", "ur-Latn", "Al Noor Travels... nahi Al Huda Travels", want{answer: "text", value: "Al Huda Travels"}},
		{"report_recruiter", "en", "Raza Manpower... no sorry, Raza Overseas", want{answer: "text", value: "Raza Overseas"}},
		{"report_recruiter", "en", "Star Travels, i mean Star Overseas", want{answer: "text", value: "Star Overseas"}},
		{"report_recruiter", "ur", "رضا مین پاور... نہیں نہیں، رضا اوورسیز", want{answer: "text", value: "رضا اوورسیز"}},
		// a place taken back (A7-0245, A7-0260)
		{"help_place", "en", "Dubai, Al Quoz... no sorry, Al Qusais", want{answer: "text", value: "Dubai, Al Qusais"}},
		{"help_place", "en", "Riyadh, Olaya... sorry I mean Malaz", want{answer: "text", value: "Riyadh, Malaz"}},
		{"help_place", "ur-Latn", "Erbil Iraq... nahi nahi, Sulaymaniyah", want{answer: "text", value: "Sulaymaniyah"}},
		{"help_place", "ur-Latn", "Jeddah, Sharafia... nahi sorry, Aziziya", want{answer: "text", value: "Jeddah, Aziziya"}},
		{"help_place", "ur", "دبئی، القوز... نہیں معاف کیجیے، القصیص", want{answer: "text", value: "دبئی، القصیص"}},
		{"help_place", "ur", "اربیل... نہیں نہیں، سلیمانیہ", want{answer: "text", value: "سلیمانیہ"}},
		// a name half remembered, then guessed (A7-0067)
		{"report_recruiter", "en", "mr Tariq something, maybe Tariq Mehmood", want{answer: "text", value: "Tariq Mehmood"}},
		{"report_recruiter", "ur-Latn", "Tariq kuch tha, shayad Tariq Mehmood", want{answer: "text", value: "Tariq Mehmood"}},
		{"report_recruiter", "ur", "طارق کچھ، شاید طارق محمود", want{answer: "text", value: "طارق محمود"}},
		// not changed: an English "no" before a word denies it
		{"report_docs", "en", "I typed my CNIC number into their form, no passport", want{answer: "cnic"}},
		{"report_seen", "en", "I think it was whatsapp, not facebook", want{answer: "whatsapp"}},
	} {
		var a labelled
		a.ID, a.Question, a.Lang, a.Text = "A7-T", c.node, c.locale, c.text
		a.Want.Answer, a.Want.Value, a.Want.Aside, a.Want.Field, a.Want.Intent = c.want.answer, c.want.value, c.want.aside, c.want.field, c.want.intent
		if c.node == "menu" {
			a.Want.Answer = "intent"
		}
		ok, why := outcome(e, a)
		assert.True(t, ok, "%s %s: %q\n%s", c.node, c.locale, c.text, why)
	}
}
