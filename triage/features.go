package triage

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/hoshyar/hoshyar/lang"
)

// flagOnlyCues are read for a red flag's detail only (a claim to be from
// a body, a sum on a receipt, a request to send): they say nothing of the
// case type or the danger, and as features the model would learn "bhejo"
// from ransom demands. "documents" (a document named) only guards the
// model's reading of document fraud (combine). A messaging app named, an
// application made, an azad visa, scam work, a scam hub, a charge named
// ("file charges 50 hazar") or a sum asked ("pay 80k only") refine red
// flags 2, 3, 5, 6 and 10 the model already sees by other cues; so do
// app_only and no_office, which split red flag 5's whatsapp_only (still a
// feature, as it was) into contact only by a messaging app and no office;
// and known_employers adds employers to officials for red flag 9 alone.
// "official_notice" and "everyday" (an official body's notice, family
// chat and a remittance received) only tell the rules a message is no
// report (officialNotice, everydayOnly); "ctx_accident" that an accident
// is told as news (accidentNews).
// "ctx_plan" and "k_journey" (a journey told as a plan, the boat it will
// take) only tell the rules a crossing has not begun (plannedCrossing); as
// features the model would learn "bhej rahe" from every agent who sends
// anyone. "k_locked" (a lock, a chain, a guard) only tells the rules that
// workers held over a debt are shut in, not only not let go (heldForDebt);
// the situations it overlaps are features already. "k_house" and
// "more_asked" (a house named, more money asked) only tell the rules of a
// safe house on the way (houseOnTheWay), and "ctx_crowd" of people at
// large prayed for: as features the model learnt "a house" from every
// maid's workplace and "more" from every scam. "sent_things" (a sum, a
// gift or a photo sent: "sent the kids £50", "2000 bheje", "tasveer bhej
// do") only tells the rules that what was sent is no child (childInDanger);
// "worker_well" and "contrast" (wages paid or an iqama renewed, and a
// "but" that turns such news) that a worker writes home all is well
// (workerWell); "worker_fine" (paid, fine) that a worker's complaint is
// of no harm (workerFine). "home_fee" (school or college fees, fees paid in at
// home) only tells the rules that a remittance pays a family's bills
// (remittance). "stranded" (no work, no money, wanting to come back) only
// tells the rules that a worker's plight abroad is present (strandedNow);
// "k_leave_soon", "k_depart", "k_close_one" and
// "k_others_kin" (a day within days, a word of setting out, a friend or a
// cousin, a neighbour's son) only tell the rules that one's own is about to set
// out on a smuggler's route (leavingSoon). "overcharged" (money taken above
// what is due) only tells the flags a promoter's fee (feeBefore);
// "never_applied" (chosen for a job never applied for), "company_unknown"
// (a company that does not exist), "fee_legal_rate" (a fee at the
// government's rate) and "onward" (going on to Europe from there) only
// tell the flags (unsolicited, red flag 12, feeBefore, red flag 11);
// "visit_given" (a work visa sold that turned out a visit
// visa) only tells the rules the recruiter's deception is no forgery;
// "k_go_on" (sent forward, aage) that a price "until we pay" is the
// journey's (houseOnTheWay); "not_paid" (the writer has not paid yet)
// that the model's paid scam has nothing paid under it. "ctx_police_fear"
// (kept indoors by fear of the police, "police pakar leti h") only tells
// the rules that no one locks the worker in (lowered); as a feature it
// moved the model's reading of every police word. "fare_asked" (more
// money for the boat or the seat) only tells the rules the demand is the
// journey's price, not a ransom (compounds).
var flagOnlyCues = map[string]bool{"ctx_police_fear": true, "fare_asked": true, "claims_from": true, "embassy": true, "receipt_sum": true, "send_request": true,
	"documents": true, "messenger": true, "applied": true, "free_visa": true, "scam_work": true, "scam_hub": true,
	"fee_named": true, "pay_request": true, "app_only": true, "no_office": true, "known_employers": true,
	"ctx_plan": true, "k_journey": true, "sure_approval": true, "data_ask": true, "registration_word": true,
	"law_question": true, "ask_words": true, "to_report": true, "work_named": true, "pilgrimage": true,
	"ctx_calm": true, "official_notice": true, "everyday": true, "ctx_accident": true, "k_locked": true, "k_debt": true,
	"k_house": true, "more_asked": true, "ctx_crowd": true, "k_sold_goods": true, "sent_things": true, "worker_well": true, "worker_fine": true, "contrast": true,
	"home_fee": true, "stranded": true, "k_leave_soon": true, "k_close_one": true, "k_depart": true, "k_others_kin": true, "overcharged": true,
	"never_applied": true, "company_unknown": true, "fee_legal_rate": true, "visit_given": true, "onward": true, "k_go_on": true,
	"employer": true, "sponsor": true, "not_paid": true}

