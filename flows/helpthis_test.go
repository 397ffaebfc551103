package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// "not yet", "abhi nahi", "ابھی نہیں" asked for more of a confirmed plea
// ("anything more for the officer?") is nothing more now: the flow goes on
// to how to reach them (second tester, item 9).
func TestNotYetIsNothingMore(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ plea, yes string }{
		{"my husband is in Saudi, the kafeel took his passport and has not paid him for four months", "yes"},
		{"mera shohar saudia me he, kafeel ne passport rakh liya aur 3 mah se tankha nai mili", "haan"},
		{"میرا شوہر سعودیہ میں ہے کفیل نے پاسپورٹ رکھ لیا ہے اور چار مہینے سے تنخواہ نہیں دی", "جی ہاں"},
	} {
		for _, m := range []string{"not yet", "no not yet", "abhi nahi", "abi nai", "ابھی نہیں", "نہیں ابھی"} {
			e := realEngine()
			r := e.Step(flows.State{}, flows.Input{Text: c.plea, MessageID: 1, Reference: "HSY-MORE2"}, t0)
			r = e.Step(r.State, flows.Input{Text: c.yes, MessageID: 2, Reference: "HSY-MORE2"}, t0)
			require.Equal(t, flows.NodeHelpWhat, r.State.Node, c.plea)
			r = e.Step(r.State, flows.Input{Text: m, MessageID: 3, Reference: "HSY-MORE2"}, t0)
			require.Equal(t, flows.NodeHelpContact, r.State.Node, "%q after %q", m, c.plea)
		}
	}
}

// Asked how an officer may reach them, "call me on this number", "isi
// number pe call karo", "اسی نمبر پر فون کریں" name the number they write
// from: this chat's (here, as the corpus labels "isi number pe"), not
// another number to be asked for; "whatsapp pe msg karein", "text me" are
// here too (item 10). A number typed, or another one named, is still a
// number.
func TestThisNumberIsHere(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"en", "call me on this number", "here"},
		{"en", "call on this same number", "here"},
		{"en", "you can call this number", "here"},
		{"en", "text me", "here"},
		{"en", "message me on whatsapp", "here"},
		{"ur-Latn", "isi number pe call karo", "here"},
		{"ur-Latn", "is number pr call kr lena", "here"},
		{"ur-Latn", "isi no pe fone kar dein", "here"},
		{"ur-Latn", "whatsapp pe msg karein", "here"},
		{"ur-Latn", "msg kar dena", "here"},
		{"ur", "اسی نمبر پر فون کریں", "here"},
		{"ur", "اس نمبر پر کال کر لیں", "here"},
		{"ur", "یہی نمبر ہے، اسی پر کال کریں", "here"},
		{"ur", "واٹس ایپ پر میسج کر دیں", "here"},
		// kept as they were
		{"ur-Latn", "is number pe call karo 0322 6677889", "number"},
		{"en", "call my brother's number", "number"},
		{"ur", "دوسرے نمبر پر کال کریں", "number"},
		{"ur-Latn", "call mat karna", "discreet"},
	} {
		r := at(t, flows.NodeHelpContact, c.locale, c.text)
		require.Equal(t, c.want, answers(r)["contact"], "%s: %q", c.locale, c.text)
		require.NotEqual(t, flows.NodeHelpContact, r.State.Node, "%s: %q asked again", c.locale, c.text)
	}
	// asked "which number?", the same words are this chat's number
	for _, c := range []struct{ locale, text string }{
		{"en", "this same number"},
		{"ur-Latn", "isi number pe"},
		{"ur", "اسی نمبر پر"},
	} {
		st := flows.AtQuestion(flows.NodeHelpNumber, c.locale)
		st.Draft.Answers["contact"] = "number"
		r := realEngine().Step(st, flows.Input{Text: c.text, MessageID: 7, Reference: "HSY-TYPED2"}, t0)
		require.NotEqual(t, flows.NodeHelpNumber, r.State.Node, "%s: %q", c.locale, c.text)
		require.Equal(t, "here", answers(r)["contact"], "%s: %q", c.locale, c.text)
	}
}
