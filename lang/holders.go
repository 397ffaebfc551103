package lang

import "strings"

// Account holders: the money of a scam goes to an account in someone's
// name, and people tell it as the wallet showed it ("account title
// Muhammad Arif", "name showed M. Irfan", "account pe naam Asif Khan aya",
// "نام کسی نصرت بی بی کا آیا") or as whose the account was ("account
// kisi Zeeshan Ali k naam pe tha", "Hina Malik k account me", "کسی نسرین
// بی بی کے نام پر"). The holder is a name the officer needs beside the
// agent's: of twenty-one such names in the blind conversations C200–C246,
// none was kept.

// AccountHolder returns the name an account is in, as written, or "".
func (rd *Reading) AccountHolder() string {
	toks := rd.toks
	for i, t := range toks {
		switch {
		case nameWords[t.S] && i >= 2 && (toks[i-2].S == "in" || i >= 3 && toks[i-3].S == "in") && !toks[i].Brk && (i+1 == len(toks) || toks[i+1].Brk) && rd.accountBefore(i):
			// "an HBL account in Usman's name, two transfers …" (C554-031):
			// the holder is said before "name", and the clause ends with it
			if n := ownerName(rd.holderBefore(i)); n != "" {
				return n
			}
		case (nameWords[t.S] || holderTitles[t.S]) && rd.accountBefore(i):
			if n := rd.holderAfter(i + 1); n != "" {
				return n
			}
		case holderOf[t.S] && i+1 < len(toks) && !toks[i+1].Brk && i > 0:
			// "X k naam pe", "X کے نام پر", "X k account me": whose
			n := toks[i+1].S
			// an account in someone's name is one money goes to ("اکاؤنٹ
			// کسی نسرین بی بی کے نام پر تھا" after "جاز کیش سے بھیجے")
			if !(nameWords[n] && i+2 < len(toks) && holderOn[toks[i+2].S] && (rd.accountIn(i) || rd.moneyInSentence(i)) || holderAccounts[n] && rd.moneyInSentence(i)) {
				continue
			}
			if h := rd.holderBefore(i); h != "" {
				return h
			}
		}
	}
	return ""
}

// PaidTo returns whom the money was paid to, as written: an account's
// holder, or one handed it ("father gave it to Naveed at our home", "3
// lakh to Shakeel in Lahore", "نوید کو دیے"), or "".
func (rd *Reading) PaidTo() string {
	if h := rd.AccountHolder(); h != "" {
		return h
	}
	return rd.payee()
}

// payee reads one handed the money: "to" and a name after a word of
// paying or a sum ("gave it to Naveed", "1.3 lakh to Tariq at his
// house"), or a name and "ko" before a word of giving ("Naveed ko diye",
// "نوید کو دیے").
func (rd *Reading) payee() string {
	toks := rd.toks
	for i, t := range toks {
		switch {
		case t.S == "to" && i > 0 && i+1 < len(toks) && !toks[i+1].Brk && rd.paidBefore(i) && rd.moneyInSentence(i):
			j := i + 1
			for j < len(toks) && j-i <= 3 && (j == i+1 || !toks[j].Brk) && rd.holderWord(j, i+1) && !payeeNot[toks[j].S] && (isLatin(rd.word(j)) && titleCase(rd.word(j)) || len(rd.word(j)) == 1) {
				j++
			}
			if n := rd.holderSpan(i+1, j); n != "" {
				return n
			}
		case payeeTo[t.S] && i > 0 && i+1 < len(toks) && rd.givenAfter(i+1) && rd.moneyInSentence(i):
			h := i
			for h > 0 && i-h < 3 && !toks[h].Brk && rd.holderWord(h-1, -1) && !payeeNot[toks[h-1].S] {
				h--
			}
			if h < i && (!isLatin(rd.word(h)) || titleCase(rd.word(h)) || !rd.capitalisesNames()) {
				if n := rd.holderSpan(h, i); n != "" {
					return n
				}
			}
		}
	}
	return ""
}

// paidBefore reports a word of paying or a sum just before the "to" at i.
func (rd *Reading) paidBefore(i int) bool {
	for k := i - 1; k >= 0 && i-k <= 4; k-- {
		t := rd.toks[k]
		if payVerbs[t.S] || t.Digits || moneyWords[t.S] {
			return true
		}
		if t.Brk && k < i-1 {
			return false
		}
	}
	return false
}

// givenAfter reports a word of giving within three words after k, a sum
// between ("Naveed ko 2 lakh diye").
func (rd *Reading) givenAfter(k int) bool {
	for j := k; j < len(rd.toks) && j-k < 4; j++ {
		if j > k && rd.toks[j].Brk {
			return false
		}
		if giveVerbs[rd.toks[j].S] {
			return true
		}
	}
	return false
}

// accountBefore reports an account that money went to, named in the
// sentence before the word at i ("The JazzCash account was 0309…, name
// showed", "account pe naam … aya" after "jazzcash pe bheje"), or the word
// itself one ("title"). An account with no money about it is a page's
// ("اکاؤنٹ کا نام 'یورپ ٹریولر منڈی' ہے"): its name is the agent's.
func (rd *Reading) accountBefore(i int) bool {
	return (holderTitles[rd.toks[i].S] || rd.accountIn(i)) && rd.moneyInSentence(i)
}

