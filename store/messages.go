package store

import (
	"context"
	"encoding/json"
	"fmt"
	"time"
)

// Message is one message in or out of a conversation.
type Message struct {
	ID             int64           `db:"id"`
	ConversationID int64           `db:"conversation_id"`
	Direction      string          `db:"direction"`
	Channel        string          `db:"channel"`
	ProviderID     *string         `db:"provider_id"`
	Seq            *int64          `db:"seq"`
	Kind           string          `db:"kind"`
	Body           string          `db:"body"`
	Choice         *string         `db:"choice"`
	Buttons        json.RawMessage `db:"buttons"`
	InReplyTo      *int64          `db:"in_reply_to"`
	Status         string          `db:"status"`
	ErrorCode      *string         `db:"error_code"`
	Attempts       int             `db:"attempts"`
	CreatedAt      time.Time       `db:"created_at"`
	SendingAt      *time.Time      `db:"sending_at"`
	LeaseUntil     *time.Time      `db:"lease_until"`
}

// Directions and statuses of messages.
const (
	In  = "in"
	Out = "out"

	StatusReceived  = "received"
	StatusProcessed = "processed"

	StatusQueued      = "queued"
	StatusSending     = "sending"
	StatusSent        = "sent"
	StatusDelivered   = "delivered"
	StatusRead        = "read"
	StatusFailed      = "failed"
	StatusUndelivered = "undelivered"
	StatusUnknown     = "unknown" // the process died while the provider had it
)

// Final reports whether an outbound status is past sending.
func Final(status string) bool {
	switch status {
	case StatusQueued, StatusSending:
		return false
	}
	return true
}

const messageColumns = `id, conversation_id, direction, channel, provider_id, seq, kind, body, choice,
       buttons, in_reply_to, status, error_code, attempts, created_at, sending_at, lease_until`

// NewInbound is an inbound message to store.
type NewInbound struct {
	ConversationID int64
	Channel        string
	ProviderID     string
	Seq            int64
	Kind           string
	Body           string
	Choice         string
}

const insertInbound = `
INSERT INTO messages (conversation_id, direction, channel, provider_id, seq, kind, body, choice, status)
VALUES ($1, 'in', $2, $3, $4, $5, $6, NULLIF($7, ''), 'received')
ON CONFLICT (channel, provider_id) WHERE provider_id IS NOT NULL AND direction = 'in' DO NOTHING
RETURNING id`

// InsertInbound stores an inbound message. It returns inserted=false when
// the same provider message is already stored (a redelivery).
func InsertInbound(ctx context.Context, db DBTX, m NewInbound) (id int64, inserted bool, err error) {
	err = db.QueryRow(ctx, insertInbound, m.ConversationID, m.Channel, m.ProviderID, m.Seq, m.Kind, sealText(m.Body, ctxMessageBody), m.Choice).Scan(&id)
	if err = notFound(err); err == ErrNotFound {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("store: insert inbound: %w", err)
	}
	return id, true, nil
}

const findByProviderID = `SELECT ` + messageColumns + ` FROM messages WHERE channel = $1 AND provider_id = $2 AND direction = 'in'`

// FindByProviderID loads an inbound message by its provider's id.
func FindByProviderID(ctx context.Context, db DBTX, channel, providerID string) (Message, error) {
	return collectOne[Message](ctx, db, "find by provider id", findByProviderID, channel, providerID)
}

// PendingInbound is the next message of a conversation to process.
type PendingInbound struct {
	Message
	More bool `db:"more"` // another waits after it
}

const nextPendingInbound = `
SELECT ` + messageColumns + `,
       EXISTS (SELECT 1 FROM messages n
                WHERE n.conversation_id = $1 AND n.direction = 'in' AND n.status = 'received'
                  AND n.seq > messages.seq) AS more
  FROM messages
 WHERE conversation_id = $1 AND direction = 'in' AND status = 'received'
 ORDER BY seq LIMIT 1`

const markProcessed = `
UPDATE messages SET status = 'processed', processed_at = now(), updated_at = now()
 WHERE id = $1 AND status = 'received'`

