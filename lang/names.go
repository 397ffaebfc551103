package lang

// Reading a name: the agent's or the firm's name in a typed answer, with
// the words around it dropped (see Name), the first name given as the
// recruiter and the others beside it (NameParts), and the helpers for
// quotes, brackets and word sequences they use.

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Name returns a free-text answer with what surrounds it dropped, as
// written: a name in quotes is the name ("whatsapp pe naam 'Dubai Jobs
// Officer' aata hai"); otherwise the first clause, without the words that
// introduce it ("uska naam", "I think it's", "sab usko") or follow it
// ("tha", "kehte hain", "but not sure"), nor a part in brackets. A second
// clause after a comma that is a name too is kept with it ("Tariq
// Mehmood, Euro Gate Consultants"); an address is not ("…, Commercial
// Market Rawalpindi"). A name corrected as it is written is the one given
// again.
func (rd *Reading) Name() string {
	names, aliases := rd.nameList()
	return accountOf(joinNames(rd.Text, names, aliases))
}

// withLegalDot is n with the full stop of the legal form it ends with, as
// written ("… Recruitment Ltd. My contact was …": "… Recruitment Ltd."),
// where a sentence ends with the abbreviation.
func withLegalDot(text, n string) string {
	toks := Tokenize(n)
	if len(toks) == 0 || !legalEnds[toks[len(toks)-1].S] || toks[len(toks)-1].End != len(n) {
		return n
	}
	if k := strings.Index(text, n); k >= 0 && strings.HasPrefix(text[k+len(n):], ".") {
		if rest := text[k+len(n):]; strings.HasPrefix(rest, ". z o.o.") {
			return n + ". z o.o." // a Polish firm's form ("Polbud Sp. z o.o.", C510-025, C515-011)
		}
		return n + "."
	}
	return n
}

// accountOf is n, or the account name in it when n is a sentence around
// one ("uski id italy_jobs_official hai, naam nahi pta"): the account is
// the name they go by.
func accountOf(n string) string {
	if h := accountName(n); h != "" && h != n {
		return h
	}
	return n
}

// NameParts returns a name answer's head, the name given first ("Imran
// Butt, shop is called Butt Travel & Tours" → "Imran Butt"), and the other
// names it gives, in the order written: the names he also goes by, then
// the firm, the owner or the manager named after it ("Butt Travel &
// Tours"). The head is who the report is about; the others are kept for
// the staff to see.
func (rd *Reading) NameParts() (head string, also []string) {
	head, also = rd.nameParts()
	for _, or := range []string{" or ", " ya ", " aur ", " and ", " اور "} {
		// "Imran Ghumman or Bilal Butt" (C351-023): one of two men, the
		// first named the recruiter, the other kept beside him; so "Kashif
		// Nadeem aur Rana Imtiaz" (C464-020), two men of two words or
		// more, neither a firm ("Travel and Tours" is one)
		a, b, ok := strings.Cut(head, or)
		if ok && rd.capitalisesNames() {
			b = rd.r.smallTailCut(b) // "Sakura Manpower ya Sakura Overseas kuch aisa naam tha" (C526-030)
		}
		if !ok || len(strings.Fields(a)) < 2 || len(strings.Fields(a)) > 3 || len(strings.Fields(b)) > 3 {
			continue
		}
		two := or == " or " || or == " ya "
		noFirm := func() bool { return !rd.r.Read(a).FirmNamed() && !rd.r.Read(b).FirmNamed() }
		sentenceFree := func() bool {
			h := rd.r.Read(head)
			return !h.OnlyTitles() && !slices.ContainsFunc(h.toks, func(t Token) bool { return besideNotNames[t.S] && t.S != "اور" })
		}
		if isLatin(head) && allTitle(a) && allTitle(b) && (two || len(strings.Fields(b)) >= 2 && noFirm()) ||
			or == " اور " && HasUrduScript(head) && len(strings.Fields(b)) >= 2 && noFirm() && sentenceFree() {
			// (no word of a sentence in either: "داڑھی والا تھا اور
			// گوجرانوالہ کا تھا", A122-0071, is no two men)
			head, also = a, append([]string{b}, also...)
			break
		}
	}
	head, also = rd.mainFirst(head, also)
	if f, person := rd.firmOfPerson(head); f != "" {
		// "Lady called Mehreen, says she is the consultant at Global
		// Pathway Consultancy Lahore" (C308-009), "'Waqas from Gulf Star
		// HR'" (C310-001): the firm one works at is the recruiter, the
		// person its man
		also = append([]string{person}, slices.DeleteFunc(also, func(a string) bool { return strings.Contains(f, a) || strings.Contains(a, f) })...)
		head = f
	}
	if len(also) > 0 && rd.walaAfter(head) && len(FirmNames(also[0])) == 0 && !rd.r.Read(also[0]).FirmNamed() {
		// "Zubair Mobile Zone wala, Zubair Ahmed" (C310-012): the one of
		// the shop, then his name: the man is the head, his shop beside
		head, also = also[0], append([]string{head}, also[1:]...)
	}
	if q := quoted(head); q != "" && q != head && isLatin(head) && allTitle(q) && len(strings.Fields(q)) <= 4 {
		// "bhai se kisi 'Mr Kevin' ne english me baat ki" (C464-010 kept
		// the sentence): a name quoted in words written small around it
		// is the name
		if rest := strings.Fields(strings.Replace(head, q, "", 1)); len(rest) >= 3 && !slices.ContainsFunc(rest, titleCase) {
			head = q
		}
	}
	if q := quoted(rd.Text); head != "" && strings.HasPrefix(q, head+" ") {
		// "page ka naam 'Japan Rozgar Scheme Pakistan' tha" (C228-013):
		// a name written in quotes is whole, its place word too
		head = q
	}
	if rd.capitalisesNames() {
		// "Sher Zaman is main, Jawad collects money" (C224-010): where
		// names are written with capitals, what he is or does, written
		// small after his name, is no part of it
		head = rd.r.smallTailCut(head)
		for k, a := range also {
			also[k] = rd.r.smallTailCut(a)
		}
	}
	if n := cmp.Or(rd.NamedIn(), rd.selfNamedIn()); n != "" && n != head && head != "" && (rd.r.Read(head).OnlyTitles() || rd.r.Read(head).onlySomeone()) {
		// "the guy said his name is Nadeem and he is 'HR' for the metro
		// project" (C304-001): the post quoted is no name; the one he gave is
		head = n
		also = slices.DeleteFunc(also, func(a string) bool { return a == n })
	}
	if rest, ok := rd.r.possessed(head); ok && len(also) > 0 {
		// "سب اسے چوہدری اکرم کہتے ہیں، … اس کی اکرم ٹریولز کے نام سے
		// دکان ہے" (C308-008): "his" shop is the man's, named first
		head, also = also[0], append([]string{rest}, also[1:]...)
	}
	head = withLegalDot(rd.Text, rd.r.fromPlaceCut(rd.r.selfNamedCut(rd.r.saidCut(rd.r.prefixCut(head)))))
	head, also = rd.r.companionCut(head, also)
	if n := rd.walaName(); len(also) == 0 && n != "" && head != "" && !strings.Contains(head, n) {
		// "Chaudhry Nadeem, aur quetta wala Shakeel", "Japan Rozgar
		// Official PK, whatsapp wala Sir Waqas" (C303-008, C303-018): the
		// man of a place or an app named in a later clause is another
		also = []string{n}
	}
	also = slices.DeleteFunc(also, func(a string) bool {
		// "گل زمان نام ہے، تخت بھائی کا" (C235-017): where he is from, no
		// other name; "Only what the ad says, Al Noor Gulf Recruitment"
		// (C235-001): words written small where names have capitals
		// (a handle, one word, is written small: "saudi_jobs_official_pk")
		// ("the office is 'in Dubai'", C236-001: where, not who)
		ws := strings.Fields(a)
		// ("Crown Bridge Immigration Consultants, Blue Area", C372-009: a
		// locality named by its last word)
		// ("HR Department", C369-023; "ثنا جو خود کو کوآرڈینیٹر کہتی
		// تھی", C364-034: a post, no one's name)
		// ("Chaudhry Arshad, Kunjah wala.", C417-004: where he is from)
		return len(ws) == 0 || rd.r.ofPlace(a) || len(ws) == 1 && rd.walaEnds(a) || len(ws) >= 2 && localityTail[NormalizeWord(ws[len(ws)-1])] || rd.r.Read(a).OnlyTitles() || len(ws) == 1 && orgUnits[NormalizeWord(ws[0])] || placeWords[NormalizeWord(ws[0])] || placeWords[NormalizeWord(strings.Split(ws[0], "-")[0])] || rd.r.townName(a) ||
			rd.capitalisesNames() && len(strings.Fields(a)) > 1 && isLatin(a) && strings.ToLower(a) == a
	})
	if len(also) > 0 && (rd.onlyAliases(also) || partsOfHead(head, also)) {
		// "استاد نذیر احمد، لوگ نذیرا ایجنٹ کہتے ہیں۔ اس کا بھانجا وقاص
		// پیسے گنتا ہے" (C343-007): what people call him is his own name;
		// the man named by his role beside him is another
		if p := rd.PersonBeside(head); p != "" && !slices.Contains(also, p) && !strings.EqualFold(p, head) {
			also = []string{p}
		}
	}
	for k, a := range also {
		if cut := addressCut(a); cut != "" {
			also[k] = cut // "ذیشان صاحب ڈیل کرتے" (C311-004): the name ends at "صاحب"
			continue
		}
		if before, _, ok := strings.Cut(a, " - "); ok && rd.r.titledPerson(a) && len(strings.Fields(before)) >= 2 {
			also[k] = before // "Mr. Kashif - Immigration Officer" (C254-014): the man, not his post
			continue
		}
		// "Maple Agro Farms, lady named Ms Sarah chatting" (C222-022): of a
		// clause kept beside the head, the name it gives
		sub := rd.r.Read(a)
		var kin string
		if len(sub.toks) > 2 && roleLead[sub.toks[0].S] {
			kin = sub.roleNamed("", true) // "his brother Waqas helps him" (C352-023)
		}
		for _, n := range []string{sub.TitledName(), sub.selfNamedIn(), kin} {
			if n != "" && n != a && strings.Contains(a, n) && len(strings.Fields(a)) > len(strings.Fields(n))+1 {
				also[k] = n
				break
			}
		}
	}
	for _, f := range FirmNames(rd.Text) {
		if head != "" && f != head && strings.HasSuffix(f, " "+head) {
			// "Haramain Services Pvt Ltd naam btaya" (C486-014 kept
			// "Services Pvt Ltd"): the firm is named whole
			head = f
			break
		}
	}
	if len(also) > 0 && rd.r.Read(head).onlyRelation() && !rd.r.Read(also[0]).onlyRelation() {
		// "میرے ماموں کا دوست ہے، عرفان، گوجرانوالہ والا" (A171-0073): how
		// the writer knows him is no name; the name after it is
		head, also = also[0], also[1:]
	}
	if k := strings.Index(rd.Text, head); head != "" && k >= 0 && rd.r.Read(head).countOfPersons() {
		// "دو بندے ہیں۔ ملک اسلم گاؤں والا اور شاہد بٹ …" (C418-008):
		// how many men there are is no name; the names after it are
		if h, a := rd.r.Read(strings.TrimLeft(rd.Text[k+len(head):], " .,:;۔،-")).NameParts(); h != "" {
			return h, a
		}
	}
	return head, also
}

// onlyRelation reports words that only tell how someone is related to the
// writer ("میرے ماموں کا دوست", "my cousin's friend", "hamara padosi"):
// kin, friends and neighbours, whose, and "is".
func (rd *Reading) onlyRelation() bool {
	rel := false
	for _, t := range rd.toks {
		switch {
		case relationNouns[t.S]:
			rel = true
		case kinOwners[t.S] || genitiveWords[t.S] || copulaWords[t.S]:
		default:
			return false
		}
	}
	return rel
}

var relationNouns, copulaWords = mustClass("relation_nouns"), mustClass("copulas")

// onlyAliases reports names that are all names the head goes by (see
// nameList), as read in full or cut.
func (rd *Reading) onlyAliases(names []string) bool {
	_, aliases := rd.nameList()
	return !slices.ContainsFunc(names, func(a string) bool {
		return !slices.ContainsFunc(aliases, func(x string) bool { return strings.Contains(x, a) || strings.Contains(a, x) })
	})
}

// partsOfHead reports names that are each the head's own, in part, with
// what he is called by ("Gul" of "Gul Rehman", "Shah jee" of "Sajjad
// Shah", C368-026, C369-018): no other man.
func partsOfHead(head string, names []string) bool {
	own := map[string]bool{}
	for _, t := range Tokenize(head) {
		own[t.S] = true
	}
	return len(own) > 1 && !slices.ContainsFunc(names, func(n string) bool {
		words := 0
		for _, t := range Tokenize(n) {
			switch {
			case addressTerms[t.S] || honorifics[t.S]:
			case own[t.S]:
				words++
			default:
				return true
			}
		}
		return words == 0
	})
}

func (rd *Reading) nameParts() (head string, also []string) {
	names, aliases := rd.nameList()
	names = slices.DeleteFunc(names, rd.r.deniesAFirm) // "no company, … his name is Adeel" (C39-011)
	// "Two people. Irfan Afridi is the owner, Gul Rehman is his man"
	// (C238-013): how many, not who
	names = slices.DeleteFunc(names, countOfPeople)
	if len(names) > 1 {
		// "The one who collected is Shakeel, Naveed's munshi" (C140-003):
		// a name said as another's owner names his man, not a man
		names = slices.DeleteFunc(names, possessive)
	}
	if kept := slices.DeleteFunc(slices.Clone(names), onlyAddress); len(kept) < len(names) {
		// "they just say 'sir' on call" (C66-001): how he is addressed, no
		// name; the firm written beside it is the one
		names = kept
		if len(names) == 0 {
			names = FirmNames(rd.Text)
		}
	}
	for k, n := range names {
		if h := handleAround(rd.Text, n); h != "" {
			names[k] = h // "account ka naam europe_safar_786" (C65-029): the whole handle
		}
	}
	if len(names) == 0 {
		return "", nil
	}
	if len(names) > 1 {
		// "his tiktok is @jobs.asia.hr, he says his name is Kevin, company
		// Golden Star Tech" (C228-007): a clause that tells where he
		// posts names no one when others are named
		if kept := slices.DeleteFunc(slices.Clone(names), handleClause); len(kept) > 0 {
			names = kept
		}
	}
	if len(names) > 1 && strings.Contains(rd.Text, "@"+names[0]) {
		// "tiktok id @saudi_jobs_official_pk, naam Qari Usman batata h"
		// (C39-030): the account is where he posts; the man named is who
		// recruits
		names = append(names[1:], names[0])
	}
	if before, after, ok := strings.Cut(names[0], " from '"); ok && len(strings.Fields(before)) <= 3 {
		// "his name is Adeel from 'protector office'": the man, and the
		// office he claims kept beside him
		names = append([]string{before, strings.Trim(after, " '\"")}, names[1:]...)
	}
	if len(names) > 1 && strings.HasPrefix(strings.ToLower(names[1]), strings.ToLower(names[0])+" ") {
		// "he said Kamran, Kamran Travels" (C29-002): the name given again
		// in full is the one
		names = append([]string{names[1]}, names[2:]...)
	}
	if !rd.r.tradeIn(rd.r.Read(names[0]).toks) {
		for k := 1; k < len(names); k++ {
			if rd.r.firmNamed(names[k]) && !rd.shopNamed(names[k]) && !rd.selfStyled(names[k]) && !(rd.calledAgent(names[0]) && rd.saidCompany(names[k])) &&
				!rd.r.titledPerson(names[k]) && !rd.r.townName(names[k]) {
				// "Ch Nadeem, office ka naam Nadeem Travels & Tours", "HR
				// Ayesha, company Golden Star Recruitment": the firm is what
				// the referral names (what a licence, a board and other
				// reports go by), the man kept beside it
				names = append([]string{names[k]}, append(names[:k:k], names[k+1:]...)...)
				break
			}
		}
	}
	head = accountOf(openBracketCut(names[0]))
	if rt := rd.r.Read(head).toks; len(rt) > 2 && relativeOpeners[rt[0].S] {
		// "وہی جس کا نمبر میں نے اوپر بھیجا، قاری ندیم" (A42-0071): "the one
		// whose number I sent" points at him; the name is the one after
		if len(names) > 1 {
			return names[1], append(aliases, names[2:]...)
		}
		if p := rd.PersonBeside(head); p != "" {
			return p, aliases
		}
		return "", nil // "jo number diya tha usi pe baat hoti thi, naam kabhi nahi bataya": no name
	}
	if len(names) == 1 && len(aliases) == 0 && len(strings.Fields(head)) >= 2 {
		// "CareBridge UK Recruitment, the consultant is Ms Sana Rehman", "ek
		// Mr Kevin baat krta h, company ka naam Golden Bridge Tech bataya"
		// (C63-002, C57-010): a titled name beside the firm is the person
		if t := rd.TitledName(); t != "" && !strings.Contains(strings.ToLower(head), strings.ToLower(t)) &&
			!strings.Contains(strings.ToLower(t), strings.ToLower(head)) && !rd.r.firmNamed(t) {
			return head, []string{t}
		}
	}
	for k, a := range aliases {
		for _, urf := range []string{" urf ", " عرف ", " alias "} {
			if whole := head + urf + a; strings.Contains(rd.Text, whole) {
				// "Shafqat urf Shaffi", "اصغر عرف اچھو": the name as a
				// charge sheet writes it, one name (C38-003, C40-023)
				return whole, append(slices.Delete(slices.Clone(aliases), k, k+1), names[1:]...)
			}
		}
	}
	return head, append(aliases, names[1:]...)
}

// townName reports a name that is a town of Pakistan ("ٹوبہ ٹیک سنگھ",
// C258-003, whose "ٹیک" is also "tech"): where he is, no firm.
func (r *Reader) townName(name string) bool {
	toks := r.Read(name).toks
	// (one word may be a man, "فیصل"; a trade word last makes a firm,
	// "Swat Star Travel")
	return len(toks) >= 2 && len(toks) <= 3 && r.lex.Class("pk_place")[toks[0].S] && !r.trade[toks[len(toks)-1].S]
}

