package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// One's own (a son, a brother, a cousin, a friend) about to set out on a
// smuggler's route from home within days was urgent until the
// thirty-third session (C21-016, C22-003, C23-003, blind21 EN-044,
// RU-044); 62 of 76 blind labels (and the conversations written since
// C118) have it routine, and the red flags' urgent list names no plan, so
// it is routine now. One already at the last town before the border
// (k_staging: "ابھی وہ کوئٹہ کے ایک ہوٹل میں ہے اور پرسوں نکلنا ہے") stays
// urgent. An agent who sends boys in general, a group "after eid", one who
// only wants to go, a journey next year or one back home stay routine.
func TestLeavingSoonOnASmugglersRoute(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"My cousin is 22 and he is about to go, flight to Benghazi in 10 days. Agent sending boys to Italy through Libya by boat, asking 24 lakh",
		"my nephew is going to Greece through Iran and Turkey with a dunki agent, he leaves in 2 weeks. agent took 15 lakh",
		"Agent sending my friend to Italy by boat from Libya, his flight is day after tomorrow. please stop it",
		"mera beta 5 din baad dunki se Greece ja raha hai, agent ne 18 lakh liye hain",
		"yr mera dost agle hafte libya ja rha h wahan se kashti me italy, agent 25 lakh le rha",
		"bhatija parson nikal raha hai iran turkey k raste unan, dunki wala agent",
		"agent keh raha Italy kashti se Libya k raste, 22 lakh. bhai agle hafte ja raha",
		"میرا بیٹا اگلے ہفتے ڈنکی سے یونان جا رہا ہے، ایجنٹ نے بیس لاکھ لیے ہیں",
		"میرا دوست ۱۰ دن بعد لیبیا کی فلائٹ لے گا پھر کشتی سے اٹلی، ایجنٹ نے ۲۲ لاکھ مانگے",
		"کزن پرسوں ایران کے راستے ترکی جا رہا ہے، ڈنکی لگوا رہا ہے",
	} {
		got := Assess(text, Extract(text))
		require.Equal(t, CaseSmuggling, got.CaseType, "%q", text)
		require.Equal(t, UrgencyRoutine, got.Urgency, "%q: %v", text, got.Danger)
	}
	for _, text := range []string{
		"mera chota bhai Quetta pohanch gaya h, agent kehta h kal raat Iran ka border cross karwayenge phir Turkey",
		"میرا بھتیجا تفتان کے راستے ایران جا رہا ہے۔ ابھی وہ کوئٹہ کے ایک ہوٹل میں ہے اور پرسوں نکلنا ہے",
		"My cousin reached Quetta yesterday, the agent will take him across to Iran tomorrow night",
	} {
		got := Assess(text, Extract(text))
		require.Equal(t, CaseSmuggling, got.CaseType, "%q", text)
		require.Equal(t, UrgencyUrgent, got.Urgency, "%q: %v", text, got.Danger)
	}
	for _, text := range []string{
		"one agent in our village sends boys to Italy through Libya by boat, next group goes after eid",
		"my brother wants to go to Italy by boat through Libya, agent asking 24 lakh",
		"my son plans to go to Greece by dunki next year, agent is asking 20 lakh",
		"A man in Gujrat is collecting boys for Italy by road through Libya, 35 lakh. He asked me and my friend to give the first half next week",
		"My brother came back from the Iran border after 10 days, smugglers left him in the mountains. The agent still has our 4 lakh",
		"gaon ka agent larkon ko dunki se unan bhejta hai agle hafte group ja raha",
		"mera bhai dunki se italy jana chahta hai, agent 22 lakh mang raha",
		"mera cousin agle saal dunki se greece jane ka soch raha hai",
		"ہمارے گاؤں کا ایجنٹ لڑکوں کو کشتی سے اٹلی بھیجتا ہے، اگلے ہفتے ایک گروپ جائے گا",
		"میرا بھائی ڈنکی سے یونان جانا چاہتا ہے، ایجنٹ پندرہ لاکھ مانگ رہا ہے",
		"گوجرانوالہ کا ایجنٹ کہتا ہے ایتھوپیا اور موریتانیہ کے راستے اسپین پہنچا دے گا، ۴۰ لاکھ۔ بھائی سوچ رہا ہے",
		"My neighbours son is going to Italy through Libya by boat, agent asking 25 lakh. He leaves next week",
		"hamare padosi ka beta agle hafte dunki se italy ja raha hai, agent ne 20 lakh liye",
		"ہمارے پڑوسی کا بیٹا اگلے ہفتے ڈنکی سے یونان جا رہا ہے",
	} {
		got := Assess(text, Extract(text))
		require.Equal(t, UrgencyRoutine, got.Urgency, "%q: %v", text, got.Danger)
	}
}

// A smuggler's "pay more or you go no further" ("warna boat pe ni
// bithaenge", "ورنہ کشتی پر نہیں بٹھائیں گے") withholds the journey, no
// threat of harm: people kept in a house on the way with more money asked
// are the safe house's urgent case (red-flags.md), not an emergency
// (C23-027). A threat of harm stays one.
func TestSafeHouseBoatWithheldIsNoThreat(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"yr mera dost Nouadhibou mauritania me phansa hua h, agent ne 40 lakh lye thy spain pohnchane k, ghuma phira k yahan ek ghar me rakha h 20 bando k sath. ab bolta h 5 lakh or do warna boat pe ni bithaenge",
		"bhai ko libya me ek ghar me rakha hai, smuggler keh raha 3 lakh aur bhejo warna kashti me nahi bithayenge",
		"میرا دوست موریتانیہ میں پھنسا ہوا ہے، ایجنٹ نے اسپین کے چالیس لاکھ لیے، اب ایک گھر میں رکھا ہے بیس لوگوں کے ساتھ، کہتا ہے پانچ لاکھ اور دو ورنہ کشتی پر نہیں بٹھائیں گے",
		"ایجنٹ نے بھائی کو ترکی میں ایک گھر میں رکھا ہے، دو لاکھ اور بھیجو ورنہ بارڈر پار نہیں کروائیں گے",
		"my friend is kept in a house in Mauritania by the agent, he says pay 5 lakh more otherwise no boat",
	} {
		got := Assess(text, Extract(text))
		require.Equal(t, CaseSmuggling, got.CaseType, "%q", text)
		require.Equal(t, UrgencyUrgent, got.Urgency, "%q: %v", text, got.Danger)
	}
	text := "bhai ko ek ghar me rakha hai 3 lakh aur do warna maar denge"
	require.Equal(t, UrgencyEmergency, Assess(text, Extract(text)).Urgency)
}
