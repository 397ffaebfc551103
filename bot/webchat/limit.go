package webchat

import (
	"sync"
	"time"
)

// limiter bounds how fast one key may post: a fixed window per key, kept
// in memory (per replica), enough to keep one browser or one address from
// flooding the pipeline. Nothing personal is kept beyond the window.
type limiter struct {
	mu     sync.Mutex
	limit  int
	window time.Duration
	now    func() time.Time
	seen   map[string]*span
}

type span struct {
	start time.Time
	n     int
}

func newLimiter(limit int, per time.Duration) *limiter {
	return &limiter{limit: limit, window: per, now: time.Now, seen: map[string]*span{}}
}

// allow counts one request for key and reports whether it is within the limit.
func (l *limiter) allow(key string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	if len(l.seen) > 100_000 { // forget old windows rather than grow without bound
		for k, w := range l.seen {
			if now.Sub(w.start) > l.window {
				delete(l.seen, k)
			}
		}
	}
	w := l.seen[key]
	if w == nil || now.Sub(w.start) > l.window {
		w = &span{start: now}
		l.seen[key] = w
	}
	w.n++
	return w.n <= l.limit
}
