package lang

// Reading what a message asks for rather than what it answers: the intent
// at the menu (report, check, status, a person, erase, help), a command,
// a question, an aside (thanks, "is this FIA?", "how long?") and a
// greeting.

import (
	"maps"
	"slices"
	"strings"
)

// AtALoss reports a short message that asks what to do ("kya karun?",
// "what should I do now", "اب کیا کروں").
func (rd *Reading) AtALoss() bool {
	if rd.Words() >= atALossWords {
		return false
	}
	for _, h := range rd.pick([]string{kindIntent}) {
		if h.Key == "at_a_loss" && !h.neg {
			return true
		}
	}
	return false
}

// Intent returns what a message at the menu asks for: report, verify,
// status, human, erase, help, language, menu or back, or "".
//
// A report that calls the offer fake is a report ("I want to report a fake
// job agent"); a question whether it is real is a verification ("ye agent
// asli hai?"); an explicit report word wins over both.
// Mentions reports a wish of the intent key named and not negated,
// whatever other wish wins ("delete krne se pehle … status bta do" names
// a status beside the erasing).
func (rd *Reading) Mentions(key string) bool {
	for _, h := range rd.pick([]string{kindIntent}) {
		if h.Key == key && !h.neg {
			return true
		}
	}
	return false
}

func (rd *Reading) Intent() string {
	if before, after, ok := rd.Turned(); ok {
		// "report krni hai.. nai ruko pehle check krna hai k agent asli
		// hai" (A7-0019): one wish taken back for another, the last said
		// wins
		if v := rd.r.readPlain(after).Intent(); v != "" {
			if b := rd.r.readPlain(before).Intent(); b != "" && b != v {
				return v
			}
		}
	}
	named := map[string]bool{}
	statusSaid := 0
	weighed := false // a report weighed against another way ("shikayat kru ya kia kru")
	clauseOf := rd.clauses()
	for _, h := range rd.pick([]string{kindIntent}) {
		if h.Key == "report" && rd.withinComplainIf(h) && rd.lawThreatAfter(clauseOf, h) {
			// "kehta h shikayat ki to police k hawale kr dunga" (C454-023
			// opened a report): a threat over complaining, no wish to.
			// (What complaining would cost the writer, "شکایت کی تو پیسے
			// بالکل نہیں ملیں گے", C64-017, is a report weighed.)
			continue
		}
		if h.Key == "report" && !h.neg && (rd.Question() && rd.orSoonAfter(h) || rd.conditionalAt(clauseOf, h.i)) {
			// (a report for later, if a check finds the firm false: "پہلے
			// یہ پتا کرنا ہے کہ یہ کمپنی رجسٹرڈ ہے بھی یا نہیں، اگر نہیں
			// ہوئی تو پھر شاید شکایت بھی کروں", A144-0010)
			weighed = true
			continue
		}
		if h.Key == "human" && !h.neg && rd.cantWrite(h) {
			named["cant_write"] = true // "need help. cant write much": how they write, not whom they want
			continue
		}
		if h.Key == "erase" && h.j-h.i == 1 && rd.Words() > eraseWords {
			// a long account that tells of a page deleted ("… she is not
			// replying and facebook page also delete", C58-002) asks to
			// erase nothing; "please delete everything I sent" still does
			continue
		}
		if (h.Key == "language" || h.Key == "genuine" || h.Key == "stuck" || h.Key == "verify" || h.Key == "report") && rd.inIntentNot(h) {
			// ("I was in a scam company in Cambodia", C466-022: where one
			// was held, no report asked for)
			// ("… I'm scared to go out, police check iqama on the road",
			// C382-016: others' checks, no wish to have one made)
			// ("... work permit k chakkar me phans gya h", C299-012: caught
			// in a scheme, no one stuck anywhere)
			// "korean lang test" (C262-010): a test of a language, no wish
			// to change it; "is this real person or computer" (C264-012)
			// asks who answers, no offer to check
			continue
		}
		if rd.inQuote(h) {
			// "… install an app called JobTrack Pro to 'complete
			// verification'" (C417-028): the words quoted are theirs, no
			// wish of the writer
			continue
		}
		if h.Key == "human" && h.j-h.i == 1 && rd.Words() > midflowWords {
			// "… in the name 'BEOE Account Officer'" (C26-005): an officer
			// named in an account is no wish to talk to one
			continue
		}
		if h.Key == "human" && rd.Words() > midflowWords && rd.talkThere(h) {
			// "… mera apna number 0333… h mujh se isi pe baat kr lena"
			// (C537-009 was handed to an officer): where to be reached,
			// no wish for a person
			continue
		}
		if !h.neg && !(h.Key == "human" && rd.talkOf(h)) && !(h.Key == "verify" && (rd.licensedSaid(h) || rd.theirPurpose(h))) {
			named[h.Key] = true
			if h.Key == "status" {
				statusSaid++
			}
		}
	}
	if named["help_return"] {
		named["help"] = true // "ab wapis kaise aaye?", "how can she come back home?": a plea to come home
	}
	if named["passport_taken"] || named["trouble"] {
		// "agent ne passport le liya", "میرے بیٹے کا مسئلہ ہے": a plea,
		// unless the account around it is the agent's report (the engine
		// weighs that, flows.intent)
		named["help"] = true
	}
	if named["cant_write"] && !named["help"] && !named["stuck"] {
		named["human"] = true // "mujhe likhna nahi aata": a person to talk to
	}
	if weighed && !named["help"] && !named["verify"] && !named["genuine"] && !named["verify_ask"] {
		named["report"] = true // weighed against nothing else named: still the report
	}
	explicitReport := rd.ReportAsked() && !weighed
	pleaSaid := named["help"]
	if named["stuck"] && !(explicitReport && named["report"] && !named["help"]) {
		// "phans gaya", "stuck", "پھنس": someone's plight, a plea for help,
		// unless it is told beside a wish to report and no plea: "mera dost
		// Mauritania me phansa hua h … is agent ki report krni h" asks for
		// the agent's report (C23-027); "phansa hua hai, madad karo" for
		// help
		named["help"] = true
	}
	if named["at_a_loss"] && (rd.Words() < atALossWords || named["help"] || rd.NamesIntent("help")) {
		// (help asked inside the wish to act, which the longer phrase
		// took: "اس ایجنٹ کے خلاف کچھ کرنا ہے اور مدد چاہیے", C207-033)
		// "kya karun?", "agent ne paise le liye, ab kya karoon": a plea; at
		// the end of a long account ("… samajh nahi aa raha kya karun",
		// C14-030) it is the account that says what they need
		named["help"] = true
	}
	if named["verify_ask"] {
		named["verify"] = true // "اس اشتہار کی تصدیق کر دیں", "please verify this"
	}
	if (named["genuine"] || named["licence"]) && (rd.Question() || rd.eitherAsked()) && !rd.has(kindAside, "own_risk") {
		// ("The airport officer said I could be charged as well. Is that
		// true?", C516-027 opened a check: the writer's own risk asked)
		// "ye agent asli hai?", "OEP licence no 3341/LHR sahi hai?"; "FIA
		// ne bataya jaali hai" is an account
		named["verify"] = true
	}
	if named["suspect"] && len(named) == 1 && !rd.Question() && rd.Words() > midflowWords {
		// "mere bete ko whatsapp pe msg aya k canada me job k liye select
		// ho gya h. ab wo log aur paise maang rahe hain. mujhe to dhoka
		// lagta h" (C290-009 opened help, with the emergency numbers): an
		// account of an offer, and what the writer makes of it, is its report
		named["report"] = true
	}
	if named["suspect"] && len(named) == 1 && rd.Question() {
		// "ye to fraud h na?", "its a scam right?" (C119-007, C12-005):
		// a question that says what they make of it asks it be looked at;
		// the engine hears the suspicion (SuspectsFake) and takes the
		// report
		named["verify"] = true
	}
	if named["human"] && rd.onlyNamesSomeone() && (named["verify"] || named["report"] || named["help"]) {
		// "ایک بندہ خود کو او ای سی کا افسر کہتا ہے … کیا یہ سچ ہے؟": an
		// officer he claims to be, not a wish to talk to one
		named["human"] = false
	}
	if named["complained"] && (named["status"] || named["no_news"]) && (!named["help"] && !named["stuck"] || statusSaid >= 2 && rd.Question() && !pleaSaid) {
		// (the plight the complaint was about is no plea now: "meri ammi
		// ne pichle hafte report ki thi mamu k liye jo dubai me phanse hue
		// the. reference number yaad nai … kuch hua us pe?", C492-035)
		named["help"] = false
		// "3 hafte pehle shikayat ki thi agent ki, kuch nai hua ab tak"
		// (C86-029): a complaint made, and nothing heard since, asks how
		// it stands; either alone is an account ("ab tak kuch nahi hua" of
		// a visa the agent promised)
		named["status"] = true
		statusSaid = 2
	}
	if named["complained"] && !named["help"] && !named["stuck"] && !named["report"] &&
		slices.ContainsFunc(rd.pick([]string{kindIntent}, "status"), func(h found) bool { return h.neg }) {
		// "january me Butt sahab k khilaf shikayat dali thi … ref no nai h
		// mere paas, purana phone kho gaya" (C506-032 opened a new report):
		// a complaint told as made, and its number not at hand, is asked
		// after
		named["status"] = true
		statusSaid = 2
	}
	if named["complained"] && rd.Words() <= complainedAloneWords && rd.reportOnlyMade() && onlyNamed(named, "complained", "report") &&
		!slices.ContainsFunc(rd.toks, func(t Token) bool { return officialBodies[t.S] }) {
		// "میں نے دو ہفتے پہلے گوجرانوالہ کے ایک ایجنٹ کی شکایت کی تھی"
		// (C485-006 opened a new report): a complaint told as made, alone
		// and short, is the opening of asking how it stands; one made to
		// the FIA or the police is not ours to tell
		named["reported_here"] = true
	}
	if named["reported_here"] && !named["help"] && !named["stuck"] && (!named["report"] || rd.reportOnlyMade()) || named["reported_here"] && named["status"] {
		// (a report told as made, and the number we gave it, with no new
		// report wished: "mene 2 hafte pehle Qatar wale fraud ki report ki
		// thi, ek number mila tha HSY se shuru hota tha", C474-030)
		// "mere abbu ne isi chat pe saudi wale agent ki report ki thi 2
		// hafte pehle" (C219-032 was taken for a new report): a report
		// made here before is asked after
		named["status"] = true
		statusSaid = 2
	}
	if named["no_news"] && rd.Question() && rd.Words() <= newsAskWords && len(named) == 1 && len(rd.PlacesAbroad()) == 0 &&
		len(rd.pick([]string{optionPrefix + "whom"}, "other")) == 0 {
		// "kuch pata chala us agent ka? 2 mahine ho gae koi call nai ai"
		// (C106-010): news asked for at the menu, nothing else wished,
		// is what became of their report; news of a brother gone to Dubai
		// is a plea
		named["status"] = true
		statusSaid = 2
	}
	switch {
	case named["erase"]:
		return "erase"
	case named["status"] && !named["help"] && !(explicitReport && statusSaid < 2 && rd.Words() > statusAccountWords) && (rd.Words() <= 12 || named["report"] || rd.Question() || statusSaid > 1):
		// (a wish to report beside "what happened" to others is the
		// report: "After what happened to people in Myanmar … Want to
		// report it", C115-007)
		// "meri report ka kya bana?"; not a long account that says "what
		// happened is…", unless it says so more than once ("shikayat ka
		// status dekhna hai, 3 din ho gaye koi jawab ni aya", A8-0015)
		return "status"
	case named["human"] && !named["stuck"]:
		// "is this for pakistanis who are stuck abroad? i need help but
		// cant write much" (C28-007): a plea, whoever answers it
		return "human"
	case named["callback"] && rd.Words() <= 12 && !named["verify"] && !named["report"] && !rd.Question():
		// "is number pe call kr lain 0301…", "please call me on …": a
		// person asking to be called, not a number to check
		return "human"
	case named["language"] && rd.Words() <= 5:
		return "language"
	case named["verify"] && named["report"]:
		// "Ye company check kar dein. Haripur me akhbar me ad aya hai"
		// (C32-033): an agent or a firm to check, where its advert came
		// from told beside it, is a check; an advert that came, to be
		// checked, is brought to us (C17-027), as is a whole account of
		// what a firm did (C28-016).
		// (a licence number given beside the wish to check is the firm
		// to look up: "ye company check kr do, facebook pe Romania k work
		// permit ka ad aya h. Danube Manpower Services, licence no
		// 4120/LHR likha h", C567-020)
		if explicitReport || !named["verify_ask"] && !named["licence"] && !rd.Question() && !rd.eitherAsked() && (rd.Field() != "recruiter" || rd.Words() > 20) {
			return "report"
		}
		// "اخبار میں یہ اشتہار آیا ہے، تصدیق کر دیں کہ یہ کمپنی رجسٹرڈ ہے یا
		// نہیں" (C114-034): asked in words to be checked
		return "verify"
	case named["verify"]:
		return "verify"
	case named["report"] && named["help"] && (min(rd.firstIntent("help"), rd.firstIntent("stuck"), rd.firstIntent("passport_taken"), rd.firstIntent("trouble")) < rd.firstIntent("report") || rd.stuckSelf()):
		// "meri madad karo, … agar shikayat ki to jail bhejwa dunga"; "mai
		// malaysia me phasa hua hun. company band ho gai agent bhag gya"
		// (C55-030): the plight told first is the need
		return "help"
	case named["report"]:
		return "report"
	case named["help"]:
		return "help"
	case named["menu"] && rd.covered(kindIntent) >= 0.5:
		return "menu"
	case named["back"] && rd.covered(kindIntent) >= 0.5:
		return "back"
	}
	return ""
}

