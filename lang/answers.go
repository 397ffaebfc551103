package lang

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// The conversation's reader: what a typed answer says, read by the kind of
// question it answers. The words are in lexicon/conversation.json; this
// file holds the rules that weigh them.

// Label kinds of the conversation matcher.
const (
	kindAnswer   = "ans"    // yes, no, not_yet, unknown, skip, done, confirm, change, cancel, paid, asked, …
	kindAside    = "aside"  // thanks, greeting, time, who, cost, privacy, what_next, unclear
	kindIntent   = "intent" // report, verify, status, human, erase, help, language, menu, back
	kindCommand  = "cmd"    // menu, back, help, language, cancel, erase: words that work everywhere
	kindLanguage = "lang"   // en, ur, ur-Latn
	kindField    = "field"  // an answer's name, for "change the country"
	optionPrefix = "opt:"   // opt:<set>, key the option's value
	kindDenial   = "denial" // "it's not that…", "aisa nahi ke…": the clause it opens is taken back
)

type conversationFile struct {
	Answers   map[string][]string            `json:"answers"`
	Asides    map[string][]string            `json:"asides"`
	Intents   map[string][]string            `json:"intents"`
	Commands  map[string][]string            `json:"commands"`
	Languages map[string][]string            `json:"languages"`
	Options   map[string]map[string][]string `json:"options"`
	Fields    map[string][]string            `json:"fields"`
	Prefixes  []string                       `json:"name_prefixes"`
	Suffixes  []string                       `json:"name_suffixes"`
	NameNot   []string                       `json:"name_not"`
	Denials   []string                       `json:"denials"`
	Weak      map[string][]string            `json:"weak_options"`
	NameParts struct {
		SourceBefore []string `json:"source_before"`
		SourceNouns  []string `json:"source_nouns"`
		SourceAfter  []string `json:"source_after"`
		Alias        []string `json:"alias"`
		Roles        []string `json:"roles"`
		BesideRoles  []string `json:"beside_roles"`
		SelfNamed    []string `json:"self_named"`
		FatherOf     []string `json:"father_of"`
		CompanionOf  []string `json:"companion_of"`
		TalkerBefore []string `json:"talker_before"`
		TalkerAfter  []string `json:"talker_after"`
		// WrittenBefore open an answer that gives the name written in a
		// source ("ای میل میں لکھا تھا …", "email me likha tha …").
		WrittenBefore []string `json:"written_before"`
		Trade         []string `json:"trade"`
		Licence       []string `json:"licence"`
		Descriptor    []string `json:"descriptor"`
		LegalForms    []string `json:"legal_forms"`
		Vague         []string `json:"vague"`
		// NotAFirm make a trade word a kind of business ("some travel
		// agency", "mobile shop"), FirmDenials and FirmKinds say there is
		// none ("no company", "koi daftar nahi").
		NotAFirm    []string `json:"not_a_firm"`
		FirmDenials []string `json:"firm_denials"`
		FirmKinds   []string `json:"firm_kinds"`
		// Writer are the writer speaking of themselves ("we are in
		// Gujrat"), or the verb only they take ("یہاں ملتان میں ہوں": Urdu's
		// "میں" is "I" and "in" both, its "ہوں" is only "I am"): the place
		// of that clause is theirs.
		Writer []string `json:"writer"`
	} `json:"name_parts"`
	NumberAbbrev struct {
		Words  []string `json:"words"`
		After  []string `json:"after"`
		Before []string `json:"before"`
		// AfterID name a document or an account whose number it is when
		// the clause goes on ("cnic no in the form", "account no pe"); at
		// a clause's end it answers no ("passport no, cnic haan").
		AfterID []string `json:"after_id"`
		// OtherOrdinals are ordinals that also mean "other": with a word
		// for a number ("dusra number") they name another number, not an
		// option by its place.
		OtherOrdinals []string `json:"other_ordinals"`
	} `json:"number_abbreviation"`
}

// Reader reads typed answers. It is built once from the lexicon and is
// safe for concurrent use.
type Reader struct {
	lex      *Lexicon
	vocab    *Vocab
	m        *Matcher
	prefixes [][]string      // words that introduce a name, longest first
	suffixes [][]string      // words that follow one, longest first
	nameNot  map[string]bool // words that make a clause no part of a name: places, verbs
	options  map[string][]string
	// numAbbrev are short forms of "number" that are also other words
	// ("no"), read as "number" after numAfter ("this no", "mera no"),
	// before numBefore, the postpositions of a place ("is no pe call
	// karo": a "no" is not "on"), or before digits ("no 0300…").
	numAbbrev, numAfter, numBefore, numAfterID map[string]bool
	otherOrd                                   map[string]bool            // "dusra" of "dusra number": another, not the second
	weak                                       map[string]map[string]bool // per set, options named only when no other is
	// The parts of a name answer (conversation.json "name_parts").
	srcBefore, srcAfter, alias, roles [][]string
	besideRoles                       [][]string // roles and kin that name the man beside the head ("his nephew Bilal")
	selfNamed                         [][]string // "khud ko … bolta", "جس سے بات ہوئی وہ …": the person dealt with
	fatherOf, companionOf             [][]string // "ولد", "s/o"; "aur uska", "and his": companionCut
	talkerBefore, talkerAfter         [][]string // "کوئی … بات کرتے تھے": the one who talked to the writer
	writtenBefore                     [][]string // "email me likha tha …": the name as a source wrote it
	// licence words cut a licence number off a name ("… lic 3370/RWP");
	// places abroad (triage.json's one-word country and city names) before
	// a descriptor word ("Libya wala") say where he works, not who he is.
	licence, places, descriptor map[string]bool
	srcNouns, trade             map[string]bool
	// legal forms end a firm's name after a comma ("Siam Star Digital
	// Co., Ltd"): part of it, not a second name.
	legalForms map[string]bool
	// vague words stand for the part of a name not remembered ("mr Tariq
	// something"): a guess after it names him better.
	vague map[string]bool
	// notAFirm, firmDenials, firmKinds: a kind of business, or none
	// ("some travel agency", "no company"); writer: the writer as subject
	// (conversation.json name_parts).
	notAFirm, firmDenials, firmKinds, writer map[string]bool
}

// requiredAnswers are the answer lists the rules read.
var requiredAnswers = []string{"yes", "no", "wrong", "not_yet", "unknown", "skip", "done", "confirm", "change", "cancel",
	"paid", "paid_done", "paid_all", "paid_rest", "asked", "no_money", "own_number", "more", "question_words", "seen_verbs", "hedge", "hearsay", "times_two", "times_three", "will_check", "via_before", "via_after",
	"receipt", "papers", "not_given", "hold_back", "asks_meaning", "consult_first"}

var stdReader = func() *Reader {
	r, err := NewReader(std)
	if err != nil {
		panic(fmt.Sprintf("lang: embedded lexicon: conversation.json: %v", err))
	}
	return r
}()

// Conversation returns the reader of the embedded lexicon.
func Conversation() *Reader { return stdReader }

// NewReader compiles the lexicon's conversation section.
func NewReader(l *Lexicon) (*Reader, error) {
	var f conversationFile
	if err := json.Unmarshal(l.Section("conversation"), &f); err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	r := &Reader{lex: l, vocab: l.NewVocab(), options: map[string][]string{}}
	r.m = l.NewMatcher(r.vocab)
	add := func(kind string, lists map[string][]string) error {
		for _, key := range sortedKeys(lists) {
			for _, p := range lists[key] {
				if err := r.m.Add(Label{Kind: kind, Key: key}, p); err != nil {
					return fmt.Errorf("%s %s: %w", kind, key, err)
				}
			}
		}
		return nil
	}
	for _, k := range requiredAnswers {
		if len(f.Answers[k]) == 0 {
			return nil, fmt.Errorf("answers: %q is required", k)
		}
	}
	for kind, lists := range map[string]map[string][]string{kindAnswer: f.Answers, kindAside: f.Asides,
		kindIntent: f.Intents, kindCommand: f.Commands, kindLanguage: f.Languages, kindField: f.Fields} {
		if err := add(kind, lists); err != nil {
			return nil, err
		}
	}
	for _, set := range sortedKeys(f.Options) {
		if err := add(optionPrefix+set, f.Options[set]); err != nil {
			return nil, err
		}
		for _, k := range sortedKeys(f.Options[set]) {
			if !strings.HasPrefix(k, "_") {
				r.options[set] = append(r.options[set], k)
			}
		}
	}
	r.prefixes, r.suffixes = r.spelled(wordSeqs(f.Prefixes)), r.spelled(wordSeqs(f.Suffixes))
	np := f.NameParts
	r.srcBefore, r.srcAfter = r.spelled(wordSeqs(np.SourceBefore)), r.spelled(wordSeqs(np.SourceAfter))
	r.alias, r.roles = r.spelled(wordSeqs(np.Alias)), r.spelled(wordSeqs(np.Roles))
	r.besideRoles = append(slices.Clone(r.roles), r.spelled(wordSeqs(np.BesideRoles))...)
	r.selfNamed = r.spelled(wordSeqs(np.SelfNamed))
	r.fatherOf, r.companionOf = r.spelled(wordSeqs(np.FatherOf)), r.spelled(wordSeqs(np.CompanionOf))
	r.talkerBefore, r.talkerAfter = r.spelled(wordSeqs(np.TalkerBefore)), r.spelled(wordSeqs(np.TalkerAfter))
	r.writtenBefore = r.spelled(wordSeqs(np.WrittenBefore))
	r.srcNouns, r.trade = map[string]bool{}, map[string]bool{}
	for _, w := range np.SourceNouns {
		r.srcNouns[NormalizeWord(w)] = true
	}
	for _, w := range np.Trade {
		r.trade[NormalizeWord(w)] = true
	}
	r.vague = WordSet(np.Vague)
	r.notAFirm, r.firmDenials, r.firmKinds, r.writer = WordSet(np.NotAFirm), WordSet(np.FirmDenials), WordSet(np.FirmKinds), WordSet(np.Writer)
	r.legalForms = map[string]bool{}
	for _, w := range np.LegalForms {
		r.legalForms[NormalizeWord(w)] = true
	}
	for _, p := range f.Denials {
		if err := r.m.Add(Label{Kind: kindDenial, Key: "denial"}, p); err != nil {
			return nil, fmt.Errorf("denials: %w", err)
		}
	}
	r.numAbbrev, r.numAfter, r.numBefore = WordSet(f.NumberAbbrev.Words), WordSet(f.NumberAbbrev.After), WordSet(f.NumberAbbrev.Before)
	r.numAfterID = WordSet(f.NumberAbbrev.AfterID)
	r.otherOrd = WordSet(f.NumberAbbrev.OtherOrdinals)
	r.weak = map[string]map[string]bool{}
	for set, keys := range f.Weak {
		if !strings.HasPrefix(set, "_") {
			r.weak[set] = map[string]bool{}
			for _, k := range keys {
				r.weak[set][k] = true
			}
		}
	}
	r.licence, r.descriptor = map[string]bool{}, map[string]bool{}
	for _, w := range np.Licence {
		r.licence[NormalizeWord(w)] = true
	}
	for _, w := range np.Descriptor {
		r.descriptor[NormalizeWord(w)] = true
	}
	var tri struct {
		Countries map[string][]string `json:"countries"`
	}
	if err := json.Unmarshal(l.Section("triage"), &tri); err != nil {
		return nil, fmt.Errorf("triage countries: %w", err)
	}
	r.places = map[string]bool{}
	for _, names := range tri.Countries {
		for _, w := range names {
			if !strings.Contains(w, " ") {
				r.places[NormalizeWord(w)] = true
			}
		}
	}
	r.nameNot = map[string]bool{}
	for _, w := range f.NameNot {
		r.nameNot[NormalizeWord(w)] = true
	}
	for w := range l.Class("pk_place") {
		if !l.Class("place_name_parts")[w] { // "فیصل" of "فیصل آباد" is a man's name too
			r.nameNot[w] = true
		}
	}
	r.m.Freeze()
	return r, nil
}

// notName reports a word that is no part of a name, in any spelling
// ("nai" as "nahi").
func (r *Reader) notName(w string) bool { return r.nameNot[w] || r.nameNot[r.lex.Canon(w)] }

// Common reports a text of one word that is no part of a name: a word of
// every sentence ("me", "hai", "nahi", "میں"; name_not).
func (rd *Reading) Common() bool { return len(rd.toks) == 1 && rd.r.notName(rd.toks[0].S) }

// Reading is one typed text, tokenised and matched once; its methods read
// it as the answer to one kind of question.
type Reading struct {
	r    *Reader
	Text string
	toks []Token
	hits []Hit
	// plain readings are the parts of an answer that turns (Turned): read
	// as said, with no turn of their own, so that a long text with many
	// turns is read once per part, not once per way to split it.
	plain bool
}

// readPlain reads a part of an answer that turns (see Reading.plain).
func (r *Reader) readPlain(text string) *Reading {
	rd := r.Read(text)
	rd.plain = true
	return rd
}

// Read tokenises and matches text. A short form of "number" that is also
// a word ("no") is read as "number" where it names one ("msg me on this
// no", "mera no 0300…", "is no pe call kr lo", "typed my cnic no in the
// form"). A clause opened by a denial ("it's not that I
// didn't pay, I paid 30000", "aisa nahi hai ke nahi diye, 40 hazar diye")
// is taken back: what follows it is the answer, so its words are not read.
func (r *Reader) Read(text string) *Reading {
	if w := r.lex.EmojiWord(text); w != "" {
		text = w // "👍" asked yes or no is a yes (A37)
	}
	toks := Tokenize(text)
	for i := range toks {
		if i > 0 && toks[i-1].Digits && toks[i-1].End == toks[i].Start {
			// "50k", "1.5L": a magnitude written onto its number is the
			// word for it ("50 hazar liye" is money taken, as "50k liye")
			switch toks[i].S {
			case "k":
				toks[i].S = "hazar"
			case "l":
				toks[i].S = "lakh"
			}
		}
		next := i+1 < len(toks) && !toks[i+1].Brk
		after := i > 0 && !toks[i].Brk && (r.numAfter[toks[i-1].S] || next && r.numAfterID[toks[i-1].S]) &&
			!(i > 1 && toks[i-2].S == toks[i].S) // "no cnic no passport": a "no" of each, no "CNIC number" (C70-018)
		if r.numAbbrev[toks[i].S] && (after || next && r.numBefore[toks[i+1].S] ||
			next && toks[i+1].Digits && len(toks[i+1].S) >= 7) {
			toks[i].S = "number"
		}
	}
	r.vocab.Assign(toks)
	return &Reading{r: r, Text: text, toks: toks, hits: r.withoutEmphatic(toks, r.withoutTags(text, toks, r.withoutCorrected(len(toks), r.withoutDenied(toks, r.m.Find(toks)))))}
}

// withoutEmphatic drops a greeting "hi" that follows a word of the same
// clause: in Roman Urdu it is the particle "only" ("anonymous hi theek
// hai", "isi chat pe hi", A12-0191), a greeting only where a message or
// clause opens with it.
func (r *Reader) withoutEmphatic(toks []Token, hits []Hit) []Hit {
	out := hits[:0:0]
	for _, h := range hits {
		if l := r.m.Label(h.Label); l.Kind == kindAside && l.Key == "greeting" && h.J == h.I+1 && h.I > 0 &&
			!toks[h.I].Brk && toks[h.I].S == "hi" {
			continue
		}
		out = append(out, h)
	}
	return out
}

// withoutTags drops a "no" that is a tag particle right after a verb
// ("diye na bhai 1 lac", "bheja na, jazzcash pe", "دیے نا بھائی"): it
// stresses what was done, it does not deny it. The verb is a completed
// verb ending or the end of a word of paying, asking or seeing.
func (r *Reader) withoutTags(text string, toks []Token, hits []Hit) []Hit {
	verbEnd := map[int]bool{}
	for _, h := range hits {
		if l := r.m.Label(h.Label); l.Kind == kindAnswer && (l.Key == "paid" || l.Key == "paid_done" || l.Key == "asked" || l.Key == "seen_verbs") {
			verbEnd[h.J] = true
		}
	}
	out := hits[:0:0]
	for _, h := range hits {
		l := r.m.Label(h.Label)
		if l.Kind == kindAnswer && l.Key == "no" && h.J == h.I+1 && h.I > 0 && !toks[h.I].Brk && r.lex.tags[toks[h.I].S] &&
			(r.lex.verbEndings[toks[h.I-1].S] || verbEnd[h.I] || h.I > 1 && tagQuestion(text, toks, h.I)) {
			continue
		}
		out = append(out, h)
	}
	return out
}

// tagQuestion reports a "na" that closes a question ("agent ke khilaf
// action hoga na?", "کارروائی تو ہو گی نا؟", A39-0359): "won't it?", no "no".
func tagQuestion(text string, toks []Token, i int) bool {
	end := len(text)
	if i+1 < len(toks) {
		end = toks[i+1].Start
	}
	gap := text[toks[i].End:end]
	return strings.ContainsAny(gap, "?؟")
}

// withoutCorrected drops the yes and no words inside a correction's own
// words when more follows it: the "nahi" of "nahi maaf karein, saadhe chhe lakh"
// corrects a sum, it does not answer no; the "sorry" of "150000 sorry
// 180000" asks no "pardon?".
func (r *Reader) withoutCorrected(n int, hits []Hit) []Hit {
	hits = r.withoutApologies(hits)
	var spans [][2]int
	for _, h := range hits {
		if l := r.m.Label(h.Label); l.Kind == kindAnswer && l.Key == "correction" && h.J < n {
			spans = append(spans, [2]int{h.I, h.J})
		}
	}
	if len(spans) == 0 {
		return hits
	}
	out := hits[:0:0]
	for _, h := range hits {
		inside := false
		for _, sp := range spans {
			l := r.m.Label(h.Label)
			inside = inside || h.I >= sp[0] && h.J <= sp[1] && (l.Kind == kindAnswer && (l.Key == "yes" || l.Key == "no") || l.Kind == kindAside && l.Key == "unclear")
		}
		if !inside {
			out = append(out, h)
		}
	}
	return out
}

// withoutApologies drops the "sorry" of an apology ("yes please delete,
// sorry for trouble", C300-028 kept the data: its "sorry" took the yes
// back) and the words inside it ("trouble" is no plea for help).
func (r *Reader) withoutApologies(hits []Hit) []Hit {
	var spans [][2]int
	for _, h := range hits {
		if l := r.m.Label(h.Label); l.Kind == kindAnswer && l.Key == "apology" {
			spans = append(spans, [2]int{h.I, h.J})
		}
	}
	if len(spans) == 0 {
		return hits
	}
	return slices.DeleteFunc(hits, func(h Hit) bool {
		l := r.m.Label(h.Label)
		return !(l.Kind == kindAnswer && l.Key == "apology") && slices.ContainsFunc(spans, func(sp [2]int) bool { return h.I >= sp[0] && h.J <= sp[1] })
	})
}

// withoutDenied drops the hits of a clause opened by a denial when more
// follows it; the denial's own hit is dropped always.
func (r *Reader) withoutDenied(toks []Token, hits []Hit) []Hit {
	from, to := -1, -1
	for _, h := range hits {
		if r.m.Label(h.Label).Kind != kindDenial {
			continue
		}
		end := h.J
		for end < len(toks) && !toks[end].Brk {
			end++
		}
		if end < len(toks) {
			from, to = h.I, end
		}
		break
	}
	out := hits[:0:0]
	for _, h := range hits {
		if r.m.Label(h.Label).Kind == kindDenial || h.I >= from && h.I < to {
			continue
		}
		out = append(out, h)
	}
	return out
}

// Reader is the reader that read the text, to read a part of it.
func (rd *Reading) Reader() *Reader { return rd.r }

// Empty reports a text with no words or numbers at all (an emoji, "…").
func (rd *Reading) Empty() bool { return len(rd.toks) == 0 }

// Words is the number of words and numbers.
func (rd *Reading) Words() int { return len(rd.toks) }

// found is a hit kept after the longest-first choice.
type found struct {
	Label
	i, j int
	neg  bool
}

// pick returns the hits whose label kind is one of kinds (and, when keys
// is not empty, whose key is one of keys), longest first among
// overlapping ones, in text order, each with its negation read.
func (rd *Reading) pick(kinds []string, keys ...string) []found {
	var cands []found
	for _, h := range rd.hits {
		l := rd.r.m.Label(h.Label)
		if !slices.Contains(kinds, l.Kind) || len(keys) > 0 && !slices.Contains(keys, l.Key) {
			continue
		}
		neg := h.GapNeg
		if !rd.negative(h.I, h.J) {
			neg = rd.r.lex.NegatedTagged(rd.toks, h.I, h.J, h.GapNeg)
		}
		cands = append(cands, found{Label: l, i: h.I, j: h.J, neg: neg})
	}
	slices.SortStableFunc(cands, func(a, b found) int {
		if d := (b.j - b.i) - (a.j - a.i); d != 0 {
			return d
		}
		return a.i - b.i
	})
	var kept []found
	for _, c := range cands {
		if !slices.ContainsFunc(kept, func(k found) bool { return k.i < c.j && c.i < k.j }) {
			kept = append(kept, c)
		}
	}
	slices.SortStableFunc(kept, func(a, b found) int { return a.i - b.i })
	rd.shareNegation(kept)
	return kept
}

// Shared reports a negation said once for a list of options ("cnic ya
// passport nahi"): see shareNegation.
func (rd *Reading) Shared(set string) bool {
	hs := rd.pick([]string{optionPrefix + set})
	for k := 0; k+1 < len(hs); k++ {
		if hs[k].neg && hs[k+1].neg && hs[k+1].i == hs[k].j+1 && listJoins[rd.toks[hs[k].j].S] {
			return true
		}
	}
	return false
}

// listJoins join two named things into one list ("passport ya CNIC",
// "شناختی کارڈ یا پاسپورٹ", "passport or CNIC").
var listJoins = mustClass("list_joins")

// shareNegation gives a negation said once for a list to each of its
// items (C15-015): "شناختی کارڈ یا پاسپورٹ نہیں", "passport ya cnic nahi
// diya" deny both, as "no passport or CNIC" does. Only items of one kind
// side by side, with nothing but the joining word between, share it.
func (rd *Reading) shareNegation(hs []found) {
	joined := func(a, b found) bool {
		return a.Kind == b.Kind && b.i == a.j+1 && listJoins[rd.toks[a.j].S] && !rd.toks[a.j].Brk && !rd.toks[b.i].Brk
	}
	for k := len(hs) - 2; k >= 0; k-- {
		if hs[k+1].neg && !hs[k].neg && joined(hs[k], hs[k+1]) && !rd.negative(hs[k+1].i, hs[k+1].j) {
			hs[k].neg = true
		}
	}
	for k := 0; k+1 < len(hs); k++ {
		if hs[k].neg && !hs[k+1].neg && joined(hs[k], hs[k+1]) && !rd.negative(hs[k].i, hs[k].j) {
			hs[k+1].neg = true
		}
	}
}

// negative reports a phrase that holds a negation of its own ("aur kuch
// nahi", "nothing more", "koi masla nahi"): a negation beside it agrees
// with it ("nahi, aur koi msg nahi hai"), as Urdu and spoken English
// double their negations, and does not turn it round.
func (rd *Reading) negative(i, j int) bool {
	for k := i; k < j; k++ {
		if rd.r.lex.IsNegation(rd.toks[k].S) {
			return true
		}
	}
	return false
}

// allNegations reports tokens [i, j) that are all words of negation.
func (rd *Reading) allNegations(i, j int) bool {
	for k := i; k < j; k++ {
		if !rd.r.lex.IsNegation(rd.toks[k].S) {
			return false
		}
	}
	return j > i
}

// negatesNext reports a hit that is only a negation word and turns round
// the hit after it in its clause ("not wrong", "not his"): it is that
// hit's negation, not a "no" of its own.
func (rd *Reading) negatesNext(hs []found, k int) bool {
	h := hs[k]
	if h.j-h.i != 1 || !rd.r.lex.IsNegation(rd.toks[h.i].S) || k+1 >= len(hs) {
		return false
	}
	if t := rd.toks[h.i]; (h.i == 0 || t.Brk) && t.S != "not" && rd.sumNo(t.S) {
		// "nahi galat hai": a "no" that opens its clause is an answer of
		// its own (Urdu says "galat nahi" for "not wrong")
		return false
	}
	n := hs[k+1]
	if !n.neg || n.i-h.j > 2 || rd.negative(n.i, n.j) {
		return false
	}
	for m := h.j; m <= n.i && m < len(rd.toks); m++ {
		if rd.toks[m].Brk {
			return false
		}
	}
	return true
}

func (rd *Reading) has(kind, key string) bool {
	for _, f := range rd.pick([]string{kind}, key) {
		if !f.neg {
			return true
		}
	}
	return false
}

// NoToErase reports a "no" that answers "delete your data?": one that
// opens the answer ("nahi, rehne do", "no, I changed my mind"), a short one
// ("ابھی نہیں", "ڈیلیٹ نہ کریں"), or one said of deleting ("mera data
// delete mat karna"); not one inside a sentence about something else ("میں
// شکایت آگے نہیں بڑھانا چاہتی").
func (rd *Reading) NoToErase() bool {
	return rd.Lead() == PolarNo || len(rd.toks) <= 3 || rd.NamesIntent("erase") || rd.ChangedMind() || rd.noClause()
}

// noClause reports a "no" that is a short clause of its own ("no wait,
// keep it, i still need help", A7-0343): an answer, not a word inside a
// sentence about something else.
func (rd *Reading) noClause() bool {
	clauseOf := rd.clauses()
	size := map[int]int{}
	for _, c := range clauseOf {
		size[c]++
	}
	for _, h := range rd.pick([]string{kindAnswer}, "no") {
		// (or a no of three words or more, said for itself: "I changed my
		// mind", "I still want them caught", A42-0342, A42-0344)
		if !h.neg && (size[clauseOf[h.i]] <= 3 || h.j-h.i >= 3) && clauseOf[h.i] == clauseOf[h.j-1] {
			return true
		}
	}
	return false
}

// afterCourtesy reports a word right after thanks or a greeting ("shukriya
// ji", "salam ji"): the politeness goes with it.
func (rd *Reading) afterCourtesy(k int) bool {
	for _, h := range rd.pick([]string{kindAside}, "thanks", "greeting") {
		if h.j == k {
			return true
		}
	}
	return false
}

// NamesIntent reports an intent's words said, negated or not ("delete mat
// karo" names deleting): what a "no" in the answer is about.
func (rd *Reading) NamesIntent(key string) bool {
	for _, h := range rd.pick([]string{kindIntent}, key) {
		if !rd.inIntentNot(h) { // "ایمبیسی کی مدد سے", "with the help of": no plea
			return true
		}
	}
	return false
}

// WishSaidNegated reports a wish of key whose own phrase holds the
// negation ("kuch bhi na rahe mera aapke pas", "میرا کوئی نام و نشان نہ
// رہے آپ کے پاس"): what is not to remain is the wish, and its "na" says no
// to nothing.
func (rd *Reading) WishSaidNegated(key string) bool {
	for _, h := range rd.pick([]string{kindIntent}, key) {
		if rd.negative(h.i, h.j) && !rd.inIntentNot(h) {
			return true
		}
	}
	return false
}

// inIntentNot reports a hit inside a longer phrase of the intents' "_not"
// list, which names no wish.
func (rd *Reading) inIntentNot(h found) bool {
	return covers(rd.pick([]string{kindIntent}, "_not"), h)
}

// covered is the share of the words that hits of kinds cover (numbers
// count as covered).
func (rd *Reading) covered(kinds ...string) float64 { return rd.share(rd.pick(kinds)) }

