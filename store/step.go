package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// A conversation step reads what it works on in one round trip and stores
// what it produced in another: the hot path's cost is mostly round trips.

// Input is what a conversation step works on.
type Input struct {
	Conversation LockedConversation
	Pending      *PendingInbound // nil when no message waits
}

// StepInput locks the conversation and reads its next message to process,
// in one round trip. ErrNotFound means the conversation is gone.
func StepInput(ctx context.Context, tx DBTX, conversationID int64) (in Input, err error) {
	b := &pgx.Batch{}
	b.Queue(lockConversationForStep, conversationID)
	b.Queue(nextPendingInbound, conversationID)
	br := tx.SendBatch(ctx, b)
	defer func() {
		if cerr := br.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("store: step input: %w", cerr)
		}
	}()
	rows, err := br.Query()
	if err != nil {
		return in, fmt.Errorf("store: step input: %w", err)
	}
	if in.Conversation, err = pgx.CollectExactlyOneRow(rows, rowTo[LockedConversation]); err != nil {
		return in, fmt.Errorf("store: step input: %w", notFound(err))
	}
	if rows, err = br.Query(); err != nil {
		return in, fmt.Errorf("store: step input: %w", err)
	}
	msg, err := pgx.CollectExactlyOneRow(rows, rowTo[PendingInbound])
	switch {
	case errors.Is(err, pgx.ErrNoRows):
	case err != nil:
		return in, fmt.Errorf("store: step input: %w", err)
	default:
		in.Pending = &msg
	}
	return in, nil
}

// StepOutcome is what processing a message leaves behind.
type StepOutcome struct {
	ConversationID int64
	MessageID      int64 // the message processed
	// Processed says the message was stored processed already (BeginArriveKnown
	// in this transaction): it is not marked again.
	Processed bool
	Replies   []NewOutbound
	Notify    bool // wake the conversation's readers (a reply stored sent)
	// Commit ends the transaction, a BegunTx, with the outcome, in the same
	// round trip (the web chat's answer): nothing may follow it.
	Commit    bool
	State     json.RawMessage
	Locale    string
	ExpiresAt *time.Time
}

// stepState is how a step's outcome updates its conversation ($1-$5): the
// flow state and, when the arrival of the message processed ($5) left
// them to the step (BeginArriveKnown with Answer numbers the conversation
// without writing it, so that its row is written once a message), the
// message's number and time. Any other message's number is written
// already, and changes nothing. In a SET every expression reads the row as
// it was.
const stepState = `
UPDATE conversations
   SET state = $2, locale = $3, expires_at = $4, updated_at = now(),
       last_seq = GREATEST(last_seq, (SELECT seq FROM messages WHERE id = $5)),
       last_inbound_at = CASE WHEN (SELECT seq FROM messages WHERE id = $5) > last_seq
                              THEN now() ELSE last_inbound_at END
 WHERE id = $1`

// insertOutboundSavingState is insertOutbound that also stores the
// conversation's new state ($9-$13, as stepState's $1-$5).
const insertOutboundSavingState = `
WITH state AS (
  UPDATE conversations
     SET state = $10, locale = $11, expires_at = $12, updated_at = now(),
         last_seq = GREATEST(last_seq, (SELECT seq FROM messages WHERE id = $13)),
         last_inbound_at = CASE WHEN (SELECT seq FROM messages WHERE id = $13) > last_seq
                                THEN now() ELSE last_inbound_at END
   WHERE id = $9
)` + insertOutbound

// SaveStep stores a step's outcome in one round trip: the replies, the
// message marked processed, the conversation's new state. It returns the
// replies' ids, in order.
func SaveStep(ctx context.Context, tx DBTX, o StepOutcome) (ids []int64, err error) {
	// The message is marked first: its row is then this transaction's, and
	// the replies' foreign key to it (in_reply_to) costs no row lock more.
	b := &pgx.Batch{}
	if !o.Processed {
		b.Queue(markProcessed, o.MessageID)
	}
	state := sealJSON(o.State, ctxState)
	for i, m := range o.Replies {
		args := []any{m.ConversationID, m.Channel, sealText(m.Body, ctxMessageBody), m.Buttons, m.InReplyTo, m.Kind, m.ReferralID, m.Sent}
		if i < len(o.Replies)-1 {
			b.Queue(insertOutbound, args...)
			continue
		}
		// The new state travels with the last reply: a statement fewer.
		b.Queue(insertOutboundSavingState, append(args, o.ConversationID, state, o.Locale, o.ExpiresAt, o.MessageID)...)
	}
	if o.Notify {
		b.Queue(notifyConversation, ConversationChannel, fmt.Sprint(o.ConversationID))
	}
	if len(o.Replies) == 0 {
		b.Queue(stepState, o.ConversationID, state, o.Locale, o.ExpiresAt, o.MessageID)
	}
	var begun *begunTx
	if o.Commit {
		var ok bool
		if begun, ok = tx.(*begunTx); !ok || begun.state != txOpen || begun.savepoint > 0 {
			return nil, errors.New("store: save step: commit asked of a transaction that is not an open BegunTx")
		}
		b.Queue("commit")
		begun.state = committing // whatever comes back, the transaction is over
	}
	br := tx.SendBatch(ctx, b)
	defer func() {
		if cerr := br.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("store: save step: %w", cerr)
		}
	}()
	if !o.Processed {
		tag, err := br.Exec()
		if err != nil {
			return nil, fmt.Errorf("store: save step: mark processed: %w", err)
		}
		if tag.RowsAffected() != 1 {
			return nil, fmt.Errorf("store: save step: message %d is not pending", o.MessageID)
		}
	}
	for range o.Replies {
		var id int64
		if err := br.QueryRow().Scan(&id); err != nil {
			return nil, fmt.Errorf("store: save step: insert reply: %w", err)
		}
		ids = append(ids, id)
	}
	if o.Notify {
		if _, err := br.Exec(); err != nil {
			return nil, fmt.Errorf("store: save step: notify: %w", err)
		}
	}
	if len(o.Replies) == 0 {
		if _, err := br.Exec(); err != nil {
			return nil, fmt.Errorf("store: save step: save state: %w", err)
		}
	}
	if begun != nil {
		tag, err := br.Exec()
		if err == nil && tag.String() == "ROLLBACK" {
			err = pgx.ErrTxCommitRollback
		}
		if err != nil {
			return nil, fmt.Errorf("store: save step: commit: %w", err)
		}
		begun.state = committed
	}
	return ids, nil
}
