package telegram

import (
	"context"
	"sync"
	"time"
)

// pacer keeps sends under Telegram's limits: about one message a second in
// a chat and thirty a second for the bot. Each send reserves the next free
// slot of its chat and of the bot, then waits for it. It is per process;
// with several replicas the bot-wide share is divided among them only by
// Telegram's 429s, which the caller honours.
type pacer struct {
	perChat time.Duration
	perBot  time.Duration
	now     func() time.Time

	mu      sync.Mutex
	botNext time.Time
	next    map[string]time.Time // chat → its next free slot
}

func newPacer(perChat, perBot time.Duration) *pacer {
	return &pacer{perChat: perChat, perBot: perBot, now: time.Now, next: map[string]time.Time{}}
}

// reserve takes the next slot for chat and returns how long to wait for it.
func (p *pacer) reserve(chat string) time.Duration {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := p.now()
	at := now
	if p.botNext.After(at) {
		at = p.botNext
	}
	if n := p.next[chat]; n.After(at) {
		at = n
	}
	p.botNext = at.Add(p.perBot)
	p.next[chat] = at.Add(p.perChat)
	if len(p.next) > 256 { // past slots are of no use; at 30/s few are ahead
		for k, t := range p.next {
			if !t.After(now) {
				delete(p.next, k)
			}
		}
	}
	return at.Sub(now)
}

// reserveWithin takes the next slot for chat when it comes within max, and
// returns how long to wait for it; otherwise it takes nothing and returns
// how long until the chat is free, and false.
func (p *pacer) reserveWithin(chat string, max time.Duration) (time.Duration, bool) {
	p.mu.Lock()
	now := p.now()
	at := p.next[chat]
	if p.botNext.After(at) {
		at = p.botNext
	}
	p.mu.Unlock()
	if until := at.Sub(now); until > max {
		return until, false
	}
	return p.reserve(chat), true
}

// hold keeps chat free of sends for d (Telegram answered 429).
func (p *pacer) hold(chat string, d time.Duration) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if until := p.now().Add(d); until.After(p.next[chat]) {
		p.next[chat] = until
	}
}

// wait blocks until chat's next slot, or until ctx ends.
func (p *pacer) wait(ctx context.Context, chat string) error {
	return sleep(ctx, p.reserve(chat))
}

// sleep waits d, or less if ctx ends first (then it returns ctx's error).
func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
