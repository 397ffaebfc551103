package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Round 19 (conv19d): typed answers of the blind split test3 and the
// families of wordings behind its misses, each in the three languages.
// Every row is read by the real engine and checked as the answers corpus
// checks it (the stored answer, where the flow went).

type r19 struct {
	question, lang, text, answer string
	value                        string  // a name or place kept
	amount                       float64 // PKR
	how                          string
}

func runR19(t *testing.T, rows []r19) {
	t.Helper()
	e := realEngine()
	for _, c := range rows {
		var a labelled
		a.Question, a.Lang, a.Text = c.question, c.lang, c.text
		a.Want.Answer, a.Want.Value, a.Want.How = c.answer, c.value, c.how
		if c.amount > 0 {
			a.Want.Amount = &struct {
				Value    float64 `json:"value"`
				Currency string  `json:"currency"`
			}{c.amount, "PKR"}
		}
		ok, why := outcome(e, a)
		require.True(t, ok, "%s %q want %s: %s", c.question, c.text, c.answer, why)
	}
}

// A skip said in words: "can't tell", "pass on this one", "I don't want
// to give the name", "I'll think and tell you", "I don't have the ad
// anymore" (nothing more to send).
func TestSkipSaidInWords(t *testing.T) {
	t.Parallel()
	runR19(t, []r19{
		{"help_where", "en", "i cant tell", "skip", "", 0, ""},
		{"help_where", "en", "I can't tell you that", "skip", "", 0, ""},
		{"help_where", "en", "cannot tell right now", "skip", "", 0, ""},
		{"help_where", "ur-Latn", "nai bta skta", "skip", "", 0, ""},
		{"help_where", "ur-Latn", "nahi bta sakti", "skip", "", 0, ""},
		{"help_where", "ur", "بتا نہیں سکتا", "skip", "", 0, ""},
		{"help_contact", "en", "pass on this one", "skip", "", 0, ""},
		{"help_contact", "en", "i'll pass on that", "skip", "", 0, ""},
		{"help_contact", "en", "pass on this question", "skip", "", 0, ""},
		{"report_recruiter", "ur", "ابھی نام نہیں دینا چاہتا", "skip", "", 0, ""},
		{"report_recruiter", "ur", "نام نہیں دینا چاہتی", "skip", "", 0, ""},
		{"report_recruiter", "ur-Latn", "abhi naam nahi dena chahta", "skip", "", 0, ""},
		{"report_recruiter", "ur-Latn", "naam nai dena chahti abhi", "skip", "", 0, ""},
		{"report_recruiter", "en", "I don't want to give the name yet", "skip", "", 0, ""},
		{"report_recruiter", "en", "i don't want to share the name", "skip", "", 0, ""},
		{"report_consent", "ur", "ابھی اس کا جواب نہیں دینا", "skip", "", 0, ""},
		{"report_consent", "ur", "اس کا جواب نہیں دینا چاہتی", "skip", "", 0, ""},
		{"report_consent", "ur-Latn", "abhi is ka jawab nahi dena", "skip", "", 0, ""},
		{"report_consent", "ur-Latn", "iska jwab nai dena abhi", "skip", "", 0, ""},
		{"erase", "ur-Latn", "soch k btaunga", "skip", "", 0, ""},
		{"erase", "ur-Latn", "soch ke bataungi", "skip", "", 0, ""},
		{"erase", "ur-Latn", "sochke btata hun", "skip", "", 0, ""},
		{"erase", "ur", "سوچ کر بتاؤں گا", "skip", "", 0, ""},
		{"erase", "en", "let me think about it", "skip", "", 0, ""},
		{"erase", "en", "I'll think and tell you", "skip", "", 0, ""},
		{"report_offer", "en", "i dont have the ad anymore, he deleted it", "skip", "", 0, ""},
		{"report_offer", "en", "I don't have it anymore", "skip", "", 0, ""},
		{"report_offer", "en", "the post was deleted", "skip", "", 0, ""},
		{"report_offer", "ur", "اشتہار اب میرے پاس نہیں رہا", "skip", "", 0, ""},
		{"report_offer", "ur-Latn", "ad ab mere paas nahi raha", "skip", "", 0, ""},
		{"report_offer", "ur-Latn", "usne post delete kar di", "skip", "", 0, ""},
		{"report_offer", "ur-Latn", "ishtihar ab mere pas nai hai", "skip", "", 0, ""},
	})
}
