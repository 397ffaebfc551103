package triage

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hoshyar/hoshyar/lang"
)

// Urgency levels (domain/red-flags.md "Urgency").
const (
	UrgencyEmergency = "emergency" // show the emergency numbers first, ask after
	UrgencyUrgent    = "urgent"    // same-day referral
	UrgencyRoutine   = "routine"
)

// Emergency reports whether text alone shows immediate danger (violence,
// sexual abuse, threat to life, locked in or unable to leave, at sea or at
// a border, kidnapped or held for ransom, a child involved, a medical
// emergency, a cry for rescue) and why. The conversation calls it on every
// message, before any question, so it only tokenizes and runs the
// situation phrases; it does not extract entities.
func Emergency(text string) (bool, []string) {
	a := &analysis{text: text, toks: lang.Tokenize(text), hits: map[lang.Label][]lang.Hit{}}
	lex.vocab.Assign(a.toks)
	a.collect(lex.all)
	var reasons []string
	for _, code := range lex.sitOrder {
		s := lex.situations[code]
		if s.level == UrgencyEmergency && a.situation(code) && (code != "child" || a.childInDanger()) && !(code == "confined" && (a.inSafeHouse() || a.heldForDebt() || a.keptByNoOne())) {
			reasons = append(reasons, s.reason)
		}
	}
	if len(reasons) == 0 {
		reasons = a.compounds()
	}
	return len(reasons) > 0, reasons
}

// ConfinedReason is the reason Emergency gives for people locked in or not
// let go ("locked in, cannot leave").
func ConfinedReason() string { return lex.situations["confined"].reason }

// UrgentReason reports the reason of a situation that is urgent, not an
// emergency ("wages withheld", "forced to work"): told beside an emergency,
// it is listed with it, and is none alone.
func UrgentReason(w string) bool {
	for _, s := range lex.situations {
		if s.level == UrgencyUrgent && s.reason == w {
			return true
		}
	}
	return false
}

// inSafeHouse reports a person kept in a smuggler's "safe house" with no
// other danger read: no harm, threat, sale or illness, and no emergency
// but being kept in. Not being let out is what a safe house is, and a
// smuggler asking more money to go on from one is the domain's urgent case
// (red-flags.md: "a smuggler demanding more money mid-journey; held in a
// safe house"), as every safe-house line of the corpus and the blind sets
// labels it (blind13 EN-049: "in a 'safe house' in Tehran ... pay 2 lakh
// more to continue ... cannot go out"); a threat to sell one on stays an
// emergency.
//
// A house named on the way, with more money asked to go on ("in a house in
// Istanbul, give 3 lakh more", "Quetta me ek ghar me ... 1.5L aur bhejo",
// blind18 EN-015, UR-016, RL-016), is one too, as the corpus's such lines
// label it (RU-0307, UR-0292, B4-RU-045): a house alone is no safe house
// (a maid "ek ghar mein kaam karti hai").
func (a *analysis) inSafeHouse() bool {
	if !(a.situation("safe_house") || a.houseOnTheWay()) || a.harmNow() || a.cue("k_threat") || a.situation("threats") {
		return false
	}
	if a.emergencyBesides("confined") {
		return false
	}
	return true
}

// heldForDebt reports workers in Pakistan not let go until a debt is paid
// off ("the owner wont let them go because of loan", "مالک جانے نہیں دیتا،
// کہتا ہے تین لاکھ قرض ہے پہلے وہ اتارو", "not allowed to leave, he says
// they owe him") with no other danger read: no lock, chain or guard, not
// kept from going out ("ہمیں باہر نہیں جانے دیتا"), no
// harm, threat, child or illness. Bonded labour is the domain's urgent
// case ("growing debt to the agent or employer", red-flags.md), as every
// such conversation from round 7 on labels it (C7-008, C11-012, C13-008,
// C17-008), however the debt is told beside it ("جانے نہیں دیتا، کہتا ہے
// قرض ہے"); a kiln's gate locked at night, a beating or a child at work
// stays an emergency (C-022, C3-009, C5-022).
func (a *analysis) heldForDebt() bool {
	if !a.situation("debt_bondage") && !(a.situation("confined") && a.cue("k_debt")) || a.cue("k_locked") || a.harmBeyondLaw() ||
		a.situation("threats") && !a.onlyLegalThreat() ||
		a.countryNamed() || a.cue("abroad") || a.cue("route") || a.cue("sent_to") {
		// abroad, or brought there by a route ("سری لنکا کے راستے لایا گیا،
		// مساج سینٹر میں ہوں", UR-0140): a debt there is a trafficker's hold
		return false
	}
	if a.emergencyBesides("confined") {
		return false
	}
	return true
}

// keptInByPapers reports people abroad who cannot go out for fear of
// arrest, their iqama or visa expired or the police feared ("iqama expired
// 2 month ago, kafeel not renewing so I cant go out, police can catch",
// "اقامہ ختم ... باہر نہیں نکل سکتے، پولیس پکڑ لے گی", C242-007,
// C243-007): no one holds them. Every word of being kept in is one of not
// being able to go (k_cannot_go), not of being let go; no lock, harm, sale
// or threat beyond the law, and no other emergency. Stranded with papers
// expired is the domain's urgent case.
func (a *analysis) keptInByPapers() bool {
	if !a.situation("confined") && !a.cue("k_held") || !(a.cue("k_expired") || a.cue("police_catch") || a.cue("hiding_police")) ||
		a.cue("k_locked") || a.cue("k_sold") || a.harmBeyondLaw() || a.situation("threats") && !a.onlyLegalThreat() {
		return false
	}
	cannot := a.cueHits("k_cannot_go")
	if len(cannot) == 0 {
		return false
	}
	for _, key := range []lang.Label{{Kind: kindSit, Key: "confined"}, {Kind: kindCue, Key: "k_held"}} {
		for _, h := range a.hits[key] {
			if !overlapsAny(h, cannot) {
				return false // "they dont let us go out": held by someone
			}
		}
	}
	if a.emergencyBesides("confined") {
		return false
	}
	return true
}

