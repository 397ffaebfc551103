package flows_test

import (
	"testing"
)

// Found in the unseen typed answers A12 (330/360 at first play on
// 669ebbe), each with neighbours in three languages: an "ok" that closes a
// thanks is a farewell, never a yes (it must not erase anyone's data);
// "not understood" holds a "no" that answers nothing; "hi" after a word is
// the Roman-Urdu "only"; "no idea", "next question", "I'll give it later"
// skip; calls refused with a silent message wanted is discreet; "don't
// know yet" at how to be reached is no refusal.
func TestA12Answers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ q, lang, text, want string }{
		{"erase", "en", "ok thanks bye", `{"answer":"aside","aside":"thanks"}`},
		{"erase", "ur-Latn", "theek hai shukriya allah hafiz", `{"answer":"aside","aside":"thanks"}`},
		{"erase", "ur", "ٹھیک ہے شکریہ", `{"answer":"aside","aside":"thanks"}`},
		{"report_paid", "ur", "ٹھیک ہے شکریہ", `{"answer":"aside","aside":"thanks"}`},
		{"erase", "en", "yes delete, thanks", `{"answer":"yes"}`},
		{"erase", "ur-Latn", "haan kar do shukriya", `{"answer":"yes"}`},
		{"erase", "ur", "یہ کیا ہے؟ سمجھ نہیں آئی", `{"answer":"aside","aside":"unclear"}`},
		{"erase", "ur-Latn", "ye kya hai? samajh nahi aaya", `{"answer":"aside","aside":"unclear"}`},
		{"erase", "en", "what is this? i didnt understand", `{"answer":"aside","aside":"unclear"}`},
		{"erase", "ur", "نہیں", `{"answer":"no"}`},
		{"report_consent", "ur-Latn", "anonymous hi theek hai", `{"answer":"no"}`},
		{"report_consent", "ur-Latn", "gumnaam hi rakhein", `{"answer":"no"}`},
		{"report_recruiter", "ur-Latn", "koi idea nai yaar", `{"answer":"unknown"}`},
		{"report_recruiter", "en", "no idea tbh", `{"answer":"unknown"}`},
		{"report_recruiter", "ur", "کوئی آئیڈیا نہیں", `{"answer":"unknown"}`},
		{"report_offer", "ur-Latn", "ad to nahi hai mere pas, agla sawal pucho", `{"answer":"skip"}`},
		{"report_docs", "ur-Latn", "aglay sawal pe chalo", `{"answer":"skip"}`},
		{"report_docs", "ur", "اگلا سوال پوچھیں", `{"answer":"skip"}`},
		{"report_docs", "en", "next question pls", `{"answer":"skip"}`},
		{"help_contact", "ur", "صرف خاموش میسج، کال بالکل نہیں", `{"answer":"discreet"}`},
		{"help_contact", "ur-Latn", "sirf chupke se msg, call bilkul nahi", `{"answer":"discreet"}`},
		{"help_contact", "en", "only a silent text, never call", `{"answer":"discreet"}`},
		{"help_contact", "ur", "بس اطلاع دینی تھی، مجھ سے رابطے کی ضرورت نہیں", `{"answer":"none"}`},
		{"help_contact", "ur-Latn", "bas batana tha, rabte ki zarurat nahi", `{"answer":"none"}`},
		{"help_contact", "en", "just wanted to inform, no need to contact me", `{"answer":"none"}`},
		{"help_contact", "ur-Latn", "pata nai, sochta hun", `{"answer":"skip"}`},
		{"help_contact", "en", "not sure yet, let me think", `{"answer":"skip"}`},
		{"help_contact", "ur", "پتا نہیں، سوچ کر بتاتا ہوں", `{"answer":"skip"}`},
		{"help_number", "ur-Latn", "baad me deta hun number", `{"answer":"skip"}`},
		{"help_number", "ur", "نمبر بعد میں دیتا ہوں", `{"answer":"skip"}`},
		{"help_number", "en", "i will send the number later", `{"answer":"skip"}`},
	} {
		readsAsJSON(t, e, c.q, c.lang, c.text, c.want)
	}
}
