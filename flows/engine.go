package flows

import (
	"strconv"
	"strings"
	"time"

	"github.com/hoshyar/hoshyar/locales"
)

// Engine runs conversation steps. It holds only immutable data.
type Engine struct {
	texts     *locales.Catalog
	helplines Helplines
	ttl       time.Duration
}

// New returns an engine. ttl is how long an unfinished flow waits for the
// person before it starts over.
func New(texts *locales.Catalog, helplines Helplines, ttl time.Duration) *Engine {
	return &Engine{texts: texts, helplines: helplines, ttl: ttl}
}

// menuOptions are the main menu's choices in order, with their label ids.
var menuOptions = []struct{ value, label string }{
	{ChoiceReport, "menu_report"},
	{ChoiceHelp, "menu_help"},
	{ChoiceVerify, "menu_verify"},
	{ChoiceStatus, "menu_status"},
	{ChoiceHuman, "menu_human"},
	{ChoiceLanguage, "menu_language"},
}

var languageOptions = []struct{ value, label string }{
	{choiceLangPrefix + locales.UR, "lang_ur"},
	{choiceLangPrefix + locales.URLatn, "lang_ur_latn"},
	{choiceLangPrefix + locales.EN, "lang_en"},
}

// step is one Step in progress.
type step struct {
	e   *Engine
	res Result
}

// Step advances the conversation by one input.
func (e *Engine) Step(s State, in Input, now time.Time) Result {
	st := &step{e: e, res: Result{State: s}}
	if in.Group {
		// Nobody should report in front of others: say where to write, and
		// keep no state for the group.
		locale := Detect(in.Text)
		if locale == "" {
			locale = locales.EN
		}
		st.res.Replies = []Reply{{Text: e.texts.T(locale, "group_note", nil)}}
		return st.res
	}
	if !locales.Supported(st.res.State.Locale) {
		st.res.State.Locale = ""
	}
	expired := s.Node != NodeNew && !s.LastAt.IsZero() && now.Sub(s.LastAt) > e.ttl
	if expired {
		st.res.State.Node, st.res.State.Options = NodeNew, nil
	}

	choice := st.resolve(in)
	if choice == "" {
		st.detectLocale(in)
	}
	if st.res.State.Locale == "" {
		st.setLocale(locales.EN)
	}
	if expired {
		st.say("session_expired", nil)
	}

	switch {
	case strings.HasPrefix(choice, choiceLangPrefix):
		st.chooseLocale(strings.TrimPrefix(choice, choiceLangPrefix))
	case choice == ChoiceLanguage:
		st.ask("language_prompt", NodeLanguage, languageOptions)
	case choice == ChoiceHelp:
		st.say("emergency_numbers", e.helplines.data())
		st.say("coming_help", nil)
		st.menu("menu_prompt")
	case choice == ChoiceMenu, choice == ChoiceBack:
		st.menu("menu_prompt")
	case st.res.State.Node == NodeNew:
		st.menu(st.greeting(in))
	case choice == ChoiceReport, choice == ChoiceVerify, choice == ChoiceStatus, choice == ChoiceHuman:
		st.comingSoon(choice)
	case in.Media != "" && strings.TrimSpace(in.Text) == "":
		st.say("media_noted", nil)
		st.menu("menu_prompt")
	case isGreeting(in.Text):
		st.menu(st.greeting(in))
	default:
		st.say("not_understood", nil)
		st.menu("menu_prompt")
	}
	st.res.State.LastAt = now
	return st.res
}

// resolve turns the input into a choice value: a pressed button, a typed
// number among the options last offered, or a known word. "" if none.
func (st *step) resolve(in Input) string {
	if in.Choice != "" {
		return in.Choice
	}
	norm := Normalize(in.Text)
	if n, err := strconv.Atoi(norm); err == nil {
		if opts := st.res.State.Options; n >= 1 && n <= len(opts) {
			return opts[n-1]
		}
		return ""
	}
	return words[squeezeRepeats(norm)]
}

// detectLocale follows the language the person writes in, until they have
// picked one.
func (st *step) detectLocale(in Input) {
	if st.res.State.LocaleChosen {
		return
	}
	l := Detect(in.Text)
	if l == locales.UR && in.SMS && !hasArabicScript(in.Text) {
		l = locales.URLatn
	}
	if l != "" && l != st.res.State.Locale {
		st.setLocale(l)
	}
}

func (st *step) setLocale(l string) {
	st.res.State.Locale = l
	st.res.Effects = append(st.res.Effects, Effect{Kind: EffectSetLocale, Locale: l})
}

func (st *step) chooseLocale(l string) {
	if !locales.Supported(l) {
		st.ask("language_prompt", NodeLanguage, languageOptions)
		return
	}
	if l != st.res.State.Locale {
		st.setLocale(l)
	}
	st.res.State.LocaleChosen = true
	st.say("language_set", nil)
	st.menu("menu_prompt")
}

func (st *step) comingSoon(choice string) {
	if choice == ChoiceReport || choice == ChoiceHuman {
		st.say("emergency_numbers", st.e.helplines.data())
	}
	st.say("coming_"+choice, st.e.helplines.data())
	st.menu("menu_prompt")
}

// greeting is the welcome text; on SMS the short one.
func (st *step) greeting(in Input) string {
	if in.SMS {
		return "greeting_sms"
	}
	return "greeting"
}

func (st *step) t(id string, data map[string]any) string {
	return st.e.texts.T(st.res.State.Locale, id, data)
}

func (st *step) say(id string, data map[string]any) {
	st.res.Replies = append(st.res.Replies, Reply{Text: st.t(id, data)})
}

func (st *step) menu(textID string) {
	st.ask(textID, NodeMenu, menuOptions)
}

// ask sends a text with choices and moves to node, remembering the choices
// so a typed number selects one.
func (st *step) ask(textID, node string, options []struct{ value, label string }) {
	r := Reply{Text: st.t(textID, nil)}
	values := make([]string, len(options))
	for i, o := range options {
		r.Buttons = append(r.Buttons, Button{Label: st.t(o.label, nil), Value: o.value})
		values[i] = o.value
	}
	st.res.Replies = append(st.res.Replies, r)
	st.res.State.Node, st.res.State.Options = node, values
}

// isGreeting reports a message that is only a greeting ("salam", "hello",
// "السلام علیکم").
func isGreeting(text string) bool {
	fields := strings.Fields(squeezeRepeats(Normalize(text)))
	if len(fields) == 0 || len(fields) > 5 {
		return false
	}
	for _, w := range fields {
		if !greetingWords[w] && !urduGreetings[w] {
			return false
		}
	}
	return true
}

var greetingWords = set("hello", "hi", "hey", "salam", "o", "alaikum", "alaikom", "alikum", "walaikum", "bhai", "ji", "sir",
	"good", "morning", "evening", "السلام", "علیکم", "سلام", "اسلام", "وعلیکم", "بھائی", "جی", "ہیلو")