// AnswerShare is the share of the words that answer words (yes, no, don't
// know, skip…) cover: "no" is all answer, "Bilal, no company" a third.
func (rd *Reading) AnswerShare() float64 { return rd.covered(kindAnswer) }

// coveredBy is the share of the words that hits of one kind and key cover.
func (rd *Reading) coveredBy(kind, key string) float64 {
	return rd.share(rd.pick([]string{kind}, key))
}

func (rd *Reading) share(hits []found) float64 {
	if len(rd.toks) == 0 {
		return 0
	}
	in := make([]bool, len(rd.toks))
	for _, f := range hits {
		for k := f.i; k < f.j; k++ {
			in[k] = true
		}
	}
	n := 0
	for k, t := range rd.toks {
		if in[k] || t.Digits {
			n++
		}
	}
	return float64(n) / float64(len(rd.toks))
}

// Reduced reports a sum brought down in bargaining ("pehle 6 lakh bola phir
// kam kr k 5 lakh 20 hazar pe aa gaya", "first 6 lakh, then he came down
// to 5.2 lakh", A12-0125): the last sum is the one asked.
func (rd *Reading) Reduced() bool { return rd.has(kindAnswer, "reduced") }

// DiscountAt reports a word of discount right after the sum that ends at
// byte end, or right before the sum that starts at byte start, a "ka",
// "ki" or "of" between allowed ("50k discount", "discount of 50k", "پچاس
// ہزار کی رعایت"): the sum taken off, neither asked nor paid (C313-003).
func (rd *Reading) DiscountAt(start, end int) bool {
	for _, h := range rd.pick([]string{kindAnswer}, "discount") {
		s, e := rd.toks[h.i].Start, rd.toks[h.j-1].End
		if s >= end && rd.wordsBetween(end, s) <= 1 || e <= start && rd.wordsBetween(e, start) <= 1 {
			return true
		}
	}
	return false
}

// ReducedBy reports a word of reducing right after the sum that ends at
// byte end ("… nahi 13.5, 50 hazar kam kiye the usne", C538-008): the sum
// the price came down by, not the price ("kam kr k 5 lakh pe aa gaya" is
// the price it came to).
func (rd *Reading) ReducedBy(end int) bool {
	for _, h := range rd.pick([]string{kindAnswer}, "reduced") {
		if s := rd.toks[h.i].Start; s >= end && rd.wordsBetween(end, s) == 0 && reduceByWords[rd.toks[h.i].S] {
			return true
		}
	}
	return false
}

// reduceByWords open a reduction by a sum ("kam kiye", "کم کر دیے", "less"),
// not the price it came to ("5 lakh pe aa gaya").
var reduceByWords = mustClass("reduce_by_words")

// wordsBetween counts the tokens wholly between byte offsets a and b.
func (rd *Reading) wordsBetween(a, b int) int {
	n := 0
	for _, t := range rd.toks {
		if t.Start >= a && t.End <= b {
			n++
		}
	}
	return n
}

// ByMistake reports a choice said to be made by mistake ("nai nai galti se
// dab gaya", "pressed by mistake", "غلطی سے دب گیا", A12-0351).
// A longer "no" may hold it ("galti se dab gaya" is a no as well).
func (rd *Reading) ByMistake() bool {
	for _, h := range rd.hits {
		if l := rd.r.m.Label(h.Label); l.Kind == kindAnswer && l.Key == "mistake" {
			return true
		}
	}
	return false
}

// NoLongerWanted reports a report or data no longer wanted ("dost k kehne
// pe report kr di thi, ab nai chahiye", C289-036): asked whether to erase,
// a yes.
// The report or the data must be named in it, or the wish to erase open
// it ("delete kr do sab, ab zarurat nai", A186-0357): "ab nahi chahiye"
// alone may as well say the erasing is not wanted now.
func (rd *Reading) NoLongerWanted() bool {
	return rd.has(kindAnswer, "no_longer") && (slices.ContainsFunc(rd.toks, func(t Token) bool { return ownReports[t.S] }) || rd.IntentFirst("erase"))
}

// ownReports name what one sent us ("report", "shikayat", "data").
var ownReports = mustClass("own_reports")

// KeepsData reports words that keep what was sent ("na na rakho",
// "keep it", "delete mat karo"): a no to erasing, however a doubled "na"
// reads elsewhere (a correction, "na na 3 lakh").
func (rd *Reading) KeepsData() bool {
	if rd.has(kindAnswer, "keep_data") {
		return true
	}
	// ("na na rakho": the doubled "na" that opens it is a "no" to erasing,
	// not one of keeping; "mat rakho" keeps nothing)
	corr := rd.pick([]string{kindAnswer}, "correction")
	return slices.ContainsFunc(rd.pick([]string{kindAnswer}, "keep_data"), func(h found) bool {
		return slices.ContainsFunc(corr, func(c found) bool { return c.j == h.i && c.i == 0 })
	})
}

// NoOnlyInIntent reports every "no" of the text inside a phrase of the
// wish key ("mat rakho kuch bhi, sab mita do": the "mat" is of keeping),
// and at least one such: the wish answers, not the "no".
func (rd *Reading) NoOnlyInIntent(key string) bool {
	nos := rd.pick([]string{kindAnswer}, "no")
	is := rd.pick([]string{kindIntent}, key)
	for _, n := range nos {
		if !slices.ContainsFunc(is, func(h found) bool { return h.i <= n.i && n.j <= h.j }) {
			return false
		}
	}
	return len(nos) > 0
}

// IntentFirst reports a wish of key that opens the text ("delete kr do
// bas, agent ko shayd pata chal gya h", A114-0357): said first, and what
// follows is why.
func (rd *Reading) IntentFirst(key string) bool {
	hs := rd.pick([]string{kindIntent}, key)
	return len(hs) > 0 && hs[0].i == 0 && !hs[0].neg && !rd.inIntentNot(hs[0])
}

// HumanFirst reports a wish to talk to a person said in the text's first
// clause ("مجھے کسی افسر سے بات کرنی ہے، …", C542-018), not somewhere in an
// account ("… He's vomiting and can barely talk on the phone", C429-019).
func (rd *Reading) HumanFirst() bool {
	for _, h := range rd.pick([]string{kindIntent}, "human") {
		if h.neg || rd.inIntentNot(h) {
			continue
		}
		return !slices.ContainsFunc(rd.toks[1:h.i+1], func(t Token) bool { return t.Brk })
	}
	return false
}

// DataMistake reports details sent by mistake ("ghalti se bhai ka naam aur
// number daal diya tha", "I sent my cousin's number by mistake"): a
// reason to erase what was sent, not a delete pressed by mistake.
func (rd *Reading) DataMistake() bool { return rd.has(kindAnswer, "mistake_data") }

// NotThem reports a refusal of contact for someone else, not the writer
// ("behan ko phone mat krna warna wo log usko aur marenge", "don't call my
// brother, they check his phone", "بہن کو فون نہ کریں"): no answer to how
// the writer is reached, and nothing said of the writer ("mujhe", "me").
func (rd *Reading) NotThem() bool {
	return rd.has(kindAnswer, "not_them") && (!rd.has(kindAnswer, "to_me") || !rd.RefusesCallsToMe())
}

// HereNotThem reports a refusal of contact for someone else beside "here"
// for the writer, where every word of care comes after the refusal, so is
// its reason ("Here on this WhatsApp is fine. Just please don't message
// him directly, they check the phones", C226-010): the writer is reached
// here.
func (rd *Reading) HereNotThem() bool {
	if !rd.NotThem() || !rd.Marks("contact", "here") {
		return false
	}
	first := -1
	them := rd.pick([]string{kindAnswer}, "not_them")
	for _, h := range them {
		if first < 0 || h.i < first {
			first = h.i
		}
	}
	for _, h := range rd.pick([]string{optionPrefix + "contact"}, "number") {
		if !h.neg && !slices.ContainsFunc(them, func(t found) bool { return t.i < h.j && h.i < t.j }) {
			return false // "مجھے اسی نمبر پر فون کریں، بہن کو فون نہ کریں": called (C59-015)
		}
	}
	for _, h := range rd.pick([]string{optionPrefix + "contact"}, "discreet", "_care", "_overhear", "_unaware") {
		if !h.neg && h.i < first {
			return false
		}
	}
	return true
}

// Copula reports a text whose first word is a copula or a tense's
// auxiliary ("ہے", "تھی", "tha", "hain"): the end of a clause.
func (rd *Reading) Copula() bool {
	return len(rd.toks) > 0 && (rd.r.lex.Class("hai")[rd.toks[0].S] || rd.r.lex.Class("tha")[rd.toks[0].S])
}

// RefusesOutright reports an answer that opens with a plain "no" ("I'd
// rather not", "nahi", "no thanks"), not a "not yet" or a "later" ("baad
// mein bataon ga, abhi skip"): a refusal, where a skip would put it off.
func (rd *Reading) RefusesOutright() bool {
	p, end := rd.lead()
	if p != PolarNo || rd.has(kindAnswer, "then") {
		return false
	}
	for _, h := range rd.pick([]string{kindAnswer}, "not_yet") {
		if h.i < end {
			return false
		}
	}
	return true
}

// JobThere reports a route whose last place is marked as the job's ("pehle
// Dubai jana hai phir wahan se Azerbaijan, kaam wahin hai", "… to Italy by
// road for the job"): the job's country is the last.
func (rd *Reading) JobThere() bool { return rd.has(kindAnswer, "job_there") }

// AsksFirst reports something asked for before the act the question is
// about ("delete krne se pehle meri complaint ka status bta do", "before
// you delete it, tell me…", A24-0351): no answer to it yet.
func (rd *Reading) AsksFirst() bool { return rd.has(kindAnswer, "first_ask") }

// Revised reports a sum said and then said anew ("pehle 80 hazar kaha phir
// bola 1 lakh 20 hazar lagenge", "first he said 4 lakh, then he told 5.5",
// A14-0128): the later sum replaces the first, it does not add to it.
func (rd *Reading) Revised() bool { return rd.has(kindAnswer, "revised") }

// MostlyPart returns the clause a word of "most of it" opens ("زیادہ تر
// نقد دفتر میں، تھوڑا سا بینک میں", "mostly cash, a little by bank": "نقد
// دفتر میں"), where the main one of several things named is, or "".
func (rd *Reading) MostlyPart() string {
	hs := rd.pick([]string{kindAnswer}, "mostly")
	if len(hs) == 0 || hs[0].j >= len(rd.toks) {
		return ""
	}
	end := len(rd.Text)
	for k := hs[0].j + 1; k < len(rd.toks); k++ {
		if rd.toks[k].Brk {
			end = rd.toks[k].Start
			break
		}
	}
	return rd.Text[rd.toks[hs[0].j].Start:end]
}

// Farewell reports thanks closed with words of leave-taking and nothing
// else ("ok thanks bye", "ٹھیک ہے شکریہ", "theek hai shukriya allah hafiz"):
// its "ok" ends a talk, it says yes to no question (A12-0159, A12-0359).
func (rd *Reading) Farewell() bool {
	return rd.has(kindAside, "thanks") && rd.covered(kindAside) == 1
}

// Polarity is a yes/no answer.
type Polarity int

// Polarities.
const (
	PolarNone    Polarity = iota // not a yes/no answer
	PolarYes                     // yes
	PolarNo                      // no
	PolarNotYet                  // no, not yet (counts as no)
	PolarUnknown                 // don't know
)

func (p Polarity) String() string {
	return [...]string{"none", "yes", "no", "not_yet", "unknown"}[p]
}

// shortForms are weak yes words that are also short forms of other words
// ("k" is "ke", "g" is "ji" but also "gaya"): yes only at the start.
var shortForms = mustClass("short_forms")

// weakYes are words that agree only when nothing else is said: "ji" is
// also politeness ("ji, nahi"), "ok" also an acknowledgement.
var weakYes = mustClass("weak_yes")

// YesNo reads an answer to a yes/no question: the first clear yes or no
// decides ("ji bilkul", "nahi, ye wala nahi", "jee haan, but…"); "pata
// nahi" is unknown; "not yet" and "abhi nahi" are PolarNotYet; a yes-word
// negated ("theek nahi") is no; a hedge with a yes is still yes ("shayad
// yehi hai"), alone it is unknown; a polite "ji" or an "ok" is yes only when
// nothing else is said.
func (rd *Reading) YesNo() Polarity {
	if rd.Farewell() {
		return PolarNone // "ok thanks bye", "ٹھیک ہے شکریہ": no answer to anything
	}
	if p, ok := rd.settledPolarity(); ok {
		return p // "haan... nahi rehne do": the last said wins
	}
	hs := rd.pick([]string{kindAnswer}, "yes", "no", "wrong", "not_yet", "unknown", "hedge")
	confirms := rd.pick([]string{kindAnswer}, "confirm")
	unclear := rd.pick([]string{kindAside}, "unclear")
	worries := rd.pick([]string{kindAnswer}, "worry", "secrecy")
	var first, weak Polarity
	hedge := false
	for k, h := range hs {
		var p Polarity
		switch h.Key {
		case "hedge":
			hedge = true
			continue
		case "unknown":
			p = PolarUnknown
		case "not_yet":
			p = PolarNotYet
		case "no":
			if rd.negatesNext(hs, k) {
				continue // "not wrong": the "not" belongs to "wrong"
			}
			if slices.ContainsFunc(confirms, func(c found) bool { return c.i <= h.i && h.j <= c.j && c.j-c.i > h.j-h.i }) {
				continue // "all good, no changes" (A8-0207): a "no" that confirms
			}
			if covers(unclear, h) {
				continue // "سمجھ نہیں آئی", "samajh nahi aaya" (A12-0360): not understood, no answer
			}
			if covers(worries, h) {
				// "کہیں کاپی تو نہیں رہے گی؟" (A44-0353): a worry asked; "ڈیلیٹ کر
				// دو، کسی کو پتہ نہ چلے" (A46-0359): a wish that no one find
				// out; neither says no
				continue
			}
			p = PolarNo
		case "wrong":
			if rd.misunderstanding(h) {
				continue // "ji mita do sab, galat fehmi thi" (C566-031): a misunderstanding, no "wrong"
			}
			p = PolarNo
			if h.neg {
				p = PolarYes // "that's not wrong", "ye galat nahi hai"
			}
		case "yes":
			if h.j-h.i == 1 && h.i > 0 && !rd.toks[h.i].Brk && orYes[rd.toks[h.i].S] {
				continue // "delete ho jaye ga ya FIA ke pas": Roman Urdu's "or", inside a sentence
			}
			p = PolarYes
			if h.neg {
				p = PolarNo
				if slices.ContainsFunc(rd.toks[h.i:h.j], func(t Token) bool { return unsureVerbs[t.S] }) {
					hedge = true // "I don't think so" (C14-002): unsure, no "no"
					continue
				}
			}
			if h.j-h.i == 1 && weakYes[rd.toks[h.i].S] && !h.neg && rd.afterCourtesy(h.i) {
				continue // "shukriya ji", "thanks ok" (A7-0160): politeness, no yes
			}
			if h.j-h.i == 1 && weakYes[rd.toks[h.i].S] && !h.neg {
				if weak == PolarNone && (h.i == 0 || len(rd.toks) <= 2 || !shortForms[rd.toks[h.i].S]) {
					weak = p // "ji", "I guess that's ok", "g 70 hazar"; not the "k" (ke) of "dedh lakh visa k"
				}
				continue
			}
		}
		if first == PolarNone {
			first = p
		}
	}
	switch {
	case first != PolarNone:
		return first
	case weak != PolarNone:
		return weak
	case hedge:
		return PolarUnknown
	case rd.takenBackOnly():
		return PolarNo // "actually no, wait" (A44-0343)
	}
	return PolarNone
}

// takenBackOnly reports an answer of correction words alone, one of them
// a "no" ("actually no, wait", "nahi ruko"): the "no" the correction
// phrases swallow is the answer.
func (rd *Reading) takenBackOnly() bool {
	return rd.coveredBy(kindAnswer, "correction") == 1 && slices.ContainsFunc(rd.toks, func(t Token) bool { return rd.sumNo(t.S) })
}

// sumAlone reports an answer opened by a clause that holds a sum and no
// word of paying, not paying or its time ("75 hazar, 10 baad me dene").
func (rd *Reading) sumAlone() bool {
	if len(rd.toks) == 0 || !rd.sumAt(0) {
		return false
	}
	clauseOf := rd.clauses()
	hs := append(rd.pick([]string{kindAnswer}, "not_yet", "no", "unknown", "no_money"), rd.payHits("paid", "paid_done")...)
	return clauseOf[len(clauseOf)-1] > 0 && !slices.ContainsFunc(hs, func(h found) bool { return clauseOf[h.i] == 0 })
}

// opensHedged reports an answer opened by a hedge ("I don't think …"):
// its "no" is a guess.
func (rd *Reading) opensHedged() bool {
	return slices.ContainsFunc(rd.pick([]string{kindAnswer}, "hedge"), func(h found) bool { return h.i == 0 })
}

// weakYesSum reports an answer opened by a weak yes before a sum ("g 85
// hazar"): a yes to "have you paid?" that names how much.
func (rd *Reading) weakYesSum() bool {
	return len(rd.toks) > 1 && weakYes[rd.toks[0].S] && rd.sumAt(1)
}

// Paid reads an answer to "have you paid them?": a payment said in the
// past ("de diye", "bank me dale", "paid", "بھیجے تھے") is yes, even when
// more is still to pay ("aadhe diye, baqi wahan"); a payment negated
// ("nahi diye", "I have not paid", "they asked but I didn't pay"), "not
// yet" or a promise to pay ("abhi dene hain") is no; "pata nahi" about the
// payment is unknown ("pata nai diye ya nahi"), but not about its amount
// ("Easypaisa pe diye the, kitne yaad nahi"); otherwise yes and no decide.
func (rd *Reading) Paid() Polarity {
	if at := rd.CorrectedAt(); at > 0 {
		// "haan diye the... nahi ruko, nahi diye": what is said after the
		// correction, when it says whether money went, is the answer; "yes,
		// 1 lac … no wait sorry the second was 1.5 lac not 2. so 2.5 total.
		// bank transfer both times" (C88-015) corrects a sum, its "no" no
		// answer: the payment told after it still says yes
		after := rd.r.Read(rd.Text[at:])
		if end := after.leadNoAlone(); end > 0 {
			// "جی پورے دے دیے، بلکہ نہیں، تین لاکھ پچاس دیے ہیں" (C172-006):
			// the "no" of "rather, no" takes back what came before; the
			// answer is what follows it
			after = rd.r.Read(after.Text[after.toks[end].Start:])
		}
		if len(after.payHits("paid", "paid_done")) > 0 || len(after.pick([]string{kindAnswer}, "not_yet")) > 0 {
			p := after.Paid()
			yes := rd.Lead() == PolarYes || rd.OpensWithYes() || rd.weakYesSum() ||
				slices.ContainsFunc(rd.pick([]string{kindAnswer}, "yes"), func(h found) bool { return h.i == 0 && !h.neg && h.j < len(rd.toks) && rd.sumAt(h.j) })
			if p == PolarNo && yes && after.hasSumWord() {
				// its "no" is a sum's ("1.5 lac not 2", "دو نہیں ڈھائی لاکھ",
				// C178-003), no payment taken back
				return PolarYes
			}
			if (p == PolarNo || p == PolarNotYet) && yes && after.sumAlone() {
				// "g 85 hazar... nahi sorry 75 hazar, 10 baad me dene thay wo
				// nahi diye" (C413-001): the sum paid corrected in a clause
				// of its own; the clauses after it tell of the rest
				return PolarYes
			}
			if p != PolarNone {
				return p
			}
		} else if (rd.Lead() == PolarYes || rd.OpensWithYes() || rd.weakYesSum()) && len(rd.payHits("paid", "paid_done")) == 0 &&
			after.hasSumWord() {
			// "جی ۲ لاکھ۔ نہیں ۲ نہیں، ڈھائی لاکھ" (C216-014 stored no): a
			// yes with a sum, the sum corrected; its "no"s are the sum's
			return PolarYes
		}
	}
	if rest, ok := rd.afterSelfNo(); ok {
		// "me no. my younger bro maybe gave him smthng … dont know"
		// (C451-010 stored no): the writer paid nothing, and whether the
		// family did is not known. (What others are sure they paid stays
		// a no: "Not me. Usman paid", "not me … the other families paid",
		// C288-007, C294-009: the writer answers for their own.)
		// (A first clause that says the writer did not pay, "no I didn't
		// pay. my neighbour did I think, dont know how much", stays the
		// writer's no: eight guarded conversations, C42-016, C154-014…;
		// C487-012 labels one unknown.)
		if p := rd.r.Read(rest).Paid(); p == PolarUnknown {
			return p
		}
	}
	// Payment words, said or negated, are read apart from the rest: "have to
	// pay" is "not yet" and holds "pay"; "diye" is both a base and a past form.
	hs := append(rd.pick([]string{kindAnswer}, "not_yet", "unknown", "no_money"), rd.payHits("paid_done")...)
	hs = append(hs, rd.payHits("paid")...)
	clauseOf := rd.clauses()
	unknownIn := map[int]bool{}
	paidIn := map[int]bool{}
	var unpaid, unknown, restPending bool
	docs := rd.docClauses() // clauses about handing over documents, not money
	guessed := len(rd.pick([]string{kindAnswer}, "hedge")) > 0
	for _, h := range hs {
		if h.Key == "unknown" && (rd.sumAsked(h.j) || h.i > 0 && sumQuestions[rd.toks[h.i-1].S] ||
			h.i > 1 && sumQuestions[rd.toks[h.i-2].S] && demonstratives[rd.toks[h.i-1].S]) && !guessed {
			// (and "kitna ye yaad nai", A173-0157)
			// "kuch paise diye the yaad nahi kitne" (A89-0159): not known
			// how much, paid; "I think my brother paid something but I'm
			// not sure how much" is a guess at the payment too (A70-0146)
			continue
		}
		if h.Key == "unknown" {
			unknown = true
			unknownIn[clauseOf[h.i]] = true
		}
	}
	if guessed {
		// "I think my brother sent something by bank transfer, have to
		// ask him" (A96-0156): a guess to be checked is not known
		for _, h := range rd.pick([]string{kindAnswer}, "will_check") {
			unknown = true
			unknownIn[clauseOf[h.i]] = true
		}
	}
	hedgedIn := map[int]bool{} // "shayad bhai ne de diye hon, mujhe nahi pata"
	for _, h := range rd.pick([]string{kindAnswer}, "hedge") {
		hedgedIn[clauseOf[h.i]] = true
	}
	// A payment only others say was made, beside the writer's own "don't
	// know" ("dnt knw. bro says no but ammi says he gave sm money", "pata
	// nahi, ammi kehti hain de diye", C25-006), is hearsay: the doubt is
	// about the payment.
	// (what was heard, "سنا ہے ہمسائے نے ۱۴ لاکھ دے دیے ہیں، پکا نہیں پتا",
	// C490-018, as much as what others say)
	heardBefore := func(i int) bool {
		for _, h := range rd.pick([]string{kindAnswer}, "hearsay", "rumour") {
			if h.i < i && clauseOf[h.i] == clauseOf[i] {
				return true
			}
		}
		return false
	}
	insideNotYet := func(p found) bool {
		return slices.ContainsFunc(hs, func(n found) bool { return n.Key == "not_yet" && n.i <= p.i && p.j <= n.j && n.j-n.i > p.j-p.i })
	}
	for _, h := range hs {
		pay := h.Key == "paid" || h.Key == "paid_done"
		switch {
		case pay && insideNotYet(h):
			// "stopped me before I sent anything" (A84-0156): the payment
			// word is the not-yet's own
		case pay && docs[clauseOf[h.i]]:
			// "paise to nahi diye, passport de diya"
		case pay && !h.neg && rd.handsDocument(h.i):
			// "agent ne visa or protector dono bana k diye the" (C446-008
			// stored "yes, paid"): papers handed over, no money
		case pay && (unknownIn[clauseOf[h.i]] || unknown && (hedgedIn[clauseOf[h.i]] || heardBefore(h.i))):
			// "pata nai diye ya nahi", "shayad de diye hon, mujhe nahi
			// pata": the doubt is about the payment
		case pay && h.neg && rd.receiptIn(clauseOf, clauseOf[h.i]):
			// "yes cash, he didn't give any receipt" (A33-0143): no receipt
		case pay && !h.neg && rd.othersPaid(clauseOf, h.i):
			// "my grandson did not pay. The other boys paid 2 to 4 lakh
			// each" (C176-013): others' payments, not the one asked about
		case h.Key == "not_yet" && unknown && hedgedIn[clauseOf[h.i]] && !unknownIn[clauseOf[h.i]]:
			// "I don't think Usman has paid yet … Honestly not sure"
			// (C420-007): a guess that nothing went, then the doubt
		case h.Key == "not_yet" && rd.paidLater(h, clauseOf):
			// "۵۰ ہزار میں نے بعد میں دیے" (C176-011): paid, later
		case (pay && h.neg || h.Key == "not_yet") && rd.secondSumDenied(clauseOf, h.i, -1):
			// "yes 35k only, I did not send the 80": the second sum denied
		case (pay && h.neg || h.Key == "not_yet") && rd.restBefore(clauseOf, h.i):
			// "partly, 2 lakh so far. rest not yet", "baqi abhi nahi diye"
			// (C35-032): what is not yet paid is the rest, so some was
			restPending = true
		case pay && h.neg, h.Key == "not_yet", h.Key == "no_money":
			unpaid = true
		case h.Key == "paid_done":
			paidIn[clauseOf[h.i]] = true
		}
	}
	// "pooray nahi, do lakh diye, pachas nahi diye", "not all of it, 2 lakh
	// paid" (C280-002 stored no): not all paid, a payment told beside it,
	// is some paid; the sum denied after it is the rest
	notAll := slices.ContainsFunc(rd.pick([]string{kindAnswer}, "paid_all"), func(h found) bool {
		return h.j < len(rd.toks) && clauseOf[h.j] == clauseOf[h.i] && rd.allNegations(h.j, h.j+1) || h.i > 0 && rd.allNegations(h.i-1, h.i)
	})
	switch {
	case notAll && len(paidIn) > 0 && !unknown:
		return PolarYes
	case rd.opensUnknown(clauseOf) && rd.doubtAfter(clauseOf):
		// "pata nahi... bhai kehta abhi nai diye lekin mujhe lagta kuch
		// advance de chuke", "Honestly not sure. I sent it … pending … My
		// cousin says it went through" (C146-013, C152-010): a "don't
		// know" said first, then only what others say or what is guessed
		return PolarUnknown
	case !unknown && (rd.OpensWithYes() || rd.weakYesSum()) && rd.onlyRestDenied(clauseOf):
		// "yes, only the 45,000. didn't pay the second one", "جی ساڑھے
		// تین لاکھ، دوسری نہیں دی" (C500-012, C500-008 stored no): a yes
		// with a sum; what is denied is the second part
		return PolarYes
	case rd.Lead() == PolarNo && unknown && hedgedIn[0] && !unknownIn[0]:
		// "abhi nahi diye shayad.. ya 50 hazar booking k de diye hon, pakka
		// nahi pata" (C510-016 stored no): the "no" guessed, the doubt after
		return PolarUnknown
	case rd.Lead() == PolarNo && (len(paidIn) == 0 || !rd.NegatesOnlySums()) && !(unknown && rd.opensHedged()):
		// (a "no" that takes back a sum, "nahi 2 nahi, total 2.5 lakh
		// bola tha. 2 de chuka hun" (C233-004), leaves the payment said)
		return PolarNo
	case !unpaid && rd.has(kindAnswer, "unconfirmed"):
		// "mene bank se 3 lakh 70 hazar bheje the … bank wale kehte
		// transaction abhi pending h, reverse b ho sakti h" (C471-015):
		// sent, and whether it went is not known
		return PolarUnknown
	case len(paidIn) > 0, restPending && !unpaid && !unknown:
		return PolarYes
	case !unknown && rd.onlySecondSumDenied(clauseOf):
		// "جی 35 ہزار بس، 80 نہیں بھیجے": a yes with a sum, the next sum denied
		return PolarYes
	case !unpaid && !unknown && len(rd.receiptHits()) > 0 &&
		(rd.receiptHits()[0].i <= 1 || slices.ContainsFunc(rd.toks[:rd.receiptHits()[0].i], func(t Token) bool { return t.Digits || sumWords[t.S] }) ||
			slices.ContainsFunc(rd.payHits("paid"), func(h found) bool { return !h.neg && h.j <= rd.receiptHits()[0].i })):
		// "raseed nahi di", "they gave no receipt", "۱۲ لاکھ نقد، کوئی رسید
		// نہیں دی" (A45-0152), "advance diya tha, receipt bhi nahi di
		// usne" (A117-0155): money went, with no receipt for it
		return PolarYes
	case !unpaid && unknown && rd.doubtOfSecondSum(clauseOf):
		// "yes 85 thousand. maybe my mother also sent 10 thousand
		// separately, not sure" (C242-018): the doubt is of a sum after
		// the one the yes gives
		return PolarYes
	case unpaid:
		return PolarNotYet
	case unknown:
		return PolarUnknown
	}
	if len(rd.toks) > 1 && (rd.Lead() == PolarYes || weakYes[rd.toks[0].S] && rd.sumAt(1)) && rd.NegatesOnlySums() {
		// "جی ۲ لاکھ۔ نہیں ۲ نہیں، ڈھائی لاکھ" (C216-014 stored no): a yes
		// with a sum, the sum corrected; its "no"s are the sum's
		return PolarYes
	}
	return rd.YesNo()
}

