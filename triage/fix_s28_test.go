package triage

import "testing"

// Session 28's triage lessons.
func TestSession28Triage(t *testing.T) {
	t.Parallel()
	requireReads(t, []readCase{
		// "She is 14." ends a clause: a child's age (B189-EN-027)
		{"A girl from my village in Muzaffargarh works in a house in Islamabad F-7. Her mother told me they haven't sent her home even for Eid for 2 years, and when she calls, the begum is always on speaker listening. She is 14. The mother is scared to ask.", CaseForcedLabour, UrgencyEmergency},
		// men brought at night, a girl sent with them, in Punjabi (B193-EN-026)
		{"My cousin's daughter (19) went to Dubai with a lady for a salon job. She calls only when the lady is sitting next to her and says all is fine. Yesterday she sent one voice note in Punjabi, 'raat nu bande aande ne, menu unhan naal bhejde ne', and then her number went off.", CaseTrafficking, UrgencyEmergency},
		// forced "with the guests" in a flat instead of the salon (C255-035)
		{"Aoa, Sialkot me ek aurat h Baji Rukhsana, larkiyon ko Dubai salon aur parlour ki job ka keh k bhejti h. meri parosan ki beti Saima 4 mahine pehle gayi thi. ab chup k bata rahi h passport le liya, salon nahi kisi flat me rakha h aur 'mehmanon' k sath zabardasti...", CaseTrafficking, UrgencyEmergency},
	})
	// a bare number after "they are" counts anything; after "she is" in a
	// sentence that goes on it may be no age
	for _, text := range []string{
		"The agent said they are 20. Only 20 seats left for Dubai, fee 50000",
		"My sister works in Riyadh in a hospital. She is 24 and happy there, I only want to ask about the licence of Al Noor OEP",
	} {
		if r := Read(text); r.Urgency == UrgencyEmergency {
			t.Errorf("%q read as an emergency: %v", text, r.Danger)
		}
	}
}
