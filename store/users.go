package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
)

// Console users, their sessions and sign-in attempts; and the agency-scoped
// reads only the console makes (recruiter look-up, dashboard, export). Every
// one of those reads takes the agency and joins through referrals: an agency
// never counts or lists what is not in its own queue.

// ConsoleUser is a member of an agency's staff who signs in to the console.
type ConsoleUser struct {
	ID           int64      `db:"id"`
	Agency       string     `db:"agency_code"`
	Email        string     `db:"email"`
	Name         string     `db:"name"`
	Role         string     `db:"role"`
	PasswordHash string     `db:"password_hash"`
	CreatedAt    time.Time  `db:"created_at"`
	DisabledAt   *time.Time `db:"disabled_at"`
}

// NewConsoleUser is a console user to create. Email must be lower-cased.
type NewConsoleUser struct {
	Agency, Email, Name, Role, PasswordHash string
}

const insertConsoleUser = `
INSERT INTO console_users (agency_code, email, name, role, password_hash) VALUES ($1, $2, $3, $4, $5) RETURNING id`

// InsertConsoleUser creates a console user; ErrConflict when the e-mail is taken.
func InsertConsoleUser(ctx context.Context, db DBTX, u NewConsoleUser) (int64, error) {
	var id int64
	err := db.QueryRow(ctx, insertConsoleUser, u.Agency, u.Email, u.Name, u.Role, u.PasswordHash).Scan(&id)
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "23505" {
		return 0, ErrConflict
	}
	if err != nil {
		return 0, fmt.Errorf("store: insert console user: %w", err)
	}
	return id, nil
}

const consoleUserColumns = `id, agency_code, email, name, role, password_hash, created_at, disabled_at`

const consoleUserByEmail = `SELECT ` + consoleUserColumns + ` FROM console_users WHERE email = $1`

// ConsoleUserByEmail loads a console user by their (lower-cased) e-mail.
func ConsoleUserByEmail(ctx context.Context, db DBTX, email string) (ConsoleUser, error) {
	return collectOne[ConsoleUser](ctx, db, "console user by email", consoleUserByEmail, email)
}

const consoleUsersOf = `SELECT ` + consoleUserColumns + ` FROM console_users WHERE agency_code = $1 ORDER BY disabled_at IS NOT NULL, name, id`

// ConsoleUsersOf lists an agency's console users, enabled ones first.
func ConsoleUsersOf(ctx context.Context, db DBTX, agency string) ([]ConsoleUser, error) {
	return collectAll[ConsoleUser](ctx, db, "console users of", consoleUsersOf, agency)
}

const consoleUserOf = `SELECT ` + consoleUserColumns + ` FROM console_users WHERE agency_code = $1 AND id = $2`

// ConsoleUserOf loads one of an agency's console users; another agency's
// is ErrNotFound.
func ConsoleUserOf(ctx context.Context, db DBTX, agency string, id int64) (ConsoleUser, error) {
	return collectOne[ConsoleUser](ctx, db, "console user of", consoleUserOf, agency, id)
}

const setConsoleUserDisabled = `
WITH u AS (
  UPDATE console_users SET disabled_at = CASE WHEN $2 THEN COALESCE(disabled_at, now()) END WHERE id = $1 RETURNING id
)
DELETE FROM console_sessions s USING u WHERE s.user_id = u.id AND $2`

// SetConsoleUserDisabled disables a console user, ending their sessions,
// or enables them again.
func SetConsoleUserDisabled(ctx context.Context, db DBTX, id int64, disabled bool) error {
	if _, err := db.Exec(ctx, setConsoleUserDisabled, id, disabled); err != nil {
		return fmt.Errorf("store: set console user disabled: %w", err)
	}
	return nil
}

const setConsoleUserPassword = `
WITH u AS (UPDATE console_users SET password_hash = $2 WHERE id = $1 RETURNING id)
DELETE FROM console_sessions s USING u WHERE s.user_id = u.id`

// SetConsoleUserPassword replaces a console user's password hash and ends
// their sessions.
func SetConsoleUserPassword(ctx context.Context, db DBTX, id int64, hash string) error {
	if _, err := db.Exec(ctx, setConsoleUserPassword, id, hash); err != nil {
		return fmt.Errorf("store: set console user password: %w", err)
	}
	return nil
}

const insertConsoleSession = `
INSERT INTO console_sessions (token_hash, user_id, csrf, expires_at) VALUES ($1, $2, $3, $4)`

