package triage

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

// Lessons of C548–C557 (the fifty-third session), read by triage.

// "Can't speak for my cousins" speaks for no one; it is no symptom
// (C549-006 was raised to a medical emergency). One who cannot speak
// after a collapse still is one.
func TestSession53CantSpeakFor(t *testing.T) {
	t.Parallel()
	requireReads(t, []readCase{
		{"No, I didn't pay. Can't speak for my cousins", CaseOther, UrgencyRoutine},
	})
	require.Contains(t, Read("my brother cant speak, he collapsed at the site in Riyadh").Assessment.Situations, "medical")
}

// A receipt or a copy "with us" is no one held (C555-013: "بینک کی رسید
// ہمارے پاس ہے" was read as a kidnapper's "he is with us"); a son with
// them still is.
func TestSession53ReceiptWithUs(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]bool{
		"ان کے اکاؤنٹ میں بینک ٹرانسفر کیے، بینک کی رسید ہمارے پاس ہے": false,
		"bank ki raseed hamare paas hai":          false,
		"تمہارا بیٹا ہمارے پاس ہے، دس لاکھ بھیجو": true,
	} {
		require.Equal(t, want, slices.Contains(Read(text).Assessment.Situations, "kidnap_ransom"), text)
	}
}

// More money for the boat, mid-journey, is the smuggler's price: urgent
// (C556-008, C557-009 were read as a trip planned and as an emergency),
// also for those kept in a house meanwhile (C305-018, C80-025), unless
// harm, a threat or a lock is told. A licensed promoter's "80 hazar aur do
// warna seat kisi aur ko" at home is no journey's price.
func TestSession53FareMidJourney(t *testing.T) {
	t.Parallel()
	requireReads(t, []readCase{
		{"Assalam o Alaikum. Im writing for my mother, she doesnt read English. My brother Hamza is in Benghazi, Libya. The agent who took him says the boat to Italy goes next week but wants 1.5 lakh more now", CaseSmuggling, UrgencyUrgent},
		{"agent ne kaha si Italy bhej denge, hun Benghazi ch betha e te agent 8 lakh hor mangda e kashti layi", CaseSmuggling, UrgencyUrgent},
		{"he went with agent from gujrat, paid 23 lakh, reached benghazi in march. now in zuwara 3 weeks, they stay inside mostly, agent men watch them, little food. agent says boat any night now and asking 3 lakh more for 'better boat'", CaseSmuggling, UrgencyUrgent},
		{"I am in Libya. Agent people keep us in a house in Benghazi. They say send 5 lakh more then boat to Italy. I paid 22 lakh already in Gujrat\n35 of us in one house, 2 months now. Food once a day. They dont beat but say no boat till family sends more. Main problem they took all my money and now want 5 lakh more. I dont want boat now, I want to go home", CaseSmuggling, UrgencyUrgent},
	})
	require.NotContains(t, Read("Sky Bridge Overseas Employment Promoters, Khyber Bazar Peshawar. ab flight se 4 din pehle kehte hain 80 hazar aur do warna seat kisi aur ko de dein").Assessment.Situations, "more_money")
}

// Kept indoors by police checks over an expired iqama is no lock (C556-007).
func TestSession53PoliceChecking(t *testing.T) {
	t.Parallel()
	requireReads(t, []readCase{
		{"Sir I am in Dammam KSA. 5 month no salary. Kafeel not renew iqama also. Plz help\nCompany Al Rawdah Contracting, 14 pakistani here same problem. Salary 5 month pending, iqama expire 2 month back so we not go outside, police checking. Friends giving food money. Passport is with me, kafeel gave back when iqama expire", CaseWorkerDistress, UrgencyUrgent},
	})
}

// Where a boat goes is no one's place; where Punjabi puts one ("Benghazi
// ch") is (C556-008 was told Italy's emergency number).
func TestSession53Located(t *testing.T) {
	t.Parallel()
	for text, want := range map[string][]string{
		"My brother Hamza is in Benghazi, Libya. The agent who took him says the boat to Italy goes next week but wants 1.5 lakh more now": {"LY"},
		"agent ne kaha si Italy bhej denge, hun Benghazi ch betha e te agent 8 lakh hor mangda e kashti layi":                              {"LY"},
	} {
		require.Equal(t, want, Read(text).Assessment.Located, text)
	}
}

// A lock put on the factory closes it and locks in no one (C556-029);
// day labour in the jungle is work, no border's peril (C552-028); "3 kids
// and a big house" are the employer's, the maid's work (C550-015).
func TestSession53NotHeld(t *testing.T) {
	t.Parallel()
	for text, sit := range map[string]string{
		"furniture factory thi. maalik ne 2 mahine ki salary nahi di aur factory pe tala laga k chala gaya":  "confined",
		"wahan pohanch k pata chala jungle me mazdoori h, passport airport pe hi company wale ne le liya":    "at_sea_or_border",
		"Works 6 in the morning till midnight, 3 kids and a big house. They let her phone us only on Friday": "child",
	} {
		require.NotContains(t, Read(text).Assessment.Situations, sit, text)
	}
	require.Contains(t, Read("maalik ne hamein factory me tala laga k band kar diya, bahar nahi ja sakte").Assessment.Situations, "confined")
}

// Shut in a flat is shut in (B391-RU-019, a direct emergency, was read as
// a passport taken only); two young men drowned bathing at the beach, in
// the news, is no one at sea's peril (B390-UR-038).
func TestSession53FlatAndBeach(t *testing.T) {
	t.Parallel()
	requireReads(t, []readCase{
		{"Me Dubai me hun, agent ne salon ki job ka kaha tha, yahan flat me band kr k rakha h, passport le liya, roz zabardasti krte hain. Plz meri madad karo, Al Nahda area", CaseTrafficking, UrgencyEmergency},
		{"کراچی: ہاکس بے پر سمندر میں نہاتے ہوئے دو نوجوان ڈوب گئے، ریسکیو ٹیم نے لاشیں نکال لیں", CaseOther, UrgencyRoutine},
	})
	require.Contains(t, Read("mera bhai kashti me hai, samandar me engine band ho gaya").Assessment.Situations, "at_sea_or_border")
}
