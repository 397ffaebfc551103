package triage

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hoshyar/hoshyar/lang"
)

// Amounts are read from "atoms" of the folded text: numbers (with the
// commas and dots inside them, "4,00,000", "2.5"), words (normalised as in
// tokenize), currency symbols and single punctuation marks. An amount is a
// quantity, optionally a range, with a currency before or after it:
//
//	quantity  = [fraction] number [multiplier [number multiplier]]
//	fraction  = sadhe | sawa | paune (+0.5, +0.25, -0.25)
//	number    = digits | a number word (do, char, ڈیڑھ…; only before a multiplier)
//	range     = quantity (- | – | to | se | تا) quantity
//	currency  = a symbol ($ € £), a code or a name (Rs, PKR, riyal, درہم…),
//	            or "/-" after the number (Pakistani usage for rupees)
//
// A number with a multiplier (lakh, hazar, crore, million, k, m) and no
// currency is in rupees. A number with neither is not an amount.

type atom struct {
	kind       byte // 'n' number, 'w' word, 's' currency symbol, 'p' punctuation
	s          string
	start, end int  // in the lang.Folded text
	space      bool // whitespace before it
}

func atomize(s string) []atom {
	atoms := make([]atom, 0, len(s)/4)
	space := true
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			space = true
			i += size
			continue
		case r >= '0' && r <= '9':
			j := i + 1
			for j < len(s) {
				c := s[j]
				if c >= '0' && c <= '9' {
					j++
					continue
				}
				if (c == ',' || c == '.') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9' {
					j += 2
					continue
				}
				// Urdu's own separators: "۲۵،۰۰۰" (the Arabic comma or
				// thousands mark between groups of two or three digits)
				// and "۱٫۲ لاکھ" (the Arabic decimal mark).
				if r2, sz := utf8.DecodeRuneInString(s[j:]); urduSeparators[r2] != 0 && digitRun(s[j+sz:]) > 0 &&
					(r2 == '٫' || digitRun(s[j+sz:]) == 2 || digitRun(s[j+sz:]) == 3) {
					j += sz
					continue
				}
				break
			}
			num := s[i:j]
			if strings.ContainsAny(num, "،٬٫") {
				num = urduSeparatorFold.Replace(num)
			}
			atoms = append(atoms, atom{kind: 'n', s: num, start: i, end: j, space: space})
			i = j
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			j, ascii := i, true
			for j < len(s) {
				r2, sz := utf8.DecodeRuneInString(s[j:])
				if !(unicode.IsLetter(r2) || unicode.Is(unicode.Mn, r2)) {
					break
				}
				ascii = ascii && r2 < utf8.RuneSelf
				j += sz
			}
			w := lang.NormalizeWord(s[i:j])
			atoms = append(atoms, atom{kind: 'w', s: w, start: i, end: j, space: space})
			i = j
		default:
			k := byte('p')
			if _, ok := lex.currencySymbols[r]; ok {
				k = 's'
			}
			atoms = append(atoms, atom{kind: k, s: s[i : i+size], start: i, end: i + size, space: space})
			i += size
		}
		space = false
	}
	return atoms
}

// urduSeparators are the Arabic comma, thousands and decimal marks, read
// as "," and "." inside a number.
var urduSeparators = map[rune]byte{'،': ',', '٬': ',', '٫': '.'}

var urduSeparatorFold = strings.NewReplacer("،", ",", "٬", ",", "٫", ".")

// digitRun is how many ASCII digits s starts with.
func digitRun(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}

const lakh = 100000

// joinedSum returns the sum with a multiplier that a bare number at
// atoms[end-1] is joined to: after a joining word ("50 aur 30 hazar"), or
// after more bare numbers listed with commas before it ("50, 50 aur 1
// lakh").
func joinedSum(atoms []atom, end int) (quantity, bool) {
	for n := 0; n < 3 && end+1 < len(atoms) && atoms[end].kind == 'p' && atoms[end].s == "," && atoms[end+1].kind == 'n'; n++ {
		q, ok := readQuantity(atoms, end+1)
		if !ok || q.hasMult || q.value >= 100 {
			return quantity{}, false
		}
		end = q.to
	}
	if end+1 >= len(atoms) || atoms[end].kind != 'w' || !lex.unitJoiners[atoms[end].s] {
		return quantity{}, false
	}
	q2, ok := readQuantity(atoms, end+1)
	return q2, ok && q2.hasMult
}

// quantity is a parsed number with its multiplier, over atoms [from, to).
type quantity struct {
	value    float64 // multipliers applied
	hasMult  bool
	unit     float64 // the first multiplier ("million" in "2.5 million")
	from, to int
}

// parseNumber reads "4,00,000" or "2.36" exactly: mantissa and decimals.
func parseNumber(s string) (float64, bool) {
	s = strings.ReplaceAll(s, ",", "")
	if strings.Count(s, ".") > 1 {
		return 0, false
	}
	mant, dec := s, 0
	if k := strings.IndexByte(s, '.'); k >= 0 {
		mant = s[:k] + s[k+1:]
		dec = len(s) - k - 1
	}
	if len(mant) > 15 {
		return 0, false
	}
	n, err := strconv.ParseInt(mant, 10, 64)
	if err != nil {
		return 0, false
	}
	return float64(n) / math.Pow10(dec), true
}

// round2 rounds to cents: 2.36 × 1,000,000 must be 2360000, not
// 2360000.0000000005.
func round2(v float64) float64 {
	return math.Round(v*100) / 100
}