// titledPerson reports a name opened by a title ("Mr. Kashif - Immigration
// Officer", C254-014): a man with his post, no firm, whatever trade word
// the post has.
func (r *Reader) titledPerson(name string) bool {
	toks := r.Read(name).toks
	return len(toks) > 1 && honorifics[toks[0].S]
}

// calledAgent reports a name said to be the agent's ("Agent is Adnan
// Butt in Johar Town Lahore. He said the company is Golden Lotus Tech",
// C248-004): the man who recruits is the recruiter, the company he
// names for the job kept beside him.
func (rd *Reading) calledAgent(n string) bool { return rd.wordBefore(n, 3, agentWords) }

var agentWords = mustClass("agent")

// saidCompany reports a firm named as what someone said the company is
// ("He said the company is Golden Lotus Tech"): the employer he named,
// not his own firm ("his firm is called NextGen Careers Consultancy",
// C220-012, is his).
func (rd *Reading) saidCompany(firm string) bool { return rd.wordBefore(firm, 4, nameSaid) }

// wordBefore reports a word of set among the most words before where n
// is first written, in its clause.
func (rd *Reading) wordBefore(n string, most int, set map[string]bool) bool {
	k := strings.Index(rd.Text, n)
	if k < 0 {
		return false
	}
	toks := rd.r.Read(rd.Text[:k]).toks
	for i := len(toks) - 1; i >= 0 && i >= len(toks)-most; i-- {
		if set[toks[i].S] {
			return true
		}
		if toks[i].Brk {
			break
		}
	}
	return false
}

// CutSmallTail is smallTailCut for a name read elsewhere ("a guy called
// Faizan replied with voice notes" → "Faizan").
func (r *Reader) CutSmallTail(n string) string { return r.smallTailCut(n) }

// smallTailCut drops two words or more written small at the end of a
// name that opens with a capital ("Jawad collects money" → "Jawad"); a
// word of trade among them keeps them ("Butt travel agency"), and so does
// a single word ("Malik sahab").
func (r *Reader) smallTailCut(n string) string {
	ws := strings.Fields(n)
	if len(ws) < 3 || !titleCase(strings.Trim(ws[0], "'\"")) {
		return n
	}
	cut := len(ws)
	for cut > 1 {
		w := strings.Trim(ws[cut-1], ".,;:'\"()")
		if w == "" || !isLatin(w) || !unicode.IsLower([]rune(w)[0]) || nameJoiners[w] {
			break
		}
		cut--
	}
	if len(ws)-cut < 2 || r.tradeIn(r.Read(strings.Join(ws[cut:], " ")).toks) {
		return n
	}
	return strings.Join(ws[:cut], " ")
}

// companionCut splits a name that goes on to another man by a bond
// ("طارق وڑائچ اور اس کا ساتھی بلال", "Zeeshan Malik aur uska partner
// Hafiz Kamran", C239-011, C94-009): the head is the first, the other kept
// beside him; a father's name ("محمد اکرم ولد غلام رسول", C239-003) is
// dropped.
func (r *Reader) companionCut(head string, also []string) (string, []string) {
	toks := r.Read(head).toks
	for k := 1; k < len(toks); k++ {
		if seqAt(toks, k, len(toks), r.fatherOf) > 0 {
			head, toks = strings.TrimSpace(head[:toks[k].Start]), toks[:k]
			break
		}
	}
	for k := 1; k < len(toks); k++ {
		m := seqAt(toks, k, len(toks), r.companionOf)
		if m == 0 {
			continue
		}
		rest := toks[k+m:]
		for a := 2; a < len(rest); a++ {
			if seqAt(rest, a, len(rest), r.alias) > 0 {
				// "… aur uska partner Sajid Rehman urf Saji" (C472-019):
				// the other's name is before what he is called
				rest = rest[:a]
				break
			}
		}
		if len(rest) < 2 || len(rest) > 4 || !slices.Contains(r.flatBesideRoles(), rest[0].S) {
			continue
		}
		other := strings.Trim(head[rest[1].Start:rest[len(rest)-1].End], " .,;:'\"")
		if other != "" && !slices.Contains(also, other) {
			also = append([]string{other}, also...)
		}
		return strings.TrimSpace(head[:toks[k].Start]), also
	}
	return head, also
}

// flatBesideRoles are the one-word roles and kin that name a man beside
// another ("partner", "ساتھی", "bhatija").
func (r *Reader) flatBesideRoles() []string {
	var out []string
	for _, s := range r.besideRoles {
		if len(s) == 1 {
			out = append(out, s[0])
		}
	}
	return out
}

// selfNamedCut drops the words that say a page or a man names itself,
// when a few words come before them ("It only calls itself OEC Pakistan
// Korea Jobs Registration", "site calls itself …", "Danish said the
// company is Siam Global Services": C172-005, C149-010, C138-001): the
// name is what follows, to the end of its clause.
// prefixCut cuts the words that introduce a name from the front of n
// ("something like Gulf Star Travels" after "not sure,", A171-0064).
func (r *Reader) prefixCut(n string) string {
	toks := r.Read(n).toks
	if i, _ := trimWords(toks, 0, len(toks), r.prefixes, true); i > 0 && i < len(toks) {
		return n[toks[i].Start:]
	}
	return n
}

// saidCut returns the name said after a word of saying that ends an
// account of who said it ("company ka pucha to bola Golden Bay
// Solutions", C542-017; "فون پر بندے نے کہا الحرمین سروسز", C546-027): in
// Latin letters the account is written small and the name with capitals;
// in Urdu script the account names its speaker ("نے"). n otherwise.
func (r *Reader) saidCut(n string) string {
	rd := r.Read(n)
	toks := rd.toks
	for k := len(toks) - 2; k >= 1; k-- {
		if !saidBeforeName[toks[k].S] || slices.ContainsFunc(toks[k+1:], func(t Token) bool { return t.Brk }) || len(toks)-k-1 > 5 {
			continue
		}
		before := toks[:k]
		switch {
		case isLatin(rd.word(k + 1)):
			if !titleCase(rd.word(k+1)) || slices.ContainsFunc(before, func(t Token) bool { return titleCase(n[t.Start:t.End]) }) {
				return n
			}
		case !slices.ContainsFunc(before, func(t Token) bool { return t.S == "نے" }):
			return n
		}
		return strings.Trim(n[toks[k+1].Start:], " .,;:'\"")
	}
	return n
}

// saidBeforeName are the words of saying a name follows ("bola", "کہا").
var saidBeforeName = mustClass("said_before_name")

func (r *Reader) selfNamedCut(n string) string {
	rd := r.Read(n)
	toks := rd.toks
	for k := 1; k <= 3 && k < len(toks); k++ {
		m := seqAt(toks, k, len(toks), r.selfNamed)
		if m == 0 || k+m >= len(toks) || slices.ContainsFunc(toks[:k+m+1], func(t Token) bool { return t.Brk }) {
			continue
		}
		rest := n[toks[k+m].Start:]
		if e := slices.IndexFunc(toks[k+m+1:], func(t Token) bool { return t.Brk }); e >= 0 {
			rest = n[toks[k+m].Start:toks[k+m+1+e-1].End]
		}
		if w := rd.word(k + m); titleCase(w) || strings.ToUpper(w) == w || !isLatin(w) {
			return strings.Trim(rest, " .,;:'\"")
		}
	}
	return n
}

// fromPlaceCut drops where a man is from, written after his name ("Zahid
// Iqbal from Gujar Khan", C233-005): "from" and up to three words that
// name no firm ("Adeel from Skyline Travels" keeps the firm).
// So does "in" before a town of Pakistan ("Adnan Butt in Johar Town
// Lahore", C248-004), and only a town ("Adeel in HR" is no place).
func (r *Reader) fromPlaceCut(n string) string {
	for _, sep := range []string{" from ", " in "} {
		before, after, ok := strings.Cut(n, sep)
		if !ok || before == "" || !titleCase(strings.Fields(before)[0]) {
			continue
		}
		ws := strings.Fields(after)
		if len(ws) == 0 || len(ws) > 3 || r.firmNamed(after) || r.tradeIn(r.Read(after).toks) {
			continue
		}
		if sep == " in " && !slices.ContainsFunc(ws, func(w string) bool { return r.place(NormalizeWord(w)) }) {
			continue
		}
		return before
	}
	for _, sep := range []string{" on ", " near ", " at ", " opposite ", " opp "} {
		// where the office stands, told after the firm ("Bilal Travels on
		// Daska Road", C324-009; "Khan Travels near Liberty Market")
		before, after, ok := strings.Cut(n, sep)
		ws := strings.Fields(after)
		if !ok || before == "" || !titleCase(strings.Fields(before)[0]) || len(ws) == 0 || len(ws) > 4 ||
			!streetWords[NormalizeWord(strings.Trim(ws[len(ws)-1], ".,"))] {
			continue
		}
		return before
	}
	return n
}

// streetWords end where an office stands ("Daska Road", "Liberty Market").
var streetWords = mustClass("street_words")

// ofPlace reports a name part that is "of" something, a place most
// often ("تخت بھائی کا", "Mardan ka"): a possessive ends it ("Shahid
// Europe Wala" is a name he goes by, C88-010).
func (r *Reader) ofPlace(a string) bool {
	ws := strings.Fields(a)
	return len(ws) >= 2 && len(ws) <= 3 && placeOf[NormalizeWord(ws[len(ws)-1])]
}

var placeOf = mustClass("place_of")

// placeWords open a name part that says where ("in Dubai", "near Saddar").
var placeWords = mustClass("place_openers")

// StartsWithPlace reports words that open with where something is ("on
// Murree Road", "at Saddar", "near the bus stand").
func StartsWithPlace(s string) bool {
	ws := Words(s)
	return len(ws) > 0 && placeWords[ws[0]]
}

// countOfPeople reports a name part that counts people ("two people", "do
// bande", "تین آدمی").
func countOfPeople(n string) bool {
	ws := strings.Fields(strings.ToLower(strings.Trim(n, " .,")))
	return len(ws) == 2 && peopleCounts[NormalizeWord(ws[0])] && peopleNouns[NormalizeWord(ws[1])]
}

var (
	peopleCounts = mustClass("people_counts")
	peopleNouns  = mustClass("people_nouns")
)

// handleClause reports a name part of several words with an account's
// handle among them ("his tiktok is @jobs.asia.hr").
func handleClause(n string) bool {
	ws := strings.Fields(n)
	return len(ws) > 1 && slices.ContainsFunc(ws, func(w string) bool { return len(w) > 1 && w[0] == '@' })
}

// openBracketCut drops a bracket left open at a name's end, where a clause
// broke inside it ("Shaheen Manpower Services (OEP"): the bracket was a
// remark, not the name.
func openBracketCut(n string) string {
	if i := strings.LastIndexAny(n, "(["); i > 0 && !strings.ContainsAny(n[i:], ")]") {
		return strings.TrimSpace(n[:i])
	}
	return n
}

// addressWords are what a caller is called by, no name of his ("sir",
// "madam", "bhai jaan").
var addressWords = mustClass("address_words")

// onlyAddress reports a name made only of words of address.
func onlyAddress(name string) bool {
	ws := strings.Fields(strings.Trim(strings.ToLower(name), " '\"‘’“”.,"))
	for _, w := range ws {
		if !addressWords[strings.Trim(w, "'\"‘’“”.,")] {
			return false
		}
	}
	return len(ws) > 0
}

// handleAround returns the whole handle a name is part of, as written with
// underscores or digits joined ("europe_safar" of "europe_safar_786"), or "".
func handleAround(text, name string) string {
	k := strings.Index(text, name)
	if k < 0 || !strings.Contains(name, "_") {
		return ""
	}
	j := k + len(name)
	// (backward too: "jobs_asia_hub" read as "asia_hub", C249-007)
	for k > 0 && (text[k-1] == '_' || text[k-1] >= '0' && text[k-1] <= '9' || text[k-1] >= 'a' && text[k-1] <= 'z' || text[k-1] >= 'A' && text[k-1] <= 'Z') {
		k--
	}
	for j < len(text) && (text[j] == '_' || text[j] >= '0' && text[j] <= '9' || text[j] >= 'a' && text[j] <= 'z' || text[j] >= 'A' && text[j] <= 'Z' || text[j] == '.') {
		j++
	}
	h := strings.TrimRight(text[k:j], ".")
	if h == name {
		return ""
	}
	return h
}

// firmNamed reports a name that is a firm's own: a trade word in it, and
// no word that makes it a kind rather than a name ("some travel agency",
// "mobile shop, no agency") or a description ("Recruitment Partner of
// Qatar Airways").
func (r *Reader) firmNamed(name string) bool {
	toks := r.Read(name).toks
	if len(toks) < 2 || !r.tradeIn(toks) || r.notAFirm[toks[0].S] {
		return false
	}
	for _, t := range toks {
		if r.notAFirm[t.S] && t.S != "a" && t.S != "the" || t.S == "of" {
			return false
		}
	}
	return true
}

// shopNamed reports a name the answer calls a shop ("Malik Azhar Iqbal,
// azhar travel shop bhalwal"): a man with a counter, named by his trade.
func (rd *Reading) shopNamed(name string) bool {
	k := strings.Index(strings.ToLower(rd.Text), strings.ToLower(name))
	if k < 0 {
		return false
	}
	rest := rd.r.Read(rd.Text[k+len(name):]).toks
	return len(rest) > 0 && (rest[0].S == "shop" || rest[0].S == "dukan" || rest[0].S == "دکان")
}

// selfStyled reports a firm's name said as what the man calls himself,
// with no firm behind it ("khud ko Butt Travels wala kehta hai lekin koi
// board nahi", C222-003): his style, kept beside him; the man named is
// the recruiter. A style with nothing said against it is the firm the
// referral names (C20-028, C184-015).
func (rd *Reading) selfStyled(name string) bool {
	k := strings.Index(strings.ToLower(rd.Text), strings.ToLower(name))
	if k < 0 {
		return false
	}
	denied := false
	for i, t := range rd.toks {
		denied = denied || rd.toks[i].Start >= k+len(name) && rd.r.firmDenials[t.S] && i+1 < len(rd.toks) && rd.r.firmKinds[rd.toks[i+1].S]
	}
	if !denied {
		return false
	}
	toks := rd.r.Read(rd.Text[:k]).toks
	for i := max(0, len(toks)-4); i < len(toks); i++ {
		if n := seqAt(toks, i, len(toks), rd.r.selfNamed); n > 0 && i+n == len(toks) {
			return true
		}
	}
	return false
}

// AgainstNamed returns the man a complaint is against, named between his
// role and "کے خلاف" ("گوجرانوالہ کے ایک ایجنٹ ندیم بٹ کے خلاف شکایت
// کرنی ہے", "ek agent Nadeem Butt ke khilaf", C225-003), or "".
func (rd *Reading) AgainstNamed() string {
	toks := rd.toks
	for k := 2; k < len(toks); k++ {
		if !againstWords[toks[k].S] || !genitives[toks[k-1].S] || toks[k].Brk || toks[k-1].Brk {
			continue
		}
		e := k - 1
		for b := e - 1; b >= 0 && e-b <= 3; b-- {
			if n := seqAt(toks, b, e, rd.r.roles); n > 0 && b+n < e {
				name := rd.Text[toks[b+n].Start:toks[e-1].End]
				if !slices.ContainsFunc(toks[b+n:e], func(t Token) bool { return rd.r.notName(t.S) || t.Brk || t.Digits }) {
					return name
				}
			}
			if toks[b].Brk {
				break
			}
		}
	}
	return ""
}

var againstWords = mustClass("against_words")

// deniesAFirm reports a name part that says there is none ("no company",
// "koi office nahi", "کوئی کمپنی نہیں").
func (r *Reader) deniesAFirm(name string) bool {
	toks := r.Read(name).toks
	// ("koi company ka naam nai", C224-006: the denial said out, up to
	// its "not")
	return len(toks) >= 2 && (len(toks) <= 4 || len(toks) <= 6 && r.lex.IsNegation(toks[len(toks)-1].S)) &&
		r.firmDenials[toks[0].S] && r.firmKinds[toks[1].S]
}

// nameTakenBack returns where the clause after a first one of a name and
// a "not" begins ("Imran nahi, Kamran", "not Imran, Kamran"), or 0.
func (rd *Reading) nameTakenBack() int {
	e := slices.IndexFunc(rd.toks, func(t Token) bool { return t.Brk })
	if e < 2 || e > 4 || slices.ContainsFunc(rd.toks[:e], func(t Token) bool { return rd.r.firmDenials[t.S] && !rd.r.lex.IsNegation(t.S) || rd.r.firmKinds[t.S] }) {
		return 0 // "koi naam nahi, bas number tha": no name denied for another
	}
	if rd.r.Read(rd.Text[:rd.toks[e].Start]).Unknown() {
		return 0 // "پتہ نہیں، بس ماموں کے کوئی جاننے والے ہیں" (A141-0071): not known, no name taken back
	}
	if neg := rd.r.lex.IsNegation; !neg(rd.toks[e-1].S) && !neg(rd.toks[0].S) || neg(rd.toks[0].S) && neg(rd.toks[e-1].S) {
		return 0
	}
	return rd.toks[e].Start
}

// licenceLike is a licence number as written ("3390/MLN", "1234 / LHR").
var licenceLike = regexp.MustCompile(`\d{2,5}\s*/\s*[A-Za-z]{2,4}`)

// licenceFixed reports a correction of a licence number, one on each side
// of it: the name before it stands.
func licenceFixed(before, after string) bool {
	return licenceLike.MatchString(before) && licenceLike.MatchString(after)
}

