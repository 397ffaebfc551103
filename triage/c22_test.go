package triage

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

// A marriage forced or bought (a bride price taken, "zabardasti shadi", a
// girl married off to a foreigner for money) trades a person: trafficking,
// whatever the model learnt, an emergency when the bride is a minor and
// urgent otherwise (C22-030). A wedding told as family news is none.
func TestForcedMarriageIsTrafficking(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, urgency string }{
		{"bhai jaldi help kro meri bhanji 16 saal ki h uski shadi ek chinese se krwa rahe hain paise le k, kal raat ki flight h", UrgencyEmergency},
		{"meri 15 saal ki behan ki zabardasti shadi kar rahe hain paise le kar, kal rukhsati hai", UrgencyEmergency},
		{"please help, my 16 year old niece is being married off to a Chinese man for money, her flight is tomorrow night", UrgencyEmergency},
		{"میری سولہ سال کی بھانجی کی شادی ایک چینی سے پیسے لے کر کروا رہے ہیں، کل رات کی فلائٹ ہے", UrgencyEmergency},
		{"uske baap ne rishta karwane wale se 5 lakh liye hain, zabardasti shadi kr k le ja rahe hain. wo ro rahi h", ""},
		{"her father took 5 lakh from the marriage broker and they are forcing her into marriage", ""},
		{"اس کے باپ نے رشتہ کروانے والے سے پانچ لاکھ لیے ہیں، زبردستی شادی کر کے لے جا رہے ہیں", ""},
	} {
		got := Assess(c.text, Extract(c.text))
		require.Equal(t, CaseTrafficking, got.CaseType, "%q", c.text)
		require.Contains(t, got.Situations, "forced_marriage", "%q", c.text)
		if c.urgency != "" {
			require.Equal(t, c.urgency, got.Urgency, "%q: %v", c.text, got.Danger)
		} else {
			require.NotEqual(t, UrgencyRoutine, got.Urgency, "%q", c.text)
		}
	}
	for _, text := range []string{
		"meri behan ki shadi agle mahine hai, dua karein",
		"mere bete ki shadi pe 5 lakh kharcha hua",
		"my sister got married last year, we spent 5 lakh on the wedding",
		"میری بہن کی شادی اگلے مہینے ہے",
		"zabardasti shadi nahi hai, larki khud raazi hai",
		"shadi hall wale ne 2 lakh liye",
		"rishta wali ne 15 hazar liye aur rishta bhi acha nahi tha",
		"شادی ہال والے نے دو لاکھ لیے",
		"the wedding hall took 2 lakh for the marriage",
	} {
		got := Assess(text, Extract(text))
		require.NotContains(t, got.Situations, "forced_marriage", "%q", text)
		require.NotEqual(t, CaseTrafficking, got.CaseType, "%q", text)
	}
}

// A copy of a passport held is not a passport held (C22-017): no
// "documents taken" from "میرے پاسپورٹ کی کاپی بھی ان کے پاس ہے".
func TestPassportCopyHeldIsNoPassportHeld(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"میرے پاسپورٹ کی کاپی بھی ان کے پاس ہے",
		"mere passport ki copy bhi unke paas hai",
		"passport copy bhi unke pas hai",
		"they have a copy of my passport",
	} {
		got := Assess(text, Extract(text))
		require.NotContains(t, got.Situations, "documents_taken", "%q", text)
	}
	for _, text := range []string{
		"میرا پاسپورٹ ان کے پاس ہے",
		"mera passport agent ke paas hai",
	} {
		got := Assess(text, Extract(text))
		require.Contains(t, got.Situations, "documents_taken", "%q", text)
	}
}

// A person there now with the permit, visa or iqama expired is a worker
// in distress, urgent, whatever an agent took to renew it (C22-031); the
// same words of someone back home are not urgent.
func TestExpiredPapersAbroadIsDistress(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"mlysia me hu bhai, permit expire ho gya. agent ne renew k 3000 ringgit lie aur gaib",
		"I am in Malaysia, my permit expired. the agent took 3000 ringgit to renew it and disappeared",
		"ملائیشیا میں ہوں، پرمٹ ختم ہو گیا۔ ایجنٹ نے رینیو کے تین ہزار رنگٹ لیے اور غائب",
		"dubai me hu visa expire ho gya agent ne paise le liye",
	} {
		got := Assess(text, Extract(text))
		require.True(t, got.Abroad, "%q", text)
		require.Equal(t, CaseWorkerDistress, got.CaseType, "%q", text)
		require.Equal(t, UrgencyUrgent, got.Urgency, "%q", text)
		require.True(t, slices.Contains(got.Danger, expiredAbroad), "%q: %v", text, got.Danger)
	}
	text := "mere bhai ka saudi ka visa expire ho gaya, wo wapas aa gaya hai"
	require.Equal(t, UrgencyRoutine, Assess(text, Extract(text)).Urgency)
	// Papers about to expire, or renewed since, are no such trouble.
	for _, text := range []string{
		"saudi me hoon, mera iqama agle mahine expire hoga, kafeel renew kar dega",
		"dubai me hu, visa renew ho gaya alhamdulillah, pehle expire ho gaya tha",
		"I am in Qatar, my visa expired but company renewed it, all good now",
		"main dubai me hun, visa expire hone wala hai, agent kehta hai renew kar dega",
		"قطر میں ہوں، ویزا اگلے ہفتے ختم ہو جائے گا",
	} {
		got := Assess(text, Extract(text))
		require.False(t, slices.Contains(got.Danger, expiredAbroad), "%q: %v", text, got.Danger)
	}
}