// readQuantity reads a quantity starting at atoms[i].
func readQuantity(atoms []atom, i int) (quantity, bool) {
	q := quantity{from: i, unit: 1}
	frac := 0.0
	if i < len(atoms) && atoms[i].kind == 'w' {
		if f, ok := lex.fractions[atoms[i].s]; ok && i+1 < len(atoms) {
			frac = f
			i++
		}
	}
	if i >= len(atoms) {
		return q, false
	}
	var n float64
	word := false
	switch a := atoms[i]; {
	case frac != 0 && frac != 0.5 && a.kind == 'w' && lex.multipliers[a.s] != 0:
		// "sawa lakh", "paune lakh": a quarter more or less than one.
		n = 1
		word = true
		i--
	case a.kind == 'n':
		v, ok := parseNumber(a.s)
		if !ok {
			return q, false
		}
		n = v
		if frac != 0 && strings.Contains(a.s, ".") {
			frac = 0 // "saray 6.5 lakh" (C43-027): the half is in the decimal already
		}
	case a.kind == 'w' && lex.numberWords[a.s] != 0:
		n = lex.numberWords[a.s]
		word = true
	default:
		return q, false
	}
	i++
	if frac != 0 && i+1 < len(atoms) && atoms[i].kind == atoms[i-1].kind && atoms[i].s == atoms[i-1].s {
		// "ساڑھے تین تین لاکھ", "sarhe teen teen lakh": a number said
		// twice is so much each (blind20 UR-030); the fraction before it
		// is kept. Without one, the second number is read alone ("do do
		// lakh", and "ساٹھ ساٹھ ہزار" with a count of times, findAmounts).
		if _, ok := multiplierAt(atoms, i+1); ok {
			i++
		}
	}
	if word && lex.tensJoined[atoms[i-1].s] {
		// "forty two thousand", "forty-two": the tens and the unit are one
		// number ("Rs 42,000 (forty two thousand only)" is no 2,000 too,
		// everyday20 E20-031).
		k := i
		if k < len(atoms) && atoms[k].kind == 'p' && atoms[k].s == "-" {
			k++
		}
		if k < len(atoms) && atoms[k].kind == 'w' {
			if u := lex.numberWords[atoms[k].s]; u >= 1 && u <= 9 && u == float64(int(u)) {
				n, i = n+u, k+1
			}
		}
	}
	// "four and a half lakh", "char aur aadha lakh": a half more, only
	// before a multiplier.
	if frac == 0 {
		if k := halfAfterAt(atoms, i); k > i {
			if _, ok := multiplierAt(atoms, k); ok {
				frac, i = 0.5, k
			}
		}
	}
	if m, ok := multiplierAt(atoms, i); ok {
		q.hasMult, q.unit = true, m
		i++
	} else if (word || frac != 0) && !givenAt(atoms, i) && !correctedBefore(atoms, q.from) {
		return q, false // a number in words is a sum only with its multiplier, or told as paid ("ساڑھے تین دے چکا", after "کل چار لاکھ")
	}
	q.value = n + frac
	q.to = i
	if !q.hasMult {
		return q, true
	}
	// "4 lakh 50 hazar", "2 crore 50 lakh", "ek lakh aur assi hazar": a
	// smaller part after the first.
	q.value = round2(q.value * q.unit)
	last := q.value
	if q.unit == 1e5 && i < len(atoms) && (atoms[i].kind == 'n' || atoms[i].kind == 'w' && lex.numberWords[atoms[i].s] != 0) {
		// "2 lakh 60 maang rahe", "3 lakh 40.", "دو لاکھ ساٹھ مانگ رہے"
		// (C30-033, C33-026): the thousands said after the lakhs without
		// their word, as people say a price aloud: 2,60,000, not 60 lakh
		// more
		n2, ok := lex.numberWords[atoms[i].s], atoms[i].kind == 'w'
		if atoms[i].kind == 'n' {
			n2, ok = parseNumber(atoms[i].s)
		}
		if _, mult := multiplierAt(atoms, i+1); ok && !mult && n2 >= 10 && n2 <= 99 && n2 == float64(int(n2)) && thousandsSaidBare(atoms, i+1) {
			q.value = round2(q.value + n2*1000)
			q.to = i + 1
			return q, true
		}
	}
	for i+1 < len(atoms) {
		j := i
		if atoms[j].kind == 'w' && lex.connectors[atoms[j].s] && j+2 < len(atoms) {
			j++
		}
		var n2 float64
		switch a := atoms[j]; {
		case a.kind == 'n':
			v, ok := parseNumber(a.s)
			if !ok {
				return q, true
			}
			n2 = v
		case a.kind == 'w' && lex.numberWords[a.s] != 0:
			n2 = lex.numberWords[a.s]
		default:
			return q, true
		}
		m2, ok := multiplierAt(atoms, j+1)
		if !ok || n2*m2 >= last {
			return q, true
		}
		q.value = round2(q.value + n2*m2)
		last = n2 * m2
		i = j + 2
		q.to = i
	}
	return q, true
}

// thousandsSaidBare reports what may follow a bare number of thousands
// after a sum in lakhs: the end, a mark, or a word of money, asking or
// giving ("maang rahe", "diye"), or what it was with (thousands_next: "3
// lakh 20 with the medical", "3 lakh 20 mein"); not a unit of time or a
// count ("5 lakh 20 din pehle", "3 lakh 2 dafa", "2 lakh 50 larkon se").
func thousandsSaidBare(atoms []atom, k int) bool {
	if k < len(atoms) && (atoms[k].kind == 'p' && (atoms[k].s == "%" || atoms[k].s == "٪") || atoms[k].kind == 'w' && lex.percentWords[atoms[k].s]) {
		return false // "25 Lakh 50% advance": a share, after the sum
	}
	if k >= len(atoms) || atoms[k].kind == 'p' {
		return true
	}
	a := atoms[k]
	if a.kind != 'w' || lex.notMoneyUnits[a.s] || countNounAt(atoms, k) || lex.multipliers[a.s] != 0 {
		return false
	}
	if c, _, _ := currencyAfter(atoms, k); c != "" {
		return false // "2 lakh 60 riyal": two sums
	}
	return lex.moneyContext[a.s] || lex.thousandsNext[a.s] || givenAt(atoms, k)
}

// halfAfterAt returns the index after a lexicon "and a half" phrase
// starting at atoms[i], or i when none starts there.
func halfAfterAt(atoms []atom, i int) int {
	for _, seq := range lex.halfAfter {
		k := i
		for _, w := range seq {
			if k >= len(atoms) || atoms[k].kind != 'w' || atoms[k].s != w {
				break
			}
			k++
		}
		if k-i == len(seq) {
			return k
		}
	}
	return i
}

// moneyNear reports a word of money or paying within a few words of the
// atoms [i, j): "they want 180000", "I sent 40,000", "kiraya 28 hazar".
//
// A number grouped in thousands ("40,000") reaches further back, to a fee
// word before a lab's or a shop's name and its town ("medical sirf
// Al-Noor Lab Multan se 40,000", blind19 RU-028): eight words. Fillers
// ("bhi", "hai") are not counted: "maine fees b de di h 1850" (C382-006).
func moneyNear(atoms []atom, i, j int) bool {
	words, back := 0, 4
	if strings.Contains(atoms[i].s, ",") {
		back = 8
	}
	for k := i - 1; k >= 0 && words < back; k-- {
		if atoms[k].kind == 'w' {
			if lex.moneyContext[atoms[k].s] || lex.feeWords[atoms[k].s] {
				return true
			}
			if !lex.moneyFillers[atoms[k].s] {
				words++
			}
		}
		if atoms[k].kind == 'p' && (fullStop(atoms[k].s) || atoms[k].s == "\n") {
			break
		}
	}
	words = 0
	for k := j; k < len(atoms) && words < 3; k++ {
		if atoms[k].kind == 'w' {
			if lex.moneyContext[atoms[k].s] || lex.feeWords[atoms[k].s] || words == 0 && moreSumAt(atoms, k) {
				return true
			}
			words++
		}
		if atoms[k].kind == 'p' && fullStop(atoms[k].s) {
			break
		}
	}
	return channelNear(atoms, i, j)
}

// moreSumAt reports a word of more (more_words.after) right after a bare
// number, the clause ending there or going on to what the sum was for
// (more_sum_next, a money or fee word): "then 40000 more for CoS", "phir
// 40000 mazeed", "پھر ۴۰۰۰۰ مزید" (blind30 EN-043); not a noun counted,
// "2 more boys", "3 more days", "۳ اور لڑکے".
func moreSumAt(atoms []atom, k int) bool {
	if !lex.moreAfter[atoms[k].s] {
		return false
	}
	if k+1 >= len(atoms) || atoms[k+1].kind == 'p' {
		return true
	}
	return atoms[k+1].kind == 'w' && (lex.moreSumNext[atoms[k+1].s] || lex.moneyContext[atoms[k+1].s] || lex.feeWords[atoms[k+1].s])
}

