package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Found in blind323 and C433–C436 (the forty-third session): a brother
// not back from a journey while the agent's men ask money is held for it
// (B323-EN-032); a contract's years beside "the boys" are no child's age
// (C434-003); got out with the embassy's help is over (C434-028); a
// beating that waits for one caught writing is danger now (C192-007,
// after a retrain lowered it).
func TestSession43Urgency(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, caseType, urgency string }{
		{"Bro hasn't come back yet from the Iran trip, the agent's men keep asking us for more money, they said better to pay soon. Mother is crying, what should we do", CaseRansom, UrgencyEmergency},
		// set out two months ago, neither arrived nor back, money asked
		// now: the model, however sure, lowers none of it
		{"Abba ji 2 maheene pehle Quetta gaye the agent k sath Taftan wale raste, na pohnche na wapis aaye, aur wo log roz paise maang rahe hain k 'bhejo warna hum kuch nahi kar sakte'", CaseRansom, UrgencyEmergency},
		{"He says he knows a kafeel in Riyadh. Cleaner and driver visas, tells the boys 2 year contract, 1500 riyal. He takes cash at his house, no receipt.", "", UrgencyRoutine},
		{"Karachi k agent ne Thailand me call center job 1500 dollar bola tha. Bangkok se gaari me border cross krwa k Myawaddy le gaye. wahan passport le liya, crypto fraud krwate the 15 ghante. jo mana kare usko current lagate the. hum 4 pakistani the, embassy walon ki madad se nikle", "", UrgencyUrgent},
		{"Can the embassy get him out? He is scared they will beat him if they catch him messaging", "", UrgencyEmergency},
		// a boy of fourteen kept from home for a debt is still held
		// (not read as one not arrived from a journey)
		{"My son Bilal is 14, he went to work at a power-loom factory in Faisalabad through a contractor. For 3 months they haven't let him come home, not even for Eid, they say he has to pay back the 60,000 advance first.", CaseForcedLabour, UrgencyEmergency},
	} {
		requireAssessed(t, c.text, c.caseType, c.urgency)
	}
	// the age of a child beside a term's years is still read
	a := requireAssessed(t, "meri beti 15 saal ki hai, agent keh raha 2 saal ka contract hai Dubai me", "", "")
	require.Contains(t, a.Situations, "child")
}

// Found in blind324–329: a passport the FIA keeps for an inquiry is no
// passport taken by a trafficker (B329-EN-009 was urgent); "maar peet
// … mene nahi dekha" reads no beating (B324-RU-017).
func TestSession43NotTaken(t *testing.T) {
	t.Parallel()
	requireAssessed(t, "At Islamabad airport FIA stopped me and said the protector stamp on my passport is fake and the Dubai visa is also not in the system. Agent Kamran from Bhalwal charged me 3 lakh 80 thousand for all this. They let me go home but kept the passport for inquiry. What should I do now?", CaseDocumentFraud, UrgencyRoutine)
	a := requireAssessed(t, "Hamare ilaqe me ek bhatta h jahan families peshgi k qarz me phansi hain. Maar peet ya taala wagaira mene nahi dekha, bs qarz ka chakkar h", "", "")
	require.NotContains(t, a.Situations, "violence")
}

// A sponsor abroad who keeps the passport and will not let a grown
// worker go home, threatening only the police, refuses an exit: urgent,
// as the corpus labels it (C434-030, RU2-0620), not one locked in; a
// child so kept, or a worker locked in or beaten, is still an emergency.
func TestSession43ExitDenied(t *testing.T) {
	t.Parallel()
	requireAssessed(t, "mera cousin Dammam me h, kafeel ne passport rakh liya h aur 18 ghante kaam krwata h. wapis aana chahta h nai aane deta. marta nahi lekin dhamki deta h k police ko bol dunga tum chor ho", CaseTrafficking, UrgencyUrgent)
	requireAssessed(t, "Jeddah me 8 saal se hun, kafeel na passport deta hai na chhutti, ghar nahi jaane deta", "", UrgencyUrgent)
	requireAssessed(t, "mera 15 saal ka beta Dammam me h, kafeel ne passport rakh liya h, wapis nahi aane deta", "", UrgencyEmergency)
	requireAssessed(t, "mera bhai Dammam me h, kafeel ne passport rakh liya h, wapis nahi aane deta aur kal usko mara bhi", "", UrgencyEmergency)
}

// Found in blind330–332 (first played on 6db55a3): boys from Mandi
// "locked in a house" are held, no market closed (B331-EN-021 was
// routine); more money "otherwise we are not responsible", not heard
// since, is danger now (B330-EN-029 was routine); "held hostage by this
// dharna" is an idiom, a car's engine stopped on the motorway no boat's
// (B330-EN-037, B331-UR-038 were emergencies).
func TestSession43Blind330(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, caseType, urgency string }{
		{"Me and 4 boys from Mandi are locked in a house in Quetta. The agent who was taking us to Iran now says give 2 lakh more each or you stay here. They took our phones, I am using the guard's phone when he is sleeping. Please help", "", UrgencyEmergency},
		{"My husband left for Greece via Iran 3 weeks ago with an agent. Now the agent says he is with 'our people' on the Taftan side and we must send 5 lakh more otherwise 'we are not responsible'. We have not heard his voice since 10 days.", "", UrgencyEmergency},
		{"stuck on Murree road for 2 hrs, held hostage by this dharna 😤 tell Ammi dinner without me", CaseOther, UrgencyRoutine},
		{"موٹروے پر گاڑی کا انجن بند ہو گیا تھا، ہیلپ لائن والے آ گئے ہیں، فکر نہ کریں ایک گھنٹے میں نکل پڑیں گے", CaseOther, UrgencyRoutine},
		// a boat's engine stopped is still peril at sea
		{"kashti ka engine band ho gaya hai samundar me, 60 log hain, bhai ka last msg tha", "", UrgencyEmergency},
	} {
		requireAssessed(t, c.text, c.caseType, c.urgency)
	}
}

// A fisherman the coast guard rescued, in a news video, is no one at sea
// now (B336-UR-027 raised an emergency).
func TestSession44Rescued(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"ویڈیو: کراچی کے قریب سمندر میں ڈوبنے والے ماہی گیر کو کوسٹ گارڈز نے بچا لیا",
		"video: fisherman drowning in the sea near Gwadar, coast guard rescued him",
	} {
		require.NotEqual(t, "emergency", Assess(s, Extract(s)).Urgency, s)
	}
}

// A report asked for in words is no joke, whatever it laughs at
// (C449-010: a smuggler's tiktok, "boys dancing in Athens lol", read as
// other); a joke named and nothing asked still is (blind96 UR-036).
func TestSession44ReportNoJoke(t *testing.T) {
	t.Parallel()
	s := "Want to report an agent promoting Europe by road on tiktok. My cousin wants to go, I am trying to stop him. Video says 'Italy/Greece by road, safe route, 100% reach, half payment now half on reaching'. 28 lakh per person. They show boys dancing in Athens lol"
	require.Equal(t, "smuggling", Assess(s, Extract(s)).CaseType)
}
