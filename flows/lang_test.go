package flows

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/locales"
)

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
