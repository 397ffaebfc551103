package store

import (
	"context"
	"encoding/json"
	"fmt"
	"time"
)

// A report's referrals form its case: every agency on it sees which others
// hold it, their role, status, claim time and outcome, never their notes.

// CaseAgency is one agency's referral on a case, as the others see it.
type CaseAgency struct {
	ReferralID  int64      `db:"id"`
	ReportID    int64      `db:"report_id"`
	Agency      string     `db:"agency_code"`
	Role        string     `db:"role"`
	Status      string     `db:"status"`
	ClaimedAt   *time.Time `db:"claimed_at"`
	Outcome     *string    `db:"outcome"`
	DueAt       time.Time  `db:"due_at"`
	EscalatedAt *time.Time `db:"escalated_at"` // shown overdue to the others since
	AskedBy     *string    `db:"asked_by"`
	CreatedAt   time.Time  `db:"created_at"`
}

const caseAgencies = `
SELECT id, report_id, agency_code, role, status, claimed_at, outcome, due_at, escalated_at, asked_by, created_at
  FROM referrals WHERE report_id = ANY($1) ORDER BY report_id, role, created_at, agency_code`

// CaseAgencies lists the referrals of reports, by report, leads first.
func CaseAgencies(ctx context.Context, db DBTX, reportIDs ...int64) (map[int64][]CaseAgency, error) {
	all, err := collectAll[CaseAgency](ctx, db, "case agencies", caseAgencies, reportIDs)
	if err != nil {
		return nil, err
	}
	out := make(map[int64][]CaseAgency, len(reportIDs))
	for _, a := range all {
		out[a.ReportID] = append(out[a.ReportID], a)
	}
	return out, nil
}

const insertAssist = `
INSERT INTO referrals (report_id, agency_code, role, urgency, due_at, reason, linked_reports, priority, asked_by)
SELECT report_id, $2, 'supporting', urgency, $3, $4, linked_reports, priority, agency_code FROM referrals WHERE id = $1
ON CONFLICT (report_id, agency_code) DO NOTHING
RETURNING id`

// InsertAssist adds a supporting referral for agency to the case of
// referral id, asked by that referral's agency; ErrConflict when the agency
// already holds the case.
func InsertAssist(ctx context.Context, db DBTX, id int64, agency string, due time.Time, reason string) (int64, error) {
	var newID int64
	err := db.QueryRow(ctx, insertAssist, id, agency, due, sealText(reason, ctxReason)).Scan(&newID)
	if notFound(err) == ErrNotFound {
		return 0, ErrConflict
	}
	if err != nil {
		return 0, fmt.Errorf("store: insert assist: %w", err)
	}
	return newID, nil
}

// ThreadItem is one message of a report's conversation as staff read it:
// the reporter's, the bot's reply to them, or an agency's input (whose
// reply_status says how the message that carried it fared).
type ThreadItem struct {
	MessageID   int64           `db:"id"`
	Direction   string          `db:"direction"`
	Kind        string          `db:"kind"`
	Body        string          `db:"body"`
	At          time.Time       `db:"created_at"`
	Meta        json.RawMessage `db:"meta"`
	Agency      *string         `db:"agency_code"`
	Author      *string         `db:"author"` // an agency input's officer, by name
	ReplyStatus *string         `db:"reply_status"`
}

// threadLimit bounds the messages a thread shows, the latest kept.
const threadLimit = 500

var threadOf = `
SELECT * FROM (
SELECT m.id, m.direction, m.kind, m.body, m.created_at, m.meta, f.agency_code,
       ` + actorName("(m.meta->>'actor')") + ` AS author,
       (SELECT o.status FROM messages o WHERE o.in_reply_to = m.id AND o.direction = 'out'
         ORDER BY o.id DESC LIMIT 1) AS reply_status
  FROM messages m LEFT JOIN referrals f ON f.id = m.referral_id
 WHERE m.id IN (SELECT message_id FROM report_evidence WHERE report_id = $1)
    OR (m.direction = 'out' AND m.kind = 'text'
        AND m.in_reply_to IN (SELECT message_id FROM report_evidence WHERE report_id = $1))
    OR (m.direction = 'in' AND m.kind IN ` + agencyInputKinds + ` AND f.report_id = $1)
 ORDER BY m.id DESC LIMIT $2) t
 ORDER BY id`

// ThreadOf returns a report's conversation as one thread, oldest first:
// the reporter's messages on the report, the bot's replies to them, and
// every agency's messages and verdicts to the reporter about it.
func ThreadOf(ctx context.Context, db DBTX, reportID int64) ([]ThreadItem, error) {
	return collectAll[ThreadItem](ctx, db, "thread of", threadOf, reportID, threadLimit)
}
