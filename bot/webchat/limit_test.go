package webchat

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestLimiter(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC)
	l := newLimiter(3, time.Minute)
	l.now = func() time.Time { return now }
	for range 3 {
		require.True(t, l.allow("a"))
	}
	require.False(t, l.allow("a"), "the fourth in the window is refused")
	require.True(t, l.allow("b"), "keys are separate")
	now = now.Add(61 * time.Second)
	require.True(t, l.allow("a"), "a new window")
}