// MarkProcessed records that an inbound message went through the flow.
func MarkProcessed(ctx context.Context, db DBTX, id int64) error {
	tag, err := db.Exec(ctx, markProcessed, id)
	if err != nil {
		return fmt.Errorf("store: mark processed: %w", err)
	}
	if tag.RowsAffected() != 1 {
		return fmt.Errorf("store: mark processed %d: not pending", id)
	}
	return nil
}

// NewOutbound is a reply to queue for sending.
type NewOutbound struct {
	ConversationID int64
	Channel        string
	InReplyTo      int64
	Body           string
	Buttons        json.RawMessage // nil for none
	// Kind is "text" when empty; KindAgencyOut for what carries an agency's
	// input out, with the referral it speaks for.
	Kind       string
	ReferralID int64
	// Sent stores the reply as delivered: on a channel whose delivery is
	// this very row (the web chat), in the transaction that makes it.
	Sent bool
}

const insertOutbound = `
INSERT INTO messages (conversation_id, direction, channel, kind, body, buttons, in_reply_to, referral_id, status, sent_at)
VALUES ($1, 'out', $2, COALESCE(NULLIF($6, ''), 'text'), $3, $4, NULLIF($5, 0), NULLIF($7, 0),
        CASE WHEN $8 THEN 'sent' ELSE 'queued' END, CASE WHEN $8 THEN now() END)
RETURNING id`

// InsertOutbound queues a reply (or stores it sent, see NewOutbound.Sent).
func InsertOutbound(ctx context.Context, db DBTX, m NewOutbound) (int64, error) {
	var id int64
	if err := db.QueryRow(ctx, insertOutbound, m.ConversationID, m.Channel, sealText(m.Body, ctxMessageBody), m.Buttons, m.InReplyTo, m.Kind, m.ReferralID, m.Sent).Scan(&id); err != nil {
		return 0, fmt.Errorf("store: insert outbound: %w", err)
	}
	return id, nil
}

const getMessage = `SELECT ` + messageColumns + ` FROM messages WHERE id = $1`

// GetMessage loads a message by id.
func GetMessage(ctx context.Context, db DBTX, id int64) (Message, error) {
	return collectOne[Message](ctx, db, "get message", getMessage, id)
}

const lockMessage = `SELECT ` + messageColumns + ` FROM messages WHERE id = $1 FOR UPDATE`

// LockMessage loads a message and locks its row for the transaction.
func LockMessage(ctx context.Context, db DBTX, id int64) (Message, error) {
	return collectOne[Message](ctx, db, "lock message", lockMessage, id)
}

const staleQueuedOutbound = `
SELECT DISTINCT m.conversation_id FROM messages m
 WHERE m.direction = 'out' AND m.status = 'queued' AND m.updated_at < $1
   AND NOT EXISTS (
       SELECT 1 FROM river_job j
        WHERE j.kind = 'send_message'
          AND j.args @> jsonb_build_object('message_id', m.id)
          AND j.state IN ('available', 'scheduled', 'retryable', 'pending'))
 LIMIT $2`

// StaleQueuedOutbound lists the conversations of replies queued before
// olderThan with no send job waiting: the process that was to send them
// may have died.
func StaleQueuedOutbound(ctx context.Context, db DBTX, olderThan time.Time, limit int) ([]int64, error) {
	rows, err := db.Query(ctx, staleQueuedOutbound, olderThan, limit)
	if err != nil {
		return nil, fmt.Errorf("store: stale queued outbound: %w", err)
	}
	return collectIDs(rows, "stale queued outbound")
}

// FeedMessage is a message as the conversation's owner sees it.
type FeedMessage struct {
	ID        int64           `db:"id"`
	Direction string          `db:"direction"`
	Kind      string          `db:"kind"`
	Body      string          `db:"body"`
	Choice    *string         `db:"choice"`
	Buttons   json.RawMessage `db:"buttons"`
	CreatedAt time.Time       `db:"created_at"`
}

// The feed never returns a message past the first reply still being sent,
// so a reader who remembers the last id it saw can never skip one. An
// agency's input is not the person's: they see the reply that carries it.
const feedColumns = `id, direction, kind, body, choice, buttons, created_at`

