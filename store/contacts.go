package store

import (
	"context"
	"fmt"
	"time"
)

// Contact is a reporter as one channel knows them. The address is sealed.
type Contact struct {
	ID            int64     `db:"id"`
	Channel       string    `db:"channel"`
	AddressHash   []byte    `db:"address_hash"`
	AddressSealed []byte    `db:"address_sealed"`
	Locale        *string   `db:"locale"`
	Status        string    `db:"status"`
	CreatedAt     time.Time `db:"created_at"`
}

// Contact statuses.
const (
	ContactActive      = "active"
	ContactUnreachable = "unreachable"
	ContactOptedOut    = "opted_out"
	ContactErased      = "erased"
)

const insertContact = `
INSERT INTO contacts (channel, address_hash, address_sealed, name_sealed)
VALUES ($1, $2, $3, $4)
ON CONFLICT (channel, address_hash) DO NOTHING
RETURNING id, name_sealed IS NULL`

const contactID = `SELECT id, name_sealed IS NULL FROM contacts WHERE channel = $1 AND address_hash = $2`

// EnsureContact finds the contact by (channel, keyed hash of the address) or
// creates it. It takes no lock on an existing contact: lock order is
// conversation first, then contact (see ReactivateContact).
func EnsureContact(ctx context.Context, db DBTX, channel string, hash, sealed []byte) (int64, error) {
	id, _, err := EnsureNamedContact(ctx, db, channel, hash, sealed, nil)
	return id, err
}

// EnsureNamedContact is EnsureContact for a message that carries the
// sender's (sealed) profile name: a new contact is created with it, and
// nameless reports whether the contact still has none (see SetContactName).
func EnsureNamedContact(ctx context.Context, db DBTX, channel string, hash, sealed, nameSealed []byte) (id int64, nameless bool, err error) {
	err = db.QueryRow(ctx, contactID, channel, hash).Scan(&id, &nameless)
	if err == nil {
		return id, nameless, nil
	}
	if notFound(err) != ErrNotFound {
		return 0, false, fmt.Errorf("store: ensure contact: %w", err)
	}
	err = db.QueryRow(ctx, insertContact, channel, hash, sealed, nameSealed).Scan(&id, &nameless)
	if notFound(err) == ErrNotFound { // inserted meanwhile by a concurrent message
		err = db.QueryRow(ctx, contactID, channel, hash).Scan(&id, &nameless)
	}
	if err != nil {
		return 0, false, fmt.Errorf("store: ensure contact: %w", err)
	}
	return id, nameless, nil
}

const reactivateContact = `
WITH back AS (
  UPDATE contacts SET status = 'active', updated_at = now() WHERE id = $1 AND status = 'unreachable'
  RETURNING status
)
SELECT COALESCE((SELECT status FROM back), (SELECT status FROM contacts WHERE id = $1))`

// ReactivateContact marks a contact who had blocked the bot reachable again,
// since they wrote to us, and returns the contact's status (erased: the
// contact is gone).
func ReactivateContact(ctx context.Context, db DBTX, id int64) (string, error) {
	var status *string
	if err := db.QueryRow(ctx, reactivateContact, id).Scan(&status); err != nil {
		return "", fmt.Errorf("store: reactivate contact: %w", err)
	}
	if status == nil {
		return "", fmt.Errorf("store: reactivate contact: %w", ErrNotFound)
	}
	return *status, nil
}

const resumeOptedOut = `UPDATE contacts SET status = 'active', updated_at = now() WHERE id = $1 AND status = 'opted_out'`

// ResumeOptedOut makes a contact who had opted out active again and
// reports whether they had: an SMS "YES" opts in only then.
func ResumeOptedOut(ctx context.Context, db DBTX, id int64) (bool, error) {
	tag, err := db.Exec(ctx, resumeOptedOut, id)
	if err != nil {
		return false, fmt.Errorf("store: resume opted-out contact: %w", err)
	}
	return tag.RowsAffected() == 1, nil
}

const getContact = `
SELECT id, channel, address_hash, address_sealed, locale, status, created_at
  FROM contacts WHERE id = $1`

// GetContact loads a contact by id.
func GetContact(ctx context.Context, db DBTX, id int64) (Contact, error) {
	return collectOne[Contact](ctx, db, "get contact", getContact, id)
}

const setContactStatus = `UPDATE contacts SET status = $2, updated_at = now() WHERE id = $1`

