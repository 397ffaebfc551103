package jobs

import (
	"context"
	"errors"
	"fmt"
	"mime"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/riverqueue/river"

	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/ocr"
	"github.com/hoshyar/hoshyar/store"
)

// Reader reads the text of an image or a PDF; *ocr.Reader is the one
// Hoshyar uses.
type Reader interface {
	Read(ctx context.Context, data []byte) (ocr.Result, error)
	PDFs() bool
}

// ReadArgs names an attachment whose text is to be read.
type ReadArgs struct {
	MediaID int64 `json:"media_id"`
}

// Kind is River's name for the job.
func (ReadArgs) Kind() string { return "read_media" }

// InsertOpts puts readings on their own queue, with few workers (ReadWorkers),
// so that OCR, which keeps a core busy for a second or more an image, never
// holds up conversations.
func (ReadArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{Queue: QueueRead, MaxAttempts: 3}
}

type readWorker struct {
	river.WorkerDefaults[ReadArgs]
	r *Runner
}

// Timeout leaves a reading (its own deadline is the OCR timeout) more than
// the default job timeout.
func (w *readWorker) Timeout(*river.Job[ReadArgs]) time.Duration { return w.r.opts.ReadTimeout }

// Read failure codes recorded with the media row.
const (
	CodeReadTooLarge   = "too_large"
	CodeReadUnreadable = "unreadable"
	CodeReadOff        = "ocr_unavailable"
	CodeReadTimeout    = "timeout"
)

// reads reports whether an attachment of this kind has text to read and
// this process can read it: images (OCR on), PDFs (pdftotext installed) and
// vCards (always). Stickers never: they are acknowledged, not evidence.
func (r *Runner) reads(kind, contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(contentType))
	}
	switch kind {
	case bot.KindImage:
		return r.opts.Reader != nil
	case bot.KindDocument:
		return r.opts.Reader != nil && r.opts.Reader.PDFs() && (mt == "application/pdf" || mt == "application/x-pdf")
	case bot.KindContact:
		return true
	}
	return false
}

// mayRead reports whether a message of this kind (its first attachment's)
// may carry something to read. An agency's input (agency_*) carries none:
// its step must never wait for a reading.
func (r *Runner) mayRead(kind string) bool {
	if store.IsAgencyInput(kind) {
		return false
	}
	switch kind {
	case bot.KindImage, bot.KindDocument, bot.KindContact:
		return true
	}
	return false
}

// EnqueueReadTx schedules reading an attachment's text when tx commits, if
// it has any this process can read (implements bot.Enqueuer).
func (r *Runner) EnqueueReadTx(ctx context.Context, tx pgx.Tx, mediaID int64, kind, contentType string) error {
	if !r.reads(kind, contentType) {
		return nil
	}
	if _, err := r.client.InsertTx(ctx, tx, ReadArgs{MediaID: mediaID}, nil); err != nil {
		return fmt.Errorf("jobs: enqueue read: %w", err)
	}
	return nil
}

func (w *readWorker) Work(ctx context.Context, job *river.Job[ReadArgs]) error {
	r := w.r
	m, err := store.LoadMediaToRead(ctx, r.pool, job.Args.MediaID)
	if errors.Is(err, store.ErrNotFound) {
		return nil // erased
	}
	if err != nil {
		return err
	}
	if m.ReadAt != nil || m.Data == nil {
		return nil
	}
	start := time.Now()
	var text, source string
	switch m.Kind {
	case bot.KindContact:
		text, source = bot.VCardText(m.Data), store.TextContact
	default:
		if r.opts.Reader == nil {
			return r.finishRead(ctx, m, "", "", CodeReadOff, start)
		}
		res, err := r.opts.Reader.Read(ctx, m.Data)
		code := readErrorCode(err)
		if code == CodeReadTimeout && job.Attempt < job.MaxAttempts && ctx.Err() == nil {
			return fmt.Errorf("jobs: read media %d: %w", m.ID, err)
		}
		if code != "" {
			r.log.Warn("media_read_failed", "media_id", m.ID, "code", code, "error", err)
			return r.finishRead(ctx, m, "", "", code, start)
		}
		text, source = res.Text, res.Source
	}
	return r.finishRead(ctx, m, text, source, "", start)
}

// readErrorCode names why a reading failed, "" when it did not.
func readErrorCode(err error) string {
	switch {
	case err == nil:
		return ""
	case errors.Is(err, ocr.ErrTooLarge):
		return CodeReadTooLarge
	case errors.Is(err, ocr.ErrUnreadable):
		return CodeReadUnreadable
	case errors.Is(err, ocr.ErrUnavailable):
		return CodeReadOff
	}
	return CodeReadTimeout // a deadline, or the command was killed (its memory bound)
}

// finishRead stores what was read, in one transaction with the
// conversation locked: the text reaches the conversation's next step, and
// any report the message is already evidence of is assessed again with it
// (the person's reply went on without waiting for the reading).
func (r *Runner) finishRead(ctx context.Context, m store.MediaToRead, text, source, failure string, start time.Time) error {
	err := pgx.BeginFunc(ctx, r.pool, func(tx pgx.Tx) error {
		if _, err := store.LockConversation(ctx, tx, m.ConversationID); err != nil {
			return err
		}
		if failure != "" {
			return store.SaveReadError(ctx, tx, m.ID, failure)
		}
		if err := store.SaveMediaText(ctx, tx, m.ID, text, source); err != nil {
			return err
		}
		if text != "" && r.opts.Casework != nil {
			reports, err := store.ReportsWithEvidence(ctx, tx, m.MessageID)
			if err != nil {
				return err
			}
			for _, id := range reports {
				pushes, err := r.opts.Casework.Reassess(ctx, tx, id)
				if err != nil {
					return err
				}
				if err := r.pushAll(ctx, tx, pushes); err != nil {
					return err
				}
			}
		}
		// Wakes a conversation step waiting for this reading.
		return store.NotifyConversation(ctx, tx, m.ConversationID)
	})
	if errors.Is(err, store.ErrNotFound) {
		return nil // the conversation was erased meanwhile
	}
	if err != nil {
		return fmt.Errorf("jobs: read media %d: %w", m.ID, err)
	}
	if r.opts.Metrics != nil {
		result := source
		if failure != "" {
			result = failure
		}
		r.opts.Metrics.MediaRead(result, time.Since(start))
	}
	return nil
}
