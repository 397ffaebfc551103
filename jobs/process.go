package jobs

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
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

// batch is how many messages one turn processes before it yields the worker
// to other conversations.
const batch = 50

func (w *processWorker) Work(ctx context.Context, job *river.Job[ProcessArgs]) error {
	more, err := w.r.processConversation(ctx, job.Args.ConversationID)
	if err != nil {
		return err
	}
	if more {
		w.r.Process(ctx, job.Args.ConversationID)
	}
	return nil
}

// processLocal is a turn of this process's workers on a handed-over
// conversation. A failure is retried by a job, with River's backoff.
func (r *Runner) processLocal(ctx context.Context, conversationID int64) {
	ctx, cancel := context.WithTimeout(ctx, r.opts.JobTimeout)
	defer cancel()
	more, err := r.processConversation(ctx, conversationID)
	switch {
	case err != nil:
		if ctx.Err() == nil {
			r.log.Warn("process_failed", "conversation_id", conversationID, "error", err)
		}
		r.later(ctx, ProcessArgs{ConversationID: conversationID}, time.Second)
	case more:
		r.Process(ctx, conversationID)
	}
}

// processConversation processes up to a batch of the conversation's
// messages, in order, and hands the replies it queued to the senders. It
// reports more when messages remain.
func (r *Runner) processConversation(ctx context.Context, conversationID int64) (more bool, err error) {
	queued := false
	defer func() {
		if queued {
			r.Send(ctx, conversationID)
		}
	}()
	for range batch {
		done, q, err := r.processOne(ctx, conversationID)
		queued = queued || q
		if err != nil || done {
			return false, err
		}
	}
	return true, nil
}

// processOne runs the flow for the conversation's oldest unprocessed
// message. It reports done when none is left, and queued when it queued a
// reply for the senders. A message whose attachment is still being read
// waits for the reading (at most ReadWait from its arrival), unlocked, so
// that the step sees the text read.
func (r *Runner) processOne(ctx context.Context, conversationID int64) (done, queued bool, err error) {
	waited := false
	for {
		var processed *store.PendingInbound
		var stepped *store.Input
		var await *store.Message
		err = pgx.BeginFunc(ctx, r.pool, func(tx pgx.Tx) error {
			input, err := store.StepInput(ctx, tx, conversationID)
			if errors.Is(err, store.ErrNotFound) || (err == nil && input.Pending == nil) {
				return nil // erased meanwhile, or nothing to do
			}
			if err != nil {
				return err
			}
			if !waited {
				pending, err := r.readingPending(ctx, tx, input.Pending.Message)
				if err != nil {
					return err
				}
				if pending {
					m := input.Pending.Message
					await = &m // wait outside, unlocked: the reading needs the lock
					return nil
				}
			}
			if queued, err = r.step(ctx, tx, input, false); err != nil {
				return err
			}
			processed, stepped = input.Pending, &input
			return r.fault(FaultBeforeCommit)
		})
		if err != nil {
			return false, false, fmt.Errorf("jobs: process conversation %d: %w", conversationID, err)
		}
		if await != nil {
			waited = true
			if err := r.awaitReading(ctx, conversationID, *await); err != nil {
				return false, false, fmt.Errorf("jobs: process conversation %d: %w", conversationID, err)
			}
			continue
		}
		if processed == nil {
			return true, false, nil
		}
		r.notifyInline(*stepped)
		if r.opts.Metrics != nil {
			r.opts.Metrics.Processed(r.opts.Now().Sub(processed.CreatedAt))
		}
		// A message stored after this one was read is handed over again by
		// its channel; no need to look for it here.
		return !processed.More, queued, r.fault(FaultAfterCommit)
	}
}