// keptByNoOne reports one who cannot leave though no one holds them:
// kept in by expired papers (keptInByPapers) or refused only the way home
// (exitDenied).
func (a *analysis) keptByNoOne() bool { return a.keptInByPapers() || a.exitDenied() }

// exitDenied reports a worker abroad whom the sponsor or employer does not
// let go home ("kafeel ... wapis aana chahta h nai aane deta", "ghar nahi
// jaane deta", C434-030, RU2-0620): every word of being kept is one of
// not being let go back, by a sponsor or an employer, of no child, with
// no lock, harm, sale or threat beyond the law. The passport kept and the
// exit refused are the domain's urgent case, not one locked in.
func (a *analysis) exitDenied() bool {
	if !a.situation("confined") || !(a.cue("sponsor") || a.cue("employer")) || !a.cue("abroad") && !a.countryNamed() ||
		a.cue("k_locked") || a.cue("k_sold") || a.harmBeyondLaw() || a.situation("threats") && !a.onlyLegalThreat() || a.childAge() {
		return false
	}
	home := a.cueHits("k_go_home")
	for _, h := range a.hits[lang.Label{Kind: kindSit, Key: "confined"}] {
		if !overlapsAny(h, home) {
			return false
		}
	}
	if a.emergencyBesides("confined") {
		return false
	}
	return true
}

// houseOnTheWay reports a house named where someone is, with more money
// asked of the family to take them on ("a house in Istanbul ... give 3
// lakh more", "ek ghar me ... 1.5L aur bhejo").
// Held "until we pay" is the price of a release, not of the journey: a
// ransom (TestKeptUntilPaidSpellings). Not sent on until they pay ("the
// dunki agent wont send them forward until we pay 3.5 lakh more", blind28
// EN-043: cue k_go_on in the words before it) is the journey's price.
func (a *analysis) houseOnTheWay() bool {
	if !a.cue("k_house") || !(a.situation("more_money") || a.cue("more_asked") || a.cue("smuggling") && a.routeCountryNamed() && !a.situation("confined")) {
		// (or the boat still to come: "mera shohar Libya me h, Benghazi k
		// paas kisi ghar me. agent ne kaha tha 15 din me kashti se Italy",
		// C210-018: a house on the smugglers' route; locked in there is
		// no mere waiting)
		return false
	}
	held := append(a.cueHits("k_held"), a.hits[lang.Label{Kind: kindSit, Key: "more_money"}]...)
	for _, h := range held {
		for i := h.I; i < h.J; i++ {
			if untilWords[a.toks[i].S] && !a.goOnBefore(h.I) && !a.goOnAfter(i) {
				return false
			}
		}
	}
	return true
}

// routeCountryNamed reports a country of a smugglers' route to Europe
// named (Libya, Iran, Turkey…; lexicon ransom_route_countries).
func (a *analysis) routeCountryNamed() bool {
	for l := range a.hits {
		if l.Kind == kindCountry && lex.ransomRoute[l.Key] {
			return true
		}
	}
	return false
}

// goOnBefore reports a word of going on ("forward", "aage", "آگے") among
// the six tokens before token i, in its sentence.
func (a *analysis) goOnBefore(i int) bool {
	sent := a.sentences()
	for _, h := range a.cueHits("k_go_on") {
		if h.J <= i && h.J > i-6 && sent[h.I] == sent[i] {
			return true
		}
	}
	return false
}

// goOnAfter reports a word of going on just after token i, in its sentence:
// "tab" then, not until ("۲ لاکھ اور بھیجو تب آگے لے کر جائیں گے", "2 lakh
// aur do tab aage bhejenge", blind31 UR-022): the journey's price.
func (a *analysis) goOnAfter(i int) bool {
	sent := a.sentences()
	for _, h := range a.cueHits("k_go_on") {
		if h.I > i && h.I <= i+2 && sent[h.I] == sent[i] {
			return true
		}
	}
	return false
}

// harmBeyondLaw is harmNow without a threat of the law ("چھوڑ کر گئے تو
// پولیس میں پرچہ کروا دوں گا": a false case if they leave, C14-018), which
// holds a bonded family by fear of the police, not of harm.
func (a *analysis) harmBeyondLaw() bool {
	for _, code := range []string{"violence", "sexual_abuse", "threat_to_life", "kidnap_ransom", "child", "child_taken", "plea_rescue", "medical"} {
		if a.situation(code) {
			return true
		}
	}
	legal := a.cueHits("legal_threat")
	free := append(append(a.cueHits("ctx_free"), a.cueHits("ctx_unharmed")...), legal...)
	sent := a.sentences()
	for _, c := range []string{"k_harm", "k_threat", "k_sold", "k_sick"} {
		for _, h := range a.cueHits(c) {
			if c == "k_threat" && legalAfter(h, legal, sent) {
				continue // "qarza utaro warna tumhare abba ko andar karwa dunga" (C242-021): the threat is the law's
			}
			if !overlapsAny(h, free) {
				return true
			}
		}
	}
	return false
}

// onlyScamWork reports people forced into scam work ("زبردستی لوگوں کو
// دھوکہ دینے کا کام کروایا جاتا ہے", C8-018) with no emergency read: no
// harm, threat, sale, lock, child or illness. Forced scam or crime work is
// the domain's urgent case (red-flags.md); a beating, electric shocks or a
// threat to sell one on make it an emergency by their own words.
func (a *analysis) onlyScamWork() bool {
	if !a.situation("forced_scam") || a.harmNow() || a.cue("k_locked") || a.situation("threats") {
		return false
	}
	if a.emergencySituation() {
		return false
	}
	return len(a.compounds()) == 0
}

