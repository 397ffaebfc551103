package store

import (
	"context"
	"encoding/json"
	"fmt"
	"time"
)

// A reply goes queued → sending → sent (or failed, or unknown). "sending"
// is a claim held by a lease: the claiming process renews lease_until while
// the provider call runs, and a claim whose lease ran out belongs to a
// process that died (SettleExpiredSend). A reply the provider takes as
// several messages has parts (message_parts), each claimed and recorded on
// its own; the reply stays "sending" from its first part to its last.

// CodeInterrupted is recorded with what a process may have handed to the
// provider when it died.
const CodeInterrupted = "interrupted"

const earlierPendingOutbound = `
SELECT EXISTS (
  SELECT 1 FROM messages
   WHERE conversation_id = $1 AND direction = 'out' AND status IN ('queued', 'sending') AND id < $2)`

// EarlierPendingOutbound reports whether a reply queued before id in the same
// conversation is still unsent; replies go out in order.
func EarlierPendingOutbound(ctx context.Context, db DBTX, conversationID, id int64) (bool, error) {
	var exists bool
	if err := db.QueryRow(ctx, earlierPendingOutbound, conversationID, id).Scan(&exists); err != nil {
		return false, fmt.Errorf("store: earlier pending outbound: %w", err)
	}
	return exists, nil
}

const claimSend = `
UPDATE messages
   SET status = 'sending', sending_at = now(), lease_until = now() + $2::interval,
       attempts = attempts + 1, updated_at = now()
 WHERE id = $1 AND status = 'queued'`

// ClaimSend moves a queued reply to sending, held for lease, and commits
// that before the provider is called. It returns false when the reply is
// not queued: another worker has it, or it is settled.
func ClaimSend(ctx context.Context, db DBTX, id int64, lease time.Duration) (bool, error) {
	tag, err := db.Exec(ctx, claimSend, id, lease)
	if err != nil {
		return false, fmt.Errorf("store: claim send: %w", err)
	}
	return tag.RowsAffected() == 1, nil
}

const renewLease = `
UPDATE messages SET lease_until = now() + $2::interval WHERE id = $1 AND status = 'sending'`

// RenewLease extends the claim on a reply being sent. It returns false when
// the claim is gone (its lease ran out and another process settled it).
func RenewLease(ctx context.Context, db DBTX, id int64, lease time.Duration) (bool, error) {
	tag, err := db.Exec(ctx, renewLease, id, lease)
	if err != nil {
		return false, fmt.Errorf("store: renew lease: %w", err)
	}
	return tag.RowsAffected() == 1, nil
}

const requeueSend = `
WITH parts AS (
  UPDATE message_parts SET status = 'queued' WHERE message_id = $1 AND status = 'sending'
)
UPDATE messages SET status = 'queued', error_code = $2, lease_until = NULL, updated_at = now()
 WHERE id = $1 AND status = 'sending'`

// RequeueSend returns a reply the provider refused for now (5xx, 429), or
// that was not handed to it, to the queue, so a retry may claim it again
// and resume at the part that did not go.
func RequeueSend(ctx context.Context, db DBTX, id int64, code string) error {
	if _, err := db.Exec(ctx, requeueSend, id, nilIfEmpty(code)); err != nil {
		return fmt.Errorf("store: requeue send: %w", err)
	}
	return nil
}

// A reply settled as unknown because its claim expired may still be
// reported sent by the process that held it, if that process lived after
// all: knowing better, the status moves forward.
const markSent = `
UPDATE messages
   SET status = 'sent', provider_id = COALESCE(NULLIF($2, ''), provider_id), error_code = NULL,
       lease_until = NULL, sent_at = now(), updated_at = now()
 WHERE id = $1 AND (status IN ('queued', 'sending') OR (status = 'unknown' AND error_code = 'interrupted'))`

// MarkSent records that the provider accepted a reply (of one part). Any
// error code of an earlier attempt (a 429) is cleared.
func MarkSent(ctx context.Context, db DBTX, id int64, providerID string) error {
	if _, err := db.Exec(ctx, markSent, id, providerID); err != nil {
		return fmt.Errorf("store: mark sent: %w", err)
	}
	return nil
}

