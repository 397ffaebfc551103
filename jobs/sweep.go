package jobs

import (
	"context"
	"time"

	"github.com/hoshyar/hoshyar/store"
)

const sweepLimit = 500

// sweepLoop revives work left behind by a process that died: at start, then
// every SweepInterval. Every replica runs it; duplicates are harmless.
func (r *Runner) sweepLoop(ctx context.Context) {
	t := time.NewTicker(r.opts.SweepInterval)
	defer t.Stop()
	var purged time.Time
	for {
		if err := r.Sweep(ctx); err != nil && ctx.Err() == nil {
			r.log.Warn("sweep_failed", "error", err)
		}
		if r.opts.TranscriptRetention > 0 && r.opts.Now().Sub(purged) > purgeEvery {
			purged = r.opts.Now()
			if err := r.Purge(ctx); err != nil && ctx.Err() == nil {
				r.log.Warn("purge_failed", "error", err)
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// Sweep takes on work a dead process left: claims on replies whose lease
// ran out are settled, and messages left unprocessed and replies left
// queued for longer than SweepAge, with no job waiting for them, are
// handed to this process's workers (duplicates are harmless: workers lock
// the conversation, and claim each reply).
func (r *Runner) Sweep(ctx context.Context) error {
	if _, err := r.settleExpired(ctx, 0); err != nil {
		return err
	}
	before := r.opts.Now().Add(-r.opts.SweepAge)
	convs, err := store.StaleConversations(ctx, r.pool, before, sweepLimit)
	if err != nil {
		return err
	}
	outs, err := store.StaleQueuedOutbound(ctx, r.pool, before, sweepLimit)
	if err != nil {
		return err
	}
	if len(convs)+len(outs) == 0 {
		return nil
	}
	r.log.Info("sweep_revived", "conversations", len(convs), "conversations_to_send", len(outs))
	for _, id := range convs {
		r.Process(ctx, id)
	}
	for _, id := range outs {
		r.Send(ctx, id)
	}
	return nil
}

// purgeEvery is how often old transcripts are looked for.
const purgeEvery = time.Hour

// Purge blanks transcripts older than the retention, in batches.
func (r *Runner) Purge(ctx context.Context) error {
	before := r.opts.Now().Add(-r.opts.TranscriptRetention)
	for ctx.Err() == nil {
		n, err := store.PurgeTranscripts(ctx, r.pool, before, 1000)
		if err != nil {
			return err
		}
		if n > 0 {
			r.log.Info("transcripts_purged", "messages", n)
		}
		if n < 1000 {
			return nil
		}
	}
	return ctx.Err()
}
