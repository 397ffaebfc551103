package flows_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// playLast sends each message in turn and returns the state and the texts
// of the replies to the last one.
func playLast(t *testing.T, msgs ...string) (flows.State, []string) {
	t.Helper()
	e, state := realEngine(), flows.State{}
	var said []string
	for i, m := range msgs {
		res := e.Step(state, flows.Input{Text: m, MessageID: int64(i + 1), Reference: "HSY-MENU33"}, t0)
		state, said = res.State, nil
		for _, r := range res.Replies {
			said = append(said, r.Text)
		}
	}
	return state, said
}

// An agent's name given at the final summary ("agent ka naam … hai") sets
// the recruiter, as a phone given so does; a word that says the name shown
// is wrong names no one (the name is asked again), in three languages.
func TestAgentNamedAtSummary(t *testing.T) {
	t.Parallel()
	en := []string{"I got a message for a Qatar driver job, they want 2 lakh", "done", "yes", "facebook", "skip", "skip", "no", "no", "yes"}
	rl := []string{"mujhe qatar driver job ka msg aya 2 lakh mang rahe", "bas", "haan", "facebook", "skip", "skip", "nahi", "nahi", "haan"}
	ur := []string{"مجھے قطر میں ڈرائیور کی نوکری کا پیغام آیا ہے، ۲ لاکھ مانگ رہے ہیں", "بس", "جی ہاں", "فیس بک", "چھوڑیں", "چھوڑیں", "نہیں", "نہیں", "جی ہاں"}
	for _, c := range []struct {
		base       []string
		said, want string
	}{
		{en, "the agent's name is Al Falah Overseas", "Al Falah Overseas"},
		{en, "company name is Gulf Star Manpower", "Gulf Star Manpower"},
		{rl, "agent ka naam Al Falah Overseas hai", "Al Falah Overseas"},
		{rl, "agent ka nam Rashid h", "Rashid"},
		{ur, "ایجنٹ کا نام الفلاح اوورسیز ہے", "الفلاح اوورسیز"},
		{ur, "کمپنی کا نام گلف سٹار ہے", "گلف سٹار"},
	} {
		st, _ := playLast(t, append(append([]string{}, c.base...), c.said)...)
		require.Equal(t, flows.NodeReportSummary, st.Node, c.said)
		require.Equal(t, c.want, st.Draft.Answers["recruiter"], c.said)
	}
	for _, c := range []struct {
		base []string
		said string
	}{{en, "the agent's name is wrong"}, {rl, "agent ka naam galat hai"}, {ur, "ایجنٹ کا نام غلط ہے"}} {
		st, _ := playLast(t, append(append([]string{}, c.base...), c.said)...)
		require.Equal(t, flows.NodeReportRecruiter, st.Node, c.said)
	}
}

// A reference typed wrong ("HSY-AB12CD": a 1, an O for a 0) is told to be
// none, with the right form; one in Urdu digits is read; the status asked
// in words ("mera case kahan tak pohancha", "stts?") is the status, in
// three languages.
func TestReferencesAndStatusWords(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, ref string }{
		{"en", "status HSY-AB12CD", "HSY-AB12CD"},
		{"en", "what about my report HSY-4K7P2O?", "HSY-4K7P2O"},
		{"en", "HSY-۴K۷P۲O", "HSY-4K7P2O"},
		{"ur-Latn", "report ka status|HSY-AB12CD", "HSY-AB12CD"},
		{"ur-Latn", "mera case kahan tak pohancha HSY-PLAY00", "HSY-PLAY00"},
		{"ur", "میری رپورٹ HSY-4K7P2O کا کیا بنا", "HSY-4K7P2O"},
		{"ur", "میری رپورٹ hsy 12ab3i کا کیا بنا", "HSY-12AB3I"},
	} {
		_, said := playLast(t, strings.Split(c.text, "|")...)
		require.NotEmpty(t, said, c.text)
		require.Equal(t, texts.T(c.locale, "status_bad_ref", map[string]any{"Reference": "\u2066" + c.ref + "\u2069"}), said[0], c.text)
	}
	for _, text := range []string{"HSY-۴K۷P۲Q", "status HSY ٤K٧P٢Q", "میری رپورٹ HSY-۴K۷P۲Q کا کیا بنا"} {
		_, said := playLast(t, text)
		require.Contains(t, strings.Join(said, "\n"), "HSY-4K7P2Q", text)
		require.NotContains(t, strings.Join(said, "\n"), "HSY-7KQ3MZ", text)
	}
	for _, c := range []struct{ locale, text string }{
		{"ur-Latn", "mera case kahan tak pohancha"},
		{"ur-Latn", "meri shikayat kahan tk pohnchi?"},
		{"ur-Latn", "meri report ka kya bana"},
		{"en", "stts?"},
		{"en", "what's happening with my case"},
		{"en", "where is my report"},
		{"ur", "میری شکایت کہاں تک پہنچی"},
		{"ur", "میرا کیس کہاں تک پہنچا؟"},
		{"ur", "میری رپورٹ کا کیا بنا"},
	} {
		_, said := playLast(t, c.text)
		require.Equal(t, texts.T(c.locale, "status_none", nil), said[0], c.text)
	}
}