// onlyJourneyPrice reports more money demanded to take one on ("۴ لاکھ
// اور دو ورنہ آگے نہیں بھیجیں گے", "aur do warna aage nahi bhejenge",
// "pay more or they won't send him further") with no emergency read: no
// harm, lock, threat, ransom or other danger. A smuggler demanding more
// money mid-journey is the domain's urgent case (red-flags.md), however
// the model reads a relative "held" abroad (C26-020).
func (a *analysis) onlyJourneyPrice() bool {
	if !a.situation("more_money") || a.harmNow() || a.harmBeyondLaw() || a.cue("k_locked") || a.cue("ransom") ||
		a.situation("threats") && !a.onlyLegalThreat() {
		return false
	}
	if a.emergencySituation() {
		return false
	}
	return len(a.compounds()) == 0
}

// exitPenaltyOnly reports a price to leave named (a fine for breaking the
// contract, "agar gayi to sara kharcha do") with the passport or wages
// kept, and no harm, lock, threat, ransom or other danger read: the
// domain's urgent case (passport taken, debt to the employer), however
// the model reads "jurmana" beside a scam region (blind16 RU-034).
func (a *analysis) exitPenaltyOnly() bool {
	if !a.cue("k_exit_penalty") || a.harmNow() || a.harmBeyondLaw() || a.cue("k_locked") || a.cue("ransom") ||
		a.situation("threats") && !a.onlyLegalThreat() {
		return false
	}
	if a.emergencySituation() {
		return false
	}
	return len(a.compounds()) == 0
}

// untilWords say "until" (the price of a release): "till we pay", "jab tak
// nahi dete", "تب تک رکھیں گے".
var untilWords = lang.MustClass("until_words")

// compounds returns the reasons of the compound emergencies found: concepts
// that together are a danger now ("kept in a house" and "a threat"). They
// are read only when no emergency situation was: they find what the
// situations' phrases miss, and say it in their own words.
func (a *analysis) compounds() []string {
	var reasons []string
	papers := a.keptByNoOne() // read once, not per compound
	for _, c := range lex.compounds {
		if c.Level == UrgencyUrgent {
			continue // urgentCompounds
		}
		if (c.Code == "held_for_money" || c.Code == "held_in_secret" && !a.situation("confined")) && a.inSafeHouse() {
			// a smuggler's price to go on from a safe house; a call from
			// another's phone there ("he called from another man's phone",
			// C100-018), unless locked in there ("they dont let us step
			// out", blind131 EN-027): the domain's urgent case
			continue
		}
		if c.Code == "held_for_money" && a.fareAsked() {
			// the money is the boat's or the seat's ("agent men watch them …
			// asking 3 lakh more for 'better boat'", C305-018): the
			// smuggler's price mid-journey, urgent, not a ransom
			continue
		}
		if c.Code == "held_in_secret" && !a.situation("confined") && !a.cue("k_held") && !a.cue("k_sold") && !a.cue("k_harm") && a.onlyLegalThreat() {
			// hiding, threatened only with the law ("sponsor filed
			// absconding case on him … he is hiding in a friends room",
			// C490-031): no one holds him; the domain's urgent case
			continue
		}
		if strings.HasPrefix(c.Code, "held_") && c.Code != "held_in_secret" && papers {
			// no one holds them: they stay in for fear of arrest (C87-017),
			// or only their going home is refused (exitDenied)
			continue
		}
		if c.Code == "held_threatened" && a.heldForDebt() {
			// not let go over a debt, and threatened only with the law
			// ("qarza utaro warna tumhare abba ko andar karwa dunga",
			// C242-021): bonded labour, urgent
			continue
		}
		if a.compound(c) {
			reasons = append(reasons, c.Reason)
		}
	}
	return reasons
}

// urgentCompounds returns the reasons of the compounds that make a case
// urgent, not an emergency: stranded abroad with one's papers expired
// ("Stranded in Baku, company closed, visa expired", "hum 12 log phanse
// hue hain, visa bhi khatam", blind16 EN-046, RU-043): no one to go back
// to and no right to stay, each alone a worker's trouble.
func (a *analysis) urgentCompounds() []string {
	var reasons []string
	for _, c := range lex.compounds {
		if c.Level == UrgencyUrgent && a.compound(c) && !slices.Contains(reasons, c.Reason) {
			reasons = append(reasons, c.Reason) // (stranded_broke and jobless_broke tell one reason)
		}
	}
	return reasons
}

// countryNamed reports whether a country other than Pakistan is named.
func (a *analysis) countryNamed() bool {
	for l := range a.hits {
		if l.Kind == kindCountry {
			return true
		}
	}
	return false
}

// compoundFound reports whether the lexicon's compound of that code holds
// ("held_for_money": a person held while more money is demanded for them
// is held for ransom, however it is told).
func (a *analysis) compoundFound(code string) bool {
	for _, c := range lex.compounds {
		if c.Code == code {
			return a.compound(c)
		}
	}
	return false
}