// nameList reads Name's parts: the names in the order written and the
// other names the first goes by.
func (rd *Reading) nameList() (names, aliases []string) {
	if at := rd.nameTakenBack(); at > 0 && !licenceFixed(rd.Text[:at], rd.Text[at:]) {
		// "عمران نہیں، کامران۔ پہلے غلط لکھ دیا تھا", "not Imran, Kamran"
		// (A168-0072): the name after the one said not to be it
		if n, a := rd.r.Read(rd.Text[at:]).nameList(); len(n) > 0 {
			return n, a
		}
	}
	if at := rd.CorrectedAt(); at > 0 && !licenceFixed(rd.Text[:at], rd.Text[at:]) {
		// (not "Crescent Star Overseas Employment, lic 3390/MUX... nai ruko
		// raseed dekhta hun... haan 3390/MLN", C534-028: the licence
		// number set right, the name stands)
		// "Al Noor, nahi balke Al Huda Travels": the name given again, past
		// a "no" that goes with the correction ("… wait no, Global
		// Overseas Recruiting Agency", A8-0067)
		rest := rd.r.Read(rd.Text[at:])
		for len(rest.toks) > 1 && rd.sumNo(rest.toks[0].S) {
			rest = rd.r.Read(rest.Text[rest.toks[1].Start:])
		}
		if n, a := rest.nameList(); len(n) > 0 {
			return n, a
		}
	}
	if before, after, ok := rd.Turned(); ok && !licenceFixed(before, after) {
		// "Raza Manpower... nahi Raza Overseas, Manpower doosri wali thi"
		// (A7-0077): a name taken back for another, the last said wins; a
		// clause after it that names the one taken back says why ("the
		// other one was Manpower") and is no name of his. A "no" before a
		// thing ("Bilal, no company") gives none.
		if n, a := rd.r.readPlain(after).nameList(); len(n) > 0 && !rd.r.Read(n[0]).OnlyThings() {
			if b, _ := rd.r.readPlain(before).nameList(); len(b) > 0 && !strings.EqualFold(b[0], n[0]) {
				taken := map[string]bool{}
				for _, t := range Tokenize(before) {
					taken[t.S] = true
				}
				for _, t := range Tokenize(n[0]) {
					delete(taken, t.S)
				}
				keep := func(s string) bool {
					for _, t := range Tokenize(s) {
						if taken[t.S] {
							return false
						}
					}
					return true
				}
				rest := n[:1]
				for _, x := range n[1:] {
					if keep(x) {
						rest = append(rest, x)
					}
				}
				return rest, slices.DeleteFunc(a, func(x string) bool { return !keep(x) })
			}
		}
	}
	if n, a, ok := rd.guessedName(); ok {
		return n, a
	}
	if n := rd.selfNamedIn(); n != "" && len(rd.clauseTexts()) == 1 {
		return []string{n}, nil // "call ki to banda bola Qari Zubair bol raha hun" (C72-002)
	}
	if n, more, a, ok := rd.writtenName(); ok {
		return append([]string{n}, more...), a
	}
	if rest := rd.afterNoName(); rest != "" {
		// "no agency name, the contact page only says Registration
		// Officer Ahmed Raza": the name is in what follows the denial
		if n, a := rd.r.Read(rest).nameList(); len(n) > 0 {
			return n, a
		}
	}
	if n, a := rd.namedList(); len(n) > 0 {
		return n, a
	}
	if q := quotedUpTo(rd.Text, 12); strings.ContainsAny(q, ",،") && standsQuoted(rd.Text, q) {
		// "Email is signed 'Gulf Aviation Careers, Recruitment Partner of
		// Qatar Airways'": the quote is the answer, read as one
		if n, a := rd.r.Read(q).firstClauseList(); len(n) > 0 {
			// (its roles are no names: "signed by 'Mr. Daniel Harper, HR
			// Manager'", C492-016 kept "Manager"; a name written before
			// the quote comes first: "letter says Maple Bridge Immigration
			// Consultants, signed by '…'")
			n = slices.DeleteFunc(n, func(x string) bool { return rd.r.Read(x).OnlyTitles() })
			if k := strings.IndexAny(rd.Text, "'\"‘“«"); k > 0 && len(n) > 0 {
				first := rd.r.Read(rd.Text[:k]).firstName()
				if firms := FirmNames(rd.Text[:k]); first == "" && len(firms) == 1 {
					first = firms[0]
				}
				if first != "" && !slices.Contains(n, first) {
					n = append([]string{first}, n...)
				}
			}
			if len(n) > 0 {
				return n, a
			}
		}
	}
	if q := quoted(rd.Text); q != "" && !speech(q) && !rd.smallWordQuoted(q) && !thingQuoted(rd.Text, q) {
		// (a word quoted small where names have capitals is no name:
		// "Shaukat. koi company nai, kehta h lahore me uski 'setting' h",
		// C518-004)
		// "Shahid, says he works for 'Hellas Jobs'": a name before the
		// quoted one is kept with it. (Words quoted as said, "he says
		// 'meri Saudi me direct setting hai'", C383-009, are no name.)
		if a := strings.IndexAny(rd.Text, "'\"‘“«"); a > 0 {
			before := rd.r.Read(rd.Text[:a])
			if first := before.firstName(); first != "" && first != q {
				return []string{first, q}, nil
			}
		}
		return []string{q}, nil
	}
	if n, a := rd.firstClauseList(); len(n) > 0 {
		if named := rd.NamedIn(); named != "" && (slices.ContainsFunc(Tokenize(n[0]), func(t Token) bool { return nameWords[t.S] }) || rd.copulaAfter(n[0], named)) {
			// "he told his name is Asif but I am not sure" (A9-0064), "uska
			// naam Zubair hai pindi ka hai satellite town" (A45-0076): what
			// the clause says the name is, not the clause
			n[0] = named
		} else if firms := FirmNames(n[0]); len(firms) == 1 && len(Tokenize(n[0])) > 8 {
			// "sir the agent who came to our village he said he is from
			// Shaheen Overseas Promoters in Rawalpindi" (A9-0067): the firm
			// a long clause names
			n[0] = firms[0]
		} else if rn := rd.r.Read(n[0]).roleName(); rn != "" && len(rn) < len(n[0]) && saysIs(n[0]) && !(rd.capitalisesNames() && lowerWords(rn)) && !strings.HasPrefix(strings.ToLower(rn), "a ") {
			// "The Pakistan agent is a Mr. Kamran Yousaf", "Hamza Qureshi
			// is their Pakistan rep": the person the role names
			n[0] = rn
		}
		return n, a
	}
	if t := strings.TrimSpace(rd.Text); t != "" && !rd.goingOn() {
		return []string{t}, nil
	}
	return nil, nil
}

// saysIs reports a clause with a copula in it ("X is their rep", "the
// agent is Y"): a role said of a name, not a name that ends in a role word
// ("Carpathia HR").
func saysIs(clause string) bool {
	for _, t := range Tokenize(clause) {
		if copulas[t.S] && !roleLead[t.S] {
			return true
		}
	}
	return false
}

// copulaAfter reports a clause that opens with name and a copula right
// after it ("Zubair hai pindi ka"): what follows says something of him.
func (rd *Reading) copulaAfter(clause, name string) bool {
	ct, nt := Tokenize(clause), Tokenize(name)
	return len(ct) > len(nt) && ct[0].S == nt[0].S && rd.isHai(ct[len(nt)].S)
}

// isHai reports a word of "is" ("hai", "h", "ہے"), spelling variants too.
func (rd *Reading) isHai(w string) bool {
	return rd.r.lex.Class("hai")[w] || rd.r.lex.Canon(w) == "hai"
}

// goingOn reports a sentence of something going on now ("page abhi bhi
// chal raha hai", "raha", "rahe"), unquoted: no name.
func (rd *Reading) goingOn() bool {
	return !strings.ContainsAny(rd.Text, "'\"‘“") && slices.ContainsFunc(rd.toks, func(t Token) bool { return rd.r.lex.Class("raha")[t.S] })
}

// guessedName reads a name half remembered, then guessed in full ("mr
// Tariq something, maybe Tariq Mehmood", "Tariq kuch, shayad Tariq
// Mehmood", A7-0067): the guess, when it shares a word with the name
// before and that one has a word for the part not known.
func (rd *Reading) guessedName() (names, aliases []string, ok bool) {
	if rd.plain {
		return nil, nil, false
	}
	for _, h := range rd.pick([]string{kindAnswer}, "hedge") {
		if h.i == 0 || !rd.toks[h.i].Brk || h.j >= len(rd.toks) {
			continue
		}
		vague, words := false, map[string]bool{}
		for _, t := range rd.toks[:h.i] {
			vague = vague || rd.r.vague[t.S]
			words[t.S] = !rd.r.vague[t.S]
		}
		if !vague {
			continue
		}
		n, a := rd.r.readPlain(rd.Text[rd.toks[h.j].Start:]).nameList()
		if len(n) == 0 {
			continue
		}
		for _, t := range Tokenize(n[0]) {
			if words[t.S] {
				return n, a, true
			}
		}
	}
	return nil, nil, false
}

// NameAfterNone reports an answer that says there is no name, then gives
// the one they go by ("no name, just says OEC", "naam nahi likha, voice me
// kehte hain Al Mansoor", "نام نہیں لکھا، وائس میں کہتے ہیں المنصور
// سیکیورٹی"): a name, not a "don't know".
func (rd *Reading) NameAfterNone() bool {
	rest := rd.afterNoName()
	if rest == "" {
		return false
	}
	r := rd.r.Read(rest)
	if r.SeenOn() != "" && len(FirmNames(rest)) == 0 {
		return false // "dont know the name, saw him on facebook only" (A9-0063): where, not who
	}
	// "naam yaad nai aa rha, kal bata dun?" (A10-0080): an offer to tell
	// later, asked, is no name
	// (a guess's "shayad" is no answer word: "pata nahi, shayad Aslam")
	return !r.Unknown() && !r.Skip() && !r.Question() && r.AnswerShare()-r.coveredBy(kindAnswer, "hedge") < 0.5 && r.Name() != "" && !rd.r.Read(r.Name()).OnlyThings()
}

// OnlyThings reports words that only name a thing a name is of ("number",
// "بس نمبر ہے", "just the page"), no name: "نام نہیں معلوم، بس نمبر ہے"
// gives no name after the none.
func (rd *Reading) OnlyThings() bool {
	n := 0
	for _, t := range rd.toks {
		switch {
		case namedThings[t.S]:
			n++
		case t.Digits || thingCopulas[t.S] || thingFillers[t.S]:
			// "بس نمبر ہے ۰۳۱۱۴۵۶۷۸۹۰" (A7-0069): the number itself, no
			// name; "بس نمبر ہے اس کا" (A10-0070): whose it is, no name
		default:
			return false
		}
	}
	return n > 0
}

// thingFillers are the words that stand beside a thing named without
// naming anyone: "just", "only", "his", "its" ("بس نمبر ہے اس کا", "only
// his number", "sirf uska number hai").
var thingFillers = mustClass("thing_fillers")

// thingCopulas are the words of "is" and "was" that stand beside a thing named.
var thingCopulas = mustClass("thing_copulas")

// NameNotKnown reports a one-clause answer that says the name is not
// known ("مجھے اس کا اصلی نام نہیں پتا", "I don't know his real name",
// "uska asli naam mujhe nahi pata") and gives none.
func (rd *Reading) NameNotKnown() bool {
	clauseOf := rd.clauses()
	if len(clauseOf) == 0 || clauseOf[len(clauseOf)-1] != 0 || !rd.Unknown() || rd.NamedIn() != "" {
		return false
	}
	named := false
	for _, t := range rd.toks {
		if accountThings[t.S] {
			return false // "uski id italy_jobs_official hai naam nahi pta": the id is given
		}
		named = named || nameWords[t.S]
	}
	return named
}

// accountThings are what an account is called by besides a name: one
// given gives what the person knows.
var accountThings = mustClass("account_things")

// afterNoName returns what follows a first clause that only says there is
// no name ("no agency name, …", "koi company ka naam nahi, …", "کمپنی کا
// کوئی نام نہیں، …"), or "".
func (rd *Reading) afterNoName() string {
	first, rest, ok := rd.firstAndRest()
	if !ok || first.NamedIn() != "" {
		return ""
	}
	if first.Unknown() && first.AnswerShare() >= 0.5 && rd.r.Read(rest).tellsSource() {
		// "pata nahi, site pe OEC Korea Jobs likha tha", "not sure, the
		// page said Gulf Jobs": not known, but what was written or said is
		// a name
		return rest
	}
	if rd.guessAfterNone(first, rest) {
		return rest
	}
	for i, t := range first.toks {
		if nameWords[t.S] && (first.noName(i) || first.nameDenied(i)) {
			return rest
		}
	}
	return ""
}

// NameGuessedAfterNone reports a "don't know" and then a name guessed
// ("pata nahi yaar, koi Aslam tha shayad", "not sure, maybe Aslam",
// A116-0076).
func (rd *Reading) NameGuessedAfterNone() bool {
	first, rest, ok := rd.firstAndRest()
	return ok && rd.guessAfterNone(first, rest)
}

// firstAndRest is the first clause, read, and the text after it; ok is
// false for a text of one clause.
func (rd *Reading) firstAndRest() (first *Reading, rest string, ok bool) {
	cs := rd.clauseTexts()
	if len(cs) < 2 {
		return nil, "", false
	}
	return rd.r.Read(cs[0]), strings.TrimLeft(rd.Text[len(cs[0]):], " ,،;:.-"), true
}

func (rd *Reading) guessAfterNone(first *Reading, rest string) bool {
	r := rd.r.Read(rest)
	return first.Unknown() && first.AnswerShare() >= 0.5 && r.has(kindAnswer, "hedge") && writtenAsName(r.Name())
}

// writtenAsName reports a name guessed after a "don't know" that is written
// as a name: capitalised in Latin letters, a word or three in Urdu.
func writtenAsName(n string) bool {
	ws := strings.Fields(n)
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	if isLatin(n) {
		return titleCase(ws[0])
	}
	return true
}

// tellsSource reports words that say a name was written or said
// ("likha tha", "the page said", "کارڈ پر لکھا تھا", "kehte hain").
func (rd *Reading) tellsSource() bool {
	for _, t := range rd.toks {
		if sayVerbs[t.S] || toldVerbs[t.S] {
			return true
		}
	}
	return false
}

// namedBy and namedThings make "X naam ka account", "X نام سے پیج", "X
// naam ki company": an account, a page, a firm or a man that goes by X.
var (
	namedBy     = mustClass("named_by")
	namedThings = mustClass("named_things")
)

// toldVerbs say a name was written or said, besides sayVerbs.
var toldVerbs = mustClass("told_verbs")

// sayVerbs tell what a source shows ("the contact page only says X").
var sayVerbs = mustClass("say_verbs")

// afterSelfNamed returns where a name begins that a man gave of himself
// ("فون پر بات کرنے والے نے کہا میں مولانا عبدالرحمان ہوں", C449-029; "he
// said i am Haji Aslam", "bola main X hun"): after a verb of saying and
// "I" ("am", "کہ" between), within the first words, and before the "am"
// that closes it ("ہوں", "hun"); else i and j.
func (rd *Reading) afterSelfNamed(toks []Token, i, j int) (int, int) {
	for k := i; k < j-2 && k < i+10; k++ {
		if !selfSayVerbs[toks[k].S] {
			continue
		}
		m := k + 1
		if thatWords[toks[m].S] {
			m++
		}
		if m >= j-1 || !firstPersons[toks[m].S] && toks[m].S != "i" {
			continue
		}
		m++
		if toks[m].S == "am" && m < j-1 {
			m++
		}
		for e := m + 1; e < j; e++ {
			if toks[e].Brk {
				break
			}
			if iAmWords[toks[e].S] {
				return m, e // "میں مولانا عبدالرحمان ہوں، …"
			}
		}
		return m, j
	}
	return i, j
}

var (
	selfSayVerbs = mustClass("self_say_verbs")
	iAmWords     = mustClass("self_am")
	thatWords    = mustClass("that_words")
)

// sourcePlaces are where a name is read besides an advert ("the contact
// page", "the website", "his profile").
var sourcePlaces = mustClass("source_places")

// nameTitles end a title before a name ("Registration Officer Ahmed
// Raza", "HR Manager Sana").
var nameTitles = mustClass("name_titles")

// shortHonorifics are short forms of "sahab" that are words of their own
// elsewhere ("sb" is also "sab", all).
var shortHonorifics = mustClass("short_honorifics")

// roleCopulas may close a clause that names a man by his role ("Nadeem
// uska saala hai", "Bilal is his helper here").
var roleCopulas = mustClass("role_copulas")

// iAm: "hun", "ہوں", "I'm": a post said of oneself ("company ka agent hun").
var iAm = mustClass("hun")

// roleWords are words that, alone or with a title or a form of address,
// name a role and no one: "HR Manager", "bhai jaan", "recruitment team".
var roleWords, addressAll = mustClass("role_words"), mustClass("address")

// OnlyTitles reports a name that is only titles, roles and forms of
// address ("HR Manager", "بھائی جان", "sir"): what someone was called, not
// who he is (A56-0069, A56-0076).
func (rd *Reading) OnlyTitles() bool {
	for _, t := range rd.toks {
		if !nameTitles[t.S] && !roleWords[t.S] && !addressAll[t.S] && !addressWords[t.S] {
			return false
		}
	}
	return len(rd.toks) > 0
}

// onlySomeone reports words that name no one ("some lady", "ek banda",
// "کوئی آدمی"): with a name given after them (A120-0062: "some lady,
// called herself Madam Rubina"), the name is the answer.
func (rd *Reading) onlySomeone() bool {
	for _, t := range rd.toks {
		if !indefinitePersons[t.S] {
			return false
		}
	}
	return len(rd.toks) > 0
}

var indefinitePersons = mustClass("indefinite_persons")

// countOfPersons reports words that only count people ("دو بندے ہیں",
// "do bande hain", "two guys").
func (rd *Reading) countOfPersons() bool {
	n := len(rd.toks)
	for n > 0 && (rd.r.lex.Class("hai")[rd.toks[n-1].S] || rd.toks[n-1].S == "the" || rd.toks[n-1].S == "تھے") {
		n--
	}
	return n == 2 && peopleCounts[rd.toks[0].S] && peopleNouns[rd.toks[1].S]
}

