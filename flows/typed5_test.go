package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Lessons of the typed answers test5 (A5-*) and conversations test21
// (C22-*), each as a family in three languages.

func effectsHave(r flows.Result, kind string) bool {
	for _, e := range r.Effects {
		if e.Kind == kind {
			return true
		}
	}
	return false
}

// At the summary, a wish to change said with a "don't send (yet)" holds
// the report back to be changed; it does not throw it away. A plain
// "don't send" or "cancel" still cancels.
func TestSummaryChangeBeatsNotYet(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		locale, text string
		cancel       bool
	}{
		{"ur-Latn", "abhi nahi bhejna, pehle agent ka naam theek karna hai", false},
		{"ur-Latn", "ruko abhi mat bhejo, amount galat hai", false},
		{"ur-Latn", "abhi na bhejo pehle kuch badalna hai", false},
		{"en", "don't send it yet, I need to fix the agent's name", false},
		{"en", "don't send yet, I want to change something first", false},
		{"ur", "ابھی مت بھیجیں، پہلے ایجنٹ کا نام ٹھیک کرنا ہے", false},
		{"ur", "ابھی نہیں بھیجنا، ملک غلط ہے", false},
		{"en", "cancel it", true},
		{"ur-Latn", "mat bhejo", true},
		{"ur", "منسوخ کر دیں", true},
	} {
		r := at(t, flows.NodeReportSummary, c.locale, c.text)
		require.False(t, effectsHave(r, flows.EffectCreateReport), "%s: %q", c.locale, c.text)
		if c.cancel {
			require.Nil(t, r.State.Draft, "%s: %q cancels", c.locale, c.text)
			continue
		}
		require.NotNil(t, r.State.Draft, "%s: %q keeps the report", c.locale, c.text)
		require.NotEqual(t, flows.NodeReportSummary, r.State.Node, "%s: %q asks what to change", c.locale, c.text)
	}
}

// A question about the words of the summary ("what is Change?") is an
// aside: the summary is shown again, nothing is changed or sent.
func TestSummaryQuestionAboutItsWords(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text string }{
		{"ur-Latn", "ye Send Change kya hai? samjha nahi"},
		{"ur-Latn", "badlein ka matlab kya hai?"},
		{"en", "what does change mean?"},
		{"en", "what is \"change\"? i don't get it"},
		{"ur", "یہ بدلیں کا کیا مطلب ہے؟"},
		{"ur", "بدلیں سے کیا مراد ہے؟ سمجھ نہیں آئی"},
	} {
		r := at(t, flows.NodeReportSummary, c.locale, c.text)
		require.Equal(t, flows.NodeReportSummary, r.State.Node, "%s: %q", c.locale, c.text)
		require.NotNil(t, r.State.Draft, "%s: %q", c.locale, c.text)
		require.False(t, effectsHave(r, flows.EffectCreateReport), "%s: %q", c.locale, c.text)
	}
	// A question that names an answer is still a wish to change it.
	r := at(t, flows.NodeReportSummary, "en", "can I change the country?")
	require.Equal(t, flows.NodeReportCountry, r.State.Node)
}

// "skip" written in Urdu letters (اسکپ, سکپ) is skip: at the summary it
// sends, as "skip" does; asked to delete the data it keeps them. So is
// "we'll see later" in any language.
func TestSkipInUrduLettersAndLater(t *testing.T) {
	t.Parallel()
	for _, text := range []string{"اسکپ کریں", "اسکپ", "سکپ کر دیں"} {
		r := at(t, flows.NodeReportSummary, "ur", text)
		require.True(t, effectsHave(r, flows.EffectCreateReport), "%q at the summary sends, as skip does", text)
	}
	for _, c := range []struct{ locale, text string }{
		{"ur", "اسکپ"},
		{"ur", "ابھی اسکپ کریں"},
		{"ur", "بعد میں دیکھیں گے"},
		{"ur-Latn", "baad me dekhenge, skip"},
		{"ur-Latn", "baad mein dekhte hain"},
		{"ur-Latn", "bad me sochenge"},
		{"en", "we'll see later, skip"},
		{"en", "i will see later"},
	} {
		r := at(t, flows.NodeErase, c.locale, c.text)
		require.False(t, effectsHave(r, flows.EffectErase), "%s: %q", c.locale, c.text)
		require.Equal(t, flows.NodeMenu, r.State.Node, "%s: %q moves on", c.locale, c.text)
	}
	// A "no" standing first answers; the "later" after it does not skip.
	for _, c := range []struct{ locale, text string }{
		{"ur-Latn", "abhi nahi, baad me dekhenge"},
		{"en", "no, we'll see later"},
		{"ur", "نہیں، بعد میں دیکھیں گے"},
	} {
		r := at(t, flows.NodeReportConsent, c.locale, c.text)
		require.Equal(t, "no", answers(r)["consent"], "%s: %q", c.locale, c.text)
	}
}

