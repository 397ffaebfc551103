package jobs

import (
	"context"
	"time"

	"github.com/hoshyar/hoshyar/bot"
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
	if n, err := bot.ApplyPendingStatuses(ctx, r.pool, r.opts.Now(), r); err != nil {
		return err
	} else if n > 0 {
		r.log.Info("pending_statuses_applied", "count", n)
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

// Purge forgets, in batches, what people typed, sent and were sent once
// it is older than the retention: message texts, their parts and
// attachments (bytes, the text read from them, locations), the flow state
// (drafts) of conversations idle that long, and the copies of officers'
// messages in referral histories. What a report keeps as evidence follows
// the report (PRIVACY.md).
func (r *Runner) Purge(ctx context.Context) error {
	before := r.opts.Now().Add(-r.opts.TranscriptRetention)
	for _, p := range []struct {
		what  string
		purge func(context.Context, store.DBTX, time.Time, int) (int64, error)
	}{
		{"messages", store.PurgeTranscripts},
		{"parts", store.PurgeParts},
		{"states", store.PurgeStates},
		{"event_texts", store.PurgeEventTexts},
	} {
		for {
			if err := ctx.Err(); err != nil {
				return err
			}
			n, err := p.purge(ctx, r.pool, before, purgeBatch)
			if err != nil {
				return err
			}
			if n > 0 {
				r.log.Info("transcripts_purged", "what", p.what, "rows", n)
			}
			if n < purgeBatch {
				break
			}
		}
	}
	return nil
}

// purgeBatch is how many rows one purge statement changes at most.
const purgeBatch = 1000
