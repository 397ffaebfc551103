package triage

import "testing"

// Punjabi written in Latin letters: "vech dita" is "bech diya", sold
// (C536-012: "agent ne tripoli pohncha k kisi mafia nu vech dita. hun oh
// 30 lakh mang rahe ne" opened a plain report).
func TestSession51PunjabiSold(t *testing.T) {
	t.Parallel()
	requireReads(t, []readCase{
		{"sada munda libya gaya si. agent ne tripoli pohncha k kisi mafia nu vech dita. hun oh 30 lakh mang rahe ne", CaseRansom, UrgencyEmergency},
	})
}