// InsertConsoleSession stores a session by the SHA-256 of its token.
func InsertConsoleSession(ctx context.Context, db DBTX, tokenHash []byte, userID int64, csrf string, expiresAt time.Time) error {
	if _, err := db.Exec(ctx, insertConsoleSession, tokenHash, userID, csrf, expiresAt); err != nil {
		return fmt.Errorf("store: insert console session: %w", err)
	}
	return nil
}

// ConsoleSession is a live session and who it belongs to.
type ConsoleSession struct {
	UserID    int64     `db:"user_id"`
	Agency    string    `db:"agency_code"`
	Email     string    `db:"email"`
	Name      string    `db:"name"`
	Role      string    `db:"role"`
	CSRF      string    `db:"csrf"`
	ExpiresAt time.Time `db:"expires_at"`
}

const consoleSession = `
SELECT s.user_id, u.agency_code, u.email, u.name, u.role, s.csrf, s.expires_at
  FROM console_sessions s JOIN console_users u ON u.id = s.user_id
 WHERE s.token_hash = $1 AND s.expires_at > now() AND u.disabled_at IS NULL`

// GetConsoleSession loads a live session of an enabled user by the hash of
// its token; an expired or unknown one is ErrNotFound.
func GetConsoleSession(ctx context.Context, db DBTX, tokenHash []byte) (ConsoleSession, error) {
	return collectOne[ConsoleSession](ctx, db, "console session", consoleSession, tokenHash)
}

const deleteConsoleSession = `DELETE FROM console_sessions WHERE token_hash = $1`

// DeleteConsoleSession ends a session.
func DeleteConsoleSession(ctx context.Context, db DBTX, tokenHash []byte) error {
	if _, err := db.Exec(ctx, deleteConsoleSession, tokenHash); err != nil {
		return fmt.Errorf("store: delete console session: %w", err)
	}
	return nil
}

const pruneConsoleLogins = `
WITH s AS (DELETE FROM console_sessions WHERE expires_at <= now())
DELETE FROM login_failures WHERE at < $1`

// Sign-in attempts and the addresses officers sign in from: logins.go.

// PruneConsoleLogins deletes expired sessions and sign-in attempts older
// than before.
func PruneConsoleLogins(ctx context.Context, db DBTX, before time.Time) error {
	if _, err := db.Exec(ctx, pruneConsoleLogins, before); err != nil {
		return fmt.Errorf("store: prune console logins: %w", err)
	}
	return nil
}

// Count is a number of referrals under a key (a status, a country, …).
type Count struct {
	Key string `db:"key"`
	N   int    `db:"n"`
}

const countQueueByStatus = `
SELECT status AS key, count(*)::int AS n FROM referrals WHERE agency_code = $1 GROUP BY status ORDER BY status`

// CountQueueByStatus counts an agency's referrals per status.
func CountQueueByStatus(ctx context.Context, db DBTX, agency string) ([]Count, error) {
	return collectAll[Count](ctx, db, "count queue by status", countQueueByStatus, agency)
}

// KeyReport is one of an agency's referrals whose report names a recruiter key.
type KeyReport struct {
	ReferralID int64     `db:"id"`
	Reference  string    `db:"reference"`
	CaseType   string    `db:"case_type"`
	Urgency    string    `db:"urgency"`
	Status     string    `db:"status"`
	Priority   string    `db:"priority"`
	CreatedAt  time.Time `db:"created_at"`
}

const agencyReportsNaming = `
SELECT f.id, r.reference, r.case_type, f.urgency, f.status, f.priority, r.created_at
  FROM report_keys k
  JOIN reports r ON r.id = k.report_id
  JOIN referrals f ON f.report_id = r.id
 WHERE f.agency_code = $1 AND k.kind = $2 AND k.value = $3
 ORDER BY r.id DESC LIMIT $4`

// AgencyReportsNaming lists an agency's referrals whose report names key,
// newest first. Reports with no referral of the agency are not shown.
func AgencyReportsNaming(ctx context.Context, db DBTX, agency string, key Key, limit int) ([]KeyReport, error) {
	return collectAll[KeyReport](ctx, db, "agency reports naming", agencyReportsNaming, agency, key.Kind, keyHash(key.Kind, key.Value), limit)
}

// DayCount is the number of an agency's reports of one case type on one day.
type DayCount struct {
	Day      time.Time `db:"day"`
	CaseType string    `db:"case_type"`
	N        int       `db:"n"`
}

const dailyCaseCounts = `
SELECT (r.created_at AT TIME ZONE $3::text)::date::timestamp AS day, r.case_type, count(*)::int AS n
  FROM referrals f JOIN reports r ON r.id = f.report_id
 WHERE f.agency_code = $1 AND r.created_at >= $2
 GROUP BY 1, 2 ORDER BY 1, 2`