// eraseWords is the longest message in which a single word of erasing
// ("delete", "ڈیلیٹ") is read as a wish to erase one's data.
const eraseWords = 30

// statusAccountWords is how long an account with a wish to report must be
// for a status word in it ("after what happened to people in Myanmar") to
// be no question of how a report stands.
const statusAccountWords = 30

// complainedAloneWords is the longest message in which a complaint told as
// made, and nothing else, asks how it stands.
const complainedAloneWords = 16

var officialBodies = mustClass("official_bodies")

// onlyNamed reports intents named of the keys given alone.
func onlyNamed(named map[string]bool, keys ...string) bool {
	for k, v := range named {
		if v && !slices.Contains(keys, k) {
			return false
		}
	}
	return true
}

// newsAskWords is the longest question for news alone ("kuch pata chala?")
// read as asking how one's report stands.
const newsAskWords = 16

// atALossWords is how long an account must be for "what do I do" at its
// end to leave the account to say what is needed.
const atALossWords = 40

// licensedSaid reports a licence word that describes whom the writer
// dealt with, in an account that asks nothing ("ایک لائسنس یافتہ پروموٹر
// کے ذریعے ویزا لیا", "through a licensed promoter", "licence wala agent
// tha"): the licence is told, not to be checked.
func (rd *Reading) licensedSaid(h found) bool {
	if h.j-h.i != 1 || rd.Question() || rd.Words() < 12 {
		return false
	}
	w := rd.toks[h.i].S
	switch {
	case w == "licensed":
	case (w == "لائسنس" || w == "licence" || w == "license" || w == "lisens") && h.j < len(rd.toks) && (licenceHolder[rd.toks[h.j].S] || rd.toks[h.j].S == "number" || rd.toks[h.j].S == "نمبر"):
		// (a licence number told in an account, "لائسنس نمبر دفتر میں لگا
		// ہے ۱۸۷۶/KHI … ڈھائی لاکھ نقد مانگ رہے ہیں", C468-014: the firm
		// dealt with, no wish to check it)
	case (w == "registered" || w == "رجسٹرڈ") && h.j < len(rd.toks) && (registeredHolder[rd.toks[h.j].S] || licenceHolder[rd.toks[h.j].S]):
		// "ek registered OEP hai, 4 lakh maang rahe …": the firm dealt
		// with, told, as "licensed" is
	case w == "registered" && h.i > 0 && beingWords[rd.toks[h.i-1].S]:
		// "so we trusted, because they are registered" (C46-007): told of
		// the firm in an account, no wish to have it checked
	default:
		return false
	}
	if len(rd.pick([]string{kindIntent}, "verify_ask")) > 0 || len(rd.pick([]string{kindIntent}, "genuine")) > 0 && rd.eitherAsked() {
		return false // asked to be checked; "so we trusted" in an account asks nothing (C46-007)
	}
	for k := h.i - 1; k >= 0 && k >= h.i-12; k-- {
		if askedOf[rd.toks[k].S] {
			return false // "I would like to know if X is a licensed agency"
		}
		if rd.toks[k].Brk {
			break
		}
	}
	return true
}

