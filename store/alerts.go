package store

import (
	"context"
	"encoding/json"
	"fmt"
	"time"
)

// Early warnings: a phone, link or wallet named by enough reports in a short
// time becomes a request to the agency that can act on it, drafted for
// staff to review. The agencies holding the reports behind it review it;
// once approved it is pushed to the agency named, which then sees it too.

// Alert kinds and statuses.
const (
	AlertBlockNumber  = "block_number"  // to PTA
	AlertTakedownLink = "takedown_link" // to PK-CERT
	AlertFreezeWallet = "freeze_wallet" // to NCCIA

	AlertPending  = "pending"
	AlertApproved = "approved"
	AlertRejected = "rejected"
)

// Alert is a drafted request.
type Alert struct {
	ID             int64           `db:"id"`
	Kind           string          `db:"kind"`
	Agency         string          `db:"agency_code"` // to whom it goes
	KeyKind        string          `db:"key_kind"`
	KeyValue       string          `db:"key_value"`
	KeyValueSealed []byte          `db:"key_value_sealed" json:"-"` // opened into KeyValue
	WindowDays     int             `db:"window_days"`
	Status         string          `db:"status"`
	Draft          json.RawMessage `db:"draft"` // the request as approved or rejected
	Note           *string         `db:"note"`
	DecidedBy      *string         `db:"decided_by"`
	DecidedByName  *string         `db:"decided_by_name"`
	DecidedAgency  *string         `db:"decided_agency"`
	DecidedAt      *time.Time      `db:"decided_at"`
	CreatedAt      time.Time       `db:"created_at"`
	UpdatedAt      time.Time       `db:"updated_at"`
	Reports        int             `db:"reports"`
}

var alertColumns = `a.id, a.kind, a.agency_code, a.key_kind, a.key_value, a.key_value_sealed, a.window_days, a.status, a.draft, a.note,
       a.decided_by, ` + actorName("a.decided_by") + ` AS decided_by_name, a.decided_agency, a.decided_at,
       a.created_at, a.updated_at, (SELECT count(*) FROM alert_reports ar WHERE ar.alert_id = a.id)::int AS reports`

const recentReportsNaming = `
SELECT DISTINCT k.report_id FROM report_keys k JOIN reports r ON r.id = k.report_id
 WHERE k.kind = $1 AND k.value = $2 AND r.created_at >= $3 ORDER BY 1`

// RecentReportsNaming lists the reports created since a time that name key.
func RecentReportsNaming(ctx context.Context, db DBTX, key Key, since time.Time) ([]int64, error) {
	rows, err := db.Query(ctx, recentReportsNaming, key.Kind, keyHash(key.Kind, key.Value), since)
	if err != nil {
		return nil, fmt.Errorf("store: recent reports naming: %w", err)
	}
	return collectIDs(rows, "recent reports naming")
}

const alertSettled = `
SELECT EXISTS (SELECT 1 FROM alerts WHERE kind = $1 AND key_kind = $2 AND key_value = $3
                  AND (status = 'approved' OR (status = 'rejected' AND decided_at >= $4)))`

// AlertSettled reports whether a request of kind about key was approved, or
// rejected since a time: no new one is drafted then.
func AlertSettled(ctx context.Context, db DBTX, kind string, key Key, since time.Time) (bool, error) {
	var ok bool
	if err := db.QueryRow(ctx, alertSettled, kind, key.Kind, keyHash(key.Kind, key.Value), since).Scan(&ok); err != nil {
		return false, fmt.Errorf("store: alert settled: %w", err)
	}
	return ok, nil
}

const upsertAlert = `
INSERT INTO alerts (kind, agency_code, key_kind, key_value, window_days, key_value_sealed) VALUES ($1, $2, $3, $4, $5, $6)
ON CONFLICT (kind, key_kind, key_value) WHERE status = 'pending' DO UPDATE SET updated_at = now()
RETURNING id, (xmax = 0) AS inserted`

const linkAlertReports = `
INSERT INTO alert_reports (alert_id, report_id) SELECT $1, r FROM unnest($2::bigint[]) AS r ON CONFLICT DO NOTHING`

// DraftAlert drafts a request of kind to agency about key, behind reports
// (or adds them to the one already waiting). It reports whether the
// request is new.
func DraftAlert(ctx context.Context, db DBTX, kind, agency string, key Key, windowDays int, reportIDs []int64) (int64, bool, error) {
	var id int64
	var inserted bool
	if err := db.QueryRow(ctx, upsertAlert, kind, agency, key.Kind, keyHash(key.Kind, key.Value), windowDays, vlt().Seal(key.Value, ctxKeyValue)).Scan(&id, &inserted); err != nil {
		return 0, false, fmt.Errorf("store: draft alert: %w", err)
	}
	if _, err := db.Exec(ctx, linkAlertReports, id, reportIDs); err != nil {
		return 0, false, fmt.Errorf("store: draft alert: %w", err)
	}
	return id, inserted, nil
}

// reviewable is the SQL condition that agency $1 holds a report behind
// alert a.
const reviewable = `EXISTS (SELECT 1 FROM alert_reports ar JOIN referrals f ON f.report_id = ar.report_id
                    WHERE ar.alert_id = a.id AND f.agency_code = $1)`

