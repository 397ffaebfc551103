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