// eitherAsked reports whether-or-not asked without a question mark: a word
// of being genuine that is one side of an "or" ("sahi hy ya frod", "real or
// fake", "اصلی ہے یا جعلی", "asli hai ya nahi").
// AsksEither reports a check asked as a choice ("asli hai ya nakli", "real
// or fake"): whatever they make of it, they ask.
func (rd *Reading) AsksEither() bool { return rd.eitherAsked() }

func (rd *Reading) eitherAsked() bool {
	for _, h := range rd.pick([]string{kindIntent}, "genuine", "verify", "licence") {
		if h.neg {
			continue
		}
		// (a check's words may end a little before it: "معلوم کرنا ہے کہ
		// یہ رجسٹرڈ ہے بھی یا نہیں", A105-0011; "wo licence wala h ya nai",
		// C420-028)
		end := h.j + 1
		if h.Key == "verify" || h.Key == "licence" {
			end = h.j + 3
		}
		for k := max(h.i-3, 0); k < len(rd.toks) && k <= end; k++ {
			if orWords[rd.toks[k].S] && (k == 0 || !rd.toks[k].Brk) && (k+1 >= len(rd.toks) || !rd.toks[k+1].Brk) && k > 0 && k+1 < len(rd.toks) &&
				(rd.r.lex.IsNegation(rd.toks[k+1].S) || eitherAlts[rd.toks[k+1].S]) {
				// (not "visa jaali h or protector ki stamp b fake h",
				// C256-011: Roman Urdu's "or" is "and")
				return true
			}
		}
	}
	return false
}

