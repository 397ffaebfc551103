package jobs

import (
	"testing"
	"time"

	"github.com/riverqueue/river/rivertype"
	"github.com/stretchr/testify/require"
)

func TestRetryPolicy(t *testing.T) {
	t.Parallel()
	for attempt, want := range map[int]time.Duration{1: time.Second, 2: 2 * time.Second, 4: 8 * time.Second, 11: maxRetryDelay, 30: maxRetryDelay} {
		for range 20 {
			got := time.Until(retryPolicy{}.NextRetry(&rivertype.JobRow{Attempt: attempt}))
			require.InDelta(t, want.Seconds(), got.Seconds(), want.Seconds()*0.11+0.05, "attempt %d", attempt)
		}
	}
}
