package lang

// ListedFees reports sums listed side by side, each for its own purpose
// and joined by an "and" ("25k registration or 18k medical bola tha",
// where Roman Urdu's "or" is "aur"; "visa ke 2 lakh aur ticket ke 50
// hazar"; "میڈیکل کے ۳۵ ہزار اور رجسٹریشن کے ۲۰ ہزار"; "registration 25k,
// medical 18k"): the fees asked, to be added. spans are the byte ranges
// of the sums, in the order written. Sums for one purpose ("2 ya 3 lakh
// visa ka"), joined by anything but an "and" or a comma ("ya", "then",
// "de diye"), or one with no purpose of its own, are no such list.
func (rd *Reading) ListedFees(spans [][2]int) bool {
	if len(spans) < 2 {
		return false
	}
	f := feeList{rd, spans}
	purposes := map[string]bool{}
	for i, s := range spans {
		p := f.purposeAfter(s)
		if p == "" {
			p = f.purposeBefore(s)
		}
		if p == "" || purposes[p] {
			return false // no purpose, or one purpose twice: a sum said again
		}
		purposes[p] = true
		if i > 0 && !f.joined(spans[i-1][1], s[0]) {
			return false
		}
	}
	return true
}

// feeList reads the words around sums listed as fees.
type feeList struct {
	rd    *Reading
	spans [][2]int
}

func (f feeList) is(class string, k int) bool {
	cls, w := f.rd.r.lex.Class(class), f.rd.toks[k].S
	return cls[w] || cls[f.rd.r.lex.Canon(w)]
}

// inSum reports whether token k is part of one of the sums.
func (f feeList) inSum(k int) bool {
	for _, s := range f.spans {
		if f.rd.toks[k].Start >= s[0] && f.rd.toks[k].End <= s[1] {
			return true
		}
	}
	return false
}

// purposeAt reads token k going outwards from a sum: the purpose it
// names, whether to go on (a filler such as "ke", "for", "fee").
func (f feeList) purposeAt(k int) (string, bool) {
	switch {
	case f.inSum(k) || f.is("fee_link", k):
		return "", false
	case f.is("fee_purpose", k):
		return f.rd.r.lex.Canon(f.rd.toks[k].S), false
	}
	return "", f.is("fee_filler", k)
}

// purposeAfter is the purpose named just after the sum ("25k
// registration"), before any "and".
func (f feeList) purposeAfter(s [2]int) string {
	for k := range f.rd.toks {
		if f.rd.toks[k].Start < s[1] {
			continue
		}
		if f.rd.toks[k].Brk {
			return "" // "registration 25k, medical 18k": the next one's
		}
		p, more := f.purposeAt(k)
		if p != "" || !more {
			return p
		}
	}
	return ""
}

// purposeBefore is the purpose named just before the sum ("visa ke 2
// lakh"), after any "and".
func (f feeList) purposeBefore(s [2]int) string {
	for k := len(f.rd.toks) - 1; k >= 0; k-- {
		if f.rd.toks[k].End > s[0] {
			continue
		}
		if k+1 < len(f.rd.toks) && f.rd.toks[k+1].Brk {
			return "" // "25k registration, 18k medical": the one before's
		}
		p, more := f.purposeAt(k)
		if p != "" || !more {
			return p
		}
	}
	return ""
}

// joined reports an "and" or a comma, and only the words of fees, between
// the bytes a and b.
func (f feeList) joined(a, b int) bool {
	joined := false
	for k, t := range f.rd.toks {
		if t.Start == b {
			joined = joined || t.Brk // "25k registration, 18k medical"
		}
		if t.Start < a || t.End > b {
			continue
		}
		if !f.is("fee_link", k) && !f.is("fee_purpose", k) && !f.is("fee_filler", k) {
			return false // "ya", "phir", "de diye": no list of fees
		}
		joined = joined || f.is("fee_link", k) || t.Brk
	}
	return joined
}