var (
	orWords    = mustClass("or")
	eitherAlts = mustClass("either_alts") // what "or" weighs against: "… real or fake", "… ya naqli"
)

// theirPurpose reports a word of checking that is the purpose someone gave
// for what they asked to be sent ("cnic, photo aur live location bhejo
// verification k liye", "send your CNIC for verification", "تصدیق کے لیے
// شناختی کارڈ بھیجیں"): their pretext, not a request to us to check.
func (rd *Reading) theirPurpose(h found) bool {
	purpose := h.j+1 < len(rd.toks) && forPost[rd.toks[h.j].S] && forLiye[rd.toks[h.j+1].S] ||
		h.i > 0 && rd.toks[h.i-1].S == "for"
	if !purpose || rd.Question() {
		return false
	}
	for _, k := range []string{"genuine", "verify_ask"} {
		if len(rd.pick([]string{kindIntent}, k)) > 0 {
			return false
		}
	}
	for k := max(h.i-12, 0); k < len(rd.toks) && k <= h.j+8; k++ {
		if sendAsked[rd.toks[k].S] {
			return true
		}
	}
	return false
}

// beingWords say what a firm is ("they are registered", "wo registered
// hain").
var beingWords = mustClass("being_words")

var (
	forPost   = mustClass("for_post")
	forLiye   = mustClass("for_liye")
	sendAsked = mustClass("send_asked")
)

// askedOf introduce an indirect question ("know if", "whether", "pata
// karna hai ke", "معلوم کرنا").
var askedOf = mustClass("asked_of")

// licenceHolder follow a licence word to make it a description ("لائسنس
// یافتہ", "licence yafta", "license wala").
// registeredHolder are the firms "registered" describes when it stands
// before them ("registered OEP", "رجسٹرڈ کمپنی").
var registeredHolder = mustClass("registered_holder")

var licenceHolder = mustClass("licence_holder")

// ReportAsked reports an explicit word of reporting ("report karni hai",
// "complaint", "شکایت درج"), not only a word for what was done ("fraud",
// "cheat", "dhoka"): an account that calls a company a fraud is not, by
// that alone, a wish to report it.
func (rd *Reading) ReportAsked() bool {
	for _, h := range rd.pick([]string{kindIntent}, "report") {
		if h.neg || rd.inIntentNot(h) { // "if I complain my visa will be cancelled" (C48-022)
			continue
		}
		for k := h.i; k < h.j; k++ {
			if slices.Contains(reportWords, rd.toks[k].S) {
				return true
			}
		}
	}
	return false
}

// reportOnlyMade reports a report told as made ("fraud ki report ki thi")
// and none wished anew: every word of reporting is inside the telling.
func (rd *Reading) reportOnlyMade() bool {
	made := rd.pick([]string{kindIntent}, "complained")
	for _, h := range rd.pick([]string{kindIntent}, "report") {
		if h.neg || !slices.ContainsFunc(rd.toks[h.i:h.j], func(t Token) bool { return slices.Contains(reportWords, t.S) }) {
			continue
		}
		if !covers(made, h) {
			return false
		}
	}
	return len(made) > 0
}

// ReportOfRecruiter reports a wish to report, in the first clause, that
// names there a recruiter as what is reported ("I want to report an
// agency in Karachi that sent my brother", "بھائی کے ایجنٹ کی شکایت درج
// کرانا چاہتی ہوں", C244-004, C238-008): a report against a firm,
// whatever danger the rest tells, not "something happening next door".
func (rd *Reading) ReportOfRecruiter() bool {
	for _, h := range rd.pick([]string{kindIntent}, "report") {
		if h.neg || rd.inIntentNot(h) || slices.ContainsFunc(rd.toks[1:h.i+1], func(t Token) bool { return t.Brk }) && !rd.closingSentence(h) {
			// (not "…, and i also want to report that agent. what do i do
			// first??", A17-0002: a plea first; but an account that ends
			// with its wish, a sentence of its own, "… ایجنٹ کی شکایت کرنی
			// ہے", C369-021)
			continue
		}
		if rd.targetNear(h, true) {
			return true
		}
	}
	return false
}

var reportTargets = mustClass("report_targets")

// targetNear reports a recruiter named within four words of the wish to
// report h ("agent ki report", "report an agency"); in the same clause,
// when sameClause.
func (rd *Reading) targetNear(h found, sameClause bool) bool {
	for k := max(0, h.i-4); k < min(len(rd.toks), h.j+4); k++ {
		if reportTargets[rd.toks[k].S] && (!sameClause || !slices.ContainsFunc(rd.toks[min(k, h.i)+1:max(k, h.j-1)+1], func(t Token) bool { return t.Brk })) {
			return true
		}
	}
	return false
}