// features are what the model sees of a message: the words (spelling
// variants read as their word), pairs of words, the letters inside words
// (3- and 4-letter pieces, so a new spelling of Roman Urdu still shares most
// of its pieces with the known one), what the lexicon found (situations,
// cues, countries and payment channels, each marked when negated), the
// kinds of entities, and the message's length. Numbers are replaced by
// their shape: the model should learn "a number", not which one.
// modelStop are words the model does not read: they say where, not what
// happened.
var modelStop = lang.MustClass("model_stop")

func (a *analysis) features(e Entities) []string {
	out := make([]string, 0, 8*len(a.toks)+16)
	prev := "^"
	for _, t := range a.toks {
		w := t.S
		if t.Digits {
			w = numberShape(t.S)
		} else {
			w = lex.words.Canon(w)
		}
		if t.Brk {
			prev = "^"
		}
		if modelStop[w] {
			// "near Kasur" says where, nothing of danger: the model had
			// learnt "near" as an emergency's word from the many pleas that
			// say where they are (C201-030, blind54 EN-029: a kiln debt
			// "near Kasur" raised to an emergency at 99%)
			continue
		}
		if t.Digits || utf8.RuneCountInString(w) > 2 {
			out = append(out, "w:"+w) // two-letter words ("me", "ha") say little alone
		}
		out = append(out, "b:"+prev+"_"+w)
		prev = w
		if !t.Digits {
			out = appendGrams(out, w)
		}
	}
	if negatedWords {
		out = a.appendNegated(out)
	}
	// In a fixed order: two features in one bucket are learnt one after
	// the other, so the map's order would make training irreproducible.
	labels := make([]lang.Label, 0, len(a.hits))
	for l := range a.hits {
		labels = append(labels, l)
	}
	slices.SortFunc(labels, func(x, y lang.Label) int {
		if c := cmp.Compare(x.Kind, y.Kind); c != 0 {
			return c
		}
		if c := cmp.Compare(x.Key, y.Key); c != 0 {
			return c
		}
		return cmp.Compare(fmt.Sprint(x.Except), fmt.Sprint(y.Except))
	})
	for _, l := range labels {
		hs := a.hits[l]
		if l.Kind == kindCue && flagOnlyCues[l.Key] {
			continue
		}
		neg := ""
		for _, h := range hs {
			if a.negated(h) {
				neg = ":neg"
			}
		}
		switch l.Kind {
		case kindCountry:
			out = append(out, "x:country")
		default:
			out = append(out, "x:"+l.Kind+":"+l.Key+neg)
		}
	}
	if a.unitAge() {
		out = append(out, "x:sit:child_age")
	}
	out = a.appendConcepts(out)
	for _, kind := range []struct {
		name string
		n    int
	}{{"phone", len(e.Phones)}, {"url", len(e.URLs)}, {"handle", len(e.Handles)}, {"amount", len(e.Amounts)},
		{"country", len(e.Countries)}, {"licence", len(e.Licences)}, {"cnic", len(e.CNICs)}} {
		if kind.n > 0 {
			out = append(out, "e:"+kind.name)
		}
	}
	for _, p := range e.Payments {
		out = append(out, "e:pay:"+p)
	}
	if strings.ContainsAny(a.text, laughing) {
		out = append(out, "x:laughing")
	}
	if shapeFeatures {
		out = appendShape(out, a.text)
	}
	switch n := len(a.toks); {
	case n <= 6:
		out = append(out, "len:short")
	case n <= 30:
		out = append(out, "len:mid")
	default:
		out = append(out, "len:long")
	}
	return out
}

