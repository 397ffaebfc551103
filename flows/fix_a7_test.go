package flows_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hoshyar/hoshyar/flows"
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
		if c.node == "erase" {
			// the corpus judges a skip by the flow moving on; nothing is
			// erased either
			assert.Equal(t, c.want.answer == "yes", erases(e, c.locale, c.text), "%s %s: %q", c.node, c.locale, c.text)
		}
	}
}

// The rest of A7, in three languages: a time asked of a check, a number
// with no name, a doubt with a question mark, not mentioned, nothing asked
// yet, not necessary to tell, not sure who paid, thanks with a "ji", rather
// they didn't, a reference number asked, "fix the amount", who sees it,
// abroad with the place not known, not telling, writing for him, thanks
// for the help, putting off the decision.
func TestA7MoreWordings(t *testing.T) {
	t.Parallel()
	e := realEngine()
	type want struct{ answer, value, aside, field string }
	for _, c := range []struct {
		node, locale, text string
		want               want
	}{
		{"report_offer", "ur-Latn", "kitne din me pata chalega k ye fraud hai ya nahi?", want{answer: "aside", aside: "time"}},
		{"report_offer", "en", "how long till you tell me if its fake or real?", want{answer: "aside", aside: "time"}},
		{"report_offer", "ur", "کتنے دن میں پتا چلے گا کہ یہ فراڈ ہے یا نہیں؟", want{answer: "aside", aside: "time"}},
		{"report_recruiter", "ur", "نام نہیں معلوم، بس نمبر ہے ۰۳۱۱۴۵۶۷۸۹۰", want{answer: "unknown"}},
		{"report_recruiter", "ur-Latn", "naam nahi pata, bas number hai 03114567890", want{answer: "unknown"}},
		{"report_recruiter", "en", "don't know the name, just the number 03114567890", want{answer: "unknown"}},
		{"report_phones", "en", "dunno, maybe? he messaged from like 3 different numbers", want{answer: "unknown"}},
		{"report_phones", "ur-Latn", "pata nahi, shayad? kai numbers se msg karta tha", want{answer: "unknown"}},
		{"report_phones", "ur", "پتا نہیں، شاید؟ وہ کئی نمبروں سے میسج کرتا تھا", want{answer: "unknown"}},
		{"report_country", "en", "not mentioned anywhere in the ad", want{answer: "unknown"}},
		{"report_country", "en", "the ad didn't mention the country", want{answer: "unknown"}},
		{"report_country", "ur-Latn", "ad me kahin mention nahi tha", want{answer: "unknown"}},
		{"report_country", "ur", "اشتہار میں کہیں ذکر نہیں تھا", want{answer: "unknown"}},
		{"report_money", "en", "nothing yet, but he said fees will come later", want{answer: "no"}},
		{"report_money", "en", "nothing so far", want{answer: "no"}},
		{"report_money", "ur-Latn", "abhi tak kuch nahi manga, baad me bataye ga", want{answer: "no"}},
		{"report_money", "ur", "ابھی تک کچھ نہیں مانگا", want{answer: "no"}},
		{"report_money", "ur", "پتا نہیں کتنے، ابو کو بتایا تھا", want{answer: "unknown"}},
		{"report_money", "ur-Latn", "pata nahi kitne, abbu ko bataya tha", want{answer: "unknown"}},
		{"report_money", "en", "don't know how much, they told my father", want{answer: "unknown"}},
		{"report_money", "ur-Latn", "pata nahi kitne, par paise mange the", want{answer: "yes"}},
		{"report_paid", "ur", "یہ بتانا ضروری نہیں", want{answer: "skip"}},
		{"report_paid", "ur-Latn", "ye batana zaroori nahi", want{answer: "skip"}},
		{"report_paid", "en", "no need to tell that", want{answer: "skip"}},
		{"report_paid", "ur-Latn", "shayad ammi ne diye, mujhe confirm nahi", want{answer: "unknown"}},
		{"report_paid", "ur", "شاید امی نے دیے، مجھے یقین نہیں", want{answer: "unknown"}},
		{"report_paid", "en", "maybe my mother paid, not sure", want{answer: "unknown"}},
		{"report_paid", "ur-Latn", "shukriya ji", want{answer: "aside", aside: "thanks"}},
		{"report_paid", "ur", "شکریہ جی", want{answer: "aside", aside: "thanks"}},
		{"report_paid", "en", "thanks ok", want{answer: "aside", aside: "thanks"}},
		{"report_consent", "en", "i'd prefer they don't, my family doesnt know about this", want{answer: "no"}},
		{"report_consent", "en", "rather they didn't", want{answer: "no"}},
		{"report_summary", "en", "will i get a reference no.?", want{answer: "aside", aside: "what_next"}},
		{"report_summary", "ur-Latn", "reference number milega?", want{answer: "aside", aside: "what_next"}},
		{"report_summary", "ur", "ریفرنس نمبر ملے گا؟", want{answer: "aside", aside: "what_next"}},
		{"report_summary", "ur", "رقم ٹھیک کریں، ڈیڑھ لاکھ تھی", want{answer: "fix", field: "money_asked"}},
		{"report_summary", "ur-Latn", "raqam theek karein, dedh lakh thi", want{answer: "fix", field: "money_asked"}},
		{"report_summary", "en", "fix the amount, it was 1.5 lakh", want{answer: "fix", field: "money_asked"}},
		{"report_summary", "ur-Latn", "ye kaun dekhega? agent ko to nahi jayega?", want{answer: "aside", aside: "privacy"}},
		{"report_summary", "ur", "یہ کون دیکھے گا؟ ایجنٹ کو تو نہیں جائے گا؟", want{answer: "aside", aside: "privacy"}},
		{"report_summary", "en", "who will see this? will it go to the agent?", want{answer: "aside", aside: "privacy"}},
		{"help_where", "en", "abroad, i cant say exactly where", want{answer: "abroad"}},
		{"help_where", "ur-Latn", "bahar hun, exact jagah nahi bata sakta", want{answer: "abroad"}},
		{"help_where", "ur", "باہر ہوں، صحیح جگہ نہیں بتا سکتا", want{answer: "abroad"}},
		{"help_where", "en", "not telling where", want{answer: "skip"}},
		{"help_where", "ur-Latn", "nahi bataunga kahan", want{answer: "skip"}},
		{"help_where", "ur", "نہیں بتاؤں گا", want{answer: "skip"}},
		{"help_whom", "en", "me... well my son actually, I'm writing for him", want{answer: "other"}},
		{"help_whom", "ur-Latn", "main... nahi mera beta, us ki taraf se likh raha hun", want{answer: "other"}},
		{"help_whom", "ur", "میں... نہیں میرا بیٹا، اس کی طرف سے لکھ رہا ہوں", want{answer: "other"}},
		{"help_what", "ur-Latn", "shukriya madad k liye", want{answer: "aside", aside: "thanks"}},
		{"help_what", "en", "thanks for the help", want{answer: "aside", aside: "thanks"}},
		{"help_what", "ur", "مدد کے لیے شکریہ", want{answer: "aside", aside: "thanks"}},
		{"erase", "ur", "ابھی فیصلہ نہیں کیا، بعد میں", want{answer: "skip"}},
		{"erase", "ur-Latn", "baad me decide karunga, abhi skip", want{answer: "skip"}},
		{"erase", "ur-Latn", "abhi faisla nahi kiya", want{answer: "skip"}},
		{"erase", "en", "haven't decided yet, later", want{answer: "skip"}},
	} {
		var a labelled
		a.ID, a.Question, a.Lang, a.Text = "A7-T", c.node, c.locale, c.text
		a.Want.Answer, a.Want.Value, a.Want.Aside, a.Want.Field = c.want.answer, c.want.value, c.want.aside, c.want.field
		ok, why := outcome(e, a)
		assert.True(t, ok, "%s %s: %q\n%s", c.node, c.locale, c.text, why)
		if c.node == "erase" {
			// the corpus judges a skip by the flow moving on; nothing is
			// erased either
			assert.Equal(t, c.want.answer == "yes", erases(e, c.locale, c.text), "%s %s: %q", c.node, c.locale, c.text)
		}
		if c.want.aside != "" && c.node != "report_offer" {
			// the aside is answered, not only the question asked again
			assert.Contains(t, why, `aside "`+c.want.aside+`"`, "%s %s: %q", c.node, c.locale, c.text)
		}
	}
}

// erases reports whether an answer to "delete your data?" erases it.
func erases(e *flows.Engine, locale, text string) bool {
	res := e.Step(flows.AtQuestion(flows.NodeErase, locale), flows.Input{Text: text, MessageID: 99}, t0)
	for _, ef := range res.Effects {
		if ef.Kind == flows.EffectErase {
			return true
		}
	}
	return false
}