const conversationFeed = `
SELECT ` + feedColumns + ` FROM messages
 WHERE conversation_id = $1 AND id > $2
   AND ((direction = 'in' AND kind NOT IN ` + agencyInputKinds + `) OR (direction = 'out' AND status NOT IN ('queued', 'sending', 'failed', 'unknown')))
   AND id < COALESCE((SELECT min(id) FROM messages
                       WHERE conversation_id = $1 AND direction = 'out' AND status IN ('queued', 'sending')), 9223372036854775807)
 ORDER BY id LIMIT $3`

// ConversationFeed returns the visible messages after id, oldest first.
func ConversationFeed(ctx context.Context, db DBTX, conversationID, after int64, limit int) ([]FeedMessage, error) {
	return collectAll[FeedMessage](ctx, db, "conversation feed", conversationFeed, conversationID, after, limit)
}

const feedOf = `
WITH v AS (
  SELECT v.id FROM contacts c JOIN conversations v ON v.contact_id = c.id AND v.closed_at IS NULL
   WHERE c.channel = $1 AND c.address_hash = $2
)
SELECT v.id, f.id, f.direction, f.kind, f.body, f.choice, f.buttons, f.created_at
  FROM v LEFT JOIN LATERAL (
       SELECT id, direction, kind, body, choice, buttons, created_at FROM messages
        WHERE conversation_id = v.id AND id > $3
          AND ((direction = 'in' AND kind NOT IN ` + agencyInputKinds + `) OR (direction = 'out' AND status NOT IN ('queued', 'sending', 'failed', 'unknown')))
          AND id < COALESCE((SELECT min(id) FROM messages
                              WHERE conversation_id = v.id AND direction = 'out' AND status IN ('queued', 'sending')), 9223372036854775807)
        ORDER BY id LIMIT $4) f ON true
 ORDER BY f.id`

// FeedOf is ConversationFeed for the open conversation of the contact with
// the keyed address hash, found in the same round trip (the web chat's
// long poll). It returns ErrNotFound when the contact has none.
func FeedOf(ctx context.Context, db DBTX, channel string, hash []byte, after int64, limit int) (int64, []FeedMessage, error) {
	rows, err := db.Query(ctx, feedOf, channel, hash, after, limit)
	if err != nil {
		return 0, nil, fmt.Errorf("store: feed of: %w", err)
	}
	defer rows.Close()
	var conv int64
	var msgs []FeedMessage
	found := false
	for rows.Next() {
		var id *int64
		var m FeedMessage
		var direction, kind, body *string
		var created *time.Time
		if err := rows.Scan(&conv, &id, &direction, &kind, &body, &m.Choice, &m.Buttons, &created); err != nil {
			return 0, nil, fmt.Errorf("store: feed of: %w", err)
		}
		found = true
		if id == nil {
			continue // the conversation, with nothing new
		}
		m.ID, m.Direction, m.Kind, m.Body, m.CreatedAt = *id, *direction, *kind, *body, *created
		if err := m.openSealed(); err != nil {
			return 0, nil, fmt.Errorf("store: feed of: %w", err)
		}
		msgs = append(msgs, m)
	}
	if err := rows.Err(); err != nil {
		return 0, nil, fmt.Errorf("store: feed of: %w", err)
	}
	if !found {
		return 0, nil, fmt.Errorf("store: feed of: %w", ErrNotFound)
	}
	return conv, msgs, nil
}

func nilIfEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// Target is an outbound message with what is needed to deliver it.
type Target struct {
	Message
	ContactID     int64  `db:"contact_id"`
	AddressSealed []byte `db:"address_sealed"`
	ContactStatus string `db:"contact_status"`
	Locale        string `db:"locale"`
	Parts         int    `db:"parts"` // 0 until the reply is split (see InsertParts)
	// LeaseExpired: the reply is "sending" and its claim has run out.
	LeaseExpired bool `db:"lease_expired"`
}

const selectTarget = `
SELECT m.id, m.conversation_id, m.direction, m.channel, m.provider_id, m.seq, m.kind, m.body, m.choice,
       m.buttons, m.in_reply_to, m.status, m.error_code, m.attempts, m.created_at, m.sending_at, m.lease_until,
       c.id AS contact_id, c.address_sealed, c.status AS contact_status, v.locale,
       (SELECT count(*) FROM message_parts p WHERE p.message_id = m.id) AS parts,
       COALESCE(m.status = 'sending' AND m.lease_until < now(), false) AS lease_expired
  FROM messages m
  JOIN conversations v ON v.id = m.conversation_id
  JOIN contacts c ON c.id = v.contact_id`