// Described reports words that describe a man rather than name him: they
// end on "a man" ("وہ بڑا اثر رسوخ والا بندہ", A121-0071), or hold a
// negation ("ہم نے تو کبھی اسے دیکھا بھی نہیں", A121-0070).
func (rd *Reading) Described() bool {
	n := len(rd.toks)
	if n < 3 || slices.ContainsFunc(rd.toks, func(t Token) bool { return nameWords[t.S] || namedWords[t.S] }) {
		return false // "شاہد نامی بندہ", "نام ذیشان نہیں ظہیر ہے": a name given
	}
	return demonstratives[rd.toks[0].S] && indefinitePersons[rd.toks[n-1].S] || n >= 4 && rd.AnyNegation()
}

// demonstratives open words about a man ("وہ بڑا اثر رسوخ والا بندہ"),
// not a name ("چوہدری ندیم اصل بندہ ہے", C201-017).
var demonstratives = mustClass("demonstratives")

// sameWords point back at what was named before ("وہی", "wohi", "same").
var sameWords = mustClass("same_words")

// countryWords name the country itself ("Pakistan", "پاکستان"): part of a
// firm's name, no town it is in.
var countryWords = mustClass("country_words")

// namedWords say "named" ("نامی", "naami").
var namedWords = mustClass("named_words")

// AnyNegation reports a word of negation anywhere in the text: no name
// has one ("hum bhi nahi puchte", A57-0077).
func (rd *Reading) AnyNegation() bool { return rd.negative(0, len(rd.toks)) }

// firstClause is the first clause without the words that introduce it or
// follow it, nor a source it cites ("as per the ad"), with a name's part
// after a comma; "" when nothing is left.
func (rd *Reading) firstClause() string {
	names, aliases := rd.firstClauseList()
	return joinNames(rd.Text, names, aliases)
}

// clauseEnd is the index of the first token after i that opens a new
// clause, or len(toks).
func clauseEnd(toks []Token, i int) int {
	for k := i + 1; k < len(toks); k++ {
		if toks[k].Brk {
			return k
		}
	}
	return len(toks)
}

// firstClauseList reads firstClause's names: in the order written, and
// the other names the first goes by.
func (rd *Reading) firstClauseList() (names, aliases []string) {
	text := stripBrackets(rd.Text)
	toks := Tokenize(text)
	if len(toks) == 0 {
		return nil, nil
	}
	i, j := 0, clauseEnd(toks, 0)
	if j < len(toks) && j <= 2 && rd.r.srcNouns[toks[j-1].S] && (j == 1 || sameWords[toks[0].S] || demonstratives[toks[0].S]) {
		// "وہی پیج، جاپان ہنرمند ویزا پاکستان ڈیسک" (C544-012): the
		// source pointed at, then its name
		i, j = j, clauseEnd(toks, j)
	}
	next := j
	for k := i + 1; k < j-1 && k < i+8; k++ {
		// "the contact page only says X": what the source says
		if !sayVerbs[toks[k].S] {
			continue
		}
		for _, t := range toks[i:k] {
			if sourcePlaces[t.S] || rd.r.srcNouns[t.S] {
				i = k + 1
				break
			}
		}
		break
	}
	i, j = rd.afterSelfNamed(toks, i, j)
	i, j = trimWords(toks, i, j, rd.r.prefixes, true)
	handle := false // a name as an account is called, kept as written
	if k := rd.r.platformNamed(text, toks, i, j); k > i {
		i, j = trimWords(toks, k, j, rd.r.prefixes, true) // "ٹک ٹاک پر نام ملک یورپ والا ہے"
		handle = true
	}
	cut := false
	for k := i + 1; k < j; k++ {
		// "It says Overseas Employment Corporation but its not the real
		// one", "Al Noor likha hai lekin asli nahi": what follows a "but"
		// is a remark on the name, not a part of it
		if remarkWords[toks[k].S] {
			j, cut = k, true
			break
		}
	}
	for k := i + 1; k+1 < j; k++ {
		// "naveed butt naam hy uska dina wala", "نوید بٹ نام ہے اس کا،
		// دینہ والا": a name said before "naam hai" ends there; what
		// follows is a remark on him (C15-025)
		if (toks[k].S == "naam" || toks[k].S == "nam" || toks[k].S == "نام") && !genitives[toks[k-1].S] &&
			(rd.r.lex.Class("hai")[toks[k+1].S] || toks[k+1].S == "tha" || toks[k+1].S == "تھا") {
			j, cut = k, true
			break
		}
		// "Gulf Jobs naam ki id hai tiktok pe", "فاسٹ رائیڈرز نام کا اکاؤنٹ
		// ہے", "Ali naam ka banda tha": a name said before "naam ka
		// account" ends there
		if (toks[k].S == "naam" || toks[k].S == "nam" || toks[k].S == "نام") && k+2 < len(toks) &&
			namedBy[toks[k+1].S] && namedThings[toks[k+2].S] {
			j, cut = k, true
			if k-1 > i && genitives[toks[k-1].S] && toks[k-1].S != "s" {
				j = k - 1 // "برٹش کیئر لنک کنسلٹنٹس کے نام سے پیج ہے" (C31-021)
			}
			break
		}
		// "Qatar Gulf Contracting ke naam se baat karte hain", "… کے نام
		// سے کام کرتے ہیں": the name is what comes before "in the name of"
		if nameWords[toks[k].S] && k-1 > i && genitives[toks[k-1].S] && toks[k-1].S != "s" && namePostpositions[toks[k+1].S] &&
			(toks[k+1].S == "se" || toks[k+1].S == "sy" || toks[k+1].S == "say" || toks[k+1].S == "سے") {
			j, cut = k-1, true
			break
		}
		// "Naveed Butt is his name, from Dina": the same in English
		if (toks[k].S == "is" || toks[k].S == "was") && k+2 < len(toks) && (toks[k+1].S == "name" || toks[k+2].S == "name" && possessives[toks[k+1].S]) {
			j, cut = k, true
			break
		}
	}
	for k := i; k < i+3 && k < j-2; k++ {
		if nameTitles[toks[k].S] {
			i = k + 1 // "Registration Officer Ahmed Raza"
			break
		}
	}
	if c := j; i < j {
		j = rd.r.sourceCut(toks, i, j)
		if handle && j+1 < c && rd.r.place(toks[j].S) && rd.r.descriptor[toks[j+1].S] {
			j = c // "tiktok pe naam Malik Libya wala": the account's name
		}
	}
	end := j
	i, j = trimWords(toks, i, j, rd.r.suffixes, false)
	j = firmGroup(text, toks, j, end)
	if handle && j < end && rd.r.descriptor[toks[j].S] {
		j++ // "ملک یورپ والا ہے": "والا" is the account's, "ہے" the sentence's
	}
	if j-i > 2 && rd.r.trade[toks[j-2].S] && rd.r.lex.Class("pk_place")[toks[j-1].S] && !handle && !countryWords[toks[j-1].S] {
		// (not an account's name, "account ka naam Chaudhry Travel Gujrat
		// h", C541-006, nor the country a firm is named for, "کیسپین جابز
		// پاکستان", C543-016)
		j-- // "Ch. Travels Sialkot", "سومرو ٹریولز سکھر": the firm's town, its address
	}
	for k := i + 1; k+1 < j && j-k <= 4; k++ {
		// "shafqat agent mandi bahauddin", "زاہد ایجنٹ گجرات والا": the
		// role and his town after the name are no part of it
		if rd.r.lex.Class("agent")[toks[k].S] && rd.r.lex.Class("pk_place")[toks[k+1].S] {
			j = k
			break
		}
	}
	if j-i >= 2 && rd.r.lex.Class("agent")[toks[j-1].S] && !rd.r.trade[toks[j-2].S] {
		// "Shafqat agent", "Zahid the agent": his trade, not his name
		j--
		if j-i >= 2 && (toks[j-1].S == "the" || toks[j-1].S == "an") {
			j--
		}
	}
	if i >= j {
		return nil, nil
	}
	for k := i + 2; k < j; k++ {
		// "Al Hamd Travels ka malik Saeed Ullah hai": the firm, then the
		// person behind it, as when a later clause names him
		if !genitives[toks[k-1].S] {
			continue
		}
		if n := seqAt(toks, k, j, rd.r.roles); n > 0 && k+n < j {
			firm := rd.r.Read(text[toks[i].Start:toks[k-2].End]).firstClause()
			who := rd.r.Read(text[toks[k+n].Start:toks[j-1].End]).firstClause()
			if firm != "" && who != "" {
				return []string{firm, who}, nil
			}
		}
	}
	for k := i + 1; k < j; k++ {
		// "Zahid Khan urf Zahid Lala": the other name he goes by, in
		// brackets, as when a later clause gives it
		if n := seqAt(toks, k, j, rd.r.alias); n > 0 && k+n < j {
			name := rd.r.Read(text[toks[i].Start:toks[k-1].End]).firstClause()
			other := rd.r.Read(text[toks[k+n].Start:toks[j-1].End]).firstClause()
			if name != "" && other != "" {
				return []string{name}, []string{other}
			}
			break
		}
	}
	for k := i + 1; k+1 < j; k++ {
		// "Hafiz Imran from Makkah Services International": a person,
		// then the firm he says he is from, kept after him
		if toks[k].S != "from" || !rd.r.trade[toks[j-1].S] {
			continue
		}
		who := strings.Trim(text[toks[i].Start:toks[k-1].End], " .,:;-'\"")
		firm := strings.Trim(text[toks[k+1].Start:toks[j-1].End], " .,:;-'\"")
		if n := rd.r.Read(who).selfNamedIn(); n != "" {
			who = n // "on whatsapp the guy said he is Fahad sb from Emirates Guarding Services" (C221-001)
		}
		if who != "" && firm != "" {
			return []string{who, firm}, nil
		}
	}
	// "page abhi bhi chal raha hai, aur logon ko bhi phasa rahe hain"
	// (C76-023): a sentence going on now ("raha", "rahe") names no one
	if rd.r.Read(text[toks[i].Start:toks[j-1].End]).goingOn() {
		return nil, nil
	}
	first := strings.Trim(text[toks[i].Start:toks[j-1].End], " .,:;-'\"")
	if k, m := rd.namePart(text, toks, next); m > k && !cut {
		// "Tariq Mehmood, Euro Gate Consultants": a second name after the
		// comma, kept after the first
		second := strings.Trim(text[toks[k].Start:toks[m-1].End], " .,:;-'\"")
		legal := true // "Siam Star Digital Co., Ltd": one firm's name
		for _, t := range toks[k:m] {
			legal = legal && rd.r.legalForms[t.S]
		}
		if legal {
			return []string{strings.Trim(text[toks[i].Start:toks[m-1].End], " ,:;-'\"")}, nil
		}
		if first != "" && second != "" {
			return []string{first, second}, nil
		}
	}
	if first == "" {
		return nil, nil
	}
	return []string{first}, nil
}

// platformNamed returns where the name begins after the platform it is
// named on ("tiktok pe naam X hai", "ٹک ٹاک پر نام X ہے", "on tiktok the
// name is X", "fb page ka naam X"), or i when toks[i:j] opens otherwise.
func (r *Reader) platformNamed(text string, toks []Token, i, j int) int {
	k := i
	if k < j && srcPrepositions[toks[k].S] {
		k++ // "on tiktok …"
	}
	rd := r.Read(text)
	at := -1
	for _, h := range rd.pick([]string{optionPrefix + "seen"}) {
		if h.i == k && h.j <= j && len(rd.toks) == len(toks) {
			at = h.j
			break
		}
	}
	if at < 0 {
		return i
	}
	for k = at; k < j && k-at < 4; k++ {
		switch w := toks[k].S; {
		case nameWords[w]:
			for k+1 < j && (w == "name" || w == "naam" || w == "نام") && nameCopulas[toks[k+1].S] {
				k++ // "… name is X", "… naam hai X"
			}
			return k + 1
		case toks[k].Brk:
			return i
		case !srcPostpositions[w] && !genitives[w] && !possessives[w] && !r.srcNouns[w] && !sourcePlaces[w] && !platformThings[w]:
			return i
		}
	}
	return i
}

// nameCopulas stand between a name word and the name ("name is X", "naam
// hai X").
var nameCopulas = mustClass("name_copulas")

// platformThings are what a name is of on a platform ("account ka naam",
// "id ka naam", "آئی ڈی کا نام").
var platformThings = mustClass("platform_things")

// remarkWords open a remark on the name before them ("… but it's fake",
// "… lekin asli nahi", "… لیکن اصلی نہیں").
var remarkWords = mustClass("remark_words")

// namedParts reads an answer that gives names clause by clause: the
// person's name first, as a name ("the guy said his name is Rizwan, page
// Malay Jobs Link", "اس کا نام ارشد چیمہ ہے، دفتر کا نام چیمہ ٹریولز",
// "Muscat Riders Jobs page wala, apna naam Waqas btata tha"), then the
// other parts in the order written: a firm's or page's name, a person
// named by a role ("Maple Leaf Immigration. owner Sohail Rana"), a firm
// named in a later clause by its trade word ("his name Shakeel Anjum, said
// he works for Al Noor Travels"); a later clause that gives another name
// he goes by is kept in brackets ("Jahangir, people call him Jaggi" →
// "Jahangir (Jaggi)"). It is "" when no clause is marked as a name that
// way, and the first clause is read alone (Name).
func (rd *Reading) namedParts() string {
	names, aliases := rd.namedList()
	return joinNames(rd.Text, names, aliases)
}

// joinNames writes names as one answer: the first, the other names he goes
// by in brackets after it, then the rest ("Jahangir (Jaggi), Al Noor
// Travels"), with the comma of the text's script.
func joinNames(text string, names, aliases []string) string {
	if len(names) == 0 {
		return ""
	}
	out := append([]string(nil), names...)
	if len(aliases) > 0 {
		out[0] += " (" + strings.Join(aliases, ", ") + ")"
	}
	sep := ", "
	if HasUrduScript(text) {
		sep = "، "
	}
	return strings.Join(out, sep)
}

// namedList reads the names namedParts gives, in the order written (the
// first given is the answer's head), and the other names the first goes
// by; none when no clause is marked as a name.
func (rd *Reading) namedList() (names, aliases []string) {
	clauses := rd.clauseTexts()
	if len(clauses) < 2 {
		return nil, nil
	}
	var given []string // in the order written
	people, real := 0, -1
	marked, firstGiven := false, false
	capitals := rd.capitalisesNames()
	roleOpen := false  // a clause named a role and no one: the next name is the person in it
	lead := clauses[0] // the first clause, with a legal form that follows it ("Siam Bright Digital Co., Ltd")
	for k, c := range clauses {
		sub := rd.r.Read(c)
		if k > 0 && sub.onlyLegalForm() {
			if k == 1 {
				lead = strings.TrimSpace(rd.Text[:strings.Index(rd.Text, c)+len(c)])
				if n := rd.r.Read(lead).firstClause(); n != "" && firstGiven && len(given) > 0 {
					given[0] = n
				}
			}
			continue
		}
		if k > 0 {
			if n := sub.selfNamedIn(); n != "" {
				if strings.Contains(strings.ToLower(clauses[0]), strings.ToLower(n)) {
					continue // "Imran bhai, khud ko Imran Dubai wala kehta hai": the name again
				}
				// "Gulf Link Recruitment Services. jo banda baat krta tha
				// wo khud ko Waqas Butt bolta tha" (C67-001): the person
				// dealt with, kept after the firm, as a role names him
				given = append(given, n)
				marked = true
				continue
			}
			if a := sub.aliasName(); a != "" {
				aliases = append(aliases, a)
				marked = true
				continue
			}
		}
		if q := sub.firmQuoted(); q != "" {
			// "She says company is 'Golden Apex Tech'. Her name is 'Cindy'"
			// (C67-011): the firm, in quotes after its word, then the person
			given = append(given, q)
			marked, firstGiven = marked || k > 0, firstGiven || k == 0
			continue
		}
		if n := sub.NamedIn(); n != "" {
			if k > 0 && accountHandle(c, n) {
				// "Maple Route Immigration, account ka naam
				// @mapleroute.jobs": the account's handle is where
				// they post, not another name (C15-026)
				continue
			}
			if k > 0 && sub.hasRole() {
				// "Al-Fajr Promoters, manager ka naam Imran": a person
				// behind the firm named first, kept after it.
				given = append(given, n)
				marked = true
				continue
			}
			if k > 0 && sub.realNamed() {
				real = len(given) // "Arshad Dunki wala, asal naam Arshad Mehmood"
			}
			given = append(given, n)
			people++
			marked, firstGiven = true, firstGiven || k == 0
			continue
		}
		if k > 0 && sub.onlyRole() {
			continue // "calls himself Faisal, 'HR manager'" (C68-001): his post, no other name
		}
		if k > 0 {
			if n := sub.roleName(); n != "" && !(capitals && lowerWords(n)) {
				given = append(given, n)
				marked = true
				continue
			}
			if n := sub.namePartOf(); capitals && sub.hasRole() && (n == "" || lowerWords(n)) {
				// "The owner sits there himself, Chaudhry Nadeem Akhtar, he
				// dealt with us personally" (C86-001): the role, then the
				// name on its own
				roleOpen = true
				continue
			}
		}
		if k > 0 && sub.licenceGiven() {
			continue // "Al-Noor Manpower Services, OEP licence 2187/LHR": its licence, no other name
		}
		if n := sub.namePartOf(); n != "" {
			if k > 0 && capitals && lowerWords(n) {
				// "he dealt with us personally", "Very sweet talker": one
				// who writes names with capitals wrote no name here
				continue
			}
			marked = marked || k > 0 && roleOpen
			roleOpen = false
			given = append(given, n)
			firstGiven = firstGiven || k == 0
			// "…, Mrs. Sana Malik, …" (C86-016): a title marks a name
			marked = marked || k > 0 && len(sub.toks) > 1 && honorifics[sub.toks[0].S]
			continue
		}
		if n := sub.firmIn(); n != "" {
			// "khud ko Al Noor Manpower wala kehta tha, naam Shahid
			// bataya": the firm he claims, kept with his name
			given = append(given, n)
			marked = marked || k > 0
			firstGiven = firstGiven || k == 0
		}
	}
	if !marked {
		return nil, nil
	}
	if people == 0 && !firstGiven {
		// the first clause is the name, with words around it the
		// clause-by-clause reading does not drop
		if n := rd.r.Read(lead).firstClause(); n != "" {
			given = append([]string{n}, given...)
		}
	}
	if real > 0 {
		// the name said to be the real one is the head, the one he goes
		// by kept after it
		given = append(append([]string{given[real]}, given[:real]...), given[real+1:]...)
	}
	names = given
	if len(names) == 0 {
		if len(aliases) == 0 {
			return nil, nil
		}
		names, aliases = aliases[:1], aliases[1:]
	}
	// an alias that is the name again, with a title ("گل زمان، سب اسے گل
	// زمان ایجنٹ کہتے ہیں"), names no one new; "nadeem, log nadeem
	// gujjar b kehte" does
	aliases = slices.DeleteFunc(aliases, func(a string) bool { return rd.r.sameName(a, names[0]) })
	return names, aliases
}