func (a *analysis) compound(c compound) bool {
	for _, req := range c.All {
		found := false
		for k := range strings.SplitSeq(req, "|") {
			if lex.situations[k].code != "" && a.situation(k) || a.liveCue(k) && (k != "k_held" || a.personHeld()) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// liveCue reports a hit of the cue that is neither negated nor inside a
// saying that no one is hurt or held ("ابھی مارا پیٹا نہیں": no harm to
// join a person held in a compound, blind18 UR-016).
func (a *analysis) liveCue(k string) bool {
	free := append(a.cueHits("ctx_free"), a.cueHits("ctx_unharmed")...)
	for _, h := range a.cueHits(k) {
		if !a.negated(h) && !overlapsAny(h, free) {
			return true
		}
	}
	return false
}

// personHeld reports whether a word of holding is about a person: "rakh
// liya" inside "passport rakh liya" holds a document (passport or phone
// taken is urgent), not the one who writes.
func (a *analysis) personHeld() bool {
	things := append(a.hits[lang.Label{Kind: kindSit, Key: "documents_taken"}], a.hits[lang.Label{Kind: kindSit, Key: "phone_taken"}]...)
	for _, h := range a.cueHits("k_held") {
		if !a.negated(h) && !overlapsAny(h, things) {
			return true
		}
	}
	return false
}

// childInDanger reports a child together with harm: a child named alone
// ("bachay bhi apply kar sakte hain", a school notice) is not a danger; with
// another situation (beaten, locked in, made to work) or with words of
// trafficking or bonded labour it is.
func (a *analysis) childInDanger() bool {
	harm := a.cue("police_warned") // "she is safe with us, don't call police" (blind114 EN-028)
	for _, code := range lex.sitOrder {
		if code != "child" && code != "child_taken" && a.has(kindSit, code) {
			harm = true
		}
	}
	if !harm && a.cue("ctx_advert") && !a.cue("trafficking") && !a.cue("forced_labour") {
		// (not a kiln's "poori family se kaam karwata hai, mera 7 saal ka
		// bhai bhi eentein uthata hai", RU-0558: a family kept at work)
		return false // "families with children can apply", "child model needed, age 4-8"
	}
	if !harm && a.cue("with_family") && !a.cue("trafficking") && !a.cue("k_sold") && !a.cue("marriage") &&
		!a.cue("job") && !a.cue("work_named") && !a.cue("work_there") && !a.cue("ransom") && !a.cue("k_held") {
		// a child who travels with a parent ("going to Dubai for Eid with
		// his father", "apne abbu ke sath umrah pe"): a family's journey
		return false
	}
	if a.childAge() && a.cue("marriage") && a.cue("bride_money") && len(a.countries()) > 0 {
		// a minor, named by age, whose marriage to one abroad is fixed
		// and paid for ("اس کا رشتہ چین کے ایک آدمی سے طے کر دیا ہے، پیسے
		// بھی لے لیے ہیں۔ اگلے ہفتے نکاح ہے", blind27 UR-005): a bride
		// bought, in danger however far off the wedding is
		return true
	}
	if a.childPlanned(harm) {
		// "mera beta 17 saal ka hai, usay ek banda keh raha hai k italy
		// bhej dega": a minor someone means to send, still at home; the
		// plan is reported, no one is in danger yet
		return false
	}
	if a.childAge() {
		return true // "a 15-year-old girl": a minor, named as such
	}
	for i, t := range a.toks {
		if lex.minorWords[t.S] || i+1 < len(a.toks) && lex.minorWords[t.S+" "+a.toks[i+1].S] {
			return true
		}
	}
	if a.adultAge() && !a.cue("trafficking") && !a.cue("child_labour") {
		// "mujhe dar h bacha mar na jaye, sirf 19 saal ka h" (C178-014):
		// "bacha" of a grown man, his age said; no minor in it
		return false
	}
	for _, code := range lex.sitOrder {
		if code != "child" && a.has(kindSit, code) {
			return true
		}
	}
	// What was sent may be money, a gift or a photo, not the child: "abbu
	// ne Dubai se eidi bheji", "He sent the kids £50 for Eidi", "bachon ko
	// 5000 bheje", "بچوں کی تصویریں بھیج دینا" (everyday20 E20-067).
	sent := append(append(a.cueHits("everyday"), a.cueHits("remit_from")...), a.cueHits("sent_things")...)
	for i, t := range a.toks {
		if lex.movers[t.S] && !covers(sent, i) {
			return true // "they brought me here", "beti ko Dubai bhej diya", "2 lakh mein beti ko bheja"
		}
	}
	// a child kept from home ("bache ro rahe k humein ghar jana h",
	// blind144 RU-023) is held, wherever he is being taken
	return a.cue("trafficking") || a.cue("forced_labour") || a.cue("child_labour") || a.situation("forced_marriage") || a.liveCue("k_held")
}

// adultAge reports an age of 18 to 80 said with its unit as someone's
// ("19 saal ka h", "he is 22 years old", "عمر 20 سال").
func (a *analysis) adultAge() bool {
	toks := a.toks
	for i, t := range toks {
		n, ok := ageNumber(t)
		if !ok || n < 18 || n > 80 || i+1 >= len(toks) || !lex.ageUnits[toks[i+1].S] || toks[i+1].Brk {
			continue
		}
		if i > 0 && lex.ageWords[toks[i-1].S] && !toks[i].Brk {
			return true // "umar 19 saal"
		}
		if next := tokAt(toks, i+2); ageOf[next] || next == "old" || next == "سالہ" {
			return true // "19 saal ka", "22 years old"
		}
	}
	return false
}

// childPlanned reports a minor, named by age, someone means to send
// abroad, still at home, with nothing of harm, a hold, a ransom or a journey under way
// ("mera beta 17 saal ka hai … italy bhej dega"); "kal flight hai", "aaj
// border cross karega" are under way.
//
// A minor to be taken for work there within days ("اتوار کو روانگی ہے",
// "leaving on Sunday", "parson flight hai": departsSoon) is on the way,
// as a flight tonight is (blind26 UR-003, B20-UR-009): no plan still to
// stop at leisure.
func (a *analysis) childPlanned(harm bool) bool {
	// (a child already taken is no plan: "۹ سال کی بچی کو ایک آدمی لاہور
	// میں کسی گھر کام پر لے گیا تھا … پہلے ایڈوانس کے ۴۰ ہزار واپس کرو",
	// B365-UR-028, a missed emergency)
	return !harm && a.childAge() && a.cue("ctx_plan") && !a.cue("k_now") && !a.cue("abroad") && !a.cue("k_held") && !a.cue("k_harm") && !a.cue("ransom") &&
		!(a.cue("k_departed") && a.cue("sent_to")) &&
		!(a.departsSoon() && (a.cue("work_there") || a.cue("job") || a.cue("work_named")))
}

// situation reports whether a situation was found. "child" is also found
// from an age under 18 ("15 saal ki larki", "a 15-year-old", "عمر 16 سال").
func (a *analysis) situation(code string) bool {
	if a.has(kindSit, code) {
		return true
	}
	return code == "child" && a.childAge()
}

// childAge finds an age under 18 written as a number (or number word) with
// a unit of years followed by a word for a child or "old" ("15 saal ki
// beti", "15-year-old"), or with "umar"/"age" just before it, or as the
// Urdu adjective "15 سالہ". "2 saal ka contract" is not an age.
func (a *analysis) childAge() bool {
	if a.child == 0 {
		a.child = 1
		if a.findChildAge(true) {
			a.child = 2
		}
	}
	return a.child == 2
}

// unitAge is childAge without a bare age ("my son is 17"): the model's
// feature of a child's age. A bare age is read by the rules only, so
// the model learnt on the corpus keeps its weights and the test split's
// urgencies (EN-0383 and RU-0128 turned when the model saw it).
func (a *analysis) unitAge() bool {
	if a.unitAgeKnown == 0 {
		a.unitAgeKnown = 1
		if a.findChildAge(false) {
			a.unitAgeKnown = 2
		}
	}
	return a.unitAgeKnown == 2
}

// modalMonths are month names that are also other words ("may", "mar"):
// no sign of a date.
var modalMonths = map[string]bool{"may": true, "mar": true}

func (a *analysis) findChildAge(bare bool) bool {
	toks := a.toks
	// A kinsman or kinswoman of an age ("meri bhanji 16 saal ki h", C22-030)
	// is read by the rules only, as a bare age is: the model's feature of a
	// child's age stays what it learnt.
	childNoun := func(w string) bool { return lex.childNouns[w] || bare && lex.kinNouns[w] }
	for i := range toks {
		n, ok := ageNumber(toks[i])
		if !ok || n < 1 || n >= 18 {
			continue
		}
		u := a.ageRangeEnd(i) + 1 // the unit after "13-14", "14 15", "11 ya 12"
		if m := tokAt(toks, u); lex.monthNames[m] && !modalMonths[m] && !toks[u].Brk {
			continue // "بیٹے عمر کا ولیمہ ۱۵ فروری": a date, not an age (B308-UR-048)
		}
		if lex.ageUnits[tokAt(toks, u)] && termNouns[tokAt(toks, u+1)] {
			continue // "tells the boys 2 year contract" (C434-003): a term's length, no age
		}
		if end, _ := ageNumber(toks[u-1]); end >= 18 {
			continue // "ایک بائیس سالہ لڑکا" (B289-UR-009): a 22-year-old, "ایک" the article
		}
		if u+1 < len(toks) && lex.ageUnits[toks[u].S] && lex.ageDifferences[toks[u+1].S] {
			continue // "عمر دو سال کم لکھی ہے", "2 years younger": a difference in age, no age (blind40 UR-050)
		}
		if u+1 < len(toks) && lex.ageUnits[toks[u].S] && sinceAfter[toks[u+1].S] && !(u+2 < len(toks) && ageCompared[toks[u+2].S]) {
			continue // "میرا بھائی جو دو سال سے لیبیا کی جیل میں تھا", "2 saal se wahan hai": how long, no age (B200-UR-020); "14 saal se kam" is one
		}
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if toks[k+1].Brk {
				break
			}
			if lex.ageWords[toks[k].S] || (k >= i-2 || linksOnly(toks, k+1, i)) && childNoun(toks[k].S) && lex.ageUnits[tokAt(toks, u)] {
				return true // "umar 15", "beti 17 saal ki", "boys of 13-14 years"
			}
			if k == i-1 && childNoun(toks[k].S) && a.parenthesised(i) {
				return true // "our son (17)"
			}
		}
		if bare && a.appositeAge(i) {
			return true // "My daughter Sana, 15, went with…" (blind151 EN-050), "my son, 16, is…"
		}
		if bare && (a.bareAge(i, u) || pronounAge(toks, i, u)) {
			return true // "my son is 17", "our daughter is only 15, and", "beta 17 ka hai", "they are 13-15 years."
		}
		if u >= len(toks) || !lex.ageUnits[toks[u].S] || toks[u].Brk {
			continue
		}
		if toks[u].S == "سالہ" && !termNouns[tokAt(toks, u+1)] {
			return true // (not "دو سالہ اقامہ", a two-year iqama, C308-014)
		}
		if ageVerb(toks, u+1) && !durationBefore(toks, i) {
			return true // "dono 14 15 saal ke hain", "وہ 13 سال کی ہے": an age said of someone
		}
		for k := u + 1; k < len(toks) && k <= u+4; k++ {
			if toks[k].Brk {
				break
			}
			if childNoun(toks[k].S) && (k <= u+3 || ageOf[toks[u+1].S]) {
				return true // "10-11 saal ki kaam wali bachi" (blind143 RU-047)
			}
		}
	}
	return false
}

// appositeAge reports an age set off by commas right after a child or
// kin noun, or after one and a name written with a capital ("my son,
// 16, is…", "My daughter Sana, 15, went…").
func (a *analysis) appositeAge(i int) bool {
	toks := a.toks
	if i < 1 || !toks[i].Brk {
		return false
	}
	if i+1 < len(toks) && !toks[i+1].Brk {
		// "kaam wali ki beti, 16 saal ki, Islamabad …" (blind182 RU-027):
		// the age with its unit, set off all the same
		u := i + 1
		if !lex.ageUnits[toks[u].S] || u+1 < len(toks) && !toks[u+1].Brk && !(ageOf[toks[u+1].S] && (u+2 == len(toks) || toks[u+2].Brk)) {
			return false
		}
	}
	if childOrKin(toks[i-1].S) {
		return true
	}
	if !startsUpper(a.text[toks[i-1].Start:toks[i-1].End]) {
		return false
	}
	// a name set off after a child noun: "beti Rimsha, 12 saal," and "A
	// boy from our village, Bilal, 12 years," (blind184 EN-037): the
	// child noun a few words back, in the sentence
	sent := a.sentences()
	for k := i - 2; k >= 0 && k >= i-7 && sent[k] == sent[i]; k-- {
		if childOrKin(toks[k].S) && toks[k].S != "old" {
			return true
		}
	}
	return false
}

// childOrKin reports a word for a child or a kinsman ("son", "bhanja",
// "nephew"): with an age under 18 beside it, a child.
func childOrKin(w string) bool { return lex.childNouns[w] || lex.kinNouns[w] }

// startsUpper reports a word written with a capital ("Rimsha").
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// bareAge reports an age with no unit said of a child: a child noun, up to
// two linking words ("is", "only") and the number (from i; u is the token
// after it), which ends its clause or is followed by a joining word ("my
// son is 17", "our daughter is only 15 and …"), or "ka hai" after it
// ("beta 17 ka hai"). "my son is 17 days in jail" is no age.
func (a *analysis) bareAge(i, u int) bool {
	toks := a.toks
	links, noun, named := 0, false, false
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if toks[k+1].Brk {
			break
		}
		if childOrKin(toks[k].S) && toks[k].S != "old" {
			noun = true // (a kinsman of 12 is a child: "My nephew Sajid is 12", blind158 EN-028)
			break
		}
		if !lex.ageLinks[toks[k].S] {
			if w := a.text[toks[k].Start:toks[k].End]; !named && k < i-1 && startsUpper(w) {
				named = true // "my daughter Rimsha is 13" (blind94 EN-026): her name
				continue
			}
			break
		}
		links++
	}
	if !noun {
		// "Kamran hasn't come back … Kamran is only 15." (B394-EN-028): a
		// name the account is about, said to be only an age, ends its
		// sentence
		return named && links > 1 && onlyAge(toks, i) && (u >= len(toks) || toks[u].Brk) && a.nameTold(i)
	}
	if ageVerb(toks, u) {
		return true
	}
	return links > 0 && (u >= len(toks) || toks[u].Brk || lex.ageAfter[toks[u].S])
}

// onlyAge reports "only" or "sirf" right before the number at i: an age
// said to be small.
func onlyAge(toks []lang.Token, i int) bool {
	return i > 0 && lex.ageOnly[toks[i-1].S]
}

// nameTold reports the capitalised word before the number at i (the
// subject of "Kamran is only 15") written earlier in the text as well:
// the one the account is about.
func (a *analysis) nameTold(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := a.text[a.toks[k].Start:a.toks[k].End]
		if !startsUpper(w) || lex.ageLinks[a.toks[k].S] {
			continue
		}
		for j := 0; j < k; j++ {
			if a.toks[j].S == a.toks[k].S {
				return true
			}
		}
		return false
	}
	return false
}

