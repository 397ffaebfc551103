package triage

import "testing"

// Found in blind371–blind376: a ransom told by what the holders say
// ("otherwise 'he won't be able to come out'", "voice notes of him
// screaming … or we will never see him", "otherwise dont blame us for
// what happens"); boys locked in a godown at night; camels herded in the
// desert is work, no crossing; an idiom of traffic and a news item of
// migrants brought ashore are no emergency; a question who runs this
// number is about the service.
func TestSession50Blind371to376(t *testing.T) {
	t.Parallel()
	requireReads(t, []readCase{
		{"My brother Sohail went to Mauritania 3 weeks ago for the Spain route. He stopped answering. Now someone on WhatsApp says pay 8 lakh more otherwise 'he won't be able to come out'. We already gave the agent 40 lakh.", CaseRansom, UrgencyEmergency},
		{"They are holding my son Bilal in Tripoli. Since yesterday they send voice notes of him screaming, they want 4,000 dollars by Friday at a hawala shop in Peshawar or they say we will never see him. He left 3 months ago with an agent to go to Italy.", CaseRansom, UrgencyEmergency},
		{"The boy who sells chips at our bus stop in Saddar, maybe 11 yrs, told me today his 'seth' locks all the boys in a godown at night and takes every rupee. He had a cut on his face. He said don't tell anyone.", CaseForcedLabour, UrgencyEmergency},
		{"Stuck on Murree Road for 2 hours, feels like I've been kidnapped by the traffic 😭", CaseOther, UrgencyRoutine},
		{"Spanish rescue services said 52 migrants, among them several Pakistanis, were brought ashore in the Canary Islands after five days at sea.", CaseOther, UrgencyRoutine},
		{"Hello who is this? My friend said this number is for reporting fake agents. Do you also help with passport renewal?", CaseOther, UrgencyRoutine},
	})
	r := Read("Pakistan ki OEP 'Sunrise Manpower' Rawalpindi (lic 2051/RWP) ne bola tha Saudi me company driver ki job h, 2000 riyal. Yahan aa k pata chala oont charane ka kaam h registan me, 900 riyal milte hain. 3 lakh 75 hazar liye the unho ne. Passport mere paas h, OEP wale ab phone nahi uthate")
	if r.Urgency == UrgencyEmergency {
		t.Fatalf("camels herded in the desert read as an emergency: %v", r.Danger)
	}
	if u := Read("hum registan me phanse hain pani khatam").Urgency; u != UrgencyEmergency {
		t.Fatalf("stranded in the desert with no water read as %s", u)
	}
}
