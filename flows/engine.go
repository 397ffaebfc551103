package flows

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/hoshyar/hoshyar/locales"
)

// Signals is what triage finds in a text, as the conversation needs it.
// The engine is given a function that computes them (package triage, wired
// in main), so it stays pure and free of triage's data.
type Signals struct {
	Danger    bool
	DangerWhy []string
	CaseType  string   // DESIGN.md case type
	Flags     []string // red flag codes
	Phones    []string // E.164
}

// Options configure an Engine.
type Options struct {
	Helplines Helplines
	// TTL is how long an unfinished flow waits for the person; past it the
	// person is offered to continue or start over.
	TTL time.Duration
	// Triage computes the signals in a text; nil finds none.
	Triage func(text string) Signals
}

// Engine runs conversation steps. It holds only immutable data.
type Engine struct {
	texts *locales.Catalog
	opts  Options
}

// New returns an engine.
func New(texts *locales.Catalog, opts Options) *Engine {
	if opts.TTL <= 0 {
		opts.TTL = 24 * time.Hour
	}
	if opts.Triage == nil {
		opts.Triage = func(string) Signals { return Signals{} }
	}
	return &Engine{texts: texts, opts: opts}
}

// option is a choice offered: its value and the id of its label.
type option struct{ value, label string }

// menuOptions are the main menu's choices in order.
var menuOptions = []option{
	{ChoiceReport, "menu_report"},
	{ChoiceHelp, "menu_help"},
	{ChoiceVerify, "menu_verify"},
	{ChoiceStatus, "menu_status"},
	{ChoiceHuman, "menu_human"},
	{ChoiceLanguage, "menu_language"},
	{ChoiceErase, "menu_erase"},
}

var languageOptions = []option{
	{choiceLangPrefix + locales.UR, "lang_ur"},
	{choiceLangPrefix + locales.URLatn, "lang_ur_latn"},
	{choiceLangPrefix + locales.EN, "lang_en"},
}

// labelsOf maps an option value to the ids of the labels it is shown with.
var labelsOf = func() map[string][]string {
	m := map[string][]string{}
	for _, list := range [][]option{menuOptions, languageOptions, seenOptions, docsOptions, yesNoSkip, skipOnly,
		whereOptions, whatOptions, whomOptions, contactOptions,
		{{ChoiceDone, "btn_done"}, {ChoiceConfirm, "btn_confirm"}, {ChoiceFix, "btn_fix"}, {ChoiceCancel, "btn_cancel"},
			{ChoiceYes, "consent_yes"}, {ChoiceNo, "consent_no"}, {ChoiceContinue, "btn_continue"}, {ChoiceRestart, "btn_restart"},
			{ChoiceMenu, "btn_menu"}}} {
		for _, o := range list {
			if !contains(m[o.value], o.label) {
				m[o.value] = append(m[o.value], o.label)
			}
		}
	}
	return m
}()

// step is one Step in progress.
type step struct {
	e   *Engine
	in  Input
	now time.Time
	res Result
	sig *Signals // computed on first use
}

// Step advances the conversation by one input.
func (e *Engine) Step(s State, in Input, now time.Time) Result {
	st := &step{e: e, in: in, now: now, res: Result{State: s}}
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
	expired := !s.LastAt.IsZero() && now.Sub(s.LastAt) > e.opts.TTL && s.Node != NodeNew && s.Node != NodeMenu
	if expired {
		st.expire()
	}

	choice := st.resolve()
	// The language follows what people write, not what they press; a typed
	// command ("mujhe bachao", "مدد") sets it only on a first message.
	if choice == "" || st.in.Choice == "" && st.res.State.Locale == "" {
		st.detectLocale()
	}
	if st.res.State.Locale == "" {
		st.setLocale(locales.EN)
	}
	st.run(choice, expired)
	st.res.State.LastAt = now
	return st.res
}

func (st *step) run(choice string, expired bool) {
	// Danger comes first, whatever was being asked.
	if choice == "" && st.in.Text != "" {
		if sig := st.signals(); sig.Danger {
			st.emergency(sig.DangerWhy)
			if st.draft() == nil || st.draft().Kind != KindReport && st.draft().Kind != KindHelp {
				st.startHelp()
				return
			}
		}
	}
	if expired && st.res.State.Node == NodeResume && !globalChoice(choice) {
		st.ask("resume_q", NodeResume, []option{{ChoiceContinue, "btn_continue"}, {ChoiceRestart, "btn_restart"}})
		return
	}
	if st.global(choice) {
		return
	}
	st.answer(choice)
}

// expire parks a flow the person left unfinished, to offer it back.
func (st *step) expire() {
	s := st.res.State
	if s.Draft == nil || s.Node == NodeResume {
		st.res.State.Node, st.res.State.Options, st.res.State.Draft = NodeNew, nil, nil
		return
	}
	paused := s
	paused.Paused = nil
	st.res.State = State{Locale: s.Locale, LocaleChosen: s.LocaleChosen, Discreet: s.Discreet, Node: NodeResume, Paused: &paused}
}