// ReportClosing reports a wish to report a recruiter said in a closing
// sentence of its own ("… ab wo Myanmar me phansa hua h … main us agent ki
// report krna chahti hun", C480-020): what the account is told for.
func (rd *Reading) ReportClosing() bool {
	for _, h := range rd.pick([]string{kindIntent}, "report") {
		if !h.neg && !rd.inIntentNot(h) && rd.closingSentence(h) && rd.targetNear(h, false) {
			return true
		}
	}
	return false
}

// closingSentence reports a hit in the last sentence of the text, one that
// opens after a full stop and holds no question.
func (rd *Reading) closingSentence(h found) bool {
	start := 0
	for k := h.i; k > 0; k-- {
		if rd.toks[k].Brk && strings.ContainsAny(rd.Text[rd.toks[k-1].End:rd.toks[k].Start], ".!۔\n") {
			start = k
			break
		}
	}
	if start == 0 {
		return false
	}
	for k := h.j; k < len(rd.toks); k++ {
		if rd.toks[k].Brk && strings.ContainsAny(rd.Text[rd.toks[k-1].End:rd.toks[k].Start], ".!۔?؟\n") {
			return false
		}
	}
	return !strings.ContainsAny(rd.Text[rd.toks[start].Start:], "?؟")
}

var reportWords = []string{"report", "reports", "reporting", "complaint", "complain", "shikayat", "شکایت", "رپورٹ", "darj", "درج"}

// AgentGone reports an account that the agent who sent someone, or took
// their money, has gone silent ("جس ایجنٹ نے بھیجا تھا وہ اب فون نہیں
// اٹھاتا", "agent ab phone nahi uthata", "the agent is not picking up"):
// a word of the agent before a phone not answered, switched off or
// blocked.
func (rd *Reading) AgentGone() bool {
	agent := rd.r.lex.Class("agent")
	for _, h := range rd.pick([]string{kindIntent}, "agent_gone") {
		if h.neg {
			continue
		}
		for k := 0; k < h.i; k++ {
			if agent[rd.toks[k].S] {
				return true
			}
		}
	}
	return false
}

// AsksGenuine reports words that ask whether something is genuine ("asli
// hai ya nahi", "is it real", "اصلی ہے یا نہیں"), with or without a
// question mark, or that ask us to verify it ("اس اشتہار کی تصدیق کر دیں",
// "please verify this").
// orSoonAfter reports an "or" within four words after hit h ("should I
// complain about the agent or ask for help", "shikayat kru ya kia kru"):
// the wish named is one way weighed against another.
func (rd *Reading) orSoonAfter(h found) bool {
	for k := h.j; k < len(rd.toks) && k <= h.j+4; k++ {
		if k > h.j && rd.toks[k].Brk {
			return false
		}
		if orWords[rd.toks[k].S] {
			return true
		}
	}
	return false
}

// cantWrite reports a wish for a person that says one cannot write or
// type ("cant write much", "likhna nahi aata", "لکھ نہیں سکتی").
func (rd *Reading) cantWrite(h found) bool {
	for k := h.i; k < h.j; k++ {
		if writeWords[rd.toks[k].S] {
			return true
		}
	}
	return false
}

var writeWords = mustClass("write_words")

// StopAsked reports a wish that someone be stopped or caught ("is bande
// ko roko", "please stop him", "اسے روکیں"): a report about him.
func (rd *Reading) StopAsked() bool { return rd.has(kindAnswer, "stop_someone") }

// SuspectsFake reports a writer who says what they make of an offer ("looks
// too good to be true", "i feel something is wrong", "مجھے شک ہے کہ جعلی
// ہے", "fraud lag raha hai", "please take action", "same as the BEOE
// site"): one bringing it to us, a report, even beside "is it genuine?".
func (rd *Reading) SuspectsFake() bool { return rd.has(kindIntent, "suspect") }

func (rd *Reading) AsksGenuine() bool {
	for _, h := range rd.pick([]string{kindIntent}, "genuine", "verify_ask") {
		if !h.neg {
			return true
		}
	}
	return false
}

// talkOf reports a wish to talk that is an account of someone's talk: the
// talk of a thing ("Greece bhejne ki baat kar raha hai", "یونان بھیجنے کی
// بات کرتا ہے") or talk going on ("woh naukri ki baat kar rahe the"),
// not a wish to talk to a person ("kisi se baat karni hai").
func (rd *Reading) talkOf(h found) bool {
	at := h.i // the talk word: "kisi afsar se baat" is no "aap ke … baat" (C195-034)
	for k := h.i; k < h.j; k++ {
		if talkNouns[rd.toks[k].S] {
			at = k
			break
		}
	}
	if at > 0 && !rd.toks[at].Brk && talkOfBefore[rd.toks[at-1].S] {
		return true
	}
	for k := h.j; k < len(rd.toks) && k < h.j+2 && !rd.toks[k].Brk; k++ {
		if talkGoingOn[rd.toks[k].S] {
			return true
		}
	}
	return false
}

// talkThere reports talk asked for on a way of reaching the writer: a
// contact option or the writer's own number just before it ("isi pe baat
// kr lena", "is number pe baat karein", "mere number pe baat kar lein").
func (rd *Reading) talkThere(h found) bool {
	for _, c := range rd.pick([]string{optionPrefix + "contact", kindAnswer}) {
		if c.Kind == kindAnswer && c.Key != "own_number" || c.neg {
			continue
		}
		if c.j <= h.i && h.i-c.j <= 1 && !slices.ContainsFunc(rd.toks[c.j:h.i+1], func(t Token) bool { return t.Brk }) {
			return true
		}
	}
	return false
}

// talkOfBefore: the genitive before "baat" that makes it the talk of a
// thing ("bhejne ki baat").
var talkOfBefore = mustClass("talk_of_before")