// afterSelfNo returns what follows an answer's first clause when that
// clause only says "not me" ("me no.", "Not me.", "میں نے نہیں،"): a
// word of the writer and a negation, nothing else.
func (rd *Reading) afterSelfNo() (string, bool) {
	self, neg := false, false
	for k, t := range rd.toks {
		if k > 0 && (t.Brk || strings.ContainsAny(rd.Text[rd.toks[k-1].End:t.Start], ".,;!?۔،")) {
			// (a stop written after "no" ends the clause, though "no." may
			// be read as the abbreviation)
			if self && neg {
				return rd.Text[t.Start:], true
			}
			return "", false
		}
		switch {
		case selfOnly[t.S]:
			self = true
		case rd.r.lex.IsNegation(t.S) || t.S == "no" || t.S == "not":
			neg = true
		case !ergativeMarks[t.S] && !topicParticles[t.S]:
			return "", false
		}
	}
	return "", false
}

var selfOnly = mustClass("self_only")

// sumAsked reports a question of how much at token k or after "how"
// ("kitne", "how much"): what is not known is the sum.
func (rd *Reading) sumAsked(k int) bool {
	if k < len(rd.toks) && rd.toks[k].S == "how" {
		k++
	}
	return k < len(rd.toks) && sumQuestions[rd.toks[k].S]
}

var sumQuestions = mustClass("sum_questions")

// NegatesOnlySums reports a text whose every word of negation stands
// beside a sum, taking one back for another ("۲ نہیں، ڈھائی لاکھ", "nahi
// 35 nahi, 45 hazar", C461-001), and that has one: no "no" to anything
// else.
func (rd *Reading) NegatesOnlySums() bool {
	n := 0
	for k, t := range rd.toks {
		if !rd.r.lex.IsNegation(t.S) {
			continue
		}
		n++
		if !rd.sumAt(k+1) && !(k > 0 && (rd.toks[k-1].Digits || sumUnits[rd.toks[k-1].S])) {
			return false
		}
	}
	return n > 0
}

// opensUnknown reports an answer whose first clause is a "don't know"
// and little else ("pata nahi...", "pta nai.", "Honestly not sure."),
// with more said after it.
func (rd *Reading) opensUnknown(clauseOf []int) bool {
	for _, h := range rd.pick([]string{kindAnswer}, "unknown") {
		n := 0
		for k := range rd.toks {
			if clauseOf[k] == 0 {
				n++
			}
		}
		// (not "not sure how much. abu says he gave 1 lakh", C292-010:
		// the sum is what is not known, not the payment)
		return h.i <= 1 && clauseOf[h.i] == 0 && n <= h.j-h.i+2 && clauseOf[len(rd.toks)-1] > 0 && !rd.sumAsked(h.j)
	}
	return false
}

// doubtAfter reports words of hearsay, a guess or a suspicion after the
// first clause ("bhai kehta", "shayad", "mujhe lagta", "my cousin says").
func (rd *Reading) doubtAfter(clauseOf []int) bool {
	for _, h := range rd.pick([]string{kindAnswer}, "hearsay", "hedge", "suspicion") {
		if clauseOf[h.i] > 0 {
			return true
		}
	}
	return false
}

// doubtOfSecondSum reports an answer that opens with a yes and a sum, and
// doubts only in a later clause that goes on to another sum.
func (rd *Reading) doubtOfSecondSum(clauseOf []int) bool {
	if len(rd.toks) < 2 || !(rd.Lead() == PolarYes || weakYes[rd.toks[0].S]) || !rd.sumAt(1) {
		return false
	}
	first := -1
	for _, h := range rd.pick([]string{kindAnswer}, "unknown", "hedge") {
		if clauseOf[h.i] == clauseOf[0] {
			return false
		}
		if first < 0 || h.i < first {
			first = h.i
		}
	}
	for k := first; k >= 0 && k < len(rd.toks); k++ {
		if clauseOf[k] != clauseOf[0] && (rd.toks[k].Digits || sumUnits[rd.toks[k].S]) {
			return true
		}
	}
	return false
}

// restWords name what is left of a sum ("the rest", "baqi").
var restWords = mustClass("rest_words")

// restBefore reports a word for the rest of a sum at or before token i in
// its clause ("rest not yet", "baqi abhi nahi diye", "باقی ابھی نہیں دیے";
// "the rest was due after the visa", a "later" that opens with it).
func (rd *Reading) restBefore(clauseOf []int, i int) bool {
	for k := i; k >= 0 && clauseOf[k] == clauseOf[i]; k-- {
		if restWords[rd.toks[k].S] {
			return true
		}
	}
	return false
}

// onlyRestDenied reports negations, each in a clause that names the
// rest or the second part ("didn't pay the second one", "دوسری نہیں دی"),
// after a first clause that says a sum: what was not paid is the rest.
func (rd *Reading) onlyRestDenied(clauseOf []int) bool {
	restIn := map[int]bool{} // the clauses that name the rest
	for k, t := range rd.toks {
		restIn[clauseOf[k]] = restIn[clauseOf[k]] || restWords[t.S]
	}
	negs := 0
	for k, t := range rd.toks {
		if !rd.r.lex.IsNegation(t.S) {
			continue
		}
		if negs++; !restIn[clauseOf[k]] || clauseOf[k] == 0 {
			return false
		}
	}
	return negs > 0 && rd.sumAt(1)
}

// RestAt reports a word for the rest of a sum before byte offset k, in
// the clause k is in ("… باقی ایک لاکھ ویزا آنے پر دینا تھا": the lakh at
// k is what is left to pay).
func (rd *Reading) RestAt(k int) bool {
	clauseOf := rd.clauses()
	at := -1
	for i, t := range rd.toks {
		if t.Start >= k {
			at = i
			break
		}
	}
	return at > 0 && rd.restBefore(clauseOf, at)
}

// Lead is the polarity of a yes or no word opening the answer ("no,
// luckily my brother stopped me before I paid", "haan magar agent ko mera
// naam na batana").
func (rd *Reading) Lead() Polarity {
	p, _ := rd.lead()
	return p
}

// lead is the polarity of the yes or no phrase opening the answer ("not
// yet" is no) and where that phrase ends.
func (rd *Reading) lead() (Polarity, int) {
	for _, c := range rd.pick([]string{kindAnswer}, "correction") {
		// "نہیں نہیں، میری شکایت ختم نہ ہو", "nahi nahi, rehne do": the
		// doubled "no" of a correction, with nothing before it to take
		// back, is the answer (A25-0351)
		if c.i == 0 && rd.allNegations(c.i, c.j) {
			return PolarNo, c.j
		}
	}
	hs := rd.pick([]string{kindAnswer}, "yes", "no", "wrong", "not_yet", "unknown", "hedge")
	receipts := rd.receiptHits()
	for k, h := range hs {
		if h.i > 1 || h.Key == "unknown" {
			break
		}
		if covers(receipts, h) {
			continue // "raseed nahi di": the receipt was not given, no "no"
		}
		if slices.ContainsFunc(rd.pick([]string{kindAnswer}, "receipt"), func(r found) bool { return h.j == r.i }) {
			continue // "cash, no receipt" (C36-019): a receipt not given
		}
		switch {
		case h.Key == "wrong" && rd.misunderstanding(h):
			continue
		case h.Key == "no" && rd.negatesNext(hs, k), h.Key == "wrong" && h.neg:
			return PolarNone, 0 // "not wrong", "galat nahi"
		case h.Key == "no" || h.Key == "wrong" || h.Key == "not_yet":
			return PolarNo, h.j
		case h.Key == "yes" && !h.neg && !weakYes[rd.toks[h.i].S]:
			return PolarYes, h.j
		}
	}
	return PolarNone, 0
}

// covers reports a hit of hs that holds all of h.
func covers(hs []found, h found) bool {
	return slices.ContainsFunc(hs, func(c found) bool { return c.i <= h.i && h.j <= c.j })
}

// misunderstanding reports a hit inside words of a misunderstanding
// ("galat fehmi", "غلط فہمی"): what was wrong was the belief, no answer.
func (rd *Reading) misunderstanding(h found) bool {
	return covers(rd.pick([]string{kindAnswer}, "misunderstanding"), h)
}

// OpensWithYes reports an answer whose first clause is a yes: a lead yes
// ("yes, and he has my passport also"), or a "ji" that a break, a "but"
// or an "and" ends ("جی لیکن وہ مارتی بھی ہے", "ji, aur wo marti bhi hai").
func (rd *Reading) OpensWithYes() bool {
	if rd.Lead() == PolarYes {
		return true
	}
	if len(rd.toks) < 2 || !weakYes[rd.toks[0].S] {
		return false
	}
	next := rd.toks[1]
	return next.Brk || contrastWords[next.S] || andWords[next.S]
}

// LeadAlone reports an answer that opens with a yes or no phrase standing
// as its own clause ("nahi, passport cousin ke paas hai", "not yet, he
// asked for the passport though"; not "not the passport, just a CNIC").
func (rd *Reading) LeadAlone() bool {
	p, end := rd.lead()
	return p != PolarNone && end < len(rd.toks) && rd.toks[end].Brk
}

// Contrast reports a "but" with more after it ("sab sahi hai bas country
// Oman hai", "bhej dein magar…").
func (rd *Reading) Contrast() bool { return rd.turnsOn(contrastWords) }

// turnsOn reports a word of words inside the answer, not first, with more
// than two words after it.
func (rd *Reading) turnsOn(words map[string]bool) bool {
	for i, t := range rd.toks {
		if words[t.S] && i > 0 && len(rd.toks)-i > 2 {
			return true
		}
	}
	return false
}

var contrastWords = mustClass("contrast_words")

// NameOutContactIn reports a consent answer that keeps the name out and
// allows contact after a "but" (yesAfterContrast): a yes to contact.
func (rd *Reading) NameOutContactIn() bool { return rd.yesAfterContrast("consent") }

// yesAfterContrast reports a "no" of set that keeps the name out, then a
// "but" and a "yes" to contact after it: "نام نہ لکھیں لیکن فون کر سکتے
// ہیں", "naam na likhein lekin call kar sakte hain" (A112-0200).
func (rd *Reading) yesAfterContrast(set string) bool {
	// ("mera naam kahin na aye, baqi call kr lo theek h", C323-013: "as
	// for the rest" turns it as "but" does)
	c := slices.IndexFunc(rd.toks, func(t Token) bool { return contrastWords[t.S] || restWords[t.S] })
	if c <= 0 {
		return rd.yesAfterName(set)
	}
	no, yes := false, false
	for _, h := range rd.pick([]string{optionPrefix + set}) {
		named := rd.ofName(h)
		switch {
		case h.Key == "no" && !h.neg && h.j <= c && named:
			no = true
		case h.Key == "yes" && !h.neg && h.i > c && !named:
			yes = true
		}
	}
	return no && yes
}

// ofName reports a hit with a word of the name in it ("naam na aaye"):
// what it says is of the name, not of contact.
func (rd *Reading) ofName(h found) bool {
	return slices.ContainsFunc(rd.toks[h.i:h.j], func(t Token) bool { return nameWords[t.S] })
}

// yesAfterName reports, with no word of contrast, a clause that keeps the
// name out and a later one that lets them make contact ("نام کہیں نہ آئے،
// ویسے رابطہ کر سکتے ہیں", C387-014; "mera naam mat dena, msg pe rabta kr
// lo bs", C388-011): every no is of the name.
func (rd *Reading) yesAfterName(set string) bool {
	clauseOf := rd.clauses()
	lastNo, yes := -1, false
	for _, h := range rd.pick([]string{optionPrefix + set}) {
		if h.neg {
			continue
		}
		named := rd.ofName(h)
		switch {
		case h.Key == "no" && !named:
			return false
		case h.Key == "no":
			lastNo = max(lastNo, clauseOf[h.i])
		case h.Key == "yes" && !named && lastNo >= 0 && clauseOf[h.i] > lastNo:
			yes = true
		}
	}
	return lastNo >= 0 && yes
}

// KeepsAfterContrast reports a "but" followed by a wish to keep something
// ("yes but keep my report", "haan lekin report rehne do"): a yes with a
// part held back.
func (rd *Reading) KeepsAfterContrast() bool {
	seen := false
	for i, t := range rd.toks {
		if contrastWords[t.S] && i > 0 {
			seen = true
		} else if seen && keepWords[t.S] {
			return true
		}
	}
	return false
}

var keepWords = mustClass("keep_words")

// AskedNotGiven reports an account of a request refused: a thing asked
// for, then a "but" and a negation with nothing handed over after it
// ("passport ki photo mang raha tha lekin maine nahi di", "they asked for
// my CNIC but I didn't send it", "پاسپورٹ مانگا تھا مگر میں نے نہیں دیا"):
// of set, nothing was given. "asked for the passport but I gave my CNIC"
// is not one.
func (rd *Reading) AskedNotGiven(set string) bool {
	c := rd.askedBut()
	if c < 0 {
		return rd.refusedBeforeAsked(set)
	}
	neg := rd.refusedAfter(c) // "…i stopped before submit"
	for k := c + 1; k < len(rd.toks); k++ {
		neg = neg || rd.r.lex.IsNegation(rd.toks[k].S)
	}
	for _, h := range rd.pick([]string{optionPrefix + set}) {
		if h.i > c && !h.neg && h.Key != "none" && !strings.HasPrefix(h.Key, "_") {
			return false // "…but I gave my CNIC"
		}
	}
	return neg
}

// GivenBeforeAsked returns the option of set named in the clauses before
// an account of a thing asked for and refused ("Only his passport copy.
// They asked CNIC also but my son had not sent it yet", "پاسپورٹ کی کاپی
// دی تھی۔ شناختی کارڈ بھی مانگا تھا لیکن نہیں دیا"): what was given before
// the request, whose refusal takes back only the thing asked.
func (rd *Reading) GivenBeforeAsked(set string) (string, bool) {
	c := rd.askedBut()
	if c < 0 {
		return "", false
	}
	s := -1
	for _, h := range rd.pick([]string{kindAnswer}, "asked") {
		if h.i < c && !h.neg {
			s = h.i
			break
		}
	}
	for s > 0 && !rd.toks[s].Brk {
		s--
	}
	if s <= 0 {
		return "", false
	}
	before := rd.r.Read(rd.Text[:rd.toks[s].Start])
	if before.Lead() == PolarNo && slices.ContainsFunc(before.toks, func(t Token) bool { return keptOwn[t.S] }) {
		return "", false // "No, the grandson kept his passport. He asked for it but I refused" (C176-013)
	}
	v, ok := before.Option(set)
	if !ok || v == "none" || strings.HasPrefix(v, "_") {
		return "", false
	}
	return v, true
}

var keptOwn = mustClass("kept_own_words")

// askedBut returns where the "but" stands in an account of a thing asked
// for and what came of it ("asked for the passport but…"), or -1.
func (rd *Reading) askedBut() int {
	c := -1
	for i, t := range rd.toks {
		if refuseContrast[t.S] && i > 0 {
			c = i
			break
		}
	}
	if c < 0 {
		return rd.refusedAfterAsked()
	}
	for _, h := range rd.pick([]string{kindAnswer}, "asked") {
		if h.i < c && !h.neg {
			return c
		}
	}
	return rd.refusedAfterAsked()
}

// GivenInstead returns the option of set given after a "but" that follows
// a thing asked for ("asked for the passport but I gave my CNIC", "passport
// manga tha lekin sirf cnic di"): what was asked is not what was given.
func (rd *Reading) GivenInstead(set string) (string, bool) {
	c := rd.askedBut()
	if c < 0 {
		return "", false
	}
	return rd.r.Read(rd.Text[rd.toks[c].End:]).Option(set)
}

// refuseContrast are the "but"s of a refusal (not "bas", "except").
var refuseContrast = mustClass("refuse_contrast")

// BeforeContrast returns the text before the first "but" that has more
// after it ("ji rabta kar lein, lekin gaon mein kisi ko pata na chale" →
// "ji rabta kar lein"), or "" when there is none.
func (rd *Reading) BeforeContrast() string {
	for i, t := range rd.toks {
		if contrastWords[t.S] && i > 0 && len(rd.toks)-i > 2 {
			return strings.TrimRight(rd.Text[:t.Start], " ,،;.-")
		}
	}
	return ""
}

// BeforeThen returns the text before a word of what came next ("website,
// a jobs portal, after that only email n whatsapp", "pehle facebook phir
// whatsapp"), or "" when none follows the first words.
func (rd *Reading) BeforeThen() string {
	for _, h := range rd.pick([]string{kindAnswer}, "then") {
		if h.i > 0 && h.j < len(rd.toks) {
			return strings.TrimRight(rd.Text[:rd.toks[h.i].Start], " ,،;.-")
		}
	}
	return ""
}

// clauses numbers each token with its clause (runs between clause breaks).
func (rd *Reading) clauses() []int {
	out := make([]int, len(rd.toks))
	c := 0
	for i, t := range rd.toks {
		if i > 0 && t.Brk {
			c++
		}
		out[i] = c
	}
	return out
}

// payHits picks payment words of keys, but not those that hand over a
// number or a link ("a friend gave me his number", "number bheja"):
// phrases of paid_not win over the payment words they hold.
//
// A payment phrase that reaches over a thing handed over to end on the
// verb of that thing, or on its helper ("30 lac maang rahe, video bheji
// hai": a video sent, the sum asked) is no payment either, though it is
// the longer phrase.
func (rd *Reading) payHits(keys ...string) []found {
	not := rd.pick([]string{kindAnswer}, "paid_not")
	denied := rd.pick([]string{kindAnswer}, "not_given")
	var out []found
	var after []int // hits denied after their verb
	said := false   // a giving said and not denied
	reduced := rd.pick([]string{kindAnswer}, "reduced")
	for _, h := range rd.pick([]string{kindAnswer}, append(keys, "paid_not")...) {
		if h.Key == "paid_not" || slices.ContainsFunc(not, func(n found) bool { return n.i > h.i && n.j <= h.j && h.j-n.j <= 2 }) {
			continue
		}
		if slices.ContainsFunc(reduced, func(r found) bool { return r.i < h.j && h.i < r.j }) {
			continue // "50 hazar kam kiye the usne" (C538-008): a sum taken off the price, no payment
		}
		if !h.neg && slices.ContainsFunc(denied, func(n found) bool {
			return n.i <= h.i && h.j < n.j && !rd.negative(h.i, h.j) && rd.untaggedNegation(h.j, n.j)
		}) {
			after = append(after, len(out))
		} else if !h.neg {
			said = true
		}
		out = append(out, h)
	}
	if !said {
		// "maine diye nai abhi", "paise diye nahi abhi tak" (C284-028 read
		// as paid): a giving denied after its verb, a negation
		// Lexicon.negated leaves unread on a bare verb, is denied; beside
		// a giving said ("سارا نقد ہی دیا تھا، بینک والا … کہا تھا پر دیا
		// نہیں", C248-014), the denial is of another part, left unread
		for _, k := range after {
			out[k].neg = true
		}
	}
	return out
}

// untaggedNegation reports a word of negation in tokens [i, j), with only
// fillers before it ("diye the nahi"), that is no tag particle ("diye na
// bhai" stresses the giving; "diye nai" denies it; in "2000 diye the baqi
// nai", A74-0155, the "no" is the rest's).
func (rd *Reading) untaggedNegation(i, j int) bool {
	for k := i; k < j; k++ {
		switch w := rd.toks[k].S; {
		case rd.r.lex.IsNegation(w):
			return !rd.r.lex.IsTag(w)
		case !rd.r.lex.IsFiller(w):
			return false
		}
	}
	return false
}

// docClauses are the clauses that name a passport or a CNIC and no sum:
// what was handed over or kept there is a document, not money.
func (rd *Reading) docClauses() map[int]bool {
	clauseOf := rd.clauses()
	docs := map[int]bool{}
	for _, h := range rd.pick([]string{optionPrefix + "docs"}) {
		if h.Key == "passport" || h.Key == "cnic" {
			docs[clauseOf[h.i]] = true
		}
	}
	for k, t := range rd.toks {
		if t.Digits {
			delete(docs, clauseOf[k]) // "passport aur 2 lakh le liye": money too
		}
	}
	return docs
}

// handsDocument reports that token k is the verb of a document handed
// over ("visa or protector bana k diye"), with no sum or money word in
// the phrase ("visa ke 2 lakh diye" is a payment).
func (rd *Reading) handsDocument(k int) bool {
	for _, h := range rd.pick([]string{kindAnswer}, "document_handed") {
		if h.i > k || k >= h.j {
			continue
		}
		if !slices.ContainsFunc(rd.toks[h.i:h.j], func(t Token) bool { return t.Digits || moneyWords[t.S] }) {
			return true
		}
	}
	return false
}

// PaymentSpans returns where the text says money was paid (past payment
// words, not negated) and where it says money was asked or is still to pay
// (asking words, "not yet", payment words negated), as byte ranges: an
// amount belongs to the nearer of the two ("I paid 75,000 and now they want
// 1 lakh more").
func (rd *Reading) PaymentSpans() (paid, owed [][2]int) {
	span := func(h found) [2]int { return [2]int{rd.toks[h.i].Start, rd.toks[h.j-1].End} }
	for _, h := range rd.payHits("paid_done") {
		if !h.neg {
			paid = append(paid, span(h))
		}
	}
	for _, h := range rd.pick([]string{kindAnswer}, "asked", "not_yet", "more") {
		if h.Key == "more" && h.j-h.i == 1 && alsoWords[rd.toks[h.i].S] {
			continue // "maine bhi usko 3 lakh diye the": I too paid, not more asked
		}
		owed = append(owed, span(h))
	}
	for _, h := range rd.payHits("paid", "paid_done") {
		if h.neg {
			owed = append(owed, span(h))
		}
	}
	return paid, owed
}

// AskingSpans are the words of asking and of not yet paying, and payment
// words negated, as byte ranges: owed's spans without the "and" of more.
func (rd *Reading) AskingSpans() [][2]int {
	span := func(h found) [2]int { return [2]int{rd.toks[h.i].Start, rd.toks[h.j-1].End} }
	var out [][2]int
	for _, h := range rd.pick([]string{kindAnswer}, "asked", "not_yet", "money_back") {
		out = append(out, span(h))
	}
	for _, h := range rd.payHits("paid", "paid_done") {
		if h.neg {
			out = append(out, span(h))
		}
	}
	return out
}

// Owes reports words that money was asked or is still to pay (asking
// words, "not yet", payment words negated), leaving aside words of more
// ("aur", "and"), which also join sums paid one after another ("50 hazar
// easypaisa, phir 50 hazar aur").
func (rd *Reading) Owes() bool {
	clauseOf := rd.clauses()
	for _, h := range rd.pick([]string{kindAnswer}, "asked", "not_yet") {
		if h.Key != "not_yet" || !rd.paidLater(h, clauseOf) {
			return true
		}
	}
	for _, h := range rd.payHits("paid", "paid_done") {
		if h.neg {
			return true
		}
	}
	return false
}

// tokenAt is the token that holds byte offset k, or the first after it;
// -1 past the end.
func (rd *Reading) tokenAt(k int) int {
	for i, t := range rd.toks {
		if t.Start <= k && k < t.End || t.Start >= k {
			return i
		}
	}
	return -1
}

// ForReceipt reports whether the number at byte offset at is the sum a
// receipt was written for ("raseed 15000 ki", "رسید صرف پندرہ ہزار کی", "a
// receipt of 15,000 only"): a word of a receipt within three words of it,
// in its clause. That sum is what the receipt says, not what was paid.
func (rd *Reading) ForReceipt(at int) bool {
	k := rd.tokenAt(at)
	if k < 0 {
		return false
	}
	end := k // the number's last token: "21,000" is one number ("Only 21,000 of it has receipts", C495-008)
	for end+1 < len(rd.toks) && rd.toks[end].Digits && rd.toks[end+1].Digits && rd.Text[rd.toks[end].End:rd.toks[end+1].Start] == "," {
		end++
	}
	for _, h := range rd.pick([]string{kindAnswer}, "receipt") {
		lo, hi := h.i, k
		if k < h.i {
			lo, hi = end, h.i
		}
		if hi-lo > 4 && !(h.i < k && hi-lo <= 10 && rd.sumFor(k)) {
			// ("Receipt they gave only for Rs 15,000", C161-004: a
			// receipt told first, and the sum it is "for" in its clause;
			// "a receipt on the travel agency letterhead only for 'ticket
			// 1,20,000'", C433-005)
			continue
		}
		broken := false
		for m := lo + 1; m <= hi; m++ {
			broken = broken || rd.toks[m].Brk
		}
		if k < h.i && (slices.ContainsFunc(rd.payHits("paid", "paid_done"), func(p found) bool { return !p.neg && p.j-1 > k && p.j <= h.i }) ||
			slices.ContainsFunc(rd.pick([]string{kindAnswer}, "more"), func(p found) bool { return p.i > k && p.j <= h.i })) {
			// "پانچ لاکھ لیے اور رسید پندرہ ہزار کی دی" (C300-008), "paid 2
			// lakh and receipt of 15000 only": a sum taken, or joined by
			// "and", before the receipt is named is not the receipt's
			continue
		}
		if !broken {
			return true
		}
	}
	return false
}

// DoubtedAt reports a guess in the clause of the byte offset k
// ("my bro may hv sent the 45k also", "shayad 20 hazar aur bhi"): a sum
// there is not known to be paid.
func (rd *Reading) DoubtedAt(k int) bool {
	at := rd.tokenAt(k)
	if at < 0 {
		return false
	}
	clauseOf := rd.clauses()
	for _, h := range rd.pick([]string{kindAnswer}, "hedge", "maybe_done") {
		if !h.neg && clauseOf[h.i] == clauseOf[at] {
			return true
		}
	}
	return false
}