// Asked whether money was asked, papers asked for (a CV, a passport copy)
// are no money: none asked. Money or a sum named beside them is.
func TestPapersAskedAreNoMoney(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"en", "not yet, they only asked for my CV so far", "none"},
		{"en", "they only asked for my passport copy", "none"},
		{"en", "they asked for passport copy, no money", "none"},
		{"ur-Latn", "abhi tak nahi, sirf CV mangi hai", "none"},
		{"ur-Latn", "sirf passport ki copy mangi thi", "none"},
		{"ur", "ابھی نہیں، صرف سی وی مانگی ہے", "none"},
		{"ur", "صرف شناختی کارڈ کی کاپی مانگی ہے، پیسے نہیں", "none"},
		{"en", "they asked for passport copy and money", "yes"},
		{"en", "they asked for my CV and 50,000 fee", "Rs 50,000"},
		{"ur-Latn", "haan paise mange the", "yes"},
		{"ur", "ہاں، فیس مانگی تھی", "yes"},
	} {
		r := at(t, flows.NodeReportMoney, c.locale, c.text)
		require.Equal(t, c.want, answers(r)["money_asked"], "%s: %q", c.locale, c.text)
	}
}

// A thing asked for and refused in the next clause, without a "but"
// ("…مانگ رہے تھے، میں نے نہیں بھیجی"), is none given.
func TestAskedThenRefusedWithoutBut(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"ur", "شناختی کارڈ کی تصویر مانگ رہے تھے، میں نے نہیں بھیجی", "none"},
		{"ur", "پاسپورٹ مانگا تھا، ہم نے نہیں دیا", "none"},
		{"ur-Latn", "cnic ki photo mang rahe the, maine nahi bheji", "none"},
		{"ur-Latn", "passport manga tha, hum ne nahi diya", "none"},
		{"en", "they asked for a photo of my cnic, i did not send it", "none"},
		{"en", "they asked for my passport, I never sent it", "none"},
		{"ur-Latn", "passport manga tha, maine de diya", "passport"},
		{"en", "they asked for my passport and I sent it", "passport"},
	} {
		r := at(t, flows.NodeReportDocs, c.locale, c.text)
		require.Equal(t, c.want, answers(r)["documents"], "%s: %q", c.locale, c.text)
	}
}

// Consent: "nobody should contact me" in any wording is no; "take my
// number, not my brother's" is yes (the "not" is the brother's).
func TestConsentWhoseNumber(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"en", "I don't want anyone contacting me about this", "no"},
		{"en", "i dont want anybody to contact me", "no"},
		{"en", "nobody should contact me about this", "no"},
		{"ur-Latn", "main nahi chahta koi mujh se rabta kare", "no"},
		{"ur", "میں نہیں چاہتا کہ کوئی مجھ سے رابطہ کرے", "no"},
		{"ur-Latn", "mera number le lo bhai ka ni, wo dara hua h", "yes"},
		{"ur-Latn", "bhai ka number mat dena, mera le lo", "yes"},
		{"en", "take my number, not my brother's, he is scared", "yes"},
		{"ur", "میرا نمبر لے لیں، بھائی کا نہیں، وہ ڈرا ہوا ہے", "yes"},
		{"ur", "مجھ سے رابطہ کریں بھائی سے نہیں", "yes"},
		{"ur-Latn", "mera number kisi ko na dena", "no"},
	} {
		r := at(t, flows.NodeReportConsent, c.locale, c.text)
		require.Equal(t, c.want, answers(r)["consent"], "%s: %q", c.locale, c.text)
	}
}

// People of one's village or area are someone else; a beating told with
// the verb's other forms (مارتا پیٹتا) is violence.
func TestWhomVillageAndBeatingForms(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"ur-Latn", "hamare gaon ke 4 larke hain", "other"},
		{"ur-Latn", "mohalle ke 3 bache hain", "other"},
		{"en", "four boys from our village", "other"},
		{"en", "some men from our area", "other"},
		{"ur", "ہمارے گاؤں کے چار لڑکے ہیں", "other"},
		{"ur-Latn", "hum 5 log hain", "self"},
	} {
		r := at(t, flows.NodeHelpWhom, c.locale, c.text)
		require.Equal(t, c.want, answers(r)["whom"], "%s: %q", c.locale, c.text)
	}
	for _, c := range []struct{ locale, text string }{
		{"ur", "مالک مارتا پیٹتا ہے"},
		{"ur", "سیٹھ ہمیں مارتا ہے"},
		{"ur-Latn", "malik maarta peet'ta hai"},
		{"ur-Latn", "seth marta peet-ta hai"},
		{"en", "the owner beats us"},
	} {
		r := at(t, flows.NodeHelpWhat, c.locale, c.text)
		require.Equal(t, "violence", answers(r)["situation"], "%s: %q", c.locale, c.text)
	}
}