// "yes", "haan", "جی ہاں", "y" to "anything else I can do for you?" is
// the menu, not "I did not understand".
func TestYesToAnythingElse(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text string }{
		{"ur-Latn", "ye asli hai? 9001/RWP|skip|haan"},
		{"ur-Latn", "ye asli hai? 9001/RWP|skip|ji haan"},
		{"en", "is this real? 9001/RWP|skip|yes please"},
		{"en", "is this real? 9001/RWP|skip|yes"},
		{"ur", "یہ اصلی ہے؟ ۹۰۰۱/RWP|چھوڑیں|جی ہاں"},
		{"ur", "یہ اصلی ہے؟ ۹۰۰۱/RWP|چھوڑیں|ہاں جی"},
	} {
		st, said := playLast(t, strings.Split(c.text, "|")...)
		require.Equal(t, flows.NodeMenu, st.Node, c.text)
		require.Equal(t, []string{texts.T(c.locale, "menu_prompt", nil)}, said, c.text)
	}
}

// A Roman Urdu message clearly so after a two-word English-looking first
// one ("agent check") is answered in Roman Urdu; one English answer in a
// Roman Urdu conversation still does not switch it.
func TestRomanUrduAfterShortEnglishOpening(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"agent check|mere paas sirf naam hai: Gulf Star Manpower",
		"agent check|bas company ka naam pata hai, Gulf Star Manpower",
		"check agent|mere paas sirf us ka number hai 03001234567",
	} {
		st, _ := playLast(t, strings.Split(text, "|")...)
		require.Equal(t, "ur-Latn", st.Locale, text)
	}
	st, _ := playLast(t, "mujhe dubai ki job ka msg aya hai, agent 2 lakh mang raha hai", "done")
	require.Equal(t, "ur-Latn", st.Locale)
}

// "how do you check?" at the check is answered truly (the licence list,
// earlier reports, OEC), and a question the bot cannot answer is deferred
// plainly, never "good question", in three languages.
func TestHowWeCheckAndPlainDeferral(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text string }{
		{"ur-Latn", "ye asli hai?|aap kaise check karte ho?"},
		{"ur-Latn", "ye asli hai?|ap kese check krte ho"},
		{"en", "is this real?|how do you check this?"},
		{"en", "is this real?|how will you verify it?"},
		{"ur", "یہ اصلی ہے؟|آپ کیسے چیک کرتے ہیں؟"},
		{"ur", "یہ اصلی ہے؟|آپ کیسے تصدیق کرتے ہیں؟"},
	} {
		_, said := playLast(t, strings.Split(c.text, "|")...)
		require.Equal(t, texts.T(c.locale, "aside_how_check", nil), said[0], c.text)
	}
	for _, l := range []string{"en", "ur", "ur-Latn"} {
		s := texts.T(l, "aside_question", nil)
		for _, flip := range []string{"Good question", "اچھا سوال", "Achha sawal"} {
			require.NotContains(t, s, flip, l)
		}
	}
}

// "Not yet, paying tomorrow" at "have you paid?" gets a short "don't pay
// them yet" before the next question; a plain "no" does not.
func TestNotYetPaidWarned(t *testing.T) {
	t.Parallel()
	en := []string{"I got a message for a Qatar driver job, they want 2 lakh", "done", "yes", "facebook", "skip", "skip"}
	rl := []string{"mujhe qatar driver job ka msg aya 2 lakh mang rahe", "bas", "haan", "facebook", "skip", "skip"}
	ur := []string{"مجھے کویت میں ڈرائیور کی نوکری کا پیغام آیا ہے، ایجنٹ ۳ لاکھ مانگ رہا ہے", "بس، ہو گیا", "جی ہاں", "واٹس ایپ", "چھوڑیں", "چھوڑیں"}
	for _, c := range []struct {
		base         []string
		locale, said string
		warned       bool
	}{
		{en, "en", "not yet, paying tomorrow", true},
		{en, "en", "not yet", true},
		{en, "en", "no, I will pay on Monday", true},
		{en, "en", "no", false},
		{rl, "ur-Latn", "abhi nahi, kal dene hain", true},
		{rl, "ur-Latn", "nahi abhi, kal de dunga", true},
		{rl, "ur-Latn", "nahi", false},
		{ur, "ur", "ابھی نہیں، کل دینے ہیں", true},
		{ur, "ur", "ابھی تک نہیں، کل دوں گا", true},
		{ur, "ur", "نہیں", false},
	} {
		st, said := playLast(t, append(append([]string{}, c.base...), c.said)...)
		require.Equal(t, "no", st.Draft.Answers["paid"], c.said)
		require.Equal(t, c.warned, said[0] == texts.T(c.locale, "aside_pay_hold", nil), c.said)
	}
}

// Every red flag a check can raise is named to the person: the single lab
// for medicals too, in three languages.
func TestNamedMedicalNamedAtCheck(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text string }{
		{"ur", "یہ اشتہار اصلی ہے؟ سعودی عرب میں امام اور موذن کی نوکریاں، میڈیکل صرف الشفاء لیب سے ۵۰ ہزار میں، واٹس ایپ ۰۳۰۰۹۸۷۶۵۴۳"},
		{"en", "is this real? Saudi driver job, medical only from Al Shifa lab for 50 thousand, whatsapp 03009876543"},
		{"ur-Latn", "ye asli hai? saudi driver job, medical sirf al shifa lab se 50 hazar mein, whatsapp 03009876543"},
	} {
		_, said := playLast(t, c.text)
		require.Contains(t, strings.Join(said, "\n"), texts.T(c.locale, "advice_named_medical", nil), c.text)
	}
}
