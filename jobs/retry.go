package jobs

import (
	"math/rand/v2"
	"time"

	"github.com/riverqueue/river/rivertype"
)

// retryPolicy backs off exponentially from one second, capped at ten
// minutes, with jitter. River's default (attempt⁴ seconds) waits 16 s before
// the second try, too long for a person waiting for an answer.
type retryPolicy struct{}

const maxRetryDelay = 10 * time.Minute

func (retryPolicy) NextRetry(job *rivertype.JobRow) time.Time {
	d := maxRetryDelay
	if n := job.Attempt - 1; n < 10 {
		d = min(time.Second<<max(n, 0), maxRetryDelay)
	}
	jitter := time.Duration(rand.Int64N(int64(d)/5+1)) - d/10
	return time.Now().Add(d + jitter)
}
