package flows

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/locales"
)

var (
	texts = locales.MustLoad()
	t0    = time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC)
)

func engine() *Engine { return New(texts, DefaultHelplines(), time.Hour) }

func menuValues() []string {
	return []string{ChoiceReport, ChoiceHelp, ChoiceVerify, ChoiceStatus, ChoiceHuman, ChoiceLanguage}
}

func values(bs []Button) []string {
	var vs []string
	for _, b := range bs {
		vs = append(vs, b.Value)
	}
	return vs
}

func last(r Result) Reply { return r.Replies[len(r.Replies)-1] }

func TestGreetingDetectsLanguage(t *testing.T) {
	t.Parallel()
	cases := []struct {
		text, locale string
	}{
		{"salam", locales.UR},
		{"السلام علیکم", locales.UR},
		{"سلام", locales.UR},
		{"assalam o alaikum bhai", locales.URLatn},
		{"AoA bhai, kya haal hai?", locales.URLatn},
		{"hello", locales.EN},
		{"Hi, good morning", locales.EN},
		{"👋", locales.EN}, // nothing to go on: English
		{"\u200fسلام\u200f", locales.UR},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			t.Parallel()
			r := engine().Step(State{}, Input{Text: c.text}, t0)
			require.Equal(t, c.locale, r.State.Locale)
			require.Equal(t, NodeMenu, r.State.Node)
			require.Len(t, r.Replies, 1)
			require.Equal(t, texts.T(c.locale, "greeting", nil), r.Replies[0].Text)
			require.Equal(t, menuValues(), values(r.Replies[0].Buttons))
			require.Equal(t, texts.T(c.locale, "menu_report", nil), r.Replies[0].Buttons[0].Label)
			require.Contains(t, r.Effects, Effect{Kind: EffectSetLocale, Locale: c.locale})
			require.Equal(t, t0, r.State.LastAt)
		})
	}
}

// "menu" and "help" work from every node, in every language, and never
// change the language the person is reading.
func TestMenuAndHelpEverywhere(t *testing.T) {
	t.Parallel()
	nodes := []State{
		{},
		{Node: NodeMenu, Options: menuValues()},
		{Node: NodeLanguage, Options: []string{"lang:ur", "lang:ur-Latn", "lang:en"}},
	}
	menuWords := map[string][]string{
		locales.EN:     {"menu", "MENU", " Menu! ", "back", "main menu"},
		locales.UR:     {"مینو", "واپس"},
		locales.URLatn: {"menu", "wapis", "meenu"},
	}
	helpWords := map[string][]string{
		locales.EN:     {"help", "help me", "HELP!!"},
		locales.UR:     {"مدد", "بچاؤ"},
		locales.URLatn: {"madad", "madaaad", "madad karo", "bachao"},
	}
	for locale, ws := range menuWords {
		for _, s := range nodes {
			for _, w := range ws {
				s.Locale = locale
				s.LastAt = t0
				r := engine().Step(s, Input{Text: w}, t0.Add(time.Minute))
				require.Equal(t, locale, r.State.Locale, w)
				require.Equal(t, NodeMenu, r.State.Node, w)
				require.Equal(t, menuValues(), values(last(r).Buttons), w)
				require.Equal(t, texts.T(locale, "menu_prompt", nil), last(r).Text, w)
			}
		}
	}
	for locale, ws := range helpWords {
		for _, s := range nodes {
			for _, w := range ws {
				s.Locale = locale
				s.LastAt = t0
				r := engine().Step(s, Input{Text: w}, t0.Add(time.Minute))
				require.Equal(t, locale, r.State.Locale, w)
				require.GreaterOrEqual(t, len(r.Replies), 2, w)
				require.Contains(t, r.Replies[0].Text, "15", "danger numbers come first: %q", w)
				require.Contains(t, r.Replies[0].Text, "1122", w)
				require.Equal(t, menuValues(), values(last(r).Buttons), w)
			}
		}
	}
}