// sumFor reports a "for" or "of" just before the number at token k, or
// before its currency ("for Rs 15,000", "of 15000").
func (rd *Reading) sumFor(k int) bool {
	for _, j := range []int{k - 1, k - 2} {
		if j >= 0 && (rd.toks[j].S == "for" || rd.toks[j].S == "of") {
			return true
		}
	}
	return false
}

// Receipt reports a word of a receipt ("raseed", "رسید", "slip"), said or
// denied.
func (rd *Reading) Receipt() bool {
	return rd.has(kindAnswer, "receipt") || rd.has(kindAnswer, "paid_not") && rd.receiptWord()
}

func (rd *Reading) receiptWord() bool { return len(rd.receiptHits()) > 0 }

// receiptHits are the phrases that say a receipt was not given ("raseed
// nahi di", "they gave no receipt", "رسید نہیں دی").
func (rd *Reading) receiptHits() []found {
	var out []found
	for _, h := range rd.pick([]string{kindAnswer}, "paid_not") {
		for _, t := range rd.toks[h.i:h.j] {
			if receiptWords[t.S] {
				out = append(out, h)
				break
			}
		}
	}
	return out
}

var receiptWords = mustClass("receipt_words")

// WishAfterDoubt reports an intent of key said in a clause after every
// hedge ("ab lagta h agent ko pata chal gaya h. sab mita do", C193-025):
// the doubt is about why, the wish that ends it is firm.
func (rd *Reading) WishAfterDoubt(key string) bool {
	clauseOf := rd.clauses()
	last := -1
	for _, h := range rd.pick([]string{kindAnswer}, "hedge", "unknown") {
		last = max(last, clauseOf[h.i])
	}
	if last < 0 {
		return false
	}
	for _, h := range rd.pick([]string{kindIntent}, key) {
		if !h.neg && clauseOf[h.i] > last {
			return true
		}
	}
	return false
}

// PaidAll reports an answer that all the money asked was paid ("jee
// poore", "paid in full").
func (rd *Reading) PaidAll() bool { return rd.has(kindAnswer, "paid_all") }

// PaidRest reports an answer that speaks of the rest of a sum ("50 hazar
// jazzcash se, baki cash", "the rest in cash"): the sum it names is a part.
func (rd *Reading) PaidRest() bool { return rd.has(kindAnswer, "paid_rest") }

// Suspected reports a text that says what it fears, not what happened
// ("mujhe shak hai ke ye scam compound wali jobs hain", "looks like one of
// those Cambodia scams", "لگتا ہے یہ وہی فراڈ ہے", "I think").
// SafeNow reports a person who says they are safe and well ("باقی میں
// خیریت سے ہوں", "I am safe, only the ticket", "mehfooz hoon"), not
// negated.
func (rd *Reading) SafeNow() bool { return rd.has(kindAnswer, "safe_now") }

func (rd *Reading) Suspected() bool {
	return rd.has(kindAnswer, "suspicion") || rd.has(kindAnswer, "hedge")
}

// FakeDocument reports an account of a document that was, or turned out,
// fake: a document called fake, or a document named and an outcome that
// says it was ("visa diya tha pdf me, check kiya to wo jali nikla", "visa jali nikla", "at airport they told me the visa is fake",
// "ویزا جعلی تھا", "online check kiya to visa ka koi record nahi mila").
func (rd *Reading) FakeDocument() bool {
	return rd.has(kindAnswer, "fake_document") ||
		rd.has(kindAnswer, "document_given") && rd.has(kindAnswer, "fake_outcome") // "visa diya tha, … to wo jali nikla"
}

// DocumentHanded reports a document handed over, not sent ("An agency
// gave me a Certificate of Sponsorship", "جو سپانسرشپ سرٹیفکیٹ دیا", "visa
// laga ke diya"): what an agent met gives, where a scam online sends its
// paper ("سی او ایس نمبر بھیجا", "they emailed a CoS").
func (rd *Reading) DocumentHanded() bool { return rd.has(kindAnswer, "document_handed") }

// PaidMoney is Paid, but papers handed over with a yes beside them and no
// payment word of their own say nothing of money ("hamein agent ne …
// contract aur visa diya tha, … dono fake hain", C461-011: the "hain" is
// no yes to paying).
func (rd *Reading) PaidMoney() Polarity {
	p := rd.Paid()
	if p != PolarYes || !rd.DocumentHanded() ||
		slices.ContainsFunc(rd.payHits("paid", "paid_done"), func(h found) bool { return h.neg || !rd.handsDocument(h.i) }) ||
		slices.ContainsFunc(rd.toks, func(t Token) bool { return t.Digits || moneyWords[t.S] }) {
		return p
	}
	return PolarNone
}

// Asked reports words that say money was asked for ("maange", "they want").
func (rd *Reading) Asked() bool { return rd.has(kindAnswer, "asked") }

// PayPending reports money not paid yet but about to be ("not yet",
// "abhi nahi, kal dene hain", "paying tomorrow"), not a plain "no".
func (rd *Reading) PayPending() bool {
	return rd.has(kindAnswer, "not_yet") && rd.Paid() != PolarYes
}

// NoMoney reports an answer that no money was asked ("free", "kuch nahi
// manga").
func (rd *Reading) NoMoney() bool { return rd.has(kindAnswer, "no_money") }

// PartSpans are where words stand that make a sum a part of another ("3
// lakh advance", "pehle 2 lakh", "half now"), as byte ranges.
func (rd *Reading) PartSpans() [][2]int {
	var out [][2]int
	for _, h := range rd.pick([]string{kindAnswer}, "part") {
		out = append(out, [2]int{rd.toks[h.i].Start, rd.toks[h.j-1].End})
	}
	return out
}

// CorrectedAt returns where the last correction of what was just written
// begins ("9 lakh, sorry I mean 9.5 lakh", "ساڑھے پانچ لاکھ، نہیں معاف کریں
// ساڑھے چھ لاکھ", "50 hazar, nahi balke 60"), as a byte offset, when more
// follows it; -1 when the text corrects nothing. What stands before it, of
// the kind the correction gives again, is taken back.
func (rd *Reading) CorrectedAt() int {
	at := -1
	for _, h := range rd.pick([]string{kindAnswer}, "correction") {
		if h.j < len(rd.toks) {
			at = rd.toks[h.j].Start
		}
	}
	return at
}

// leadNoAlone is the token after a "no" that opens the text as a clause
// of its own, with more after it ("nahi, 3 lakh diye"); 0 when there is
// none.
func (rd *Reading) leadNoAlone() int {
	for _, h := range rd.pick([]string{kindAnswer}, "no") {
		if h.i == 0 && h.j < len(rd.toks) && rd.toks[h.j].Brk {
			return h.j
		}
		break
	}
	return 0
}

// sumNoFillers may stand between a "no" and the sum it gives instead ("no,
// he said 25 lakh", "nahi beta, 3 lakh", "nahi balke 5").
var sumNoFillers = mustClass("sum_no_fillers")

// DeniedNumbers returns the bare numbers taken back by a "no" right after
// them ("nahi 4 nai 5 lac diye the": the 4, in the unit of the sum after
// it), each with the byte offset where what follows the "no" begins.
// A number may be a word ("نہیں ساٹھ نہیں پینسٹھ ہزار", C531-007): given as
// its digits.
func (rd *Reading) DeniedNumbers() (nums []string, after []int) {
	for k := 0; k+2 < len(rd.toks); k++ {
		t := rd.toks[k]
		n, ok := smallNumber(t)
		if !ok || !rd.sumNo(rd.toks[k+1].S) || !t.Digits && k > 0 && numberPart(rd.toks[k-1]) {
			continue // (not "دو لاکھ اسی نہیں، دو لاکھ پچاس ہزار", C121-014: the 80 is of the sum before it)
		}
		if _, ok := smallNumber(rd.toks[k+2]); !ok {
			continue
		}
		nums = append(nums, n)
		after = append(after, rd.toks[k+2].Start)
	}
	return nums, after
}

// DeniedAfterSum returns the bare numbers taken back by a "no" right
// after them, said after the sum given instead ("۷۰ ہزار ہیں ۷۵ نہیں",
// "3.5 lakh likhna, 3 nahi", C558-002, C558-012: the 75 and the 3 in the
// unit of that sum), each with the byte offset where the number begins.
func (rd *Reading) DeniedAfterSum() (nums []string, at []int) {
	for k := 1; k+1 < len(rd.toks); k++ {
		t := rd.toks[k]
		n, ok := smallNumber(t)
		if !ok || !rd.sumNo(rd.toks[k+1].S) || numberPart(rd.toks[k-1]) {
			continue
		}
		if k+2 < len(rd.toks) && !rd.toks[k+2].Brk {
			// the "no" ends its clause: not "25 nahi 30 hazar" (the sum
			// after it is given instead, DeniedNumbers), nor a sum denied
			// paid ("۴۸ ہزار تو دے چکے، ۹۰ نہیں دیے", C115-002)
			continue
		}
		nums = append(nums, n)
		at = append(at, t.Start)
	}
	return nums, at
}

// smallNumber is a number of up to three digits, or a number word below
// a hundred, as digits.
func smallNumber(t Token) (string, bool) {
	if t.Digits {
		return t.S, len(t.S) <= 3 // (its digits as ASCII: "۷۵" is 75, C558-002)
	}
	if v, ok := wordNumber(t.S); ok {
		return strconv.FormatFloat(v, 'f', -1, 64), true
	}
	return "", false
}

// wordNumber is the value of a number word below a hundred ("ساٹھ" 60).
func wordNumber(w string) (float64, bool) {
	v, ok := numberValues()[w]
	return v, ok && v < 100
}

// numberPart reports a number or a word of one ("لاکھ", "hazar", "دو").
func numberPart(t Token) bool {
	_, ok := numberValues()[t.S]
	return ok || t.Digits
}

func (rd *Reading) sumNo(w string) bool {
	return w == "no" || w == "nope" || rd.r.lex.Class("nahi")[w] || rd.r.lex.Canon(w) == "nahi" && w != "na" && w != "ni"
}

// TotalNear reports a word of totals ("total", "kul", "overall") beside
// the text at byte range [a, b).
func (rd *Reading) TotalNear(a, b int) bool { return rd.TotalGap(a, b) >= 0 }

// TotalGap is how many bytes lie between the text at [a, b) and the
// nearest word of totals beside it, or -1 when none is: of "35000 then
// 60000, total 95000", the total is the sum right after the word.
func (rd *Reading) TotalGap(a, b int) int {
	best := -1
	for _, h := range rd.pick([]string{kindAnswer}, "total") {
		s, e := rd.toks[h.i].Start, rd.toks[h.j-1].End
		gap := -1
		// (not across a full stop: "2.5 lakh tha total. 2 lakh visa ka",
		// C221-002: the total is the sum before it)
		switch {
		case e <= a && a-e <= 12 && !strings.ContainsAny(rd.Text[e:a], ".;!?۔\n"):
			gap = a - e
		case s >= b && s-b <= 12 && !strings.ContainsAny(rd.Text[b:s], ".;!?۔\n"):
			gap = s - b
		}
		if gap >= 0 && (best < 0 || gap < best) {
			best = gap
		}
	}
	return best
}

// TimesNear returns how many times a sum written in the byte range [a, b)
// was paid, when a count of times stands right beside it ("60 hazar do
// dafa", "twice 60k", "50,000 two times", "۶۰ ہزار دو دفعہ": 2, C25-029),
// or 1: next to it, with nothing but a space between. Instalments ("do dafa mein", "in two times") split one sum: 1.
func (rd *Reading) TimesNear(a, b int) int {
	for n, key := range []string{2: "times_two", 3: "times_three"} {
		if key == "" {
			continue
		}
		for _, h := range rd.pick([]string{kindAnswer}, key) {
			s, e := rd.toks[h.i].Start, rd.toks[h.j-1].End
			if h.neg || !(e <= a && blank(rd.Text[e:a]) || s >= b && blank(rd.Text[b:s])) {
				continue // "2 time. 4 lac and 2.5 lac": parts, no sum repeated
			}
			if h.j < len(rd.toks) && inWords[rd.toks[h.j].S] || h.i > 0 && inWords[rd.toks[h.i-1].S] {
				continue // "do dafa mein", "in two times": one sum in parts
			}
			return n
		}
	}
	return 1
}

// blank reports a gap of one or two spaces between words.
func blank(s string) bool { return s != "" && len(s) <= 2 && strings.Trim(s, " ") == "" }

// inWords make a count of times into parts of one sum.
var inWords = mustClass("in_words")

// Via reports a place named at bytes [a, b) as one passed through on the
// way ("via Iran", "through Turkey", "Iran ke raste", "ایران کے راستے"):
// not where the person is (C25-008).
func (rd *Reading) Via(a, b int) bool {
	for _, h := range rd.pick([]string{kindAnswer}, "via_before") {
		if e := rd.toks[h.j-1].End; !h.neg && e <= a && blank(rd.Text[e:a]) {
			return true
		}
	}
	for _, h := range rd.pick([]string{kindAnswer}, "via_after") {
		if s := rd.toks[h.i].Start; !h.neg && s >= b && (blank(rd.Text[b:s]) || listedBefore(rd.Text[b:s])) {
			return true
		}
	}
	return false
}

// listedBefore reports a gap that is a list's joiner and one or two words
// (" اور ترکی ", " aur Turkey "): a place listed before the one the way
// passes through passes there too ("ایران اور ترکی کے راستے", A145-0110).
func listedBefore(gap string) bool {
	ws := strings.Fields(strings.NewReplacer(",", " , ", "،", " ، ").Replace(gap))
	return len(ws) >= 2 && len(ws) <= 3 && (ws[0] == "," || ws[0] == "،" || listJoiners[NormalizeWord(ws[0])])
}

// WillCheck reports an answer that only puts it off to look it up ("ruko
// rasid dekh ke batata hun", "let me check the receipt", "رسید دیکھ کر
// بتاتا ہوں", C25-029): no answer yet; the question stands.
func (rd *Reading) WillCheck() bool { return rd.has(kindAnswer, "will_check") }

// ThenBetween reports a word of sequence ("phir", "then", "اس کے بعد")
// within the byte range [a, b): a sum after it came after the one before
// ("pehle 15000 registration, phir 40000 visa file").
// InstalmentsSaid reports a payment told as made in several goes ("cash,
// three times at their office, 2 lakh, 1.5 lakh, 1 lakh", "teen qiston
// me", "تین دفعہ"): the sums listed after it are its parts.
func (rd *Reading) InstalmentsSaid() bool { return rd.has(kindAnswer, "instalments") }

// InstalmentsBefore reports a count of instalments told wholly before byte
// offset at ("cash, 2 dafa. 3 lakh …"): the sums after it are the parts.
func (rd *Reading) InstalmentsBefore(at int) bool {
	for _, h := range rd.pick([]string{kindAnswer}, "instalments") {
		if !h.neg && rd.toks[h.j-1].End <= at {
			return true
		}
	}
	return false
}

// ListedBetween reports only a list's comma or "and" between the bytes a
// and b ("2 lakh, 1.5 lakh, 1 lakh").
func (rd *Reading) ListedBetween(a, b int) bool {
	if a > b {
		return false
	}
	between := strings.TrimSpace(rd.Text[a:b])
	for _, w := range []string{",", "،", "and", "aur", "or", "اور", "+"} {
		between = strings.TrimSpace(strings.TrimPrefix(between, w))
	}
	return between == ""
}

// PhoneInstead reports words that put a number typed in place of the one
// shown ("ye wala ab band ho gya h, naya 0333…", "nai ye galat likha gaya,
// sahi 0301…", "923215509871 ye wala hai asal mein"): the typed number
// replaces it, unless it is said to come as well ("aur", "bhi").
func (rd *Reading) PhoneInstead() bool {
	inst := rd.pick([]string{kindAnswer}, "phone_instead")
	if len(inst) == 0 {
		return false
	}
	if !rd.More() {
		return true
	}
	if rd.Lead() == PolarYes || rd.OpensWithYes() {
		return false // "haan ye sahi hai, aur 0333… bhi": the one shown is right, and one more
	}
	// an "aur" after the word of replacing joins the new numbers ("ye ab
	// band ja raha h, uske naye number 0300… aur 0342… hain", A119-0099);
	// one before it adds ("haan, aur naya 0321… bhi")
	return !slices.ContainsFunc(rd.pick([]string{kindAnswer}, "more"), func(m found) bool { return m.i < inst[0].i })
}

// NowBetween reports a word of "now" between byte offsets a and b ("2,500
// registration, and now 4,000 more for medical", "۲۵۰۰ رجسٹریشن، اب ۱۲
// ہزار میڈیکل"): a sum asked on top of the one before. Read only of money
// asked (a sum demanded now is no part of what was paid).
func (rd *Reading) NowBetween(a, b int) bool { return rd.answerBetween("now_more", a, b) }

// TotalBetween reports a word of totals wholly between byte offsets a and
// b ("3 lakh, total 5 lakh"): the second sum is no part after the first.
func (rd *Reading) TotalBetween(a, b int) bool { return rd.answerBetween("total", a, b) }

// answerBetween reports a phrase of the answers' list key wholly between
// byte offsets a and b.
func (rd *Reading) answerBetween(key string, a, b int) bool {
	for _, h := range rd.pick([]string{kindAnswer}, key) {
		if s, e := rd.toks[h.i].Start, rd.toks[h.j-1].End; s >= a && e <= b {
			return true
		}
	}
	return false
}

// RevisedBetween reports, wholly between byte offsets a and b, a sum's
// telling put in the past ("bola tha", "said at first") and a "now" after
// it (or a first telling before a: "first they said"), across a comma ("pehle 1 lakh 20 bola tha, ab 1 lakh 35 hazar",
// C215-001): the second sum replaces the first, it is not added to it.
func (rd *Reading) RevisedBetween(a, b int) bool {
	if slices.ContainsFunc(rd.toks, func(t Token) bool { return t.Start >= b && moreAfter[t.S] }) {
		// "3,40,000 at first and now 90,000 more" (C459-004): more asked
		// on top, added, not a sum said anew
		return false
	}
	// "2 lakh 80 hazar total bola tha. ab upar se 50 hazar passport k"
	// (C490-030): more asked right before the second sum is added too
	// (not "ab 80 hazar upar se. matlab 3 lakh 10 hazar", C188-005: the
	// more is the sum before, the second the new whole)
	if k := slices.IndexFunc(rd.toks, func(t Token) bool { return t.Start >= b }); k > 0 {
		for i := k - 1; i >= max(0, k-3) && rd.toks[i].Start >= a; i-- {
			if t := rd.toks[i]; moreAfter[t.S] && !andWords[t.S] && t.S != "or" {
				return false
			}
			if rd.toks[i+1].Brk {
				break
			}
		}
	}
	for _, h := range rd.pick([]string{kindAnswer}, "said_before") {
		if s, e := rd.toks[h.i].Start, rd.toks[h.j-1].End; s >= a && e <= b && rd.NowBetween(e, b) {
			return true
		}
	}
	// "first they said 3 lakh, now they say 4 lakh": the first telling
	// named before the first sum, a "now" between the two (nothing after
	// the second adds it, above: "ab 1 lakh upar se mang rahe", "۴۵۰۰۰ اور
	// بھیجو", C291-005, C227-004)
	for _, h := range rd.pick([]string{kindAnswer}, "said_first") {
		if e := rd.toks[h.j-1].End; rd.toks[h.i].Start < a && e <= b && rd.NowBetween(max(a, e), b) {
			return true
		}
	}
	return false
}

var moreAfter = mustClass("more_after")

func (rd *Reading) ThenBetween(a, b int) bool { return rd.answerBetween("then", a, b) }

// DatedBetween reports, between byte offsets a and b, only the date of the
// sum before and a word that lists the next ("1 lakh on 4th and 1 lakh on
// 9th", "50 hazar 3 tareekh ko aur 50 hazar", C242-001): sums paid on
// days of their own, one after another.
func (rd *Reading) DatedBetween(a, b int) bool {
	date, joiner := false, false
	for _, t := range rd.toks {
		if t.Start < a || t.End > b {
			continue
		}
		switch {
		case listJoiners[t.S]:
			joiner = true
		case dateWords[t.S] || t.Digits:
			date = date || dateWords[t.S]
		default:
			return false
		}
	}
	return date && joiner
}

var dateWords, listJoiners = mustClass("date_words"), mustClass("list_joiners")

// RestFine reports that all else shown is right ("otherwise ok", "baqi
// sab theek hai", "باقی ٹھیک ہے"), beside a correction.
func (rd *Reading) RestFine() bool { return rd.has(kindAnswer, "rest_fine") }

// LaterBetween reports a word of paying later or not yet wholly between
// byte offsets a and b ("50 hazar baad mein liye", "بعد میں").
func (rd *Reading) LaterBetween(a, b int) bool { return rd.answerBetween("not_yet", a, b) }

// PaidBetween reports a payment told in the past, not negated, wholly
// between byte offsets a and b ("۳ لاکھ بھائی نے دیے اور ۵۰ ہزار ...": the
// first sum's own verb).
func (rd *Reading) PaidBetween(a, b int) bool {
	for _, h := range rd.payHits("paid_done") {
		if s, e := rd.toks[h.i].Start, rd.toks[h.j-1].End; !h.neg && s >= a && e <= b {
			return true
		}
	}
	return false
}

// OwnAt reports that the number starting at byte offset start is the
// writer's own: an own-number phrase just before it, in its clause ("Mera
// number 0300-1188452 hai agar zaroorat ho, uska number 0346-…").
func (rd *Reading) OwnAt(start int) bool {
	k := 0
	for k < len(rd.toks) && rd.toks[k].Start < start {
		k++
	}
	if k > 0 && k < len(rd.toks) && selfPossessives[rd.toks[k-1].S] && !rd.toks[k].Brk {
		return true // "uska 0308 6651729 h. mera 0333 1120458 h agar chahiye" (C310-012)
	}
	for _, h := range rd.pick([]string{kindAnswer}, "own_number") {
		if h.neg || h.j > k || k-h.j > 2 && !rd.saysOfNumber(h.j, k) || k > h.j && h.j < len(rd.toks) && rd.toks[h.j].Brk {
			continue // not "my number, his is 0345…": a break, then words before the number
		}
		brk := false
		for m := h.j; m < k && m < len(rd.toks); m++ {
			brk = brk || rd.toks[m].Brk && m > h.j
		}
		if !brk && (k >= len(rd.toks) || !rd.toks[k].Brk || k == h.j) {
			return true
		}
	}
	return false
}

// selfPossessives are "my" said right before a number.
var selfPossessives = mustClass("self_possessives")

// saysOfNumber reports the words toks[i:k] between an own-number phrase
// and a number as said of that number ("mera apna no ye h jis se msg kr
// rha 0349…", C291-014): at most eight, in one clause, with no number and
// no word of an agent among them.
func (rd *Reading) saysOfNumber(i, k int) bool {
	if k-i > 8 {
		return false
	}
	for m := i; m < k; m++ {
		if rd.toks[m].Brk || rd.toks[m].Digits || agentWords[rd.toks[m].S] {
			return false
		}
	}
	return true
}

// OwnAfter reports that the number ending at byte offset end is the
// writer's own by what follows it in its clause ("aur ye 0312 8840217 mera
// apna number h agar zaroorat ho", C85-002): an own-number phrase at most
// one word after it, with no other number after the phrase in the clause
// ("0345… aur mera number 0300…" says the next one is).
func (rd *Reading) OwnAfter(end int) bool {
	k := 0
	for k < len(rd.toks) && rd.toks[k].End <= end {
		k++
	}
	for _, h := range rd.pick([]string{kindAnswer}, "own_number") {
		if h.neg || h.i < k || h.i-k > 1 || h.i > k && rd.toks[k].Brk || rd.toks[h.i].Brk {
			continue
		}
		more := false
		for m := h.j; m < len(rd.toks) && !rd.toks[m].Brk; m++ {
			more = more || rd.toks[m].Digits
		}
		if !more {
			return true
		}
	}
	return false
}

// SplitOwn parts phones (E.164, as triage reads them from this text) into
// those the text gives as the writer's own or their family's, to be reached
// on (OwnAt, OwnAfter: "Mera number 0300-1188452 hai agar zaroorat ho",
// "0312 8840217 mera apna number h"), and the others: no agent's number is
// among the own ones.
func (rd *Reading) SplitOwn(phones []string) (own, others []string) {
	mine := map[string]bool{}
	for _, loc := range DigitRun.FindAllStringIndex(rd.Text, -1) {
		if d := Digits(rd.Text[loc[0]:loc[1]]); len(d) >= 9 && (rd.OwnAt(loc[0]) || rd.OwnAfter(loc[1])) {
			mine[d[len(d)-9:]] = true
		}
	}
	for _, p := range phones {
		if d := Digits(p); len(d) >= 9 && mine[d[len(d)-9:]] {
			own = append(own, p)
		} else {
			others = append(others, p)
		}
	}
	return own, others
}

// OwnNumber reports words that say a number is the person's own.
func (rd *Reading) OwnNumber() bool { return rd.has(kindAnswer, "own_number") }

// More reports words that add to what was confirmed ("aur ye bhi").
func (rd *Reading) More() bool { return rd.has(kindAnswer, "more") }

// Unknown reports "don't know" ("pata nahi", "yaad nahi").
func (rd *Reading) Unknown() bool { return rd.has(kindAnswer, "unknown") }

// PlaceUnknown reports words that say where the person is is not known
// ("I don't know where we are", "pata nahi kahan hain", "پتا نہیں کہاں
// ہیں"), wherever in the answer they stand.
func (rd *Reading) PlaceUnknown() bool { return rd.has(kindAnswer, "place_unknown") }

// TellsBeyondUnknown reports an answer whose "don't know" ("abhi koi
// masla nahi bataya") leaves a clause of at least three words with none in
// it ("bas hamein dar hai, chahte hain wapas aa jaye"): an account in the
// person's own words follows what they do not know.
func (rd *Reading) TellsBeyondUnknown() bool {
	clause := rd.clauses()
	unknown := map[int]bool{}
	for _, h := range rd.pick([]string{kindAnswer}, "unknown") {
		unknown[clause[h.i]] = true
	}
	n := map[int]int{}
	for i := range rd.toks {
		if !unknown[clause[i]] {
			n[clause[i]]++
		}
	}
	for _, c := range n {
		if c >= 3 {
			return true
		}
	}
	return false
}

// UnknownLater reports a "don't know" only after the first clause
// ("عمران، کمپنی کا نہیں پتا"): the first clause answers.
func (rd *Reading) UnknownLater() bool {
	clause := rd.clauses()
	hs := rd.pick([]string{kindAnswer}, "unknown")
	for _, h := range hs {
		if clause[h.i] == 0 {
			return false
		}
	}
	return len(hs) > 0
}

// AllDenied reports an answer whose every option of set stands after a
// negation in its own clause ("no he has not sent passport or CNIC to
// them", "nahi, usne passport ya cnic nahi manga"), with one named at least.
func (rd *Reading) AllDenied(set string) bool {
	clauseOf := rd.clauses()
	n := 0
	for _, h := range rd.pick([]string{optionPrefix + set}) {
		if strings.HasPrefix(h.Key, "_") || h.Key == "none" {
			continue
		}
		if h.neg {
			n++
			continue
		}
		denied := false
		for k := h.i - 1; k >= 0 && clauseOf[k] == clauseOf[h.i]; k-- {
			denied = denied || rd.r.lex.IsNegation(rd.toks[k].S)
		}
		if !denied {
			return false
		}
		n++
	}
	return n > 0
}

// Denied reports an option of set that is named, and negated wherever it
// is ("cnic ki copy bheji thi bas, passport nai diya": the passport).
func (rd *Reading) Denied(set, key string) bool {
	n := 0
	for _, h := range rd.pick([]string{optionPrefix + set}, key) {
		if !h.neg {
			return false
		}
		n++
	}
	return n > 0
}