// step runs the flow engine on one message and stores what it produced. It
// reports whether it queued a reply for the senders. commit ends tx with
// what it stores, in the same round trip (AnswerTx): replies delivered
// inline are then handed to their sender after the commit, which for a
// channel whose delivery is a database change is when they are delivered.
func (r *Runner) step(ctx context.Context, tx pgx.Tx, input store.Input, commit bool) (queued bool, err error) {
	conv, msg := input.Conversation, input.Pending.Message
	switch msg.Kind {
	case bot.ControlStop, bot.ControlStart:
		// SMS opt-out keywords: Twilio confirms them to the person itself;
		// we only stop (or resume) writing to them.
		status := store.ContactOptedOut
		if msg.Kind == bot.ControlStart {
			status = store.ContactActive
		}
		if err := store.SetContactStatus(ctx, tx, conv.ContactID, status); err != nil {
			return false, err
		}
		return false, store.MarkProcessed(ctx, tx, msg.ID)
	case bot.ControlYes:
		// Twilio opts a person in on "YES": for one who had opted out that
		// is all it is; for everyone else it answers the bot's question.
		if resumed, err := store.ResumeOptedOut(ctx, tx, conv.ContactID); err != nil || resumed {
			if err != nil {
				return false, err
			}
			return false, store.MarkProcessed(ctx, tx, msg.ID)
		}
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
	var out store.NewOutbound // what the replies are
	if store.IsAgencyInput(msg.Kind) {
		// An agency's input: no words of the person's, no media to read.
		agency, referral, err := r.agencyInput(ctx, tx, msg)
		if err != nil {
			return false, err
		}
		in = flows.Input{MessageID: msg.ID, Agency: &agency}
		out.Kind, out.ReferralID = store.KindAgencyOut, referral
	} else {
		if msg.Choice != nil {
			in.Choice = *msg.Choice
		}
		switch msg.Kind {
		case "text", "choice", "group", "edit", bot.ControlYes:
		default:
			in.Media = msg.Kind
			text, err := store.MessageMediaText(ctx, tx, msg.ID)
			if err != nil {
				return false, err
			}
			in.MediaText = text
		}
		if err := r.know(ctx, tx, input, state, &in); err != nil {
			return false, err
		}
	}
	now := r.opts.Now()
	res, err := r.stepKnowing(ctx, tx, conv.ContactID, state, in, now)
	if err != nil {
		return false, err
	}
	if err := r.fault(FaultAfterFlow); err != nil {
		return false, err
	}
	// The report speaks the language the person writes in as of this step,
	// not the conversation's until now (a first message in Urdu that makes a
	// report at once).
	c := conv.Conversation
	if res.State.Locale != "" {
		c.Locale = res.State.Locale
	}
	if err := r.apply(ctx, tx, c, res.Effects); err != nil {
		return false, err
	}
	// On a channel whose delivery is a database change, a reply is
	// delivered here, in this transaction, unless an earlier one waits.
	deliverNow := r.deliversInline(msg.Channel, conv)
	stateJSON, err := json.Marshal(res.State)
	if err != nil {
		return false, err
	}
	expires := now.Add(r.opts.ConversationTTL)
	outcome := store.StepOutcome{ConversationID: conv.ID, MessageID: msg.ID, Processed: msg.Status == store.StatusProcessed,
		State: stateJSON, Locale: res.State.Locale, ExpiresAt: &expires, Commit: commit,
		// With a notifier the caller tells after the commit (notifyInline).
		Notify: deliverNow && len(res.Replies) > 0 && r.opts.Notifier == nil}
	for _, reply := range res.Replies {
		var buttons json.RawMessage
		if len(reply.Buttons) > 0 {
			b, err := json.Marshal(reply.Buttons)
			if err != nil {
				return false, err
			}
			buttons = b
		}
		outcome.Replies = append(outcome.Replies, store.NewOutbound{ConversationID: conv.ID, Channel: msg.Channel,
			InReplyTo: msg.ID, Body: reply.Text, Buttons: buttons, Sent: deliverNow, Kind: out.Kind, ReferralID: out.ReferralID})
	}
	ids, err := store.SaveStep(ctx, tx, outcome)
	if err != nil {
		return false, err
	}
	if !deliverNow {
		return len(ids) > 0, nil
	}
	for i, id := range ids {
		if err := r.deliverInline(ctx, r.opts.Senders.Sender(msg.Channel), conv, msg, id, res.Replies[i]); err != nil {
			return false, err
		}
	}
	return false, nil
}

// deliversInline says whether a step delivers the conversation's replies
// itself, in its transaction: on a channel whose delivery is a database
// change, unless an earlier reply waits to be sent.
func (r *Runner) deliversInline(channel string, conv store.LockedConversation) bool {
	inline, _ := r.opts.Senders.Sender(channel).(bot.Repeatable)
	return inline != nil && inline.Repeatable() && !conv.PendingOut
}

// notifyInline tells the conversation's readers, after the commit of a
// step that delivered its replies itself, when a notifier does the telling
// (otherwise the step's transaction did).
func (r *Runner) notifyInline(input store.Input) {
	if r.opts.Notifier != nil && r.deliversInline(input.Pending.Channel, input.Conversation) {
		r.opts.Notifier.Notify(input.Conversation.ID)
	}
}

// deliverInline hands a reply stored as sent to its database-change
// channel, inside the transaction that stores it: should anything fail,
// neither happened.
func (r *Runner) deliverInline(ctx context.Context, sender bot.Sender, conv store.LockedConversation, msg store.Message, id int64, reply flows.Reply) error {
	if err := r.fault(FaultBeforeProvider); err != nil {
		return err
	}
	out := bot.Outbound{MessageID: id, ConversationID: conv.ID, Channel: msg.Channel, Locale: conv.Locale, Text: reply.Text}
	for _, b := range reply.Buttons {
		out.Buttons = append(out.Buttons, bot.Button{Label: b.Label, Value: b.Value})
	}
	if _, err := sender.Send(ctx, out); err != nil {
		return err
	}
	if err := r.fault(FaultAfterProvider); err != nil {
		return err
	}
	r.count(msg.Channel, store.StatusSent)
	return nil
}

// know gives the step what it cannot look up itself: the person's reports
// and, where they may be asking to verify something, what the registry and
// earlier reports say about it.
func (r *Runner) know(ctx context.Context, tx pgx.Tx, input store.Input, state flows.State, in *flows.Input) error {
	cw := r.opts.Casework
	if cw == nil {
		return nil
	}
	// The person's reports are read only for a step that shows them
	// (stepKnowing).
	in.ReportsLater = true
	var err error
	switch state.Node {
	case flows.NodeNew, flows.NodeMenu, flows.NodeVerify, flows.NodeReportOffer:
		text := in.Text
		if state.Node == flows.NodeVerify && state.Draft != nil {
			// A check looks up everything the person sent for it: the
			// licence in their question and the number in their answer.
			text = strings.Join(append(slices.Clone(state.Draft.Texts), in.Text), "\n")
		}
		if strings.TrimSpace(text) != "" {
			if in.Lookup, err = cw.Lookup(ctx, tx, text); err != nil {
				return err
			}
		}
	}
	return nil
}

// stepKnowing takes the step and, when it asks for the person's reports
// (a status question, a reference typed), reads them and takes it again:
// the engine is pure, so the second step is the first one knowing them.
func (r *Runner) stepKnowing(ctx context.Context, tx pgx.Tx, contactID int64, state flows.State, in flows.Input, now time.Time) (flows.Result, error) {
	res := r.opts.Engine.Step(state, in, now)
	if !res.NeedReports {
		return res, nil
	}
	reports, err := r.opts.Casework.Reports(ctx, tx, contactID)
	if err != nil {
		return flows.Result{}, err
	}
	in.Reports, in.ReportsLater = reports, false
	return r.opts.Engine.Step(state, in, now), nil
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

// casework carries out a report effect and queues the pushes it caused.
func (r *Runner) casework(ctx context.Context, tx pgx.Tx, conv store.Conversation, e flows.Effect) error {
	cw := r.opts.Casework
	if cw == nil {
		return errors.New("no casework configured")
	}
	c := casework.Conversation{ID: conv.ID, ContactID: conv.ContactID, Channel: conv.Channel, Locale: conv.Locale}
	if conv.Source != nil {
		c.Source = *conv.Source
	}
	var pushes []casework.Push
	var err error
	switch e.Kind {
	case flows.EffectCreateReport:
		pushes, err = cw.Create(ctx, tx, c, e.Report)
	case flows.EffectUpdateReport:
		pushes, err = cw.Update(ctx, tx, e.Report)
	default:
		pushes, err = cw.Relay(ctx, tx, e.Report)
	}
	if err != nil {
		return err
	}
	return r.pushAll(ctx, tx, pushes)
}

// pushAll queues the pushes casework caused, in its transaction.
func (r *Runner) pushAll(ctx context.Context, tx pgx.Tx, pushes []casework.Push) error {
	for _, p := range pushes {
		if err := r.PushTx(ctx, tx, p.Agency, p.ReferralID, p.Event); err != nil {
			return err
		}
	}
	return nil
}

// agencyInput reads an agency's stored input (agency.Service wrote it) as
// the engine takes it, with the referral its reply speaks for.
func (r *Runner) agencyInput(ctx context.Context, tx pgx.Tx, msg store.Message) (flows.AgencyInput, int64, error) {
	meta, referral, err := store.InputOf(ctx, tx, msg.ID)
	if err != nil {
		return flows.AgencyInput{}, 0, err
	}
	a := flows.AgencyInput{Agency: meta.Agency, Reference: meta.Reference, Discreet: meta.Discreet}
	switch msg.Kind {
	case store.KindAgencyVerdict:
		a.Kind, a.Verdict, a.Note = flows.AgencyInputVerdict, meta.Verdict, msg.Body
	case store.KindAgencyNotice:
		a.Kind, a.Thing = flows.AgencyInputNotice, meta.Thing
	default:
		a.Kind, a.Text = flows.AgencyInputMessage, msg.Body
	}
	var id int64
	if referral != nil {
		id = *referral
	}
	return a, id, nil
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
