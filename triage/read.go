package triage

import "github.com/hoshyar/hoshyar/lang"

// Result is triage's reading of one message: its language, the facts in
// it, and the assessment (case type, urgency and why, red flags and why).
type Result struct {
	Language string   `json:"language"`
	Entities Entities `json:"entities"`
	Assessment
}

// Read triages one message.
func Read(text string) Result {
	e := Extract(text)
	return Result{Language: lang.Detect(text).Lang, Entities: e, Assessment: Assess(text, e)}
}
