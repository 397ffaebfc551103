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

const upsertContact = `
INSERT INTO contacts (channel, address_hash, address_sealed)
VALUES ($1, $2, $3)
ON CONFLICT (channel, address_hash) DO UPDATE
   SET address_sealed = COALESCE(contacts.address_sealed, EXCLUDED.address_sealed),
       status = CASE WHEN contacts.status = 'unreachable' THEN 'active' ELSE contacts.status END,
       updated_at = now()
RETURNING id`

// UpsertContact finds the contact by (channel, keyed hash of the address) or
// creates it. A contact that had blocked us and writes again is reachable.
func UpsertContact(ctx context.Context, db DBTX, channel string, hash, sealed []byte) (int64, error) {
	var id int64
	if err := db.QueryRow(ctx, upsertContact, channel, hash, sealed).Scan(&id); err != nil {
		return 0, fmt.Errorf("store: upsert contact: %w", err)
	}
	return id, nil
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

const setContactLocale = `UPDATE contacts SET locale = $2, updated_at = now() WHERE id = $1`

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
