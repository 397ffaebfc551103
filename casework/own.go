package casework

import (
	"slices"
	"strings"

	"github.com/hoshyar/hoshyar/flows"
	"github.com/hoshyar/hoshyar/lang"
	"github.com/hoshyar/hoshyar/triage"
)

// ownGiven are the numbers among phones that the person's words give as
// their own or their family's, to be reached on ("mera number 0300… hai
// agar call karni ho", "my father's number is …"), and that they did not
// confirm as the agent's when asked. Such a number is no recruiter's: it
// is never a key that links reports or raises a warning (a captor who
// looked it up would learn their victim reported), nor shown among the
// recruiter's numbers.
func ownGiven(spec *flows.ReportSpec, text string, phones []string) []string {
	return ownBut(text, phones, spec.Answers["phones"])
}

// ownBut are the numbers among phones that text gives as the writer's own
// (lang.Reading.SplitOwn), but those in confirmed (the report's "phones"
// answer: the agent's, as the person confirmed).
func ownBut(text string, phones []string, confirmed string) []string {
	own, _ := lang.Conversation().Read(text).SplitOwn(phones)
	agents := triage.Extract(confirmed).Phones
	return slices.DeleteFunc(own, func(p string) bool { return slices.Contains(agents, p) })
}

// MaskOwnNumbers masks in one text the numbers its words give as the
// writer's own or their family's (lang.Reading.SplitOwn), but those the
// person confirmed as the agent's (confirmed: the report's "phones"
// answer): what an agency reads of a reporter who did not agree to be
// contacted. Everything else stays as written: it is the case's evidence.
func MaskOwnNumbers(text, confirmed string) string {
	phones := triage.Extract(text).Phones
	if len(phones) == 0 {
		return text
	}
	return maskNumbers(text, ownBut(text, phones, confirmed))
}

// ownNumberMark stands in the account for a number of the person's own
// that they did not agree to be reached on.
const ownNumberMark = "[reporter's number]"

// maskNumbers replaces in text each written number whose last nine digits
// are one of numbers' (E.164), however it was written ("0300-1188452",
// "۰۳۰۰۱۱۸۸۴۵۲").
func maskNumbers(text string, numbers []string) string {
	if len(numbers) == 0 {
		return text
	}
	tail := func(d string) string { return d[max(0, len(d)-9):] }
	var tails []string
	for _, n := range numbers {
		if d := lang.Digits(n); len(d) >= 9 {
			tails = append(tails, tail(d))
		}
	}
	var b strings.Builder
	last := 0
	for _, loc := range lang.DigitRun.FindAllStringIndex(text, -1) {
		if d := lang.Digits(text[loc[0]:loc[1]]); len(d) >= 9 && slices.Contains(tails, tail(d)) {
			b.WriteString(text[last:loc[0]])
			b.WriteString(ownNumberMark)
			last = loc[1]
		}
	}
	b.WriteString(text[last:])
	return b.String()
}