var listAlerts = `SELECT ` + alertColumns + ` FROM alerts a
 WHERE (` + reviewable + ` OR (a.agency_code = $1 AND a.status = 'approved'))
   AND ($2 = '' OR a.status = $2)
 ORDER BY a.status <> 'pending', a.updated_at DESC, a.id DESC LIMIT $3`

// ListAlerts lists the requests an agency may see: those behind reports it
// holds (to review), and those approved for it (to act on); waiting ones
// first.
func ListAlerts(ctx context.Context, db DBTX, agency, status string, limit int) ([]Alert, error) {
	return collectAll[Alert](ctx, db, "list alerts", listAlerts, agency, status, limit)
}

var alertFor = `SELECT ` + alertColumns + `, ` + reviewable + ` AS reviewer FROM alerts a
 WHERE a.id = $2 AND (` + reviewable + ` OR (a.agency_code = $1 AND a.status = 'approved'))`

// AlertView is a request and whether the agency reviewing it may decide.
type AlertView struct {
	Alert
	Reviewer bool `db:"reviewer"`
}

// AlertFor loads a request an agency may see; any other is ErrNotFound.
func AlertFor(ctx context.Context, db DBTX, agency string, id int64) (AlertView, error) {
	return collectOne[AlertView](ctx, db, "alert for", alertFor+` FOR UPDATE OF a`, agency, id)
}

const decideAlert = `
UPDATE alerts SET status = $2, note = NULLIF($3, ''), decided_by = $4, decided_agency = $5, draft = $6,
       decided_at = now(), updated_at = now()
 WHERE id = $1 AND status = 'pending'`

// DecideAlert approves or rejects a waiting request, keeping the request as
// decided; ErrConflict when it was decided already.
func DecideAlert(ctx context.Context, db DBTX, id int64, status, note, actor, agency string, draft any) error {
	b, err := json.Marshal(draft)
	if err != nil {
		return fmt.Errorf("store: decide alert: %w", err)
	}
	tag, err := db.Exec(ctx, decideAlert, id, status, sealText(note, ctxAlertNote), actor, agency, sealJSON(b, ctxAlertDraft))
	if err != nil {
		return fmt.Errorf("store: decide alert: %w", err)
	}
	if tag.RowsAffected() == 0 {
		return ErrConflict
	}
	return nil
}

// AlertReport is a report behind a request, with the reporter's words that
// the request may quote (CNICs are masked by the caller).
type AlertReport struct {
	ReportID  int64     `db:"id"`
	Reference string    `db:"reference"`
	CaseType  string    `db:"case_type"`
	Channel   string    `db:"channel"`
	CreatedAt time.Time `db:"created_at"`
	Summary   string    `db:"summary"`
	Texts     []string  `db:"texts"`
}

const alertReports = `
SELECT r.id, r.reference, r.case_type, r.channel, r.created_at, r.summary,
       COALESCE((SELECT array_agg(m.body ORDER BY m.id) FROM report_evidence e JOIN messages m ON m.id = e.message_id
                  WHERE e.report_id = r.id AND m.direction = 'in' AND btrim(m.body) <> ''), '{}') AS texts
  FROM alert_reports ar JOIN reports r ON r.id = ar.report_id
 WHERE ar.alert_id = $1 ORDER BY r.created_at, r.id`

// AlertReports lists the reports behind a request, oldest first.
func AlertReports(ctx context.Context, db DBTX, alertID int64) ([]AlertReport, error) {
	return collectAll[AlertReport](ctx, db, "alert reports", alertReports, alertID)
}

// Checker is a person who asked the bot to check something: their latest
// check naming it, still reachable.
type Checker struct {
	ReportID       int64  `db:"id"`
	Reference      string `db:"reference"`
	ConversationID int64  `db:"conversation_id"`
	Discreet       bool   `db:"discreet"`
}

const checkersOf = `
SELECT DISTINCT ON (r.contact_id) r.id, r.reference, v.id AS conversation_id, r.discreet
  FROM reports r
  JOIN contacts c ON c.id = r.contact_id AND c.status = 'active'
  JOIN conversations v ON v.contact_id = c.id AND v.closed_at IS NULL
 WHERE r.kind = 'verify'
   AND r.entity_hashes && ARRAY[$1::text]
 ORDER BY r.contact_id, r.created_at DESC
 LIMIT $2`

// CheckersOf lists the people who checked a phone number or link through
// the bot and can still be written to, each once.
func CheckersOf(ctx context.Context, db DBTX, value string, limit int) ([]Checker, error) {
	return collectAll[Checker](ctx, db, "checkers of", checkersOf, entityHash(value), limit)
}

var countPendingAlerts = `SELECT count(*)::int FROM alerts a WHERE a.status = 'pending' AND ` + reviewable

// CountPendingAlerts counts the requests waiting for an agency's review.
func CountPendingAlerts(ctx context.Context, db DBTX, agency string) (int, error) {
	var n int
	if err := db.QueryRow(ctx, countPendingAlerts, agency).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count pending alerts: %w", err)
	}
	return n, nil
}