const outboundTarget = selectTarget + `
 WHERE m.id = $1 AND m.direction = 'out'`

// OutboundTarget loads a reply with its contact's sealed address.
func OutboundTarget(ctx context.Context, db DBTX, id int64) (Target, error) {
	return collectOne[Target](ctx, db, "outbound target", outboundTarget, id)
}

const buttonLabel = `
SELECT b->>'label' FROM messages m, jsonb_array_elements(m.buttons) b
 WHERE m.conversation_id = $1 AND m.direction = 'out' AND m.buttons IS NOT NULL AND b->>'value' = $2
 ORDER BY m.id DESC LIMIT 1`

// ButtonLabel returns the label of the button with value most recently
// offered in the conversation, to show a pressed button as what it said.
func ButtonLabel(ctx context.Context, db DBTX, conversationID int64, value string) (string, error) {
	var label string
	if err := db.QueryRow(ctx, buttonLabel, conversationID, value).Scan(&label); err != nil {
		return "", fmt.Errorf("store: button label: %w", notFound(err))
	}
	return label, nil
}

const nextOutbound = selectTarget + `
 WHERE m.conversation_id = $1 AND m.direction = 'out' AND m.status IN ('queued', 'sending')
 ORDER BY m.id LIMIT 1`

// NextOutbound returns the conversation's oldest reply not yet settled, with
// what is needed to deliver it: the next to send when it is queued, or the
// one being sent (replies go in order), or ErrNotFound.
func NextOutbound(ctx context.Context, db DBTX, conversationID int64) (Target, error) {
	return collectOne[Target](ctx, db, "next outbound", nextOutbound, conversationID)
}

// statusRank orders outbound statuses; a provider's callbacks may arrive out
// of order, and a status only ever moves forward.
const statusRank = `CASE %s WHEN 'queued' THEN 0 WHEN 'sending' THEN 1 WHEN 'unknown' THEN 1 WHEN 'sent' THEN 2
  WHEN 'delivered' THEN 3 WHEN 'read' THEN 4 WHEN 'undelivered' THEN 5 WHEN 'failed' THEN 5 END`

var updateDeliveryStatus = `
UPDATE messages
   SET status = $3, error_code = COALESCE(NULLIF($4, ''), error_code), updated_at = now()
 WHERE channel = $1 AND provider_id = $2 AND direction = 'out'
   AND ` + fmt.Sprintf(statusRank, "status") + ` < ` + fmt.Sprintf(statusRank, "$3::text") + `
RETURNING conversation_id`

// UpdateDeliveryStatus applies a provider's status report to a reply it
// took. It reports whether anything changed (an unknown id or a status that
// would move backwards changes nothing).
func UpdateDeliveryStatus(ctx context.Context, db DBTX, channel, providerID, status, code string) (bool, error) {
	if !Reportable(status) {
		return false, nil // queued, accepted, sending: nothing we do not know
	}
	var conv int64
	err := db.QueryRow(ctx, updateDeliveryStatus, channel, providerID, status, code).Scan(&conv)
	if notFound(err) == ErrNotFound {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("store: update delivery status: %w", err)
	}
	return true, nil
}

const queueTemplateFor = `
INSERT INTO messages (conversation_id, direction, channel, kind, body, in_reply_to, status)
SELECT m.conversation_id, 'out', m.channel, 'template', m.body, m.in_reply_to, 'queued'
  FROM messages m
 WHERE m.channel = $1 AND m.provider_id = $2 AND m.direction = 'out' AND m.kind <> 'template'
RETURNING id`

// QueueTemplateFor queues the channel's template in place of a reply the
// provider refused after accepting it (WhatsApp 63016). A template is never
// replaced by another. It reports whether one was queued.
func QueueTemplateFor(ctx context.Context, db DBTX, channel, providerID string) (int64, bool, error) {
	var id int64
	err := db.QueryRow(ctx, queueTemplateFor, channel, providerID).Scan(&id)
	if notFound(err) == ErrNotFound {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("store: queue template: %w", err)
	}
	return id, true, nil
}
