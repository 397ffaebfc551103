package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Round C18 (test17): what the conversation corpus's misses taught the
// rules, each in three languages with neighbours that must not change.

// A family that sold its gold, land or buffalo to pay an agent ("Our
// mother sold her gold for it", C18-005) sold a thing, not a person: no
// one is held. A person sold ("they sold her to another man", "bhai ko
// bech diya") still is.
func TestRound18SoldAThingIsNoOneHeld(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Our mother sold her gold for it. I don't want my brother on that boat",
		"my father sold his land to pay the agent 10 lakh",
		"we sold our buffalo and gave him 3 lakh for the visa",
		"abbu ne apni zameen bech di aur agent ko 5 lakh diye",
		"ammi ne apna zevar bech diya us ke liye",
		"ammi ne zewar bech kar paise diye agent ko",
		"hum ne bhains bech ke 2 lakh diye thay",
		"امی نے اپنا زیور بیچ دیا، اسی سے ایجنٹ کو پیسے دیے",
		"ابو نے زمین بیچ کر ایجنٹ کو دس لاکھ دیے",
		"ہم نے بھینس بیچ دی اور پیسے ایجنٹ کو دیے",
	} {
		r := Read(s)
		require.NotContains(t, r.Situations, "confined", "%q: %v", s, r.Danger)
		require.NotEqual(t, UrgencyEmergency, r.Urgency, "%q: %v", s, r.Danger)
	}
	for _, s := range []string{
		"they sold her to another man in Dubai",
		"agent ne meri behan ko aage bech diya",
		"ایجنٹ نے میرے بھائی کو بیچ دیا",
	} {
		r := Read(s)
		require.Equal(t, UrgencyEmergency, r.Urgency, "%q: %v", s, r.Danger)
	}
}

// An agent who took a passport to get the visa made ("He took my
// brother's passport to 'arrange the Dubai visit visa'", C18-005) holds it
// for the work he was paid for: no document withheld yet. One who will
// not give it back still withholds it.
func TestRound18PassportTakenForTheVisaIsNotWithheld(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"He took my brother's passport to 'arrange the Dubai visit visa'",
		"the agent took my passport to get the Saudi visa stamped",
		"he has taken our passports to get the Dubai visit visa",
		"agent ne passport le liya visa lagwane",
		"agent passport le gaya hai dubai ka visa lagwane",
		"ایجنٹ نے پاسپورٹ لے لیا ویزا لگوانے",
		"ایجنٹ پاسپورٹ لے گیا ہے دبئی کا ویزا لگوانے",
	} {
		r := Read(s)
		require.NotContains(t, r.Situations, "documents_taken", "%q: %v", s, r.Danger)
	}
	for _, s := range []string{
		"he took my passport for the visa and now won't give it back",
		"agent ne passport le liya, ab wapis nahi de raha",
		"kafeel took my passport and kept it",
		"an agent in Lahore kept my passport for a Dubai visa",
	} {
		r := Read(s)
		require.Contains(t, r.Situations, "documents_taken", "%q: %v", s, r.Danger)
	}
}

// A smuggler's journey told as a plan, with no danger read ("he is
// collecting boys for Italy ... boat to Italy", "larkon ko Iran k raste
// Turkey bhej raha he", C18-005, C11-010), is no emergency: no one is on
// the road yet. A boat at sea now, or a person held, still is.
func TestRound18SmugglingPlanIsNoEmergency(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"He openly says the route is Dubai, then Libya, then boat to Italy. 22 lakh per boy. My brother has already given him 10 lakh. I don't want my brother on that boat",
		"hmare gaon ka aik banda larkon ko Iran k raste Turkey bhej raha he dunki lagwa k, mera chota bhai bhi jane ki zid kar raha he",
		"hamare mohalle ka agent larkon ko libya ke raste italy bhej raha hai, mera bhai bhi jana chahta hai",
		"ہمارے گاؤں کا ایک بندہ لڑکوں کو ایران کے راستے ترکی بھیج رہا ہے، میرا بھائی بھی جانے کی ضد کر رہا ہے",
		"ایک ایجنٹ لیبیا کے راستے اٹلی بھیجنے کا کہتا ہے، 25 لاکھ مانگتا ہے، میرا بیٹا جانے کو تیار ہے",
		"an agent is sending boys to Greece through Iran and Turkey, my cousin wants to go next month",
	} {
		r := Read(s)
		require.NotEqual(t, UrgencyEmergency, r.Urgency, "%q: %v", s, r.Danger)
		require.Equal(t, CaseSmuggling, r.CaseType, "%q", s)
	}
	for _, s := range []string{
		"my brother is on the boat from Libya now, the boat is sinking",
		"bhai ko smugglers ne Iran me band kar rakha hai, 5 lakh mang rahe hain",
		"بھائی کشتی میں ہے، پانی بھر رہا ہے",
	} {
		require.Equal(t, UrgencyEmergency, Read(s).Urgency, "%q", s)
	}
}

// Punjabi and Saraiki "kol" is "paas" (with): "pasport v ous kol hy"
// (C18-025) is a passport the agent holds, as "passport us ke paas hai".
func TestRound18PunjabiKolIsPaas(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"hun 8 mahine ho gye na visa na pese, pasport v ous kol hy",
		"pasport agent kol hai, wapis nai karda",
		"passport ohde kol e, mangde han ta nai dinda",
		"passport us ke paas hai, wapis nahi de raha",
	} {
		require.Contains(t, Read(s).Situations, "documents_taken", "%q", s)
	}
}
