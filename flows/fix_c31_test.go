package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Found in the unseen conversations C31 (24/36 at first play on d9daeba),
// each with neighbours in three languages: a firm's capitalised "Group"
// is its name, a lower-case "group" where it was seen; "X کے نام سے پیج
// ہے" names X; "chat here, on a call they would overhear" is here, an
// overhear beside a call with no "here" is discreet; what is happening,
// told where we ask how to reach them ("… mujhe yahan se nikalo"), is no
// contact chosen and no "no", nor is "she has no phone"; marks on his
// back in a video, beside being locked in, are violence.
func TestC31Answers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ q, lang, text, want string }{
		{"report_recruiter", "ur-Latn", "Caspian Hospitality Group", `{"answer":"text","value":"Caspian Hospitality Group"}`},
		{"report_recruiter", "en", "its Al Noor Group of companies", `{"answer":"text","value":"Al Noor Group of companies"}`},
		{"report_recruiter", "ur", "برٹش کیئر لنک کنسلٹنٹس کے نام سے پیج ہے", `{"answer":"text","value":"برٹش کیئر لنک کنسلٹنٹس"}`},
		{"report_recruiter", "ur-Latn", "British Care Link ke naam se page hai", `{"answer":"text","value":"British Care Link"}`},
		{"help_contact", "ur-Latn", "yahin chat pe baat kar lo, call pe ghar wale sun lenge", `{"answer":"here"}`},
		{"help_contact", "en", "here in chat, on a call my uncle will hear", `{"answer":"here"}`},
		{"help_contact", "ur", "یہیں چیٹ پر بات کریں، کال پر گھر والے سن لیں گے", `{"answer":"here"}`},
		{"help_contact", "ur-Latn", "call kar lena lekin ghar wale sun lenge, dhyan se", `{"answer":"discreet"}`},
		{"help_contact", "ur-Latn", "chup k msg kro call mat krna wo sun lein gy", `{"answer":"discreet"}`},
		{"help_contact", "ur-Latn", "band rakha hai, bahar nahi jane dete, parlour ka koi kaam nahi. passport bhi unke paas hai. keh rahi thi mujhe yahan se nikalo", `{"answer":"aside","aside":"unclear"}`},
		{"help_contact", "en", "they lock the door and dont let her out, she said get me out of here", `{"answer":"aside","aside":"unclear"}`},
		{"help_contact", "ur", "کمرے میں بند رکھا ہے، باہر نہیں جانے دیتے، کہتی ہے مجھے یہاں سے نکالو", `{"answer":"aside","aside":"unclear"}`},
		{"help_contact", "ur-Latn", "nahi, koi rabta na karein", `{"answer":"none"}`},
		{"help_contact", "ur-Latn", "larki ke paas to phone hi nahi hai", `{"answer":"aside","aside":"unclear"}`},
		{"help_contact", "en", "she doesnt have a phone", `{"answer":"aside","aside":"unclear"}`},
		{"help_contact", "ur", "لڑکی کے پاس تو فون ہی نہیں ہے", `{"answer":"aside","aside":"unclear"}`},
		{"help_what", "ur", "ایک کمرے میں بند رکھا ہے، کل ویڈیو میں اس کی کمر پر نشان تھے", `{"answer":"locked_in"}`}, // the lock told first (questions.go)
		{"help_what", "ur-Latn", "kamre me band hai, video me uski kamar pe nishan the", `{"answer":"locked_in"}`},
		{"help_what", "en", "locked in a room, there were marks on his back in the video", `{"answer":"locked_in"}`},
		{"help_what", "en", "there were marks on his back in the video, and they keep him locked in", `{"answer":"violence"}`},
		{"help_what", "en", "locked in a room, they dont let him out", `{"answer":"locked_in"}`},
	} {
		readsAsJSON(t, e, c.q, c.lang, c.text, c.want)
	}
	for _, c := range []struct{ locale, text string }{
		{"ur", "یہ اشتہار ٹیلیگرام گروپ میں آیا ہے، ٹھیک ہے یا نہیں؟"},
		{"ur-Latn", "ye ad telegram group me aya hai, theek hai ya nahi?"},
		{"en", "this ad came in our telegram group, ok or not?"},
	} {
		st, _ := typeAs(t, false, c.text)
		require.NotNil(t, st.Draft, c.text)
		require.Equal(t, flows.KindVerify, st.Draft.Kind, "%s (node %s)", c.text, st.Node)
	}
}
