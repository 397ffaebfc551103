package triage

import "testing"

// Found in blind342–350 (the forty-fifth session): a water pump's motor is
// no boat's (B348-RU-042, an everyday message, read as at sea); a boat
// gone out after which none of the boys picks up is danger now
// (B344-EN-028); "else we are not responsible" is a threat to life
// (B346-UR-025); a police headline of a kiln raid is news (B342-EN-038);
// a forwarded warning that the police call fake is a rumour (B350-EN-037).
func TestSession45Triage(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, caseType, urgency string }{
		{"Baji apki gali me pani ki motor kharab h, plumber ka number 0300-7718254 h, usko bula lena", CaseOther, UrgencyRoutine},
		{"kashti ka motor kharab ho gaya hai beech samundar me, pani andar aa raha hai", "", UrgencyEmergency},
		{"Bro's last text was from Zuwara on Sunday: 'tonight we go, pray for me, dont tell ammi'. Its Thursday now. Agent Javed says the boat reached Lampedusa safely but none of the boys is picking up and no one has posted anything.", CaseSmuggling, UrgencyEmergency},
		{"باجی میرا دیور یونان جانے کے لیے نکلا تھا دو مہینے ہو گئے ابھی تک پہنچا نہیں اور وہ لوگ بار بار فون کر کے پیسے مانگ رہے ہیں کہتے ہیں پیسے بھیجو تو آگے جائے گا ورنہ ہم ذمہ دار نہیں ہماری ساس رو رو کر بے حال ہو گئی ہے", "", UrgencyEmergency},
		{"Punjab Police recover 14 bonded labourers including 5 children from a brick kiln in Sheikhupura; kiln owner arrested, case registered under Bonded Labour Act, says DPO.", CaseOther, UrgencyRoutine},
		{"Forwarded as received: Police warn that a gang in a white Hiace is kidnapping children outside schools in Rawalpindi!! Share with all parents. (Rawalpindi police said yesterday this message is fake)", CaseOther, UrgencyRoutine},
	} {
		requireAssessed(t, c.text, c.caseType, c.urgency)
	}
}
