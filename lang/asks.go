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