// SetContactStatus records that a contact blocked us, opted out, or is back.
func SetContactStatus(ctx context.Context, db DBTX, id int64, status string) error {
	if _, err := db.Exec(ctx, setContactStatus, id, status); err != nil {
		return fmt.Errorf("store: set contact status: %w", err)
	}
	return nil
}

const setContactLocale = `UPDATE contacts SET locale = $2, updated_at = now() WHERE id = $1 AND locale IS DISTINCT FROM $2`

// SetContactLocale remembers the language a person reads, for messages
// that reach them outside a conversation step.
func SetContactLocale(ctx context.Context, db DBTX, id int64, locale string) error {
	if _, err := db.Exec(ctx, setContactLocale, id, locale); err != nil {
		return fmt.Errorf("store: set contact locale: %w", err)
	}
	return nil
}

const findContact = `
SELECT id, channel, address_hash, address_sealed, locale, status, created_at
  FROM contacts WHERE channel = $1 AND address_hash = $2`

// FindContact looks a contact up by the keyed hash of its address.
func FindContact(ctx context.Context, db DBTX, channel string, hash []byte) (Contact, error) {
	return collectOne[Contact](ctx, db, "find contact", findContact, channel, hash)
}

const setContactName = `UPDATE contacts SET name_sealed = $2, updated_at = now() WHERE id = $1 AND name_sealed IS NULL`

// SetContactName keeps the sealed profile name a provider gave, once. It is
// personal data: never shown to an agency without the reporter's consent.
func SetContactName(ctx context.Context, db DBTX, id int64, sealed []byte) error {
	if _, err := db.Exec(ctx, setContactName, id, sealed); err != nil {
		return fmt.Errorf("store: set contact name: %w", err)
	}
	return nil
}

// EraseContact erases a person's contact details and transcripts: message
// texts and attachments (with the text read from them) of their
// conversations, whoever wrote them, their flow state, their sealed
// address and name (the look-up hash is replaced, so a new message from
// them starts afresh). Their reports stay, detached from them; the erase
// job first withdraws the reporter's words from them (casework.Withdraw).
func EraseContact(ctx context.Context, db DBTX, id int64) error {
	// Lock order as everywhere: the conversations first (ingest and the
	// workers take them before anything else), then the contact. A message
	// being stored meanwhile is committed before the erase reads it.
	if err := LockContact(ctx, db, id); err != nil {
		return fmt.Errorf("store: erase contact: %w", err)
	}
	for _, q := range []string{
		`DELETE FROM media WHERE message_id IN (SELECT m.id FROM messages m JOIN conversations v ON v.id = m.conversation_id WHERE v.contact_id = $1)`,
		`UPDATE messages SET body = '', choice = NULL, buttons = NULL, updated_at = now()
		  WHERE conversation_id IN (SELECT id FROM conversations WHERE contact_id = $1)`,
		`UPDATE message_parts SET body = '', buttons = NULL
		  WHERE message_id IN (SELECT m.id FROM messages m JOIN conversations v ON v.id = m.conversation_id WHERE v.contact_id = $1)`,
		`UPDATE conversations SET state = '{}', source = NULL, closed_at = COALESCE(closed_at, now()), updated_at = now() WHERE contact_id = $1`,
		`UPDATE reports SET contact_id = NULL, updated_at = now() WHERE contact_id = $1`,
		`UPDATE contacts SET address_sealed = NULL, name_sealed = NULL, locale = NULL, status = 'erased',
		        address_hash = sha256(convert_to(gen_random_uuid()::text, 'UTF8')), updated_at = now() WHERE id = $1`,
	} {
		if _, err := db.Exec(ctx, q, id); err != nil {
			return fmt.Errorf("store: erase contact: %w", err)
		}
	}
	return nil
}

const setContactStatusByReply = `
UPDATE contacts c SET status = $3, updated_at = now()
  FROM messages m JOIN conversations v ON v.id = m.conversation_id
 WHERE m.channel = $1 AND m.provider_id = $2 AND m.direction = 'out'
   AND c.id = v.contact_id AND c.status NOT IN ('erased', $3)`

// SetContactStatusByReply records what a provider's report on a reply says
// of its recipient (Twilio's 21610: they opted out), found by the reply's
// provider id. An erased contact stays erased.
func SetContactStatusByReply(ctx context.Context, db DBTX, channel, providerID, status string) error {
	if _, err := db.Exec(ctx, setContactStatusByReply, channel, providerID, status); err != nil {
		return fmt.Errorf("store: set contact status by reply: %w", err)
	}
	return nil
}
