package flows_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/casework"
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

// Asked how an officer may reach them, "whatsapp pe msg karein", "text
// me", "واٹس ایپ پر میسج کر دیں" are this chat (here), as the corpus labels
// "mujhe whatsapp pe msg kren" (A3-0007); they were asked again (item 10).
// "call me on this number" stays a number to call, as ten conversations
// label it (C9-019, C11-003, C15-019…), and "which number?" follows; there
// "isi number pe", "this same number", "اسی نمبر پر" name the number
// written from: here, and the question is not asked again.
func TestThisNumberIsHere(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"en", "text me", "here"},
		{"en", "message me on whatsapp", "here"},
		{"en", "pls msg me", "here"},
		{"ur-Latn", "whatsapp pe msg karein", "here"},
		{"ur-Latn", "msg kar dena", "here"},
		{"ur-Latn", "sms kr dein", "here"},
		{"ur", "واٹس ایپ پر میسج کر دیں", "here"},
		{"ur", "میسج کر دیں", "here"},
		{"ur", "پیغام بھیج دیں", "here"},
		// kept as they were
		{"en", "call me on this number", "number"},
		{"ur-Latn", "is number pe call karo 0322 6677889", "number"},
		{"en", "call my brother's number", "number"},
		{"ur", "دوسرے نمبر پر کال کریں", "number"},
		{"ur-Latn", "call mat karna", "discreet"},
	} {
		r := at(t, flows.NodeHelpContact, c.locale, c.text)
		require.Equal(t, c.want, answers(r)["contact"], "%s: %q", c.locale, c.text)
		require.NotEqual(t, flows.NodeHelpContact, r.State.Node, "%s: %q asked again", c.locale, c.text)
	}
	// asked "which number?", the number written from is this chat's
	for _, c := range []struct{ locale, text string }{
		{"en", "this same number"},
		{"en", "call on this number"},
		{"en", "same no"},
		{"ur-Latn", "isi number pe"},
		{"ur-Latn", "isi number pe call karo"},
		{"ur-Latn", "yehi number hai"},
		{"ur", "اسی نمبر پر"},
		{"ur", "اسی نمبر پر فون کریں"},
		{"ur", "یہی نمبر"},
	} {
		st := flows.AtQuestion(flows.NodeHelpNumber, c.locale)
		st.Draft.Answers["contact"] = "number"
		r := realEngine().Step(st, flows.Input{Text: c.text, MessageID: 7, Reference: "HSY-TYPED2"}, t0)
		require.NotEqual(t, flows.NodeHelpNumber, r.State.Node, "%s: %q", c.locale, c.text)
		require.Equal(t, "here", answers(r)["contact"], "%s: %q", c.locale, c.text)
	}
}

// Someone of the writer's own gone abroad and out of touch is a plea even
// when the agent's fee is told beside it ("… ان سے کوئی رابطہ نہیں ہو رہا
// ایجنٹ نے ۶ لاکھ روپے لیے تھے"; C4-089: "we have not heard from him for
// 12 days. The family paid 28 lakh" is help): item 3. The agent gone
// silent stays a report.
func TestLostAbroadWithMoneyIsPlea(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, want string }{
		{"میرے شوہر دبئی گئے تھے ان سے کوئی رابطہ نہیں ہو رہا ایجنٹ نے ۶ لاکھ روپے لیے تھے", flows.KindHelp},
		{"میرا بیٹا سعودیہ گیا تھا، دو ہفتے سے کوئی خبر نہیں، ایجنٹ کو تین لاکھ دیے تھے", flows.KindHelp},
		{"My husband went to Dubai 8 months ago, no contact with him since, the agent took 6 lakh", flows.KindHelp},
		{"my brother went to Malaysia, we have not heard from him for 3 weeks, we paid the agent 4 lakh", flows.KindHelp},
		{"mere shohar dubai gaye the 8 mahine se koi rabta nahi, agent ne 6 lakh liye the", flows.KindHelp},
		{"beta oman gya tha 2 hafte se koi khabar nahi, agent ko 3 lakh diye the", flows.KindHelp},
		// the agent gone, or a report asked for
		{"ایجنٹ نے پیسے لیا اور اب فون بند ہے", flows.KindReport},
		{"agent ne qatar bhejne ke 3 lakh liye, ab agent ka phone band hai, rabta nahi ho raha", flows.KindReport},
	} {
		r := realEngine().Step(flows.State{}, flows.Input{Text: c.text, MessageID: 1, Reference: "HSY-LOST1"}, t0)
		require.NotNil(t, r.State.Draft, "%q", c.text)
		require.Equal(t, c.want, r.State.Draft.Kind, "%q", c.text)
	}
}