// linksOnly reports that the tokens in [from, to) are all age links ("ہے
// شاید" in "لڑکا ہے شاید ۱۱ یا ۱۲ سال کا").
func linksOnly(toks []lang.Token, from, to int) bool {
	for k := from; k < to; k++ {
		if !lex.ageLinks[toks[k].S] {
			return false
		}
	}
	return true
}

// ageRangeEnd returns the index of the last number of an age range that
// starts at token i ("13-14", "14 15", "11 ya 12", "12 or 13"), or i.
func (a *analysis) ageRangeEnd(i int) int {
	toks := a.toks
	j := i + 1
	if j < len(toks) && !toks[j].Brk && ageJoiners[toks[j].S] {
		j++
	}
	if j < len(toks) && !toks[j].Brk {
		if n, ok := ageNumber(toks[j]); ok && n >= 1 && n < 100 {
			return j
		}
	}
	return i
}

// ageJoiners join the two ends of an age range.
var ageJoiners = lang.MustClass("age_joiners")

// parenthesised reports whether token i is a number alone in brackets:
// "Irfan (15)".
func (a *analysis) parenthesised(i int) bool {
	t := a.toks[i]
	before := strings.TrimRight(a.text[:t.Start], " ")
	after := strings.TrimLeft(a.text[t.End:], " ")
	return strings.HasSuffix(before, "(") && strings.HasPrefix(after, ")")
}

