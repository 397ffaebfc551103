package store

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// The web chat's answer in the transaction that stores its message
// (bot.IngestAnswer): one round trip stores a known visitor's message and
// reads everything its step needs; the step's own round trip (SaveStep)
// and the commit follow. Each statement of the batch takes its snapshot
// after the one before it: the conversation is locked by the first, so the
// second sees every message committed before the lock.

// KnownArrival is a message from a contact found by the keyed hash of its
// address; a contact not yet known is stored by the general path
// (EnsureNamedContact, InsertArrival).
type KnownArrival struct {
	Channel    string
	Hash       []byte
	ProviderID string
	Kind       string
	Body       string
	Choice     string
}

// Arrived is what ArriveKnown stored and read.
type Arrived struct {
	// Input is the conversation (locked), the message stored (Pending) and
	// the person's latest reports, as StepInput reads them.
	Input
	ContactStatus string
	// Free says the conversation had nothing waiting, neither a message to
	// process nor a reply to send: the message is stored processed, and the
	// caller must step it in this transaction (or roll back). Otherwise it
	// is stored received, for the workers, in order.
	Free bool
}

const contactByHash = `(SELECT id FROM contacts WHERE channel = $1 AND address_hash = $2)`

// Numbers the message in the contact's open conversation (opened if need
// be) and locks that conversation until the transaction ends.
const upsertKnownConversation = `
INSERT INTO conversations (contact_id, channel, last_seq, last_inbound_at)
SELECT id, $1, 1, now() FROM contacts WHERE channel = $1 AND address_hash = $2
ON CONFLICT (contact_id) WHERE closed_at IS NULL DO UPDATE
   SET last_seq = conversations.last_seq + 1, last_inbound_at = now()`

const insertKnownArrival = `
INSERT INTO messages (conversation_id, direction, channel, provider_id, seq, kind, body, choice, status, processed_at)
SELECT v.id, 'in', $1, $3, v.last_seq, $4, $5, NULLIF($6, ''),
       CASE WHEN f.free THEN 'processed' ELSE 'received' END, CASE WHEN f.free THEN now() END
  FROM conversations v,
       LATERAL (SELECT NOT EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = v.id
                                      AND m.direction = 'in' AND m.status = 'received')
                   AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = v.id
                                      AND m.direction = 'out' AND m.status IN ('queued', 'sending')) AS free) f
 WHERE v.contact_id = ` + contactByHash + ` AND v.closed_at IS NULL
ON CONFLICT (channel, provider_id) WHERE provider_id IS NOT NULL AND direction = 'in' DO NOTHING
RETURNING ` + messageColumns

const reactivateKnownContact = `
WITH back AS (
  UPDATE contacts SET status = 'active', updated_at = now()
   WHERE channel = $1 AND address_hash = $2 AND status = 'unreachable'
  RETURNING status
)
SELECT COALESCE((SELECT status FROM back), (SELECT status FROM contacts WHERE channel = $1 AND address_hash = $2))`

const knownConversation = `
SELECT ` + conversationColumns + `,
       EXISTS (SELECT 1 FROM messages m
                WHERE m.conversation_id = conversations.id AND m.direction = 'out'
                  AND m.status IN ('queued', 'sending')) AS pending_out
  FROM conversations WHERE contact_id = ` + contactByHash + ` AND closed_at IS NULL`

const reportsOfKnownContact = `
SELECT r.id, r.reference, r.created_at,
       CASE WHEN bool_and(f.status = 'closed') THEN 'closed'
            WHEN bool_or(f.status <> 'new') THEN 'in_progress'
            ELSE 'new' END AS status
  FROM reports r LEFT JOIN referrals f ON f.report_id = r.id
 WHERE r.contact_id = ` + contactByHash + `
 GROUP BY r.id ORDER BY r.created_at DESC LIMIT $3`

// ArriveKnown stores a message of a known contact and reads what its step
// needs, in one round trip (see Arrived). ErrNotFound means nothing was
// stored: the contact is not known, or the message is stored already (a
// redelivery); the caller rolls back and takes the general path.
func ArriveKnown(ctx context.Context, tx DBTX, a KnownArrival) (got Arrived, err error) {
	b := &pgx.Batch{}
	b.Queue(upsertKnownConversation, a.Channel, a.Hash)
	b.Queue(insertKnownArrival, a.Channel, a.Hash, a.ProviderID, a.Kind, a.Body, a.Choice)
	b.Queue(reactivateKnownContact, a.Channel, a.Hash)
	b.Queue(knownConversation, a.Channel, a.Hash)
	b.Queue(reportsOfKnownContact, a.Channel, a.Hash, RecentReports)
	br := tx.SendBatch(ctx, b)
	defer func() {
		if cerr := br.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("store: arrive known: %w", cerr)
		}
	}()
	if _, err := br.Exec(); err != nil {
		return got, fmt.Errorf("store: arrive known: conversation: %w", err)
	}
	rows, err := br.Query()
	if err != nil {
		return got, fmt.Errorf("store: arrive known: message: %w", err)
	}
	msg, err := pgx.CollectExactlyOneRow(rows, pgx.RowToStructByName[Message])
	if err != nil {
		return got, fmt.Errorf("store: arrive known: message: %w", notFound(err))
	}
	got.Pending = &PendingInbound{Message: msg}
	got.Free = msg.Status == StatusProcessed
	var status *string
	if err := br.QueryRow().Scan(&status); err != nil {
		return got, fmt.Errorf("store: arrive known: contact: %w", err)
	}
	if status == nil {
		return got, fmt.Errorf("store: arrive known: contact: %w", ErrNotFound)
	}
	got.ContactStatus = *status
	if rows, err = br.Query(); err != nil {
		return got, fmt.Errorf("store: arrive known: conversation: %w", err)
	}
	if got.Conversation, err = pgx.CollectExactlyOneRow(rows, pgx.RowToStructByName[LockedConversation]); err != nil {
		return got, fmt.Errorf("store: arrive known: conversation: %w", notFound(err))
	}
	if rows, err = br.Query(); err != nil {
		return got, fmt.Errorf("store: arrive known: reports: %w", err)
	}
	if got.Reports, err = pgx.CollectRows(rows, pgx.RowToStructByName[ReportState]); err != nil {
		return got, fmt.Errorf("store: arrive known: reports: %w", err)
	}
	return got, nil
}
