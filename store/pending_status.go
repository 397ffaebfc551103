package store

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// PendingStatus is a provider's report on a reply whose provider id was not
// stored yet when it came (migration 0095).
type PendingStatus struct {
	Channel        string
	ProviderID     string
	Status         string
	ErrorCode      string
	Contact        string
	ResendTemplate bool
}

// Reportable reports whether a delivery status is one UpdateDeliveryStatus
// records (queued, accepted and sending say nothing new).
func Reportable(status string) bool {
	switch status {
	case StatusSent, StatusDelivered, StatusRead, StatusFailed, StatusUndelivered:
		return true
	}
	return false
}

const knownReply = `SELECT EXISTS (SELECT 1 FROM messages WHERE channel = $1 AND provider_id = $2 AND direction = 'out')`

// KnownReply reports whether a reply the provider calls providerID is stored.
func KnownReply(ctx context.Context, db DBTX, channel, providerID string) (bool, error) {
	var ok bool
	if err := db.QueryRow(ctx, knownReply, channel, providerID).Scan(&ok); err != nil {
		return false, fmt.Errorf("store: known reply: %w", err)
	}
	return ok, nil
}

const savePendingStatus = `
INSERT INTO pending_statuses (channel, provider_id, status, error_code, contact, resend_template)
VALUES ($1, $2, $3, $4, $5, $6)`

// SavePendingStatus keeps a report on a reply not known yet.
func SavePendingStatus(ctx context.Context, db DBTX, p PendingStatus) error {
	if _, err := db.Exec(ctx, savePendingStatus, p.Channel, p.ProviderID, p.Status, p.ErrorCode, p.Contact, p.ResendTemplate); err != nil {
		return fmt.Errorf("store: save pending status: %w", err)
	}
	return nil
}

const takePendingStatuses = `
WITH expired AS (
  DELETE FROM pending_statuses WHERE received_at < $1
), ready AS (
  SELECT p.id FROM pending_statuses p
   WHERE EXISTS (SELECT 1 FROM messages m WHERE m.channel = p.channel AND m.provider_id = p.provider_id AND m.direction = 'out')
   ORDER BY p.id
   LIMIT 100
   FOR UPDATE SKIP LOCKED
)
DELETE FROM pending_statuses p USING ready WHERE p.id = ready.id
RETURNING p.channel, p.provider_id, p.status, p.error_code, p.contact, p.resend_template`

// TakePendingStatuses removes and returns, in the order they came, the
// kept reports whose reply is now stored; reports received before
// expireBefore are dropped (their reply never got that id).
func TakePendingStatuses(ctx context.Context, tx pgx.Tx, expireBefore time.Time) ([]PendingStatus, error) {
	rows, err := tx.Query(ctx, takePendingStatuses, expireBefore)
	if err != nil {
		return nil, fmt.Errorf("store: take pending statuses: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (PendingStatus, error) {
		var p PendingStatus
		err := r.Scan(&p.Channel, &p.ProviderID, &p.Status, &p.ErrorCode, &p.Contact, &p.ResendTemplate)
		return p, err
	})
	if err != nil {
		return nil, fmt.Errorf("store: take pending statuses: %w", err)
	}
	return out, nil
}
