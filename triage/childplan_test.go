package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A minor, named by age, whom someone means to send abroad and who is
// still at home ("mera beta 17 saal ka hai … italy bhej dega") is the
// same day's referral, not an emergency: nobody is in danger yet. A minor
// already sent, held, on the way today, or in danger stays an emergency;
// children named otherwise are not minors being sent.
func TestMinorStillAtHomeIsUrgent(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, want string }{
		{"mera beta 17 saal ka hai, usay ek banda keh raha hai k italy bhej dega, hum se 30 lakh mang raha hai, kya karein?", UrgencyUrgent},
		{"mera beta 17 saal ka hai, agent kehta hai italy bhej dega 30 lakh me", UrgencyUrgent},
		{"میرا بیٹا سولہ سال کا ہے، ایک ایجنٹ کہتا ہے یونان بھیج دے گا", UrgencyUrgent},
		{"mera 16 saal ka beta iran ke raste ja raha hai, aaj border cross karega", UrgencyEmergency},
		{"meri 15 saal ki beti ko agent ne dubai bhej diya, ab phone nahi uthati", UrgencyEmergency},
		{"mera 15 saal ka beta libya me agent ke paas hai, wo usay bahar nahi jane dete", UrgencyEmergency},
		{"میری چودہ سال کی بیٹی کو ایجنٹ نے دبئی بھیج دیا ہے، اب رابطہ نہیں", UrgencyEmergency},
	} {
		got := Assess(c.text, Extract(c.text))
		require.Equal(t, c.want, got.Urgency, "%q: %v", c.text, got.Danger)
	}
	// children named, none sent: not a minor someone means to send
	got := Assess("ek admi ne bola k dubai me lagwa dunga, agle hafte visa ayega kehta he, mere bache bhooke hen", Extract("ek admi ne bola k dubai me lagwa dunga, agle hafte visa ayega kehta he, mere bache bhooke hen"))
	require.NotContains(t, got.Danger, "a minor someone means to send abroad")
}

// Possessions sold to pay an agent ("my father sold his land to pay the
// agent 10 lakh", "ammi ne zevar bech diye", "ابو نے زمین بیچ دی") sell no
// one: no danger, and the model alone must be sure to raise one. A person
// sold still is one.
func TestGoodsSoldAreNoDanger(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"my father sold his land to pay the agent 10 lakh",
		"ammi ne zevar bech diye agent ko dene ke liye, 8 lakh",
		"ابو نے زمین بیچ کر ایجنٹ کو دس لاکھ دیے",
		"we sold our buffalo and gold to pay him 5 lakh for Dubai",
	} {
		got := Assess(text, Extract(text))
		require.NotEqual(t, UrgencyEmergency, got.Urgency, "%q: %v", text, got.Danger)
	}
	for _, text := range []string{"agent ne humein malaysia me bech diya", "ایجنٹ نے ہمیں بیچ دیا"} {
		got := Assess(text, Extract(text))
		require.Equal(t, UrgencyEmergency, got.Urgency, "%q: %v", text, got.Danger)
	}
}