// talkGoingOn: the progressive or habitual after "baat kar" that makes it
// someone's talk ("baat kar raha hai", "baat karta hai").
var talkGoingOn = mustClass("talk_going_on")

// onlyNamesSomeone reports that every wish to talk to a person is only a
// word for one ("officer", "afsar", "insaan"), with no verb of talking or
// asking: the text is about an officer, not asking for one.
func (rd *Reading) onlyNamesSomeone() bool {
	for _, h := range rd.pick([]string{kindIntent}, "human") {
		if h.neg {
			continue
		}
		for k := h.i; k < h.j; k++ {
			if !personNouns[rd.toks[k].S] {
				return false
			}
		}
	}
	return true
}

// personNouns name a person, and ask for one only with a verb ("officer
// se baat karni hai").
var personNouns = mustClass("person_nouns")

// stuckSelf reports the writer stuck ("mai phans gaya hun", "I am stuck",
// "میں پھنس گیا ہوں", C60-016): a word of being stuck within two words
// after "I".
func (rd *Reading) stuckSelf() bool {
	self, debt := rd.r.lex.Class("first_person"), rd.r.lex.Class("debt")
	for _, h := range rd.pick([]string{kindIntent}, "stuck") {
		inDebt := false // "ab mai phasa hua hun qarz me": stuck in a debt at home, the agent's report
		for k := h.j; k < len(rd.toks) && k <= h.j+3; k++ {
			inDebt = inDebt || debt[rd.toks[k].S]
		}
		for k := max(h.i-2, 0); k < h.i; k++ {
			if self[rd.toks[k].S] && !h.neg && !inDebt {
				return true
			}
		}
	}
	return false
}

// AgentWord reports a word for an agent or recruiter anywhere ("i want to
// check one agent", "ایک ایجنٹ"): the one to check is a person, his details
// to come.
func (rd *Reading) AgentWord() bool {
	agent := rd.r.lex.Class("agent")
	for _, t := range rd.toks {
		if agent[t.S] {
			return true
		}
	}
	return false
}

// FormalCheck reports a check asked for in the word for verification
// ("اس اشتہار کی تصدیق کرنی ہے", "please verify this", C58-022): what
// comes next is to be checked, not an advert brought to us ("ye msg group
// me aya hai check kro", C17-027).
func (rd *Reading) FormalCheck() bool {
	words := slices.Collect(maps.Keys(rd.r.lex.Class("formal_check")))
	return rd.hasAny(kindIntent, "verify", words...) || rd.hasAny(kindIntent, "verify_ask", words...)
}

// firstIntent is where the first non-negated hit of an intent starts.
func (rd *Reading) firstIntent(key string) int {
	for _, h := range rd.pick([]string{kindIntent}, key) {
		if !h.neg {
			return h.i
		}
	}
	return len(rd.toks)
}

// hasAny reports whether a non-negated hit of kind/key starts with one of
// the words.
func (rd *Reading) hasAny(kind, key string, words ...string) bool {
	for _, h := range rd.pick([]string{kind}, key) {
		if h.neg {
			continue
		}
		for k := h.i; k < h.j; k++ {
			if slices.Contains(words, rd.toks[k].S) {
				return true
			}
		}
	}
	return false
}

// Command returns a word that works in every state when it is (nearly)
// all the message says: menu, back, help, language, cancel, erase.
func (rd *Reading) Command() string {
	if rd.Words() == 0 || rd.Words() > 6 {
		return ""
	}
	for _, h := range rd.pick([]string{kindCommand}) {
		key := h.Key
		if key == "_help_line" {
			// A help line's label: before a number it gives the number
			// ("WhatsApp help: 0311-2094586"), no command; alone ("help
			// line", "helpline number?") it asks for the help numbers.
			if slices.ContainsFunc(rd.toks, func(t Token) bool { return t.Digits }) {
				return ""
			}
			key = "help"
		}
		if !h.neg && (rd.covered(kindCommand) >= 0.6 || rd.Words() <= 2 && rd.fillersBeside(h)) {
			return key
		}
	}
	return ""
}

var commandFillers = mustClass("command_fillers")

// fillersBeside reports that every word outside h is a filler ("ji",
// "plz", "bhai"): "menu plz", "cancel kro" are commands; "paise khatam"
// (money finished) and "visa khatam" are not "khatam" (C94-021: a help
// request was cancelled).
func (rd *Reading) fillersBeside(h found) bool {
	for k, t := range rd.toks {
		if (k < h.i || k >= h.j) && !commandFillers[t.S] {
			return false
		}
	}
	return true
}

// Language returns the language a short message asks for ("english
// please", "urdu mein baat karo", "roman urdu"), or "".
func (rd *Reading) Language() string {
	if rd.Words() > 6 {
		return ""
	}
	hs := rd.pick([]string{kindLanguage})
	if len(hs) == 0 {
		return ""
	}
	return hs[0].Key
}

// Question reports a question: a question mark, or a question word at the
// start.
func (rd *Reading) Question() bool {
	if strings.ContainsAny(rd.Text, "?؟") && !rd.doubtMarks() {
		return true
	}
	for _, h := range rd.pick([]string{kindAnswer}, "question_words") {
		if h.i == 0 || h.i == 1 && rd.toks[0].S == "ye" {
			return true
		}
		// "bhai ye dekho kya ye sahi hai: …": kya opening a clause, after a
		// word or two, asks (but "ye kya hai" as in what).
		if h.i > 0 && (rd.toks[h.i].S == "kya" || rd.toks[h.i].S == "کیا") && h.i+1 < len(rd.toks) && (rd.toks[h.i+1].S == "ye" || rd.toks[h.i+1].S == "yeh" || rd.toks[h.i+1].S == "یہ" || rd.toks[h.i+1].S == "is" || rd.toks[h.i+1].S == "aap" || rd.toks[h.i+1].S == "ap") {
			return true
		}
		// "delete krne ka kya faida hoga", "اس کا کیا مطلب ہے": what
		// use or meaning, asked with no mark
		if (rd.toks[h.i].S == "kya" || rd.toks[h.i].S == "کیا") && h.i+1 < len(rd.toks) && kyaAsks[rd.toks[h.i+1].S] {
			return true
		}
	}
	return false
}