// UnknownWhether reports a "don't know whether… or not", or "don't know
// if…", over every option of set named ("pata nahi bhanjon ne passport diya ya nahi", "I don't know
// if he gave the passport or not", "پتا نہیں پاسپورٹ دیا یا نہیں"): what is
// named is not known. "passport diya tha, pata nahi wapis karega ya nahi"
// gave it.
func (rd *Reading) UnknownWhether(set string) bool {
	return rd.unknownWhether(set) || (set == "seen" || set == "docs") && rd.unsureAmong(set) || set == "seen" && rd.unknownThenWeak(set)
}

// unknownThenWeak reports an answer that opens with "don't know" and names
// only a weak option after it, told by kin ("pta nai, bhai ne bataya tha
// bs", A120-0059: a brother who told of it is no agent met): not known.
func (rd *Reading) unknownThenWeak(set string) bool {
	if !slices.ContainsFunc(rd.pick([]string{kindAnswer}, "unknown"), func(h found) bool { return h.i == 0 && !h.neg }) {
		return false
	}
	named := false
	for _, h := range rd.pick([]string{optionPrefix + set}) {
		if h.neg || strings.HasPrefix(h.Key, "_") {
			continue
		}
		kin := slices.ContainsFunc(rd.pick([]string{optionPrefix + "whom"}, "other"), func(o found) bool { return !o.neg && o.j <= h.i && h.i-o.j <= 1 })
		if !rd.r.weak[set][h.Key] || !kin {
			return false // (not "pta nai, agent khud ghar aya tha": he came)
		}
		named = true
	}
	return named
}

// DoubtOver reports a "not sure" that governs one of set's options in its
// own clause ("I'm not sure I want them to contact me", "pata nahi rabta
// karna theek hai"): the option named is what they doubt, not their
// answer. A doubt in a clause of its own ("pata nahi, jo aap behtar
// samjhein") leaves the option after it the answer.
func (rd *Reading) DoubtOver(set string) bool {
	clauseOf := rd.clauses()
	for _, u := range rd.pick([]string{kindAnswer}, "unknown") {
		if u.neg {
			continue
		}
		for _, h := range rd.pick([]string{optionPrefix + set}) {
			if h.i >= u.j && !strings.HasPrefix(h.Key, "_") && clauseOf[h.i] == clauseOf[u.i] {
				return true
			}
		}
	}
	return false
}

// OpensNotMine reports an answer that opens by denying it is the writer's
// own ("Not mine. The boys gave him passports", C220-010; "mera nahi"):
// asked for their own papers, none of theirs was given. One of their own
// named after it ("meri nahi, beti ka passport diya tha") gave them for
// the family.
func (rd *Reading) OpensNotMine() bool {
	for _, h := range rd.pick([]string{kindAnswer}, "not_mine") {
		if h.i == 0 && !h.neg {
			return !slices.ContainsFunc(rd.pick([]string{optionPrefix + "whom"}, "other"), func(o found) bool { return !o.neg && o.i >= h.j })
		}
	}
	return false
}

// NotMeButOther reports "not me" turned to someone else ("mujhe nahi, mere
// bhai ko call kar lena", "not me, call my brother"): what follows names
// another person to reach, not the writer.
func (rd *Reading) NotMeButOther() bool {
	for _, n := range rd.pick([]string{kindAnswer}, "not_me") {
		if n.neg || slices.ContainsFunc(rd.pick([]string{kindAnswer}, "unknown"), func(u found) bool { return u.i <= n.i && u.j > n.i }) {
			continue // "mujhe nahi pata": a don't-know
		}
		for _, h := range rd.pick([]string{optionPrefix + "whom"}, "other") {
			if h.i >= n.j {
				return true
			}
		}
	}
	return false
}

// unsureAmong reports a "don't remember" beside two of set's options, or
// beside one with a "maybe" and an "or": "honestly can't remember, maybe
// whatsapp maybe fb", "shayad koi website thi ya app, theek se yaad nahi"
// (A41-0045, A41-0057, A42-0045): neither is known.
func (rd *Reading) unsureAmong(set string) bool {
	if rd.YesNo() == PolarNo {
		return false // "no we never gave the passport or the cnic"
	}
	at := -1
	for _, h := range rd.pick([]string{kindAnswer}, "unknown") {
		if !h.neg && !(h.j < len(rd.toks) && numberWords[rd.toks[h.j].S]) { // not "unknown number"
			at = h.i
			break
		}
	}
	if at < 0 {
		return false
	}
	var keys []string
	before, after := false, false
	for _, h := range rd.pick([]string{optionPrefix + set}) {
		if !h.neg && !strings.HasPrefix(h.Key, "_") && !slices.Contains(keys, h.Key) {
			keys = append(keys, h.Key)
			before, after = before || h.i < at, after || h.i > at
		}
	}
	if before && after {
		return false // "my brother handed over his passport, not sure about the card": the doubt is the card's
	}
	if len(keys) >= 2 && rd.plainAmong(set, at) {
		return false
	}
	hedged, or := false, false
	for _, t := range rd.toks {
		hedged = hedged || hedges[t.S]
		or = or || orWords[t.S]
	}
	return len(keys) >= 2 && (hedged || or) || len(keys) == 1 && hedged && or
}

// plainAmong reports one of set's options told in a clause with no doubt
// (no hedge, no "or", not the clause of the "not sure" at unsure), the
// others only in doubted clauses: "it was shared in a whatsapp group,
// maybe it was a facebook post before that, not sure" (C307-001) was
// seen on WhatsApp.
func (rd *Reading) plainAmong(set string, unsure int) bool {
	clauseOf := rd.clauses()
	doubted := map[int]bool{clauseOf[unsure]: true}
	for i, t := range rd.toks {
		if hedges[t.S] || orWords[t.S] {
			doubted[clauseOf[i]] = true
		}
	}
	plain := map[string]bool{}
	for _, h := range rd.pick([]string{optionPrefix + set}) {
		if !h.neg && !strings.HasPrefix(h.Key, "_") && !doubted[clauseOf[h.i]] {
			plain[h.Key] = true
		}
	}
	return len(plain) == 1
}

func (rd *Reading) unknownWhether(set string) bool {
	from, to := -1, -1
	for _, h := range rd.pick([]string{kindAnswer}, "unknown") {
		if !h.neg {
			from, to = h.i, h.j
			break
		}
	}
	if from < 0 {
		return false
	}
	either := false
	for _, h := range rd.pick([]string{kindAnswer}, "either_way") {
		either = either || h.i > from
	}
	for _, h := range rd.pick([]string{kindAnswer}, "conditional") {
		// "I don't remember if I sent the passport scan" (A37-0169): an
		// "if" right after the "don't know" asks whether, as "or not" does
		either = either || h.i == to
	}
	for _, h := range rd.pick([]string{optionPrefix + set}) {
		if h.i < from && !strings.HasPrefix(h.Key, "_") {
			return false
		}
	}
	return either
}

// AfterCorrection returns what follows the last self-correction in an
// answer that changes its mind ("I'd rather stay anonymous... actually, you
// can contact me", "haan rabta kar lein... nahi ruko, gumnaam rakhein",
// "g rabta kr lo... nai nai rehne do, anonymous hi rakho"): the answer is
// the one they settled on. It is "" when nothing was taken back.
func (rd *Reading) AfterCorrection() string {
	end := -1
	for _, h := range rd.pick([]string{kindAnswer}, "correction") {
		if h.i > 0 && h.j < len(rd.toks) {
			end = h.j
		}
	}
	for _, h := range rd.pick([]string{kindAnswer}, "no") {
		// "kuch cash kuch bank... nahi, sara cash hi diya tha" (C34-029):
		// a "no" that is a clause of its own, after something said and
		// before more, takes back what came before it
		if h.i > 0 && h.j == h.i+1 && h.j < len(rd.toks) && rd.toks[h.i].Brk && rd.toks[h.j].Brk && h.j > end {
			end = h.j
		}
	}
	if end < 0 {
		return ""
	}
	return strings.TrimLeft(rd.Text[rd.toks[end].Start:], " ,،;.-")
}

// ToldOthers reports an answer that opens with "don't know" and whose only
// words of asking tell what was said to someone else ("پتا نہیں کتنے، ابو
// کو بتایا تھا", "pata nahi kitne, abbu ko bataya tha", "don't know how
// much, they told my father", A7-0132): what was asked is not known to the
// one writing, only that another was told.
func (rd *Reading) ToldOthers() bool {
	hs := rd.pick([]string{kindAnswer}, "asked")
	if !rd.UnknownFirst() || len(hs) == 0 {
		return false
	}
	others := rd.pick([]string{optionPrefix + "whom"}, "other")
	for _, h := range hs {
		w := rd.toks[h.i].S
		if h.j-h.i != 1 || !toldVerbs[w] && w != "told" && w != "said" {
			return false
		}
		to := h.i > 0 && (rd.toks[h.i-1].S == "ko" || rd.toks[h.i-1].S == "کو" || rd.toks[h.i-1].S == "k")
		to = to || slices.ContainsFunc(others, func(o found) bool { return o.i == h.j || o.i == h.j+1 })
		if !to {
			return false
		}
	}
	return true
}

// UnknownFirst reports an answer that opens with "don't know" ("don't know
// the area, somewhere in the desert").
func (rd *Reading) UnknownFirst() bool {
	for _, h := range rd.pick([]string{kindAnswer}, "unknown") {
		// "Honestly I'm not sure. …" (C220-007): the first clause's
		return h.i <= 1 || h.i <= 3 && rd.clauses()[h.i] == 0 && !slices.ContainsFunc(rd.toks[:h.i], func(t Token) bool { return !unknownLeads[t.S] })
	}
	return false
}

// Skip reports a wish to skip the question ("skip", "chhoro", "nahi
// batana").
func (rd *Reading) Skip() bool {
	if rd.TellsLater() {
		return true
	}
	if !rd.has(kindAnswer, "skip") {
		return false
	}
	clauseOf := rd.clauses()
	if rd.Question() {
		// "ye zaroori h kya? chor do": a question, then the wish to skip
		// in a clause of its own at the end
		return len(rd.toks) > 0 && clauseOf[len(rd.toks)-1] > 0 && rd.skipClause(clauseOf, clauseOf[len(rd.toks)-1])
	}
	if rd.coveredBy(kindAnswer, "skip") >= 0.4 || rd.Words() <= 3 {
		return true
	}
	for _, h := range rd.pick([]string{kindAnswer}, "skip") {
		if h.i == 0 && h.j-h.i >= 2 && !h.neg {
			// "skip kr do abhi screenshot nai mil rha" (A10-0037): the
			// wish opens the message, the rest is why
			return true
		}
	}
	// "naam nahi batana, woh hamare rishtedar hain": the answer is the first
	// clause; "my phone is with the kafeel most of time, skip this"
	// (A9-0325): the last.
	last := clauseOf[len(rd.toks)-1]
	return rd.skipClause(clauseOf, 0) || last > 0 && rd.skipClause(clauseOf, last)
}

// TellsLater reports a message of one clause, with no number in it, that
// promises the answer later or once something is done ("i'll give it
// later", "thori der baad batata hun", "kal tak naya sim le lunga tab
// bataunga", "abba se pooch ke batata hun"): nothing is given now.
func (rd *Reading) TellsLater() bool {
	if rd.Lead() == PolarYes || rd.Question() {
		return false // "ہاں پیسے مانگے ہیں لیکن کہتا ہے پہلے میڈیکل کرواؤ پھر بتاؤں گا" (A12-0130)
	}
	verb, when := -1, false
	for i, t := range rd.toks {
		if t.Digits || i > 0 && t.Brk {
			return false
		}
		if tellLaterVerbs[t.S] && (!englishVerbs[t.S] || rd.englishFuture(i)) {
			verb = i
		}
		when = when || tellLaterWhen[t.S]
	}
	return verb >= 0 && when
}

// englishFuture reports an English verb at i said of the writer's future
// ("i'll give", "I will send", "let me check and tell").
func (rd *Reading) englishFuture(i int) bool {
	for k := max(0, i-4); k < i; k++ {
		if futureMarkers[rd.toks[k].S] && (rd.toks[k].S != "will" || k > 0 && rd.r.writer[rd.toks[k-1].S]) {
			return true // "will" of the writer's ("I will"), not the agent's ("he will tell")
		}
	}
	return false
}

var (
	tellLaterVerbs = mustClass("tell_later_verbs")
	tellLaterWhen  = mustClass("tell_later_when")
	englishVerbs   = mustClass("tell_later_en_verbs") // need a future before them
	futureMarkers  = mustClass("future_markers")
)

// skipClause reports whether words of skipping make most of clause c.
func (rd *Reading) skipClause(clauseOf []int, c int) bool {
	n, in := 0, 0
	for k := range rd.toks {
		if clauseOf[k] == c {
			n++
		}
	}
	for _, h := range rd.pick([]string{kindAnswer}, "skip") {
		for k := h.i; k < h.j; k++ {
			if clauseOf[k] == c {
				in++
			}
		}
	}
	return n > 0 && float64(in)/float64(n) >= 0.6
}

// FearsFoundOut reports a fear of what follows if they find out ("جگہ
// بتاؤں گا اور ان کو پتہ چل گیا تو وہ مجھے ماریں گے", A169-0252): why a
// thing is not told, no answer to the question.
func (rd *Reading) FearsFoundOut() bool { return rd.has(kindAnswer, "found_out_if") }

// SkipOnly reports a message that is nothing but a wish to skip ("pass on
// this one"): an option's words inside it ("on this" of the contact
// question) name no option.
func (rd *Reading) SkipOnly() bool {
	return rd.Skip() && rd.coveredBy(kindAnswer, "skip") >= 1
}

// Done reports that the person has nothing more to send ("bas", "that's
// all", "bas yehi hai", "aur kuch nahi hai mere paas"). A message with
// numbers in it, or a long one that is mostly other words, is more of the
// offer ("bas ye dekhen, 0300…").
func (rd *Reading) Done() bool {
	if p, end := rd.lead(); p == PolarNo && end < len(rd.toks) {
		// "no thats all", "nahi bas yehi tha": the no answers "anything
		// more?"; what follows says it again.
		if rest := rd.r.Read(rd.Text[rd.toks[end].Start:]); rest.Done() || rest.has(kindAnswer, "nothing") && rest.Words() <= 5 {
			return true // "nhi kuch nai, shukriya" (A25-0036)
		}
	}
	if rd.has(kindAnswer, "just_ask") {
		return false // "bs ye poochna tha k ab wapis kaise aaye" (C518-029): a question, not done
	}
	if !rd.has(kindAnswer, "done") || rd.QuestionFirst() {
		return false // "Why do you need the whole ad?" (A112-0039): asked, not done
	}
	for _, t := range rd.toks {
		if t.Digits {
			return false
		}
	}
	if !slices.ContainsFunc(rd.pick([]string{kindAnswer}, "done"), func(h found) bool { return !rd.verbOfAnother(h) }) {
		return false // "page band ho gya" (A39-0035): the page is closed, the offer not done
	}
	if rd.coveredBy(kindAnswer, "done") >= 0.5 {
		return true
	}
	// "ok done now", "done thanks": nothing but the done and polite words.
	if rd.Words() <= 5 {
		in := make([]bool, len(rd.toks))
		for _, h := range rd.pick([]string{kindAnswer, kindAside}, "done", "yes", "thanks", "greeting") {
			for k := h.i; k < h.j; k++ {
				in[k] = !h.neg
			}
		}
		polite := true
		for k, t := range rd.toks {
			polite = polite && (in[k] || doneFillers[t.S])
		}
		if polite {
			return true
		}
	}
	// A phrase that says it ("that's all", "aur kuch nahi hai mere paas")
	// may come with reasons; a lone "bas" in a long message is not it.
	send, given := rd.r.lex.Class("bhej"), rd.r.lex.Class("diya")
	for _, h := range rd.pick([]string{kindAnswer}, "done") {
		if h.j-h.i < 2 || h.neg {
			continue
		}
		if rd.verbOfAnother(h) {
			continue
		}
		bare := true // "bhej diya" alone, in an account ("… مجھے واپس بھیج دیا", C63-015), sends someone back, not the offer
		for k := h.i; k < h.j; k++ {
			bare = bare && (send[rd.toks[k].S] || given[rd.toks[k].S])
		}
		if bare && rd.Words() > 6 {
			continue
		}
		return rd.Words() <= 40
	}
	return false
}

// verbOfAnother reports a done phrase that opens with "ho" after a word
// it is the verb of ("page band ho gya", "number block ho gaya").
func (rd *Reading) verbOfAnother(h found) bool {
	return h.i > 0 && !rd.toks[h.i].Brk && doneVerb[rd.toks[h.i].S] && !doneOpeners[rd.toks[h.i-1].S] && !doneFillers[rd.toks[h.i-1].S]
}

// doneVerb opens "ho gaya" ("it is done"); doneOpeners may stand before
// it in a done ("bas ho gaya", "sab ho gaya"); any other word before it
// makes it that word's verb ("page band ho gya", "number block ho gaya").
var (
	doneVerb    = mustClass("done_verb")
	doneOpeners = mustClass("done_openers")
)

// EndsDone reports more of the offer whose last clause says it is all
// ("link tha oec-jobs.online, bas", "his number is 0300…. that's all",
// "دفتر صدر میں ہے، بس اتنا ہی"): what comes before is kept, and nothing
// more is to come. The last clause must be the done and polite words only
// ("…, kaam ho gaya" is not it).
func (rd *Reading) EndsDone() bool {
	cl := rd.clauses()
	n := len(rd.toks)
	if n < 2 || cl[n-1] == 0 {
		return false
	}
	i := n - 1
	for i > 0 && cl[i-1] == cl[n-1] {
		i--
	}
	head := rd.r.Read(rd.Text[:rd.toks[i].Start])
	if p, end := head.lead(); head.Done() || head.Skip() || p != PolarNone && end >= len(head.toks) {
		return false // "nahi bas, yehi tha", "no, that's all": all of it says done
	}
	tail := rd.r.Read(rd.Text[rd.toks[i].Start:])
	if tail.Words() > 6 || !tail.has(kindAnswer, "done") {
		return false
	}
	in := make([]bool, len(tail.toks))
	for _, h := range tail.pick([]string{kindAnswer}, "done") {
		for k := h.i; k < h.j; k++ {
			in[k] = !h.neg
		}
	}
	for k, t := range tail.toks {
		if !in[k] && !doneFillers[t.S] {
			return false
		}
	}
	return true
}

// SaysSum reports a message with a number or a word of a sum in it ("50
// hazar", "تین لاکھ", "half"), read or not as an amount.
func (rd *Reading) SaysSum() bool {
	for i, t := range rd.toks {
		if t.S == "k" && (i == 0 || !rd.toks[i-1].Digits) {
			continue // "survey k liye" (A10-0138): "ke", not thousands
		}
		if t.Digits && len(t.S) == 4 && strings.HasPrefix(t.S, "03") {
			continue // "us 0349 wale number pe" (C216-009): a phone's prefix, no sum
		}
		if i+1 < len(rd.toks) && countNouns[rd.toks[i+1].S] && (!t.Digits || smallCount(t.S)) {
			continue // "cash in three instalments" (C90-022), "2 dafa" (C490-006): how many times, no sum
		}
		if i+1 < len(rd.toks) && (peopleNouns[rd.toks[i+1].S] || peopleNouns[rd.r.lex.Canon(rd.toks[i+1].S)]) {
			continue // "2 bande gawah b the" (C286-003): how many people, no sum
		}
		if articleWords[t.S] && !(i+1 < len(rd.toks) && (sumWords[rd.toks[i+1].S] || rd.toks[i+1].Digits)) {
			continue // "ایک سادہ کاغذ پر لکھ کر" (C285-003): "a", no sum
		}
		if t.Digits || sumWords[t.S] || sumWords[rd.r.lex.Canon(t.S)] {
			return true
		}
	}
	return false
}

// smallCount is a number of times or parts written in digits ("2 dafa",
// "3 qiston mein"): one or two digits, no more than 12.
func smallCount(s string) bool {
	n, err := strconv.Atoi(s)
	return err == nil && len(s) <= 2 && n > 0 && n <= 12
}

// articleWords are "one" said as "a" ("ek banda", "ایک کاغذ"): a sum only
// before a word of one ("ek lakh", "ایک ہزار").
var articleWords = mustClass("article_ones")

// Hedged reports a guess said with the answer ("shayad", "I think",
// "شاید").
func (rd *Reading) Hedged() bool { return rd.has(kindAnswer, "hedge") }

// unknownLeads may open a "don't know" ("honestly I'm not sure").
var unknownLeads = mustClass("unknown_leads")

// countNouns count payments, not money ("three instalments", "do qiston").
var countNouns = mustClass("count_nouns")

// sumWords name a sum or a number in words.
var sumWords = mustClass("sum_words")

// sumUnits are the words of a sum's size ("lakh", "ہزار").
var sumUnits = mustClass("sum_units")

// sumAt reports a sum said from token k: digits, or a word of a sum within
// two words ("جی دو لاکھ", "ji 2 lakh").
func (rd *Reading) sumAt(k int) bool {
	for i := k; i < len(rd.toks) && i <= k+2; i++ {
		if i > k && rd.toks[i].Brk {
			break
		}
		if rd.toks[i].Digits || sumUnits[rd.toks[i].S] {
			return true
		}
	}
	return false
}

// doneFillers are words that say nothing beside a "done" ("done now",
// "bas ab").
var doneFillers = mustClass("done_fillers")

// Confirm reports "send it", "sab theek hai", and a plain yes.
func (rd *Reading) Confirm() bool {
	if rd.cancelSaid() || rd.has(kindAnswer, "change") || rd.Asking() {
		return false
	}
	return rd.has(kindAnswer, "confirm") || rd.YesNo() == PolarYes
}

// WishesSecrecy reports a wish that no one find out ("کسی کو پتا نہ چلے کہ
// یہ میں نے بتایا ہے", answers secrecy), said as no question.
func (rd *Reading) WishesSecrecy() bool { return !rd.Question() && rd.has(kindAnswer, "secrecy") }

// unsureVerbs are the verbs of a guess ("think", "lagta"): a yes made of
// them and negated ("I don't think so") is unsure, no "no".
var unsureVerbs = mustClass("unsure_verbs")

// orYes are yes-words that are also Roman Urdu's "or" ("ya", "yah").
var orYes = mustClass("or_yes")

// Asking reports a message that asks or says it did not understand, with
// no yes opening it ("confirm what? i dont understand", "who are you guys
// exactly", "kya pakka delete ho jaye ga ya FIA ke pas copy rahe gi?",
// A13-0219, A13-0358, A13-0359): whatever yes-word it holds, it agrees to
// nothing — a report is not sent, data is not erased, on a question.
func (rd *Reading) Asking() bool {
	return rd.Aside() == "unclear" || rd.Question() && (rd.Lead() != PolarYes || rd.opensWithQuestionWord())
}

// NoAdvert reports an answer that says there is no advert to send ("اشتہار
// میرے پاس نہیں", "he only told me verbally", "screenshot nai mil raha,
// chhoro isko"): the offer is told, or asked about, in the questions.
func (rd *Reading) NoAdvert() bool { return rd.has(kindAnswer, "no_advert") }

// PutOff reports an answer that opens with a no or a "not yet" and puts
// the thing after something else ("not yet, he said the fee comes after
// the interview", "abhi nai manga, bola pehle interview hoga"): nothing so
// far.
func (rd *Reading) PutOff() bool {
	if l := rd.Lead(); l != PolarNo && l != PolarNotYet {
		return false
	}
	if rd.Contrast() {
		// "ابھی تک نہیں مانگے لیکن کہا ہے کہ بعد میں خرچہ آئے گا"
		// (A117-0128): not yet, but later; a sum after the "but" is one
		// asked ("nahi, lekin 2 lakh bola")
		after := rd.r.Read(strings.TrimPrefix(rd.Text, rd.BeforeContrast()))
		return !after.SaysSum() && (after.has(kindAnswer, "then") || slices.ContainsFunc(after.toks, func(t Token) bool { return putOffWords[t.S] }))
	}
	return rd.has(kindAnswer, "then") || rd.has(kindAnswer, "after_done") || slices.ContainsFunc(rd.toks, func(t Token) bool { return putOffWords[t.S] })
}

var putOffWords = mustClass("put_off_words")

// PleaFirst reports an answer that opens with "please" ("please, my
// husband checks my phone", "plz"): asked yes or no, a plea is a yes.
func (rd *Reading) PleaFirst() bool {
	for _, h := range rd.pick([]string{kindAnswer}, "plea") {
		return h.i == 0 && !rd.negative(h.i, len(rd.toks))
	}
	return false
}

// AfterDone reports a yes put off until something is done ("yes but only
// after my report has gone through", "report chali jaye to kar dena"):
// nothing is to be done now.
func (rd *Reading) AfterDone() bool { return rd.has(kindAnswer, "after_done") }

// OnlyLater reports an answer that only puts it off ("baad me", "later",
// "بعد میں"): nothing given now.
func (rd *Reading) OnlyLater() bool {
	return rd.Words() <= 3 && rd.has(kindAnswer, "then") && rd.AnswerShare() >= 0.99
}

// QuestionFirst reports a question whose first word asks ("کیا یہ بعد میں
// واپس آ سکتا ہے؟"): whatever words of yes, no or later follow, it asks.
func (rd *Reading) QuestionFirst() bool { return rd.Question() && rd.opensWithQuestionWord() }

// opensWithQuestionWord reports a text whose first word asks ("what
// exactly gets deleted?", "kya bilkul sab delete ho jayega?"): a word of
// yes after it ("exactly", "bilkul") says how, it agrees to nothing.
func (rd *Reading) opensWithQuestionWord() bool {
	for _, h := range rd.pick([]string{kindAnswer}, "question_words") {
		return h.i == 0
	}
	return false
}

// Change reports a wish to change an answer; field is the answer named
// ("country galat hai" → country), or "".
func (rd *Reading) Change() (field string, ok bool) {
	if !rd.has(kindAnswer, "change") {
		return "", false
	}
	for _, h := range rd.pick([]string{kindField}) {
		return h.Key, true
	}
	return "", true
}

// Field returns the answer a text names ("country", "the amount"), or "".
func (rd *Reading) Field() string {
	for _, h := range rd.pick([]string{kindField}) {
		return h.Key
	}
	return ""
}

// NoNumberOfMine reports a writer with no number of their own to be called
// on ("میرا کوئی نمبر نہیں", "i dont have a phone").
func (rd *Reading) NoNumberOfMine() bool { return rd.has(kindAnswer, "no_number") }

// RefusesCallsToMe reports calls refused to the writer themself, the
// refusal beside a word for them ("مجھے فون نہ کریں", "mujhe call mat
// karna", "don't call me"); not calls to someone else refused ("bhai ko
// call mat krna") or a phone someone else lacks ("the family has no
// phone").
func (rd *Reading) RefusesCallsToMe() bool {
	me := rd.pick([]string{kindAnswer}, "to_me")
	for _, h := range rd.pick([]string{optionPrefix + "contact"}, "_not", "_never") {
		// the word for them inside the refusal, or right before it in
		// its clause ("call me on my number, don't call her" refuses
		// calls to her, C61-006)
		if !h.neg && slices.ContainsFunc(me, func(t found) bool { return t.i < h.j && h.i < t.j || t.j == h.i && !rd.toks[h.i].Brk }) {
			return true
		}
	}
	return false
}

// Marks reports whether the text names a phrase of set's list key, one of
// the lists that name no option of their own (conversation.json's "_not",
// "_message": calls refused, a wish to be written to).
func (rd *Reading) Marks(set, key string) bool {
	for _, h := range rd.pick([]string{optionPrefix + set}, key) {
		if !h.neg {
			return true
		}
	}
	return false
}

