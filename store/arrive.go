package store

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// A message of a known contact is stored in one round trip, BEGIN
// included, that finds the contact by its keyed address hash, numbers the
// message in the contact's open conversation (locking it) and stores it:
// with the COMMIT, two round trips for what a webhook waits on. For the
// web chat's answer (bot.IngestAnswer) the same round trip also reads all
// the conversation's step needs. Each statement of the batch takes its
// snapshot after the one before it: the first locks the conversation, so
// the ones after it see every message committed before the lock.

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
	NameSealed []byte // the provider's profile name, kept when the contact has none
	Source     string // the conversation's source, kept when it has none
	// Answer asks for the message to be stored processed when the
	// conversation has nothing waiting (see Arrived.Free), and for the
	// step's input.
	Answer bool
	// Notify wakes the conversation's web chat readers at the commit.
	Notify bool
}

// Arrived is what BeginArriveKnown stored and read.
type Arrived struct {
	MessageID      int64
	ConversationID int64
	ContactID      int64
	ContactStatus  string
	// Input is, when Answer was asked, the conversation (locked) and the
	// message stored (Pending), as StepInput reads them.
	Input
	// Free (with Answer) says the conversation had nothing waiting, neither
	// a message to process nor a reply to send: the message is stored
	// processed, and the caller must step it in this transaction (or roll
	// back). Otherwise it is stored received, for the workers, in order.
	Free bool
}

const contactByHash = `(SELECT id FROM contacts WHERE channel = $1 AND address_hash = $2)`

const openConversationByHash = `(SELECT id FROM conversations WHERE contact_id = ` + contactByHash + ` AND closed_at IS NULL)`

// Numbers the message in the contact's open conversation (opened if need
// be) and locks that conversation until the transaction ends.
const upsertKnownConversation = `
INSERT INTO conversations (contact_id, channel, last_seq, last_inbound_at)
SELECT id, $1, 1, now() FROM contacts WHERE channel = $1 AND address_hash = $2
ON CONFLICT (contact_id) WHERE closed_at IS NULL DO UPDATE
   SET last_seq = conversations.last_seq + 1, last_inbound_at = now()`

// lockKnownConversation is, for a step (KnownArrival.Answer), the
// contact's open conversation, locked, as it is: its sequence number and
// last inbound time are written once, with the step's state (SaveStep),
// or by insertKnownArrival when the message waits for the workers. A row
// written twice in a transaction costs a second version and, since the
// first is this transaction's, a foreign-key check on the second. No row:
// the general path opens a conversation.
const lockKnownConversation = `
SELECT ` + conversationColumns + ` FROM conversations
 WHERE contact_id = ` + contactByHash + ` AND closed_at IS NULL
   FOR UPDATE`

// $7 (Answer): the conversation was locked, not numbered
// (lockKnownConversation): the message takes the next number, which is
// written here only when the message waits for the workers; a free one's
// is written with the step's state. Stored processed when nothing of the
// conversation waits. With the message, its contact's id and status: this
// statement's snapshot is taken once the conversation is locked, so an
// erasure that held the lock is seen.
const insertKnownArrival = `
WITH f AS (
SELECT v.id, v.last_seq + CASE WHEN $7 THEN 1 ELSE 0 END AS seq,
       $7::boolean
         AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = v.id
                            AND m.direction = 'in' AND m.status = 'received')
         AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = v.id
                            AND m.direction = 'out' AND m.status IN ('queued', 'sending')) AS free
  FROM conversations v
 WHERE v.contact_id = ` + contactByHash + ` AND v.closed_at IS NULL
), m AS (
INSERT INTO messages (conversation_id, direction, channel, provider_id, seq, kind, body, choice, status, processed_at)
SELECT f.id, 'in', $1, $3, f.seq, $4, $5, NULLIF($6, ''),
       CASE WHEN f.free THEN 'processed' ELSE 'received' END, CASE WHEN f.free THEN now() END
  FROM f
ON CONFLICT (channel, provider_id) WHERE provider_id IS NOT NULL AND direction = 'in' DO NOTHING
RETURNING ` + messageColumns + `
), numbered AS (
UPDATE conversations c SET last_seq = f.seq, last_inbound_at = now()
  FROM f, m WHERE c.id = f.id AND $7 AND NOT f.free
)
SELECT m.*, k.id AS contact_id, k.status AS contact_status
  FROM m, contacts k WHERE k.channel = $1 AND k.address_hash = $2`

