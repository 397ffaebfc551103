package store

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"time"
)

// referenceAlphabet has no 0/O, 1/I: easy to read over the phone.
const referenceAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"

// NewReference returns a fresh report reference like HSY-7KQ3MZ. Uniqueness
// is the database's to enforce; a collision (1 in 10⁹ per pair) fails the
// insert and the step is retried with another.
func NewReference() string {
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	for i := range b {
		b[i] = referenceAlphabet[int(b[i])%len(referenceAlphabet)]
	}
	return "HSY-" + string(b)
}

// NewReport is a report to store.
type NewReport struct {
	Reference      string
	ConversationID int64
	ContactID      int64
	Kind           string
	CaseType       string
	Urgency        string
	Language       string
	Channel        string
	Source         string
	Answers        map[string]string
	Entities       any
	RedFlags       any
	Danger         []string
	Consent        bool
	Discreet       bool
	Summary        string
}

const insertReport = `
INSERT INTO reports (reference, conversation_id, contact_id, kind, case_type, urgency, language, channel, source,
                     answers, entities, red_flags, danger, consent_contact, discreet, summary, entity_hashes)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULLIF($9, ''), $10, $11, $12, $13, $14, $15, $16, $17)
RETURNING id`

// InsertReport stores a report and returns its id.
func InsertReport(ctx context.Context, db DBTX, r NewReport) (int64, error) {
	var id int64
	answers, _ := json.Marshal(sealAnswers(r.Answers))
	entities, _ := json.Marshal(r.Entities)
	entities, hashes, err := sealEntities(entities)
	if err != nil {
		return 0, err
	}
	flags, _ := json.Marshal(r.RedFlags)
	danger, _ := json.Marshal(orEmptySlice(r.Danger))
	err = db.QueryRow(ctx, insertReport, r.Reference, r.ConversationID, r.ContactID, r.Kind, r.CaseType, r.Urgency,
		r.Language, r.Channel, r.Source, answers, entities, flags, danger, r.Consent, r.Discreet, sealText(r.Summary, ctxSummary), hashes).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("store: insert report: %w", err)
	}
	return id, nil
}

func orEmpty(m map[string]string) map[string]string {
	if m == nil {
		return map[string]string{}
	}
	return m
}

