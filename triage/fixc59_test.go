package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Found in C59: false emergencies raised in reports. A friend's brother who
// "went like this and has not come back" is why the writer doubts an offer,
// no kidnap; "Malaysia ne quota band kr diya" is a quota closed, no one
// locked in; "ہمارے ساتھ زیادتی ہوئی" of a licensed firm is an injustice
// ("میرے ساتھ زیادتی کی" stays an emergency); "phr kashti se Italy" is the
// smuggler's route told, no boat at sea now.
func TestC59NoFalseEmergency(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"ye log scam wale hain na? mere dost ka bhai b aise gaya tha abhi tak wapis nai aya",
		"mujhe aur mere cousin dono ko bola tha. visa aaj tak nahi aya. kabhi kehta h Malaysia ne quota band kr diya kabhi kehta h agle mahine. humare ilawa 8-10 aur log hain jin se paise liye",
		"میں ایک شکایت درج کروانا چاہتا ہوں۔ لائسنس یافتہ ادارہ ہے لیکن ہمارے ساتھ زیادتی ہوئی",
		"ek agent ki ittila deni h jo larkon ko Libya k raste Italy bhejta h. pichle saal hamare gaon k 2 larke kashti me doob gaye the, ab phir wo larke ikathe kr rha h\nMandi Bahauddin, Phalia k pass. naam Haji Sarwar h, bolta h Dubai se Libya flight, phr kashti se Italy. 22 lakh per banda. mere bhatije ko bhi keh raha tha, hum ne mana kr diya",
	} {
		require.NotEqual(t, UrgencyEmergency, Read(s).Urgency, "%q", s)
	}
	require.Equal(t, UrgencyEmergency, Read("میرے ساتھ زیادتی کی").Urgency)
	require.Equal(t, UrgencyEmergency, Read("mera beta agent ke sath gaya tha, 2 hafte se wapis nahi aya, phone band hai").Urgency)
}

// Found in C60, C62 and C65: a relative about to leave on a smuggler's route
// is no emergency, whatever else the report tells (and, from home, routine
// since the thirty-third session: TestLeavingSoonOnASmugglersRoute): that he sold
// things "ghar walon se chupa ke" (hiding it from the family, not writing in
// secret), the plan's "پھر گاڑیوں اور کنٹینر میں" (no one in a container yet),
// "one of them is missing since March" (another family's boy), and "6 boys
// already went with him" (others who set out).
func TestSmugglingPlansStayUrgent(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"aoa mujhe ek agent ki report karni hai jo mere chote bhai ko dunki se bhej raha hai. agle hafte nikalna hai plz isko roko. bhai ne ghar walon se chupa ke abbu ki bike bech ke paise diye hain",
		"میرا بیٹا اگلے ہفتے ڈنکی لگا کر یونان جانے والا ہے، ایک ایجنٹ شاہ جی نے اس کا ذہن بنا دیا ہے۔ کہتا ہے پہلے کوئٹہ پھر بارڈر پیدل پار، پھر گاڑیوں اور کنٹینر میں۔",
	} {
		r := Read(s)
		require.Equal(t, CaseSmuggling, r.CaseType, "%q", s)
		require.Equal(t, UrgencyRoutine, r.Urgency, "%q", s)
	}
}
