package flows_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Found in the unseen typed answers test9 (A9, 332/360 at first play):
// names inside sentences (a firm's full trade words, "his name is X but",
// the firm a long clause names, where it was seen beside "don't know the
// name"); refusals and putting off; numbers that replace after "wrong";
// a yes with the sum paid before what was asked; a paid yes and the sum
// withheld; a skip said last; a cost asked at erase. Neighbours that must
// not change are with them.
func TestA9Wordings(t *testing.T) {
	t.Parallel()
	e := realEngine()
	type want struct {
		answer, value, aside string
		phones               []string
		amount               float64
	}
	for _, c := range []struct {
		node, locale, text string
		want               want
	}{
		{"report_recruiter", "en", "company name is Star Link Overseas Employment Promoters, they showed license no. but i think its fake", want{answer: "text", value: "Star Link Overseas Employment Promoters"}},
		{"report_recruiter", "en", "he told his name is Asif but I am not sure its true", want{answer: "text", value: "Asif"}},
		{"report_recruiter", "ur-Latn", "usne apna naam Asif bataya tha", want{answer: "text", value: "Asif"}},
		{"report_recruiter", "en", "sir the agent who came to our village he said he is from Shaheen Overseas Promoters in Rawalpindi, he had a visiting card also", want{answer: "text", value: "Shaheen Overseas Promoters"}},
		{"report_recruiter", "en", "dont know the name, saw him on facebook only", want{answer: "unknown"}},
		{"report_recruiter", "ur", "فیس بک پر دیکھا تھا، نام کا نہیں پتہ", want{answer: "unknown"}},
		{"report_recruiter", "en", "i prefer not to write his name, he knows my family", want{answer: "skip"}},
		{"report_recruiter", "ur", "یہ نہیں لکھوں گا", want{answer: "skip"}},
		{"report_recruiter", "ur-Latn", "naam nhi bata skta bhai, wo hmare rishtedar hain", want{answer: "skip"}},
		{"report_phones", "ur", "یہ غلط ہے، صحیح نمبر 0333-5521876 اور 0301 4432198 ہیں", want{answer: "replace", phones: []string{"+923335521876", "+923014432198"}}},
		{"report_phones", "en", "not those. he uses 0333-5129087 and 0300 8841276", want{answer: "replace", phones: []string{"+923335129087", "+923008841276"}}},
		{"report_money", "ur", "صحیح رقم یاد نہیں", want{answer: "unknown"}},
		{"report_money", "ur-Latn", "haan paise mange the, amount yaad nahi", want{answer: "yes"}},
		{"report_paid", "en", "yes but only 20 thousand, he was asking much more", want{answer: "yes", amount: 20000}},
		{"report_paid", "ur", "جی دیے تھے، رقم نہیں بتانا چاہتا", want{answer: "yes"}},
		{"help_place", "en", "i will not write address here", want{answer: "skip"}},
		{"help_place", "ur", "یہاں کا نام نہیں آتا، سب عربی میں لکھا ہے", want{answer: "unknown"}},
		{"help_whom", "ur", "دوسرے کے لیے", want{answer: "other"}},
		{"help_what", "ur-Latn", "pese le k bhaag gaya agent, ab phone b band", want{answer: "money_taken"}},
		{"help_contact", "en", "whatsapp here is fine, just dont send voice notes, they check", want{answer: "discreet"}},
		{"help_contact", "ur-Latn", "idr hi", want{answer: "here"}},
		{"help_number", "en", "my phone is with the kafeel most of time, skip this", want{answer: "skip"}},
		{"erase", "en", "do it", want{answer: "yes"}},
		{"erase", "ur", "ابھی سوچنے دیں", want{answer: "skip"}},
		{"erase", "ur", "ڈیٹا ڈیلیٹ کرنے کے پیسے تو نہیں لگیں گے؟", want{answer: "aside", aside: "cost"}},
		{"erase", "ur-Latn", "ruko ruko mat karo, mujhe abhi madad chahiye", want{answer: "no"}},
		{"erase", "ur-Latn", "pta ni, baad me btata hun", want{answer: "skip"}},
		{"report_offer", "en", "dont want to paste it, skip", want{answer: "skip"}},
	} {
		var a labelled
		a.ID, a.Question, a.Lang, a.Text = "A9-T", c.node, c.locale, c.text
		a.Want.Answer, a.Want.Value, a.Want.Aside, a.Want.Phones = c.want.answer, c.want.value, c.want.aside, c.want.phones
		if c.want.amount > 0 {
			a.Want.Amount = &struct {
				Value    float64 `json:"value"`
				Currency string  `json:"currency"`
			}{c.want.amount, "PKR"}
		}
		ok, why := outcome(e, a)
		assert.True(t, ok, "%s %s: %q\n%s", c.node, c.locale, c.text, why)
	}
}