// ageVerb reports "ka|ki|ke" and then "hai|hain|tha|thi|the" at i (the
// words after a number of years): "saal ke hain" says how old someone
// is; "2 saal ka contract" does not.
func ageVerb(toks []lang.Token, i int) bool {
	if i+1 >= len(toks) || toks[i].Brk || toks[i+1].Brk {
		return false
	}
	return ageOf[toks[i].S] && ageIs[toks[i+1].S]
}

// durationBefore reports a thing that lasts years (a job, a contract, a
// visa) among the three words before token i: "naukri 2 se 3 saal ki hai"
// is no one's age.
func durationBefore(toks []lang.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if lasting[toks[k].S] {
			return true
		}
	}
	return false
}

var lasting = lang.MustClass("lasting")

var sinceAfter, ageCompared = lang.MustClass("since_after"), lang.MustClass("age_compared")

// termNouns are what runs for years ("دو سالہ اقامہ", "2 saala contract"):
// after "سالہ" no child's age.
var termNouns = lang.MustClass("term_nouns")

var ageOf = lang.MustClass("age_of")

var ageIs = lang.MustClass("age_is")

var ageBe = lang.MustClass("age_be")

var agePronouns = lang.MustClass("name_pronouns")

// pronounAge reports an age said of someone named by a pronoun, the unit
// ending the clause: "They are 13-15 years." (EN2-0442), "he was 16
// years." Only a pronoun: "the contract is 2 years." is no age.
func pronounAge(toks []lang.Token, i, u int) bool {
	if i < 2 || !ageBe[toks[i-1].S] || !agePronouns[toks[i-2].S] || toks[i].Brk || toks[i-1].Brk {
		return false
	}
	if u == i+1 && (u >= len(toks) || toks[u].Brk) && personPronouns[toks[i-2].S] {
		return true // "She is 14." (blind189 EN-027): a person's age ends the clause
	}
	return u < len(toks) && lex.ageUnits[toks[u].S] && (u+1 >= len(toks) || toks[u+1].Brk)
}

