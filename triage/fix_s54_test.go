package triage

import (
	"testing"
)

// Lessons of blind393–396 (the fifty-fourth session), read by triage.

// A boy held at the kiln owner's until his father clears the account,
// said to be only 15 (B394-EN-028 was read as nothing at all); a boat lost
// in the news, said by the coastguard, is no one's emergency
// (B393-EN-026).
func TestSession54HeldForTheAccount(t *testing.T) {
	t.Parallel()
	requireReads(t, []readCase{
		{"Bhai, Kamran hasn't come back from the kiln owner's dera since last night. The owner's men are saying he will come home when his father clears the 'hisaab'. Kamran is only 15.", "forced_labour", UrgencyEmergency},
		{"So sad, around 40 people missing after a boat capsized near Crete, Greek coastguard says most were from Pakistan and Egypt. May Allah have mercy on them 🤲", CaseOther, UrgencyRoutine},
	})
}