// kyaAsks are the nouns after "kya" that ask ("kya faida", "کیا مطلب").
var kyaAsks = mustClass("kya_asks")

// AskedBeforeSkip reports a question asked, with its question word and
// mark, before any word of skipping or not knowing ("اس کو اپنا پتا کیسے
// معلوم ہو؟ وہ بتا نہیں سکتی", C191-007): the "can't tell" explains the
// question; nothing is skipped.
func (rd *Reading) AskedBeforeSkip() bool {
	if !rd.Question() {
		return false
	}
	mark := strings.IndexAny(rd.Text, "?؟")
	if mark < 0 {
		return false
	}
	worded := false
	for _, h := range rd.pick([]string{kindAnswer}, "question_words") {
		worded = worded || rd.toks[h.i].End <= mark
	}
	if !worded {
		return false
	}
	for _, h := range rd.pick([]string{kindAnswer}, "skip", "unknown") {
		if rd.toks[h.i].Start < mark {
			return false
		}
	}
	return true
}

// doubtMarks reports question marks that each end a clause of doubt
// alone ("dunno, maybe? he messaged from like 3 different numbers",
// "shayad? pata nahi", A7-0085): a doubt said, not a question asked.
func (rd *Reading) doubtMarks() bool {
	doubt := make([]bool, len(rd.toks))
	for _, h := range rd.pick([]string{kindAnswer}, "hedge", "unknown") {
		for k := h.i; k < h.j; k++ {
			doubt[k] = true
		}
	}
	asks := make([]bool, len(rd.toks))
	for _, h := range rd.pick([]string{kindAnswer}, "question_words") {
		asks[h.i] = true
	}
	for at, r := range rd.Text {
		if r != '?' && r != '؟' {
			continue
		}
		k := len(rd.toks) - 1
		for k >= 0 && rd.toks[k].End > at {
			k--
		}
		if k >= 0 && rd.guessedClause(k, doubt, asks) {
			continue // "I think it was facebook marketplace? not sure" (A112-0052)
		}
		if k < 0 || !doubt[k] {
			return false
		}
		for ; k >= 0 && rd.toks[k].End <= at; k-- {
			if !doubt[k] {
				return false
			}
			if rd.toks[k].Brk {
				break
			}
		}
	}
	return true
}

// guessedClause reports the clause ending at token k opened by a guess ("I
// think", "shayad") and asking nothing: its question mark is the guess's.
func (rd *Reading) guessedClause(k int, doubt, asks []bool) bool {
	for ; k >= 0; k-- {
		if asks[k] {
			return false
		}
		if rd.toks[k].Brk || k == 0 {
			return doubt[k]
		}
	}
	return false
}

// Aside returns what kind of aside a message is when it is not an answer:
// thanks, greeting, time, who, cost, privacy, what_next, pay_more (should
// I pay them more?), unclear, or
// "question" for any other question; "" when it is none.
func (rd *Reading) Aside() string {
	if rd.Empty() {
		if strings.ContainsAny(rd.Text, "?؟") {
			return "unclear"
		}
		return ""
	}
	hs := rd.pick([]string{kindAside})
	kinds := map[string]bool{}
	for _, h := range hs {
		kinds[h.Key] = true
	}
	if kinds["bot"] {
		kinds["who"] = true // "is this real person or computer": who we are, and that a person reads (AsksIfBot)
	}
	q := rd.Question()
	if kinds["pay_more"] && q && !rd.has(kindAnswer, "papers") {
		return "pay_more" // "kya 2 lakh wali qist de dein?": asked, never an answer
	} // ("is it safe to send u the pic? he will not know?", A11-0026: a picture, not money)
	// ("bhatije ko to FIA wale nahi pakrenge na?", C510-016: the writer's
	// own risk asked, not who we are)
	for _, k := range []string{"own_risk", "how_check", "official_site", "time", "legal_fee", "cost", "privacy", "what_next", "who"} {
		if k == "own_risk" && !q {
			continue // "they said we will be arrested if we leave": a threat told, no question
		}
		if k == "cost" && !q && rd.SaysSum() {
			continue // "35k file charges first then 6 lakh": the offer's charges, told
		}
		if kinds[k] && (q || rd.covered(kindAside, kindAnswer) >= 0.6 || rd.askedIn(k)) {
			return k
		}
	}
	switch {
	case kinds["thanks"] && (rd.thanksShare() >= 0.5 || rd.Farewell()):
		return "thanks"
	case kinds["greeting"] && rd.covered(kindAside) >= 0.8:
		return "greeting"
	case kinds["unclear"] && (rd.coveredBy(kindAside, "unclear") >= 0.6 || q && rd.covered(kindAside, kindAnswer) >= 0.8):
		// "یہ کیا ہے؟ سمجھ نہیں آئی": what is this, not understood
		return "unclear"
	case q:
		return "question"
	}
	return ""
}

// withinComplainIf reports a hit within the words of a condition of
// complaining ("shikayat ki to"): what follows if one complains.
func (rd *Reading) withinComplainIf(h found) bool {
	return covers(rd.pick([]string{kindAnswer}, "complain_if"), h)
}

// lawThreatAfter reports the police, jail or deportation named in the
// clause of h, after it: what one who holds the writer threatens.
func (rd *Reading) lawThreatAfter(clauseOf []int, h found) bool {
	for k := h.j; k < len(rd.toks) && clauseOf[k] == clauseOf[h.i]; k++ {
		if lawThreats[rd.toks[k].S] {
			return true
		}
	}
	return false
}

