package jobs

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

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
	var processed *store.Message
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
		if err := r.step(ctx, tx, conv, msg); err != nil {
			return err
		}
		processed = &msg
		return r.fault(FaultBeforeCommit)
	})
	if err != nil {
		return false, fmt.Errorf("jobs: process conversation %d: %w", conversationID, err)
	}
	if processed == nil {
		return true, nil
	}
	if r.opts.Metrics != nil {
		r.opts.Metrics.Processed(r.opts.Now().Sub(processed.CreatedAt))
	}
	return false, r.fault(FaultAfterCommit)
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
	var out store.NewOutbound // what the replies are
	if store.IsAgencyInput(msg.Kind) {
		agency, referral, err := r.agencyInput(ctx, tx, msg)
		if err != nil {
			return err
		}
		in = flows.Input{MessageID: msg.ID, Agency: &agency}
		out.Kind, out.ReferralID = store.KindAgencyOut, referral
	} else {
		if msg.Choice != nil {
			in.Choice = *msg.Choice
		}
		switch msg.Kind {
		case "text", "choice", "group", "edit":
		default:
			in.Media = msg.Kind
		}
		if err := r.know(ctx, tx, conv, state, &in); err != nil {
			return err
		}
	}
	now := r.opts.Now()
	res := r.opts.Engine.Step(state, in, now)
	if err := r.fault(FaultAfterFlow); err != nil {
		return err
	}
	// The report speaks the language the person writes in as of this step,
	// not the conversation's until now (a first message in Urdu that makes a
	// report at once).
	if res.State.Locale != "" {
		conv.Locale = res.State.Locale
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
			Kind: out.Kind, ReferralID: out.ReferralID,
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