// Sent or gone to a country in Urdu script and Roman Urdu is where the
// person is, for the help flow's check line and its local numbers (item
// 5); forced sex work is told as such, not as "beaten or threatened"
// (item 17).
func TestPleaPlaceAndSexualAbuse(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, place, situation string }{
		{"میری بیٹی کو ایجنٹ نے عمان بھیجا تھا گھر کے کام کے لیے، اب وہ رو رو کر فون کرتی ہے کہ مالک مارتا ہے", "عمان", "violence"},
		{"meri beti ko agent ne oman bheja tha ghar ke kaam ke liye, ab malik marta hai", "Oman", "violence"},
		{"my daughter was sent to Oman by the agent for housework, now the owner beats her", "Oman", "violence"},
		{"meri behan ko dubai me kaam ke bahane le gaye, ab zabardasti galat kaam karwate hain", "UAE", "sexual_abuse"},
		{"میری بہن کو دبئی میں کام کے بہانے لے گئے، اب زبردستی غلط کام کرواتے ہیں", "متحدہ عرب امارات", "sexual_abuse"},
		{"they took my sister to Dubai for a job, now they force her to do wrong work", "UAE", "sexual_abuse"},
	} {
		r := realEngine().Step(flows.State{}, flows.Input{Text: c.text, MessageID: 1, Reference: "HSY-SENT1"}, t0)
		require.NotNil(t, r.State.Draft, "%q", c.text)
		d := r.State.Draft
		require.Equal(t, flows.KindHelp, d.Kind, "%q", c.text)
		require.Equal(t, "abroad", d.Inferred["where"], "%q: %v", c.text, d.Inferred)
		require.NotEmpty(t, d.Inferred["place"], "%q: %v", c.text, d.Inferred)
		require.Equal(t, c.situation, d.Inferred["situation"], "%q: %v", c.text, d.Inferred)
	}
}

// The same facts give the same case type in every language (item 23): a
// son stuck in Saudi Arabia whose kafeel keeps his passport and has not
// paid him, told in three languages; and his passport taken alone.
func TestSameFactsSameCaseType(t *testing.T) {
	t.Parallel()
	for _, plays := range [][][]string{
		{
			{"میرا بیٹا سعودی عرب میں پھنسا ہوا ہے", "جی ہاں", "اس کا پاسپورٹ کفیل نے رکھ لیا ہے اور تنخواہ ۴ مہینے سے نہیں دی", "یہیں"},
			{"mera beta saudi arab me phansa hua hai", "haan", "uska passport kafeel ne rakh liya hai aur tankhwa 4 mahine se nahi di", "yahin"},
			{"my son is stuck in Saudi Arabia", "yes", "the kafeel has kept his passport and has not paid his salary for 4 months", "here"},
		},
		{
			{"میرا بیٹا سعودی عرب میں پھنسا ہوا ہے", "جی ہاں", "پاسپورٹ لے لیا", "یہیں"},
			{"mera beta saudi me phansa hai", "haan", "passport le liya", "yahin"},
			{"my son is stuck in Saudi", "yes", "passport taken", "here"},
		},
	} {
		var types []string
		for _, msgs := range plays {
			e := realEngine()
			var st flows.State
			ct := ""
			for i, m := range msgs {
				r := e.Step(st, flows.Input{Text: m, MessageID: int64(i + 1), Reference: "HSY-SAME1"}, t0)
				st = r.State
				for _, ef := range r.Effects {
					if ef.Report != nil {
						c, _, _ := casework.Classify(ef.Report)
						ct = fmt.Sprint(c)
					}
				}
			}
			require.NotEmpty(t, ct, "%v", msgs)
			types = append(types, ct)
		}
		require.Equal(t, types[0], types[1], "%v", plays)
		require.Equal(t, types[0], types[2], "%v", plays)
	}
}