// accountIn reports an account word in the sentence before the word at i.
func (rd *Reading) accountIn(i int) bool {
	b, _ := rd.sentenceOf(i)
	return rd.anyIn(b, i+1, holderAccounts)
}

// moneyInSentence reports a word of paying or a wallet in the sentence
// of the word at i.
func (rd *Reading) moneyInSentence(i int) bool {
	b, e := rd.sentenceOf(i)
	return rd.anyIn(b, e, holderMoney)
}

// sentenceOf returns where the sentence of the word at i begins and ends.
func (rd *Reading) sentenceOf(i int) (b, e int) {
	for b = i; b > 0 && !rd.sentenceGap(b); b-- {
	}
	for e = i + 1; e < len(rd.toks) && !rd.sentenceGap(e); e++ {
	}
	return b, e
}

// anyIn reports a word of set among toks[b:e].
func (rd *Reading) anyIn(b, e int, set map[string]bool) bool {
	for _, t := range rd.toks[b:e] {
		if set[t.S] {
			return true
		}
	}
	return false
}

// holderAfter reads the name that starts at k after the words that show
// it ("showed", "was", "pe", "kisi"): up to three words, as written.
func (rd *Reading) holderAfter(k int) string {
	toks := rd.toks
	for k < len(toks) && k >= 1 && (holderShown[toks[k].S] || holderSome[toks[k].S]) && (!toks[k].Brk || holderSome[toks[k].S]) {
		k++
	}
	if k >= len(toks) || k > 0 && rd.sentenceGap(k) {
		return ""
	}
	j := k
	for j < len(toks) && j-k < 3 && (j == k || !toks[j].Brk) && rd.holderWord(j, k) {
		j++
	}
	return rd.holderSpan(k, j)
}

// holderBefore reads the name that ends before the genitive at g.
func (rd *Reading) holderBefore(g int) string {
	toks := rd.toks
	h := g
	for h > 0 && g-h < 3 && !toks[h].Brk && rd.holderWord(h-1, -1) {
		h--
	}
	if h < g && !toks[h].Brk && h > 0 && !holderSome[toks[h-1].S] && isLatin(rd.word(h)) && !rd.capitalisesNames() && g-h > 2 {
		return ""
	}
	return rd.holderSpan(h, g)
}

// holderWord reports a word that may be part of a holder's name; first
// is where the name starts (-1 reading backwards): in a text that writes
// names with capitals, every Latin word has one ("M. Irfan", "Bilal
// Ahmed. No other …" ends at the sentence).
func (rd *Reading) holderWord(j, first int) bool {
	t := rd.toks[j]
	if t.Digits || rd.r.notName(t.S) || holderShown[t.S] || holderSome[t.S] || holderOf[t.S] || holderNot[t.S] || besideNotNames[t.S] {
		return false
	}
	w := rd.word(j)
	if !isLatin(w) {
		return true
	}
	return titleCase(w) || len(w) == 1 && w == strings.ToUpper(w) || !rd.capitalisesNames() && w == strings.ToLower(w)
}

// holderSpan is toks[i:j] as a name, or "" when it is none: a single
// capital letter is an initial, no name.
func (rd *Reading) holderSpan(i, j int) string {
	if i >= j || j-i == 1 && len(rd.toks[i].S) == 1 {
		return ""
	}
	n := strings.Trim(rd.Text[rd.toks[i].Start:rd.toks[j-1].End], " .,:;-'\"‘’")
	if rd.r.place(strings.ToLower(n)) || rd.r.Read(n).onlyRole() {
		return ""
	}
	return n
}

// sentenceGap reports a sentence that ends before the word at k.
func (rd *Reading) sentenceGap(k int) bool {
	return k > 0 && rd.toks[k].Brk && strings.ContainsAny(rd.Text[rd.toks[k-1].End:rd.toks[k].Start], ".!?۔\n")
}

var (
	holderAccounts = mustClass("holder_accounts") // "account", "اکاؤنٹ"
	holderMoney    = mustClass("holder_money")    // "jazzcash", "bank", "sent", "بھیجے": money in the sentence
	holderTitles   = mustClass("holder_titles")   // "title": the name an account shows
	holderShown    = mustClass("holder_shown")    // "showed", "was", "aya", "پر"
	holderSome     = mustClass("holder_some")     // "kisi", "some", "کسی"
	holderOf       = mustClass("holder_of")       // "k", "ke", "کے": whose
	holderOn       = mustClass("holder_on")       // "pe", "par", "پر": in whose name
	holderNot      = mustClass("holder_not")      // words of the sentence around a name
	payeeNot       = mustClass("payee_not")       // "agent", "bhai", "office": no one's name
	payeeTo        = mustClass("payee_to")        // "ko", "کو"
	payVerbs       = mustClass("pay_verbs")       // "gave", "paid", "sent"
	giveVerbs      = mustClass("give_verbs")      // "diye", "دیے", "pakraye"
	moneyWords     = mustClass("money")
)