// NamesOption reports a phrase of one of set's options, said or denied
// ("passport nahi diya" names the passport; "کھولی نہیں" names none).
func (rd *Reading) NamesOption(set string) bool {
	return slices.ContainsFunc(rd.pick([]string{optionPrefix + set}), func(h found) bool { return !strings.HasPrefix(h.Key, "_") })
}

// OpensWithNothing reports a text that opens with "nothing", "kuch nahi",
// "کچھ نہیں": whatever follows, it answers with none.
func (rd *Reading) OpensWithNothing() bool {
	for _, h := range rd.pick([]string{kindAnswer}, "nothing") {
		return h.i == 0
	}
	return false
}

// Cancel reports "cancel", "mat bhejo".
func (rd *Reading) Cancel() bool {
	return rd.cancelSaid() && !(rd.Question() && rd.othersThing())
}

// cancelSaid reports a cancel word that is not a plea to stop someone:
// "yes this is right, please stop him", "usay roko", "ایجنٹ کو روکیں" ask
// that the agent be stopped and confirm the report (C22-003).
func (rd *Reading) cancelSaid() bool {
	for _, f := range rd.pick([]string{kindAnswer}, "cancel", "stop_someone") {
		if f.Key == "cancel" && !f.neg {
			return true
		}
	}
	return false
}

// othersThing reports a thing of someone else's named in the text ("their
// licence", "unka account", "اس کا دفتر"): a question whether an officer
// will cancel it asks about the agent, it does not cancel the report
// (C19-003).
func (rd *Reading) othersThing() bool {
	for k, t := range rd.toks {
		if othersWords[t.S] {
			return true
		}
		if k+1 < len(rd.toks) && (t.S == "ان" || t.S == "اس" || t.S == "un" || t.S == "us") && rd.r.lex.Class("ka")[rd.toks[k+1].S] {
			return true
		}
	}
	return false
}

var othersWords = mustClass("others_words")

// FirstOfTwo returns the option of set named first when two are offered
// as alternatives ("Here on telegram, or my number 0331…", C291-022):
// the one said first is the one wanted, the other kept beside it.
func (rd *Reading) FirstOfTwo(set string) (string, bool) {
	hs := rd.pick([]string{optionPrefix + set})
	for a := 0; a < len(hs); a++ {
		if hs[a].neg || strings.HasPrefix(hs[a].Key, "_") {
			continue
		}
		for b := a + 1; b < len(hs); b++ {
			if hs[b].Key == hs[a].Key || hs[b].neg {
				continue
			}
			for k := hs[a].j; k < hs[b].i; k++ {
				if rangeOr[rd.toks[k].S] && rd.toks[k].S != "to" && rd.toks[k].S != "se" {
					return hs[a].Key, true
				}
			}
			return "", false
		}
	}
	return "", false
}

// Option returns the option of set (conversation.json "options") that the
// text names, and whether one is. A named option that is negated
// ("facebook pe nahi, whatsapp pe") does not count. Where several are
// named, one marked "only" ("sirf shanakhti card") wins, then those of the
// first clause that names any ("passport unke paas hai, CNIC mere paas"),
// then prefer (in order); documents' passport with CNIC in one clause is
// "both".
func (rd *Reading) Option(set string, prefer ...string) (string, bool) {
	if before, after, ok := rd.Turned(); ok {
		// "whatsapp pe dekha tha... nahi ghalat, facebook pe dekha tha"
		// (A7-0055): an option taken back for another, the last said wins
		if v, ok := rd.r.readPlain(after).Option(set, prefer...); ok {
			if b, ok := rd.r.readPlain(before).Option(set, prefer...); ok && b != v {
				return v, true
			}
		}
	}
	if set == "whom" && slices.ContainsFunc(rd.pick([]string{optionPrefix + set}, "_unrelated"), func(h found) bool { return !h.neg }) {
		return "other", true // "main truck driver hun, bacha mera kuch nahi lagta" (C291-021): one the writer saw, no kin
	}
	if set == "whom" && rd.has(optionPrefix+set, "_self_and") {
		return "self", true // "mein khud aur mera bhai", "me and my brother" (C34-006): the writer is among them
	}
	if set == "consent" && rd.yesAfterContrast(set) {
		return "yes", true
	}
	clauseOf := rd.clauses()
	var named, returned []string
	firstClause := -1
	kept := false  // a document said to be with the writer or their kin
	hours := false // work day and night told, with no other plight
	for _, h := range rd.pick([]string{optionPrefix + set}) {
		if set == "what" && h.Key == "_hours" && !h.neg {
			hours = true // "raat din kaam karwate hain, chutti koi nahi" (A171-0277)
			continue
		}
		plainCare := h.Key == "discreet" // care named as such, not read from a time, a listener or a wish
		if k, ok := strings.CutPrefix(h.Key, "_back_"); ok {
			// "_back_passport": a document given back yields to one they
			// still hold ("gave back the passport, he still has the CNIC
			// copy"); alone it is still the one given ("passport diya tha,
			// wapas mil gaya"); one not given back is theirs ("passport
			// wapas nahi kiya").
			if !h.neg {
				if !slices.Contains(returned, k) {
					returned = append(returned, k)
				}
				continue
			}
			h.Key, h.neg = k, false
		}
		if set == "docs" && h.Key == "_else" && !h.neg {
			// "sent his passport photo, nothing else": nothing besides the
			// paper named; said alone, nothing at all
			if rd.NamesOption(set) {
				continue
			}
			h.Key = "none"
		}
		if set == "contact" && h.Key == "_only_msg" && !h.neg {
			if rd.hereBeside(h) {
				continue // "here in sms only": where, not a wish for care
			}
			h.Key = "discreet" // "sms only pls, dont call"
		}
		if set == "contact" && h.Key == "_only_this" && !h.neg {
			h.Key = "here" // "i only have this one", "sirf yahi number hai": the number written from
		}
		if set == "contact" && h.Key == "_self" && !h.neg {
			h.Key = "none" // "don't call at all, I'll message you myself": they will write; no one reaches them
		}
		if set == "contact" && h.Key == "_overhear" && !h.neg {
			if slices.ContainsFunc(rd.pick([]string{optionPrefix + set}, "here"), func(x found) bool { return x.j != h.i }) {
				// "yahin chat pe baat kar lo, call pe ghar wale sun lenge"
				// (C31-032), "sms here only. no call, owner hears" (C18-008):
				// why a call will not do; here is the safe way
				continue
			}
			h.Key = "discreet" // "call karna, lekin madam sun legi"; "yahan log sunte hain": where the listeners are (A14-0308)
		}
		if set == "contact" && h.Key == "_care" && !h.neg {
			h.Key = "discreet" // "dont send msgs in day time", "i delete chat after"
		}
		if set == "contact" && h.Key == "_unaware" && !h.neg {
			if rd.hereNamedApart(clauseOf, h, true) && !rd.onlyHere() {
				// "یہیں ٹیلیگرام پر۔ سسرال والوں کو نہیں پتا کہ میں نے یہاں
				// لکھا ہے" (C376-020): here, and why it must be here; the
				// "یہاں" of what they do not know is no way to be reached
				// ("صرف میسج کریں، سسرال والوں کو نہیں پتہ کہ میں نے یہاں لکھا
				// ہے", C41-020: discreet)
				continue
			}
			h.Key = "discreet" // "ghar walon ko nahi pata": no one at home may know
		}
		if set == "contact" && h.Key == "_time" && !h.neg && rd.timeIsCare(h) {
			h.Key = "discreet" // "sirf sham ko", "sham ko" alone: reached with care
		}
		if set == "contact" && h.Key == "_night" && !h.neg && rd.nightIsCare(h) {
			if rd.hereNamedApart(clauseOf, h, false) && !rd.onlyHere() && !rd.Contrast() {
				// "yahin chat me, raat ko free hota hun" (C387-032): here, and
				// when; "only message here, at night after 1am" (C58-006) is
				// care, the "only" its sign, and "whatsapp pe hi, lekin raat ko
				// jab supervisor chala jaye" (A144-0320) the "but"
				continue
			}
			h.Key = "discreet" // "raat ko call karna", "only at night"
		}
		if h.neg || strings.HasPrefix(h.Key, "_") {
			continue // "_not": a longer phrase that names no option ("passport banwane ke liye")
		}
		if set == "docs" && rd.keptWithUs(clauseOf, h) {
			kept = true
			continue // "passport abhi bete k pas h, shanakhti card ki copy di h" (C177-033): the passport was kept
		}
		if set == "docs" && h.Key != "none" && rd.sendingDenied(clauseOf, h) {
			continue // "He hadn't sent the passport copy yet. nothing sent" (C472-001)
		}
		if set == "docs" && h.Key == "none" && h.i > 0 && clauseOf[h.i-1] == clauseOf[h.i] && notPapers[rd.toks[h.i-1].S] {
			continue // "cnic ki pic bhej di thi … location nai bheji" (C477-014): the location was not sent
		}
		if set == "whom" && h.Key == "self" && rd.postposition(h) {
			continue // "اسے ایک کمرے میں بند رکھا ہے": "in" the room, not "I" (C18-018)
		}
		if set == "whom" && rd.greeted(h) {
			continue // "السلام علیکم بھائی، سن رہے ہیں؟" (A168-0294): the one greeted
		}
		if set == "contact" && h.Key == "number" && rd.phoneOfOther(clauseOf, h) {
			continue // "یہ فون میرے بھتیجے کا ہے، اسی پر میسج کریں" (C310-016): whose phone it is
		}
		if set == "contact" && h.Key == "discreet" {
			// ("call me, but don't say who you are if someone else picks
			// up", A88-0302: someone else on the phone, if it comes to it,
			// is the care, not their time)
			if rd.othersTime(clauseOf, clauseOf[h.i]) && !rd.conditional(clauseOf, clauseOf[h.i]) || rd.alsoAllowed(h) || rd.nameKept(clauseOf, h) || rd.othersPhoneWatched(h) || rd.tellerKept(clauseOf, h) {
				continue
			}
			if rd.othersCare(clauseOf, h) {
				// "message me here on telegram only. dont call his number,
				// they check the phones" (C482-015): the phones watched are
				// the one held's; here is the way
				continue
			}
			if plainCare && rd.hereLeads(clauseOf, h) {
				continue // "Talk to me here. … they check the phones" (C313-016): here, the care its reason
			}
			return h.Key, true // "here, but so that no one understands": discreet, in any clause
		}
		if h.i > 0 && onlyWords[rd.toks[h.i-1].S] && !rd.toks[h.i].Brk {
			if set != "contact" {
				return h.Key, true
			}
			// "sirf yahan msg karein, ghar me kisi ko nahi pata": only
			// here, but those at home must not know (C16-020); "only here,
			// they check the phone" is here, the safe way (C14-007)
			if rd.has(optionPrefix+set, "_unaware") || rd.has(optionPrefix+set, "_care") {
				return "discreet", true // "only here and dont send msgs in day time" (C26-007)
			}
			return h.Key, true
		}
		if firstClause < 0 {
			firstClause = clauseOf[h.i]
		}
		// A situation is every one told ("passport rakh liya, bahar nahi jane
		// dete": the worst decides); of other sets, the first clause that
		// names one answers ("passport unke paas hai, CNIC mere paas").
		if (clauseOf[h.i] == firstClause || set == "what" && !rd.conditionalAt(clauseOf, h.i)) && !slices.Contains(named, h.Key) {
			// but "…, mana karo to marte hain" is what happens if they
			// refuse; what comes before a "warna" is told ("logon ko scam
			// krna parta h warna maarte hain", A143-0278)
			named = append(named, h.Key)
		}
	}
	if hours && len(named) == 0 {
		// (beside a lock, the lock: "din raat kaam krwate hain … kamre ko
		// tala laga dete hain", C397-020)
		return "forced_work", true
	}
	if kept && len(named) == 0 && len(returned) == 0 {
		return "none", true // "passport mere paas hai": nothing handed over
	}
	if strong := slices.DeleteFunc(slices.Clone(named), func(k string) bool { return rd.r.weak[set][k] }); len(strong) > 0 {
		named = strong // "a friend forwarded it on whatsapp": where it was seen, not who passed it on
	} else if len(named) > 0 && set == "seen" && slices.ContainsFunc(rd.toks, func(t Token) bool { return forwardWords[t.S] }) &&
		!slices.ContainsFunc(rd.toks, func(t Token) bool { return inPersonWords[t.S] }) {
		// the one who passed it on (a word of forwarding: not the agent met
		// in person who "also posts on tiktok", C184-013, nor one who came
		// himself and whose boys share his videos, C222-013), then where, in a
		// clause of its own: "my
		// neighbour forwarded it to me, came on her whatsapp" (A134-0046),
		// "گاؤں والے گروپ میں کسی نے شیئر کیا تھا، فیس بک والا" (A135-0048)
		for _, h := range rd.pick([]string{optionPrefix + set}) {
			if !h.neg && !strings.HasPrefix(h.Key, "_") && !rd.r.weak[set][h.Key] {
				named = []string{h.Key}
				break
			}
		}
	}
	if set == "docs" && len(named) == 1 && named[0] != "both" {
		// "he sent the CNIC also, for the police certificate. So both": a
		// later clause that sums up as both says so (C19-001)
		for _, h := range rd.pick([]string{optionPrefix + set}, "both") {
			if !h.neg && clauseOf[h.i] > firstClause {
				return "both", true
			}
		}
	}
	if set == "docs" && len(named) == 1 {
		// "Passport is with them for the visa, CNIC copy also": a later
		// clause that adds a document with "also" gave it too.
		for _, h := range rd.pick([]string{optionPrefix + set}) {
			if !h.neg && clauseOf[h.i] != firstClause && (h.Key == "passport" || h.Key == "cnic") && !slices.Contains(named, h.Key) &&
				(rd.alsoIn(clauseOf, clauseOf[h.i]) || rd.listItem(clauseOf, h) || rd.addedClause(clauseOf, clauseOf[h.i]) || rd.paperGivenAfter(clauseOf, h) ||
					rd.heldByThem(clauseOf, clauseOf[h.i])) {
				named = append(named, h.Key)
			}
		}
	}
	onlyNone := slices.ContainsFunc(rd.pick([]string{optionPrefix + set}, "none"), func(h found) bool {
		return !h.neg && (onlyWords[rd.toks[h.i].S] || h.i > 0 && onlyWords[rd.toks[h.i-1].S])
	})
	if set == "docs" && onlyNone && len(named) > 1 && slices.Contains(named, "none") && slices.ContainsFunc(named, func(k string) bool { return k == "passport" || k == "cnic" || k == "both" }) {
		// "sirf photos aur shanakhti card ka number diya tha" (A85-0177):
		// only photos beside a document named is the document
		named = slices.DeleteFunc(named, func(k string) bool { return k == "none" })
	}
	if set == "docs" && slices.Contains(named, "none") && rd.papersDenied(clauseOf) {
		// "he didnt send the cnic or passport either" (C468-001 stored
		// both): the papers named are what was not sent
		return "none", true
	}
	if len(named) == 0 {
		named = returned
	}
	if len(named) == 0 && set == "seen" && rd.has(optionPrefix+set, "_link") {
		// "a link": a website, unless they say where the link was shared
		// ("link was shared in a facebook group": Facebook, C15-001)
		named = []string{"website"}
	}
	switch {
	case len(named) == 0:
		return "", false
	case len(named) == 1:
		return named[0], true
	case set == "docs" && slices.Contains(named, "passport") && slices.Contains(named, "cnic"):
		return "both", true
	}
	if set == "seen" {
		if k, ok := rd.sharedIn(); ok {
			// "a google form link shared in a facebook group" (C254-002):
			// where the link was shared is where the offer was seen
			return k, true
		}
	}
	for _, p := range prefer {
		// "passport_taken|unpaid": as bad as each other, the one told
		// first ("4 months salary not paid and they kept his passport")
		alts := strings.Split(p, "|")
		for _, k := range named { // in the order written
			if slices.Contains(alts, k) {
				return k, true
			}
		}
	}
	return named[0], true
}

// othersPhoneWatched reports care whose phone is another's, beside a
// number of the writer's named ("میرے نمبر پر فون کریں، بیٹے کا فون وہ
// لوگ چیک کرتے ہیں", C446-017): the writer's own may be called.
func (rd *Reading) othersPhoneWatched(h found) bool {
	return h.i >= 2 && phoneWords[rd.toks[h.i].S] && genitiveWords[rd.toks[h.i-1].S] && !rd.toks[h.i-1].Brk && !rd.toks[h.i].Brk &&
		rd.has(optionPrefix+"contact", "number")
}

var phoneWords = mustClass("phone_words")

// othersCare reports care beside a wish that someone else not be called
// ("dont call him", "dont call his number"), after here was named, in a
// message that says nothing of the writer's own ("He messages me only at
// night secretly, please dont call him", C484-010): the care is theirs.
func (rd *Reading) othersCare(clauseOf []int, h found) bool {
	if !slices.ContainsFunc(rd.pick([]string{optionPrefix + "contact"}, "_other"), func(x found) bool { return !x.neg }) ||
		!slices.ContainsFunc(rd.pick([]string{optionPrefix + "contact"}, "here"), func(x found) bool { return !x.neg && x.i < h.i }) {
		return false
	}
	// not "here but carefully, my husband checks my phone, don't call
	// him": the writer's own care
	for _, x := range rd.pick([]string{optionPrefix + "contact"}, "here") {
		for k := range rd.toks {
			if clauseOf[k] == clauseOf[x.i] && careWords[rd.toks[k].S] {
				return false // "here, but carefully"
			}
		}
	}
	return !slices.ContainsFunc(rd.toks, func(t Token) bool { return kinOwners[t.S] }) && !rd.WishesSecrecy()
}

// sharedIn returns the place an offer was shared or posted in ("shared in
// a facebook group", "posted on tiktok"): a "seen" option right after a
// verb of sharing and its preposition.
func (rd *Reading) sharedIn() (string, bool) {
	for v := 0; v+2 < len(rd.toks); v++ {
		if !sharedVerbs[rd.toks[v].S] || !sharedPreps[rd.toks[v+1].S] {
			continue
		}
		for _, h := range rd.pick([]string{optionPrefix + "seen"}) {
			if !h.neg && !strings.HasPrefix(h.Key, "_") && (h.i == v+2 || h.i == v+3 && !rd.toks[v+2].Brk) {
				return h.Key, true
			}
		}
	}
	return "", false
}

// sharedVerbs and sharedPreps say where a link was put ("shared in",
// "posted on").
var (
	sharedVerbs = mustClass("shared_verbs")
	sharedPreps = mustClass("shared_preps")
)

// nameKept reports a wish for care that is of the name only ("میرا نام
// سامنے نہ آئے", "naam samne na aaye") beside "here" named in another
// clause ("یہیں چیٹ میں بتا دیں", C222-020): kept from the agent, reached
// here.
func (rd *Reading) nameKept(clauseOf []int, h found) bool {
	named := false
	for k := h.i - 1; k >= 0 && k >= h.i-3 && clauseOf[k] == clauseOf[h.i]; k-- {
		named = named || nameWords[rd.toks[k].S]
	}
	return named && slices.ContainsFunc(rd.pick([]string{optionPrefix + "contact"}, "here"), func(o found) bool {
		return !o.neg && clauseOf[o.i] != clauseOf[h.i]
	})
}

// tellerKept reports a wish for care that is of who told ("dhabay wale
// ko pata na chale k mene bataya", C448-033) beside a way to be reached
// named in another clause ("meri dukaan k number pe call kr lo"): the
// writer is kept from the one reported, and reached as they say.
func (rd *Reading) tellerKept(clauseOf []int, h found) bool {
	told := slices.ContainsFunc(rd.pick([]string{optionPrefix + "contact"}, "_teller"), func(t found) bool { return !t.neg && clauseOf[t.i] == clauseOf[h.i] && t.i >= h.i })
	return told && slices.ContainsFunc(rd.pick([]string{optionPrefix + "contact"}, "number", "here"), func(o found) bool {
		return !o.neg && clauseOf[o.i] != clauseOf[h.i]
	})
}

// hereBeside reports "here" said apart from a message-only phrase h
// ("here in sms only", "yahin sirf msg karein"), not the "sms" inside it.
func (rd *Reading) hereBeside(h found) bool {
	for _, o := range rd.pick([]string{optionPrefix + "contact"}, "here") {
		if !o.neg && (o.j <= h.i || o.i >= h.j) {
			return true
		}
	}
	return false
}

// alsoAllowed reports a time or way said to be fine as well ("call kar
// lein, raat ko bhi chalega", "رات کو بھی چلے گا", "even at night", "at
// night too"): more times to be reached, no wish to be reached with care.
func (rd *Reading) alsoAllowed(h found) bool {
	if h.j < len(rd.toks) && alsoWords[rd.toks[h.j].S] && !rd.toks[h.j].Brk {
		return true
	}
	return h.i > 0 && evenWords[rd.toks[h.i-1].S] && !rd.toks[h.i].Brk
}

// timeIsCare reports an evening said for contact ("شام کو", "sham ko",
// "in the evening") that asks for care: marked "only" ("صرف شام کو کال
// کریں"), or said with no call asked for. An evening beside a call asked
// for ("فون کر لو شام کو", "call kr len sham ko", "call me in the
// evening") is only when to call, after work: the number (C8-020,
// C15-020). The night stays care ("raat ko call karna"): it is when no
// one watches.
func (rd *Reading) timeIsCare(h found) bool {
	if rd.onlineThen(h) {
		return false
	}
	if h.i > 0 && onlyWords[rd.toks[h.i-1].S] && !rd.toks[h.i].Brk {
		return true
	}
	for _, o := range rd.pick([]string{optionPrefix + "contact"}, "number") {
		if !o.neg {
			return false
		}
	}
	return true
}

// nightIsCare reports the night said for contact that asks for care: all
// but beside a call asked to the writer's own number, named ("mere number
// pe call karo lekin raat ko", "call me on my number but at night",
// C17-031), where it is only when to call: the number. Marked "only"
// ("sirf raat ko"), it is care all the same.
func (rd *Reading) nightIsCare(h found) bool {
	if rd.onlineThen(h) {
		return false
	}
	if h.i > 0 && onlyWords[rd.toks[h.i-1].S] && !rd.toks[h.i].Brk {
		return true
	}
	for _, o := range rd.pick([]string{optionPrefix + "contact"}, "number") {
		if o.neg {
			continue
		}
		for k := o.i; k < o.j; k++ {
			if numberWords[rd.toks[k].S] {
				return false
			}
		}
	}
	return true
}

// onlineThen reports a time said for contact in a clause that names the
// wifi or the internet the writer has then ("message me here only, I use
// restaurant wifi at night", C25-008; "raat ko hi net hota hai", "رات کو
// وائی فائی ملتا ہے"): when they can read, no wish for care.
func (rd *Reading) onlineThen(h found) bool {
	clauseOf := rd.clauses()
	means := rd.r.lex.Class("online_means")
	for k, t := range rd.toks {
		if clauseOf[k] == clauseOf[h.i] && means[t.S] {
			return true
		}
	}
	return false
}

// numberWords name a phone number.
var numberWords = mustClass("number_words")

// evenWords come before what is fine as well (alsoWords after it).
var evenWords = mustClass("even_words")

// othersTime reports a clause that tells when someone else can use a
// phone ("isi whatsapp pe rabta karein, bhai ke pas phone sirf raat ko
// hota hai", "اسی چیٹ پر بات کریں، بیٹا صرف رات کو میسج کر پاتا ہے"),
// after another clause that chose how to reach the writer: it is no
// wish to be reached discreetly.
func (rd *Reading) othersTime(clauseOf []int, c int) bool {
	other, chosen := false, false
	for _, h := range rd.pick([]string{optionPrefix + "whom"}) {
		// in the clause, or the one before it ("بہن کو فون مت کریں، اس
		// کا فون چھپا ہوا ہے", C32-018: her phone is the hidden one)
		other = other || !h.neg && h.Key == "other" && (clauseOf[h.i] == c || clauseOf[h.i] == c-1)
	}
	for _, h := range rd.pick([]string{optionPrefix + "contact"}) {
		// (a phone told as another's, "یہ فون میرے بھتیجے کا ہے",
		// C307-017, says whose phone it is, not how to reach them)
		chosen = chosen || !h.neg && (h.Key == "here" || h.Key == "number" && !rd.phoneOfOther(clauseOf, h)) && clauseOf[h.i] < c
	}
	return other && chosen
}

// phoneOfOther reports a phone word h in a clause that says whose phone
// it is, another's ("یہ فون میرے بھتیجے کا ہے", "ye phone mere bhai ka
// hai"): no wish to be called.
func (rd *Reading) phoneOfOther(clauseOf []int, h found) bool {
	c := clauseOf[h.i]
	return rd.clauseEndsCopula(clauseOf, c) && slices.ContainsFunc(rd.pick([]string{optionPrefix + "whom"}, "other"), func(o found) bool { return !o.neg && clauseOf[o.i] == c })
}

// clauseEndsCopula reports a clause c that ends on "is" ("یہ فون میرے
// بھتیجے کا ہے"): it tells what is, not what to do.
func (rd *Reading) clauseEndsCopula(clauseOf []int, c int) bool {
	last := -1
	for k := range rd.toks {
		if clauseOf[k] == c {
			last = k
		}
	}
	return last >= 0 && copulas[rd.toks[last].S]
}

// WhomTold returns whom a message that answers another question says it
// is about ("meri behn riyadh me hai" → other), as Option("whom") does,
// but a "mein" that follows a word of its clause is the postposition "in"
// ("پاکستان میں ہی", "کھاتے میں", "kuwait mein"), not the pronoun "I":
// read from an answer to another question it says nothing of whom.
func (rd *Reading) WhomTold() (string, bool) {
	if rd.has(optionPrefix+"whom", "_self_and") {
		return "self", true // "apne aur apni wife ke liye": the writer is among them (as Option reads it)
	}
	told, other := false, false
	for _, h := range rd.pick([]string{optionPrefix + "whom"}) {
		if h.neg || strings.HasPrefix(h.Key, "_") {
			continue
		}
		if h.Key == "self" && rd.postposition(h) {
			continue
		}
		if h.Key == "other" && rd.looseOther(h) || rd.greeted(h) || rd.addressed(h) {
			continue
		}
		told = true
		other = other || h.Key == "other"
	}
	switch {
	case !told:
		return "", false
	case !other:
		// "cant wrk other place. passport is wid me": only a loose
		// "other" beside the writer
		return "self", true
	}
	return rd.Option("whom", "other", "self")
}

// greeted reports one word of someone else right after a greeting: a form
// of address ("السلام علیکم بھائی، سن رہے ہیں؟", A168-0294), no one the
// plea is for ("salam mai Oman me hun": "mai" is still I).
func (rd *Reading) greeted(h found) bool {
	return h.Key == "other" && h.j == h.i+1 && slices.ContainsFunc(rd.pick([]string{kindAside}, "greeting"), func(g found) bool { return g.j == h.i })
}

// addressed reports one word of address after a clause's verb ("mere
// sath dhoka hua h bhai kya karun", C558-024): the reader called "bhai",
// no brother the account is about ("hua h bhai ne paise diye" is him).
func (rd *Reading) addressed(h found) bool {
	if h.Key != "other" || h.j != h.i+1 || h.i == 0 || !addressWords[rd.toks[h.i].S] || !vocativeAfter[rd.toks[h.i-1].S] {
		return false
	}
	return h.j == len(rd.toks) || !vocativeNotBefore[rd.toks[h.j].S]
}

var (
	vocativeAfter     = mustClass("vocative_after")
	vocativeNotBefore = mustClass("vocative_not_before")
)

