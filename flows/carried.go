package flows

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/hoshyar/hoshyar/lang"
)

// Sums told in short. Asked how much was paid, people leave off the unit
// that the talk has already set: "jazzcash se 2 dafa bheje, 25 aur 20"
// after 1 lakh 65 hazar was asked (C320-002), "pehle 25 phir 15" of
// 40 hazar (C304-002), "ji 30 diye.. nai 30 nai 35 hzr" (C302-003). A
// small number standing alone (1 to 999) there is a sum in the unit of a
// sum with its magnitude in the same answer, or else the largest unit
// (lakh, hazar) that keeps it within the rupees asked. Numbers with a
// word after them other than a joiner or a verb of paying ("2 dafa", "15
// din", "3 transactions") or with a label before them ("phase 5", "gali
// 7") are counts, days and places, no sums.

// carrySums adds the sums told in short in the answer to its signals,
// where the question is about money paid.
func (st *step) carrySums() {
	sig := st.signals()
	extra := st.carried(sig)
	if len(extra) == 0 {
		return
	}
	sig.Amounts = append(append([]Amount(nil), sig.Amounts...), extra...)
	st.sig = &sig
}

// carried returns the short sums of the answer in their carried unit.
func (st *step) carried(sig Signals) []Amount {
	text := st.in.Text
	toks := lang.Tokenize(text)
	type short struct {
		v          float64
		start, end int
		concluded  bool // after "so", "total", "یعنی": the sum the others make
	}
	var shorts []short
	for i := 0; i < len(toks); i++ {
		t, prev := toks[i], i-1
		if !t.Digits || len(t.S) > 3 {
			continue
		}
		end, last := t.End, i
		s := t.S
		if i+1 < len(toks) && toks[i+1].Digits && text[t.End:toks[i+1].Start] == "." && len(toks[i+1].S) <= 2 {
			s, end, last = s+"."+toks[i+1].S, toks[i+1].End, i+1 // "1.5"
		}
		i = last
		v, err := strconv.ParseFloat(s, 64)
		if err != nil || v <= 0 || v >= 1000 || joinedToNumber(text, t.Start, end) || overlapsSum(text, t.Start, end, sig) {
			continue
		}
		if !sumEnds(text, toks, last+1) {
			continue // "2 dafa", "15 din", "5 or 6 transfers"
		}
		if prev >= 0 && !t.Brk && numberLabels[toks[prev].S] {
			continue // "phase 5"
		}
		shorts = append(shorts, short{v, t.Start, end, prev >= 0 && concluders[toks[prev].S]})
	}
	unit := magnitudeIn(sig.Amounts)
	if first := firstSumAt(text, sig.Amounts); first >= 0 {
		// after a sum told in full, a short number is a part of it or the
		// same sum again ("3.5 lakh, 2 pehle 1.5 baad me", "4 lakh then 2
		// lakh. Slip only for the 4"), which the sums read already tell;
		// one joined to the full one by "and" alone, and not the same sum
		// again, is a sum of its own in its unit ("2 dafa, 1 lakh aur 1.5",
		// C335-011: 1.5 lakh more)
		n := 0
		for _, s := range shorts {
			if s.end <= first || s.concluded || unit > 0 && joinedToSum(text, s.start, sig.Amounts) && !isSumValue(s.v*unit, sig.Amounts) {
				shorts[n] = s
				n++
			}
		}
		shorts = shorts[:n]
	}
	if len(shorts) == 0 || len(shorts) == 1 && len(sig.Amounts) == 0 && st.draft().Answers["paid_amount"] != "" {
		// (one short number alone beside a sum paid already known is no
		// new sum: "yes, 10" keeps Rs 35,000; two may be its parts, and so
		// may one beside a sum in full: "دو بار ۳۰، ۳۰ ہزار", C137-012)
		return nil
	}
	out := make([]Amount, 0, len(shorts))
	for _, s := range shorts {
		u := unit
		if u == 0 {
			// each in its own unit: "50 50 aur 1.5" of 2.5 lakh asked is
			// 50 hazar twice and 1.5 lakh (C315-034)
			u = st.unitWithin(s.v)
		}
		if u == 0 {
			return nil
		}
		out = append(out, Amount{Value: s.v * u, Currency: "PKR", Text: text[s.start:s.end]})
	}
	return out
}

// sumEnds reports whether what follows a short number at token i lets it
// be a sum: the end, a break, or a joiner or verb of paying; a joiner to
// another number is as that number is ("5 or 6 transfers" are counts).
func sumEnds(text string, toks []lang.Token, i int) bool {
	for i < len(toks) {
		if toks[i].Brk {
			return true
		}
		if !shortSumNext[toks[i].S] {
			return false
		}
		if i+1 >= len(toks) || !toks[i+1].Digits || toks[i+1].Brk {
			return true
		}
		i += 2
		if i < len(toks) && toks[i].Digits && text[toks[i-1].End:toks[i].Start] == "." {
			i++ // "1.5 and 1.6"
		}
	}
	return true
}

