package jobs

import (
	"context"
	"time"

	"github.com/riverqueue/river"

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

// Sweep enqueues processing and sending for work older than SweepAge that
// has no job waiting to run.
func (r *Runner) Sweep(ctx context.Context) error {
	before := r.opts.Now().Add(-r.opts.SweepAge)
	convs, err := store.StaleConversations(ctx, r.pool, before, sweepLimit)
	if err != nil {
		return err
	}
	outs, err := store.StaleQueuedOutbound(ctx, r.pool, before, sweepLimit)
	if err != nil {
		return err
	}
	var params []river.InsertManyParams
	for _, id := range convs {
		params = append(params, river.InsertManyParams{Args: ProcessArgs{ConversationID: id}})
	}
	for _, id := range outs {
		params = append(params, river.InsertManyParams{Args: SendArgs{MessageID: id}})
	}
	if len(params) == 0 {
		return nil
	}
	r.log.Info("sweep_revived", "conversations", len(convs), "replies", len(outs))
	_, err = r.client.InsertMany(ctx, params)
	return err
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