// looseOther reports an "other" that is one bare word of a crowd ("khana
// dost dete hain", "cant wrk other place", C186-026, C187-027): asked whom
// it is about it names someone else, but in an answer to another question
// it is no one the plea is for unless it is someone's own ("mera dost").
func (rd *Reading) looseOther(h found) bool {
	return h.j == h.i+1 && whomLoose[rd.toks[h.i].S] && (h.i == 0 || !kinOwners[rd.toks[h.i-1].S])
}

// OpensWithKin reports a message that opens with the person it is about,
// someone of the writer's own ("میرا بیٹا ایران کے راستے جا رہا ہے", "my
// brother went with an agent…"): an account of them, not of a man who
// sends others.
func (rd *Reading) OpensWithKin() bool {
	for _, h := range rd.pick([]string{optionPrefix + "whom"}) {
		if h.neg || h.Key != "other" || h.i > 1 || neighbourhoods[rd.toks[h.j-1].S] {
			continue // (not "ہمارے محلے میں ایک بندہ …", C196-008: our neighbourhood, no kin)
		}
		for k := max(0, h.i-1); k < h.j; k++ {
			if kinOwners[rd.toks[k].S] {
				return true // "mera beta", not "bhai, ek banda hai…"
			}
		}
	}
	return false
}

// JourneyAhead reports a journey not yet begun: someone insisting on
// going or wanting to go ("جانے کی ضد کر رہا ہے", "dunki se jana chahta
// hai"), or taken later ("agle mahine", "لے جائے گا", "will send him next
// month"). Of kin on the smugglers' road, it is the smuggler who is
// reported: no one is on the road yet.
// LawQuestion reports a question of whether a charge or a deal is allowed
// ("is that legal?", "kya ye jaiz hai?", "کیا یہ قانونی ہے؟").
func (rd *Reading) LawQuestion() bool { return rd.has(kindAnswer, "law_question") }

// MoneyBack reports words of getting money back ("can i get my 35k back?",
// "paise wapis milenge?", "رقم واپس ملے گی؟").
func (rd *Reading) MoneyBack() bool { return rd.has(kindAnswer, "money_back") }

// YesWord reports a word of yes or of agreeing anywhere ("ٹھیک ہے، شکریہ",
// "ok thanks"), even where a thanks or a farewell covers it.
func (rd *Reading) YesWord() bool { return rd.has(kindAnswer, "yes") }

// AsksReturn reports a plea to get papers back ("Please make them return
// my passport", "passport wapas dilwa dein", C307-012): a wish, not an
// answer about the papers.
func (rd *Reading) AsksReturn() bool { return rd.has(kindAnswer, "return_ask") }

func (rd *Reading) JourneyAhead() bool { return rd.has(kindAnswer, "journey_ahead") }

// SelfBoughtAt reports words of something bought by the writer, no sum
// paid to them ("ticket b khud li thi 85 hazar ki", C563-034), in the
// clause that holds byte offset k.
func (rd *Reading) SelfBoughtAt(k int) bool {
	i := rd.tokenAt(k)
	if i < 0 {
		return false
	}
	clauseOf := rd.clauses()
	return slices.ContainsFunc(rd.pick([]string{kindAnswer}, "self_bought"), func(h found) bool { return !h.neg && clauseOf[h.i] == clauseOf[i] })
}

// ComplainWhere reports where to complain asked ("I want to know where to
// complain about the agent who sent me", "kahan shikayat karun?").
func (rd *Reading) ComplainWhere() bool { return rd.has(kindAnswer, "complain_where") }

// OwnReturn reports the writer's own road told as gone and come back
// ("I came back from Libya 2 months ago", "main 2023 me libya gaya tha …
// ab ghar hun").
func (rd *Reading) OwnReturn() bool { return rd.has(kindAnswer, "own_return") }

// kinOwners make a kin word the writer's own ("mera", "میرا", "my").
var kinOwners = mustClass("kin_owners")

var whomLoose = mustClass("whom_loose")

// neighbourhoods name a place one's own ("ہمارے محلے", "hamare gaon"),
// no kin.
var neighbourhoods = mustClass("neighbourhoods")

// postposition reports a hit that is only "mein" (and "hi") after a word
// of its clause, not after "and" ("bhai aur main").
func (rd *Reading) postposition(h found) bool {
	if h.i == 0 || rd.toks[h.i].Brk || andWords[rd.toks[h.i-1].S] || vocatives[rd.toks[h.i-1].S] {
		return false // "salam mai Oman me hun": after a greeting, "mai" is I
	}
	for k := h.i; k < h.j; k++ {
		s := rd.toks[k].S
		if !postpositionMein[s] && s != "hi" && s != "ہی" && !(s == "me" && rd.placeBefore(h.i)) {
			return false
		}
	}
	return true
}

// placeBefore reports a place, or a word that ends one ("Johar Town",
// "gaon", "colony"), just before token i: "me" after it is "in" (C469-029).
func (rd *Reading) placeBefore(i int) bool {
	w := rd.toks[i-1].S
	return rd.r.place(w) || localityTail[w] || neighbourhoods[w]
}

// postpositionMein are the spellings of "mein" that are "in" after a noun
// (the English "me" is left out: "help me"; after a place, "libya me hai",
// it is "in").
var (
	postpositionMein = mustClass("postposition_mein")
	andWords         = mustClass("and_words")
	vocatives        = mustClass("vocatives") // greetings and forms of address that open a message
)

// conditional reports a clause that says what happens if ("mana karo to
// marte hain", "agar shikayat ki to…", "warna…"): no situation of its own.
func (rd *Reading) conditional(clauseOf []int, c int) bool {
	for _, h := range rd.pick([]string{kindAnswer}, "conditional") {
		if clauseOf[h.i] == c {
			return true
		}
	}
	return false
}

// conditionalAt reports whether the word at i is in a clause said on a
// condition, as conditional does, but an "otherwise" ("warna", "ورنہ")
// makes a condition only of what follows it: "do lakh jazzcash pe bhej
// diye the, ab 12 lakh aur mang rahe hain warna maar denge" paid the two
// lakh (C17-018).
func (rd *Reading) conditionalAt(clauseOf []int, i int) bool {
	for _, h := range rd.pick([]string{kindAnswer}, "conditional") {
		if clauseOf[h.i] != clauseOf[i] {
			continue
		}
		if otherwiseWords[rd.toks[h.i].S] && h.i > i {
			continue
		}
		return true
	}
	return false
}

// otherwiseWords open what happens if a demand is not met.
var otherwiseWords = mustClass("otherwise_words")

// alsoIn reports an "also" in clause c ("CNIC copy also", "شناختی کارڈ
// بھی").
func (rd *Reading) alsoIn(clauseOf []int, c int) bool {
	for k, t := range rd.toks {
		if clauseOf[k] == c && alsoWords[t.S] {
			return true
		}
	}
	return false
}

// SureThenDoubted returns the first sentence of an answer that says yes
// with a sum in it, when a later sentence adds another payment in doubt
// ("yes 2.5 lakh. actually my brother in law also sent 50k for
// 'biometrics' I think, I'm not sure if that was to the same people",
// C310-011): the first is known; the doubt is of the other. outright
// says the doubt is said outright ("mjhe confirm nai", "not sure"), not
// only guessed ("shayad 2 lakh 10 hazar", a sum perhaps set right).
func (rd *Reading) SureThenDoubted() (first string, outright, ok bool) {
	m := sentenceBreak.FindStringIndex(rd.Text)
	if m == nil {
		// "18000 yes, 32000 not sure" (C555-002): a comma between the sure
		// sum and the doubted one, when no sentence ends
		m = clauseComma.FindStringIndex(rd.Text)
	}
	if m == nil || m[0] == 0 || m[1] >= len(rd.Text) {
		return "", false, false
	}
	head, rest := rd.r.readPlain(rd.Text[:m[0]]), rd.r.readPlain(rd.Text[m[1]:])
	// (a sure payment "60 hazar to pakka diye hain... bhai kehta h 20
	// hazar … alag bhi diye the …, mujhe confirm nai", C540-009; a second
	// sum of its own in doubt, "Yes the 38,000 for sure. The 52,000 my
	// brother sent …, but honestly I'm not sure it went", C539-002)
	// (or a sum called sure, "ok but write 25k sure, 40k maybe", C558-007)
	sure := head.Lead() == PolarYes || head.Paid() == PolarYes && len(head.payHits("paid", "paid_done")) > 0 || head.has(kindAnswer, "sure_said")
	outright = rest.Unknown() || rest.has(kindAnswer, "unconfirmed")
	if !sure || !head.hasSumWord() || !(rest.Also() || rest.hasSumWord()) || !outright && !rest.has(kindAnswer, "hedge") {
		return "", false, false
	}
	return head.Text, outright, true
}

// hasSumWord reports a number or a word of a sum's unit ("lakh", "hazar")
// among the words.
func (rd *Reading) hasSumWord() bool {
	return slices.ContainsFunc(rd.toks, func(t Token) bool { return t.Digits || sumUnits[t.S] })
}

// sentenceBreak ends a sentence: a full stop (not a decimal point), a
// "!" or a "۔", and the space after it.
var sentenceBreak = regexp.MustCompile(`[.!۔]\s+`)

// clauseComma is a comma between clauses ("," or "،"), not one inside a
// number ("3,50,000").
var clauseComma = regexp.MustCompile(`[,،]\s+|،`)

// Also reports a word that adds to what was said ("also", "too", "bhi",
// "بھی"): "no wait, the CNIC also" adds the CNIC to the passport.
func (rd *Reading) Also() bool {
	for _, t := range rd.toks {
		if alsoWords[t.S] {
			return true
		}
	}
	return false
}

// listItem reports a clause that is the hit and at most one word more,
// leaving aside more papers ("passport copy, CNIC, degree, everything",
// "پاسپورٹ، شناختی کارڈ کی کاپی"): an item of a list, not a clause of
// its own.
func (rd *Reading) listItem(clauseOf []int, h found) bool {
	n := 0
	for k, t := range rd.toks {
		if clauseOf[k] == clauseOf[h.i] && (k < h.i || k >= h.j) && !t.Digits && !paperWords[t.S] {
			n++
		}
	}
	return n <= 1
}

// paperWords are the words of a list of papers beside a document named
// ("Original passport, CNIC copy and 6 photos", C26-004): more items of
// the list, not a sentence about the document.
var paperWords = mustClass("paper_words")

// paperGivenAfter reports a giving verb, not denied, after the document h in
// its clause: "passport to wahan company ne le liya. yahan agent ko cnic
// aur passport ki copy di thi" (C307-008) gave the CNIC too.
func (rd *Reading) paperGivenAfter(clauseOf []int, h found) bool {
	return slices.ContainsFunc(rd.payHits("paid", "paid_done"), func(p found) bool {
		return !p.neg && p.i >= h.j && clauseOf[p.i] == clauseOf[h.i]
	})
}

// heldByThem reports a clause c that says a paper is with them ("…
// واپس دے دیا، شناختی کارڈ کی کاپی ان کے پاس ہے", C377-025; "cnic ki copy
// unke paas h"): given.
func (rd *Reading) heldByThem(clauseOf []int, c int) bool {
	for k := 1; k < len(rd.toks); k++ {
		if clauseOf[k] != c || !heldWords[rd.toks[k].S] {
			continue
		}
		if theirWords[rd.toks[k-1].S] || k >= 2 && clauseOf[k-2] == c && genitiveWords[rd.toks[k-1].S] && theirWords[rd.toks[k-2].S] {
			return true
		}
	}
	return false
}

// addedClause reports a clause c that opens with "and" ("They have my
// passport, and copies of CNIC and degree", "passport rakh liya, aur
// shanakhti card ki copy", "پاسپورٹ ان کے پاس ہے، اور شناختی کارڈ کی
// کاپی"): more of what was given, unless it says what is still with the
// writer ("…, aur CNIC mere paas hai", "…, and the CNIC is with me").
func (rd *Reading) addedClause(clauseOf []int, c int) bool {
	first := -1
	for k := range rd.toks {
		if clauseOf[k] != c {
			continue
		}
		if first < 0 {
			first = k
		}
		if k > first && (ownWords[rd.toks[k-1].S] && heldWords[rd.toks[k].S] || withWords[rd.toks[k-1].S] && meWords[rd.toks[k].S]) {
			return false
		}
	}
	return first >= 0 && addWords[rd.toks[first].S]
}

// sendingDenied reports a denial of sending ("hadn't sent", "nahi bheja")
// just before a paper named, in its clause.
func (rd *Reading) sendingDenied(clauseOf []int, h found) bool {
	return slices.ContainsFunc(rd.pick([]string{kindAnswer}, "not_given"), func(n found) bool {
		return !n.neg && n.j <= h.i && h.i-n.j <= 2 && clauseOf[n.i] == clauseOf[h.i] &&
			// (not "passport to nahi diya bs cnic number likhwaya tha",
			// A103-0180: the paper after "only" is what was given)
			!slices.ContainsFunc(rd.toks[n.j:h.i], func(t Token) bool { return !paperDeterminers[t.S] })
	})
}

var paperDeterminers = mustClass("paper_determiners")

var notPapers = mustClass("not_papers")

// papersDenied reports a denial of sending ("didnt send", "kuch nahi
// diya") in the clause of the papers it names, the papers joined by "or"
// ("the cnic or passport", "passport ya cnic"): none of them was sent.
func (rd *Reading) papersDenied(clauseOf []int) bool {
	for _, n := range rd.pick([]string{optionPrefix + "docs"}, "none") {
		if n.neg {
			continue
		}
		var docs []found
		for _, h := range rd.pick([]string{optionPrefix + "docs"}, "passport", "cnic") {
			if !h.neg && (h.i >= n.j || h.j <= n.i) && clauseOf[h.i] == clauseOf[n.i] {
				docs = append(docs, h)
			}
		}
		if len(docs) >= 2 && slices.ContainsFunc(rd.toks[docs[0].j:docs[len(docs)-1].i], func(t Token) bool { return orWords[t.S] || t.S == "nor" }) {
			return true
		}
	}
	return false
}

var copyWords = mustClass("copy_words")

// keptWithUs reports a document said, in its clause after it, to be
// with the writer or their kin ("passport mere paas hai", "بیٹے کے پاس
// ہے", "the passport is still with my son"): kept, not handed over.
// "unke paas" (with them) is the other side's.
func (rd *Reading) keptWithUs(clauseOf []int, h found) bool {
	if slices.ContainsFunc(rd.toks, func(t Token) bool { return handedBack[t.S] }) {
		// "پاسپورٹ اب میرے پاس ہے"، "ہمارے پاس ہے، مہر والا": with us now,
		// back from them, or stamped by them: it was handed over
		return false
	}
	if slices.ContainsFunc(rd.toks[h.i:h.j], func(t Token) bool { return copyWords[t.S] }) &&
		slices.ContainsFunc(rd.toks[h.j:], func(t Token) bool { return giveWords[t.S] || sentWords[t.S] }) {
		// "passport ki photo bhej di thi 😕 original mere pas h"
		// (C563-010): the copy was sent; the original kept is another
		return false
	}
	if slices.ContainsFunc(rd.pick([]string{kindAnswer}, "taken_from_us"), func(t found) bool { return !t.neg && clauseOf[t.i] > clauseOf[h.i] }) {
		// "پاسپورٹ بھائی کے پاس تھا، وہاں میانمار میں کمپنی والوں نے رکھ
		// لیا" (C564-008): with him, and then taken from him
		return false
	}
	for k := h.j; k < len(rd.toks) && clauseOf[k] == clauseOf[h.i]; k++ {
		w := rd.toks[k].S
		switch {
		case heldWords[w] && k > h.j && reflexive[rd.toks[k-1].S] && rd.keptForThemselves(clauseOf, k):
			// "usne passport bhi apne paas rakh liya tha" (A143-0219): he
			// kept it for himself; taken, not with us
		case heldWords[w] && k > h.j && keptWith[rd.toks[k-1].S]:
			return true // "mere paas"
		case heldWords[w] && k > h.j+1 && genitives[rd.toks[k-1].S] && keptWith[rd.toks[k-2].S]:
			return true // "bete k pas", "بیٹے کے پاس"
		case w == "with" && k+1 < len(rd.toks) && clauseOf[k+1] == clauseOf[h.i] && (keptWith[rd.toks[k+1].S] || meWords[rd.toks[k+1].S]):
			return true // "with me", "with my son"
		case homeWords[w] && rd.onlyFillers(h.j, k) && (k+1 < len(rd.toks) && clauseOf[k+1] == clauseOf[h.i] && srcPostpositions[rd.toks[k+1].S] || rd.toks[k-1].S == "at"):
			// "passport abhi ghar me h, maine chupa diya h" (C215-010),
			// "the passport is at home": kept at home, close after it
			// (not "passport uske ghar pe hai")
			return true
		}
	}
	// "bhai ka passport ban gaya hai, abhi ghar pe hi hai" (C222-009): the
	// clause after it opens with where it is, at home
	next := h.j
	for next < len(rd.toks) && clauseOf[next] == clauseOf[h.i] {
		if giveWords[rd.toks[next].S] || sentWords[rd.toks[next].S] {
			return false // "passport diya tha, ghar pe uske aadmi aaye": given
		}
		next++
	}
	for k := next; k+1 < len(rd.toks) && clauseOf[k] == clauseOf[h.i]+1; k++ {
		if homeWords[rd.toks[k].S] && rd.onlyFillers(next, k) && clauseOf[k+1] == clauseOf[k] && srcPostpositions[rd.toks[k+1].S] {
			return true
		}
	}
	return false
}

var giveWords, sentWords = mustClass("diya"), mustClass("bhej")

var reflexive, keepVerbs, firstErgative, tookWords = mustClass("reflexive_words"), mustClass("keep_verbs"), mustClass("first_ergative"), mustClass("liya")

// firstPersons and ergativeMarks make "میں نے", "main ne": the writer did it.
var firstPersons, ergativeMarks = mustClass("first_persons"), mustClass("ergative_marks")

// keptForThemselves reports "apne paas rakh liya" after the word of holding
// at k ("paas"), with no "maine" or "میں نے" in its clause: whoever did it
// kept the thing for themselves ("usne passport apne paas rakh liya"),
// where "maine passport apne paas rakh liya" kept it with the writer.
func (rd *Reading) keptForThemselves(clauseOf []int, k int) bool {
	if k+2 >= len(rd.toks) || !keepVerbs[rd.toks[k+1].S] || !tookWords[rd.toks[k+2].S] {
		return false
	}
	for i, t := range rd.toks {
		if clauseOf[i] != clauseOf[k] {
			continue
		}
		if firstErgative[t.S] || ergativeMarks[t.S] && i > 0 && firstPersons[rd.toks[i-1].S] {
			return false
		}
	}
	return true
}

// onlyFillers reports tokens [i, j) that are at most three words like
// "abhi", "to", "still", "at": nothing that says whose home it is.
func (rd *Reading) onlyFillers(i, j int) bool {
	if j-i > 3 {
		return false
	}
	for k := i; k < j; k++ {
		if !keptFillers[rd.toks[k].S] {
			return false
		}
	}
	return true
}

var (
	keptFillers = mustClass("kept_fillers")
	keptWith    = mustClass("kept_with_words")
	homeWords   = mustClass("home_words")
	handedBack  = mustClass("handed_back_words")
)

var (
	addWords  = mustClass("add_words")
	ownWords  = mustClass("own_words")
	heldWords = mustClass("held_words")
	// theirWords and genitiveWords: "ان کے پاس", "unke paas" (heldByThem)
	theirWords    = mustClass("their_words")
	genitiveWords = mustClass("genitives")
	withWords     = mustClass("with_words")
	meWords       = mustClass("me_words")
)

var alsoWords = mustClass("also_words")

// onlyWords mark the one thing meant ("only CNIC", "sirf passport").
var onlyWords = mustClass("only_words")

// Options returns the values of an option set.
func (r *Reader) Options(set string) []string { return r.options[set] }

// PakistanPlace returns the first word that names a place in Pakistan
// (words.json's pk_place: "قصور کے پاس، چونیاں روڈ پر بھٹہ ہے", "kasur ke
// paas"), as it was typed, or "".
func (rd *Reading) PakistanPlace() string {
	places := rd.r.lex.Class("pk_place")
	for _, t := range rd.toks {
		if places[t.S] {
			return rd.Text[t.Start:t.End]
		}
	}
	return ""
}

// PlaceHere returns the place in Pakistan a message says the writer (or
// the one it is about) is in now, as typed: "I am in Lahore", "we are in
// karachi", "gujrat me hun", "main Lahore mein hoon", "میں لاہور میں ہوں",
// "abhi pindi me hain", or the place alone ("Lahore"). A place named otherwise ("agent Lahore ka hai",
// "Lahore se bheja") is no presence; home words ("ghar me hun", "پاکستان
// میں ہوں") name no city: "".
func (rd *Reading) PlaceHere() string {
	in, be, being := rd.r.lex.Class("mein"), rd.r.lex.Class("hun"), rd.r.lex.Class("here_being")
	for _, span := range rd.townSpans() {
		i, j, t := span[0], span[1], rd.toks[span[0]]
		after := j+1 < len(rd.toks) && !rd.toks[j].Brk && !rd.toks[j+1].Brk && in[rd.toks[j].S] && be[rd.toks[j+1].S]
		before := i >= 2 && !t.Brk && !rd.toks[i-1].Brk && (rd.toks[i-1].S == "in" || rd.toks[i-1].S == "at") && being[rd.toks[i-2].S]
		if alone := i == 0 && j == len(rd.toks); after || before || alone {
			return rd.Text[t.Start:rd.toks[j-1].End]
		}
	}
	return ""
}

// TownNamed returns the first town in Pakistan the message names, as
// typed ("pakistan, sargodha" gives "sargodha"), not a word for the
// country itself: "" when none is named.
func (rd *Reading) TownNamed() string {
	if spans := rd.townSpans(); len(spans) > 0 {
		return rd.Text[rd.toks[spans[0][0]].Start:rd.toks[spans[0][1]-1].End]
	}
	return ""
}

// townSpans are the token ranges [i, j) of the towns in Pakistan the
// message names, a second word of the name kept ("اسلام آباد", "mandi
// bahauddin"); words for the country itself are none.
func (rd *Reading) townSpans() [][2]int {
	places, home := rd.r.lex.Class("pk_place"), rd.r.lex.Class("pk_home")
	var out [][2]int
	for i, t := range rd.toks {
		if !places[t.S] || home[t.S] {
			continue
		}
		j := i + 1
		if j < len(rd.toks) && !rd.toks[j].Brk && placeTail[rd.toks[j].S] {
			j++
		}
		out = append(out, [2]int{i, j})
	}
	return out
}

// LeftFrom reports an account whose places abroad are all named as where
// they set out from ("kashti me hai, libya se nikle the kal raat", "لیبیا
// سے نکلے تھے", "they left from Libya by boat"): the person is on the way,
// not there. False when no place abroad is named.
func (rd *Reading) LeftFrom() bool {
	depart, vessels := rd.r.lex.Class("depart"), rd.r.lex.Class("vessels")
	named := false
	for i, t := range rd.toks {
		if !rd.r.places[t.S] {
			continue
		}
		named = true
		// "libya se nikle the", "left Zuwara", "a boat from Libya", "libya
		// se kashti": the place set out from
		after := i+2 < len(rd.toks) && originMarks[rd.toks[i+1].S] && (depart[rd.toks[i+2].S] || vessels[rd.toks[i+2].S])
		before := i >= 1 && depart[rd.toks[i-1].S] || i >= 2 && rd.toks[i-1].S == "from" && (depart[rd.toks[i-2].S] || vessels[rd.toks[i-2].S])
		if !after && !before {
			return false
		}
	}
	return named
}

// PlacesAbroad returns the places abroad a message names (triage's
// one-word country and city names) as typed, in order and once each:
// "dubai mein hoon" gives "dubai", where triage's country is "UAE".
func (rd *Reading) PlacesAbroad() []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range rd.toks {
		if rd.r.places[t.S] && !seen[t.S] {
			seen[t.S] = true
			out = append(out, rd.Text[t.Start:t.End])
		}
	}
	return out
}

// PlacesOnlyVisa reports places abroad each named only as a visa's ("dubai
// ka visa dena tha", "he promised a Dubai visa", "visa for Oman"):
// where the person was to go, not where anyone is (C484-030).
func (rd *Reading) PlacesOnlyVisa() bool {
	next := func(k int) bool { return k < len(rd.toks) && !rd.toks[k].Brk && visaWords[rd.toks[k].S] }
	n := 0
	for i, t := range rd.toks {
		if !rd.r.places[t.S] {
			continue
		}
		n++
		switch {
		case next(i + 1), i+2 < len(rd.toks) && genitiveWords[rd.toks[i+1].S] && !rd.toks[i+1].Brk && next(i+2):
		case i >= 2 && visaWords[rd.toks[i-2].S] && (rd.toks[i-1].S == "for" || rd.toks[i-1].S == "to") && !t.Brk && !rd.toks[i-1].Brk:
		default:
			return false
		}
	}
	return n > 0
}

var visaWords = mustClass("visa")

// placeTail are the second words of places in Pakistan named in two.
var placeTail = mustClass("place_tail")

// PlaceIsOrigin reports a place in Pakistan named as where someone or
// something came from ("agency ne bheja tha faisalabad se", "لاہور سے
// بھیجا"): not where the person is now.
func (rd *Reading) PlaceIsOrigin() bool {
	places := rd.r.lex.Class("pk_place")
	for i, t := range rd.toks {
		if places[t.S] && i+1 < len(rd.toks) && !rd.toks[i+1].Brk && originMarks[rd.toks[i+1].S] {
			return true
		}
		if places[t.S] && i > 0 && !t.Brk && rd.toks[i-1].S == "from" {
			return true
		}
	}
	return false
}

// PlaceIsWriters reports a town in Pakistan told as where the writer is,
// in a clause of its own ("my son is in Libya … we are in Gujrat", "ham
// Sialkot me hain"): not where the one in need is.
func (rd *Reading) PlaceIsWriters() bool {
	places := rd.r.lex.Class("pk_place")
	clauseOf := rd.clauses()
	for i, t := range rd.toks {
		if !places[t.S] {
			continue
		}
		for k := range rd.toks {
			if clauseOf[k] == clauseOf[i] && rd.r.writer[rd.toks[k].S] {
				return true
			}
		}
	}
	return false
}

// originMarks follow a place a thing came from: "faisalabad se", "لاہور سے".
var originMarks = mustClass("origin_marks")

// Ordinal returns the number a short answer picks ("2", "۲", "option 2",
// "2nd", "dusra", "number 3 wala"), or 0.
func (rd *Reading) Ordinal() int {
	if rd.Words() == 0 || rd.Words() > 4 {
		return 0
	}
	n := 0
	other, number := false, false
	for _, t := range rd.toks {
		other = other || rd.r.otherOrd[t.S]
		number = number || numberWords[t.S]
		switch {
		case t.Digits && len(t.S) <= 2:
			if n != 0 {
				return 0
			}
			n, _ = strconv.Atoi(t.S)
		case ordinals[t.S] > 0:
			if n != 0 {
				return 0
			}
			n = ordinals[t.S]
		case ordinalFillers[t.S]:
		default:
			return 0
		}
	}
	if other && number {
		return 0 // "dusra number", "دوسرا نمبر": another number, not the second option
	}
	return n
}

var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"st": 0, "pehla": 1, "pehli": 1, "pehle": 1, "pahla": 1, "dusra": 2, "doosra": 2, "dusri": 2, "teesra": 3, "tisra": 3,
	"teesri": 3, "chotha": 4, "chautha": 4, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"ek": 1, "do": 2, "teen": 3, "char": 4, "chaar": 4, "panch": 5, "paanch": 5, "chay": 6, "chhe": 6, "saat": 7, "aath": 8,
	"پہلا": 1, "پہلی": 1, "دوسرا": 2, "دوسری": 2, "تیسرا": 3, "تیسری": 3, "چوتھا": 4, "ایک": 1, "دو": 2, "تین": 3, "چار": 4, "پانچ": 5,
}