// globalChoice reports choices that work in every node.
func globalChoice(c string) bool {
	switch c {
	case ChoiceMenu, ChoiceBack, ChoiceHelp, ChoiceLanguage, ChoiceCancel, ChoiceErase:
		return true
	}
	return strings.HasPrefix(c, choiceLangPrefix) || strings.HasPrefix(c, choiceRefPrefix)
}

// global handles the words that work everywhere; it reports whether it did.
func (st *step) global(choice string) bool {
	switch {
	case strings.HasPrefix(choice, choiceLangPrefix):
		st.chooseLocale(strings.TrimPrefix(choice, choiceLangPrefix))
	case strings.HasPrefix(choice, choiceRefPrefix):
		st.status(strings.TrimPrefix(choice, choiceRefPrefix))
	case choice == ChoiceLanguage:
		st.res.State.Options = nil
		if st.res.State.Node != NodeLanguage {
			st.pushHistory()
		}
		st.ask("language_prompt", NodeLanguage, languageOptions)
	case choice == ChoiceMenu:
		st.leaveFlow()
		st.menu("menu_prompt")
	case choice == ChoiceCancel:
		if st.draft() != nil && st.draft().Reference == "" {
			st.say("cancelled", nil)
		}
		st.leaveFlow()
		st.menu("menu_prompt")
	case choice == ChoiceBack:
		st.back()
	case choice == ChoiceHelp:
		st.say("emergency_numbers", st.e.opts.Helplines.data())
		if d := st.draft(); d != nil && d.Kind == KindHelp {
			st.reask()
		} else {
			st.startHelp()
		}
	case choice == ChoiceErase:
		st.leaveFlow()
		st.ask("erase_q", NodeErase, []option{{ChoiceYes, "btn_yes"}, {ChoiceNo, "btn_no"}})
	default:
		return false
	}
	return true
}

// answer gives the input to the node that asked.
func (st *step) answer(choice string) {
	node := st.res.State.Node
	if choice == "" && st.draft() != nil && node != NodeHuman && isGreeting(st.in.Text) {
		// "hi" after a pause is not an answer: ask the question again.
		st.reask()
		return
	}
	switch {
	case node == NodeNew || node == NodeMenu:
		st.atMenu(choice)
	case node == NodeLanguage:
		// Neither a language nor a command: take it as said at the menu (a
		// pasted advert, a photo, a plea).
		st.res.State.Node = NodeMenu
		st.atMenu(choice)
	case node == NodeResume:
		st.resume(choice)
	case strings.HasPrefix(node, "report_"):
		st.report(choice)
	case strings.HasPrefix(node, "help_"):
		st.help(choice)
	case node == NodeVerify:
		st.verify(choice)
	case node == NodeHuman:
		st.human(choice)
	case node == NodeErase:
		st.erase(choice)
	default:
		st.menu("menu_prompt")
	}
}

// atMenu handles the main menu, and a first message that already says
// what the person needs (a pasted advert, a plea, a question).
func (st *step) atMenu(choice string) {
	first := st.res.State.Node == NodeNew
	switch choice {
	case ChoiceReport:
		st.startReport(false)
		return
	case ChoiceVerify:
		st.startVerify()
		return
	case ChoiceStatus:
		st.statusList()
		return
	case ChoiceHuman:
		st.startHuman()
		return
	}
	if choice != "" {
		st.menu("menu_prompt")
		return
	}
	switch intent := st.intent(); intent {
	case KindReport:
		st.startReport(true)
	case KindHelp:
		st.say("emergency_numbers", st.e.opts.Helplines.data())
		st.startHelp()
	case KindVerify:
		st.res.State.Draft = &Draft{Kind: KindVerify}
		st.res.State.Node = NodeVerify
		st.verify("")
	default:
		switch {
		case first || isGreeting(st.in.Text):
			st.menu(st.greeting())
		case st.in.Media == "location":
			st.say("media_noted", nil)
			st.menu("menu_prompt")
		default:
			st.say("not_understood", nil)
			st.menu("menu_prompt")
		}
	}
}

// intent reads what a message at the menu is about: a report, a plea for
// help, a verification question, or nothing in particular ("").
func (st *step) intent() string {
	if st.in.Media != "" && st.in.Media != "sticker" && st.in.Media != "location" {
		return KindReport
	}
	text := strings.TrimSpace(st.in.Text)
	if text == "" || isGreeting(text) {
		return ""
	}
	if hasAny(text, pleaWords) {
		return KindHelp
	}
	if hasAny(text, verifyWords) {
		return KindVerify
	}
	sig := st.signals()
	switch sig.CaseType {
	case "verification_request":
		return KindVerify
	case "trafficking", "forced_labour", "smuggling", "ransom_extortion", "worker_distress_abroad":
		return KindHelp
	case "job_offer_suspicious", "job_scam_paid", "unlicensed_recruiter", "oep_misconduct", "document_fraud", "phishing_site":
		return KindReport
	}
	names := len(sig.Phones) > 0 || urlLike.MatchString(text) || licenceLike.MatchString(text)
	switch {
	case names && len([]rune(text)) < 40:
		return KindVerify // a bare number, link or licence: "is this one real?"
	case names || len([]rune(text)) >= 80:
		return KindReport
	}
	return ""
}

