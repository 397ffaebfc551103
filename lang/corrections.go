package lang

import "sort"

// Dropped is what Retracted maps an item to when it is taken back with
// nothing said instead ("3 lakh, not 4 lakh": the 4 lakh).
const Dropped = -1

// Retracted reads the self-corrections of an answer over the items of one
// kind it names (sums, countries, phone numbers), given as byte spans of
// Text in any order. It maps the index of each item taken back to the
// index of the item said instead, or to Dropped. The last value said wins:
//
//   - a correction word between two items ("4 lakh, sorry 4.5 lakh",
//     "Qatar, I mean Bahrain", "تین لاکھ، غلط لکھا، ساڑھے تین لاکھ", "50 hazar
//     nahi balke 60") takes back the last item before it for the first
//     after it;
//   - a "no" right after an item, or over a few filler words ("pehle Qatar
//     keh raha tha... nahi Bahrain"), or opening the clause after the one
//     the item stands in ("1.8 lakh cash diye... nahi 1.8 nahi, 2 lakh"),
//     takes it back for the item that follows the "no" over at most four
//     filler words or numbers ("22 lakh... no, he said 25 lakh");
//   - a "no" that ends the answer right after an item, with another named
//     before it, drops that item ("Kuwait hai, Saudi nahi");
//   - an English "not" right before an item denies that item ("not 3 lakh
//     but 4 lakh", "they asked 3 lakh, not 4 lakh"): it is dropped.
//
// An item is never taken back for one equal to it in place.
func (rd *Reading) Retracted(spans [][2]int) map[int]int {
	order := make([]int, len(spans))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(x, y int) bool { return spans[order[x]][0] < spans[order[y]][0] })
	lastBefore := func(at int) int {
		p := -1
		for _, i := range order {
			if spans[i][1] <= at {
				p = i
			}
		}
		return p
	}
	firstFrom := func(at int) int {
		for _, i := range order {
			if spans[i][0] >= at {
				return i
			}
		}
		return -1
	}
	repl := map[int]int{}
	take := func(p, n int) {
		if p >= 0 && n >= 0 && p != n {
			repl[p] = n
		}
	}
	for _, h := range rd.pick([]string{kindAnswer}, "correction") {
		if h.j < len(rd.toks) {
			take(lastBefore(rd.toks[h.i].Start), firstFrom(rd.toks[h.j-1].End))
		}
	}
	for k, t := range rd.toks {
		if !rd.sumNo(t.S) {
			continue
		}
		p := rd.itemBeforeNo(k, spans, lastBefore)
		if p < 0 {
			continue
		}
		n := firstFrom(t.End)
		switch {
		case n >= 0 && rd.fillersOnly(k+1, spans[n][0], true):
			take(p, n)
		case n < 0 && len(spans) > 1 && rd.fillersOnly(k+1, len(rd.Text), false) && rd.fillersOnly(rd.firstTokenFrom(spans[p][1]), t.Start, false):
			// "Kuwait hai, Saudi nahi", "کویت ہے سعودی نہیں": a "no" that
			// ends the answer right after an item, another named before it
			if _, ok := repl[p]; !ok {
				repl[p] = Dropped
			}
		}
	}
	for k, t := range rd.toks {
		if t.S != "not" || k+1 >= len(rd.toks) {
			continue
		}
		if n := firstFrom(t.End); n >= 0 && spans[n][0] == rd.toks[k+1].Start && len(spans) > 1 {
			if _, ok := repl[n]; !ok {
				repl[n] = Dropped
			}
		}
	}
	return repl
}

// itemBeforeNo is the item a "no" at token k takes back: one it follows
// over at most three filler words, or the last of the clause before when
// the "no" opens its own clause; -1 when none is.
func (rd *Reading) itemBeforeNo(k int, spans [][2]int, lastBefore func(int) int) int {
	p := lastBefore(rd.toks[k].Start)
	if p < 0 {
		return -1
	}
	if rd.fillersOnly(rd.firstTokenFrom(spans[p][1]), rd.toks[k].Start, false) {
		return p
	}
	if !rd.toks[k].Brk {
		return -1
	}
	// the "no" opens a clause: the item must stand in the clause before it
	for m := k - 1; m >= 0 && rd.toks[m].Start >= spans[p][1]; m-- {
		if rd.toks[m].Brk && rd.toks[m].Start > spans[p][1] {
			return -1
		}
	}
	return p
}

// firstTokenFrom is the index of the first token that starts at or after
// byte at.
func (rd *Reading) firstTokenFrom(at int) int {
	k := 0
	for k < len(rd.toks) && rd.toks[k].Start < at {
		k++
	}
	return k
}

// fillersOnly reports that the tokens from k up to byte b are at most
// three filler words (four, numbers and "no"s among them, after the "no":
// "nahi 1.8 nahi, 2 lakh").
func (rd *Reading) fillersOnly(k, b int, after bool) bool {
	n := 0
	for m := k; m < len(rd.toks) && rd.toks[m].Start < b; m++ {
		t := rd.toks[m]
		if !sumNoFillers[t.S] && !(after && (t.Digits || rd.sumNo(t.S))) {
			return false
		}
		n++
	}
	return n <= 3 || after && n <= 4
}

// WordSpans are the byte spans of the words of Text, in order: where a
// reader that finds items by itself (a country, a phone number) places
// them for Retracted.
func (rd *Reading) WordSpans() [][2]int {
	out := make([][2]int, len(rd.toks))
	for i, t := range rd.toks {
		out[i] = [2]int{t.Start, t.End}
	}
	return out
}
