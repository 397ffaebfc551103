package flows_test

import "testing"

// Found in answers21: a "no" standing alone after a "but" is the answer,
// whatever was thought before it ("I was going to say yes but no, keep the
// report" erased the person's data; "I'd like to help but no, nobody should
// call me" gave consent); "sava 2 lac" is 2,25,000; "jzcash" is JazzCash;
// "paise ki koi baat nai hui" is no money asked (was stored as yes);
// "mere liye nai, chachu ke bete ke liye" is someone else; "bahar nai,
// yahin gaon me" is Pakistan; "delete mtlb kya?" asks what deleting means,
// and is told, nothing erased or kept on it.
func TestA21Readings(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ q, lang, text, want string }{
		{"erase", "en", "I was going to say yes but no, keep the report, I want him caught", `{"answer":"no"}`},
		{"erase", "ur-Latn", "socha tha haan kar dun lekin nahi, rehne do", `{"answer":"no"}`},
		{"report_consent", "en", "I'd like to help but no, nobody should call me — I live in a joint family", `{"answer":"no"}`},
		{"report_consent", "ur", "میں نے سوچا تھا ہاں کہوں گا، مگر نہیں، رابطہ نہ کریں", `{"answer":"no"}`},
		{"report_consent", "en", "yes you can call, but no calls after 9 pm", `{"answer":"yes"}`},
		{"report_money", "ur-Latn", "sava 2 lac", `{"answer":"amount","amount":{"value":225000,"currency":"PKR"}}`},
		{"report_money", "ur-Latn", "paise ki koi baat nai hui", `{"answer":"no"}`},
		{"report_money", "ur", "پیسوں کا کوئی ذکر نہیں ہوا", `{"answer":"no"}`},
		{"report_paid", "ur-Latn", "jzcash se 50 hzr bheje the 2 dfa me, 25 25", `{"answer":"yes","amount":{"value":50000,"currency":"PKR"},"how":"jazzcash"}`},
		{"help_whom", "ur-Latn", "mere liye nai, chachu ke bete ke liye", `{"answer":"other"}`},
		{"help_whom", "ur", "میرے لیے نہیں، بھائی کے لیے", `{"answer":"other"}`},
		{"help_where", "ur-Latn", "bahar nai, yahin gaon me h bhatte pe", `{"answer":"pakistan"}`},
		{"help_where", "en", "not abroad, in Kasur at a kiln", `{"answer":"pakistan"}`},
		{"erase", "ur-Latn", "delete mtlb kya?", `{"answer":"aside"}`},
		{"erase", "ur", "ڈیلیٹ کا مطلب کیا ہے؟", `{"answer":"aside"}`},
	} {
		readsAsJSON(t, e, c.q, c.lang, c.text, c.want)
	}
}