// personPronouns are the pronouns of one person, whose bare number ending
// a clause is an age ("she is 14."); "they are 20." may count anything.
var personPronouns = lang.MustClass("person_pronouns")

func tokAt(toks []lang.Token, i int) string {
	if i < 0 || i >= len(toks) {
		return ""
	}
	return toks[i].S
}

func ageNumber(t lang.Token) (float64, bool) {
	if t.Digits {
		if len(t.S) > 2 {
			return 0, false
		}
		n, err := strconv.Atoi(t.S)
		return float64(n), err == nil
	}
	n, ok := lex.numberWords[t.S]
	return n, ok && n == float64(int(n))
}

// dangers returns the urgency and the reasons of the situations found, in
// lexicon order (emergency ones first). A situation with "when":
// "abroad_or_smuggling" (more money demanded) counts only then.
func (a *analysis) dangers(abroadOrSmuggling bool) (level string, reasons []string) {
	level = UrgencyRoutine
	for _, code := range lex.sitOrder {
		s := lex.situations[code]
		if !a.situation(code) {
			continue
		}
		if code == "confined" && a.heldForDebt() && !a.situation("debt_bondage") {
			// not let go over a debt told beside it: the debt's reason
			// and urgency
			s = lex.situations["debt_bondage"]
		} else if code == "child" && a.childPlanned(false) && !a.childInDanger() && !a.cue("ctx_advert") {
			// a minor someone means to send abroad: the same day's referral,
			// not the emergency numbers
			reasons = append(reasons, "a minor someone means to send abroad")
			if level == UrgencyRoutine {
				level = UrgencyUrgent
			}
			continue
		} else if s.when == "abroad_or_smuggling" && !abroadOrSmuggling || code == "child" && !a.childInDanger() || code == "confined" && (a.heldForDebt() || a.keptByNoOne()) {
			continue
		} else if code == "documents_taken" && (a.passportsForProcessing(abroadOrSmuggling) || a.docsWithAuthority()) {
			continue
		} else if code == "confined" && a.inSafeHouse() {
			if !a.situation("safe_house") {
				// kept in a house on the way: the safe house's urgency, in its words
				reasons = append(reasons, lex.situations["safe_house"].reason)
				if level == UrgencyRoutine {
					level = UrgencyUrgent
				}
			}
			continue
		}
		reasons = append(reasons, s.reason)
		switch {
		case s.level == UrgencyEmergency:
			level = UrgencyEmergency
		case level == UrgencyRoutine:
			level = UrgencyUrgent
		}
	}
	if level != UrgencyEmergency {
		if cs := a.compounds(); len(cs) > 0 {
			level, reasons = UrgencyEmergency, append(reasons, cs...)
		}
	}
	if level != UrgencyEmergency && a.silentOnCrossing() {
		level, reasons = UrgencyEmergency, append(reasons, silentCrossing)
	}
	if level != UrgencyEmergency && a.heldUnarrived() {
		level, reasons = UrgencyEmergency, append(reasons, lex.situations["kidnap_ransom"].reason)
	}
	if level == UrgencyRoutine && abroadOrSmuggling && a.houseOnTheWay() && a.inSafeHouse() {
		// kept in a house on the route with more asked to go on, no lock
		// read ("in a house with 20 boys … pay 3 lakh more or they will not
		// move them forward", blind187 EN-042): the safe house's urgency
		level, reasons = UrgencyUrgent, append(reasons, lex.situations["safe_house"].reason)
	}
	if level == UrgencyRoutine && (abroadOrSmuggling || a.countryNamed()) {
		if cs := a.urgentCompounds(); len(cs) > 0 {
			level, reasons = UrgencyUrgent, append(reasons, cs...)
		}
	}
	if level == UrgencyRoutine && abroadOrSmuggling && a.liveCue("k_expired") && !a.cue("worker_well") && !a.cue("ctx_safe_now") {
		// there now with the permit, visa or iqama expired ("permit expire
		// ho gya", C22-031): any day the police may take them
		level, reasons = UrgencyUrgent, append(reasons, expiredAbroad)
	}
	return level, reasons
}

