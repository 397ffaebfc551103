package flows_test

import (
	"testing"
)

// Found in answers15/16: a question at the erase question that opens with
// a question word erases nothing, however it goes on ("what exactly gets
// deleted?": "exactly" is no yes), and is told what is erased and what is
// kept; the writer's own town beside a relative abroad is not where the
// relative is; calls that would cause trouble, or a phone that is with
// them by day, make contact discreet; "only on WhatsApp" is a yes to
// being contacted; "can't talk now" skips what is happening.
func TestA16Readings(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ q, lang, text, want string }{
		{"erase", "en", "what exactly gets deleted?", `{"answer":"aside"}`},
		{"erase", "ur-Latn", "kya bilkul sab delete ho jayega?", `{"answer":"aside"}`},
		{"erase", "ur", "کیا بالکل سب کچھ ڈیلیٹ ہو جائے گا؟", `{"answer":"aside"}`},
		{"erase", "en", "yes exactly, delete it", `{"answer":"yes"}`},
		{"erase", "ur-Latn", "haan delete kar do", `{"answer":"yes"}`},
		{"help_where", "en", "my son is in Libya, in a house near Tripoli. we are in Gujrat", `{"answer":"abroad","countries":["LY"]}`},
		{"help_where", "ur-Latn", "beta Libya me hai, ham Gujrat me hain", `{"answer":"abroad","countries":["LY"]}`},
		{"help_where", "ur", "بیٹا لیبیا میں ہے، ہم گجرات میں ہیں", `{"answer":"abroad","countries":["LY"]}`},
		{"help_where", "en", "I am in Lahore", `{"answer":"pakistan"}`},
		{"help_contact", "ur-Latn", "call ki to masla ho jayega, msg kro bs", `{"answer":"discreet"}`},
		{"help_contact", "ur-Latn", "sirf raat 11 ke baad msg, din me phone unke pas hota hai", `{"answer":"discreet"}`},
		{"help_contact", "ur", "کال کی تو مسئلہ ہو جائے گا، صرف میسج کریں", `{"answer":"discreet"}`},
		{"help_contact", "en", "if you call there will be trouble, text only", `{"answer":"discreet"}`},
		{"report_consent", "en", "only on whatsapp, not a normal call", `{"answer":"yes"}`},
		{"report_consent", "ur-Latn", "sirf whatsapp pe msg kar lein", `{"answer":"yes"}`},
		{"help_what", "en", "cant talk now", `{"answer":"skip"}`},
		{"help_what", "ur-Latn", "abhi baat nahi kar sakta", `{"answer":"skip"}`},
	} {
		readsAsJSON(t, e, c.q, c.lang, c.text, c.want)
	}
}
