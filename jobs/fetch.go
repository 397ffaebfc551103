package jobs

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/riverqueue/river"

	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/store"
)

// FetchArgs names an attachment received by reference, to download.
type FetchArgs struct {
	MediaID int64 `json:"media_id"`
}

// Kind is River's name for the job.
func (FetchArgs) Kind() string { return "fetch_media" }

// InsertOpts puts downloads on their own queue so a slow provider CDN never
// delays conversations.
func (FetchArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{Queue: QueueMedia, MaxAttempts: 8}
}

type fetchWorker struct {
	river.WorkerDefaults[FetchArgs]
	r *Runner
}

// Media failure codes recorded with the media row.
const (
	CodeNoFetcher = "channel_cannot_fetch"
	CodeGaveUp    = "download_failed"
)

func (w *fetchWorker) Work(ctx context.Context, job *river.Job[FetchArgs]) error {
	r := w.r
	f, err := store.MediaToFetch(ctx, r.pool, job.Args.MediaID)
	if errors.Is(err, store.ErrNotFound) {
		return nil // erased
	}
	if err != nil {
		return err
	}
	if f.Fetched || f.ProviderRef == nil {
		return nil
	}
	fetcher, ok := r.opts.Senders.Sender(f.Channel).(bot.MediaFetcher)
	if !ok {
		return store.SaveMediaError(ctx, r.pool, f.ID, CodeNoFetcher)
	}
	data, contentType, err := fetcher.FetchMedia(ctx, f.Channel, *f.ProviderRef)
	if err == nil && len(data) > bot.MaxMediaBytes {
		err = &bot.PermanentError{Code: bot.CodeTooLarge, Err: errors.New("fetcher ignored the size cap")}
	}
	if perm, ok := bot.AsPermanent(err); ok {
		r.log.Warn("media_fetch_failed", "media_id", f.ID, "channel", f.Channel, "code", perm.Code)
		return store.SaveMediaError(ctx, r.pool, f.ID, perm.Code)
	}
	if err != nil {
		if job.Attempt >= job.MaxAttempts {
			return store.SaveMediaError(ctx, r.pool, f.ID, CodeGaveUp)
		}
		if ra, ok := bot.AsRetryAfter(err); ok {
			return river.JobSnooze(ra.After)
		}
		return fmt.Errorf("jobs: fetch media %d: %w", f.ID, err)
	}
	sum := sha256.Sum256(data)
	return pgx.BeginFunc(ctx, r.pool, func(tx pgx.Tx) error {
		if err := store.SaveMediaData(ctx, tx, f.ID, data, contentType, sum[:], bot.OggDuration(data)); err != nil {
			return err
		}
		if contentType == "" && f.ContentType != nil {
			contentType = *f.ContentType
		}
		return r.EnqueueReadTx(ctx, tx, f.ID, f.Kind, contentType)
	})
}

// EnqueueFetchTx schedules downloading an attachment when tx commits
// (implements bot.Enqueuer).
func (r *Runner) EnqueueFetchTx(ctx context.Context, tx pgx.Tx, mediaID int64) error {
	if _, err := r.client.InsertTx(ctx, tx, FetchArgs{MediaID: mediaID}, nil); err != nil {
		return fmt.Errorf("jobs: enqueue fetch: %w", err)
	}
	return nil
}