// channelNear reports a wallet or cash named within four words before a
// bare number or three after it, in its sentence ("i snd 15000 easypaisa
// to 0345...", blind25 EN-031; "۱۲۰۰۰ جاز کیش کروائے"; "jazzcash kar deti
// hun 500"), and no code word within six words either side ("Your OTP
// for Easypaisa login is 482913", "738204 is your Easypaisa OTP": a code,
// everyday18).
func channelNear(atoms []atom, i, j int) bool {
	found := false
	for k, words := i-1, 0; k >= 0 && words < 6; k-- {
		if atoms[k].kind == 'p' && (fullStop(atoms[k].s) || atoms[k].s == "\n") {
			break
		}
		if atoms[k].kind != 'w' {
			continue
		}
		if wordsAt(atoms, k, lex.channelCodes, true) {
			return false
		}
		if words < 4 && wordsAt(atoms, k, lex.moneyChannels, true) {
			found = true
		}
		words++
	}
	for k, words := j, 0; k < len(atoms) && words < 6; k++ {
		if atoms[k].kind == 'p' && (fullStop(atoms[k].s) || atoms[k].s == "\n") {
			break
		}
		if atoms[k].kind != 'w' {
			continue
		}
		if wordsAt(atoms, k, lex.channelCodes, false) {
			return false
		}
		if words < 3 && wordsAt(atoms, k, lex.moneyChannels, false) {
			found = true
		}
		words++
	}
	return found
}

// priced reports a number grouped in thousands ("28,000") said as a price:
// "for 28,000", "28,000 ka medical", "۲۸,۰۰۰ میں کروایا" (blind13 EN-050: "sent
// me for medical to 'Al Shifa Diagnostic' for 28,000").
//
// A round sum of four to seven digits written without grouping is a
// price the same way ("will put my name in Korea list for 20000", blind27
// EN-030; "medical ... 28000 me jabke baqi jagah 8000 me hota hai",
// RU-030): a multiple of 500, of at least 1,000, never a year.
func priced(atoms []atom, i, j int) bool {
	if !strings.Contains(atoms[i].s, ",") {
		v, err := strconv.Atoi(atoms[i].s)
		if err != nil || len(atoms[i].s) < 4 || len(atoms[i].s) > 7 || v < 1000 || v%500 != 0 || v >= 1950 && v <= 2035 {
			return false
		}
	}
	return i > 0 && atoms[i-1].kind == 'w' && lex.pricedBefore[atoms[i-1].s] ||
		j < len(atoms) && atoms[j].kind == 'w' && lex.pricedAfter[atoms[j].s]
}

// fullStop reports the end of a sentence, in either script: money named
// before the Urdu full stop does not reach a number after it ("بھیج دیے۔
// ٹی آئی ڈی ۷۲۱۰۰۹۳۴" is a transaction id).
func fullStop(s string) bool { return s == "." || s == "۔" }

// plainSum reports whether a bare number (no currency, no multiplier)
// looks like a sum of money: grouped in thousands ("60,000", "1,85,000")
// or of three to eight digits, not a year, not a count of something.
func plainSum(atoms []atom, q quantity) bool {
	a := atoms[q.from]
	if a.kind != 'n' || strings.Contains(a.s, ".") && !strings.Contains(a.s, ",") {
		return false
	}
	digits := strings.ReplaceAll(a.s, ",", "")
	if len(digits) < 3 || len(digits) > 8 || strings.HasPrefix(digits, "0") {
		return false
	}
	if !strings.Contains(a.s, ",") && len(digits) == 4 && q.value >= 1950 && q.value <= 2035 && !roundSumPaid(atoms, q) {
		return false // a year
	}
	if q.from > 0 && atoms[q.from-1].kind == 'p' && (atoms[q.from-1].s == "*" || atoms[q.from-1].s == "#") ||
		q.to < len(atoms) && atoms[q.to].kind == 'p' && (atoms[q.to].s == "*" || atoms[q.to].s == "#") {
		return false // a USSD code, "*911#"
	}
	for k := q.to; k < len(atoms) && k <= q.to+1; k++ {
		if k == q.to+1 && (atoms[q.to].kind == 'p' && (atoms[q.to].s == "," || atoms[q.to].s == "،" || fullStop(atoms[q.to].s)) ||
			wordsAt(atoms, q.to, lex.moneyChannels, false)) {
			// The unit is the word right after the number, or the one after
			// a word between ("668 pe SMS karein"), not a word in the next
			// clause ("receipt of only 15,000, no receipt for the rest",
			// blind28 EN-011) nor the verb of a wallet ("3000 Easypaisa
			// karein" is paid by it, RU-001).
			break
		}
		if k == q.to+1 && lex.rateUnits[atoms[k].s] && (atoms[q.to].s == "/" || atoms[q.to].s == "per" || atoms[q.to].s == "fi" || atoms[q.to].s == "فی") {
			break // a price by the month ("Fee sirf 4500/month", "4500 per month"), not a count of months
		}
		if atoms[k].kind == 'w' && lex.notMoneyUnits[atoms[k].s] {
			return false // "668 pe SMS karein"
		}
	}
	if namedBefore(atoms, q.from) || shortcode(atoms, q) {
		return false
	}
	if q.to < len(atoms) && (atoms[q.to].kind == 'w' && (lex.notMoneyUnits[atoms[q.to].s] || countNounAt(atoms, q.to)) ||
		atoms[q.to].kind == 'p' && atoms[q.to].s == "%") {
		return false
	}
	return q.value >= 100
}

// wordsAt reports whether an entry of set (one word, or several joined by
// a space: "ایس ایم ایس") starts at atoms[i] (end false) or ends there
// (end true).
func wordsAt(atoms []atom, i int, set map[string]bool, end bool) bool {
	w := ""
	for n := 0; n < 3; n++ {
		k := i + n
		if end {
			k = i - n
		}
		if k < 0 || k >= len(atoms) || atoms[k].kind != 'w' {
			return false
		}
		if n == 0 {
			w = atoms[k].s
		} else if end {
			w = atoms[k].s + " " + w
		} else {
			w += " " + atoms[k].s
		}
		if set[w] {
			return true
		}
	}
	return false
}

// namedBefore reports a bare number that names something rather than
// costs it: an OTP, a PIN, a code, a roll number, a reference (the groups
// of digits after "ref" too: "bill ref 14 14231 1234567"), a card
// "ending 4019", marks ("Total marks 982"). A copula may stand between
// ("your OTP is 447109", "او ٹی پی 553201 ہے" reads after it).
func namedBefore(atoms []atom, from int) bool {
	if strings.Count(atoms[from].s, ",") >= 2 {
		return false // "2,75,000": grouped in lakhs, only ever money
	}
	k := from - 1
	for numbers := 0; k >= 0; k-- {
		a := atoms[k]
		if a.kind == 'n' && numbers < 3 {
			numbers++
			continue
		}
		if a.kind == 'p' && strings.Contains(":#-/", a.s) || a.kind == 'p' && a.s == "." && !a.space {
			continue // "Roll No. 234561", but not a sentence's end ("licence number 3189/PSH. 2,75,000")
		}
		break
	}
	if k >= 1 && atoms[k].kind == 'w' && copulas[atoms[k].s] {
		k--
	}
	return k >= 0 && wordsAt(atoms, k, lex.notMoneyBefore, true)
}

// copulas may stand between a name and its number ("code is 7741").
var copulas = lang.MustClass("triage_copulas")