func TestLanguageSwitching(t *testing.T) {
	t.Parallel()
	e := engine()
	cases := []struct {
		name  string
		input Input
	}{
		{"word", Input{Text: "language"}},
		{"roman", Input{Text: "zaban"}},
		{"urdu", Input{Text: "زبان"}},
		{"button", Input{Choice: ChoiceLanguage}},
		{"number", Input{Text: "6"}},
		{"urdu digit", Input{Text: "۶"}},
	}
	for _, c := range cases {
		for _, locale := range locales.All {
			s := State{Locale: locale, Node: NodeMenu, Options: menuValues(), LastAt: t0}
			r := e.Step(s, c.input, t0)
			require.Equal(t, NodeLanguage, r.State.Node, c.name)
			require.Equal(t, texts.T(locale, "language_prompt", nil), last(r).Text, c.name)
			require.Equal(t, []string{"lang:ur", "lang:ur-Latn", "lang:en"}, values(last(r).Buttons))

			for i, target := range []string{locales.UR, locales.URLatn, locales.EN} {
				for _, pick := range []Input{{Choice: "lang:" + target}, {Text: string(rune('1' + i))}} {
					r2 := e.Step(r.State, pick, t0)
					require.Equal(t, target, r2.State.Locale)
					require.True(t, r2.State.LocaleChosen)
					require.Equal(t, texts.T(target, "language_set", nil), r2.Replies[0].Text)
					require.Equal(t, menuValues(), values(last(r2).Buttons))
				}
			}
		}
	}
}

func TestLanguageWordsSwitchDirectly(t *testing.T) {
	t.Parallel()
	cases := map[string]string{"urdu": locales.UR, "اردو": locales.UR, "english": locales.EN, "roman urdu": locales.URLatn, "Angrezi": locales.EN}
	for text, want := range cases {
		r := engine().Step(State{Locale: locales.EN, Node: NodeMenu, LastAt: t0}, Input{Text: text}, t0)
		require.Equal(t, want, r.State.Locale, text)
		require.True(t, r.State.LocaleChosen, text)
	}
}

// Once chosen, the language stays even if the person writes in another.
func TestChosenLocaleSticks(t *testing.T) {
	t.Parallel()
	s := State{Locale: locales.UR, LocaleChosen: true, Node: NodeMenu, Options: menuValues(), LastAt: t0}
	r := engine().Step(s, Input{Text: "hello"}, t0)
	require.Equal(t, locales.UR, r.State.Locale)
	require.Empty(t, r.Effects)

	s.LocaleChosen = false
	r = engine().Step(s, Input{Text: "hello there, I need to check an agent"}, t0)
	require.Equal(t, locales.EN, r.State.Locale, "an unchosen language follows the writer")
}

func TestMenuOptionsAnswerHonestly(t *testing.T) {
	t.Parallel()
	for _, locale := range locales.All {
		for i, v := range []string{ChoiceReport, ChoiceHelp, ChoiceVerify, ChoiceStatus, ChoiceHuman} {
			for _, in := range []Input{{Choice: v}, {Text: string(rune('1' + i))}} {
				s := State{Locale: locale, Node: NodeMenu, Options: menuValues(), LastAt: t0}
				r := engine().Step(s, in, t0)
				require.Contains(t, joined(r), texts.T(locale, "coming_"+v, DefaultHelplines().data()), "%s %v", locale, in)
				require.Equal(t, menuValues(), values(last(r).Buttons), "never a dead end")
				require.Equal(t, locale, r.State.Locale)
			}
		}
	}
}

func TestNumbersOutOfRangeAndNonsense(t *testing.T) {
	t.Parallel()
	for _, text := range []string{"9", "0", "asdfgh", "", "٧٧"} {
		s := State{Locale: locales.URLatn, Node: NodeMenu, Options: menuValues(), LastAt: t0}
		r := engine().Step(s, Input{Text: text}, t0)
		require.Equal(t, texts.T(locales.URLatn, "not_understood", nil), r.Replies[0].Text, text)
		require.Equal(t, menuValues(), values(last(r).Buttons))
		require.Equal(t, locales.URLatn, r.State.Locale)
	}
}

func TestMediaAndGreetingInMenu(t *testing.T) {
	t.Parallel()
	s := State{Locale: locales.UR, Node: NodeMenu, Options: menuValues(), LastAt: t0}
	r := engine().Step(s, Input{Media: "sticker"}, t0)
	require.Equal(t, texts.T(locales.UR, "media_noted", nil), r.Replies[0].Text)

	r = engine().Step(s, Input{Text: "السلام علیکم"}, t0)
	require.Equal(t, texts.T(locales.UR, "greeting", nil), r.Replies[0].Text)
}

