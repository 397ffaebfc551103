package lang

import "strings"

// OpensWithQuestion reports a message that opens with a question word and
// ends in a question mark ("Will the bank be able to reverse the transfer
// if I complain now?", "کیا پیسے واپس مل سکتے ہیں؟"): a question asked, even
// when it names a bank or a sum.
func (rd *Reading) OpensWithQuestion() bool {
	if !strings.ContainsAny(rd.Text, "?؟") || len(rd.toks) == 0 {
		return false
	}
	for _, h := range rd.pick([]string{kindAnswer}, "question_words") {
		if h.i == 0 {
			return true
		}
	}
	return false
}

// AsksMission reports a question about an embassy or a consulate ("Is
// there even a Pakistan embassy in Myanmar? who do we call?", C248-004):
// the country it names is the mission's, asked about, not told.
func (rd *Reading) AsksMission() bool {
	if !rd.Question() {
		return false
	}
	for _, t := range rd.toks {
		if missionWords[t.S] || missionWords[rd.r.lex.Canon(t.S)] {
			return true
		}
	}
	return false
}

var missionWords = mustClass("mission_words")
