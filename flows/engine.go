package flows

import (
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/hoshyar/hoshyar/lang"
	"github.com/hoshyar/hoshyar/locales"
)

// Signals is what triage finds in a text, as the conversation needs it.
// The engine is given a function that computes them (package triage, wired
// in main), so it stays pure.
type Signals struct {
	Danger     bool
	DangerWhy  []string
	CaseType   string   // DESIGN.md case type
	Flags      []string // red flag codes
	Phones     []string // E.164
	Countries  []string // ISO 3166 alpha-2, not PK
	Amounts    []Amount // sums of money, not a salary
	Salaries   []Amount // sums named as pay ("salary 3000 dirham"): never asked nor paid
	Fee        *Amount  // the sum asked as a fee or advance, not a salary
	Payments   []string // jazzcash, easypaisa, bank, cash, western_union, hawala
	Licences   []string
	Licensed   bool // the recruiter is said to be licensed, by number or in words ("licence wali company")
	URLs       []string
	Emails     []string // e-mail addresses, lower-cased
	Abroad     bool     // the person, or the one it is about, is abroad now
	Located    []string // the countries the text places them in (not a destination)
	Urgent     bool     // triage reads an urgent situation (passport taken, wages withheld…)
	Situations []string // triage's situation codes: confined, violence, documents_taken…
	Over       bool     // the danger told is over (in the past, or safe now), as triage read the context
}

// Amount is a sum of money as triage read it.
type Amount struct {
	Value    float64
	Currency string // ISO 4217
	Text     string // as written
}

// Options configure an Engine.
type Options struct {
	Helplines Helplines
	// TTL is how long an unfinished flow waits for the person; past it the
	// person is offered to continue or start over.
	TTL time.Duration
	// Triage computes the signals in a text; nil finds none.
	Triage func(text string) Signals
	// CountryName names a country (ISO code) for a person reading locale;
	// nil shows the code.
	CountryName func(code, locale string) string
}

// Engine runs conversation steps. It holds only immutable data.
type Engine struct {
	texts  *locales.Catalog
	opts   Options
	reader *lang.Reader
}

// New returns an engine.
func New(texts *locales.Catalog, opts Options) *Engine {
	if opts.TTL <= 0 {
		opts.TTL = 24 * time.Hour
	}
	if opts.Triage == nil {
		opts.Triage = func(string) Signals { return Signals{} }
	}
	// Triage reads phone numbers with the marks typed inside them made plain.
	read := opts.Triage
	opts.Triage = func(text string) Signals { return read(lang.NumberMarks(text)) }
	if opts.CountryName == nil {
		opts.CountryName = func(code, _ string) string { return code }
	}
	return &Engine{texts: texts, opts: opts, reader: lang.Conversation()}
}

// step is one Step in progress.
type step struct {
	e   *Engine
	in  Input
	now time.Time
	res Result
	sig *Signals      // of the input's text, computed on first use
	rd  *lang.Reading // the input's text, read on first use
}