// firstSumAt is where the first of the sums begins in text, or -1.
func firstSumAt(text string, amounts []Amount) int {
	first := -1
	for _, a := range amounts {
		if k := strings.Index(text, a.Text); k >= 0 && a.Text != "" && (first < 0 || k < first) {
			first = k
		}
	}
	return first
}

// unitWithin is the largest unit (lakh, then hazar) that keeps a short
// sum within the rupees asked, or 0 if none is asked.
func (st *step) unitWithin(top float64) float64 {
	d := st.draft()
	asked := cmp.Or(d.Answers["money_asked"], d.Inferred["money_asked"])
	cur, v, ok := ReadAmount(asked)
	if !ok && len(d.Texts) > 0 {
		// no sum asked known: the unit the writer's own account used ("mere
		// kolon vi 1.5 lakh lai lye", then "2.5 mange si, 1.5 de dite",
		// C467-022 stored "asked, sum unknown")
		// (lakhs only: sums told in thousands beside lakhs, "2 lakh 80
		// hazar … 70 hazar aur", give no one unit to "total 3.5", C398-027)
		if u := magnitudeIn(st.e.opts.Triage(strings.Join(d.Texts, "\n")).Amounts); u == 1e5 {
			return u
		}
	}
	if !ok || cur != "Rs" {
		return 0
	}
	for _, u := range []float64{1e5, 1e3} {
		// (rounded: 2.2 × 1e5 is 220000.00000000003 in floating point, and
		// "poore 2.2" of Rs 2,20,000 asked was read as Rs 2,200, C455-012)
		if n := math.Round(top * u); n <= float64(v) && n >= 1000 {
			return u
		}
	}
	return 0
}

// magnitudeIn is the unit of the sums written with a magnitude word
// ("35 hzr", "2 lakh") when all such sums share one, else 0.
func magnitudeIn(amounts []Amount) float64 {
	unit := 0.0
	for _, a := range amounts {
		u := magnitude(a)
		if u == 0 || a.Currency != "PKR" {
			continue
		}
		if unit != 0 && unit != u {
			return 0
		}
		unit = u
	}
	return unit
}

// joinedToNumber reports a number written onto other digits or signs: a
// part of a phone number, a date, a time or a share ("0300-12", "12/3",
// "5:30", "50%").
func joinedToNumber(text string, start, end int) bool {
	if start > 0 && strings.ContainsRune("-/:+#.,", rune(text[start-1])) {
		return true
	}
	if end < len(text) {
		c := text[end]
		if strings.ContainsRune("-/:%", rune(c)) || strings.HasPrefix(text[end:], "٪") {
			return true
		}
		if (c == ',' || c == '.') && end+1 < len(text) && text[end+1] >= '0' && text[end+1] <= '9' {
			return true
		}
	}
	return false
}

// overlapsSum reports a number inside a sum, a salary or a phone number
// triage read.
func overlapsSum(text string, start, end int, sig Signals) bool {
	for _, list := range [][]Amount{sig.Amounts, sig.Salaries} {
		for _, a := range list {
			for from := 0; ; {
				k := strings.Index(text[from:], a.Text)
				if k < 0 || a.Text == "" {
					break
				}
				k += from
				if start < k+len(a.Text) && end > k {
					return true
				}
				from = k + len(a.Text)
			}
		}
	}
	return false
}

// magnitude is the unit a sum was written in with a magnitude word (1000
// for "35 hzr", 100000 for "2 lakh"), or 0.
func magnitude(a Amount) float64 {
	m := leadNumber.FindStringSubmatch(lang.NumberMarks(a.Text))
	if m == nil {
		return 0
	}
	n, err := strconv.ParseFloat(m[1], 64)
	if err != nil || n == 0 {
		return 0
	}
	if u := a.Value / n; u == 1000 || u == 100000 {
		return u
	}
	return 0
}

var (
	// concluders open the sum the others make ("so 3.8", "total 40", "یعنی ۳۵").
	concluders = lang.MustClass("sum_concluders")
	// shortSumNext may follow a short sum: joiners and verbs of paying.
	shortSumNext = lang.MustClass("short_sum_next")
	// numberLabels before a number make it a place's ("phase 5", "gali 7").
	numberLabels = lang.MustClass("number_labels")
)

// joinedToSum reports a sum told in full just before byte at, with only
// a joiner between ("1 lakh aur 1.5", "2 lakh and 1.5").
func joinedToSum(text string, at int, amounts []Amount) bool {
	for _, a := range amounts {
		k := strings.LastIndex(text[:at], a.Text)
		if k < 0 || a.Text == "" {
			continue
		}
		between := lang.Tokenize(text[k+len(a.Text) : at])
		if len(between) == 1 && sumJoiners[between[0].S] {
			return true
		}
	}
	return false
}

var sumJoiners = lang.MustClass("sum_joiners")

// isSumValue reports a sum of amounts with value v.
func isSumValue(v float64, amounts []Amount) bool {
	return slices.ContainsFunc(amounts, func(a Amount) bool { return a.Value == v })
}