func TestExpiredConversationStartsOver(t *testing.T) {
	t.Parallel()
	s := State{Locale: locales.URLatn, Node: NodeLanguage, Options: []string{"lang:ur"}, LastAt: t0}
	r := engine().Step(s, Input{Text: "1"}, t0.Add(2*time.Hour))
	require.Equal(t, texts.T(locales.URLatn, "session_expired", nil), r.Replies[0].Text)
	require.Equal(t, NodeMenu, r.State.Node)
	require.Equal(t, locales.URLatn, r.State.Locale, "the language is remembered; '1' no longer means the old option")

	r = engine().Step(s, Input{Text: "1"}, t0.Add(30*time.Minute))
	require.Equal(t, locales.UR, r.State.Locale, "within the ttl, '1' picks the offered option")
}

func TestUnknownLocaleInStateIsRepaired(t *testing.T) {
	t.Parallel()
	r := engine().Step(State{Locale: "xx", Node: NodeMenu, LastAt: t0}, Input{Text: "1"}, t0)
	require.True(t, locales.Supported(r.State.Locale))
}

func joined(r Result) string {
	var parts []string
	for _, rep := range r.Replies {
		parts = append(parts, rep.Text)
	}
	return strings.Join(parts, "\n")
}

func TestNormalize(t *testing.T) {
	t.Parallel()
	cases := map[string]string{
		"  MENU!! ":            "menu",
		"مي\u200cنو":           "مینو",
		"\u202bمدد\u202c":      "مدد",
		"۱۲۳ ٤٥":               "123 45",
		"كيا":                  "کیا",
		"Hello,\tworld...":     "hello world",
		"/start":               "/start",
		"\ufeffhelp\u2066":     "help",
		"call 0300-1234567 ok": "call 0300 1234567 ok",
	}
	for in, want := range cases {
		require.Equal(t, want, Normalize(in), "%q", in)
	}
}

func TestDetect(t *testing.T) {
	t.Parallel()
	cases := map[string]string{
		"mujhe naukri chahiye":           locales.URLatn,
		"Bhai ye agent asli hai?":        locales.URLatn,
		"mera passport rakh liya":        locales.URLatn,
		"I need help with a job offer":   locales.EN,
		"Is this agent real?":            locales.EN,
		"مجھے مدد چاہیے":                 locales.UR,
		"salam":                          locales.UR,
		"salam, I need help":             locales.EN,
		"0300 1234567":                   "",
		"ok":                             "",
		"pleeease madaaad":               locales.URLatn,
		"ٹھیک ہے bhai":                   locales.UR,
		"Dubai visa 400000 advance diya": locales.URLatn,
	}
	for in, want := range cases {
		require.Equal(t, want, Detect(in), "%q", in)
	}
}

func TestDefaultHelplines(t *testing.T) {
	t.Parallel()
	h := DefaultHelplines()
	require.Equal(t, "15", h.Police)
	require.Equal(t, "1122", h.Rescue)
	_, err := ParseHelplines([]byte(`{"police":"15"}`))
	require.Error(t, err)
}

func TestGroupChatGetsANoteAndNoState(t *testing.T) {
	t.Parallel()
	s := State{Locale: locales.EN, Node: NodeMenu, Options: menuValues(), LastAt: t0}
	r := engine().Step(s, Input{Text: "mujhe madad chahiye", Group: true}, t0.Add(time.Minute))
	require.Equal(t, []Reply{{Text: texts.T(locales.URLatn, "group_note", nil)}}, r.Replies)
	require.Equal(t, s, r.State, "a group message changes nothing")
	require.Empty(t, r.Effects)
}

func TestSMSPrefersLatinForALatinGreeting(t *testing.T) {
	t.Parallel()
	r := engine().Step(State{}, Input{Text: "salam", SMS: true}, t0)
	require.Equal(t, locales.URLatn, r.State.Locale)
	require.Equal(t, texts.T(locales.URLatn, "greeting_sms", nil), r.Replies[0].Text, "the short greeting on SMS")
	require.Less(t, len(r.Replies[0].Text), 160)
	r = engine().Step(State{}, Input{Text: "سلام", SMS: true}, t0)
	require.Equal(t, locales.UR, r.State.Locale, "Urdu script is answered in Urdu script, even on SMS")
	r = engine().Step(State{}, Input{Text: "salam"}, t0)
	require.Equal(t, locales.UR, r.State.Locale)
}