// licenceGiven reports a licence word with its number ("OEP licence
// 2187/LHR", "lic no. 3370").
func (rd *Reading) licenceGiven() bool {
	for k, t := range rd.toks {
		if rd.r.licence[t.S] && rd.r.numberNear(rd.toks, k+1, len(rd.toks)) {
			return true
		}
	}
	return false
}

// realNamed reports a name said to be the real one ("asal naam Arshad
// Mehmood", "real name Jahangir", "اصل نام ارشد محمود"), not a guess at it
// ("اصل نام شاید بلال احمد ہے", C85-006: the name he goes by stays the
// head, the guess is kept beside it).
func (rd *Reading) realNamed() bool {
	for i, t := range rd.toks {
		if nameWords[t.S] && i > 0 && realWords[rd.toks[i-1].S] {
			return !rd.guessed() || fullWords[rd.toks[i-1].S]
		}
	}
	return false
}

// fullWords call a name the full one ("full name Nasir Abbasi i think",
// C56-021): the name he goes by made whole, first even when guessed.
var fullWords = mustClass("full_words")

// guessed reports a word or phrase of a guess ("shayad", "i think").
func (rd *Reading) guessed() bool {
	return slices.ContainsFunc(rd.toks, func(t Token) bool { return hedges[t.S] }) || rd.has(kindAnswer, "hedge")
}

// hedges mark a guess ("shayad", "maybe", "شاید").
var hedges = mustClass("hedges")

// sameName reports an alias a that is the name n again, or a part of it,
// or it with only a title or a word that is no name added ("گل زمان
// ایجنٹ").
func (r *Reader) sameName(a, n string) bool {
	in := map[string]bool{}
	for _, t := range Tokenize(n) {
		in[t.S] = true
	}
	for _, t := range Tokenize(a) {
		if !in[t.S] && !r.notName(t.S) && !nameTitles[t.S] && !r.lex.Class("agent")[t.S] {
			return strings.Contains(Fold(n).S, Fold(a).S)
		}
	}
	return true
}

// accountHandle reports a name n that a clause writes as an account's
// handle or address ("@mapleroute.jobs", "maple.route_jobs",
// "gulfjobs.pk"): one word, marked by "@" or made of parts joined by dots
// or underscores.
func accountHandle(clause, n string) bool {
	if strings.ContainsAny(n, " \t") {
		return false
	}
	return strings.Contains(clause, "@"+n) || strings.Trim(n, "._") != n || strings.ContainsAny(strings.Trim(n, "._"), "._")
}

// seqAt returns the length of the first of seqs that starts at toks[k]
// and ends by j, or 0.
func seqAt(toks []Token, k, j int, seqs [][]string) int {
	for _, p := range seqs {
		if k+len(p) <= j && matchWords(toks[k:k+len(p)], p) {
			return len(p)
		}
	}
	return 0
}

// sourceCut returns where a source cited after a name begins in toks[i:j]
// ("Zamzam Trade Links as per the ad", "… ad ke mutabiq", "… اشتہار کے
// مطابق"), or j: what follows the name is where it was read, not part of it.
func (r *Reader) sourceCut(toks []Token, i, j int) int {
	for k := i + 1; k < j; k++ {
		if r.licence[toks[k].S] && r.numberNear(toks, k+1, j) {
			return k // "Sky Link Overseas Employment Promoters lic 3370/RWP"
		}
		if r.place(toks[k].S) && k+1 < j && r.descriptor[toks[k+1].S] {
			return k // "Chaudhry Nadeem Libya wala"
		}
		if placeFrom[toks[k].S] && k+1 < j && r.place(toks[k+1].S) && !r.tradeIn(toks[k+1:j]) {
			return k // "Haji Saab from Kharian", not "… from Makkah Services International"
		}
		if seqAt(toks, k, j, r.srcBefore) > 0 {
			return k
		}
		if r.srcNouns[toks[k].S] && seqAt(toks, k+1, j, r.srcAfter) > 0 {
			if k-1 > i && nameDeterminers[toks[k-1].S] {
				return k - 1 // "us ad ke mutabiq"
			}
			return k
		}
		if r.srcNouns[toks[k].S] && k+2 == j && srcPostpositions[toks[k+1].S] && k-1 > i {
			// "Doha Star Recruiting likha tha video me", "… لکھا تھا
			// ویڈیو میں": where it was written ends the answer
			if nameDeterminers[toks[k-1].S] && k-2 > i {
				k--
			}
			return k
		}
		if srcPrepositions[toks[k].S] && k-1 > i {
			// "Doha Star Recruiting, written in the video"
			m := k + 1
			if m < j && nameDeterminers[toks[m].S] {
				m++
			}
			if m+1 == j && r.srcNouns[toks[m].S] {
				if k-2 > i && copulas[toks[k-1].S] {
					return k - 1 // "Al Wakra Logistics WLL is on the letter" (C68-001)
				}
				return k
			}
		}
	}
	return j
}

// srcPostpositions and srcPrepositions place a name in its source ("video
// me", "ad pe", "اشتہار میں", "in the video").
var (
	srcPostpositions = mustClass("src_postpositions")
	srcPrepositions  = mustClass("src_prepositions")
)

// place reports a place's one-word name: abroad (triage.json's countries
// and cities) or in Pakistan (words.json's pk_place).
// (not "فیصل", a man's name too: of "فیصل آباد" only with the rest)
func (r *Reader) place(w string) bool {
	return r.places[w] || r.lex.Class("pk_place")[w] && !r.lex.Class("place_name_parts")[w]
}

// tradeIn reports a trade word among toks ("Makkah Services
// International"): a firm's name, not a town.
func (r *Reader) tradeIn(toks []Token) bool {
	for _, t := range toks {
		if r.trade[t.S] {
			return true
		}
	}
	return false
}

// placeFrom are the words before a place a person is from ("from
// Kharian").
var placeFrom = mustClass("place_from")

// numberNear reports a number within the three tokens from k (before j):
// the licence number after a licence word ("lic no. 3370/RWP").
func (r *Reader) numberNear(toks []Token, k, j int) bool {
	reg := k > 0 && registrationWords[toks[k-1].S]
	for m := k; m < j && m < k+3; m++ {
		if toks[m].Digits && !(reg && yearLike(toks[m].S) && (m+1 == len(toks) || toks[m+1].Brk || r.descriptor[toks[m+1].S])) {
			return true
		}
	}
	return false
}

// yearLike reports a number that reads as a year: after "Registration"
// it is part of a page's name ("OEC Korea Jobs Registration 2025",
// C471-013), no licence number that ends the name.
func yearLike(s string) bool {
	return len(s) == 4 && (strings.HasPrefix(s, "19") || strings.HasPrefix(s, "20"))
}

var (
	nameDeterminers   = mustClass("name_determiners")
	registrationWords = mustClass("registration_words")
)

// copulas stand between a role word and the name ("the owner is Sohail
// Rana", "Sohail Rana malik hai").
var copulas = mustClass("copulas")

// aliasName returns the other name a clause says he goes by ("people call
// him Jaggi", "log usay Jaggi kehte hain", "urf Jaggi", "عرف جگی"), or "".
func (rd *Reading) aliasName() string {
	toks := rd.toks
	for k := range toks {
		if n := seqAt(toks, k, len(toks), rd.r.alias); n > 0 {
			if s := rd.nameSpan(k+n, len(toks), 4); s != "" {
				return s
			}
			if k > 0 {
				return rd.nameSpan(0, k, 4) // "Jaggi is what people call him"
			}
			return ""
		}
	}
	return ""
}

// alongWords open a clause that names one who comes along ("saath unka
// munshi Faisal").
var alongWords = mustClass("along_words")

// writtenName reads an answer opened by a source and the words that give
// the name it wrote ("ای میل میں لکھا تھا گلف اسٹار ریکروٹمنٹ ایجنسی، جی
// میل والا ایڈریس تھا", C176-002): the name after them, in their clause,
// and the names the clauses after it mark as names, kept beside it.
func (rd *Reading) writtenName() (name string, more, aliases []string, ok bool) {
	toks := rd.toks
	for k := 0; k < len(toks) && k < 3; k++ {
		n := seqAt(toks, k, len(toks), rd.r.writtenBefore)
		if n == 0 {
			continue
		}
		j := k + n
		for j < len(toks) && !toks[j].Brk {
			j++
		}
		name = rd.nameSpan(k+n, j, 5)
		if name == "" {
			return "", nil, nil, false
		}
		if j < len(toks) {
			more, aliases = rd.r.Read(rd.Text[toks[j].Start:]).namedList()
		}
		return name, more, aliases, true
	}
	// "آفر لیٹر پر Caspian Hospitality Group لکھا تھا", "offer letter pe
	// … likha tha" (C254-013): the name between its source and the word
	// of writing
	for k := 0; k+2 < len(toks) && k < 3; k++ {
		if !rd.r.srcNouns[toks[k].S] || !srcPostpositions[toks[k+1].S] || toks[k+2].Brk {
			continue
		}
		e := k + 2
		for e < len(toks) && !toks[e].Brk && !toldVerbs[toks[e].S] {
			e++
		}
		if e == len(toks) || !toldVerbs[toks[e].S] {
			break
		}
		j := e
		for j < len(toks) && !toks[j].Brk {
			j++
		}
		if j < len(toks) {
			break // more clauses: read as a list of names
		}
		if name = rd.nameSpan(k+2, e, 6); name == "" || rd.r.Read(name).hasRole() {
			break // ("page pe sirf HR Manager Sana likha hai": a post and a name)
		}
		return name, nil, nil, true
	}
	return "", nil, nil, false
}

// selfNamedIn returns the person a clause says goes by a name or was the
// one dealt with ("wo khud ko Waqas Butt bolta tha", "دفتر میں جس سے بات
// ہوئی وہ گل زمان تھا", "the guy on whatsapp calls himself Faisal"): the
// name after the lexicon's self_named words, without the words of saying
// after it; "" when there is none.
func (rd *Reading) selfNamedIn() string {
	toks := rd.toks
	for k := range toks {
		if n := seqAt(toks, k, len(toks), rd.r.selfNamed); n > 0 {
			j := k + n
			for j < len(toks) && !toks[j].Brk {
				j++
			}
			if s := rd.nameSpan(k+n, j, 4); s != "" && !rd.r.Read(s).onlyRole() {
				return s // not "says he is manager": his post
			}
			break
		}
	}
	// "فون پر کوئی ملک صاحب بات کرتے تھے" (C68-031), "ek Bilal call karta
	// tha": the one who talked, named between the lexicon's talker words
	for k := range toks {
		n := seqAt(toks, k, len(toks), rd.r.talkerBefore)
		if n == 0 {
			continue
		}
		for e := k + n + 1; e < len(toks) && e <= k+n+4 && !toks[e].Brk; e++ {
			if seqAt(toks, e, len(toks), rd.r.talkerAfter) > 0 {
				if s := rd.nameSpan(k+n, e, 4); s != "" && startsName(rd.word(k+n)) {
					return s
				}
				break
			}
		}
	}
	if n := rd.talkerNamed(); n != "" {
		return n
	}
	return ""
}

// capitalisesNames reports Latin text that writes names with capitals:
// two words or more in title case that do not open a sentence ("… The
// owner sits there himself, Chaudhry Nadeem Akhtar, …").
func (rd *Reading) capitalisesNames() bool {
	n := 0
	for k, t := range rd.toks {
		if k == 0 || !isLatin(rd.word(k)) || !titleCase(rd.word(k)) {
			continue
		}
		if gap := rd.Text[rd.toks[k-1].End:t.Start]; strings.ContainsAny(gap, ".!?") {
			continue
		}
		n++
	}
	return n >= 2
}

// lowerWords reports a Latin span with a word written small that is no
// joiner of names ("sits there", "dealt with us personally"; not "Mian
// ul Haq", "Butt & Sons").
func lowerWords(s string) bool {
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, ".,;:'\"()")
		if w == "" || !isLatin(w) || nameJoiners[strings.ToLower(w)] {
			continue
		}
		if r := []rune(w); unicode.IsLower(r[0]) {
			return true
		}
	}
	return false
}

// nameJoiners are small words inside names ("Zia ul Haq", "bin", "&").
var nameJoiners = mustClass("name_joiners")

// talkerNamed returns the one who talked, named right before the
// lexicon's talker words after a role word or a place ("پاکستان میں ان کا
// بندہ عدیل بات کرتا تھا", "office me Mian Shahid baat krta tha", C85-023,
// C85-033), or between the two words of "baat karna" ("بات مس ہما کرتی ہے",
// C86-030); "" when there is none.
func (rd *Reading) talkerNamed() string {
	toks := rd.toks
	roleEnds := func(b int) bool {
		for l := 1; l <= 3 && l <= b; l++ {
			if seqAt(toks, b-l, b, rd.r.roles) == l && !(l == 1 && rd.titleRole(b-1)) {
				return true
			}
		}
		return false
	}
	for e := 1; e < len(toks); e++ {
		if seqAt(toks, e, len(toks), rd.r.talkerAfter) == 0 || toks[e].Brk {
			continue
		}
		b := e
		for b > 0 && e-b < 3 && !toks[b].Brk && !toks[b-1].Digits && !rd.r.notName(toks[b-1].S) && !roleEnds(b) {
			b--
		}
		if b+1 < e && rd.word(b) == "m" {
			b++ // "bnda bola m Sajid bol rha hun" (C224-006): SMS "m" for "main"
		}
		opened := b == 0 || toks[b].Brk || roleEnds(b) || postpositionMein[toks[b-1].S] || inWords[toks[b-1].S] || srcPostpositions[toks[b-1].S]
		if b < e && opened && startsName(rd.word(b)) {
			if s := rd.nameSpan(b, e, 3); s != "" && !rd.r.Read(s).onlyRole() {
				return s
			}
		}
	}
	for k := 0; k+2 < len(toks); k++ {
		if !talkNouns[toks[k].S] {
			continue
		}
		s := k + 1
		for s < len(toks) && s <= k+3 && !toks[s].Brk && rd.r.notName(toks[s].S) {
			s++ // "baat zyada tar Waseem sahab se hoti h" (C87-005): mostly with him
		}
		for e := s + 1; e < len(toks) && e <= s+3 && !toks[e].Brk; e++ {
			if talkDoing[toks[e].S] || seqAt(toks, e, len(toks), rd.r.talkerAfter) > 0 {
				if n := rd.nameSpan(s, e, 3); n != "" && startsName(rd.word(s)) && !rd.r.Read(n).onlyRole() {
					return n
				}
				break
			}
		}
	}
	return ""
}

var (
	talkNouns = mustClass("talk_nouns") // "baat" of "baat karna", to talk
	talkDoing = mustClass("talk_doing")
	roleLead  = mustClass("role_lead") // whose a role is, before it ("wahan ka banda")
)

// titleRole reports a one-word role at k written with a capital before
// another capitalised word, in a text that writes names with capitals
// ("baat Malik Shahzad se hoti thi", C215-004): the first word of his
// name, not his post.
func (rd *Reading) titleRole(k int) bool {
	return k+1 < len(rd.toks) && isLatin(rd.word(k)) && titleCase(rd.word(k)) && titleCase(rd.word(k+1)) &&
		seqAt(rd.toks, k, k+1, rd.r.roles) == 1 && rd.capitalisesNames()
}

// startsName reports a word that may open a name: written with a capital,
// or in a script without capitals ("ملک صاحب").
func startsName(w string) bool { return !isLatin(w) || titleCase(w) }

