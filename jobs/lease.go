package jobs

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/hoshyar/hoshyar/store"
)

// leaseKeeper renews the claim on a reply while the provider has it, every
// third of a lease, so that only a dead process lets it run out.
type leaseKeeper struct {
	mu      sync.Mutex
	timer   *time.Timer
	stopped bool
}

func (r *Runner) keepLease(ctx context.Context, id int64) *leaseKeeper {
	k := &leaseKeeper{}
	every := r.opts.Lease / 3
	var renew func()
	renew = func() {
		rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), every)
		held, err := store.RenewLease(rctx, r.pool, id, r.opts.Lease)
		cancel()
		if err != nil {
			r.log.Warn("lease_renew_failed", "message_id", id, "error", err)
		} else if !held {
			r.log.Warn("lease_lost", "message_id", id)
			return
		}
		k.mu.Lock()
		defer k.mu.Unlock()
		if !k.stopped {
			k.timer = time.AfterFunc(every, renew)
		}
	}
	k.mu.Lock()
	k.timer = time.AfterFunc(every, renew)
	k.mu.Unlock()
	return k
}

func (k *leaseKeeper) stop() {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.stopped = true
	k.timer.Stop()
}

// settleExpired settles the claims that ran out in a conversation (0: in
// any), their senders being dead, and reports how many it settled. What
// the provider may have taken is unknown; a reply with parts left to send
// is queued again.
func (r *Runner) settleExpired(ctx context.Context, conversationID int64) (int, error) {
	ids, err := store.ExpiredSends(ctx, r.pool, conversationID, sweepLimit)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, id := range ids {
		s, err := store.SettleExpiredSend(ctx, r.pool, id)
		if err != nil {
			if errors.Is(err, store.ErrNotFound) {
				continue // settled meanwhile, or its sender lived after all
			}
			return n, err
		}
		n++
		r.log.Warn("send_interrupted", "message_id", s.ID, "channel", s.Channel, "status", s.Status)
		if s.Status != store.StatusQueued {
			r.count(s.Channel, s.Status)
		}
		if conversationID == 0 {
			r.Send(ctx, s.ConversationID)
		}
	}
	return n, nil
}
