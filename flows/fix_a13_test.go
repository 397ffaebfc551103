package flows_test

import (
	"testing"
)

// Found in the unseen typed answers A13 (338/360 at first play): a
// question is never a yes to an act that cannot be undone — "who are you
// guys exactly" and "kya pakka delete ho jaye ga ya FIA ke pas copy rahe
// gi?" had erased everything, "confirm what? i dont understand" had sent
// the report; Roman Urdu's "ya" inside a sentence is "or"; "ap log asli
// FIA ho?" asks who we are, even while an offer is awaited; a name not to
// be written skips; scam work with a fine for refusing is forced work;
// salary months pending is unpaid.
func TestA13Answers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ q, lang, text, want string }{
		{"erase", "en", "who are you guys exactly", `{"answer":"aside","aside":"who"}`},
		{"erase", "ur-Latn", "kya pakka delete ho jaye ga ya FIA ke pas copy rahe gi?", `{"answer":"aside","aside":"who"}`},
		{"erase", "ur", "کیا واقعی سب مٹ جائے گا؟", `{"answer":"aside","aside":"question"}`},
		{"erase", "en", "yes delete it", `{"answer":"yes"}`},
		{"erase", "en", "yes, will it be gone for good?", `{"answer":"yes"}`},
		{"erase", "ur", "جی ہاں مٹا دیں", `{"answer":"yes"}`},
		{"erase", "ur-Latn", "haan delete kr do", `{"answer":"yes"}`},
		{"report_summary", "en", "confirm what? i dont understand", `{"answer":"aside","aside":"unclear"}`},
		{"report_summary", "ur-Latn", "bhej dun? matlab kya hai iska", `{"answer":"aside","aside":"unclear"}`},
		{"report_summary", "en", "confirm", `{"answer":"confirm"}`},
		{"report_summary", "ur-Latn", "haan bhej do", `{"answer":"confirm"}`},
		{"report_summary", "ur", "جی بھیج دیں", `{"answer":"confirm"}`},
		{"report_offer", "ur-Latn", "bhai ap log asli FIA ho?", `{"answer":"aside","aside":"who"}`},
		{"report_offer", "en", "are you really from FIA?", `{"answer":"aside","aside":"who"}`},
		{"report_offer", "ur-Latn", "donee", `{"answer":"done"}`},
		{"report_recruiter", "ur-Latn", "ap kon log ho pehle ye batao", `{"answer":"aside","aside":"who"}`},
		{"report_recruiter", "ur-Latn", "ye agent mera rishtedar hai, naam nahi likhna", `{"answer":"skip"}`},
		{"report_recruiter", "ur", "یہ میرا رشتہ دار ہے، نام نہیں لکھنا", `{"answer":"skip"}`},
		{"report_consent", "ur-Latn", "naam mat batana", `{"answer":"no"}`},
		{"help_what", "ur-Latn", "call center ka kaam bola tha, yahan logon se online fraud krwate hain, mana kro to jurmana", `{"answer":"forced_work"}`},
		{"help_what", "ur", "یہاں آن لائن فراڈ کرواتے ہیں، انکار کریں تو جرمانہ", `{"answer":"forced_work"}`},
		{"help_what", "en", "salary is half what they promised and 3 months pending", `{"answer":"unpaid"}`},
		{"help_what", "ur-Latn", "3 mahine ki tankha pending hai", `{"answer":"unpaid"}`},
	} {
		readsAsJSON(t, e, c.q, c.lang, c.text, c.want)
	}
}
