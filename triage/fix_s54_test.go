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

// A child who sent a message by mistake is no child in danger (A190-0014
// "کچھ نہیں، بچے نے فون سے غلطی سے بھیج دیا" opened help with the
// emergency numbers).
func TestSession54ChildSentByMistake(t *testing.T) {
	t.Parallel()
	requireReads(t, []readCase{
		{"کچھ نہیں، بچے نے فون سے غلطی سے بھیج دیا", CaseOther, UrgencyRoutine},
		{"sorry my kid sent this by mistake", CaseOther, UrgencyRoutine},
		{"bache ne galti se msg bhej diya", CaseOther, UrgencyRoutine},
	})
}

// A cousin ("chachi ki beti") taken to work abroad, her passport kept, is
// no child taken (B394-RU-009 was an emergency; urgent as labelled).
func TestSession54CousinNoChild(t *testing.T) {
	t.Parallel()
	requireReads(t, []readCase{
		{"Meri chachi ki beti ko Iraq le gaye the ziarat k bahane, wahan ek hotel me safai pe laga diya. Passport hotel malik ne rakh lia h aur tankhwa b nahi dete, bas kehte hain qarza utaro", "trafficking", UrgencyUrgent},
	})
}
