package store

import (
	"context"
	"fmt"
)

const agencyExists = `SELECT EXISTS (SELECT 1 FROM agencies WHERE code = $1)`

// AgencyExists reports whether code names a known agency.
func AgencyExists(ctx context.Context, db DBTX, code string) (bool, error) {
	var ok bool
	if err := db.QueryRow(ctx, agencyExists, code).Scan(&ok); err != nil {
		return false, fmt.Errorf("store: agency exists: %w", err)
	}
	return ok, nil
}

const insertToken = `
INSERT INTO api_tokens (agency_code, token_hash, label, role) VALUES ($1, $2, $3, COALESCE(NULLIF($4, ''), 'agent')) RETURNING id`

// InsertToken stores the keyed hash of a new API token acting in role
// (agent when "").
func InsertToken(ctx context.Context, db DBTX, agency string, hash []byte, label, role string) (int64, error) {
	var id int64
	if err := db.QueryRow(ctx, insertToken, agency, hash, label, role).Scan(&id); err != nil {
		return 0, fmt.Errorf("store: insert token: %w", err)
	}
	return id, nil
}

const insertAudit = `
INSERT INTO audit_log (actor, action, subject_type, subject_id, detail) VALUES ($1, $2, $3, $4, COALESCE($5, '{}'::jsonb))`

// Audit appends to the audit log. detail must not hold personal data.
func Audit(ctx context.Context, db DBTX, actor, action, subjectType string, subjectID int64, detail map[string]any) error {
	if _, err := db.Exec(ctx, insertAudit, actor, action, subjectType, subjectID, detail); err != nil {
		return fmt.Errorf("store: audit: %w", err)
	}
	return nil
}