var lawThreats = mustClass("law_threats")

// ClaimsUs reports a question whether a call or a message was ours ("was
// that you people?", "کیا وہ آپ لوگ تھے؟", "aap ki taraf se tha?").
func (rd *Reading) ClaimsUs() bool { return rd.Question() && rd.has(kindAnswer, "claims_us") }

// AsksIfBot reports a question whether a person or a machine answers
// ("is this real person or computer", "aap insaan ho ya bot?").
func (rd *Reading) AsksIfBot() bool { return rd.has(kindAside, "bot") }

// askedIn reports an aside of key with a question word among its words
// or right before them ("delete hone me kitna time lgega", A36-0358: no
// question mark, and the "delete" beside it is no answer to the aside):
// asked, whatever the rest of the message says.
func (rd *Reading) askedIn(key string) bool {
	qs := rd.pick([]string{kindAnswer}, "question_words")
	for _, h := range rd.pick([]string{kindAside}, key) {
		for _, x := range qs {
			if x.i >= h.i && x.j <= h.j || x.j == h.i { // "کتنا وقت لگے گا": the question word just before it
				return true
			}
		}
	}
	return false
}

// thanksShare is the share of the words that thanks covers, a word of
// address counted with it ("shukriya bhai jaan", "thank u so much bhai":
// thanks to someone, A12-0079, A12-0259).
func (rd *Reading) thanksShare() float64 {
	hs := rd.pick([]string{kindAside}, "thanks")
	if len(hs) == 0 || len(rd.toks) == 0 {
		return 0
	}
	address := rd.r.lex.Class("address")
	n := 0
	for k, t := range rd.toks {
		in := address[t.S]
		for _, h := range hs {
			in = in || h.i <= k && k < h.j
		}
		if in {
			n++
		}
	}
	return float64(n) / float64(len(rd.toks))
}

// OnlyThanks reports a message that is thanks and nothing else, a word of
// address counted with it ("thanks bhai", "shukriya baji"): its "bhai"
// names no one asked about (A105-0300).
func (rd *Reading) OnlyThanks() bool { return rd.thanksShare() >= 1 }

// Greeting reports a message that is only a greeting ("salam", "hello",
// "السلام علیکم").
func (rd *Reading) Greeting() bool {
	return rd.has(kindAside, "greeting") && rd.covered(kindAside) >= 0.8
}

// AsksIfOfficial reports a question whether this chat is an official body
// ("is this really FIA?", "kya ye sach me FIA ka number hai?"; the bodies
// are words.json's class official_bodies), not whether an agent or offer
// is genuine ("is this real?").
func (rd *Reading) AsksIfOfficial() bool {
	if rd.Aside() != "who" {
		return false
	}
	for _, h := range rd.pick([]string{kindAside}, "who") {
		for k := h.i; k < h.j; k++ {
			if rd.r.lex.Class("official_bodies")[rd.toks[k].S] {
				return true
			}
		}
	}
	return false
}

// ClaimsOfficial reports a word that calls something the government's
// ("sarkari", "govt", "official"), not an agency by name: a page's or an
// advert's claim ("'Overseas Jobs Govt Pakistan Official'"), which "ye
// sarkari h k nahi?" after it asks about (C458-031), not about us.
func (rd *Reading) ClaimsOfficial() bool {
	return slices.ContainsFunc(rd.toks, func(t Token) bool { return officialClaims[t.S] })
}

var officialClaims = mustClass("official_claims")

// PleaOnlyAtEnd reports a plea for help that only closes the message ("…
// now his number is off and the page blocked us both. plz help"): every
// word of help within its last five words.
//
// So is "kia krun" (what do I do) closing an account of money paid
// (C293-014: "… 12 hzr abhi easypaisa kiye … ab wo aur mang rha h. kia
// krun").
func (rd *Reading) PleaOnlyAtEnd() bool {
	hs := rd.pick([]string{kindIntent}, "help", "at_a_loss")
	if len(hs) == 0 {
		return false
	}
	for _, h := range hs {
		last := 5
		if h.Key == "at_a_loss" {
			last = 7 // "… ab kya karen bhai koi madad karo" (C73-035)
		}
		if h.neg || h.i < len(rd.toks)-last {
			return false
		}
	}
	return true
}

var fraudWords = mustClass("fraud_words")

// NamesFraud reports a word of fraud ("kya ye fraud hai?", "jaali to nahi?"):
// what the writer fears is named.
func (rd *Reading) NamesFraud() bool {
	return slices.ContainsFunc(rd.toks, func(t Token) bool { return fraudWords[t.S] })
}

// HumanOnlyForTyping reports a wish for a person said only as not wanting
// or being able to type ("I dont want to write it here", C292-024), not as
// one to talk to ("kisi insan se baat karni h"): what is told beside it
// may be what needs help.
func (rd *Reading) HumanOnlyForTyping() bool {
	hs := rd.pick([]string{kindIntent}, "human")
	for _, h := range hs {
		if !slices.ContainsFunc(rd.toks[h.i:h.j], func(t Token) bool { return typingWords[t.S] }) {
			return false
		}
	}
	return len(hs) > 0
}

var typingWords = mustClass("typing_words")

// inQuote reports a hit inside a few words in quote marks, when more of
// the answer stands outside them.
func (rd *Reading) inQuote(h found) bool {
	from, to := rd.toks[h.i].Start, rd.toks[h.j-1].End
	for _, sp := range QuotedSpans(rd.Text) {
		if from >= sp[0] && to <= sp[1] && len(strings.Fields(rd.Text[sp[0]:sp[1]])) <= 6 {
			outside := strings.TrimSpace(rd.Text[:sp[0]] + rd.Text[sp[1]:])
			return len(strings.Fields(outside)) > 3
		}
	}
	return false
}