// passportsForProcessing reports passports handed, with the money, to a
// man at home who sells visas or gathers people for them ("He has taken
// passports of 6 men 'to Islamabad for stamping'", "آزاد ویزا ... بیچ رہا
// ہے ... پاسپورٹ بھی اسی کے پاس ہے", blind25 EN-033, UR-033), with nothing
// of holding them against the owner: no refusal to give them back
// (kept_back: "mangde han ta aakhda ...", C18-025), no more money
// asked, no threat (of the police either), no office shut. The corpus
// and blind sets label such reports of the recruiter routine (B8-EN-034,
// B14-EN-029, B19-EN-044, EN-0244, EN-0260: 5 of 5); a passport kept
// back, or ransomed for more, is urgent (24 of 24: UR-0187, B23-EN-033,
// B24-RU-033).
func (a *analysis) passportsForProcessing(abroadOrSmuggling bool) bool {
	if abroadOrSmuggling || !a.cue("collects_locally") && !a.cue("free_visa") {
		return false
	}
	for _, c := range []string{"kept_back", "more_asked", "k_threat", "legal_threat", "ctx_closed", "k_held", "k_harm"} {
		if a.liveCue(c) {
			return false
		}
	}
	for _, code := range lex.sitOrder {
		if code != "documents_taken" && a.situation(code) {
			return false
		}
	}
	return true
}

// docsWithAuthority reports every taking of papers told in a sentence that
// names an authority (FIA, the police, immigration, a court) and no agent,
// employer or kafeel: "FIA kept the passport for inquiry" (blind179
// EN-007) is the law's hold, no one's leverage.
func (a *analysis) docsWithAuthority() bool {
	hs := a.hits[lang.Label{Kind: kindSit, Key: "documents_taken"}]
	if len(hs) == 0 {
		return false
	}
	sent := a.sentences()
	for _, h := range hs {
		law := false
		for i, t := range a.toks {
			law = law || sent[i] == sent[h.I] && authorities[t.S]
		}
		for _, c := range []string{"agent", "employer", "sponsor"} {
			if slices.ContainsFunc(a.cueHits(c), func(k lang.Hit) bool { return sent[k.I] == sent[h.I] }) {
				return false // "the agent took our passports, said the police would" is his
			}
		}
		if !law {
			return false
		}
	}
	return true
}

var authorities = lang.MustClass("authorities")

// silentOnCrossing reports one gone silent (goneSilent) after setting out
// across the sea or hidden in a vehicle: a boat or the sea named
// (k_journey, at sea), a truck or container they were shut in (k_hidden),
// or a coast the boats leave from and a European country ("ایجنٹ نے کہا
// تھا موریطانیہ سے رات کو نکلیں گے ... اسپین کے جزیرے ... آج دسواں دن
// ہے", blind25 UR-007). Every such line of the corpus and blind sets is an
// emergency (B8-UR-007, UR3-0080, UR2-0426, UR-0290, B25-EN-007); one gone
// silent on a land route is not ("no news since they crossed into Iran",
// EN-0432: urgent).
func (a *analysis) silentOnCrossing() bool {
	if !a.goneSilent() {
		return false
	}
	if a.liveCue("k_journey") || a.situation("at_sea_or_border") || a.liveCue("k_hidden") {
		return true
	}
	from, to := false, false
	for l := range a.hits {
		if l.Kind == kindCountry {
			from = from || lex.seaCrossingFrom[l.Key]
			to = to || lex.europeCountries[l.Key]
		}
	}
	return from && to
}

// goneSilent reports one not heard from (lost_contact, or the concept
// k_gone) other than the agent: the agent's own phone off or unanswered
// ("لیبیا والے ایجنٹ کا فون بھی بند ہے", "agent Tariq not picking") is
// him hiding from the family, no sign of the traveller.
func (a *analysis) goneSilent() bool {
	agent := a.cueHits("agent")
	for _, h := range append(slices.Clone(a.cueHits("k_gone")), a.hits[lang.Label{Kind: kindSit, Key: "lost_contact"}]...) {
		if a.negated(h) {
			continue
		}
		if !slices.ContainsFunc(agent, func(g lang.Hit) bool { return g.J <= h.I && h.I-g.J <= 2 }) {
			return true
		}
	}
	return false
}

// expiredAbroad is the reason given for a person abroad whose papers
// have expired.
const expiredAbroad = "abroad with papers expired"

// silentCrossing is the reason given for one gone silent on a crossing.
const silentCrossing = "gone silent on a sea or hidden crossing"

// covers reports whether token i lies inside one of hs.
func covers(hs []lang.Hit, i int) bool {
	for _, h := range hs {
		if h.I <= i && i < h.J {
			return true
		}
	}
	return false
}

// heldUnarrived reports one of the family gone on a journey who has not
// arrived, and money now asked of the family ("ابھی تک نہ آگے پہنچا نہ واپس
// آیا، اور اب وہ لوگ ہم سے پیسے مانگ رہے ہیں", "he still hasn't reached and
// those people keep calling for money"): held for it. Every such line of
// the corpus and blind sets is a ransom, an emergency (15 of 15: B75-EN-016,
// B81-UR-038, B134-EN-026, B192-UR-024 …).
func (a *analysis) heldUnarrived() bool {
	// (or kept from the family's call, "agent … ab 1.5 lakh aur maang raha
	// h … aur bhai se baat bhi nahi karwata", B243-RU-028)
	// (a child kept at work in Pakistan and not let to talk, B120-RU-028,
	// is held for a debt: no journey abroad)
	return (a.cue("not_arrived") || a.cue("k_no_talk") && a.countryNamed()) && a.cue("k_relative") && (a.cue("ask_pay") || a.cue("more_asked") || a.cue("money_demand")) &&
		(a.cue("k_depart") || a.cue("sent_to") || a.cue("route") || a.countryNamed()) && a.lowered() == "" && !a.returned() &&
		// (no news of a boat that left, the sum told the one paid for it:
		// "کشتی میں بیٹھا ہے، ابھی تک کوئی خبر نہیں ... ۲۲ لاکھ دیے تھے",
		// C151-019, is the sea's danger, no ransom)
		!a.has(kindSit, "at_sea_or_border")
}
