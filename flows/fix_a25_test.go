package flows_test

import "testing"

// Found in answers25: "diye to nai" (a topic's "to" between the verb and its
// "no") is not paid; "نہیں نہیں، میری شکایت ختم نہ ہو" (a doubled no with
// nothing before it) keeps the data; "nhi kuch nai, shukriya" and "baad me"
// end the offer; "ye sawal skip kro" skips; "pata nai yar, har baar alag naam
// batata tha" and "نام نہیں معلوم، بس فون پر بات ہوتی تھی" give no name (were
// stored as "har baar alag" and "فون پر بات ہوتی"); "پیسے نہیں دیتے" is
// unpaid; "I'd rather not" refuses contact.
func TestA25Readings(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ q, lang, text, want string }{
		{"report_paid", "ur-Latn", "diye to nai, bas baat hui thi", `{"answer":"no"}`},
		{"report_paid", "ur", "دیے تو نہیں، صرف بات ہوئی تھی", `{"answer":"no"}`},
		{"report_paid", "ur-Latn", "haan diye to the, 50 hazar", `{"answer":"yes","amount":{"value":50000,"currency":"PKR"}}`},
		{"erase", "ur", "نہیں نہیں، میری شکایت ختم نہ ہو", `{"answer":"no"}`},
		{"erase", "ur-Latn", "nahi nahi report rehne do", `{"answer":"no"}`},
		{"report_offer", "ur-Latn", "nhi kuch nai, shukriya", `{"answer":"done"}`},
		{"report_offer", "ur-Latn", "baad me", `{"answer":"skip"}`},
		{"report_paid", "ur-Latn", "ye sawal skip kro", `{"answer":"skip"}`},
		{"help_whom", "en", "skip that one pls", `{"answer":"skip"}`},
		{"report_recruiter", "ur-Latn", "pata nai yar, har baar alag naam batata tha", `{"answer":"unknown"}`},
		{"report_recruiter", "ur", "نام نہیں معلوم، بس فون پر بات ہوتی تھی", `{"answer":"unknown"}`},
		{"help_what", "ur", "کام پورا کرواتے ہیں پر پیسے نہیں دیتے", `{"answer":"unpaid"}`},
		{"report_consent", "en", "I'd rather not", `{"answer":"no"}`},
	} {
		readsAsJSON(t, e, c.q, c.lang, c.text, c.want)
	}
}
