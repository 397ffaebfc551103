package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Papers handed over are no money paid ("agent ne visa or protector dono
// bana k diye the", C446-008 read "yes, paid"); money named with them is.
func TestSession44PapersHanded(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, s := range []string{
		"agent ne visa or protector dono bana k diye the. ab kia karun",
		"ایجنٹ نے ویزا بنا کے دیا تھا",
	} {
		require.NotEqual(t, PolarYes, r.Read(s).Paid(), s)
		require.NotEqual(t, PolarYes, r.Read(s).PaidDone(), s)
	}
	for _, s := range []string{"visa ke 2 lakh diye the", "visa ke 50k diye", "agent ne visa de diya tha, 3 lakh liye"} {
		require.Equal(t, PolarYes, r.Read(s).Paid(), s)
	}
}

// What became of a report, asked in Punjabi ("o ki baneya?", C447-027
// opened a report), and a report told as made ("report ki si").
func TestSession44Status(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, s := range []string{
		"ji mene report ki si apne bhanje di taraf se, number yaad nai bs itna pta h k Sargodha wale agent di si. o ki baneya?",
		"shikayat kiti si, ki baneya?",
		"میں نے شکایت کی تھی، کی بنیا؟",
	} {
		require.Equal(t, "status", r.Read(s).Intent(), s)
	}
	// a worker sent back is home: "deport ho k aya hun" (C446-022)
	require.True(t, r.Read("Iran se deport ho k aya hun, abhi Quetta me hun").DeportedBack())
	require.False(t, r.Read("wo log deport kar denge").DeportedBack())
}

// A threat over complaining is no wish to complain ("kehta h shikayat ki
// to police k hawale kr dunga", C454-023 opened a report for a worker
// whose passport is held in Iraq); a report weighed for later still is.
func TestSession44ThreatOverComplaining(t *testing.T) {
	t.Parallel()
	r := Conversation()
	require.NotEqual(t, "report", r.Read("AOA mai Iraq me hun Karbala. malik ne passport rakh liya h aur 5 mahine se paise nai diye. kehta h shikayat ki to police k hawale kr dunga").Intent())
	require.NotEqual(t, "report", r.Read("مالک کہتا ہے شکایت کی تو پولیس کے حوالے کر دوں گا، پاسپورٹ بھی اس کے پاس ہے").Intent())
	require.Equal(t, "report", r.Read("shikayat karni hai agent ki").Intent())
}