// DailyCaseCounts counts an agency's reports per day (in time zone tz, an
// IANA name) and case type since a time. Day is midnight UTC of that date.
func DailyCaseCounts(ctx context.Context, db DBTX, agency string, since time.Time, tz string) ([]DayCount, error) {
	return collectAll[DayCount](ctx, db, "daily case counts", dailyCaseCounts, agency, since, tz)
}

const countryCounts = `
SELECT c.value AS key, count(*)::int AS n
  FROM referrals f JOIN reports r ON r.id = f.report_id,
       jsonb_array_elements_text(CASE WHEN jsonb_typeof(r.entities->'countries') = 'array'
                                      THEN r.entities->'countries' ELSE '[]' END) AS c(value)
 WHERE f.agency_code = $1 AND r.created_at >= $2
 GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT $3`

// CountryCounts counts an agency's reports per destination country named
// (reports.entities->'countries') since a time, most first.
func CountryCounts(ctx context.Context, db DBTX, agency string, since time.Time, limit int) ([]Count, error) {
	return collectAll[Count](ctx, db, "country counts", countryCounts, agency, since, limit)
}

const channelCounts = `
SELECT r.channel AS key, count(*)::int AS n
  FROM referrals f JOIN reports r ON r.id = f.report_id
 WHERE f.agency_code = $1 AND r.created_at >= $2
 GROUP BY 1 ORDER BY 2 DESC, 1`

// ChannelCounts counts an agency's reports per channel since a time.
func ChannelCounts(ctx context.Context, db DBTX, agency string, since time.Time) ([]Count, error) {
	return collectAll[Count](ctx, db, "channel counts", channelCounts, agency, since)
}

const topRecruiterKeys = `
SELECT k.value AS key, (array_agg(k.value_sealed) FILTER (WHERE k.value_sealed IS NOT NULL))[1] AS sealed,
       count(DISTINCT k.report_id)::int AS n
  FROM report_keys k
  JOIN reports r ON r.id = k.report_id
  JOIN referrals f ON f.report_id = r.id
 WHERE f.agency_code = $1 AND k.kind = $2 AND r.created_at >= $3
 GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT $4`

// TopRecruiterKeys lists the keys of a kind (phone, url, licence) named by
// the most of an agency's reports since a time.
func TopRecruiterKeys(ctx context.Context, db DBTX, agency, kind string, since time.Time, limit int) ([]Count, error) {
	type sealedCount struct {
		Key    string `db:"key"` // the keyed hash (or the value, stored before sealing)
		Sealed []byte `db:"sealed"`
		N      int    `db:"n"`
	}
	rows, err := collectAll[sealedCount](ctx, db, "top recruiter keys", topRecruiterKeys, agency, kind, since, limit)
	if err != nil {
		return nil, err
	}
	out := make([]Count, len(rows))
	for i, r := range rows {
		out[i] = Count{Key: r.Key, N: r.N}
		if r.Sealed != nil {
			if out[i].Key, err = vlt().Open(r.Sealed, ctxKeyValue); err != nil {
				return nil, fmt.Errorf("store: top recruiter keys: %w", err)
			}
		}
	}
	return out, nil
}

// ExportRow is one referral in an agency's CSV export: no personal data.
type ExportRow struct {
	ID            int64           `db:"id"`
	Reference     string          `db:"reference"`
	CaseType      string          `db:"case_type"`
	Urgency       string          `db:"urgency"`
	Status        string          `db:"status"`
	CreatedAt     time.Time       `db:"created_at"`
	DueAt         *time.Time      `db:"due_at"`
	Agency        string          `db:"agency_code"`
	Role          string          `db:"role"`
	Priority      string          `db:"priority"`
	LinkedReports int             `db:"linked_reports"`
	Countries     json.RawMessage `db:"countries"`
	RedFlags      json.RawMessage `db:"red_flags"`
}

const exportReferrals = `
SELECT f.id, r.reference, r.case_type, f.urgency, f.status, f.created_at, f.due_at, f.agency_code, f.role,
       f.priority, f.linked_reports, COALESCE(r.entities->'countries', '[]') AS countries, r.red_flags
  FROM referrals f JOIN reports r ON r.id = f.report_id
 WHERE f.agency_code = $1 AND f.created_at >= $2 AND f.created_at < $3
 ORDER BY f.id LIMIT $4`

// ExportReferrals lists an agency's referrals created in [from, to), oldest
// first, at most limit.
func ExportReferrals(ctx context.Context, db DBTX, agency string, from, to time.Time, limit int) ([]ExportRow, error) {
	return collectAll[ExportRow](ctx, db, "export referrals", exportReferrals, agency, from, to, limit)
}