func orEmptySlice(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// Report is a stored report.
type Report struct {
	ID             int64             `db:"id"`
	Reference      string            `db:"reference"`
	ConversationID *int64            `db:"conversation_id"`
	ContactID      *int64            `db:"contact_id"`
	Kind           string            `db:"kind"`
	CaseType       string            `db:"case_type"`
	Urgency        string            `db:"urgency"`
	Language       string            `db:"language"`
	Channel        string            `db:"channel"`
	Answers        map[string]string `db:"answers"`
	Entities       json.RawMessage   `db:"entities"`
	RedFlags       json.RawMessage   `db:"red_flags"`
	Danger         []string          `db:"danger"`
	Consent        bool              `db:"consent_contact"`
	Discreet       bool              `db:"discreet"`
	Summary        string            `db:"summary"`
	CreatedAt      time.Time         `db:"created_at"`
	// WithdrawnAt is when the reporter withdrew their words (see
	// withdraw.go): the report keeps only the facts about the offer.
	WithdrawnAt *time.Time `db:"withdrawn_at"`
}

const reportColumns = `id, reference, conversation_id, contact_id, kind, case_type, urgency, language, channel, answers,
       entities, red_flags, danger, consent_contact, discreet, summary, created_at, withdrawn_at`

const reportByReference = `SELECT ` + reportColumns + ` FROM reports WHERE reference = $1`

// ReportByReference loads a report by its reference.
func ReportByReference(ctx context.Context, db DBTX, ref string) (Report, error) {
	return collectOne[Report](ctx, db, "report by reference", reportByReference, ref)
}

const getReport = `SELECT ` + reportColumns + ` FROM reports WHERE id = $1`

// GetReport loads a report by its id.
func GetReport(ctx context.Context, db DBTX, id int64) (Report, error) {
	return collectOne[Report](ctx, db, "get report", getReport, id)
}

const updateReport = `
UPDATE reports
   SET answers = answers || $2, danger = $3, urgency = $4, case_type = $5, entities = $6, red_flags = $7,
       consent_contact = $8, discreet = $9, summary = $10, entity_hashes = $11, updated_at = now()
 WHERE id = $1 AND withdrawn_at IS NULL`

// UpdateReport replaces a report's assessment with a newer one. A report
// whose words were withdrawn is not assessed again: its facts stay as
// they were when the reporter withdrew.
func UpdateReport(ctx context.Context, db DBTX, id int64, r NewReport) error {
	answers, _ := json.Marshal(sealAnswers(r.Answers))
	entities, _ := json.Marshal(r.Entities)
	entities, hashes, err := sealEntities(entities)
	if err != nil {
		return err
	}
	flags, _ := json.Marshal(r.RedFlags)
	danger, _ := json.Marshal(orEmptySlice(r.Danger))
	if _, err := db.Exec(ctx, updateReport, id, answers, danger, r.Urgency, r.CaseType, entities, flags, r.Consent, r.Discreet, sealText(r.Summary, ctxSummary), hashes); err != nil {
		return fmt.Errorf("store: update report: %w", err)
	}
	return nil
}

const addEvidence = `
INSERT INTO report_evidence (report_id, message_id)
SELECT $1, m FROM unnest($2::bigint[]) AS m
ON CONFLICT DO NOTHING`

// AddEvidence links messages to a report as its evidence.
func AddEvidence(ctx context.Context, db DBTX, reportID int64, messageIDs []int64) error {
	if len(messageIDs) == 0 {
		return nil
	}
	if _, err := db.Exec(ctx, addEvidence, reportID, messageIDs); err != nil {
		return fmt.Errorf("store: add evidence: %w", err)
	}
	return nil
}

// Key is a recruiter phone, link or licence a report names.
type Key struct {
	Kind  string // phone, url, licence
	Value string
}

const addKey = `INSERT INTO report_keys (report_id, kind, value, value_sealed) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`

// AddKeys records the keys a report names.
func AddKeys(ctx context.Context, db DBTX, reportID int64, keys []Key) error {
	for _, k := range keys {
		if _, err := db.Exec(ctx, addKey, reportID, k.Kind, keyHash(k.Kind, k.Value), vlt().Seal(k.Value, ctxKeyValue)); err != nil {
			return fmt.Errorf("store: add key: %w", err)
		}
	}
	return nil
}

const countReportsNaming = `SELECT count(DISTINCT report_id) FROM report_keys WHERE kind = $1 AND value = $2 AND report_id <> $3`

// CountReportsNaming counts the reports, other than exceptID, that name key.
func CountReportsNaming(ctx context.Context, db DBTX, key Key, exceptID int64) (int, error) {
	var n int
	if err := db.QueryRow(ctx, countReportsNaming, key.Kind, keyHash(key.Kind, key.Value), exceptID).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count reports naming: %w", err)
	}
	return n, nil
}

const linkedReports = `
SELECT DISTINCT k2.report_id FROM report_keys k1
  JOIN report_keys k2 ON k2.kind = k1.kind AND k2.value = k1.value AND k2.report_id <> k1.report_id
 WHERE k1.report_id = $1`

// LinkedReports lists the reports sharing a phone, link or licence with a report.
func LinkedReports(ctx context.Context, db DBTX, reportID int64) ([]int64, error) {
	rows, err := db.Query(ctx, linkedReports, reportID)
	if err != nil {
		return nil, fmt.Errorf("store: linked reports: %w", err)
	}
	return collectIDs(rows, "linked reports")
}

// NewReferral is a referral to store.
type NewReferral struct {
	ReportID      int64
	Agency        string
	Role          string
	Urgency       string
	DueAt         time.Time
	Reason        string
	LinkedReports int
	Priority      string
}

const insertReferral = `
INSERT INTO referrals (report_id, agency_code, role, urgency, due_at, reason, linked_reports, priority)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
ON CONFLICT (report_id, agency_code) DO UPDATE
   SET urgency = EXCLUDED.urgency, due_at = LEAST(referrals.due_at, EXCLUDED.due_at), reason = EXCLUDED.reason, role = EXCLUDED.role,
       linked_reports = EXCLUDED.linked_reports, priority = EXCLUDED.priority, updated_at = now()
RETURNING id`

