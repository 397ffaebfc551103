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
	for k := i; k >= 0 && !(k < i && rd.sentenceGap(k+1)); k-- {
		if holderAccounts[rd.toks[k].S] {
			return true
		}
	}
	return false
}

// moneyInSentence reports a word of paying or a wallet in the sentence
// of the word at i.
func (rd *Reading) moneyInSentence(i int) bool {
	for k := i; k >= 0 && !(k < i && rd.sentenceGap(k+1)); k-- {
		if holderMoney[rd.toks[k].S] {
			return true
		}
	}
	for k := i + 1; k < len(rd.toks) && !rd.sentenceGap(k); k++ {
		if holderMoney[rd.toks[k].S] {
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
)