var ordinalFillers = mustClass("ordinal_fillers")

// PaidDone reads an account for money already handed over, by past-tense
// payment words only ("de diye", "paid", "بھیجے تھے"): an advert's "pay
// Rs 4 lakh in advance" is not a payment. It is PolarYes, PolarNo (the
// words negated: "paise nahi diye"), PolarNotYet, or PolarNone.
// receiptIn reports a receipt named in clause c ("he didn't give any
// receipt", "رسید نہیں دی").
func (rd *Reading) receiptIn(clauseOf []int, c int) bool {
	for _, h := range rd.pick([]string{kindAnswer}, "receipt") {
		if clauseOf[h.i] == c {
			return true
		}
	}
	return false
}

// thingBefore reports a visa, a passport or a job right before token i
// ("ویزا دینے کا کہا"): what is to be given is no money.
func (rd *Reading) thingBefore(i int) bool {
	if i == 0 {
		return false
	}
	w := rd.toks[i-1].S
	return rd.r.lex.Class("visa")[w] || rd.r.lex.Class("passport")[w] || rd.r.lex.Class("job")[w]
}

// purposeInClause reports a fee's purpose named in clause c ("medical
// wale", "the ticket").
func (rd *Reading) purposeInClause(clauseOf []int, c int) bool {
	purpose := rd.r.lex.Class("fee_purpose")
	for k, t := range rd.toks {
		if clauseOf[k] == c && purpose[t.S] {
			return true
		}
	}
	return false
}

// NamesMoney reports a word of money ("paise", "رقم", "fee"), whatever
// number is or is not beside it: "مجھ سے بھی پیسے لے لیے ہیں" names it,
// "agent sent it, number 123456" does not.
func (rd *Reading) NamesMoney() bool {
	money, paise := rd.r.lex.Class("money"), rd.r.lex.Class("paise")
	return slices.ContainsFunc(rd.toks, func(t Token) bool { return !t.Digits && (money[t.S] || paise[t.S]) })
}

// NamesPaying reports a word that can only be of paying ("pay",
// "payment", "ادائیگی"), not of giving ("doesn't give his own" number).
func (rd *Reading) NamesPaying() bool {
	return slices.ContainsFunc(rd.toks, func(t Token) bool { return payWords[t.S] })
}

var payWords = mustClass("pay_words")

// moneyInClause reports a number or a word of money in clause c.
func (rd *Reading) moneyInClause(clauseOf []int, c int) bool {
	money, paise := rd.r.lex.Class("money"), rd.r.lex.Class("paise")
	for k, t := range rd.toks {
		if clauseOf[k] == c && (t.Digits || money[t.S] || paise[t.S]) {
			return true
		}
	}
	return false
}

// sumBetween reports a sum named between the words at i and j.
func (rd *Reading) sumBetween(i, j int) bool {
	money := rd.r.lex.Class("money")
	for k := i + 1; k < j && k < len(rd.toks); k++ {
		if t := rd.toks[k]; t.Digits || money[t.S] {
			return true
		}
	}
	return false
}

// PaidClause returns the text of the first clause that tells money given
// (givenAt), or "": where a sum told beside it was paid ("میں اسے ڈیڑھ
// لاکھ دے چکا ہوں"), and not one asked in another sentence ("They gave
// 042-… and 0321-…. They want 50,000 now").
func (rd *Reading) PaidClause() string {
	clauseOf := rd.clauses()
	if at := rd.givenAt(clauseOf, rd.docClauses()); at >= 0 {
		return strings.TrimSpace(rd.clauseTexts()[clauseOf[at]])
	}
	return ""
}

// givenAt is the first payment word that tells money given, not negated,
// said on no condition, of no document and not undone before it ("we
// stopped him before he paid"), or -1.
func (rd *Reading) givenAt(clauseOf []int, docs map[int]bool) int {
	for _, h := range rd.payHits("paid_done", "paid") {
		if !h.neg && !rd.conditionalAt(clauseOf, h.i) && !docs[clauseOf[h.i]] && !rd.handsDocument(h.i) && !rd.beforeIt(h.i) {
			return h.i
		}
	}
	return -1
}

func (rd *Reading) PaidDone() Polarity {
	p := PolarNone
	docs := rd.docClauses()
	clauseOf := rd.clauses()
	givenAt := rd.givenAt(clauseOf, docs) // the token that first tells money given
	given := -1                           // and its clause
	if givenAt >= 0 {
		given = clauseOf[givenAt]
	}
	rest := rd.pick([]string{kindAnswer}, "paid_rest")
	for _, h := range append(rd.payHits("paid_done"), rd.pick([]string{kindAnswer}, "not_yet")...) {
		switch {
		case h.Key == "not_yet" && givenAt >= 0 && slices.ContainsFunc(rest, func(r found) bool { return givenAt < r.i && r.i <= h.i }):
			// "agnt ne advance 50 hazar lye baki visa ke baad": the rest
			// is later (its "later" may open with "baki": "1.5 advance diye
			// baqi 3.5 visa k baad", C464-020); what was given was given
		case h.Key == "not_yet" && h.i > 0 && rd.toks[h.i-1].Digits && slices.ContainsFunc(rd.pick([]string{kindAnswer}, "part"), func(p found) bool { return p.i > 0 && p.i < h.i && rd.toks[p.i-1].Digits }):
			// "۳۵ پہلے اور ۵۰ بعد میں" (C489-004): a sum paid first, another
			// later; parts of what was paid, no "not yet"
		case h.Key == "not_yet" && restWords[rd.toks[h.i].S]:
			// "2 lac cash in hand to Tanveer, rest after visa he said"
			// (C402-003): a "later" of the rest; it denies no payment
		case h.Key == "not_yet" && givenAt >= 0 && givenAt < h.i && rd.sumBetween(givenAt, h.i):
			// "چار لاکھ اسی ہزار دے چکا ہوں بیس ہزار ٹکٹ کے بعد دینے تھے"
			// (C248-014): a second sum, to be paid later; the first was
			// paid
		case h.Key == "not_yet" && given >= 0 && clauseOf[h.i] < given && rd.termsClause(clauseOf, clauseOf[h.i]):
			// "he takes 6 lakh, half before and half after the visa, my
			// cousin also paid him 3 lakh": the agent's terms, then what
			// was paid
		case h.Key == "not_yet" && givenAt > h.i && (clauseOf[h.i] < given && !rd.moneyInClause(clauseOf, clauseOf[h.i]) || rd.thingBefore(h.i)):
			// "دبئی کا وزٹ ویزا دینے کا کہا ... ۳ لاکھ لیے ہیں" (C70-004): a
			// visa to be given, no money; the sum taken after it was paid
		case h.Key == "not_yet" && given >= 0 && clauseOf[h.i] > given:
			// "85000 jazzcash kiye, baqi baad me dene thy", "نقد دیے،
			// رسید مانگی تو کہا بعد میں ملے گی": a later "later" is the
			// rest or the receipt; what was given first was given.
		case h.Key != "not_yet" && rd.conditionalAt(clauseOf, h.i):
			// "kisi ne paise diye to wo bhi phas jayega": if, not done
		case h.Key != "not_yet" && docs[clauseOf[h.i]]:
			// "kafeel ne iqama aur passport dono rakh liye": documents kept, no money
		case h.Key != "not_yet" && !h.neg && rd.handsDocument(h.i):
			// "agent ne visa or protector dono bana k diye the": papers handed over
		case h.Key != "not_yet" && rd.beforeIt(h.i):
			// "we stopped my nephew before he paid": it did not happen
		case h.neg && rd.receiptIn(clauseOf, clauseOf[h.i]):
			// "yes cash, he didn't give any receipt" (A33-0143): the receipt
			// was not given, the money was
		case h.neg && given >= 0 && clauseOf[h.i] > given && rd.moneyInClause(clauseOf, given) && rd.purposeInClause(clauseOf, clauseOf[h.i]):
			// "jazzcash se 45 hazar bheje, medical wale nai diye" (C250-003):
			// a later fee not paid; the sum sent first was paid
		case h.neg && givenAt >= 0 && slices.ContainsFunc(rest, func(r found) bool { return givenAt < r.i && r.i < h.i && clauseOf[r.i] == clauseOf[h.i] }):
			// "2.5 lakh cash office me diye … baqi abhi nai diye" (C482-006):
			// the rest not paid; what was given was given
		case h.neg && rd.secondSumDenied(clauseOf, h.i, given):
			// "yes 35k only, I did not send the 80", "جی 35 ہزار بس، 80
			// نہیں بھیجے": a second sum denied; the first was paid
		case h.Key == "not_yet" && slices.ContainsFunc(rd.pick([]string{kindAnswer}, "receipt"), func(r found) bool { return clauseOf[r.i] == clauseOf[h.i] }):
			// "sab cash, office mein. raseed maangi to bole baad mein"
			// (C36-009): the receipt is for later, not the money
		case h.Key == "not_yet" && rd.paidLater(h, clauseOf):
			// "20 hazar baad mein medical ke diye the": paid later, paid
		case h.Key == "not_yet" && slices.ContainsFunc(rd.pick([]string{kindAnswer}, "paid_not"), func(r found) bool { return clauseOf[r.i] == clauseOf[h.i] }):
			// "پچاس ہزار بعد میں ٹکٹ کے نام پر بڑھا دیے" (C169-005): the sum
			// was raised later; nothing is said of paying
		case h.Key == "not_yet":
			return PolarNotYet
		case h.neg && rd.ifNotPaid(h):
			// "30 لاکھ نہ دیے تو مار دیں گے": what follows if it is not paid
		case h.neg:
			p = PolarNo
		case p == PolarNone:
			p = PolarYes
		}
	}
	if p == PolarNone {
		for _, h := range rd.payHits("paid") {
			if h.neg && !rd.secondSumDenied(clauseOf, h.i, given) && !rd.ifNotPaid(h) && !rd.receiptIn(clauseOf, clauseOf[h.i]) {
				return PolarNo // "I didn't pay anything"
			}
		}
	}
	return p
}

// ifNotPaid reports a payment denied that opens a threat or a condition
// ("30 لاکھ نہ دیے تو مار دیں گے", "30 lakh na diye to maar denge", "if
// not paid they will…" as written with "to"): a demand, not an account
// that nothing was paid (C27-018).
func (rd *Reading) ifNotPaid(h found) bool {
	return h.neg && h.j < len(rd.toks) && !rd.toks[h.j].Brk && thenWords[rd.toks[h.j].S]
}

var thenWords = mustClass("then_words")

// secondSumDenied reports a payment denied in a clause that names its own
// sum, after an earlier clause that names another sum as paid (the
// clause of a payment word, or any clause before it after a lead yes): "yes
// 35k only, I did not send the 80", "haan 35 hazar, 80 nahi bheje".
func (rd *Reading) secondSumDenied(clauseOf []int, i, given int) bool {
	c := clauseOf[i]
	sums := map[int]bool{}
	for k, t := range rd.toks {
		if t.Digits {
			sums[clauseOf[k]] = true
		}
	}
	if !sums[c] {
		return false
	}
	if given >= 0 && given < c && sums[given] {
		return true
	}
	// a "ji" before the sum leads it as a yes does ("جی 35 ہزار بس")
	// "only the first one, 48,000. Haven't paid the 85" (C510-014 stored
	// no): the part paid named opens the answer as a yes does
	yes := rd.OpensWithYes() || len(rd.toks) > 1 && weakYes[rd.toks[0].S] && rd.toks[1].Digits ||
		rd.OpensFirstOnly()
	for k := 0; k < c; k++ {
		if sums[k] {
			return yes // "yes, 35000 only. I did not pay the 80k"
		}
	}
	return false
}

// OpensFirstOnly reports an answer opened by naming the first part alone
// ("only the first one", "sirf pehli wali", "صرف پہلی"): of a payment, the
// part paid.
func (rd *Reading) OpensFirstOnly() bool {
	return slices.ContainsFunc(rd.pick([]string{kindAnswer}, "first_only"), func(h found) bool { return h.i == 0 })
}

// onlySecondSumDenied reports an answer whose every denial of a payment
// ("80 nahi bheje", "I did not send the 80") is of a second sum, after a
// yes with a sum.
func (rd *Reading) onlySecondSumDenied(clauseOf []int) bool {
	found := false
	for _, h := range append(rd.pick([]string{kindAnswer}, "not_given", "not_yet"), rd.payHits("paid", "paid_done")...) {
		if h.Key != "not_given" && h.Key != "not_yet" && !h.neg {
			continue
		}
		if !rd.secondSumDenied(clauseOf, h.i, -1) {
			return false
		}
		found = true
	}
	return found
}

// termsClause reports a clause of an agent's terms: it names a part of a
// sum ("half before and half after the visa", "3 lakh pehle aur baki visa
// ane pe") or what was to be paid ("12 lakh me dena tha", "12 لاکھ میں
// دینا تھا", "was to pay 12 lakh") and no payment of its own.
func (rd *Reading) termsClause(clauseOf []int, c int) bool {
	part := false
	for _, h := range rd.pick([]string{kindAnswer}, "part", "paid_rest", "terms") {
		part = part || clauseOf[h.i] == c
	}
	for _, h := range rd.payHits("paid_done") {
		if clauseOf[h.i] == c {
			return false
		}
	}
	return part
}

// othersPaid reports a payment at token i whose clause opens with others
// as its subject ("the other boys paid", "others paid", "باقی لڑکوں نے
// دیے"): not the payment asked about.
func (rd *Reading) othersPaid(clauseOf []int, i int) bool {
	start := i
	for start > 0 && clauseOf[start-1] == clauseOf[i] {
		start--
	}
	for k := start; k <= start+1 && k < i; k++ {
		if w := rd.toks[k].S; w == "others" || otherPayers[w] && k+1 < i && payerNouns[rd.toks[k+1].S] {
			return true
		}
	}
	return false
}

var (
	otherPayers = mustClass("other_payer_words")
	payerNouns  = mustClass("payer_nouns")
)

// paidLater reports a "later" (h, of not_yet) followed in its clause by a
// payment told in the past ("20 hazar baad mein medical ke diye the", "بعد
// میں بیس ہزار اور دیے تھے", "later I paid 20k more"): paid, later.
func (rd *Reading) paidLater(h found, clauseOf []int) bool {
	if !laterWords[rd.toks[h.i].S] {
		return false
	}
	for _, p := range rd.payHits("paid_done") {
		if !p.neg && p.i >= h.j && clauseOf[p.i] == clauseOf[h.i] {
			return true
		}
	}
	return false
}

var laterWords = mustClass("later_words")

// beforeIt reports a "before" that governs the word at i, in its clause
// ("we stopped him before he paid", "before paying anything"): what
// follows did not happen.
func (rd *Reading) beforeIt(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if beforeWords[rd.toks[k].S] {
			return true
		}
		if rd.toks[k].Brk {
			break
		}
	}
	return false
}

var beforeWords = mustClass("before_words")

// Rumour reports words of what people say or what was heard ("log kehte
// hain …", "suna hai …", "I heard"): told as hearsay, not as what
// happened to the writer.
func (rd *Reading) Rumour() bool {
	return slices.ContainsFunc(rd.pick([]string{kindAnswer}, "rumour"), func(h found) bool { return !h.neg })
}

// ReachedMe reports a message that says what it brings reached the
// writer ("ye msg telegram group me aya hai", "got this from a friend's
// status", "saw this on fb"): something shared with them, not an agent
// they deal with.
func (rd *Reading) ReachedMe() bool {
	return slices.ContainsFunc(rd.pick([]string{kindAnswer}, "reached_me"), func(h found) bool { return !h.neg })
}

// SeenOn returns where an account says the offer was seen ("fb pe dekha",
// "found this on Facebook", "whatsapp group me aya"): a place of the seen
// set next to a word of seeing or posting, or "".
func (rd *Reading) SeenOn() string {
	verbs := rd.pick([]string{kindAnswer}, "seen_verbs")
	for _, h := range rd.pick([]string{optionPrefix + "seen"}) {
		if h.neg || h.Key == "agent" || h.Key == "other" || strings.HasPrefix(h.Key, "_") {
			continue // "_not": "the visa paper looks fake" is no newspaper
		}
		for _, v := range verbs {
			if v.i >= h.i-3 && v.i <= h.j+2 && (v.i < h.i || v.i >= h.j) {
				return h.Key
			}
		}
	}
	return ""
}

// wordSeqs normalises phrases to word sequences, longest first.
// spelled adds to word sequences the lexicon's spelling variants of their
// words ("people call him" → "ppl call him"), as the matcher reads them:
// the name reader compares words as typed. A sequence yields at most 32.
func (r *Reader) spelled(seqs [][]string) [][]string {
	var out [][]string
	for _, p := range seqs {
		forms := [][]string{nil}
		for _, w := range p {
			alts := append([]string{w}, r.lex.Variants(w)...)
			var next [][]string
			for _, f := range forms {
				for _, a := range alts {
					if len(next) < 32 {
						next = append(next, append(slices.Clone(f), a))
					}
				}
			}
			forms = next
		}
		out = append(out, forms...)
	}
	slices.SortStableFunc(out, func(a, b []string) int { return len(b) - len(a) })
	return out
}

func wordSeqs(phrases []string) [][]string {
	var out [][]string
	for _, p := range phrases {
		for _, q := range spelledOut(p) {
			if w := Words(q); len(w) > 0 {
				out = append(out, w)
			}
		}
	}
	slices.SortStableFunc(out, func(a, b []string) int { return len(b) - len(a) })
	return out
}

// spelledOut expands a phrase whose words give alternatives ("the man|guy
// we|i dealt with") into every phrase it stands for.
func spelledOut(p string) []string {
	out := []string{""}
	for _, w := range strings.Fields(p) {
		var next []string
		for _, head := range out {
			for _, alt := range strings.Split(w, "|") {
				next = append(next, strings.TrimSpace(head+" "+alt))
			}
		}
		out = next
	}
	return out
}

// Route reports words of a journey in stages ("first … then", "pehle …
// phir", "wahan se"), where the last place named is where it ends.
func (rd *Reading) Route() bool {
	for _, t := range rd.toks {
		if routeWords[t.S] {
			return true
		}
	}
	return false
}

// PassportHeldAsLever reports a passport kept to force a payment or
// silence: "send remaining 60k or he keeps the passport", "baqi paise do
// warna passport nahi milega", "پیسے دو ورنہ پاسپورٹ نہیں ملے گا"
// (C3-002): an "or else" and a word of the passport in one sentence, the
// passport after it. A passport merely not given back after a deal gone
// bad is no lever.
func (rd *Reading) PassportHeldAsLever() bool {
	passport := rd.r.lex.Class("passport")
	for k, t := range rd.toks {
		if !orElse[t.S] && !(t.S == "or" && k+1 < len(rd.toks) && (rd.toks[k+1].S == "he" || rd.toks[k+1].S == "they" || rd.toks[k+1].S == "else")) {
			continue
		}
		for m := k + 1; m < len(rd.toks) && m <= k+7; m++ {
			if m > k+1 && rd.toks[m].Brk {
				break
			}
			if passport[rd.toks[m].S] {
				return true
			}
		}
	}
	return false
}

var orElse = mustClass("or_else")

var routeWords = mustClass("route_words")

var rangeNumbers, rangeUnits, rangeOr = mustClass("range_numbers"), mustClass("range_units"), mustClass("range_or")

// SpokenNumberEnd is the byte offset right after a number said in words
// with no unit after it ("ji sadhe teen de chuke", "ڈھائی دے دیے"): the
// one such run of words, when the answer writes no digits and no unit
// anywhere; -1 otherwise. "do dafa" (twice) and "do bande" count, no sum.
func (rd *Reading) SpokenNumberEnd() int {
	end, runs := -1, 0
	for i := 0; i < len(rd.toks); i++ {
		t := rd.toks[i]
		if t.Digits || rangeUnits[t.S] {
			return -1
		}
		if !rangeNumbers[t.S] && !spokenHalves[t.S] {
			continue
		}
		j := i
		for j+1 < len(rd.toks) && (rangeNumbers[rd.toks[j+1].S] || spokenHalves[rd.toks[j+1].S]) && !rd.toks[j+1].Brk {
			j++
		}
		if spokenHalves[rd.toks[j].S] {
			i = j
			continue // "sadhe" alone is no number
		}
		if j+1 < len(rd.toks) && (countNouns[rd.toks[j+1].S] || peopleNouns[rd.toks[j+1].S] || peopleNouns[rd.r.lex.Canon(rd.toks[j+1].S)]) {
			i = j
			continue
		}
		runs++
		end, i = rd.toks[j].End, j
	}
	if runs != 1 {
		return -1
	}
	return end
}

// spokenHalves are "and a half" said before a number ("sadhe teen", "ساڑھے
// تین"): part of the number, never one alone.
var spokenHalves = mustClass("spoken_halves")

// SumRange reports a sum given as a range: a number with no unit, an "or"
// and another with its unit ("3 or 4 lakh", "1 ya dairh lakh", "do se teen
// lakh", A41-0126, A42-0139): a sum asked, but not which. "25k
// registration or 18k medical" lists two sums (Roman Urdu's "or" is "and").
func (rd *Reading) SumRange() bool {
	num := func(t Token) bool { return t.Digits || rangeNumbers[t.S] }
	for i := 0; i+3 < len(rd.toks); i++ {
		a, o, b, u := rd.toks[i], rd.toks[i+1], rd.toks[i+2], rd.toks[i+3]
		if num(a) && rangeOr[o.S] && num(b) && rangeUnits[u.S] && !rangeUnits[o.S] && !o.Brk && !b.Brk && !u.Brk {
			return true
		}
		// "1.5 or 2 lakh": a decimal is three tokens
		if i+5 < len(rd.toks) && a.Digits && rd.toks[i+1].S == "." && rd.toks[i+2].Digits && rangeOr[rd.toks[i+3].S] && num(rd.toks[i+4]) && rangeUnits[rd.toks[i+5].S] {
			return true
		}
	}
	return false
}

var meinWords, returnWords = mustClass("mein"), mustClass("return_words")

// DeportedBack reports one sent back home ("Iran se deport ho k aya hun",
// "ڈی پورٹ ہو کر آیا"): no longer abroad.
func (rd *Reading) DeportedBack() bool { return rd.has(optionPrefix+"where", "_back") }

// Returned reports a word of coming back ("back home now", "wapas aa gaya").
func (rd *Reading) Returned() bool {
	return slices.ContainsFunc(rd.toks, func(t Token) bool { return returnWords[t.S] })
}

// Locatives returns the words written with "in" before them or "mein"
// after them ("in Erbil", "کویت میں", "dubai me"), and a first word said
// alone ("سعودیہ، بیٹی وہاں ہے"): where someone is, for the caller to
// read as places.
func (rd *Reading) Locatives() []string {
	var out []string
	for k, t := range rd.toks {
		before := k > 0 && !t.Brk && (rd.toks[k-1].S == "in" || rd.toks[k-1].S == "at")
		after := k+1 < len(rd.toks) && !rd.toks[k+1].Brk && meinWords[rd.toks[k+1].S]
		// "سعودیہ، بیٹی وہاں ہے" (C124-022): a word said alone before the
		// rest answers where
		alone := k == 0 && len(rd.toks) > 1 && rd.toks[1].Brk
		if before || after || alone {
			out = append(out, rd.Text[t.Start:t.End])
		}
	}
	return out
}

// careWords ask for care in so many words ("discreet", "چپکے");
// contentCare ask it of what a message says ("don't write why").
var (
	careWords   = mustClass("care_words")
	contentCare = mustClass("content_care_words")
)

// hereNamedApart reports "here" named, not denied, in a clause other than
// h's ("yahin likho, …", "isi whatsapp pe, …"), or (first) before it: the
// way chosen, then why. ("گھر والوں کو نہیں پتا، یہیں میسج کریں", the
// care told first, is care: TestRound16NobodyAtHomeKnows; "بھائی رات کو
// واٹس ایپ چلاتا ہے، ویسے مجھ سے یہیں بات کر لیں", C326-024, a time told
// first, is here.)
func (rd *Reading) hereNamedApart(clauseOf []int, h found, first bool) bool {
	return slices.ContainsFunc(rd.pick([]string{optionPrefix + "contact"}, "here"), func(x found) bool {
		return !x.neg && (clauseOf[x.i] < clauseOf[h.i] || !first && clauseOf[x.i] != clauseOf[h.i])
	})
}

// onlyHere reports "here" with "only" just before it ("only message
// here", "sirf yahan").
func (rd *Reading) onlyHere() bool {
	return slices.ContainsFunc(rd.pick([]string{optionPrefix + "contact"}, "here"), func(x found) bool {
		return x.i > 0 && onlyWords[rd.toks[x.i-1].S] || x.i > 1 && onlyWords[rd.toks[x.i-2].S]
	})
}

// hereLeads reports "here" named plainly in a clause before the one of
// discreet hit h, with no "but" or "only" between them ("msg yahin kro
// isi number pe, call na krna raat ko duty pe hota hun", C315-023; "Talk
// to me here. Do NOT contact her phone, they check the phones",
// C313-016): the answer is here, what follows is why to take care. Care
// set against it ("here but don't call, the kafeel checks my phone",
// "this chat, but only after 11", A47-0302, A104-0305) is the answer:
// discreet.
func (rd *Reading) hereLeads(clauseOf []int, h found) bool {
	for _, x := range rd.pick([]string{optionPrefix + "contact"}, "here") {
		if x.neg || clauseOf[x.i] >= clauseOf[h.i] || x.i > 0 && onlyWords[rd.toks[x.i-1].S] || x.i > 1 && onlyWords[rd.toks[x.i-2].S] {
			continue // ("only message here, they check phones", C27-007: the "only" is the care)
		}
		if slices.ContainsFunc(rd.toks, func(t Token) bool { return careWords[t.S] }) || rd.WishesSecrecy() {
			return false // "Be discreet", "چپکے سے", "مالک کو پتہ نہ چلے": care asked in words
		}
		if slices.ContainsFunc(rd.toks[h.i:h.j], func(t Token) bool { return contentCare[t.S] }) {
			return false // "here is fine, don't write why you are messaging": care in what is written
		}
		if !slices.ContainsFunc(rd.toks[x.j:h.i], func(t Token) bool { return contrastWords[t.S] || onlyWords[t.S] }) {
			return true
		}
	}
	return false
}

var forwardWords, inPersonWords = mustClass("forward_words"), mustClass("in_person_words")

// OtherPaidInstead reports the writer's own "no" beside a payment someone
// else made: "Not me. My nephew Asad gave him 3 lakh in March", "maine
// nahi, mere bhai ne 2 lakh diye the" (C527-007). The "no" is of the
// writer; the money was paid.
func (rd *Reading) OtherPaidInstead() bool {
	if rd.PaidDone() != PolarYes {
		return false
	}
	nos := rd.pick([]string{kindAnswer}, "no", "not_me")
	if len(nos) == 0 || nos[0].i > 1 {
		return false
	}
	for _, h := range rd.pick([]string{optionPrefix + "whom"}, "other") {
		if h.i >= nos[0].j {
			return true
		}
	}
	return false
}

// LeadNumber is the number word below a hundred a sum's text opens with
// ("پینسٹھ ہزار" 65); a sum written in digits is read by its caller.
func LeadNumber(text string) (float64, bool) {
	toks := Tokenize(text)
	if len(toks) == 0 {
		return 0, false
	}
	return wordNumber(toks[0].S)
}