// shortcode reports a number a message is sent to, not a sum: "9000 par
// forward karein", "roll number 800296 par bhejein", "80030 پر ایس ایم ایس
// کریں", "send STOP to 8300", "forward the message to 9000". Written
// without grouping, as a shortcode is.
func shortcode(atoms []atom, q quantity) bool {
	if strings.Contains(atoms[q.from].s, ",") {
		return false
	}
	if q.to < len(atoms) && atoms[q.to].kind == 'w' && lex.shortcodeAt[atoms[q.to].s] &&
		(wordsAt(atoms, q.to+1, lex.shortcodeVerbs, false) || wordsAt(atoms, q.to+2, lex.shortcodeVerbs, false)) {
		return true
	}
	if q.from == 0 || atoms[q.from-1].kind != 'w' || !lex.shortcodeAt[atoms[q.from-1].s] {
		return false
	}
	for k, words := q.from-2, 0; k >= 0 && words < 4; k-- {
		if atoms[k].kind == 'p' && (fullStop(atoms[k].s) || atoms[k].s == ",") {
			break
		}
		if atoms[k].kind == 'w' {
			if wordsAt(atoms, k, lex.shortcodeVerbs, true) {
				return true
			}
			words++
		}
	}
	return false
}

// subunitAt returns the hundredths written at atoms[i] ("15 پیسے", "89
// paisa" after a sum in rupees) and whether they are there.
func subunitAt(atoms []atom, i int) (float64, bool) {
	if i+1 >= len(atoms) || atoms[i].kind != 'n' || len(atoms[i].s) > 2 || atoms[i+1].kind != 'w' || !lex.subunitWords[atoms[i+1].s] {
		return 0, false
	}
	v, ok := parseNumber(atoms[i].s)
	return v / 100, ok
}

func multiplierAt(atoms []atom, i int) (float64, bool) {
	if i >= len(atoms) || atoms[i].kind != 'w' {
		return 0, false
	}
	m, ok := lex.multipliers[atoms[i].s]
	if !ok || (lex.attachedOnly[atoms[i].s] && atoms[i].space) {
		return 0, false
	}
	if after := lex.multVerbAfter[atoms[i].s]; after != nil && i+1 < len(atoms) && atoms[i+1].kind == 'w' && after[atoms[i+1].s] {
		return 0, false // "1 لکھ کر جواب دیں": write, not a lakh
	}
	return m, true
}

// currencyBefore returns the currency written just before atoms[i] ("Rs",
// "Rs.", "$", "PKR") and the index it starts at.
func currencyBefore(atoms []atom, i int) (code string, word string, at int) {
	p := i - 1
	if p >= 1 && atoms[p].kind == 'p' && atoms[p].s == "." && atoms[p-1].kind == 'w' {
		p--
	}
	if p < 0 {
		return "", "", i
	}
	switch a := atoms[p]; a.kind {
	case 's':
		return lex.currencySymbols[[]rune(a.s)[0]], "", p
	case 'w':
		if c, ok := lex.currencies[a.s]; ok {
			return c, a.s, p
		}
		// "US$": a word before a symbol
	}
	return "", "", i
}

// clauseCurrency is the currency named by a word among the four words
// before atoms[i] in its clause, with no number beside it (so belonging to
// no other sum), other than rupees: "dollar me mangay thay 1500",
// "riyal mein 1200 bataye". "".
func clauseCurrency(atoms []atom, i int) string {
	for p, n := i-1, 0; p >= 0 && n < 4; p-- {
		a := atoms[p]
		if a.kind == 'p' || a.kind == 'n' || a.kind == 's' {
			return "" // a clause break, or a number the currency may be of
		}
		n++
		if lex.exchangeRate[a.s] {
			return "" // "dollar rate 280": the rupees a dollar costs
		}
		if c, ok := lex.currencies[a.s]; ok {
			if c == "PKR" || p > 0 && atoms[p-1].kind == 'n' {
				return ""
			}
			return c
		}
	}
	return ""
}

// currencyAfter returns the currency written just after atoms[:i] and the
// index after it.
func currencyAfter(atoms []atom, i int) (code string, word string, to int) {
	if i >= len(atoms) {
		return "", "", i
	}
	if atoms[i].kind == 'p' && atoms[i].s == "/" && i+1 < len(atoms) && atoms[i+1].kind == 'p' && atoms[i+1].s == "-" {
		return "PKR", "", i + 2
	}
	if atoms[i].kind == 's' {
		return lex.currencySymbols[[]rune(atoms[i].s)[0]], "", i + 1
	}
	for _, cp := range lex.currencyPhrases {
		if i+len(cp.words) > len(atoms) {
			continue
		}
		ok := true
		for k, w := range cp.words {
			if atoms[i+k].kind != 'w' || atoms[i+k].s != w {
				ok = false
				break
			}
		}
		if ok {
			return cp.code, "", i + len(cp.words)
		}
	}
	if atoms[i].kind == 'w' {
		if c, ok := lex.currencies[atoms[i].s]; ok {
			return c, atoms[i].s, i + 1
		}
	}
	return "", "", i
}

// countAfter reports a count noun after a number, or after its "+"
// ("50 workers", "100+ boys reached"): people or jobs, not money.
func countAfter(atoms []atom, end int) bool {
	if end < len(atoms) && atoms[end].kind == 'p' && atoms[end].s == "+" {
		end++
	}
	if end+2 < len(atoms) && atoms[end].kind == 'w' && lex.moreThanBefore[atoms[end].s] && atoms[end+1].kind == 'w' && lex.moreThan[atoms[end+1].s] {
		end += 2 // "200 se zyada passport baramad" (blind211 RU-030): more than so many
	}
	if end+1 < len(atoms) && atoms[end].kind == 'w' && lex.freeBefore[atoms[end].s] {
		// "1 lakh free visa khol diye", "ایک لاکھ مفت ویزے": so many free
		// visas given out, not a price (blind25 RU-038); "2 lakh free visa
		// ke liye" is the price of one (countNounAt's postpositions).
		k := end + 1
		if atoms[k].kind == 'w' && lex.freeCount[atoms[k].s] && !(k+1 < len(atoms) && atoms[k+1].kind == 'w' && lex.obliqueAfter[atoms[k+1].s]) {
			return true
		}
		return countNounAt(atoms, k)
	}
	if end+1 < len(atoms) && atoms[end].kind == 'w' && lex.countKind[atoms[end].s] {
		// "ستر ہزار ورک ویزے کھول دیے", "70 thousand work visas": so
		// many visas of a kind (blind28 UR-036); "ورک ویزا" is one.
		return countNounAt(atoms, end+1)
	}
	return countNounAt(atoms, end)
}

// countNounAt reports a count noun at atoms[k]; one that is also a
// singular's oblique form is none when a postposition follows it
// ("ڈھائی لاکھ ویزے کے لیے": the sum is for the visa).
func countNounAt(atoms []atom, k int) bool {
	if k >= len(atoms) || atoms[k].kind != 'w' || !lex.countNouns[atoms[k].s] {
		return false
	}
	return !(lex.countOblique[atoms[k].s] && k+1 < len(atoms) && atoms[k+1].kind == 'w' && lex.obliqueAfter[atoms[k+1].s])
}

