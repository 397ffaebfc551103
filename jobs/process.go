package jobs

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/riverqueue/river"

	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/casework"
	"github.com/hoshyar/hoshyar/flows"
	"github.com/hoshyar/hoshyar/store"
)

// ProcessArgs names a conversation with messages to process.
type ProcessArgs struct {
	ConversationID int64 `json:"conversation_id"`
}

// Kind is River's name for the job.
func (ProcessArgs) Kind() string { return "process_conversation" }

// InsertOpts puts processing on the inbound queue.
func (ProcessArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{Queue: QueueInbound, MaxAttempts: 25}
}

type processWorker struct {
	river.WorkerDefaults[ProcessArgs]
	r *Runner
}

// batch is how many messages one job processes before it yields the worker
// to other conversations.
const batch = 50

func (w *processWorker) Work(ctx context.Context, job *river.Job[ProcessArgs]) error {
	for range batch {
		done, err := w.r.processOne(ctx, job.Args.ConversationID)
		if err != nil {
			return err
		}
		if done {
			return nil
		}
	}
	_, err := w.r.client.Insert(ctx, job.Args, nil)
	return err
}

// processOne runs the flow for the conversation's oldest unprocessed
// message. It reports done when none is left.
func (r *Runner) processOne(ctx context.Context, conversationID int64) (done bool, err error) {
	waited := false
	for {
		var processed *store.Message
		var await *store.Message
		err = pgx.BeginFunc(ctx, r.pool, func(tx pgx.Tx) error {
			conv, err := store.LockConversation(ctx, tx, conversationID)
			if errors.Is(err, store.ErrNotFound) {
				return nil // erased meanwhile
			}
			if err != nil {
				return err
			}
			msg, err := store.NextPendingInbound(ctx, tx, conversationID)
			if errors.Is(err, store.ErrNotFound) {
				return nil
			}
			if err != nil {
				return err
			}
			if !waited {
				pending, err := r.readingPending(ctx, tx, msg)
				if err != nil {
					return err
				}
				if pending {
					await = &msg // wait outside, unlocked: the reading needs the lock
					return nil
				}
			}
			if err := r.step(ctx, tx, conv, msg); err != nil {
				return err
			}
			processed = &msg
			return r.fault(FaultBeforeCommit)
		})
		if err != nil {
			return false, fmt.Errorf("jobs: process conversation %d: %w", conversationID, err)
		}
		if await != nil {
			waited = true
			if err := r.awaitReading(ctx, conversationID, *await); err != nil {
				return false, fmt.Errorf("jobs: process conversation %d: %w", conversationID, err)
			}
			continue
		}
		if processed == nil {
			return true, nil
		}
		if r.opts.Metrics != nil {
			r.opts.Metrics.Processed(r.opts.Now().Sub(processed.CreatedAt))
		}
		return false, r.fault(FaultAfterCommit)
	}
}

// step runs the flow engine on one message and stores what it produced.
func (r *Runner) step(ctx context.Context, tx pgx.Tx, conv store.Conversation, msg store.Message) error {
	switch msg.Kind {
	case bot.ControlStop, bot.ControlStart:
		// SMS opt-out keywords: Twilio confirms them to the person itself;
		// we only stop (or resume) writing to them.
		status := store.ContactOptedOut
		if msg.Kind == bot.ControlStart {
			status = store.ContactActive
		}
		if err := store.SetContactStatus(ctx, tx, conv.ContactID, status); err != nil {
			return err
		}
		return store.MarkProcessed(ctx, tx, msg.ID)
	}
	var state flows.State
	if len(conv.State) > 0 {
		if err := json.Unmarshal(conv.State, &state); err != nil {
			// A state this binary cannot read must not wedge the person:
			// start their conversation afresh.
			r.log.Warn("flow_state_unreadable", "conversation_id", conv.ID, "error", err)
			state = flows.State{}
		}
	}
	in := flows.Input{Text: msg.Body, Group: msg.Kind == "group", SMS: msg.Channel == bot.SMS,
		MessageID: msg.ID, Reference: store.NewReference()}
	if msg.Choice != nil {
		in.Choice = *msg.Choice
	}
	switch msg.Kind {
	case "text", "choice", "group", "edit":
	default:
		in.Media = msg.Kind
		text, err := store.MessageMediaText(ctx, tx, msg.ID)
		if err != nil {
			return err
		}
		in.MediaText = text
	}
	if err := r.know(ctx, tx, conv, state, &in); err != nil {
		return err
	}
	now := r.opts.Now()
	res := r.opts.Engine.Step(state, in, now)
	if err := r.fault(FaultAfterFlow); err != nil {
		return err
	}
	if err := r.apply(ctx, tx, conv, res.Effects); err != nil {
		return err
	}
	for _, reply := range res.Replies {
		var buttons json.RawMessage
		if len(reply.Buttons) > 0 {
			b, err := json.Marshal(reply.Buttons)
			if err != nil {
				return err
			}
			buttons = b
		}
		id, err := store.InsertOutbound(ctx, tx, store.NewOutbound{
			ConversationID: conv.ID, Channel: msg.Channel, InReplyTo: msg.ID, Body: reply.Text, Buttons: buttons,
		})
		if err != nil {
			return err
		}
		if err := r.EnqueueSendTx(ctx, tx, id); err != nil {
			return err
		}
	}
	if err := store.MarkProcessed(ctx, tx, msg.ID); err != nil {
		return err
	}
	stateJSON, err := json.Marshal(res.State)
	if err != nil {
		return err
	}
	expires := now.Add(r.opts.ConversationTTL)
	return store.SaveConversationState(ctx, tx, conv.ID, stateJSON, res.State.Locale, &expires)
}