// appendGrams adds the 3- and 4-letter pieces of a word, marked at its
// ends ("<nah", "ahi>").
func appendGrams(out []string, w string) []string {
	if utf8.RuneCountInString(w) < 3 {
		return out
	}
	rs := []rune("<" + w + ">")
	for n := gramMin; n <= gramMax; n++ {
		for i := 0; i+n <= len(rs); i++ {
			out = append(out, "c:"+string(rs[i:i+n]))
		}
	}
	return out
}

// shapeFeatures: whether the model sees the message's shape (a question,
// a quoted or forwarded advert).
var shapeFeatures = true

// appendShape adds what the punctuation says: a question ("sahi hai?",
// "کیا یہ اصلی ہے؟") asks for a check; quotes, a "---" block or a
// forwarded marker set off an advert pasted from elsewhere.
func appendShape(out []string, text string) []string {
	if strings.ContainsAny(text, "?؟") {
		out = append(out, "s:question")
		if t := strings.TrimRight(text, " \n\t!.🙏"); strings.HasSuffix(t, "?") || strings.HasSuffix(t, "؟") {
			out = append(out, "s:ends_question")
		}
	}
	if strings.ContainsAny(text, "\"'“”‘’«»") || strings.Contains(text, "---") {
		out = append(out, "s:quoted")
	}
	if strings.Contains(text, "\n") {
		out = append(out, "s:lines")
	}
	return out
}

// gramMin and gramMax are the lengths of the pieces of words.
var gramMin, gramMax = 4, 4

// negatedWords: whether words in the scope of a negation are also seen as
// negated words ("n:maara").
var negatedWords = false

// appendNegated adds each word a negation governs ("nahi maara", "not
// locked", "band nahi") as its own feature, so "maara" and "nahi maara"
// weigh differently.
func (a *analysis) appendNegated(out []string) []string {
	for i, t := range a.toks {
		if t.Digits || lex.words.IsNegation(t.S) || utf8.RuneCountInString(t.S) < 3 {
			continue
		}
		if lex.words.Negated(a.toks, i, i+1, false) {
			out = append(out, "n:"+lex.words.Canon(t.S))
		}
	}
	return out
}

// numberShape is a number's shape: how many digits, and whether it looks
// like a mobile number.
func numberShape(s string) string {
	switch {
	case len(s) >= 10 && (strings.HasPrefix(s, "03") || strings.HasPrefix(s, "923")):
		return "#mobile"
	case len(s) >= 7:
		return "#long"
	}
	return "#n" + strconv.Itoa(len(s))
}

// languageFeature is the message's language, as a feature.
func languageFeature(text string) string { return "lang:" + lang.Detect(text).Lang }

// appendConcepts adds pairs of the concepts danger is made of (held, sold,
// harmed, threatened, in peril, sick, no care, writing in secret, gone
// silent, now, a relative) and the situations found: a linear model cannot
// see that "held" and "a threat" together mean more than either alone, so
// it is shown the pair ("k2:held+threat").
func (a *analysis) appendConcepts(out []string) []string {
	var cs []string
	for _, c := range concepts {
		if a.cue(c) {
			cs = append(cs, strings.TrimPrefix(c, "k_"))
		}
	}
	for _, code := range lex.sitOrder {
		if a.has(kindSit, code) {
			cs = append(cs, code)
		}
	}
	for i := range cs {
		for j := i + 1; j < len(cs); j++ {
			out = append(out, "k2:"+cs[i]+"+"+cs[j])
		}
	}
	return out
}

// concepts are the cues of appendConcepts, in a fixed order.
var concepts = []string{"k_held", "k_sold", "k_harm", "k_threat", "k_peril", "k_sick", "k_nocare", "k_secret", "k_gone", "k_now", "k_relative"}