// yearLike reports a bare number that reads as a recent year rather than a
// fee ("Overseas Registration 2026"): four digits, no grouping, and not a
// round sum ("fee 2000", "fees 2500" stay money).
func yearLike(a atom, v float64) bool {
	return a.kind == 'n' && !strings.Contains(a.s, ",") && len(a.s) == 4 && v >= 1990 && v <= 2035 && int(v)%50 != 0
}

// feeWordBefore reports a fee word just before atoms[i] ("fee 25000",
// "fees: 25,000").
func feeWordBefore(atoms []atom, i int) bool {
	p := i - 1
	if p >= 0 && atoms[p].kind == 'p' && (atoms[p].s == ":" || atoms[p].s == "-") {
		p--
	}
	return p >= 0 && atoms[p].kind == 'w' && lex.feeWords[atoms[p].s]
}

func isRangeSep(a atom) bool {
	switch a.kind {
	case 'p':
		return a.s == "-" || a.s == "–" || a.s == "—" || a.s == "~"
	case 'w':
		return lex.rangeWords[a.s]
	}
	return false
}

// findAmounts returns the amounts in s (folded, other entities blanked),
// with Text from the original. Repeats of the same value and currency are
// dropped.
func findAmounts(s string, f lang.Folded, text string, countries []string) []Amount {
	return findAmountsSaid(s, f, text, countries, new([]Amount))
}