// roleName returns a person a clause names by a role in the firm ("owner
// Sohail Rana", "its manager is Asif", "Sohail Rana malik hai", "مالک سہیل
// رانا ہے"), or "".
func (rd *Reading) roleName() string {
	toks := rd.toks
	limit := 3
	if len(toks) > 0 && alongWords[toks[0].S] {
		limit = 4 // "ساتھ ان کا منشی فیصل" (C177-021): "along", then whose the role is
	}
	for k := 0; k < len(toks) && k < limit; k++ {
		if n := seqAt(toks, k, len(toks), rd.r.roles); n > 0 {
			if k == 0 && n == 1 && len(toks) > 1 && len(toks) <= 4 && titleCase(rd.word(0)) && titleCase(rd.word(1)) {
				// "Malik Tariq" (C87-008): a role word written as the first
				// word of a name is the name's
				if s := rd.nameSpan(0, len(toks), 4); s != "" {
					return s
				}
			}
			i := k + n
			if n == 1 && rd.titleRole(k) && !copulas[toks[k+1].S] {
				i = k // "baat Malik Shahzad se hoti thi" (C215-004): Malik is his name's
			}
			for i < len(toks) && (copulas[toks[i].S] || i > k+n && (toks[i].S == "a" || toks[i].S == "an") && i+1 < len(toks) && titleCase(rd.word(i+1))) {
				i++ // "… agent is a Mr. Kamran Yousaf"
			}
			end := len(toks)
			for end > i+1 && (copulas[toks[end-1].S] || toks[end-1].S == "ہیں") {
				end-- // "مالک حاجی ظاہر شاہ ہیں" (C76-006): the name, not its "are"
			}
			if s := rd.nameSpan(i, end, 4); s != "" {
				return s
			}
		}
		if !copulas[toks[k].S] && !roleLead[toks[k].S] && !rd.r.place(toks[k].S) {
			// "wahan ka banda Rana Tahir" (C88-008): whose the role is may
			// come first, or where ("The Pakistan agent is a Mr. Kamran
			// Yousaf")
			break
		}
	}
	// a role, the name, then what the person did: "a lady Sana handled the
	// whatsapp" (C72-012)
	for k := 0; k < len(toks) && k < 2; k++ {
		n := seqAt(toks, k, len(toks), rd.r.roles)
		if n == 0 {
			continue
		}
		i, e := k+n, k+n
		if n == 1 && rd.titleRole(k) {
			i = k // "baat Malik Shahzad se hoti thi" (C215-004): Malik is his name's
		}
		for e < len(toks) && e < i+3 && !toks[e].Brk && !rd.r.notName(toks[e].S) && !toks[e].Digits && startsName(rd.word(e)) && isLatin(rd.word(e)) {
			e++
		}
		if e > i && e < len(toks) && !toks[e].Brk && !startsName(rd.word(e)) {
			return strings.Trim(rd.Text[toks[i].Start:toks[e-1].End], " .,:;-'\"")
		}
		break
	}
	// a role with what the person did, then the name: "the man who talks
	// is Qari Naveed", "The local guy who took the money is Usman Qureshi
	// in Islamabad" (C70-001, C70-025)
	for k := 0; k < len(toks) && k < 2; k++ {
		n := seqAt(toks, k, len(toks), rd.r.roles)
		if n == 0 || k+n >= len(toks) || !relatives[toks[k+n].S] && !roleWhere[toks[k+n].S] {
			continue // (or where the role is: "the man in the email is Faisal Al-Kuwari", C216-002)
		}
		for c := k + n + 1; c < len(toks) && c <= k+n+8 && !toks[c].Brk; c++ {
			if toks[c].S != "is" && toks[c].S != "was" {
				continue
			}
			e := c + 1
			for e < len(toks) && e < c+5 && !toks[e].Brk && !rd.r.notName(toks[e].S) && !toks[e].Digits {
				e++
			}
			if e > c+1 && startsName(rd.word(c+1)) {
				return strings.Trim(rd.Text[toks[c+1].Start:toks[e-1].End], " .,:;-'\"")
			}
			break
		}
	}
	// the role after the name: "Sohail Rana is the owner", "X malik hai"
	for k := 1; k < len(toks); k++ {
		n := seqAt(toks, k, len(toks), rd.r.roles)
		if n == 0 {
			continue
		}
		if k+n == len(toks) && n == 1 && titleCase(rd.word(k)) && titleCase(rd.word(k-1)) {
			break // "Mrs. Sana Malik" (C86-016): a surname written as one, not "X malik hai"
		}
		rest := k + n
		for rest < len(toks) && copulas[toks[rest].S] {
			rest++
		}
		j := k
		for j > 0 && (copulas[toks[j-1].S] || roleLead[toks[j-1].S] || rd.r.place(toks[j-1].S) || nameDeterminers[toks[j-1].S] || roleAdjectives[toks[j-1].S]) {
			j-- // "Hamza Qureshi is their Pakistan rep": whose and where the role is
		}
		if rest == len(toks) && j > 0 {
			return rd.nameSpan(0, j, 4)
		}
		break
	}
	return ""
}

// firmQuoted returns a name in quotes that a firm's word ("company",
// "agency", "کمپنی") introduces within the three words before it ("company
// is 'Golden Apex Tech'", "agency ka naam 'Al Noor'"), or "".
func (rd *Reading) firmQuoted() string {
	at := strings.IndexAny(rd.Text, "'\"‘“«")
	if at < 0 {
		return ""
	}
	q := rd.Text[at+1:] // a clause may end before the closing quote
	if end := strings.IndexAny(q, "'\"’”»"); end >= 0 {
		q = q[:end]
	}
	if q = strings.TrimSpace(q); q == "" || len(strings.Fields(q)) > 6 {
		return ""
	}
	for k := len(rd.toks) - 1; k >= 0; k-- {
		if rd.toks[k].End > at {
			continue
		}
		for m := k; m >= 0 && m > k-3; m-- {
			if w := rd.toks[m].S; rd.r.firmKinds[w] && !notFirmWord[w] {
				return q
			}
		}
		break
	}
	return ""
}

// roleAdjectives say which of a firm's people a role is ("main guy",
// "head agent"), before the role word.
var roleAdjectives = mustClass("role_adjectives")

// roleWhere open where a role is met, after the role ("the man in the
// email", "the guy on the phone").
var roleWhere = mustClass("role_where")

// relativeWords open a clause of what a person does ("jo", "who", "جو").
var relativeWords = mustClass("relative_words")

// relatives open what a person did, after the word for him ("the man who
// talks is …").
var relatives = mustClass("relatives")

// notFirmWord are the words of firm_kinds that name no firm before a quote
// ("name 'Cindy'", "banda 'Bilal'"): a name's or a person's word.
var notFirmWord = mustClass("not_firm_word")

// onlyLegalForm reports a clause that is a firm's legal form alone ("Ltd"
// of "Siam Bright Digital Co., Ltd").
func (rd *Reading) onlyLegalForm() bool {
	for _, t := range rd.toks {
		if !rd.r.legalForms[t.S] {
			return false
		}
	}
	return len(rd.toks) > 0
}

// onlyRole reports a clause that is a post and nothing else ("'HR
// manager'", "the owner", "کمپنی کا ایجنٹ ہوں"): role words, with short
// words (of two letters, in any script), determiners, copulas, "I am" and
// "he said" beside them, none of which is a name.
func (rd *Reading) onlyRole() bool {
	role, other := 0, 0
	for k := 0; k < len(rd.toks); k++ {
		if n := seqAt(rd.toks, k, len(rd.toks), rd.r.roles); n > 0 {
			role += n
			k += n - 1
			continue
		}
		if t := rd.toks[k].S; utf8.RuneCountInString(t) > 2 && !nameDeterminers[t] && !possessives[t] && !copulas[t] && !roleCopulas[t] && !iAm[t] && !toldVerbs[t] && !sayVerbs[t] {
			other++ // a word that may be a name ("manager Saeed")
		}
	}
	return role > 0 && other == 0
}

// hasRole reports a role word anywhere in the reading ("manager",
// "owner", "مینیجر").
func (rd *Reading) hasRole() bool {
	for k := range rd.toks {
		if seqAt(rd.toks, k, len(rd.toks), rd.r.roles) > 0 {
			return true
		}
	}
	return false
}

// firmIn returns a firm a clause names ("said he works for Al Noor
// Travels", "woh al habib overseas ka banda hai", "وہ الحرمین ٹریولز میں
// کام کرتا ہے"): capitalised words ending in a trade word, or, written in
// lower case or Urdu script, up to three words before a trade word that
// are not all trade words, or "".
func (rd *Reading) firmIn() string {
	if f := FirmNames(rd.Text); len(f) > 0 {
		return f[0]
	}
	toks := rd.toks
	for t := 1; t < len(toks); t++ {
		if !rd.r.trade[toks[t].S] {
			continue
		}
		i := t
		for i > 0 && t-i < 3 && !toks[i].Brk && !toks[i-1].Digits && !rd.r.notName(toks[i-1].S) && !firmStop[toks[i-1].S] {
			i--
		}
		j := t + 1
		for j < len(toks) && !toks[j].Brk && (rd.r.trade[toks[j].S] ||
			firmJoiners[toks[j].S] && j+1 < len(toks) && !toks[j+1].Brk && rd.r.trade[toks[j+1].S]) {
			j++ // "گجر ٹریول اینڈ ٹورز" (C504-011 kept "گجر ٹریول"): trade words joined by "and"
		}
		own := false
		for _, x := range toks[i:t] {
			own = own || !rd.r.trade[x.S]
		}
		if own {
			return strings.Trim(rd.Text[toks[i].Start:toks[j-1].End], " .,:;-'\"")
		}
		t = j
	}
	return ""
}

// FirmNamed reports a firm named in the text by its trade word ("Tokyo
// Human Resource", "ٹوکیو ٹریولز", "bhatti travel").
func (rd *Reading) FirmNamed() bool { return rd.firmIn() != "" }

// firmJoiners join two trade words in a firm's name ("Travel and Tours",
// "ٹریول اینڈ ٹورز").
var firmJoiners = mustClass("firm_joiners")

// firmStop are the words before a firm's name ("works for", "from").
var firmStop = mustClass("firm_stop")

// clauseTexts splits the text at its clause breaks.
// Told returns what a message tells before the question it ends with ("I
// typed my CNIC number in the form, is that a problem?" → "I typed my CNIC
// number in the form"), or "" when it is all a question or asks nothing.
func (rd *Reading) Told() string {
	cs := rd.clauseTexts()
	if len(cs) < 2 || !rd.r.Read(cs[len(cs)-1]).Question() {
		return ""
	}
	told := strings.TrimRight(rd.Text[:len(rd.Text)-len(cs[len(cs)-1])], " ,،;:.-")
	if rd.r.Read(told).Question() {
		return ""
	}
	return told
}

func (rd *Reading) clauseTexts() []string {
	var out []string
	start := 0
	for i, t := range rd.toks {
		if i > 0 && t.Brk {
			out = append(out, rd.Text[start:rd.toks[i-1].End])
			start = t.Start
		}
	}
	if len(rd.toks) > 0 {
		out = append(out, rd.Text[start:])
	}
	return out
}

// namePartOf is a clause that is a name with the words around it dropped
// ("page Malay Jobs Link", "Muscat Riders Jobs page wala"): a few words, no
// number, no place or sentence word.
func (rd *Reading) namePartOf() string {
	return rd.nameSpan(0, len(rd.toks), 5)
}

// nameSpan is the words toks[i:j] without the words around a name
// ("page", "wala", "as written in the ad"), when at most max are left and
// none is a number, a place or a sentence word; otherwise "".
func (rd *Reading) nameSpan(i, j, max int) string {
	toks := rd.toks
	i, j = trimWords(toks, i, j, rd.r.prefixes, true)
	if i < j {
		j = rd.r.sourceCut(toks, i, j)
	}
	end := j
	i, j = trimWords(toks, i, j, rd.r.suffixes, false)
	trimmed := j
	j = firmGroup(rd.Text, toks, j, end)
	for j-i > 1 && shortHonorifics[toks[j-1].S] {
		j-- // "Adeel sb": "sb" after a name is "sahab", not "sab" (all)
	}
	if j-i > 2 && honorifics[toks[i].S] {
		// "Mr Imran HR coordinator" (C215-002): a post after a titled
		// name is no part of it
		for k := i + 2; k < j; k++ {
			if seqAt(toks, k, j, rd.r.roles) > 0 && !(k == j-1 && titleCase(rd.word(k))) { // (not "Mrs. Sana Malik")
				j = k
				break
			}
		}
	}
	for k := i + 1; k < j; k++ {
		if relativeWords[toks[k].S] {
			j = k // "Bilal Tarar jo larke dhoondta hai" (C217-009): what he does is no part of his name
			break
		}
	}
	if i >= j || j-i > max {
		return ""
	}
	for k, t := range toks[i:j] {
		if t.Digits || rd.r.notName(t.S) && i+k < trimmed {
			return "" // (not the "Group" firmGroup kept)
		}
	}
	return strings.Trim(rd.Text[toks[i].Start:toks[j-1].End], " .,:;-'\"")
}

// NamedIn returns a name the text gives as one ("naam Waqas hai", "his
// name is Tariq Mehmood", "اس کا نام ملک اعجاز ہے"), as written, or "".
// nameDenied reports a name word with a negation close to it in its
// clause ("no company name is written", "koi naam nahi bataya", "کمپنی کا
// نام کہیں نہیں لکھا"): it says there is no name, and names nothing.
func (rd *Reading) nameDenied(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3 && !rd.toks[k+1].Brk; k-- {
		if rd.r.lex.IsNegation(rd.toks[k].S) {
			return true
		}
	}
	for k := i + 1; k < len(rd.toks) && k <= i+3 && !rd.toks[k].Brk; k++ {
		if rd.r.lex.IsNegation(rd.toks[k].S) {
			return true
		}
	}
	return false
}

func (rd *Reading) NamedIn() string {
	// "The man is called Jaggi, real name Jahangir": the real name first;
	// a guess at it ("real name Zulfiqar Warraich i think", C307-007)
	// leaves the name he goes by first.
	for i, t := range rd.toks {
		if nameWords[t.S] && i > 0 && realWords[rd.toks[i-1].S] && (!rd.guessed() || fullWords[rd.toks[i-1].S]) {
			if n := rd.namedAt(i); n != "" {
				return n
			}
		}
	}
	for i, t := range rd.toks {
		if !nameWords[t.S] || rd.ownName(i) || rd.noName(i) {
			continue
		}
		if n := rd.namedAt(i); n != "" {
			return n
		}
	}
	return ""
}