const markSendFailed = `
WITH parts AS (
  UPDATE message_parts SET status = $2, error_code = $3, body = '', buttons = NULL
   WHERE message_id = $1 AND status IN ('queued', 'sending')
)
UPDATE messages SET status = $2, error_code = $3, lease_until = NULL, updated_at = now()
 WHERE id = $1 AND status IN ('queued', 'sending')`

// MarkSendFailed records a reply that will not be sent (failed: the
// provider refused it for good, or it cannot be addressed); parts not yet
// sent fail with it.
func MarkSendFailed(ctx context.Context, db DBTX, id int64, status, code string) error {
	if _, err := db.Exec(ctx, markSendFailed, id, status, nilIfEmpty(code)); err != nil {
		return fmt.Errorf("store: mark send failed: %w", err)
	}
	return nil
}

// Part is one provider message of a reply.
type Part struct {
	Part    int             `db:"part"` // from 1
	Body    string          `db:"body"`
	Buttons json.RawMessage `db:"buttons"`
	Status  string          `db:"status"`
}

// NewPart is a part to record before the first is sent.
type NewPart struct {
	Body    string
	Buttons json.RawMessage // nil for none
}

const insertParts = `
INSERT INTO message_parts (message_id, part, body, buttons)
SELECT $1, p.ord, p.body, NULLIF(p.buttons, '')::jsonb
  FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS p(body, buttons, ord)
ON CONFLICT (message_id, part) DO NOTHING`

// InsertParts records how a reply is split, once: a reply split earlier
// keeps its parts.
func InsertParts(ctx context.Context, db DBTX, id int64, parts []NewPart) error {
	bodies := make([]string, len(parts))
	buttons := make([]string, len(parts))
	for i, p := range parts {
		bodies[i], buttons[i] = sealText(p.Body, ctxPartBody), string(p.Buttons)
	}
	if _, err := db.Exec(ctx, insertParts, id, bodies, buttons); err != nil {
		return fmt.Errorf("store: insert parts: %w", err)
	}
	return nil
}

const queuedParts = `
SELECT part, body, buttons, status FROM message_parts WHERE message_id = $1 AND status = 'queued' ORDER BY part`

// QueuedParts lists the parts of a reply still to send, in order.
func QueuedParts(ctx context.Context, db DBTX, id int64) ([]Part, error) {
	return collectAll[Part](ctx, db, "queued parts", queuedParts, id)
}

const claimPart = `
WITH m AS (
  UPDATE messages SET lease_until = now() + $3::interval, updated_at = now()
   WHERE id = $1 AND status = 'sending'
  RETURNING id
)
UPDATE message_parts p SET status = 'sending'
  FROM m WHERE p.message_id = m.id AND p.part = $2 AND p.status = 'queued'`

// ClaimPart marks the part about to go to the provider, renewing the claim
// on its reply (which the caller holds). It returns false when that claim
// is gone.
func ClaimPart(ctx context.Context, db DBTX, id int64, part int, lease time.Duration) (bool, error) {
	tag, err := db.Exec(ctx, claimPart, id, part, lease)
	if err != nil {
		return false, fmt.Errorf("store: claim part: %w", err)
	}
	return tag.RowsAffected() == 1, nil
}

const partSent = `
UPDATE message_parts SET status = 'sent', provider_id = NULLIF($3, ''), error_code = NULL, sent_at = now()
 WHERE message_id = $1 AND part = $2 AND (status = 'sending' OR (status = 'unknown' AND error_code = 'interrupted'))`

// PartSent records that the provider accepted a part.
func PartSent(ctx context.Context, db DBTX, id int64, part int, providerID string) error {
	if _, err := db.Exec(ctx, partSent, id, part, providerID); err != nil {
		return fmt.Errorf("store: part sent: %w", err)
	}
	return nil
}

// partsOutcome sums up a reply's parts for the statements that settle it:
// whether some are still to send, whether some went astray, and the last
// provider id (delivery reports come for it).
const partsOutcome = `
SELECT count(*) FILTER (WHERE q.status IN ('queued', 'sending')) AS pending,
       COALESCE(bool_or(q.status = 'unknown'), false) AS unknown,
       (array_agg(q.provider_id ORDER BY q.part DESC) FILTER (WHERE q.provider_id IS NOT NULL))[1] AS provider_id
  FROM message_parts q WHERE q.message_id = $1`