// findAmountsSaid is findAmounts, and adds to back the sums said and then
// taken back for another ("6 lakh, sorry 6.5 lakh"; takenBack).
func findAmountsSaid(s string, f lang.Folded, text string, countries []string, back *[]Amount) []Amount {
	atoms := atomize(s)
	var out []Amount
	seen := map[Amount]bool{}
	add := func(v float64, code, written string) {
		key := Amount{Value: v, Currency: code}
		if seen[key] {
			return
		}
		seen[key] = true
		out = append(out, Amount{Value: v, Currency: code, Text: written})
	}
	// prev is the last amount read with a currency or a multiplier: a bare
	// sum a few words after it is in its currency ("contract 1500 riyal,
	// they pay 900"), and a small one with a word of paying in its
	// multiplier ("35 lakh total, 10 already paid").
	var prev struct {
		code        string
		unit, value float64
		end         int
		ok          bool
	}
	// last is the sum added last, when its span gave one: a sum said
	// instead of it takes its place (takenBack)
	var last struct {
		idx, to int
		value   float64
		code    string
		ok      bool
	}
	for i := 0; i < len(atoms); {
		q, ok := readQuantity(atoms, i)
		if !ok {
			i++
			continue
		}
		if inCode(atoms, q.from) {
			i = q.to // "HSY-9KD2WX", "LE7719283": a reference, not a sum
			continue
		}
		if !q.hasMult && namedBefore(atoms, q.from) {
			i = q.to // "card ending 3390 سے 4,200 روپے": a name, not a range's start
			continue
		}
		qs := []quantity{q}
		end := q.to
		if end+1 < len(atoms) && isRangeSep(atoms[end]) {
			if q2, ok := readQuantity(atoms, end+1); ok {
				if !q.hasMult && q2.hasMult {
					qs[0].value = round2(qs[0].value * q2.unit)
					qs[0].hasMult = true
				}
				qs = append(qs, q2)
				end = q2.to
				if qs[0].value == q2.value && q2.value > 0 {
					qs = qs[:1] // "2-2 lakh": so much each (timesEach), no range
				}
			}
		}
		if len(qs) == 1 && !q.hasMult && q.value < 100 {
			// "1.5 then 1 lakh", "50 aur 30 hazar": a bare small number
			// joined to a sum in lakhs or thousands is in them too; the next
			// sum is read on its own.
			if q2, ok := joinedSum(atoms, end); ok {
				if c, _, _ := currencyBefore(atoms, q.from); c == "" {
					qs[0].value, qs[0].hasMult = round2(q.value*q2.unit), true
					if q2.unit == lakh && q.value >= 10 && q.value > 10*q2.value/q2.unit {
						// "50, 50 aur 1 lakh" (C221-002): fifty is of
						// thousands beside one lakh, not fifty lakh
						qs[0].value = round2(q.value * 1000)
					}
				}
			}
		}
		if end < len(atoms) && (atoms[end].kind == 'p' && (atoms[end].s == "%" || atoms[end].s == "٪") || atoms[end].kind == 'w' && lex.percentWords[atoms[end].s]) {
			// "100% guarantee", "۱۰۰٪", "۱۰۰ فیصد گارنٹی", "100 fisad": a
			// share, never money, even right after a salary's currency
			// ("تنخواہ ۲۵۰۰ ریال ۱۰۰ فیصد گارنٹی" is no 100 riyals, blind30 UR-026)
			i = end
			continue
		}
		if len(qs) == 1 && !q.hasMult && q.value >= 1 && q.value <= 31 && wordsAt(atoms, end, lex.monthNames, false) {
			// "12,000 روپے 25 اپریل تک", "Rs 3,000 by 15 May": a date, even
			// right after a currency that belongs to the sum before it
			// (everyday20 E20-133).
			i = end
			continue
		}
		preCode, preWord, preFrom := currencyBefore(atoms, q.from)
		postCode, postWord, postTo := currencyAfter(atoms, end)
		from, to := q.from, end
		if preCode != "" {
			from = preFrom
		}
		if postCode != "" {
			to = postTo
		}
		code, cword := preCode, preWord
		if code == "" {
			code, cword = postCode, postWord
		}
		if _, sub := subunitAt(atoms, postTo); preCode != "" && postCode != "" && preCode != postCode &&
			(postTo >= len(atoms) || atoms[postTo].kind != 'n' || sub) {
			// "ڈالر 280 روپے 15 پیسے": the dollar is what costs 280 rupees;
			// a currency after the number is its own, unless a number
			// follows it that it belongs to ("USD 1,000 PKR 280,000").
			code, cword, from = postCode, postWord, q.from
		}
		if v, ok := subunitAt(atoms, to); ok && code == "PKR" && len(qs) == 1 && postCode != "" {
			qs[0].value = round2(qs[0].value + v) // "280 روپے 15 پیسے" is 280.15
			to += 2
		}
		carried, carriedUnit := false, 0.0
		if code == "" {
			last := qs[len(qs)-1]
			carry := len(qs) == 1 && prev.ok && wordsBetween(atoms, prev.end, q.from) <= carryWords && !isYear(atoms, q)
			switch {
			case countAfter(atoms, end):
				i = end // a count of people or jobs, not money
				continue
			case wordsAt(atoms, end, lex.measureUnits, false):
				i = end // "58 ہزار کلومیٹر", "80 thousand km": a distance, not money
				continue
			case carry && last.hasMult && prev.code != "PKR" && prev.unit > 1 && q.value <= 3*prev.value && !feeWordNear(atoms, q.from, end):
				// "ساڑھے سات ہزار پاؤنڈ کہے تھے، ہم نے پانچ ہزار دے دیے"
				// (C206-014): thousands after thousands of pounds are pounds;
				// lakhs after them are far more, rupees
				code, carried = prev.code, true
			case last.hasMult:
				code = "PKR"
			case prev.ok && len(qs) == 1 && prev.code != "PKR" && atoms[q.from].kind == 'n' && !strings.HasPrefix(atoms[q.from].s, "0") && q.value >= 100 && q.value <= 3*prev.value && moreWith(atoms, q.from, end):
				// "paid 3,500 pounds ... now they want 2000 more", "1500 dollar diye, ab 1000 aur": more of the
				// same sum, however far back it was named (blind27 EN-023)
				code, carried = prev.code, true
			case len(qs) == 1 && plainSum(atoms, q) && insteadOf2(atoms, end):
				// "2000 کی بجائے 1200 ریال", "2000 ki jagah 1200 riyal": the
				// sum set against the next is in its currency (blind29 EN-028)
				code, cword = insteadOf(atoms, end)
			case carry && prev.code != "PKR" && plainSum(atoms, q) && q.value <= 3*prev.value && !feeWordNear(atoms, q.from, end):
				code, carried = prev.code, true // "1500 riyal likha tha, ab 1000 de rahe", "60,000 rubles ... getting 25,000"
			case carry && prev.unit > 1 && q.value*prev.unit >= prev.value/2 && q.value*prev.unit <= prev.value*2 && correctedBefore(atoms, q.from) &&
				(end >= len(atoms) || atoms[end].kind == 'p' || givenAt(atoms, end) || atoms[end].kind == 'w' && (thaWords[atoms[end].s] || lex.toldWords[atoms[end].s] && correctedJustBefore(atoms, q.from))):
				// "package was 14 lakh.. no sorry 14.5", "پانچ لاکھ... نہیں
				// ساڑھے پانچ" (C43-005): the number said instead of a sum, alone
				// in its clause or told as paid, is in its unit ("nahi 2 din
				// pehle" is no sum; "40 hzr bheje.. nai nai 45 the", C250-003;
				// "۲۲ لاکھ، نہیں ۲۳ بتائے ہیں", C542-024: told so)
				qs[0].value = round2(q.value * prev.unit)
				code, carried = prev.code, true
			case carry && prev.unit > 1 && q.value < 100 && paidAfter(atoms, end):
				u := prev.unit // "35 lakh total, 10 already paid"
				if q.value*u > prev.value && u > 1000 && q.value*1000 <= prev.value && math.Mod(prev.value, u) != 0 && q.value == math.Trunc(q.value) {
					// "total 1 lakh 60 hazar bante hain, 25 aur 35 diye"
					// (C69-032): a part paid of a total told in lakhs and
					// thousands is no more than it, so in its thousands; a
					// decimal is in lakhs ("1.5 lac not 2. so 2.5 total",
					// C88-015: 2.5 lakh, not 2,500)
					u = 1000
				}
				qs[0].value = round2(q.value * u)
				code, carried, carriedUnit = prev.code, true, u
			case carry && prev.unit > 1 && q.value < 100 && q.value > prev.value/prev.unit && totalBefore(atoms, q.from):
				// "9 lakh, ab 2 aur maang rahe to total 11 ho gaye" (C38-035):
				// the sums before, added up, in their unit
				qs[0].value = round2(q.value * prev.unit)
				code, carried = prev.code, true
			case len(qs) == 1 && plainSum(atoms, q) && q.value >= 100 && !yearLike(atoms[q.from], q.value) && clauseCurrency(atoms, q.from) != "" &&
				(moneyNear(atoms, q.from, end) || paidAfter(atoms, end) || feeWordNear(atoms, q.from, end)):
				// "dollar me mangay thay 1500" (A68-0139): the currency
				// named alone a few words before, in the clause
				code = clauseCurrency(atoms, q.from)
			case len(qs) == 1 && feeWordBefore(atoms, q.from) && q.value >= 100 && !yearLike(atoms[q.from], q.value):
				code = "PKR" // "fees 25000", but not "Registration 2026"
			case len(qs) == 1 && plainSum(atoms, q) && (moneyNear(atoms, q.from, end) || strings.Count(atoms[q.from].s, ",") >= 2 || priced(atoms, q.from, end)):
				code = "PKR" // "they want 180000", "3,50,000" (lakhs are only ever money), "for 28,000"
			case len(qs) == 1 && plainSum(atoms, q) && q.value >= 1000 && !yearLike(atoms[q.from], q.value) &&
				end < len(atoms) && atoms[end].kind == 'w' && lex.totalWords[atoms[end].s]:
				code = "PKR" // "400000 total, 50,000 plus 3,50,000" (C122-022): a sum added up
			case len(qs) == 2 && plainSum(atoms, q) && plainSum(atoms, qs[1]) && moneyNear(atoms, q.from, end):
				code = "PKR" // "Salary 45,000 - 55,000", "تنخواہ ۴۵۰۰۰ سے ۵۵۰۰۰"
			case len(qs) == 1 && plainSum(atoms, q) && q.value >= 100 && !yearLike(atoms[q.from], q.value) && timesEach(atoms, q, q.from, end) > 1:
				code = "PKR" // "three times 60,000 each", "60000 each, 3 times": a sum paid so many times is money (C15-002)
			default:
				i = end
				continue
			}
		}
		code = currencyInContext(code, cword, countries)
		// A currency of more than one word ("سعودی ریال", "saudi riyal") is
		// as written as one of one word: a bare sum after it is in it too
		// ("۱۲۰۰ سعودی ریال ہوگی، یہاں ۸۰۰ مل رہی ہے", blind16 UR-047).
		named := cword != "" || postCode != "" && postTo-end > 1
		if unit := qs[len(qs)-1].unit; named || unit > 1 || carried {
			if carried && unit == 1 {
				unit = prev.unit
				if carriedUnit > 0 {
					unit = carriedUnit // the next part is in the same unit ("25 aur 35 diye")
				}
			}
			prev.code, prev.unit, prev.value, prev.end, prev.ok = code, unit, qs[len(qs)-1].value, to, true
		}
		written := f.Orig(text, atoms[from].start, atoms[to-1].end)
		if n := timesEach(atoms, qs[0], from, to); len(qs) == 1 && n > 1 {
			// "جاز کیش سے دو دفعہ، ساٹھ ساٹھ ہزار", "do dafa 50 50 hazar
			// bheje": so much each time, so many times, is their sum
			qs[0].value = round2(qs[0].value * n)
		}
		if x, ok := restatedDenied(atoms, from, qs[0]); ok && len(qs) == 1 {
			// "2 pehle diye... nai 2 nai 2.5 lakh": the sum denied twice
			// over for another, wherever it was read, is taken back
			if k := slices.IndexFunc(out, func(a Amount) bool { return a.Value == x && a.Currency == code }); k >= 0 {
				*back = append(*back, out[k])
				out = slices.Delete(out, k, k+1)
				delete(seen, Amount{Value: x, Currency: code})
				last.ok = false
			}
		}
		if len(qs) == 1 && last.ok && code == last.code && qs[0].value >= last.value/2 && qs[0].value <= last.value*2 && takenBack(atoms, last.to, from) {
			// "took 6 lakh, sorry 6.5 lakh", "چار لاکھ لے چکا ہے، نہیں بلکہ
			// چار لاکھ بیس ہزار": the sum said instead is the one meant
			*back = append(*back, out[last.idx])
			out = slices.Delete(out, last.idx, last.idx+1)
			delete(seen, Amount{Value: last.value, Currency: last.code})
		}
		n := len(out)
		for _, x := range qs {
			add(x.value, code, written)
		}
		last.ok = len(qs) == 1 && len(out) == n+1
		last.idx, last.to, last.value, last.code = n, to, qs[0].value, code
		i = to
	}
	return out
}