// UpsertReferral stores a referral, or refreshes it when the report was
// re-assessed: its role and reason follow the matrix; a due time only ever
// moves earlier.
func UpsertReferral(ctx context.Context, db DBTX, r NewReferral) (int64, error) {
	var id int64
	err := db.QueryRow(ctx, insertReferral, r.ReportID, r.Agency, r.Role, r.Urgency, r.DueAt, sealText(r.Reason, ctxReason), r.LinkedReports, r.Priority).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("store: upsert referral: %w", err)
	}
	return id, nil
}

const raiseLinked = `
UPDATE referrals SET linked_reports = $2, priority = CASE WHEN $2 >= 2 THEN 'high' ELSE priority END, updated_at = now()
 WHERE report_id = $1 AND linked_reports < $2`

// RaiseLinked records on an earlier report's referrals how many other
// reports now name the same recruiter; three reports or more (two links)
// make them high priority.
func RaiseLinked(ctx context.Context, db DBTX, reportID int64, linked int) error {
	if _, err := db.Exec(ctx, raiseLinked, reportID, linked); err != nil {
		return fmt.Errorf("store: raise linked: %w", err)
	}
	return nil
}

// Referral is a stored referral.
type Referral struct {
	ID            int64     `db:"id"`
	ReportID      int64     `db:"report_id"`
	Agency        string    `db:"agency_code"`
	Role          string    `db:"role"`
	Status        string    `db:"status"`
	Urgency       string    `db:"urgency"`
	DueAt         time.Time `db:"due_at"`
	Reason        string    `db:"reason"`
	LinkedReports int       `db:"linked_reports"`
	Priority      string    `db:"priority"`
	// Placed is set when people, not the matrix, put it with its agency: it
	// was transferred there, or the agency was asked to assist.
	Placed bool `db:"placed"`
}

const referralsOf = `
SELECT id, report_id, agency_code, role, status, urgency, due_at, reason, linked_reports, priority,
       (asked_by IS NOT NULL OR EXISTS (SELECT 1 FROM referral_events e WHERE e.referral_id = f.id AND e.kind = 'transfer')) AS placed
  FROM referrals f WHERE report_id = $1 ORDER BY role, agency_code`

// ReferralsOf lists a report's referrals, leads first.
func ReferralsOf(ctx context.Context, db DBTX, reportID int64) ([]Referral, error) {
	return collectAll[Referral](ctx, db, "referrals of", referralsOf, reportID)
}

const rerouteReferral = `UPDATE referrals SET role = $2, reason = $3, updated_at = now() WHERE id = $1`

// RerouteReferral sets a referral's role and reason (the matrix no longer
// names its agency for the report as it now reads).
func RerouteReferral(ctx context.Context, db DBTX, id int64, role, reason string) error {
	if _, err := db.Exec(ctx, rerouteReferral, id, role, sealText(reason, ctxReason)); err != nil {
		return fmt.Errorf("store: reroute referral: %w", err)
	}
	return nil
}

// ReportState is one of a contact's reports as they may see it.
type ReportState struct {
	ID        int64     `db:"id"`
	Reference string    `db:"reference"`
	Status    string    `db:"status"`
	CreatedAt time.Time `db:"created_at"`
}

const reportsOfContact = `
SELECT r.id, r.reference, r.created_at,
       CASE WHEN bool_and(f.status = 'closed') THEN 'closed'
            WHEN bool_or(f.status <> 'new') THEN 'in_progress'
            ELSE 'new' END AS status
  FROM reports r LEFT JOIN referrals f ON f.report_id = r.id
 WHERE r.contact_id = $1
 GROUP BY r.id ORDER BY r.created_at DESC LIMIT $2`

// RecentReports is how many of a person's reports a conversation step sees.
const RecentReports = 5

// ReportsOfContact lists a contact's reports, newest first.
func ReportsOfContact(ctx context.Context, db DBTX, contactID int64, limit int) ([]ReportState, error) {
	return collectAll[ReportState](ctx, db, "reports of contact", reportsOfContact, contactID, limit)
}