const finishParts = `
WITH o AS (` + partsOutcome + `
), blank AS (
  UPDATE message_parts SET body = '', buttons = NULL WHERE message_id = $1 AND (SELECT pending FROM o) = 0
)
UPDATE messages m
   SET status = CASE WHEN o.unknown THEN 'unknown' ELSE 'sent' END,
       error_code = CASE WHEN o.unknown THEN 'part_unknown' END,
       provider_id = COALESCE(o.provider_id, m.provider_id), lease_until = NULL, sent_at = now(), updated_at = now()
  FROM o
 WHERE m.id = $1 AND m.status = 'sending' AND o.pending = 0`

// FinishParts settles a reply whose every part has been handed over: sent,
// or unknown when the outcome of a part is (error part_unknown). Its texts
// are blanked: they were needed only to send.
func FinishParts(ctx context.Context, db DBTX, id int64) error {
	if _, err := db.Exec(ctx, finishParts, id); err != nil {
		return fmt.Errorf("store: finish parts: %w", err)
	}
	return nil
}

const expiredSends = `
SELECT id FROM messages
 WHERE direction = 'out' AND status = 'sending' AND lease_until < now()
   AND ($1::bigint = 0 OR conversation_id = $1)
 ORDER BY id LIMIT $2`

// ExpiredSends lists replies whose claim has run out: the process sending
// them died. conversationID 0 looks in every conversation.
func ExpiredSends(ctx context.Context, db DBTX, conversationID int64, limit int) ([]int64, error) {
	rows, err := db.Query(ctx, expiredSends, conversationID, limit)
	if err != nil {
		return nil, fmt.Errorf("store: expired sends: %w", err)
	}
	return collectIDs(rows, "expired sends")
}

// Settled is a reply whose expired claim was settled.
type Settled struct {
	ID             int64  `db:"id"`
	ConversationID int64  `db:"conversation_id"`
	Channel        string `db:"channel"`
	Status         string `db:"status"` // queued: parts remain to send
}

// The part that was in flight is unknown; a reply with parts still to send
// goes back to the queue, else it is settled from its parts (a reply of one
// part that was in flight is unknown).
const settleExpiredSend = `
WITH m AS (
  SELECT id FROM messages WHERE id = $1 AND status = 'sending' AND lease_until < now() FOR UPDATE SKIP LOCKED
), lost AS (
  UPDATE message_parts p SET status = 'unknown', error_code = 'interrupted'
    FROM m WHERE p.message_id = m.id AND p.status = 'sending'
  RETURNING p.part
), o AS (
  SELECT count(*) FILTER (WHERE q.status = 'queued') AS queued, count(*) AS total,
         COALESCE(bool_or(q.status IN ('unknown', 'sending')), false) AS unknown,
         (array_agg(q.provider_id ORDER BY q.part DESC) FILTER (WHERE q.provider_id IS NOT NULL))[1] AS provider_id
    FROM message_parts q WHERE q.message_id = $1
)
UPDATE messages x
   SET status = CASE WHEN o.queued > 0 THEN 'queued' WHEN o.total > 0 AND NOT o.unknown THEN 'sent' ELSE 'unknown' END,
       error_code = CASE WHEN o.queued > 0 THEN x.error_code WHEN o.total > 0 AND NOT o.unknown THEN NULL
                         WHEN o.total > 0 THEN 'part_unknown' ELSE 'interrupted' END,
       provider_id = COALESCE(o.provider_id, x.provider_id), lease_until = NULL, updated_at = now()
  FROM m, o
 WHERE x.id = m.id
RETURNING x.id, x.conversation_id, x.channel, x.status`

// SettleExpiredSend settles a reply whose claim has run out, and reports
// ErrNotFound when it is not (any more) such a reply.
func SettleExpiredSend(ctx context.Context, db DBTX, id int64) (Settled, error) {
	return collectOne[Settled](ctx, db, "settle expired send", settleExpiredSend, id)
}