// restatedDenied reads the correction "nai X nai Y" before the sum q at
// atoms[from] (Y): a bare negation, a number, another negation right
// before it. It returns X in q's unit when q has one ("nai 2 nai 2.5
// lakh": 2 lakh), at most twice q and at least half of it.
func restatedDenied(atoms []atom, from int, q quantity) (float64, bool) {
	word := func(k int) int { // the last atom before k that is no punctuation
		for k--; k >= 0 && atoms[k].kind == 'p'; k-- {
		}
		return k
	}
	negAt := func(k int) bool {
		return k >= 0 && atoms[k].kind == 'w' && lex.words.IsNegation(lex.words.Canon(lang.NormalizeWord(atoms[k].s)))
	}
	n2 := word(from)
	x := word(n2)
	if !negAt(n2) || x < 0 || atoms[x].kind != 'n' || !negAt(word(x)) {
		return 0, false
	}
	v, ok := parseNumber(atoms[x].s)
	if !ok {
		return 0, false
	}
	if q.hasMult && v < 100 {
		v = round2(v * q.unit)
	}
	return v, v >= q.value/2 && v <= q.value*2 && v != q.value
}

// takenBack reports a sum's start (from) right after words that take back
// the sum that ended at prev, within three words before it ("6 lakh, sorry
// 6.5", "liye the, nahi sorry 2 lakh 70 hazar"); "I mean", "یعنی" only when
// nothing else stands between the two ("3 lakh, I mean 3.5"), for "آدھے
// پیسے یعنی چھ لاکھ" names a part. A bare "nahi" sets one sum against
// another ("salary 1500 ringgit nahi 900 hai"): both are kept.
func takenBack(atoms []atom, prev, from int) bool {
	if wordsBetween(atoms, prev, from) > 6 {
		return false
	}
	took, near, words := false, false, 0
	for k := from - 1; k >= prev && words < 3; k-- {
		a := atoms[k]
		if a.kind == 'p' {
			continue
		}
		if a.kind != 'w' {
			return false
		}
		switch {
		case lex.takebacks[a.s]:
			took = true
		case lex.takebacksNear[a.s]:
			near = true
		case !lex.takebackFillers[a.s]:
			return took
		}
		words++
	}
	return took || near && wordsBetween(atoms, prev, from) == words
}

// timesEach returns how many times a sum said once for each ("ساٹھ ساٹھ
// ہزار", "50 50 hazar", "60 hazar each") was paid, when the clause says it
// ("do dafa", "دو بار", "twice", "3 times"); 0 otherwise.
func timesEach(atoms []atom, q quantity, from, to int) float64 {
	each := from > 0 && atoms[from-1].kind == atoms[q.from].kind && atoms[from-1].s == atoms[q.from].s || hyphenEach(atoms, from, to)
	if !each && to < len(atoms) && atoms[to].kind == 'w' && lex.eachWords[atoms[to].s] {
		each = true
	}
	if !each && from >= 2 && atoms[from-2].kind == 'w' && lex.eachWords[atoms[from-2].s] && atoms[from-1].kind == 'w' && (lex.timesWords[atoms[from-1].s] || atoms[from-1].s == "time") {
		each = true // "har bar 60000", "ہر دفعہ 60000", "each time 60000"
	}
	if !each {
		return 0
	}
	lo, hi := from-8, to+8
	if each && from > 0 && atoms[from-1].s == atoms[q.from].s {
		lo--
	}
	for k := max(lo, 0); k < hi && k < len(atoms); k++ {
		a := atoms[k]
		if a.kind == 'p' && fullStop(a.s) {
			if k < from {
				lo = k
				continue
			}
			break
		}
		if k >= from-1 && k < to {
			continue
		}
		if a.kind == 'w' && lex.timesCounts[a.s] > 0 {
			return lex.timesCounts[a.s]
		}
		if k+1 < len(atoms) && atoms[k+1].kind == 'w' && lex.timesWords[atoms[k+1].s] {
			switch {
			case a.kind == 'n':
				if v, ok := parseNumber(a.s); ok && v >= 2 && v <= 12 {
					return v
				}
			case a.kind == 'w' && lex.numberWords[a.s] >= 2 && lex.numberWords[a.s] <= 12:
				return lex.numberWords[a.s]
			}
		}
	}
	return 0
}

// hyphenEach reports a number said twice with a hyphen inside atoms
// [from, to) ("2-2 lakh", "۵۰-۵۰ ہزار"): so much each.
func hyphenEach(atoms []atom, from, to int) bool {
	for k := from; k+2 < to; k++ {
		if atoms[k].kind == 'n' && atoms[k+1].kind == 'p' && atoms[k+1].s == "-" && atoms[k+2].kind == 'n' && atoms[k+2].s == atoms[k].s {
			return true
		}
	}
	return false
}

// paidAfter reports a word of paying within two words after a number, and
// no unit right after it: "10 already paid", "3 de diye", "ساڑھے تین دے
// چکا", not "5 months".
func paidAfter(atoms []atom, end int) bool {
	words := 0
	for k := end; k < len(atoms) && words < 2; k++ {
		switch a := atoms[k]; {
		case a.kind == 'p':
			return false
		case a.kind == 'w' && words == 0 && (lex.notMoneyUnits[a.s] || countNounAt(atoms, k) || lex.multipliers[a.s] != 0):
			return false
		case a.kind == 'w' && lex.moneyContext[a.s]:
			return true
		case words == 0 && givenAt(atoms, k):
			return true // "total 5 lakh, 3 de chuka", "کل چار لاکھ، ساڑھے تین دے چکا", "2 lakh bola, dedh de diya"
		case a.kind == 'w':
			words++
		}
	}
	return false
}

// totalBefore reports a word of adding up (lexicon total_words) within
// two words before a bare number, in its sentence ("to total 11", "kul
// 11", "کل گیارہ").
func totalBefore(atoms []atom, i int) bool {
	for k, words := i-1, 0; k >= 0 && words < 2; k-- {
		switch a := atoms[k]; {
		case a.kind == 'p' && (fullStop(a.s) || a.s == "\n"):
			return false
		case a.kind == 'w' && lex.totalWords[a.s]:
			return true
		case a.kind == 'w':
			words++
		}
	}
	return false
}

// givenAt reports a word of having given at atoms[i] ("diye", "de chuka",
// "دے دیے"), right after a number.
func givenAt(atoms []atom, i int) bool {
	if i >= len(atoms) || atoms[i].kind != 'w' {
		return false
	}
	return lex.givenWords[atoms[i].s] || lex.giveStems[atoms[i].s] && i+1 < len(atoms) && atoms[i+1].kind == 'w' && lex.givenWords[atoms[i+1].s]
}

// carryWords is how many words may lie between an amount and a bare sum
// that takes its currency or multiplier.
const carryWords = 10

// wordsBetween counts the word atoms in atoms[i:j]; a line end between
// them (an advert's next line is another item) counts as too many.
func wordsBetween(atoms []atom, i, j int) int {
	n := 0
	for k := i; k < j && k < len(atoms); k++ {
		if atoms[k].kind == 'w' {
			n++
		}
		if atoms[k].kind == 'p' && atoms[k].s == "\n" {
			return carryWords + 1
		}
	}
	return n
}

