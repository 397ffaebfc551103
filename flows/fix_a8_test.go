package flows_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Found in the unseen typed answers test8 (A8, 342/360 at first play):
// more wordings of "I won't tell", "later", "move on" and "don't know" with
// the words around them; a question then "skip it"; a status asked twice
// in a long message; a name given before "naam hai uska" or taken back
// with "wait no"; "no changes" at the summary; "nothing" before a reason
// no money was asked; thanks with "aap ka". Each row is judged as the
// answers corpus judges its rows; neighbours that must not change are
// with them.
func TestA8Wordings(t *testing.T) {
	t.Parallel()
	e := realEngine()
	type want struct{ answer, value, aside, intent string }
	for _, c := range []struct {
		node, locale, text string
		want               want
	}{
		// a status asked more than once in a long message (A8-0015)
		{"menu", "ur-Latn", "slam bhai mene apni shikayat ka status dekhna hai, 3 din ho gaye koi jawab ni aya", want{intent: "status"}},
		{"menu", "en", "hello, I want to check the status of my complaint, it has been a week and no reply came from anyone", want{intent: "status"}},
		{"menu", "ur", "السلام علیکم میں اپنی شکایت کا اسٹیٹس جاننا چاہتا ہوں، تین دن ہو گئے کوئی جواب نہیں آیا", want{intent: "status"}},
		// refusals and putting off (A8-0071, A8-0180, A8-0200, A8-0252)
		{"report_recruiter", "ur", "یہ میں نہیں بتا سکتا، وہ ہمارا رشتہ دار ہے", want{answer: "skip"}},
		{"report_recruiter", "ur-Latn", "ye main nahi bata sakta, wo hamara rishtedar hai", want{answer: "skip"}},
		{"report_docs", "ur-Latn", "ye zaroori nahi, agay chalen", want{answer: "skip"}},
		{"report_docs", "ur", "یہ ضروری نہیں، آگے چلیں", want{answer: "skip"}},
		{"report_consent", "ur-Latn", "baad mein bataon ga, abhi skip", want{answer: "skip"}},
		{"report_consent", "ur", "بعد میں بتاؤں گا، ابھی چھوڑ دیں", want{answer: "skip"}},
		{"help_place", "ur", "یہ نہیں لکھ سکتا", want{answer: "skip"}},
		{"help_place", "en", "cant write that here", want{answer: "skip"}},
		// a question, then "skip it" (A8-0079)
		{"report_recruiter", "ur-Latn", "ye zaroori h kya? chor do", want{answer: "skip"}},
		{"report_recruiter", "en", "is this needed? skip it", want{answer: "skip"}},
		// thanks with "aap ka" (A8-0073)
		{"report_recruiter", "ur", "شکریہ آپ کا", want{answer: "aside", aside: "thanks"}},
		{"report_recruiter", "ur-Latn", "shukriya aap ka", want{answer: "aside", aside: "thanks"}},
		// names (A8-0067, A8-0075, A8-0077)
		{"report_recruiter", "en", "Its called Global Overseas Employment Promoters... wait no, Global Overseas Recruiting Agency, sorry", want{answer: "text", value: "Global Overseas Recruiting Agency"}},
		{"report_recruiter", "ur-Latn", "Chaudhry Nadeem naam hai uska, Gujrat wala", want{answer: "text", value: "Chaudhry Nadeem"}},
		{"report_recruiter", "ur-Latn", "Chaudhry Nadeem naam hai uska", want{answer: "text", value: "Chaudhry Nadeem"}},
		{"report_recruiter", "ur-Latn", "pta ni bhai, bas number tha", want{answer: "unknown"}},
		{"report_recruiter", "ur-Latn", "Bilal naam hai, Gujrat wala", want{answer: "text", value: "Bilal"}},
		// no changes at the summary (A8-0207)
		{"report_summary", "en", "all good, no changes", want{answer: "confirm"}},
		{"report_summary", "ur-Latn", "sab theek hai, koi change nahi", want{answer: "confirm"}},
		{"report_summary", "ur", "سب ٹھیک ہے، کوئی تبدیلی نہیں", want{answer: "confirm"}},
		// nothing asked, for a reason (A8-0123)
		{"report_money", "en", "nothing, he said the company pays everything", want{answer: "no"}},
		{"report_money", "ur-Latn", "kuch nahi, kehta hai sab kharcha company karegi", want{answer: "no"}},
		{"report_money", "en", "he said 2 lakh for the visa", want{answer: "amount"}},
		// a country not named (A8-0111)
		{"report_country", "ur", "کسی ملک کا نام نہیں لیا، بس کہا باہر بھیجیں گے", want{answer: "unknown"}},
		{"report_country", "ur-Latn", "kisi mulk ka naam nahi liya, bas bahar bhejne ka kaha", want{answer: "unknown"}},
		{"report_country", "en", "no country mentioned, just said abroad", want{answer: "unknown"}},
	} {
		var a labelled
		a.ID, a.Question, a.Lang, a.Text = "A8-T", c.node, c.locale, c.text
		a.Want.Answer, a.Want.Value, a.Want.Aside, a.Want.Intent = c.want.answer, c.want.value, c.want.aside, c.want.intent
		if c.node == "menu" {
			a.Want.Answer = "intent"
		}
		if a.Want.Answer == "amount" {
			a.Want.Amount = &struct {
				Value    float64 `json:"value"`
				Currency string  `json:"currency"`
			}{200000, "PKR"}
		}
		ok, why := outcome(e, a)
		assert.True(t, ok, "%s %s: %q\n%s", c.node, c.locale, c.text, why)
	}
}
