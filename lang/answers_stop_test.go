package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A plea to stop someone ("please stop him", "usay roko", "ایجنٹ کو
// روکیں") at "send this report?" confirms it: the cancel word is said of
// the agent, not of the report (C22-003). A bare "stop", "ruko" or "cancel
// it" still cancels.
func TestStopSomeoneIsNoCancel(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]bool{
		"yes this is right, please stop him":    true,
		"correct, please stop them":             true,
		"yes send, stop this agent":             true,
		"han theek hai, usay roko please":       true,
		"ji sahi hai bhej do, is agent ko roko": true,
		"sahi hai, unko pakro":                  true,
		"جی درست ہے، اسے روکیں":                 true,
		"ٹھیک ہے بھیج دیں، ایجنٹ کو روکیں":      true,
		"ہاں صحیح ہے، اس کو پکڑیں":              true,
	} {
		rd := r.Read(text)
		require.False(t, rd.Cancel(), text)
		require.Equal(t, want, rd.Confirm(), text)
	}
	for _, text := range []string{"stop", "cancel it", "nahi bhejna", "stop, dont send", "مت بھیجیں", "band karo"} {
		rd := r.Read(text)
		require.True(t, rd.Cancel(), text)
		require.False(t, rd.Confirm(), text)
	}
}
