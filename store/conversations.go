package store

import (
	"context"
	"encoding/json"
	"fmt"
	"time"
)

// Conversation is a contact's open exchange with the bot and its flow state.
type Conversation struct {
	ID        int64           `db:"id"`
	ContactID int64           `db:"contact_id"`
	Channel   string          `db:"channel"`
	Locale    string          `db:"locale"`
	State     json.RawMessage `db:"state"`
	LastSeq   int64           `db:"last_seq"`
	ExpiresAt *time.Time      `db:"expires_at"`
	UpdatedAt time.Time       `db:"updated_at"`
	Source    *string         `db:"source"`
}

const conversationColumns = `id, contact_id, channel, locale, state, last_seq, expires_at, updated_at, source`

const nextInboundSeq = `
INSERT INTO conversations (contact_id, channel, last_seq, last_inbound_at)
VALUES ($1, $2, 1, now())
ON CONFLICT (contact_id) WHERE closed_at IS NULL DO UPDATE
   SET last_seq = conversations.last_seq + 1, last_inbound_at = now()
RETURNING id, last_seq`

// NextInboundSeq opens the contact's conversation if needed and reserves the
// next arrival number in it. The row stays locked until the transaction
// ends, so a contact's messages are numbered in commit order.
func NextInboundSeq(ctx context.Context, db DBTX, contactID int64, channel string) (convID, seq int64, err error) {
	if err := db.QueryRow(ctx, nextInboundSeq, contactID, channel).Scan(&convID, &seq); err != nil {
		return 0, 0, fmt.Errorf("store: next inbound seq: %w", err)
	}
	return convID, seq, nil
}

// NewArrival is an inbound message to number and store.
type NewArrival struct {
	ContactID  int64
	Channel    string
	ProviderID string
	Kind       string
	Body       string
	Choice     string
}

// The conversation upsert (nextInboundSeq) and the insert, in one statement.
const insertArrival = `
WITH c AS (
  INSERT INTO conversations (contact_id, channel, last_seq, last_inbound_at)
  VALUES ($1, $2, 1, now())
  ON CONFLICT (contact_id) WHERE closed_at IS NULL DO UPDATE
     SET last_seq = conversations.last_seq + 1, last_inbound_at = now()
  RETURNING id, last_seq
), m AS (
  INSERT INTO messages (conversation_id, direction, channel, provider_id, seq, kind, body, choice, status)
  SELECT c.id, 'in', $2, $3, c.last_seq, $4, $5, NULLIF($6, ''), 'received' FROM c
  ON CONFLICT (channel, provider_id) WHERE provider_id IS NOT NULL AND direction = 'in' DO NOTHING
  RETURNING id
)
SELECT c.id, (SELECT id FROM m) FROM c`

// InsertArrival opens the contact's conversation if needed, numbers the
// message next in it and stores it, in one round trip (NextInboundSeq and
// InsertInbound at once). The conversation row stays locked until the
// transaction ends. inserted is false when the same provider message is
// stored already; the caller then rolls back, so its number is not spent.
func InsertArrival(ctx context.Context, db DBTX, a NewArrival) (convID, id int64, inserted bool, err error) {
	var msg *int64
	if err := db.QueryRow(ctx, insertArrival, a.ContactID, a.Channel, a.ProviderID, a.Kind, sealText(a.Body, ctxMessageBody), a.Choice).Scan(&convID, &msg); err != nil {
		return 0, 0, false, fmt.Errorf("store: insert arrival: %w", err)
	}
	if msg == nil {
		return convID, 0, false, nil
	}
	return convID, *msg, true, nil
}

const lockConversation = `SELECT ` + conversationColumns + ` FROM conversations WHERE id = $1 FOR UPDATE`

// LockConversation loads a conversation and locks it for the rest of the
// transaction: whoever holds it is the only one working on that contact.
func LockConversation(ctx context.Context, db DBTX, id int64) (Conversation, error) {
	return collectOne[Conversation](ctx, db, "lock conversation", lockConversation, id)
}

const openConversationOf = `
SELECT v.id FROM contacts c JOIN conversations v ON v.contact_id = c.id AND v.closed_at IS NULL
 WHERE c.channel = $1 AND c.address_hash = $2`

// OpenConversationOf finds the open conversation of the contact with the
// keyed address hash, or ErrNotFound.
func OpenConversationOf(ctx context.Context, db DBTX, channel string, hash []byte) (int64, error) {
	var id int64
	if err := db.QueryRow(ctx, openConversationOf, channel, hash).Scan(&id); err != nil {
		return 0, fmt.Errorf("store: open conversation of: %w", notFound(err))
	}
	return id, nil
}

// LockedConversation is a conversation locked for a step, with whether a
// reply of it still waits to be sent.
type LockedConversation struct {
	Conversation
	PendingOut bool `db:"pending_out"`
}

const lockConversationForStep = `
SELECT ` + conversationColumns + `,
       EXISTS (SELECT 1 FROM messages m
                WHERE m.conversation_id = conversations.id AND m.direction = 'out'
                  AND m.status IN ('queued', 'sending')) AS pending_out
  FROM conversations WHERE id = $1 FOR UPDATE`

const getConversation = `SELECT ` + conversationColumns + ` FROM conversations WHERE id = $1`

// GetConversation loads a conversation without locking it.
func GetConversation(ctx context.Context, db DBTX, id int64) (Conversation, error) {
	return collectOne[Conversation](ctx, db, "get conversation", getConversation, id)
}

const saveConversationState = `
UPDATE conversations
   SET state = $2, locale = $3, expires_at = $4, updated_at = now()
 WHERE id = $1`

// SaveConversationState stores the flow state after a step.
func SaveConversationState(ctx context.Context, db DBTX, id int64, state json.RawMessage, locale string, expiresAt *time.Time) error {
	if _, err := db.Exec(ctx, saveConversationState, id, sealJSON(state, ctxState), locale, expiresAt); err != nil {
		return fmt.Errorf("store: save conversation state: %w", err)
	}
	return nil
}

// A job that is waiting to run will do the work; a running one may belong
// to a process that died, and a duplicate job is harmless (workers lock the
// conversation and find nothing left to do).
const staleConversations = `
SELECT DISTINCT m.conversation_id FROM messages m
 WHERE m.direction = 'in' AND m.status = 'received' AND m.created_at < $1
   AND NOT EXISTS (
       SELECT 1 FROM river_job j
        WHERE j.kind = 'process_conversation'
          AND j.args @> jsonb_build_object('conversation_id', m.conversation_id)
          AND j.state IN ('available', 'scheduled', 'retryable', 'pending'))
 LIMIT $2`

// StaleConversations lists conversations with inbound messages received
// before olderThan, still unprocessed, and with no job waiting to process
// them: work a crashed process may have left behind.
func StaleConversations(ctx context.Context, db DBTX, olderThan time.Time, limit int) ([]int64, error) {
	rows, err := db.Query(ctx, staleConversations, olderThan, limit)
	if err != nil {
		return nil, fmt.Errorf("store: stale conversations: %w", err)
	}
	return collectIDs(rows, "stale conversations")
}

const setConversationSource = `UPDATE conversations SET source = $2 WHERE id = $1 AND source IS NULL`

// SetConversationSource keeps the first source a conversation names.
func SetConversationSource(ctx context.Context, db DBTX, id int64, source string) error {
	if _, err := db.Exec(ctx, setConversationSource, id, source); err != nil {
		return fmt.Errorf("store: set conversation source: %w", err)
	}
	return nil
}
