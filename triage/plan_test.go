package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A sea crossing told as a plan (round C12: "agent mere bete ko italy bhej
// raha hai libya se kashti me", "ترکی سے کشتی میں یونان، اگلے مہینے گروپ
// جائے گا"): nobody is at sea yet, so it is smuggling but no emergency. A
// boat someone is on now, one in peril, a crossing tonight, or any harm
// stays an emergency.
func TestPlannedCrossingIsNoEmergency(t *testing.T) {
	t.Parallel()
	planned := map[string][]string{
		"en": {
			"an agent here plans to send my son to Greece by boat next month, he wants 25 lakh",
			"he is sending boys to Italy from Libya on a boat, 30 lakh each",
			"the agent promised to take my brother to Spain by boat, nobody has left yet",
		},
		"ur": {
			"ڈنکی لگوا رہا ہے، کہتا ہے پہلے کوئٹہ پھر ایران بارڈر، ترکی سے کشتی میں یونان۔ اگلے مہینے گروپ جائے گا",
			"ایجنٹ میرے بیٹے کو کشتی میں اٹلی بھیج رہا ہے، اٹھائیس لاکھ کی بات ہوئی ہے",
			"گاؤں کا ایک بندہ لڑکوں کو لیبیا سے کشتی میں اٹلی بھیجنے کا کہتا ہے",
		},
		"ur-Latn": {
			"gujrat ka ek agent mere bete ko italy bhej raha hai libya se kashti me, 28 lakh ki baat hui hai",
			"agent bolta hai agle mahine libya se kashti me italy bhejega, 30 lakh mangta hai",
			"mera bhai libya se kashti me jane ke liye tayyar hai, agent ne 25 lakh maange",
		},
	}
	for l, texts := range planned {
		for _, text := range texts {
			r := Read(text)
			require.NotEqual(t, UrgencyEmergency, r.Assessment.Urgency, "%s: %q", l, text)
			require.Equal(t, CaseSmuggling, r.Assessment.CaseType, "%s: %q", l, text)
		}
	}
	now := map[string][]string{
		"en": {
			"my brother is on a boat from libya, the agent promised to take them to italy",
			"the agent is sending 15 boys on a boat tonight, the engine is bad",
			"we are at sea, next week we reach Italy he says",
		},
		"ur": {
			"میرا بیٹا لیبیا سے کشتی میں ہے، ایجنٹ کہتا ہے اگلے ہفتے اٹلی پہنچے گا",
			"کشتی میں پانی آ رہا ہے، ایجنٹ کہتا ہے اگلے دن پہنچیں گے",
			"ایجنٹ آج رات لڑکوں کو کشتی میں بھیج رہا ہے",
		},
		"ur-Latn": {
			"mera beta libya se kashti me hai, agle hafte italy pohanchega",
			"agent 15 bande kashti me bhej raha hai aaj raat",
			"kashti doob rahi hai, agent kehta tha agle din pohanch jayenge",
		},
	}
	for l, texts := range now {
		for _, text := range texts {
			require.Equal(t, UrgencyEmergency, Read(text).Assessment.Urgency, "%s: %q", l, text)
		}
	}
}