var licenceLike = regexp.MustCompile(`\b\d{3,5}\s*/\s*[A-Za-z]{2,4}\b`)

var urlLike = regexp.MustCompile(`(?i)(https?://|www\.|\b[a-z0-9-]+\.(com|pk|net|org|online|info|me)\b)`)

// resolve turns the input into a choice value: a pressed button, a typed
// number among the options last offered, a reference, or a known word.
func (st *step) resolve() string {
	if st.in.Choice != "" {
		return st.in.Choice
	}
	norm := Normalize(st.in.Text)
	if n, err := strconv.Atoi(norm); err == nil {
		if opts := st.res.State.Options; n >= 1 && n <= len(opts) {
			return opts[n-1]
		}
		return ""
	}
	if ref := FindReference(st.in.Text); ref != "" && len(norm) <= 20 {
		return choiceRefPrefix + ref
	}
	// An option's label typed out ("Bas, ho gaya", "Stay anonymous").
	for _, v := range st.res.State.Options {
		for _, id := range labelsOf[v] {
			if Normalize(st.t(id, nil)) == norm {
				return v
			}
		}
	}
	w := squeezeRepeats(norm)
	if c, ok := words[w]; ok {
		return c
	}
	if l := languageRequest(w); l != "" {
		return choiceLangPrefix + l
	}
	if c, ok := answerWords[w]; ok {
		return c
	}
	if n := st.res.State.Node; n == NodeNew || n == NodeMenu {
		return menuWords[w]
	}
	return ""
}

var referenceRe = regexp.MustCompile(`(?i)\bhsy[\s-]?([23456789abcdefghjklmnpqrstuvwxyz]{6})\b`)

// FindReference returns the first report reference (HSY-XXXXXX) in text,
// upper-cased, or "".
func FindReference(text string) string {
	m := referenceRe.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	return "HSY-" + strings.ToUpper(m[1])
}

// detectLocale follows the language the person writes in, until they have
// picked one.
func (st *step) detectLocale() {
	if st.res.State.LocaleChosen {
		return
	}
	l, words := detect(st.in.Text)
	if l == locales.UR && st.in.SMS && !hasArabicScript(st.in.Text) {
		l = locales.URLatn
	}
	// Once the conversation has a language, one stray word ("hello?",
	// "ok") does not change it: it takes two words that bear another out.
	if l == "" || l == st.res.State.Locale || st.res.State.Locale != "" && words < 2 {
		return
	}
	st.setLocale(l)
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
	if st.res.State.Node == NodeLanguage {
		st.popHistory()
	}
	if st.draft() != nil {
		st.reask()
		return
	}
	st.menu("menu_prompt")
}

// greeting is the welcome text: on SMS the short one; for a person who
// asked for discretion one that says nothing of what this chat is about.
func (st *step) greeting() string {
	switch {
	case st.res.State.Discreet:
		return "greeting_discreet"
	case st.in.SMS:
		return "greeting_sms"
	}
	return "greeting"
}

func (st *step) signals() Signals {
	if st.sig == nil {
		s := st.e.opts.Triage(st.in.Text)
		st.sig = &s
	}
	return *st.sig
}

// emergency shows the emergency numbers before anything else and marks the
// flow under way as an emergency.
func (st *step) emergency(why []string) {
	// The numbers are the very first thing said.
	st.say("emergency_numbers", st.e.opts.Helplines.data())
	st.say("danger_first", nil)
	d := st.draft()
	if d == nil {
		return
	}
	for _, w := range why {
		if !contains(d.Danger, w) {
			d.Danger = append(d.Danger, w)
		}
	}
	if d.Reference != "" {
		st.res.Effects = append(st.res.Effects, Effect{Kind: EffectUpdateReport, Report: st.spec()})
	}
}

func (st *step) t(id string, data map[string]any) string {
	return st.e.texts.T(st.res.State.Locale, id, data)
}

func (st *step) say(id string, data map[string]any) {
	st.res.Replies = append(st.res.Replies, Reply{Text: st.t(id, data)})
}

func (st *step) menu(textID string) {
	st.res.State.Draft = nil
	st.ask(textID, NodeMenu, menuOptions)
}

// ask sends a text with choices and moves to node, remembering the choices
// so a typed number selects one.
func (st *step) ask(textID, node string, options []option) {
	st.askWith(st.t(textID, nil), node, options)
}

func (st *step) askWith(text, node string, options []option) {
	r := Reply{Text: text}
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

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