// arrivedMessage is insertKnownArrival's row.
type arrivedMessage struct {
	Message
	ContactID     int64  `db:"contact_id"`
	ContactStatus string `db:"contact_status"`
}

const setKnownContactName = `
UPDATE contacts SET name_sealed = $3, updated_at = now()
 WHERE channel = $1 AND address_hash = $2 AND name_sealed IS NULL`

const setKnownConversationSource = `
UPDATE conversations SET source = $3 WHERE id = ` + openConversationByHash + ` AND source IS NULL`

const notifyKnownConversation = `SELECT pg_notify($3, ` + openConversationByHash + `::text)`

// BeginArriveKnown begins a transaction on conn and, in the same round
// trip, stores a message of a known contact (see Arrived). The caller ends
// the transaction: COMMIT, or ROLLBACK on anything unwanted, an error
// included. ErrNotFound means nothing is to be kept: the contact is not
// known, or the message is stored already (a redelivery); the caller then
// rolls back and takes the general path.
func BeginArriveKnown(ctx context.Context, conn *pgx.Conn, a KnownArrival) (Arrived, error) {
	got, err := beginArriveKnown(ctx, conn, a)
	if err == nil && got.ContactStatus == ContactUnreachable {
		// Rare (they had blocked the bot, and wrote): a round trip of its own.
		if got.ContactStatus, err = ReactivateContact(ctx, conn, got.ContactID); err != nil {
			return got, fmt.Errorf("store: arrive known: %w", err)
		}
	}
	return got, err
}

func beginArriveKnown(ctx context.Context, conn *pgx.Conn, a KnownArrival) (got Arrived, err error) {
	b := &pgx.Batch{}
	b.Queue("begin")
	if a.Answer {
		b.Queue(lockKnownConversation, a.Channel, a.Hash)
	} else {
		b.Queue(upsertKnownConversation, a.Channel, a.Hash)
	}
	b.Queue(insertKnownArrival, a.Channel, a.Hash, a.ProviderID, a.Kind, sealText(a.Body, ctxMessageBody), a.Choice, a.Answer)
	if a.NameSealed != nil {
		b.Queue(setKnownContactName, a.Channel, a.Hash, a.NameSealed)
	}
	if a.Source != "" {
		b.Queue(setKnownConversationSource, a.Channel, a.Hash, a.Source)
	}
	if a.Notify {
		b.Queue(notifyKnownConversation, a.Channel, a.Hash, ConversationChannel)
	}
	br := conn.SendBatch(ctx, b)
	defer func() {
		if cerr := br.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("store: arrive known: %w", cerr)
		}
	}()
	if _, err := br.Exec(); err != nil {
		return got, fmt.Errorf("store: arrive known: begin: %w", err)
	}
	var conv Conversation
	if a.Answer {
		rows, err := br.Query()
		if err != nil {
			return got, fmt.Errorf("store: arrive known: conversation: %w", err)
		}
		if conv, err = pgx.CollectExactlyOneRow(rows, rowTo[Conversation]); err != nil {
			return got, fmt.Errorf("store: arrive known: conversation: %w", notFound(err))
		}
	} else if _, err := br.Exec(); err != nil {
		return got, fmt.Errorf("store: arrive known: conversation: %w", err)
	}
	rows, err := br.Query()
	if err != nil {
		return got, fmt.Errorf("store: arrive known: message: %w", err)
	}
	msg, err := pgx.CollectExactlyOneRow(rows, rowTo[arrivedMessage])
	if err != nil {
		return got, fmt.Errorf("store: arrive known: message: %w", notFound(err))
	}
	got.MessageID, got.ConversationID = msg.ID, msg.ConversationID
	got.ContactID, got.ContactStatus = msg.ContactID, msg.ContactStatus
	got.Free = msg.Status == StatusProcessed
	for range btoi(a.NameSealed != nil) + btoi(a.Source != "") + btoi(a.Notify) {
		if _, err := br.Exec(); err != nil {
			return got, fmt.Errorf("store: arrive known: %w", err)
		}
	}
	if !a.Answer {
		return got, nil
	}
	got.Pending = &PendingInbound{Message: msg.Message}
	// Free was decided under the lock: nothing of the conversation waits,
	// a reply to send included. Otherwise the message waits for the
	// workers and the step is not taken here.
	got.Conversation = LockedConversation{Conversation: conv, PendingOut: !got.Free}
	return got, nil
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