// know gives the step what it cannot look up itself: the person's reports
// and, where they may be asking to verify something, what the registry and
// earlier reports say about it.
func (r *Runner) know(ctx context.Context, tx pgx.Tx, conv store.Conversation, state flows.State, in *flows.Input) error {
	cw := r.opts.Casework
	if cw == nil {
		return nil
	}
	reports, err := cw.Reports(ctx, tx, conv.ContactID)
	if err != nil {
		return err
	}
	in.Reports = reports
	switch state.Node {
	case flows.NodeNew, flows.NodeMenu, flows.NodeVerify, flows.NodeReportOffer:
		if strings.TrimSpace(in.Text) != "" {
			if in.Lookup, err = cw.Lookup(ctx, tx, in.Text); err != nil {
				return err
			}
		}
	}
	return nil
}

// apply carries out what the step asked for beside its replies.
func (r *Runner) apply(ctx context.Context, tx pgx.Tx, conv store.Conversation, effects []flows.Effect) error {
	for _, e := range effects {
		var err error
		switch e.Kind {
		case flows.EffectSetLocale:
			err = store.SetContactLocale(ctx, tx, conv.ContactID, e.Locale)
		case flows.EffectCreateReport, flows.EffectUpdateReport, flows.EffectRelay:
			err = r.casework(ctx, tx, conv, e)
		case flows.EffectErase:
			// After the confirmation has gone out: it needs the address.
			_, err = r.client.InsertTx(ctx, tx, EraseArgs{ContactID: conv.ContactID},
				&river.InsertOpts{ScheduledAt: r.opts.Now().Add(r.opts.EraseDelay)})
		}
		if err != nil {
			return fmt.Errorf("apply %s: %w", e.Kind, err)
		}
	}
	return nil
}

func (r *Runner) casework(ctx context.Context, tx pgx.Tx, conv store.Conversation, e flows.Effect) error {
	cw := r.opts.Casework
	if cw == nil {
		return errors.New("no casework configured")
	}
	c := casework.Conversation{ID: conv.ID, ContactID: conv.ContactID, Channel: conv.Channel, Locale: conv.Locale}
	if conv.Source != nil {
		c.Source = *conv.Source
	}
	switch e.Kind {
	case flows.EffectCreateReport:
		return cw.Create(ctx, tx, c, e.Report)
	case flows.EffectUpdateReport:
		return cw.Update(ctx, tx, e.Report)
	default:
		return cw.Relay(ctx, tx, e.Report)
	}
}

// awaitReading gives the reading of a message's attachment (OCR of an
// image, a PDF, a vCard) a short time to finish before the step runs
// without it: at most ReadWait from the message's arrival, woken by the
// reading's notification (or, with no listener, looking every 100 ms). It
// runs with the conversation unlocked, since the reading needs that lock to
// store its text. A text that comes later still reaches the report:
// casework assesses it again.
func (r *Runner) awaitReading(ctx context.Context, conversationID int64, msg store.Message) error {
	left := r.opts.ReadWait - time.Since(msg.CreatedAt)
	if left <= 0 {
		return nil
	}
	deadline := time.NewTimer(left)
	defer deadline.Stop()
	var wake <-chan struct{}
	recheck := 100 * time.Millisecond
	if r.opts.Listener != nil {
		var stop func()
		wake, stop = r.opts.Listener.Subscribe(conversationID)
		defer stop()
		recheck = 500 * time.Millisecond // notifications are hints
	}
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-deadline.C:
			return nil
		case <-wake:
		case <-time.After(recheck):
		}
		pending, err := r.readingPending(ctx, r.pool, msg)
		if err != nil || !pending {
			return err
		}
	}
}

// readingPending reports whether an attachment of the message is still to
// be read (fetched or not yet) and there is time left to wait for it. A
// message without an attachment to read costs no query.
func (r *Runner) readingPending(ctx context.Context, db store.DBTX, msg store.Message) (bool, error) {
	if r.opts.ReadWait < 0 || !r.mayRead(msg.Kind) || time.Since(msg.CreatedAt) >= r.opts.ReadWait {
		return false, nil
	}
	media, err := store.MediaStates(ctx, db, msg.ID)
	if err != nil {
		return false, err
	}
	for _, m := range media {
		ct := ""
		if m.ContentType != nil {
			ct = *m.ContentType
		}
		if r.reads(m.Kind, ct) && m.ReadAt == nil && !m.Failed {
			return true, nil
		}
	}
	return false, nil
}