// feeWordNear reports a fee word within three words before atoms[i] or
// two after atoms[j-1] ("file charges only 45,000", "10,000 form fee"): a
// fee is asked in rupees.
func feeWordNear(atoms []atom, i, j int) bool {
	words := 0
	for k := i - 1; k >= 0 && words < 3; k-- {
		if atoms[k].kind == 'w' {
			if lex.feeWords[atoms[k].s] {
				return true
			}
			words++
		}
	}
	words = 0
	for k := j; k < len(atoms) && words < 2; k++ {
		if atoms[k].kind == 'w' {
			if lex.feeWords[atoms[k].s] {
				return true
			}
			words++
		}
	}
	return false
}

// insteadOf returns the currency (and its word) of a sum right after a word of
// "instead of" that starts at atoms[i] ("2000 ki jagah 1200 riyal"), or "".
func insteadOf(atoms []atom, i int) (code, word string) {
	if !wordsAt(atoms, i, lex.insteadWords, false) {
		return "", ""
	}
	for n := 1; n <= 3 && i+n < len(atoms); n++ {
		if atoms[i+n].kind == 'w' && wordsAt(atoms, i+n, lex.insteadWords, false) {
			continue
		}
		if q, ok := readQuantity(atoms, i+n); ok {
			if c, w, _ := currencyBefore(atoms, q.from); c != "" {
				return c, w
			}
			c, w, _ := currencyAfter(atoms, q.to)
			return c, w
		}
		if atoms[i+n].kind != 'w' {
			return "", ""
		}
	}
	return "", ""
}

// insteadOf2 reports a sum set against another in a currency.
func insteadOf2(atoms []atom, i int) bool { c, _ := insteadOf(atoms, i); return c != "" }

// isYear reports a bare four-digit year ("in 2019").
func isYear(atoms []atom, q quantity) bool {
	a := atoms[q.from]
	return a.kind == 'n' && len(a.s) == 4 && q.value >= 1950 && q.value <= 2035 && !roundSumPaid(atoms, q)
}

// roundSumPaid reports a round number that could be a year ("2000") with
// a fee word or a word of paying right after it: "2000 fee JazzCash se",
// "pehle 2000 jama karwayen", "۲۰۰۰ فیس" are sums, "in 2000" stays a year.
func roundSumPaid(atoms []atom, q quantity) bool {
	if int(q.value)%50 != 0 {
		return false
	}
	if q.from >= 2 && wordsAt(atoms, q.from-1, lex.insteadWords, true) ||
		q.to+1 < len(atoms) && wordsAt(atoms, q.to, lex.insteadWords, false) {
		// a round sum set against another ("contract shows 1200 riyal
		// instead of 2000", "2000 ki jagah 1200", "۲۰۰۰ کی بجائے"): no
		// year is had instead of anything (blind29 EN-028)
		return true
	}
	if q.to >= len(atoms) {
		return false
	}
	next := atoms[q.to]
	return next.kind == 'w' && lex.feeWords[next.s] || paidAfter(atoms, q.to)
}

// currencyInContext resolves "riyal" and "dinar" by the countries named:
// riyal alone is the Saudi riyal, but in a text about Qatar (and not Saudi
// Arabia) it is the Qatari riyal.
func currencyInContext(code, word string, countries []string) string {
	if word == "" || !lex.currencyCtryW[word] {
		return code
	}
	byCountry := lex.currencyByCtry[code]
	if byCountry == nil {
		return code
	}
	for _, c := range countries {
		if c == "SA" && code == "SAR" || c == "KW" && code == "KWD" {
			return code
		}
	}
	for _, c := range countries {
		if alt, ok := byCountry[c]; ok {
			return alt
		}
	}
	return code
}

// inCode reports whether the number at atoms[i] is part of a code written
// as one run of letters and digits: a word that is neither a currency nor
// a multiplier glued before it ("LE7719283", "TID99812"), or two groups of
// digits with such a word among them ("HSY-9KD2WX", blind14 UR-049, where
// "KD" is not a Kuwaiti dinar). "Rs5000", "5000AED" and "50k-60k" are sums.
func inCode(atoms []atom, i int) bool {
	moneyWord := func(a atom) bool {
		_, cur := lex.currencies[a.s]
		return a.kind == 'w' && (cur || lex.multipliers[a.s] != 0)
	}
	if i > 0 && !atoms[i].space && atoms[i-1].kind == 'w' && !moneyWord(atoms[i-1]) {
		return true
	}
	if i > 0 && !atoms[i].space && atoms[i-1].kind == 'p' && atoms[i-1].s == "*" {
		return true // a masked account's last digits: "اکاؤنٹ ***۵۵۰۲" (B201-UR-001), "A/C ****1234"
	}
	if i > 1 && !atoms[i].space && atoms[i-1].kind == 'p' && atoms[i-1].s == "-" && !atoms[i-1].space &&
		atoms[i-2].kind == 'w' && !moneyWord(atoms[i-2]) && !lex.feeWords[atoms[i-2].s] {
		return true // a flight, a constituency, a token: "PK-204", "NA-125", "A-142"; "fee-5000" stays a fee
	}
	glued := func(a atom) bool { return a.kind == 'w' || a.kind == 'n' || a.kind == 'p' && a.s == "-" }
	from, to := i, i+1
	for from > 0 && !atoms[from].space && glued(atoms[from-1]) {
		from--
	}
	for to < len(atoms) && !atoms[to].space && glued(atoms[to]) {
		to++
	}
	numbers, words := 0, 0
	for _, a := range atoms[from:to] {
		switch {
		case a.kind == 'n':
			numbers++
		case a.kind == 'w' && !moneyWord(a):
			words++
		}
	}
	return numbers >= 2 && words >= 1
}

// moreWith reports a word of "more" right before or after the number
// ("2000 more", "another 2000", "1000 aur", "مزید ۲۰۰۰"), and no fee
// word beside it ("CNIC copy aur 15,000 processing fee" is a fee of its
// own): lexicon more_words.
func moreWith(atoms []atom, i, j int) bool {
	return (i > 0 && atoms[i-1].kind == 'w' && lex.moreBefore[atoms[i-1].s] ||
		j < len(atoms) && atoms[j].kind == 'w' && lex.moreAfter[atoms[j].s]) && !feeWordNear(atoms, i, j)
}

// correctedJustBefore reports a word that takes back what was said right
// before the number at i ("نہیں ۲۳ بتائے", not "nahi nahi pehle 3.5 bola
// phir 4 kr diya", C229-005: what was told first, then changed).
func correctedJustBefore(atoms []atom, i int) bool {
	return i > 0 && atoms[i-1].kind == 'w' && lex.unitCorrections[atoms[i-1].s] ||
		i > 1 && atoms[i-1].kind == 'p' && !fullStop(atoms[i-1].s) && atoms[i-2].kind == 'w' && lex.unitCorrections[atoms[i-2].s]
}

// correctedBefore reports a word that takes back what was said just before
// a number ("no sorry 14.5", "نہیں ساڑھے پانچ"): up to three words back, in
// its sentence.
func correctedBefore(atoms []atom, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		a := atoms[k]
		if a.kind == 'p' {
			if fullStop(a.s) {
				return false
			}
			continue
		}
		if a.kind != 'w' {
			return false
		}
		if lex.unitCorrections[a.s] {
			return true
		}
	}
	return false
}