// Step advances the conversation by one input.
func (e *Engine) Step(s State, in Input, now time.Time) Result {
	if in.Agency != nil {
		return e.fromAgency(s.clone(), *in.Agency, now) // agency.go: on a copy too
	}
	// The step works on a copy: the caller's state is never changed (a
	// runner may step the same state again, knowing more).
	st := &step{e: e, in: in, now: now, res: Result{State: s.clone()}}
	if in.Group {
		// Nobody should report in front of others: say where to write, and
		// keep no state for the group.
		locale := lang.Detect(in.Text).Lang
		if !locales.Supported(locale) {
			locale = locales.EN
		}
		st.res.State = s
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
	st.followLanguage()
	st.run(expired)
	st.res.State.LastAt = now
	return st.res
}

// clone is a deep copy of s: nothing of it is shared with s.
func (s State) clone() State {
	out := s
	out.Options = slices.Clone(s.Options)
	out.Warned = slices.Clone(s.Warned)
	out.Tally = lang.Tally{}
	maps.Copy(out.Tally, s.Tally)
	if s.Draft != nil {
		out.Draft = s.Draft.clone()
	}
	if s.Paused != nil {
		p := s.Paused.clone()
		out.Paused = &p
	}
	return out
}

// clone is a deep copy of d.
func (d *Draft) clone() *Draft {
	out := *d
	out.Evidence = slices.Clone(d.Evidence)
	out.Texts = slices.Clone(d.Texts)
	out.Danger = slices.Clone(d.Danger)
	out.History = slices.Clone(d.History)
	out.Settled = slices.Clone(d.Settled)
	out.Answers = maps.Clone(d.Answers)
	out.Inferred = maps.Clone(d.Inferred)
	out.Rejected = maps.Clone(d.Rejected)
	return &out
}

func (st *step) run(expired bool) {
	// Danger comes first, whatever was being asked.
	if st.in.Choice == "" && st.text() != "" {
		if sig := st.signals(); sig.Danger && !st.reportOverModel(sig) && !st.placeOverModel(sig) && !st.accountOverModel(sig) && !st.referenceNoNews(sig) {
			st.emergency(sig.DangerWhy)
			if d := st.draft(); (d == nil || d.Kind != KindReport && d.Kind != KindHelp) && !st.eraseWished() {
				if d == nil && st.reportOfOthers() {
					// the report asked for is made, and sent at once, as a
					// plea is: the questions after it update it
					defer st.sendReportNow()
				} else {
					st.startHelp()
					return
				}
			}
		}
	}
	choice := st.choice()
	if expired && st.res.State.Node == NodeResume && !globalChoice(choice) {
		st.ask("resume_q", NodeResume, resumeOptions)
		return
	}
	if st.global(choice) {
		return
	}
	if st.in.Media == "sticker" && strings.TrimSpace(st.in.Text) == "" && st.draft() != nil {
		// A sticker says "ok" or "thanks": acknowledged, never evidence of
		// an offer, and the question stands.
		st.say("sticker_noted", nil)
		if q := questions[st.res.State.Node]; q != nil {
			st.askQuestion(q, true)
		} else {
			st.reask()
		}
		return
	}
	st.answer(choice)
}

// expire parks a flow the person left unfinished, to offer it back.
func (st *step) expire() {
	s := st.res.State
	if s.Draft == nil || s.Node == NodeResume {
		st.res.State.Node, st.res.State.Options, st.res.State.Draft, st.res.State.Paused = NodeNew, nil, nil, nil
		return
	}
	st.park()
}

// park sets the flow under way aside, to be offered back at NodeResume.
func (st *step) park() {
	s := st.res.State
	paused := s
	paused.Paused = nil
	st.res.State = State{Locale: s.Locale, LocaleChosen: s.LocaleChosen, Discreet: s.Discreet, Node: NodeResume,
		Paused: &paused, Tally: s.Tally}
}

// text is what the person wrote, or the text read from what they sent.
func (st *step) text() string {
	t := strings.TrimSpace(st.in.Text)
	if mt := strings.TrimSpace(st.in.MediaText); mt != "" {
		if t == "" {
			return mt
		}
		return t + "\n" + mt
	}
	return t
}

// read is the person's own words, read once.
func (st *step) read() *lang.Reading {
	if st.rd == nil {
		st.rd = st.e.reader.Read(st.in.Text)
	}
	return st.rd
}

func (st *step) signals() Signals {
	if st.sig == nil {
		s := st.e.opts.Triage(st.text())
		st.sig = &s
	}
	return *st.sig
}

// choice turns the input into a choice value: a pressed button, or what a
// typed message names: one of the options last offered (by its number,
// "2", "۲", "dusra", or its label), a report's reference, or a word that
// works everywhere (menu, back, help, language, cancel, delete my data).
func (st *step) choice() string {
	if st.in.Choice != "" {
		return st.in.Choice
	}
	rd := st.read()
	if n := rd.Ordinal(); n > 0 {
		if opts := st.res.State.Options; n <= len(opts) {
			return opts[n-1]
		}
		return ""
	}
	if ref := FindReference(st.in.Text); ref != "" && st.asksStatusOf() {
		return choiceRefPrefix + ref
	}
	if bad := badReference(st.in.Text); bad != "" && st.asksStatusOf() {
		return choiceRefPrefix + bad // "HSY-AB12CD": told it is none
	}
	norm := lang.Normalize(st.in.Text)
	for _, v := range st.res.State.Options {
		for _, id := range labelsOf[v] {
			if lang.Normalize(st.t(id, nil)) == norm {
				return v
			}
		}
	}
	if l := rd.Language(); l != "" && (rd.Words() <= 3 || rd.Intent() == ChoiceLanguage) {
		return choiceLangPrefix + l
	}
	switch c := rd.Command(); c {
	case "menu":
		return ChoiceMenu
	case "back":
		return ChoiceBack
	case "help":
		return ChoiceHelp
	case "language":
		return ChoiceLanguage
	case "cancel":
		// "ختم", "khatam" also say "finished": where the question is whether
		// there is more, they are done, not a wish to throw the report away.
		if st.res.State.Node != NodeReportSummary && !(st.res.State.Node == NodeReportOffer && rd.Done()) {
			return ChoiceCancel
		}
	case "erase":
		if st.res.State.Node != NodeErase {
			return ChoiceErase
		}
	}
	switch node := st.res.State.Node; {
	case node == NodeNew || node == NodeMenu || node == NodeLanguage || node == NodeHuman:
		// At the menu these are intents (atMenu); talking to a person,
		// every message is theirs to read.
	case (node == NodeReportConsent || node == NodeHelpContact) && rd.YesNo() == lang.PolarYes:
		// "ہاں، افسر بات کر سکتے ہیں" asked whether an officer may contact
		// them (A37-0186): the yes answers; it asks for no one now
	case rd.PersonAsked():
		// "kisi insan se baat krwao" asked where the question was what
		// is happening: the wish, never an answer.
		return ChoiceHuman
	case rd.EraseAsked() && node != NodeErase:
		return ChoiceErase // "mera data delete kr do", however it is spelt
	}
	return ""
}

// asksStatusOf reports a message that names a report's reference to ask
// about it ("HSY-4K7P2Q", "HSY-4K7P2Q ka status?"): besides the
// reference, a few words, or a few more that ask for its status. A long
// message that names one tells something else.
func (st *step) asksStatusOf() bool {
	rest := st.e.reader.Read(withoutReference(st.in.Text))
	return rest.Words() <= 4 || rest.Words() <= 8 && rest.Intent() == ChoiceStatus
}

// globalChoice reports choices that work in every node.
func globalChoice(c string) bool {
	switch c {
	case ChoiceMenu, ChoiceBack, ChoiceHelp, ChoiceLanguage, ChoiceCancel, ChoiceErase, ChoiceHuman:
		return true
	}
	return strings.HasPrefix(c, choiceLangPrefix) || strings.HasPrefix(c, choiceRefPrefix)
}

// global handles the choices that work everywhere; it reports whether it did.
func (st *step) global(choice string) bool {
	switch {
	case strings.HasPrefix(choice, choiceLangPrefix):
		st.chooseLocale(strings.TrimPrefix(choice, choiceLangPrefix))
	case strings.HasPrefix(choice, choiceRefPrefix):
		st.statusOf(strings.TrimPrefix(choice, choiceRefPrefix))
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
		st.tellCancelled()
		st.leaveFlow()
		st.menu("menu_prompt")
	case choice == ChoiceBack:
		st.back()
	case choice == ChoiceHelp:
		// Asked for: the numbers again, whatever was said before.
		st.say("emergency_numbers", st.e.opts.Helplines.data())
		st.localNumbers()
		st.res.State.NumbersShown = true
		if d := st.draft(); d != nil && d.Kind == KindHelp {
			st.reask()
		} else {
			st.startHelp()
		}
	case choice == ChoiceHuman:
		st.toPerson()
	case choice == ChoiceErase:
		st.setAside() // a "no" comes back to it
		st.ask("erase_q", NodeErase, yesNo)
	default:
		return false
	}
	return true
}

// tellCancelled says what cancelling did: nothing was sent, or, of a
// report sent at once for its danger (sendReportNow), that what it told
// was passed on already. A plea already passed on is left without a word.
func (st *step) tellCancelled() {
	switch d := st.draft(); {
	case d == nil:
	case d.Reference == "":
		st.say("cancelled", nil)
	case d.Kind == KindReport:
		st.say("cancelled_after_sent", nil)
	}
}

// sendReportNow sends the report just begun before its questions: a
// danger to others is not held back for them (one who stops half-way has
// still told us). Its urgency is judged on the account, as every report's
// is; the answers and the summary's yes update it.
func (st *step) sendReportNow() {
	if d := st.draft(); d != nil && d.Kind == KindReport && d.Reference == "" {
		st.create()
	}
}

// reportOfOthers reports a first message that asks in words to report a
// named person or firm, for what they did to others ("I want to report a
// woman in our area, people call her Hina Parlour wali Baji (real name
// Nasreen). She sent 3 girls … the girls are kept in a flat", C217-031):
// the numbers to call come first, and the report asked for is made, with
// its danger; it is no plea of the writer's own. So is a report asked
// against an agent or agency, named or not ("I want to report an agency
// in Karachi that sent my brother to Myanmar", C244-004). Told of oneself,
// or of no one named ("I want to report something happening in the house
// next to ours", C66-008), it is a plea.
func (st *step) reportOfOthers() bool {
	rd := st.read()
	if st.draft() != nil || !rd.ReportAsked() {
		return false
	}
	if v, ok := rd.WhomTold(); ok && v == "other" && rd.ReportOfRecruiter() {
		return true
	}
	if v, ok := rd.Option("whom"); !ok || v == "self" {
		return false
	}
	return rd.NamedIn() != "" || companyName(st.text()) != "" || rd.TitledName() != ""
}

// reportOverModel reports a first message that asks in words to report,
// or tells a fraud ("I want to file a complaint against the agent who sent
// my brother to Riyadh …", "mera chota bhai hai uske sath Quetta me ek
// agent ne dhoka kia hy") where only the model, not a word of danger, reads an
// emergency: the report is what was asked, and its urgency is judged on
// the whole account when it is made. So is a message that gives a
// report's reference ("HSY-9FQ2LM ref no si … 2 hafte ho gaye koi call nai
// ayi", C388-032): how that report stands is asked. So is a person asked
// for in words ("مجھے کسی افسر سے بات کرنی ہے … شوہر کا دبئی والا معاملہ
// ہے، فون پر بتاؤں گی", C542-018 was taken into the help flow): the officer
// hears the account.
func (st *step) reportOverModel(sig Signals) bool {
	if st.draft() != nil {
		return false
	}
	text, rd := st.text(), st.read()
	if intent := rd.Intent(); !rd.ReportAsked() && intent != KindReport && !(intent == KindHuman && rd.HumanFirst()) && FindReference(text) == "" && badReference(text) == "" {
		return false
	}
	for _, w := range sig.DangerWhy {
		if !strings.HasPrefix(w, "Model:") {
			return false
		}
	}
	return len(sig.DangerWhy) > 0
}

// referenceNoNews reports a first message that gives a report's reference
// and whose only danger is news not heard ("… حوالہ نمبر HSY-2DMX9K ہے۔
// ابھی تک کوئی رابطہ نہیں ہوا، کیا کیس آگے گیا؟", C520-035 opened a new
// plea): no word from us is what it tells; how that report stands is
// asked.
func (st *step) referenceNoNews(sig Signals) bool {
	if st.draft() != nil || FindReference(st.text()) == "" || len(sig.Situations) == 0 {
		return false
	}
	for _, s := range sig.Situations {
		if s != "lost_contact" {
			return false
		}
	}
	return true
}

// accountOverModel reports a message of a report's account that only the
// model reads as danger, when the account told so far, with it, is no
// emergency ("He says fly to Benghazi, then boat to Italy … leave in a
// few months when the sea is calm" after "he will take them through Libya
// by boat": a plan, C19-005; "the kafeel will change it. I have not flown
// yet" after a licensed promoter's overcharging, C19-003). The report's
// urgency is judged on the whole account; words of danger are the rules'
// and still come first, unless the account says the ordeal is over.
func (st *step) accountOverModel(sig Signals) bool {
	d := st.draft()
	if d == nil || d.Kind != KindReport || len(d.Texts) == 0 || len(sig.DangerWhy) == 0 {
		return false
	}
	texts := append(slices.Clone(d.Texts), st.text())
	whole := st.e.opts.Triage(strings.Join(texts, "\n"))
	if whole.Danger {
		return false
	}
	for _, w := range sig.DangerWhy {
		if !strings.HasPrefix(w, "Model:") {
			// words of danger in this message: the account as a whole must
			// say the ordeal is over ("wahan unho ne kamre me band kar
			// diya tha aur maarte the" after "mera bhai pichle saal Libya
			// me tha, ab ghar wapis aa gaya hai", TestSession53AccountOver)
			return whole.Over
		}
	}
	return true
}

// placeOverModel reports an answer to a question of where ("قصور، رائیونڈ
// روڈ والا بھٹہ", "Sanghar sindh", "Riyadh") or of how to be reached
// ("only msg after 9pm, supervisor checks our phones") that only the model
// reads as danger: a place named carries none, the care asked for is the
// answer, and words of danger in either are the rules' to find.
func (st *step) placeOverModel(sig Signals) bool {
	switch st.res.State.Node {
	case NodeHelpWhere, NodeHelpPlace, NodeReportCountry, NodeHelpContact:
	default:
		return false
	}
	for _, w := range sig.DangerWhy {
		if !strings.HasPrefix(w, "Model:") {
			return false
		}
	}
	return len(sig.DangerWhy) > 0
}

// answer gives the input to the node that asked.
func (st *step) answer(choice string) {
	node := st.res.State.Node
	if choice == "" && st.draft() != nil && node != NodeHuman && node != NodeReportOffer && st.read().Greeting() {
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
	case node == NodeVerify:
		st.verify(choice)
	case node == NodeHuman:
		st.human(choice)
	case node == NodeErase:
		st.erase(choice)
	case questions[node] != nil:
		st.take(questions[node], choice)
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
		st.startVerify(false)
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
	if st.afterCheck() || st.afterPlea() {
		return
	}
	switch kind, withThis := st.intent(); kind {
	case KindReport:
		st.startReport(withThis)
	case KindHelp:
		st.emergencyNumbers()
		st.startHelp()
	case KindVerify:
		st.startVerify(withThis)
		if rd := st.read(); !rd.AsksGenuine() && !rd.Question() && !rd.FormalCheck() && !rd.AgentWord() && rd.Field() != "recruiter" && st.res.State.Node == NodeVerify &&
			rd.ReachedMe() {
			// ("can u check one agent for me", C30-010: an agent to be
			// named, whose details come next, not an advert)
			// "ye msg telegram group me aya hai check kro": something shared
			// to be looked at, the advert still to come (see verify); a bare
			// "bhai ye check krna zara" names nothing that reached them
			// (C222-021: the offer then told is to be checked).
			st.settle(slotSharedToCheck)
		}
	case ChoiceStatus:
		st.statusList()
	case choiceRefPrefix:
		st.statusOf(st.text())
	case KindHuman:
		st.startHuman()
	case ChoiceErase:
		st.ask("erase_q", NodeErase, yesNo)
	default:
		rd := st.read()
		switch {
		case !first && st.in.Media == "" && rd.Closing():
			// "no", "bas", "shukriya" to "anything else I can do for
			// you?": a goodbye, the menu still there to pick from.
			st.say("goodbye", nil)
		case !first && st.in.Media == "" && rd.YesNo() == lang.PolarYes && rd.Words() <= 4 && rd.Aside() == "":
			// "yes", "haan ji", "جی ہاں" to "anything else I can do for
			// you?": what they want is asked, the menu again.
			st.menu("menu_prompt")
		case (first || rd.Greeting()) && !asksAbout(rd.Aside()) || st.in.Media == "sticker":
			st.menu(st.greeting())
		case st.in.Media == "location":
			st.say("media_noted", nil)
			st.menu("menu_prompt")
		case rd.Aside() == "question":
			// no question is pending: not "first, one more thing"
			st.say("aside_question_menu", nil)
			st.menu("menu_prompt")
		case rd.Aside() != "":
			st.aside(rd.Aside())
			st.menu("menu_prompt")
		default:
			st.say("not_understood", nil)
			st.menu("menu_prompt")
		}
	}
}

// asksAbout reports an aside that asks about us ("is this FIA?", "is it
// free?", "kitna time lagta hai?"): said first, it gets its answer and the
// menu, not the plain welcome that leaves it unanswered.
func asksAbout(aside string) bool {
	switch aside {
	case "who", "cost", "privacy", "time", "what_next", "how_check", "official_site":
		return true
	}
	return false
}

// intent reads what a message at the menu is about: the flow to start, and
// whether the message itself is part of it (a pasted advert, a plea, a
// question about a recruiter) or only names what the person wants
// ("shikayat karni hai", "agent check karna hai").
func (st *step) intent() (kind string, withThis bool) {
	if m := st.in.Media; m != "" && m != "sticker" && m != "location" {
		return KindReport, true
	}
	text := st.text()
	rd := st.read()
	if text == "" || rd.Greeting() {
		return "", false
	}
	sig := st.signals()
	content := len(sig.Phones) > 0 || len(sig.URLs) > 0 || len(sig.Licences) > 0 || sig.Fee != nil ||
		len(sig.Countries) > 0 || len([]rune(text)) >= 80
	if FindReference(text) != "" || badReference(text) != "" {
		if st.e.reader.Read(withoutReference(text)).Intent() == "erase" {
			// (the wish is read without the reference: "HSY-W93DLT" has a
			// "DLT" in it, C291-031)
			// "Can you delete what I sent? The ref was HSY-3RV8XA"
			// (C214-012): the wish is to erase, the reference only says
			// which report
			return ChoiceErase, false
		}
		return choiceRefPrefix, false // "HSY-3MR7VA wali report ka koi update?"
	}
	if it := rd.Intent(); (it == "report" && !rd.ReportAsked() || it == "verify" && !rd.NamesIntent(it)) && rd.AsksIfOfficial() &&
		!content && len(sig.Flags) == 0 && !rd.NamesIntent("verify_ask") {
		// "کیا یہ واقعی ایف آئی اے کا نمبر ہے؟", "is this the real FIA
		// number or a scam too?" (A10-0013, A12-0015): whether this chat
		// is genuine, not an agent to check or a scam to report; who we
		// are is answered.
		return "", false
	}
	if it := rd.Intent(); st.res.State.NoReportsSaid && (it == "" || it == "report" && !rd.ReportAsked()) &&
		(rd.Mentions("status") || rd.Mentions("complained") || rd.Mentions("reported_here")) {
		// told there is no report from this chat, what they remember of
		// it ("wo jo sialkot wale agent ki thi. reference no yaad nai,
		// mobile wohi h jis se bheji thi", C517-032 opened a report): the
		// status asked again, with how else to find it
		return ChoiceStatus, false
	}
	if rd.DataMistake() && !rd.Question() && rd.Intent() != "status" {
		// "maine kal galti se apne bhai ka cnic no aur ghar ka pura pata
		// likh diya tha report me" (C309-035): data sent by mistake, to be
		// taken out; asked whether to delete (a "no" goes back)
		return ChoiceErase, false
	}
	switch rd.Intent() {
	case "erase":
		return ChoiceErase, false
	case "status":
		return ChoiceStatus, false
	case "human":
		if len(sig.Situations) > 0 && (sig.Urgent || sig.Danger) && !sig.Over && rd.HumanOnlyForTyping() {
			// "I dont want to write it here. Now his people are calling us
			// and threatening" (C292-024): what is happening now is told,
			// and help is what it needs; an officer still calls
			return KindHelp, true
		}
		return KindHuman, false
	case "help":
		if softPlea(rd) && recruiterCases[sig.CaseType] && !sig.Abroad && !sig.Danger && len(sig.Located) == 0 && !passportHeldPlea(text, rd, sig) &&
			(rd.NamedIn() != "" || companyName(text) != "" || rd.TitledName() != "" || sig.CaseType == "oep_misconduct") {
			// "Rana Shahid nam ka agent h sheikhupura me … larke bhej raha
			// h. mere bhai ka passport le lia h" (C171-006), "میرے بیٹے کا
			// مسئلہ ہے۔ راولپنڈی کی ایک لائسنس والی کمپنی نے … دس مہینے ہو
			// گئے نہ ویزا نہ پیسے واپس" (C172-006): a trouble told in a named
			// agent's or a licensed firm's account, at home, is their report;
			// a passport told alone, held to make one pay, is a plea
			// (passportHeldPlea)
			return KindReport, true
		}
		if sig.Over && !sig.Danger && softPlea(rd) && !rd.NamesIntent("at_a_loss") {
			// "… پاسپورٹ لے لیا اور غلط کام پر مجبور کیا۔ تین مہینے بعد
			// ایمبیسی کی مدد سے واپس آئی، اب گھر پر ہے۔ وہ عورت اب اور لڑکیوں
			// کو بھیج رہی ہے" (C195-012): an ordeal over, the one it befell
			// safe at home, told with no plea: the one who sent her is
			// reported; asked what they can do now ("… I am home now. what
			// can i do now", C357-030), help, as at "report" below
			return KindReport, true
		}
		if sig.CaseType == "smuggling" && rd.JourneyAhead() && !sig.Danger && !rd.NamesIntent("stuck") && !rd.AtALoss() && !contains(sig.Situations, "safe_house") &&
			// (not one kept in the smugglers' house on the way: "hum Van me
			// hain turkey, agent k bande ek ghar me rakhe hue hain. ab keh
			// rahe 2 lakh aur bhejo tab Istanbul le k jayenge", C524-020)
			// (help asked in words, and nothing to stop, is a plea: "Please
			// I need help. My son … is leaving on Friday with an agent, by
			// road through Iran", C196-015)
			(!rd.NamesIntent("help") || rd.StopAsked()) {
			// "… is supposed to fly to Dubai next Thursday and from there to
			// Benghazi. We are so scared … Please stop this" (C64-005): a
			// fear for a journey still ahead, the agent's report (urgent)
			return KindReport, true
		}
		if !rd.NamesIntent("help") && !rd.NamesIntent("stuck") && smugglerOffer(rd, sig) {
			return KindReport, true // "… italy bhej dega, what should we do?": at a loss, not in danger
		}
		if !sig.Danger && !sig.Urgent && len(sig.Situations) == 0 && rd.PaidDone() == lang.PolarYes && !rd.NamesIntent("stuck") && (rd.Words() >= 28 && rd.PleaOnlyAtEnd() && sig.CaseType != "smuggling" || rd.NamesIntent("report")) {
			// "… we sent him 1.2 lakh each on jazzcash and now his number
			// is off and the page blocked us both. plz help" (C42-001): a
			// whole account of money lost, safe, with a plea at its end, is
			// the agent's report; so is a plea beside a scam named ("pls
			// help got scammed. … paid 40k easypaisa then he blokd me",
			// C135-016). "I need some help. An agent … took 4 lakh" asks
			// for help first (C-010): read so without a word of the scam,
			// a plea and a loss alone opened help for more writers than
			// not (four won, nine lost across C1-C139)
			return KindReport, true
		}
		if v, ok := rd.WhomTold(); ok && v == "other" && rd.ReportAsked() && rd.ReportOfRecruiter() && !rd.NamesIntent("help") && (!rd.NamesIntent("stuck") || rd.ReportClosing()) {
			// "میرا بیٹا … اب لاؤس میں ہے، پاسپورٹ لے لیا ہے اور فراڈ کا کام
			// کرواتے ہیں۔ ایجنٹ کی شکایت کرنی ہے" (C369-021): another's
			// plight, told to report the agent, and no plea: the report,
			// sent at once when it is an emergency (reportOfOthers); so
			// when the one told of is stuck and the wish closes the
			// account in a sentence of its own (C480-020)
			return KindReport, true
		}
		if rd.ReportAsked() && !sig.Danger && !sig.Urgent && !(ownOrdeal(rd) && (rd.NamesIntent("at_a_loss") || rd.ComplainWhere())) {
			// "میں پچھلے مہینے میانمار سے واپس آیا ہوں … پاسپورٹ لے لیا …
			// اب اس ایجنٹ کی رپورٹ کرنی ہے" (C40-003): what was done to
			// one now safe at home, and the agent's report asked for
			return KindReport, true
		}
		if lostOverOffer(rd, sig) {
			return KindReport, true
		}
		return KindHelp, true
	case "verify":
		var paid *Amount
		paidDone := rd.PaidDone() == lang.PolarYes
		if paidDone && len(sig.Amounts) > 0 {
			paid = paidAmount(rd, sig)
		}
		if paidDone && (len(sig.Amounts) == 0 && rd.NamesMoney() || len(sig.Amounts) > 0 && paid == nil) && !rd.Question() && !rd.NamesIntent("verify_ask") && !rd.NamesIntent("genuine") {
			// "… کہتا ہے لائسنس کی ضرورت نہیں ہوتی۔ مجھ سے بھی پیسے لے لیے ہیں"
			// (C362-003): money already taken, told with no question, is
			// the agent's report, not a check; so when the only sum told
			// is not what was paid ("… (لائسنس ۱۸۷۴/GRW) نے … پیسے پورے لے
			// لیے اور رسید صرف دس ہزار کی دی", C377-006)
			return KindReport, true
		}
		if rd.SuspectsFake() && !rd.AsksEither() || paid != nil && !rd.NamesIntent("verify_ask") &&
			!(rd.NamesIntent("genuine") && !rd.NamesIntent("suspect") && !rd.NamesFraud() &&
				// (a licence asked after, whatever was paid to its holder:
				// "Al Madina … ka lisens 2714/FSD sahi h? … 50 hazar
				// advance de diye", C207-034)
				(tokenOnly(paid, sig.Amounts) || len(sig.Licences) > 0 && !rd.LawQuestion())) {
			// "is it genuine?? looks too good to be true", "i feel something
			// is wrong. pls check", "check kren aur action lein": what they
			// make of it is said; it is brought to us, a report (C26-001,
			// C27-002, C28-001, C28-017); so is one already paid ("maine 2
			// lakh bank transfer kar diye … kya ye fraud hai?", C28-026)
			return KindReport, content
		}
		if rd.LawQuestion() && len(sig.Amounts) > 0 && !rd.NamesIntent("verify_ask") {
			// "licensed promoter in lahore charging 3.2 lakh for UAE
			// warehouse job, no receipt. is that legal?" (C40-012): what a
			// recruiter charged, asked about: a complaint, after the
			// warning the sum gets
			return KindReport, true
		}
		if pastedAdvert(text, rd, sig) {
			// "someone shared this in our group, pls check" above a whole
			// advert, with no question about it and no licence to look up:
			// the advert is being brought to us, a report.
			return KindReport, true
		}
		if (sig.CaseType == "unlicensed_recruiter" || sig.CaseType == "oep_misconduct" && (len(sig.Situations) > 0 || rd.PaidDone() == lang.PolarYes)) && !rd.Question() && !rd.AsksGenuine() && !rd.NamesIntent("verify_ask") && !rd.AsksEither() && !rd.Unknown() {
			// "ہمارے گاؤں کا ایک بندہ ہے ریاض گجر … پیسے لیتا ہے۔ کوئی دفتر
			// نہیں، لائسنس کا پوچھو تو ہنستا ہے" (C374-002): a man who takes
			// money with no licence, told and not asked about, is his report;
			// not a licence he claims and the writer doubts ("اس کے پاس
			// سرکاری لائسنس ہے، مجھے یقین نہیں آ رہا", A87-0010). So is a
			// licensed firm's wrong, told with its licence and nothing
			// asked ("لاہور کی لائسنس یافتہ کمپنی نے میرا پاسپورٹ رکھ لیا
			// ہے … لائسنس ۳۴۱۷/LHR", C381-014)
			return KindReport, true
		}
		return KindVerify, content || len(sig.Flags) > 0
	case "report":
		if !sig.Danger && ownOrdeal(rd) && (!rd.ReportAsked() && (rd.NamesIntent("at_a_loss") || rd.NamesIntent("help")) || rd.ComplainWhere()) {
			// "I was in Cambodia … in one of those scam companies. I'm back
			// home … I want help to take action against the agent who sent
			// me" (C566-033), "… I want to know where to complain about the
			// agent who sent me" (C565-034): one's own ordeal over, help or
			// the way asked: helped, as the writers label it
			return KindHelp, true
		}
		if sig.Over && !sig.Danger && !rd.ReportAsked() && rd.Question() && rd.NamesIntent("at_a_loss") && (sig.CaseType != "smuggling" || ownOrdeal(rd)) {
			// "… The embassy helped me get out. Now I am home. What can I do
			// against the agent who sent me?" (C296-023): an ordeal over,
			// what to do asked, as at "help" below (C199-023, C200-030)
			return KindHelp, true
		}
		if whom, ok := rd.WhomTold(); ok && whom == "self" && !rd.ReportAsked() && (rd.NamesIntent("at_a_loss") || rd.NamesIntent("help")) && !sig.Danger &&
			len(sig.Phones) == 0 && len(sig.URLs) == 0 && len(sig.Licences) == 0 && len(sig.Amounts) == 0 && len(sig.Countries) == 0 {
			// "mere sath fraud ho gya h kya karun" (C399-031): a wrong done
			// to the writer, what to do asked, nothing told of it yet (no
			// sum, country, number) and no report asked for in words:
			// helped first ("… qatar ki job k naam pe, 65 hazar jazzcash kr
			// chuka hun … kya karun", C295-001, is the report its sums make);
			// so is help asked ("mere sath dhoka hua h, kya aap log madad kr
			// sakte ho?", C103-024)
			return KindHelp, true
		}
		held := sig.Urgent && slices.ContainsFunc(sig.Situations, func(s string) bool { return s != "documents_taken" })
		if !rd.ReportAsked() && (sig.CaseType == "trafficking" || sig.CaseType == "forced_labour") && (sig.Abroad || sig.Danger || held) ||
			sig.CaseType == "forced_labour" && (sig.Danger || held) ||
			// "I came to UK on a care worker visa … not paid properly for 3
			// months … if I complain my visa will be cancelled" (C48-022):
			// a worker abroad in trouble now, the complaint feared, not
			// asked for
			!rd.ReportAsked() && sig.CaseType == "worker_distress_abroad" && sig.Abroad && held {
			// "he went to Cambodia … a fraud company, they make him cheat
			// people online": someone held to work (abroad now, or in a
			// situation triage reads), in an account that calls the firm
			// a fraud; he needs help, the firm's report can follow. A
			// passport kept by an agent at home is the agent's report.
			// People kept at work in Pakistan ("I want to report bonded
			// labour … they owe him 3 lakh peshgi and wont let them
			// leave") need help even when a report is asked for: the
			// police and FIA come to them, there is no recruiter to report.
			return KindHelp, true
		}
		return KindReport, content
	}
	if lostAbroad(rd, sig) {
		// "میرے شوہر دبئی گئے تھے ان سے کوئی رابطہ نہیں ہو رہا، ایجنٹ نے ۶
		// لاکھ لیے تھے", "my nephew went … we have not heard from him for
		// 12 days. The family paid 28 lakh" (C4-089): someone of theirs
		// gone abroad and out of touch is a plea, whatever the agent took
		// to send them.
		return KindHelp, true
	}
	if rd.AsksIfOfficial() && len(sig.Phones) > 0 && len(sig.URLs) == 0 && !sig.Danger && !sig.Urgent {
		// "ye no FIA ka h? 0331 8860427. kehta h apki FIA me constable ki
		// job lag gai, test fee 1200 jazzcash kro" (C384-027): whether a
		// number is the body it claims to be, asked: a check. (A page
		// that looks like the body's, "is this yours?", is brought to us
		// as a false site, C273-004.)
		return KindVerify, true
	}
	switch sig.CaseType {
	case "verification_request":
		if (rd.Aside() == "privacy" || rd.Aside() == "who" && !rd.AgentWord() && rd.Field() != "recruiter") &&
			len(sig.Countries) == 0 && len(sig.Phones) == 0 && len(sig.URLs) == 0 && len(sig.Licences) == 0 && len(sig.Flags) == 0 {
			// "is this the FIA? … if I report an agent will my own visa
			// application get cancelled?" (C224-013), "hello is this real
			// person or computer" (C264-012): a question about us, nothing
			// to check; answered at the menu
			return "", false
		}
		if rd.Question() || len([]rune(text)) < 80 {
			return KindVerify, true
		}
		return KindReport, true // an account, not a question: "… 2.5 lac le k bhag gya"
	case "trafficking", "forced_labour", "smuggling", "ransom_extortion", "worker_distress_abroad":
		if passportKeptAtHome(sig) && sig.CaseType != "forced_labour" && rd.Words() >= 40 && len(sig.Amounts) > 0 &&
			(companyName(text) != "" || rd.NamedIn() != "" || rd.TitledName() != "") {
			// "An agent named Imran Butt who runs Butt Travels … took 6 lakh
			// 50 thousand from us … and also kept his original passport …
			// now his phone is off" (C40-002, C40-014): a whole account of
			// the agent at home, the money and the passport he holds, with
			// no one abroad or in danger, is his report (casework keeps it
			// routine); "mera passport agent ke paas hai 8 mahine se"
			// alone is a plea (C31-032)
			return KindReport, true
		}
		if !sig.Abroad && !sig.Danger && len(sig.Located) == 0 && len(sig.Situations) == 1 && sig.Situations[0] == "threats" &&
			rd.PaidDone() == lang.PolarYes && rd.Words() >= 25 {
			// "agent in Swat took 6 lakh … when i asked refund he said he
			// will put fake case on my brother, and his men came to our
			// house" (C42-025): the agent's threats over the money he
			// took, at home, are his report (urgent), not a plea for help
			return KindReport, true
		}
		if smugglerOffer(rd, sig) || sig.CaseType == "smuggling" && rd.StopAsked() && !rd.OpensWithKin() {
			// "… ek abhi tak Turkey ki jail me hai. Is bande ko roko"
			// (C27-029): the smuggler to be stopped, a report
			return KindReport, true
		}
		if sig.CaseType == "smuggling" && rd.JourneyAhead() && !sig.Danger && !rd.NamesIntent("help") && !rd.NamesIntent("stuck") &&
			// (one already there, waiting for the boat "next week", is on
			// the road: "mera bhai Libya me hai … boat next week", C196-017;
			// so is one kept in the agent's house on the way, "im in quetta
			// in agent guest house … pay 1 lakh more each or we wait here",
			// C480-032)
			len(sig.Located) == 0 && !contains(sig.Situations, "safe_house") {
			// "میرا چھوٹا بھائی اٹلی جانے کی ضد کر رہا ہے … اگلے ہفتے کی
			// فلائٹ ہے" (C58-015): the journey still ahead, nobody on it yet:
			// the agent's report, urgent (a boat named in it is the plan's)
			return KindReport, true
		}
		if sig.CaseType == "worker_distress_abroad" && !sig.Danger && rd.AgentGone() && !(len(sig.Located) > 0 && !kinTold(rd)) {
			// (one who is there now, on a visit visa the agent promised to
			// turn into work, "mai dubai me hun … ab agent ka number band h",
			// C115-020, C106-020, is helped first)
			// "میرے شوہر دبئی میں ہیں، پانچ مہینے سے تنخواہ نہیں … جس ایجنٹ
			// نے بھیجا تھا وہ اب فون نہیں اٹھاتا": wages unpaid abroad told
			// with the agent gone silent, and no plea: the agent's report,
			// as "I want to file a complaint against the agent who sent my
			// brother … not picking the phone" is (C21-017, C10-009).
			return KindReport, true
		}
		if sig.Danger || sig.Urgent && (len(sig.Situations) > 0 || sig.Abroad) || sig.CaseType == "worker_distress_abroad" ||
			sig.CaseType == "forced_labour" {
			// (a kiln whose owner adds to the debt every week and keeps
			// the wages, "کیا کریں", C30-020: people kept at work here,
			// with no recruiter to report, are helped; so is a maid who
			// asks whether her father's debt keeps her there, C224-021:
			// every forced-labour conversation of the corpus is help)
			// Someone's situation: held, unpaid, passport taken, ill and
			// kept from care abroad.
			return KindHelp, true
		}
		if sig.CaseType == "smuggling" && rd.OpensWithKin() && !rd.ReportAsked() && !rd.JourneyAhead() &&
			// (the money he will not give back, of one who never went:
			// the smuggler's report, C192-005)
			!(rd.MoneyBack() && !sig.Abroad && !sig.Danger && len(sig.Located) == 0) {
			// "میرا بیٹا ایران کے راستے جا رہا ہے": someone of their own
			// on the smugglers' road needs help; one who insists on going,
			// or is to be taken next month, is not on it yet: the agent's
			// report (C15-014)
			return KindHelp, true
		}
		if sig.CaseType != "smuggling" && len(sig.Located) > 0 && !rd.ReportAsked() {
			// "I am in Romania on a work permit … The job is not what was
			// promised and I want to know my options" (C74-033): one who is
			// there now, in trouble; helped first
			return KindHelp, true
		}
		if !rd.ReportAsked() && (ownOrdeal(rd) && (sig.CaseType == "smuggling" || len(sig.Situations) > 0 && (sig.CaseType == "trafficking" || sig.CaseType == "forced_labour")) ||
			sig.Over && sig.CaseType != "smuggling" && (rd.Question() || rd.NamesIntent("at_a_loss"))) {
			// "… ab ghar pe hun sialkot me, theek hun. us agent k khilaf
			// kuch krna chahta hun" (C200-030), "She is home now and safe.
			// What can we do about the agent?" (C199-023): an ordeal over,
			// and what to do asked: helped, as the labels have it. One's
			// own road told as gone and come back ("main pichle saal dunki
			// laga k Iran se Turkey gaya tha … deport ho k wapis aa gaya …
			// agent ne 9 lakh liye the, wapis nai kar raha", C407-025) is
			// helped too, asked or not: the writer's own ordeal, no smuggler
			// told of (a recruiter's visit visa that ended in deportation,
			// "he took my 4 lakh", C80-010, is his report). So is one's own
			// forced work told as over, what was done read ("mai 2 hafte pehle malaysia se wapis
			// aya hun … 8 mahine kaam karwaya, passport rakh liya tha",
			// C561-024)
			return KindHelp, true
		}
		return KindReport, true // "a man here arranges dunki to Greece": a report about him
	}
	if recruiterCases[sig.CaseType] {
		if passportHeldPlea(text, rd, sig) {
			// "An agent in Peshawar has kept my passport for 3 months and
			// now says he will return it only if I pay 50,000 more"
			// (C121-030, C117-024): one's own passport held to make one
			// pay, told short, with no agent named to report: a plea
			return KindHelp, true
		}
		if len(sig.Located) > 0 && contains(sig.Situations, "more_money") && !rd.ReportAsked() && !rd.AgentGone() && rd.PaidDone() != lang.PolarYes {
			// "mera beta dubai me visit visa pe gaya tha … koi job nai, ek
			// kamre me 12 larko k sath h, ab agent ka banda … 3 lakh aur
			// maang raha h" (C230-032): someone of theirs there now, made
			// to pay more to stay: helped first
			return KindHelp, true
		}
		return KindReport, true
	}
	names := len(sig.Phones) > 0 || len(sig.URLs) > 0 || len(sig.Licences) > 0
	switch {
	case rd.SuspectsFake() && !names && (len(sig.Countries) > 0 || rd.SeenOn() != ""):
		// "ye tiktok pe video dekhi thi Romania ki, dil nai maan raha sahi
		// h" (C51-009): an offer seen, doubted: brought to us, a report
		return KindReport, true
	case rd.AsksIfOfficial() && rd.Question() && !names && len(sig.Countries) == 0 && len(sig.Flags) == 0:
		// "I got a call from unknown number saying they are from FIA, was
		// that you people?" (C449-019 opened a report): a question about
		// us, nothing to check; answered at the menu
		return "", false
	case names && len([]rune(text)) < 40:
		return KindVerify, true // a bare number, link or licence: "is this one real?"
	case names || len([]rune(text)) >= 80:
		return KindReport, true
	}
	return "", false
}

// ownOrdeal reports an account of what the writer went through ("I came
// back from Libya 2 months ago … my family paid 8 lakh to get me out …
// What can I do about the agent?", C392-024): a smuggler's road one has
// been on oneself, now over, is helped like any ordeal over; a smuggler
// told of at a distance is his report.
func ownOrdeal(rd *lang.Reading) bool {
	whom, ok := rd.WhomTold()
	return ok && whom == "self" && rd.OwnReturn() && !rd.JourneyAhead()
}

// tokenOnly reports a sum paid that is a small part of the price named
// ("Romania ka work permit 9 lakh. main ne 20 hazar token de diya h", C93-029):
// one who asks whether the agent is genuine before paying the rest checks,
// he does not yet report a loss.
func tokenOnly(paid *Amount, amounts []Amount) bool {
	for _, a := range amounts {
		if a.Currency == paid.Currency && paid.Value*4 < a.Value {
			return true
		}
	}
	return false
}

// passportHeldPlea reports a short account of one's passport held at
// home by the agent, urgent (held to make one pay more, or with threats),
// that names no agent, firm, number or link and asks for no report: the
// person's plight, as "mera passport agent ke paas hai 8 mahine se" is
// (C31-032); a whole account of the agent, his firm and the money is his
// report (C40-002).
func passportHeldPlea(text string, rd *lang.Reading, sig Signals) bool {
	// (money already handed over, or a licensed promoter, is the
	// agent's report: "A licensed promoter in Rawalpindi took his passport
	// and Rs 6 lakh", C113-013; "licence wali company h karachi ki ...
	// passport b wapis nai de rahe", C285-014, whatever case the model
	// reads)
	return contains(sig.Situations, "documents_taken") && sig.Urgent && !sig.Abroad && len(sig.Located) == 0 &&
		sig.CaseType != "oep_misconduct" && !sig.Licensed && rd.PaidDone() != lang.PolarYes &&
		// held to make one pay, or with threats: a passport kept, told
		// alone, opens the agent's report (round16)
		(len(sig.Amounts) > 0 || len(sig.Situations) > 1) &&
		len(sig.Phones) == 0 && len(sig.URLs) == 0 && len(sig.Licences) == 0 && rd.Words() < passportPleaWords && !rd.ReportAsked() &&
		companyName(text) == "" && rd.NamedIn() == "" && rd.TitledName() == ""
}

// lostOverOffer reports an offer's or an agent's wrong told at home, with
// something in it to act on (a country, a number, a link, a
// licence), no money told lost, and no plea but what to do ("got a
// romania work permit from an agent in sialkot … he says its fake. what
// do i do", C439-005): no one is in danger or held; the paper is
// reported. Told with nothing in it ("mere sath fraud ho gya h kya
// karun", C399-031), or money lost and the agent gone ("agent ne dubai k
// naam pe 3.5 lakh le liye ab ghayab ha, kya karun", C30-032, and four
// more), it is a plea: so their writers read it. A forged paper the
// agent handed over is itself the thing to act on ("protector ka stamp
// jaali h. agent ne visa or protector dono bana k diye the. ab kia
// karun", C446-008).
func lostOverOffer(rd *lang.Reading, sig Signals) bool {
	return rd.NamesIntent("at_a_loss") && !rd.NamesIntent("help") && !rd.NamesIntent("stuck") && !rd.NamesIntent("passport_taken") &&
		rd.PaidDone() != lang.PolarYes && rd.PaidMoney() != lang.PolarYes && len(sig.Amounts) == 0 &&
		!rd.NamesIntent("trouble") && recruiterCases[sig.CaseType] && !sig.Danger && !sig.Urgent && !sig.Abroad && len(sig.Situations) == 0 &&
		(len(sig.Countries)+len(sig.Phones)+len(sig.URLs)+len(sig.Licences) > 0 || sig.CaseType == "document_fraud" && rd.DocumentHanded())
}

// softPlea reports a plea read only from a trouble told ("mere bhai ka
// masla hai") or a passport taken: no word of help, of being stuck, or at
// a loss.
func softPlea(rd *lang.Reading) bool {
	return (rd.NamesIntent("passport_taken") || rd.NamesIntent("trouble")) && !rd.NamesIntent("help") && !rd.NamesIntent("stuck") && !rd.AtALoss()
}

// recruiterCases are the case types of a recruiter's or an offer's
// report.
var recruiterCases = map[string]bool{"job_offer_suspicious": true, "job_scam_paid": true, "unlicensed_recruiter": true,
	"oep_misconduct": true, "document_fraud": true, "phishing_site": true}

// passportPleaWords is the longest account of a passport held read as a
// plea (passportHeldPlea).
const passportPleaWords = 40

// passportKeptAtHome reports an account whose only trouble is a passport
// an agent at home has kept: no one abroad or located there, no danger.
func passportKeptAtHome(sig Signals) bool {
	if sig.Abroad || sig.Danger || len(sig.Located) > 0 || !contains(sig.Situations, "documents_taken") {
		return false
	}
	for _, s := range sig.Situations {
		if s != "documents_taken" && s != "more_money" {
			return false
		}
	}
	return true
}

// lostAbroad reports an account of someone of the writer's own gone to a
// country named and now out of touch ("no contact with him since", "8
// mahine se koi rabta nahi"): someone there, not the job's country of a
// son still at home whose agent's number is off (C248-001), not the agent
// gone silent, not a report asked for, not a journey still ahead.
func lostAbroad(rd *lang.Reading, sig Signals) bool {
	if !contains(sig.Situations, "lost_contact") || len(sig.Countries) == 0 || !sig.Abroad && len(sig.Located) == 0 || rd.AgentGone() || rd.ReportAsked() || rd.JourneyAhead() {
		return false
	}
	whom, _ := rd.WhomTold()
	return whom == "other" || rd.OpensWithKin()
}

// smugglerOffer reports a smuggler's offer for someone still at home
// ("mera beta 17 saal ka hai, usay ek banda keh raha hai k italy bhej dega
// … kya karein?"): no one is on the road yet, however urgent, so the
// smuggler is the one to report (C15-014).
func smugglerOffer(rd *lang.Reading, sig Signals) bool {
	// (not one kept in the smugglers' house on the way, C480-032)
	return sig.CaseType == "smuggling" && !sig.Danger && !sig.Abroad && rd.JourneyAhead() && !contains(sig.Situations, "safe_house")
}

// pastedAdvert reports a message that is an advert passed on rather than
// a question about one: several lines or many words, no question asked
// (nor whether it is genuine), and no licence named (a licence is what a
// check looks up).
func pastedAdvert(text string, rd *lang.Reading, sig Signals) bool {
	if rd.Question() || rd.AsksGenuine() || len(sig.Licences) > 0 {
		return false
	}
	lines := 0
	for _, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) != "" {
			lines++
		}
	}
	return lines >= 4 || rd.Words() >= 45
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

// emergency shows the emergency numbers, once for each danger not seen
// before, and marks the flow under way as an emergency.
func (st *step) emergency(why []string) {
	s := &st.res.State
	first := len(s.Warned) == 0 // "your safety comes first" is said once
	fresh := false
	for _, w := range why {
		if strings.HasPrefix(w, "Model:") {
			w = "model" // "reads as an emergency (72%), from …": one danger, however sure
		}
		if !contains(s.Warned, w) {
			s.Warned = append(s.Warned, w)
			fresh = true
		}
	}
	switch {
	case fresh && s.NumbersShown:
		// The numbers were given in this chat already: a new danger gets
		// the short form, not the whole block again.
		if first {
			st.say(st.dangerFirst(), nil)
		}
		st.say("emergency_numbers_again", st.e.opts.Helplines.data())
		st.localNumbers()
	case fresh || len(why) == 0:
		st.say("emergency_numbers", st.e.opts.Helplines.data())
		st.localNumbers()
		st.res.State.NumbersShown = true
		if first {
			st.say(st.dangerFirst(), nil)
		}
	}
	d := st.draft()
	if d == nil {
		return
	}
	added := false
	for _, w := range why {
		if !contains(d.Danger, w) {
			d.Danger = append(d.Danger, w)
			added = true
		}
	}
	if added && d.Reference != "" {
		st.res.Effects = append(st.res.Effects, Effect{Kind: EffectUpdateReport, Report: st.spec()})
	}
}

// eraseWished reports a yes to "delete your data?" said beside a danger
// ("ghar walon ko pata chala to maar denge mujhe, sab mita do", A18-0356):
// the numbers are said, and the data erased as asked; the erasing may be
// what keeps them safe.
func (st *step) eraseWished() bool {
	if st.res.State.Node != NodeErase {
		return false
	}
	rd := st.read()
	return !rd.Asking() && (rd.YesNo() == lang.PolarYes || rd.Intent() == ChoiceErase && rd.YesNo() != lang.PolarNo)
}

// dangerFirst is "safety comes first" for whom it is about: "their
// safety" when the person writes about someone else ("my son is held in
// Libya"), as the account said or they answered.
func (st *step) dangerFirst() string {
	whom := ""
	if d := st.draft(); d != nil {
		whom = d.Answers["whom"]
		if whom == "" {
			whom = d.Inferred["whom"]
		}
	}
	if whom == "" {
		whom, _ = st.read().WhomTold()
	}
	if whom == "other" {
		return "danger_first_other"
	}
	return "danger_first"
}

// emergencyNumbers says the numbers to call, once a conversation (a new
// danger says them again, see emergency).
func (st *step) emergencyNumbers() {
	if st.res.State.NumbersShown {
		return
	}
	st.say("emergency_numbers", st.e.opts.Helplines.data())
	st.localNumbers()
	st.res.State.NumbersShown = true
}

// localNumbers tells a person abroad the numbers of the country they are
// in, when what they wrote says where that is.
func (st *step) localNumbers() {
	sig := st.signals()
	if !sig.Abroad {
		return
	}
	// The numbers of where the person is: "my son is in Libya, the agent
	// said Italy" is not told Italy's police. With no presence read, only
	// a single country named is taken for where they are.
	where := sig.Located
	if len(where) == 0 && len(sig.Countries) == 1 {
		where = sig.Countries
	}
	st.localNumbersIn(where)
}

// placeNumbers tells the local numbers of a place told or corrected after
// the emergency numbers were said ("nahi, wo thailand me hai" where
// Malaysia's were given; "my son is in Qatar" after "help"), unless that
// country's were said already.
func (st *step) placeNumbers(place string) {
	s := st.res.State
	if !s.NumbersShown {
		return
	}
	where := st.e.opts.Triage(place).Countries
	if len(where) == 0 || contains(where, s.NumbersFor) {
		return
	}
	st.localNumbersIn(where)
}

// localNumbersIn tells the numbers of the first of the countries where
// that has them.
func (st *step) localNumbersIn(where []string) {
	for _, c := range where {
		l, ok := st.e.opts.Helplines.Abroad[c]
		if !ok || l.Emergency == "" && l.Mission == "" {
			continue
		}
		st.res.State.NumbersFor = c
		data := map[string]any{"Country": st.e.opts.CountryName(c, st.res.State.Locale), "Emergency": l.Emergency, "Mission": l.Mission}
		switch {
		case l.Emergency != "" && l.Mission != "":
			st.say("emergency_local_mission", data)
		case l.Emergency != "":
			st.say("emergency_local", data)
		default:
			st.say("emergency_mission", data)
		}
		return
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
