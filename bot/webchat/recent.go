package webchat

import "sync"

// maxRecent bounds the visitors whose conversation is remembered.
const maxRecent = 50_000

// recent remembers the conversation each visitor last wrote in, so that a
// long poll can listen at once instead of looking the conversation up. It
// is a hint: the poll looks it up again now and then. Bounded: when full it
// starts afresh. It holds visitor ids in memory only, as the limiters do.
type recent struct {
	mu  sync.Mutex
	max int
	m   map[string]int64
}

func newRecent(max int) *recent { return &recent{max: max, m: map[string]int64{}} }

func (r *recent) remember(vid string, conv int64) {
	if vid == "" || conv == 0 {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.m[vid]; !ok && len(r.m) >= r.max {
		r.m = map[string]int64{}
	}
	r.m[vid] = conv
}

func (r *recent) of(vid string) int64 {
	if vid == "" {
		return 0
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.m[vid]
}
