package lang

import "slices"

// Wishes said in place of an answer: in the middle of a flow, a message
// that asks to talk to a person or to erase one's data is that wish, not
// an answer to the question pending; at "anything else?", a "no", "bas" or
// "shukriya" closes the conversation.

// midflowWords is how long a message that states such a wish may be: a
// longer one is an account that mentions it.
const midflowWords = 12

// PersonAsked reports a wish to talk to one of us said in place of an
// answer ("talk to a person", "kisi insan se baat krwao", "مجھے کسی افسر
// سے براہ راست بات کرنی ہے", "can I just talk to someone"): a short
// message whose wish to talk (a word of talking) is to someone (a person,
// an officer, anyone). Not a request to be called ("officer call kar le"
// answers how to be reached), not talk with someone else ("agent se baat
// karni hai"), not an account of talk ("FIA officer se baat hui thi").
func (rd *Reading) PersonAsked() bool {
	hs := rd.pick([]string{kindIntent}, "human")
	limit := midflowWords
	if slices.ContainsFunc(hs, func(h found) bool { return !h.neg && rd.cantWrite(h) }) {
		// the wish, then why ("i want to talk to officer on call. typing
		// english is hard for me", C264-012): twice as long may still be it
		limit *= 2
	}
	if rd.Words() > limit || rd.Intent() != "human" || rd.onlyNamesSomeone() {
		return false
	}
	talk, who := false, false
	for _, h := range hs {
		// "talk to a real person not a bot": the "not" after it opens a
		// wish of its own, it takes nothing back.
		notABot := slices.ContainsFunc(hs, func(g found) bool { return !g.neg && g.i == h.j })
		if h.neg && !notABot || rd.talkOf(h) || rd.callIn(h) {
			continue
		}
		for k := h.i; k < h.j; k++ {
			talk = talk || talkWords[rd.toks[k].S]
			who = who || personNouns[rd.toks[k].S] || someoneWords[rd.toks[k].S]
		}
	}
	return talk && who
}

// callIn reports a hit that asks to be called ("someone call me",
// "officer call kar le"): how to be reached, not a wish to talk here.
func (rd *Reading) callIn(h found) bool {
	for k := h.i; k < h.j; k++ {
		if callWords[rd.toks[k].S] {
			return true
		}
	}
	return false
}

var (
	talkWords    = mustClass("talk_words")
	someoneWords = mustClass("someone_words")
	callWords    = mustClass("call_words")
)

// EraseAsked reports a wish to erase one's data said in place of an
// answer ("mera data delete kr do", "please delete all my data", "میرا
// سارا ڈیٹا مٹا دیں"): a short message, no question, whose wish to erase
// is the command's, which names the data, not only a word of removing
// ("naam hata do" corrects an answer), and not what happened to a chat
// ("baaki chat delete ho gayi").
//
// A longer message may give its reason first, if the wish is a clause of
// its own that ends it ("اب گھر میں صلح ہو گئی ہے اور چچا ناراض ہیں۔
// میری ساری معلومات اور وہ شکایت ختم کر دیں", C222-017).
func (rd *Reading) EraseAsked() bool {
	if rd.Question() || rd.Intent() != "erase" {
		return false
	}
	if len(rd.pick([]string{kindIntent}, "_not")) > 0 {
		return false // "baaki chat delete ho gayi": what happened, not a wish
	}
	care := rd.pick([]string{optionPrefix + "contact"}, "_care")
	for _, h := range rd.pick([]string{kindCommand}, "erase") {
		if slices.ContainsFunc(care, func(c found) bool { return !c.neg && c.i <= h.i && h.j <= c.j }) {
			continue // "they check our phones, i will delete chat" (C228-016): the writer's own care
		}
		if !h.neg && (rd.Words() <= midflowWords || rd.endingClause(h)) {
			return true
		}
	}
	return false
}

// endingClause reports a hit in the last clause of a message, which is
// short (a wish said after its reason).
func (rd *Reading) endingClause(h found) bool {
	start := 0
	for k := h.i; k > 0; k-- {
		if rd.toks[k].Brk {
			start = k
			break
		}
	}
	if start == 0 || len(rd.toks)-start > midflowWords {
		return false
	}
	return !slices.ContainsFunc(rd.toks[h.i+1:], func(t Token) bool { return t.Brk })
}

// Closing reports a message that closes the conversation when asked
// whether there is anything else ("no", "nothing", "bas", "بس", "nahi
// shukriya", "ok", "Allah hafiz"): all of it, or nearly, words of no,
// done, nothing, thanks or goodbye, and no question. A "yes" is not one:
// there is something else.
func (rd *Reading) Closing() bool {
	if rd.Empty() || rd.Words() > 6 || rd.Question() || rd.Intent() != "" {
		return false
	}
	for _, t := range rd.toks {
		if t.Digits {
			return false // "9", "0": an option not offered, no goodbye
		}
	}
	hits := append(rd.pick([]string{kindAnswer}, "no", "done", "nothing"), rd.pick([]string{kindAside}, "thanks", "bye")...)
	return len(hits) > 0 && rd.share(hits) >= 0.6
}