// NamedAll returns every name a "name" word gives in the text, in order
// ("Golden Bridge HR Services naam ki company h, Bilal naam ka banda …":
// the firm, then the man), each once.
func (rd *Reading) NamedAll() []string {
	var out []string
	for i, t := range rd.toks {
		if !nameWords[t.S] || rd.ownName(i) || rd.noName(i) {
			continue
		}
		if n := rd.namedAt(i); n != "" && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// noName reports a "name" word that a denial opens in its clause ("no
// company name anywhere", "koi company ka naam nahi", "کمپنی کا کوئی نام
// نہیں"): none was given, so what follows is no name.
func (rd *Reading) noName(i int) bool {
	for _, f := range rd.pick([]string{kindField}) {
		if f.i == i+1 && (f.Key == "documents" || f.Key == "phones") { // (not "نام ملک اعجاز": Malik, no country)
			return true // "form me naam cnic address sab likhwaya" (C526-030): fields asked for, no name
		}
	}
	for h := i - 1; h >= 0 && i-h <= 3; h-- {
		if noNameWords[rd.toks[h].S] {
			return true
		}
		if rd.toks[h].Brk {
			break
		}
	}
	return false
}

var noNameWords = mustClass("no_name_words")

// genitives join a firm to the role of a person in it ("Al Hamd Travels
// ka malik", "الحمد ٹریولز کا مالک", "Al Hamd's owner").
var genitives = mustClass("genitives")

// reflexives stand between "called" and the name ("the guy called himself
// Waqas").
var reflexives = mustClass("reflexives")

// realWords mark a name as the real one ("real name", "asal naam", "اصل نام",
// "full name Nasir Abbasi", C56-021).
var realWords = mustClass("real_words")

// namedAt returns the name the name word at i gives, or "".
// accountName returns an account's name typed as it is written, joined by
// underscores ("italy_jobs_official", "@gulf_visa_pk"): no person's or
// firm's name is, so it is the name they go by. "" when there is none.
func accountName(text string) string {
	for _, f := range strings.Fields(text) {
		f = strings.Trim(f, ".,;:!?'\"()")
		h := strings.TrimPrefix(f, "@")
		if strings.Contains(h, "_") && !strings.Contains(h, "/") && strings.Trim(h, "_") != "" {
			return f
		}
	}
	return ""
}

// nameSaid stand between a name word and the name when someone else gives
// it ("company name he says Euro Link Manpower", "naam wo batata Rashid").
var nameSaid = mustClass("name_said")

// nameAsked asks for the name before it is said ("naam poocha to bola …").
var nameAsked = mustClass("name_asked")

// namePronouns say who gives the name before a word of saying.
var namePronouns = mustClass("name_pronouns")

// topicParticles follow a word to set it as the topic ("naam to Rashid
// btata tha", "نام تو رشید بتاتا تھا"): they are no part of what follows.
var topicParticles = mustClass("topic_particles")

func (rd *Reading) namedAt(i int) string {
	toks := rd.toks
	if rd.nameDenied(i) {
		return "" // "no company name is written anywhere", "naam kahin nahi likha"
	}
	k := i + 1
	if k+2 < len(toks) && nameAsked[toks[k].S] && topicParticles[toks[k+1].S] && nameSaid[toks[k+2].S] {
		k += 2 // "نام پوچھا تو بولا گلف لنک ریکروٹرز" (C281-034): the name said when asked
	} else if k+1 < len(toks) && nameAsked[toks[k].S] && nameSaid[toks[k+1].S] {
		k++
	}
	if k+2 < len(toks) && !toks[k].Brk && namePronouns[toks[k].S] && nameSaid[toks[k+1].S] {
		k += 2 // "company name he says Euro Link Manpower" (C57-001); "nam he us ka" is "naam hai"
	} else if k+1 < len(toks) && !toks[k].Brk && nameSaid[toks[k].S] {
		k++
	}
	for k < len(toks) && !toks[k].Brk && (toks[k].S == "is" || toks[k].S == "was" || toks[k].S == "hai" && k == i+1 ||
		reflexives[toks[k].S] || k == i+1 && (topicParticles[toks[k].S] || toks[k].S == "of")) {
		k++ // "name is", "naam hai Waqas", "called himself Waqas", "naam to Rashid btata tha", "in the name of Sana Iqbal"
	}
	for k < len(toks) && k <= i+3 && !toks[k].Brk && hedges[toks[k].S] {
		k++ // "اصل نام شاید بلال احمد ہے" (C85-006): a guess at the name is the name
	}
	// "wo mere chacha ka dost hai, Akram naam h" (A44-0078): the name
	// before "naam" and a copula that ends the clause
	copulaEnds := i+1 < len(toks) && rd.isHai(toks[i+1].S) && (i+2 == len(toks) || toks[i+2].Brk)
	if copulaEnds || k < len(toks) && (namePostpositions[toks[k].S] || nameVerbs[toks[k].S]) {
		// "Zafar Iqbal naam ka banda", "'Baloch bhai' naam se": the
		// name comes before; "Qatar Gulf Contracting ke naam se", "…
		// کے نام سے بات کرتے ہیں": before the "of" that joins it.
		e, most := i, 3
		if i > 1 && genitives[toks[i-1].S] && toks[i-1].S != "s" && !toks[i-1].Brk {
			e, most = i-1, 5
		}
		if e > 0 && rd.r.trade[toks[e-1].S] {
			most = 5 // "Golden Bridge HR Services naam ki company": a firm's name is longer
		}
		h := e
		for h > 0 && e-h < most && !toks[h].Brk && !toks[h-1].Digits && !rd.r.notName(toks[h-1].S) {
			h--
		}
		if h < e {
			return strings.Trim(rd.Text[toks[h].Start:toks[e-1].End], " .,:;-'\"‘’")
		}
		return ""
	}
	if c := rd.pageNameEnd(i, k); c > k {
		// "چینل کا نام گلوبل آئی ٹی جابز ہے", "پیج کا نام او ای سی جاپان روزگار
		// رجسٹریشن ہے" (C224-011, C154-006): a page's or a firm's name, closed
		// by its copula, is all of what stands between
		return strings.Trim(rd.Text[toks[k].Start:toks[c-1].End], " .,:;-'\"")
	}
	j := k
	for j < len(toks) && j-k < 4 && !toks[j].Brk && !toks[j].Digits && !rd.r.notName(toks[j].S) && !(j > k && placeFrom[toks[j].S]) {
		j++ // (not "from …": "real name is Nadeem from Kharian side", C494-007)
	}
	for j < len(toks) && j-k < 7 && !toks[j].Brk && (rd.r.trade[toks[j].S] || rd.r.legalForms[toks[j].S]) {
		j++ // "Star Link Overseas Employment Promoters" (A9-0062): a firm's trade words end it
	}
	if j > k && j < len(toks) && !toks[j].Brk && toks[j].Digits && len(toks[j].S) == 4 && strings.HasPrefix(toks[j].S, "20") {
		j++ // "page name Qatar Airport Jobs 2025" (C28-003): the year is the page's
	}
	if j > k {
		return strings.Trim(rd.Text[toks[k].Start:toks[j-1].End], " .,:;-'\"")
	}
	return ""
}

// pageNameEnd returns where the name after the "name" word at i ends
// when a page's, an account's or a firm's name is given as "<page> ka
// naam <name> hai" (k is where the name starts): the copula closing the
// clause within six words, with no word between that joins another
// clause. 0 otherwise.
func (rd *Reading) pageNameEnd(i, k int) int {
	toks := rd.toks
	if i < 2 || !genitives[toks[i-1].S] || !rd.r.srcNouns[toks[i-2].S] && !pageNouns[toks[i-2].S] {
		return 0
	}
	for c := k + 1; c < len(toks) && c <= k+6; c++ {
		if toks[c].Brk {
			return 0
		}
		if rd.isHai(toks[c].S) {
			if c+1 < len(toks) && !toks[c+1].Brk || rd.r.notName(toks[c-1].S) {
				return 0 // the clause goes on, or a verb ends it ("… بتاتا ہے"): no copula that closes the name
			}
			return c
		}
		if clauseJoiners[toks[c].S] {
			return 0
		}
	}
	return 0
}

// pageNouns name what has a name of its own beside the source nouns
// ("چینل کا نام", "company ka naam").
var pageNouns = mustClass("page_nouns")

// clauseJoiners join another clause ("aur", "jo", "کہ"): a name does not
// run over them.
var clauseJoiners = mustClass("clause_joiners")

// ownName reports a "name" word that is the writer's or the reader's
// ("dont want my name anywhere", "آپ کا نام قرعہ اندازی میں نکل آیا",
// "mera naam na batana"): whose name it is, not the agent's.
func (rd *Reading) ownName(i int) bool {
	if i > 0 && ownPossessive[rd.toks[i-1].S] {
		return true
	}
	return i > 1 && namePostpositions[rd.toks[i-1].S] && ownPronoun[rd.toks[i-2].S]
}

var (
	ownPossessive = mustClass("own_possessive") // not "apna": his own name, when he is the subject
	ownPronoun    = mustClass("own_pronoun")
)

// namePostpositions follow "naam" when the name came before it ("Zafar
// naam ka banda", "Baloch bhai naam se").
var namePostpositions = mustClass("name_postpositions")

// nameVerbs follow "naam" when the name came before it ("فیصل نام بتایا
// تھا", "Rashid naam bataya").
var nameVerbs = mustClass("name_verbs")

var possessives = mustClass("possessives")

var nameWords = mustClass("name_words")

// TitledName returns a name given after a word that marks one ("a guy
// named Bilal", "Mr Khan", "mister imran", "مسٹر خان"; "Agent Saleem",
// "manager Zahid" with the name written with a capital, as "agent" and a
// post are also just words),
// up to three words, all but the first with a capital; "" when there is
// none. For an account that names the agent in passing, where a wrong
// name is worse than asking.
func (rd *Reading) TitledName() string {
	toks := rd.toks
	for i := 0; i+1 < len(toks); i++ {
		strong := honorifics[toks[i].S]
		role := toks[i].S == "agent" || nameTitles[toks[i].S] // "manager Zahid mobile 0301…" (C260-005)
		if !strong && !role || toks[i+1].Brk || toks[i+1].Digits {
			continue
		}
		j := i + 1
		for ; j < len(toks) && j-i <= 3; j++ {
			if toks[j].Brk || toks[j].Digits || rd.r.notName(toks[j].S) {
				break
			}
			w := rd.word(j)
			// after "Mr" any first word, and an Urdu-script second;
			// else only a capital marks the word as a name
			if !(titleCase(w) || strong && (j == i+1 || !isLatin(w))) {
				break
			}
		}
		if j > i+1 {
			from := i // "Mr Yasir", as written
			if toks[i].S == "named" || role {
				from = i + 1 // "named", "Agent", "manager" are no part of the name
			}
			name := rd.Text[toks[from].Start:toks[j-1].End]
			if k := strings.IndexAny(name, "([{"); k > 0 {
				name = name[:k] // "Contact Mr Adeel (Britannia Care Solutions)" (C55-001): the bracket is no part of him
			}
			name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s") // "Ms Rabia's WhatsApp" (C164-004)
			return strings.Trim(name, " .,:;-'\"")
		}
	}
	return ""
}

// RoleThenAddress returns the Urdu-script words after a role word
// ("manager", "منیجر") when a term of address follows them ("منیجر طارق
// صاحب کا ۰۳۲۱…", C300-008): Urdu script has no capitals to mark a name
// (TitledName); the "صاحب" after does. One or two words, nothing between.
func (rd *Reading) RoleThenAddress() string {
	for i := range rd.toks {
		if nameTitles[rd.toks[i].S] && i+1 < len(rd.toks) && !rd.toks[i+1].Brk {
			if n := rd.roleThenAddress(i); n != "" {
				return n
			}
		}
	}
	return ""
}

func (rd *Reading) roleThenAddress(i int) string {
	toks := rd.toks
	for k := i + 2; k < len(toks) && k <= i+3; k++ {
		t := toks[k-1]
		if t.Brk || t.Digits || isLatin(rd.word(k-1)) || rd.r.notName(t.S) || addressTerms[t.S] {
			return ""
		}
		if addressTerms[toks[k].S] && !toks[k].Brk {
			return rd.Text[toks[i+1].Start:toks[k-1].End]
		}
	}
	return ""
}

// firmOfPerson returns the firm a person named as head is said to be
// "at" or "from" ("… the consultant at Global Pathway Consultancy",
// "Waqas from Gulf Star HR"), and the person: the first firm written
// after the person's name, right after such a word, when the person's
// name is no firm itself.
func (rd *Reading) firmOfPerson(head string) (firm, person string) {
	person = head
	for _, f := range FirmNames(head) {
		// the head holds both: "Waqas from Gulf Star HR"
		if at := strings.Index(head, f); at > 0 {
			before := Tokenize(head[:at])
			if len(before) > 1 && firmOfWords[before[len(before)-1].S] {
				person = strings.TrimSpace(head[:before[len(before)-1].Start])
				break
			}
		}
	}
	k := strings.Index(rd.Text, person)
	if person == "" || k < 0 || len(FirmNames(person)) > 0 || rd.r.Read(person).FirmNamed() {
		return "", ""
	}
	for _, f := range FirmNames(rd.Text) {
		at := strings.Index(rd.Text, f)
		if at <= k+len(person) {
			continue
		}
		before := Tokenize(rd.Text[:at])
		if n := len(before); n > 0 && firmOfWords[before[n-1].S] || n > 1 && before[n-1].S == "of" && firmStaffOf[before[n-2].S] {
			// (and "Mr. Faisal Qureshi, HR officer of Al Rayyan Facility
			// Services", C545-002: his post in the firm, not its owner)
			return f, person
		}
	}
	return "", ""
}

var firmOfWords, firmStaffOf = mustClass("firm_of_words"), mustClass("firm_staff_of")

// addressCut returns the words of a name before a term of address that
// more words follow ("ذیشان صاحب ڈیل کرتے" is "ذیشان"), or "".
func addressCut(a string) string {
	toks := Tokenize(a)
	for k := 1; k+1 < len(toks); k++ {
		if addressTerms[toks[k].S] && !isLatin(a[toks[k].Start:toks[k].End]) {
			return strings.TrimSpace(a[:toks[k].Start])
		}
	}
	return ""
}

// possessed returns a name that opens with "his" ("اس کی اکرم ٹریولز",
// "uski Akram Travels") without it.
func (r *Reader) possessed(name string) (string, bool) {
	toks := Tokenize(name)
	n := 0
	switch {
	case len(toks) > 1 && possessiveOne[toks[0].S]:
		n = 1
	case len(toks) > 2 && possessivePronoun[toks[0].S] && possessiveMark[toks[1].S]:
		n = 2
	default:
		return "", false
	}
	return strings.TrimSpace(name[toks[n].Start:]), true
}

var possessiveOne, possessivePronoun, possessiveMark = mustClass("possessive_one"), mustClass("possessive_pronoun"), mustClass("possessive_mark")

// HisMan reports a name said as someone's man, a possessive ("uska",
// "his", "unka") at most three words before it in its clause: "libya me
// uska banda Bilal sambhalta h" (C558-009), not "cousin Saad 5 mahine
// pehle gaya" (C227-033, the writer's own).
func (rd *Reading) HisMan(name string) bool {
	k := strings.Index(rd.Text, name)
	if k < 0 || name == "" {
		return false
	}
	return wordBefore(rd.toks, rd.tokenAt(k), 3, possessiveOne)
}

// honorifics come before a name ("Mr", "مسٹر", "named").
var honorifics = mustClass("honorifics")

var localityTail, orgUnits = mustClass("locality_tail"), mustClass("org_units")

func (rd *Reading) word(k int) string { return rd.Text[rd.toks[k].Start:rd.toks[k].End] }

// allTitle reports words that are all written in title case ("Imran
// Ghumman", not "Imran ghumman").
func allTitle(s string) bool {
	ws := strings.Fields(s)
	return len(ws) > 0 && !slices.ContainsFunc(ws, func(w string) bool { return !titleCase(w) })
}

// titleCase reports a Latin word written with a capital and then small
// letters ("Saleem", not "SALEEM" nor "saleem").
func titleCase(w string) bool {
	r := []rune(w)
	if len(r) < 2 || !unicode.IsUpper(r[0]) || r[0] > unicode.MaxLatin1 {
		return false
	}
	for _, c := range r[1:] {
		if !unicode.IsLower(c) {
			return false
		}
	}
	return true
}

func isLatin(w string) bool {
	for _, c := range w {
		if c > unicode.MaxLatin1 {
			return false
		}
	}
	return true
}

// firstName is the first clause when it is a name on its own, before a
// comma: a few words, no number, no place or sentence word ("Shahid, says
// he works for…" → "Shahid").
func (rd *Reading) firstName() string {
	toks := rd.toks
	j := 1
	for j < len(toks) && !toks[j].Brk {
		j++
	}
	if len(toks) == 0 || j >= len(toks) || !strings.ContainsAny(rd.Text[toks[j-1].End:toks[j].Start], ",،") {
		return ""
	}
	return rd.nameSpan(0, j, 4)
}

// namePart returns the clause starting at toks[k] when it follows a comma
// and is a name's part: a few words, no number, no place or sentence word.
func (rd *Reading) namePart(text string, toks []Token, k int) (int, int) {
	if k <= 0 || k >= len(toks) || !strings.ContainsAny(text[toks[k-1].End:toks[k].Start], ",،&/") {
		return 0, 0
	}
	m := k + 1
	for m < len(toks) && !toks[m].Brk {
		m++
	}
	_, m = trimWords(toks, k, m, rd.r.suffixes, false)
	if m-k > 5 || m > k+1 && genitives[toks[m-1].S] {
		// "ملک شفقت، منڈی بہاؤالدین کا ہے", "Nadeem, Gujrat side ka":
		// where he is from, not a part of his name
		return 0, 0
	}
	for _, t := range toks[k:m] {
		if t.Digits || rd.r.notName(t.S) {
			return 0, 0
		}
	}
	return k, m
}

// Place returns a place as written ("Dubai, Al Quoz labour camp"), without
// the words that introduce it or a part in brackets.
func (rd *Reading) Place() string {
	if before, after, ok := rd.Turned(); ok {
		// "Dubai, Al Quoz... no sorry, Al Qusais", "Erbil Iraq... nahi
		// nahi, Sulaymaniyah" (A7-0245, A7-0260): the last said wins, part
		// for part from the end; the parts before those taken back stay
		// ("Dubai, Al Qusais").
		if p := rd.r.readPlain(after).Place(); p != "" {
			parts := splitParts(before)
			if n := len(splitParts(p)); len(parts) > n {
				sep := ", "
				if strings.ContainsRune(before, '،') {
					sep = "، " // "دبئی، القصیص"
				}
				return strings.Join(append(parts[:len(parts)-n], p), sep)
			}
			return p
		}
	}
	text := stripBrackets(rd.Text)
	toks := Tokenize(text)
	if len(toks) == 0 {
		return strings.TrimSpace(rd.Text)
	}
	if len(toks) > placeSentenceWords {
		// "Faisalabad, Jhang road pe ek ghar me kaam krti hai" (A35-0258):
		// a sentence that tells the place is kept as told; only a short
		// answer loses its frame ("Lahore mein hai")
		return strings.Trim(text, " .,:;-'\"")
	}
	i, j := trimWords(toks, 0, len(toks), rd.r.prefixes, true)
	i, j = trimWords(toks, i, j, rd.r.suffixes, false)
	return strings.Trim(text[toks[i].Start:toks[j-1].End], " .,:;-'\"")
}

// placeSentenceWords is how many words a place answer may have and still
// be trimmed of its frame.
const placeSentenceWords = 6

// splitParts are the comma-separated parts of a place, trimmed.
func splitParts(s string) []string {
	var out []string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '،' }) {
		if p = strings.Trim(p, " .;:-…"); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// trimWords drops, repeatedly, any of the word sequences from the front
// (or the back) of toks[i:j].
// firmGroup puts back a "Group" trimmed as a word that follows a name
// ("Sialkot Jobs group" is the place it was seen) where it is capitalised
// after a capitalised word: part of a firm's name ("Caspian Hospitality
// Group", C31-027). j is where trimming ended, end where it began.
func firmGroup(text string, toks []Token, j, end int) int {
	if end <= j || j < 1 || toks[j].S != "group" {
		return j
	}
	upper := func(t Token) bool {
		r, _ := utf8.DecodeRuneInString(text[t.Start:])
		return unicode.IsUpper(r)
	}
	if upper(toks[j]) && upper(toks[j-1]) {
		// (also when more was trimmed after it: "Al Burhan Group likha
		// h", C488-012)
		return j + 1
	}
	return j
}

func trimWords(toks []Token, i, j int, seqs [][]string, front bool) (int, int) {
	for moved := true; moved && i < j; {
		moved = false
		for _, p := range seqs {
			if j-i <= len(p) {
				continue
			}
			if front && matchWords(toks[i:i+len(p)], p) {
				i += len(p)
				moved = true
				break
			}
			if !front && matchWords(toks[j-len(p):j], p) {
				j -= len(p)
				moved = true
				break
			}
		}
	}
	return i, j
}

var quotePairs = [][2]string{{"'", "'"}, {"\"", "\""}, {"‘", "’"}, {"“", "”"}, {"«", "»"}}

// speech reports a quote with a word that marks a sentence said (a
// copula, a first person: "meri … setting hai", "my contacts in Baku"),
// written small, not a name ("'MY Overseas Placement Cell'", C201-009).
func speech(q string) bool {
	for _, w := range strings.Fields(q) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && speechMarks[strings.ToLower(strings.Trim(w, ".,!?"))] {
			return true
		}
	}
	return false
}

var speechMarks = mustClass("speech_marks")

// quoted returns the first text in quotes, if it is a few words.
func quoted(s string) string { return quotedUpTo(s, 6) }

// standsQuoted reports a quote q of text whose marks stand outside words
// ("signed 'Gulf Aviation Careers, …'"), not apostrophes ("owner's shop,
// it's called …").
func standsQuoted(text, q string) bool {
	a := strings.Index(text, q)
	if a < 0 {
		return false
	}
	before := strings.TrimRightFunc(text[:a], unicode.IsSpace)
	_, n := utf8.DecodeLastRuneInString(before)
	before = before[:len(before)-n] // the opening mark
	if r, _ := utf8.DecodeLastRuneInString(before); before != "" && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return false
	}
	after := strings.TrimLeftFunc(text[a+len(q):], unicode.IsSpace)
	_, n = utf8.DecodeRuneInString(after)
	after = after[n:] // the closing mark
	r, _ := utf8.DecodeRuneInString(after)
	return after == "" || !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// quotedUpTo returns the first text in quotes, if it is at most max words.
func quotedUpTo(s string, max int) string {
	for _, q := range quotePairs {
		a := strings.Index(s, q[0])
		if a < 0 {
			continue
		}
		b := strings.Index(s[a+len(q[0]):], q[1])
		if b <= 0 {
			continue
		}
		in := strings.TrimSpace(s[a+len(q[0]) : a+len(q[0])+b])
		if n := len(strings.Fields(in)); n >= 1 && n <= max {
			return in
		}
	}
	return ""
}

// stripBrackets drops the parts in brackets, but for a company's own
// ("(Pvt)", "(SMC-Private)").
func stripBrackets(s string) string {
	var out strings.Builder
	for {
		a := strings.IndexAny(s, "([")
		if a < 0 {
			out.WriteString(s)
			return out.String()
		}
		b := strings.IndexAny(s[a:], ")]")
		if b < 0 {
			out.WriteString(s[:a])
			return out.String()
		}
		in := s[a+1 : a+b]
		if f := strings.Fields(in); len(f) == 1 && in[0] >= 'A' && in[0] <= 'Z' {
			out.WriteString(s[:a+b+1])
		} else {
			out.WriteString(s[:a])
		}
		s = s[a+b+1:]
	}
}

func matchWords(toks []Token, words []string) bool {
	for k, w := range words {
		if toks[k].S != w {
			return false
		}
	}
	return true
}

// OnlyPlatform reports an answer that names only where the offer was seen
// ("tiktok", "fb pe", "ٹک ٹاک پر", "facebook page"): typed where the
// agent's name is asked, it is no name. Every word is a platform's or one
// around it (words.json's "platform" and "platform_around"); "Fast
// Delivery UAE naam ka page" or "Dubai Jobs fb page" still names someone.
func (rd *Reading) OnlyPlatform() bool {
	if _, ok := rd.Option("seen"); !ok || rd.Words() > 3 || rd.NamedIn() != "" || len(FirmNames(rd.Text)) > 0 {
		return false
	}
	names, around := rd.r.lex.Class("platform"), rd.r.lex.Class("platform_around")
	for _, t := range rd.toks {
		if !names[t.S] && !around[t.S] {
			return false
		}
	}
	return true
}

// ManBeside returns the man an account names right after a firm, by his
// role or as the firm's ("Zeeshan Travels Faisalabad, owner Zeeshan Ali",
// "Sky Bridge Travels on Tariq road Karachi, owner Faraz Ahmed", C48-008,
// C43-005): the role word opening one of the next clauses, then his name
// as written, capitalised, up to three words. Names in Urdu script carry no
// capitals and are not read so. "" when there is none.
func (rd *Reading) ManBeside(firm string) string {
	sub := rd.after(firm)
	if sub == nil {
		return ""
	}
	toks := sub.toks
	clauses := 0
	for c := 0; c < len(toks) && clauses < 3; c++ {
		if c > 0 && !toks[c].Brk {
			continue
		}
		clauses++
		if n := seqAt(toks, c, len(toks), rd.r.roles); n > 0 {
			return sub.capitalRun(c + n)
		}
	}
	return ""
}

// after reads what the answer says after name, or nil when name is not
// in it.
func (rd *Reading) after(name string) *Reading {
	k := strings.Index(rd.Text, name)
	if name == "" || k < 0 {
		return nil
	}
	return rd.r.readPlain(rd.Text[k+len(name):])
}

// capitalRun returns the capitalised words from token i on, as written, up
// to three, within the clause ("Zeeshan Ali", "Ch. Arshad").
func (rd *Reading) capitalRun(i int) string {
	j := i
	for j < len(rd.toks) && j-i < 3 && (j == i || !rd.toks[j].Brk) {
		w := rd.Text[rd.toks[j].Start:rd.toks[j].End]
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || rd.toks[j].Digits {
			break
		}
		j++
	}
	if j == i {
		return ""
	}
	return strings.Trim(rd.Text[rd.toks[i].Start:rd.toks[j-1].End], " .,:;-'\"")
}

// personTitles, besideSkip and besideNotNames read the man named beside
// the head of a name answer (PersonBeside).
var personTitles, besideSkip, besideNotNames = mustClass("person_titles"), mustClass("beside_skip"), mustClass("beside_not_names")

// relativeOpeners open a clause that points at a man without naming him
// ("وہی جس کا …", "wohi jo …").
var relativeOpeners = mustClass("relative_openers")

// PersonBeside returns the man a name answer names after its head, by a
// role, a kinship or a title, in a later clause: "CareWay UK Visas. guy on
// call is Hamza", "Malik Bashir Lashari. us da bhatija Irfan wi naal hunda
// ae", "ملک ارشد … پیسے اس کا منشی ساجد لیتا ہے", "… فون پر قاری شفیق بات
// کرتے تھے" (C89-C92). A name in Latin letters is its capitalised words;
// in Urdu script, the one word after the role (two after a title). "" when
// none.
func (rd *Reading) PersonBeside(head string) string {
	sub := rd.after(head)
	if sub == nil {
		return ""
	}
	// a clause ended with the head ("Britannia Care Recruitment Ltd. The
	// lady who deals is …")
	ended := strings.ContainsAny(head[len(head)-1:], ".,;:!?،۔") || len(sub.toks) > 0 && strings.ContainsAny(sub.Text[:sub.toks[0].Start], ".,;:!?،۔\n")
	if n := sub.calledName(head); n != "" {
		return n
	}
	if n := sub.roleNamed(head, ended); n != "" {
		return n
	}
	// "Middleman is Zeeshan Akhtar, firm called UK Pathway Consultants"
	// (C135-028): the man named by his role before the firm
	if k := strings.Index(rd.Text, head); k > 0 {
		pre := rd.r.readPlain(rd.Text[:k])
		if n := len(pre.toks); n >= 2 && firmOfWords[pre.toks[n-1].S] && !pre.toks[n-1].Brk {
			// "he said he is Faizan from 'Bright Horizon Global'"
			// (C351-001): the man of the firm, written with capitals
			if p := pre.nameBefore(n - 1); p != "" && (!isLatin(p) || allTitle(p)) {
				return p
			}
		}
		return pre.roleNamed(head, true)
	}
	return ""
}

// roleNamed returns the person a role names in rd, which is what is said
// beside head: a role then his name ("uska saala leta tha Nadeem", "the
// guy on call is Hamza"), or his name then his role in a clause of its own
// ("Bilal is his helper", C134-010). Words of the head's own clause are
// not read unless ended says that clause is over.
func (rd *Reading) roleNamed(head string, ended bool) string {
	toks := rd.toks
	for i := 0; i < len(toks); i++ {
		if !ended && !slices.ContainsFunc(toks[:i+1], func(t Token) bool { return t.Brk }) {
			continue // "Shafqat agent Gujrat wala": the head's own words, in its clause
		}
		// (or "name" and a genitive: "کوئی عاطف نام کا بندہ", C554-002; not
		// "اپنا نام" before a name)
		if i > 0 && !toks[i].Brk && (nameThenNamed[toks[i].S] || nameWords[toks[i].S] && i+1 < len(toks) && !toks[i+1].Brk && genitives[toks[i+1].S] && !rd.r.notName(toks[i-1].S)) {
			// "انٹرویو فرحان نامی آدمی نے لیا تھا" (C342-029): the name
			// said before "named"
			if n := rd.nameBefore(i); n != "" && !strings.EqualFold(n, head) {
				return n
			}
		}
		if personTitles[toks[i].S] && i+1 < len(toks) && !toks[i+1].Brk {
			if n := rd.nameAt(i + 1); n != "" {
				return strings.TrimSpace(rd.Text[toks[i].Start:toks[i].End] + " " + n)
			}
		}
		if i == 0 || toks[i].Brk {
			if n := rd.nameThenRole(i); n != "" && !strings.EqualFold(n, head) {
				return n
			}
		}
		n := seqAt(toks, i, len(toks), rd.r.besideRoles)
		if n == 0 {
			continue
		}
		j := i + n
		for skipped := 0; j < len(toks) && skipped < 6 && !toks[j].Brk && (besideSkip[toks[j].S] || rd.r.place(toks[j].S)); skipped++ {
			j++
		}
		if j < len(toks) && !toks[j].Brk {
			if name := rd.nameAt(j); name != "" && !strings.EqualFold(name, head) {
				return name
			}
		}
		i = j - 1
	}
	return ""
}

// nameThenNamed say "named" after the name ("فرحان نامی", "Farhan naami").
var nameThenNamed = mustClass("name_then_named")

// calledWords say what one is called ("کہتے ہیں", "kehte hain"), and
// calledWhom whom ("جسے", "اسے", "usay"): "اسے بلّا کہتے ہیں".
var calledWords, calledWhom = mustClass("called_words"), mustClass("called_whom")

// calledName returns the name one is said to be called by ("لیبیا میں اس
// کا ایک آدمی ہے جسے سب ملک صاحب کہتے ہیں", "اسے بلّا کہتے ہیں", C551-022,
// C556-015), or "".
func (rd *Reading) calledName(head string) string {
	role := false // a man of his told first ("اس کا ایک بندہ ہے …"): not the head's own nickname ("log usay Sajji kehte", C195-005)
	for i, t := range rd.toks {
		role = role || seqAt(rd.toks, i, len(rd.toks), rd.r.besideRoles) > 0
		if role && calledWords[t.S] && i > 1 && !t.Brk && wordBefore(rd.toks, i, 4, calledWhom) {
			if n := rd.nameBefore(i); n != "" && !strings.EqualFold(n, head) {
				return n
			}
		}
	}
	return ""
}

// wordBefore reports a word of class at most n words before token i, in
// i's clause: a word of whom before "kehte" ("اسے … کہتے ہیں"), a
// possessive before a name ("uska banda Bilal").
func wordBefore(toks []Token, i, n int, class map[string]bool) bool {
	for k := i - 1; k >= 0 && k >= i-n; k-- {
		if class[toks[k].S] {
			return true
		}
		if toks[k].Brk {
			return false
		}
	}
	return false
}

// nameBefore returns the name that ends before token i, in its clause: up
// to three words before it in Latin letters (the first may be written
// small, the others in title case), or one or two words of Urdu script;
// none of them a word of grammar, a role or a number. "" when there is
// none.
func (rd *Reading) nameBefore(i int) string {
	plain := func(k int) bool {
		w := rd.toks[k].S
		return !rd.toks[k].Digits && !rd.r.notName(w) && !besideNotNames[w] && !besideSkip[w] && seqAt(rd.toks, k, len(rd.toks), rd.r.besideRoles) == 0
	}
	start := i - 1
	if !plain(start) {
		return ""
	}
	if w := rd.word(start); isLatin(w) {
		for start > 0 && !rd.toks[start].Brk && i-start < 3 && titleCase(rd.word(start-1)) && titleCase(rd.word(start)) && plain(start-1) {
			start--
		}
	} else if start > 0 && !rd.toks[start].Brk && plain(start-1) {
		start-- // "شفقت علی نامی": a second word that is no word of grammar
	}
	return strings.Trim(rd.Text[rd.toks[start].Start:rd.toks[i-1].End], " .,:;-'\"")
}

// possessive reports a name said as another's owner ("Naveed's"): it
// names his man, not a man.
func possessive(name string) bool { return ownerName(name) != name }

// ownerName is a possessive name without its "'s" ("Usman's" → "Usman").
func ownerName(name string) string {
	return strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
}

// nameThenRole returns the name that opens the clause at i when the
// clause goes on to his role and ends there ("Bilal is his helper",
// "Nadeem uska saala hai"), or "".
func (rd *Reading) nameThenRole(i int) string {
	name := rd.nameAt(i)
	if name == "" || !isLatin(rd.word(i)) && !startsName(rd.word(i)) || possessive(name) {
		return "" // "Naveed's munshi": his man, named elsewhere
	}
	for k := i; k < i+len(strings.Fields(name)) && k < len(rd.toks); k++ {
		if w := rd.toks[k].S; rd.r.notName(w) || besideSkip[w] || seqAt(rd.toks, k, len(rd.toks), rd.r.besideRoles) > 0 {
			return "" // "The lady who deals is …", "Their local rep": no name opens it
		}
	}
	j := i + len(strings.Fields(name))
	for skipped := 0; j < len(rd.toks) && skipped < 4 && !rd.toks[j].Brk && besideSkip[rd.toks[j].S]; skipped++ {
		j++
	}
	n := seqAt(rd.toks, j, len(rd.toks), rd.r.besideRoles)
	if n == 0 || j == i+len(strings.Fields(name)) && !isLatin(rd.word(i)) {
		return ""
	}
	e := j + n
	for e < len(rd.toks) && !rd.toks[e].Brk && roleCopulas[rd.toks[e].S] {
		e++
	}
	if e < len(rd.toks) && !rd.toks[e].Brk {
		return "" // the role goes on into more ("Their local rep in Lahore is …"): no clause of his role alone
	}
	return name
}

// nameAt returns the name that begins at token i: capitalised words in
// Latin letters, or one or two words of Urdu script that are no words of
// grammar.
func (rd *Reading) nameAt(i int) string {
	w := rd.Text[rd.toks[i].Start:rd.toks[i].End]
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.Is(unicode.Latin, r) {
		n := rd.capitalRun(i)
		if j := i + len(strings.Fields(n)); n != "" && j < len(rd.toks) && !rd.toks[j].Brk && placeAfter[rd.toks[j].S] && !rd.withPerson(j) {
			return "" // "agent Gujrat wala": where he is from
		}
		return n
	}
	if !unicode.Is(unicode.Arabic, r) || besideNotNames[rd.toks[i].S] || rd.toks[i].Digits {
		return ""
	}
	if i+1 < len(rd.toks) && !rd.toks[i+1].Brk && placeAfter[rd.toks[i+1].S] {
		if rd.withPerson(i + 1) {
			return w // "ان کے منیجر ندیم سے ہوا" (C567-006): dealt with him, no place
		}
		return "" // "ایجنٹ گجرات والا": where he is from
	}
	if k := i + 1; k < len(rd.toks) && !rd.toks[k].Brk && !besideNotNames[rd.toks[k].S] && !rd.toks[k].Digits && !placeAfter[rd.toks[k].S] &&
		!(k+1 < len(rd.toks) && !rd.toks[k+1].Brk && placeAfter[rd.toks[k+1].S]) {
		// "گل زمان", "عمران شیخ": a second word that is no word of grammar
		return rd.Text[rd.toks[i].Start:rd.toks[k].End]
	}
	return w
}

var placeAfter = mustClass("place_after_name")

// withPerson reports a "se" at k that is "with" someone, a verb of
// meeting or dealing after it ("ندیم سے بات ہوئی", "Nadeem se mila"), not
// "from" a place.
func (rd *Reading) withPerson(k int) bool {
	return k+1 < len(rd.toks) && !rd.toks[k+1].Brk && withPersonVerbs[rd.toks[k+1].S] && seWords[rd.toks[k].S]
}

var withPersonVerbs, seWords = mustClass("with_person_verbs"), mustClass("se_words")

// walaName is the name after "<place or app> wala" in a clause after the
// first ("…, aur quetta wala Shakeel", "…, whatsapp wala Sir Waqas"):
// written with capitals, or a word or two in Urdu letters, to the clause's
// end; "" when there is none.
func (rd *Reading) walaName() string {
	clauseOf := rd.clauses()
	for k, t := range rd.toks {
		if !walaWords[t.S] || k == 0 || clauseOf[k] == 0 || k+1 >= len(rd.toks) || clauseOf[k+1] != clauseOf[k] {
			continue
		}
		end := k + 1
		for end < len(rd.toks) && clauseOf[end] == clauseOf[k] {
			end++
		}
		n := strings.TrimSpace(rd.Text[rd.toks[k+1].Start:rd.toks[end-1].End])
		if end-k-1 > 3 || slices.ContainsFunc(rd.toks[k+1:end], func(t Token) bool { return rd.r.notName(t.S) }) || !writtenAsName(n) {
			return ""
		}
		// (in Urdu letters, with no capitals to tell a name, one word:
		// "کراچی والا اکرم", not "جی میل والا ایڈریس تھا")
		if isLatin(n) && !slices.ContainsFunc(strings.Fields(n), titleCase) || !isLatin(n) && end-k-1 > 1 {
			return ""
		}
		return n
	}
	return ""
}

var walaWords = mustClass("wala_words")

// walaEnds reports a word written with "wala" after it that ends its
// clause ("…, Kunjah wala."): where a man is from, no other man.
func (rd *Reading) walaEnds(a string) bool {
	for k := 0; k+1 < len(rd.toks); k++ {
		t := rd.toks[k]
		if rd.Text[t.Start:t.End] == a && walaWords[rd.toks[k+1].S] && (k+2 >= len(rd.toks) || rd.toks[k+2].Brk) {
			return true
		}
	}
	return false
}

// walaAfter reports head written with "wala" right after it, at the
// text's start ("Zubair Mobile Zone wala, …"): the one of that place.
func (rd *Reading) walaAfter(head string) bool {
	k := strings.Index(rd.Text, head)
	if head == "" || k < 0 || strings.TrimSpace(rd.Text[:k]) != "" {
		return false
	}
	rest := Tokenize(rd.Text[k+len(head):])
	return len(rest) > 1 && walaWords[rest[0].S] && rest[1].Brk
}

// mainFirst makes the man an answer opens with as the main one the head
// ("Main one is Zeeshan Arif, his partner is Nabeel … Visiting card says
// Z.A. Consultants", C510-020 took the firm): the others stay beside him.
func (rd *Reading) mainFirst(head string, also []string) (string, []string) {
	hs := rd.pick([]string{kindAnswer}, "main_one")
	if len(hs) == 0 || hs[0].i > 1 || hs[0].j >= len(rd.toks) {
		return head, also
	}
	clauseOf := rd.clauses()
	end := len(rd.Text)
	for k := hs[0].j; k < len(rd.toks); k++ {
		if clauseOf[k] != clauseOf[hs[0].j] {
			end = rd.toks[k-1].End
			break
		}
	}
	n, _ := rd.r.Read(rd.Text[rd.toks[hs[0].j].Start:end]).nameParts()
	k := slices.Index(also, n)
	if n == "" || n == head || k < 0 {
		return head, also
	}
	rest := append([]string{head}, slices.Delete(slices.Clone(also), k, k+1)...)
	return n, rest
}

// thingQuoted reports a quote written small after "a" or "an" ("… Asif
// Mehmood who sent a 'sponsorship letter'", C545-022): a thing named in
// quotes, no name.
func thingQuoted(text, q string) bool {
	if !isLatin(q) || strings.ToLower(q) != q {
		return false
	}
	k := strings.Index(text, q)
	if k < 1 {
		return false
	}
	before := Tokenize(text[:k-1])
	return len(before) > 0 && (before[len(before)-1].S == "a" || before[len(before)-1].S == "an")
}

// smallWordQuoted reports a single word quoted small, no handle, where
// another word is written with a capital: a word of speech, no name.
func (rd *Reading) smallWordQuoted(q string) bool {
	if !isLatin(q) || strings.ToLower(q) != q || strings.ContainsAny(q, "_.@0123456789 ") {
		return false
	}
	for k := range rd.toks {
		if w := rd.word(k); w != q && isLatin(w) && titleCase(w) {
			return true
		}
	}
	return false
}
