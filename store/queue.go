package store

import (
	"context"
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// The agency's queue as a workbench: open work first, the most urgent on
// top, overdue before on time, the earliest due first; with who claimed
// each referral and how many messages the reporter wrote since the agency
// last read it.

// actorName is the SQL naming an actor ("user:12" → the console user's
// name, "token:3" → the token's label, "system" → Hoshyar) held in col.
func actorName(col string) string {
	return `(CASE WHEN ` + col + ` ~ '^user:[0-9]+$'
             THEN (SELECT u.name FROM console_users u WHERE u.id = substr(` + col + `, 6)::bigint)
             WHEN ` + col + ` ~ '^token:[0-9]+$'
             THEN (SELECT COALESCE(NULLIF(t.label, ''), 'API token ' || t.id) FROM api_tokens t WHERE t.id = substr(` + col + `, 7)::bigint)
             WHEN ` + col + ` = 'system' THEN 'Hoshyar' END)`
}

// unreadCount counts the reporter's messages on a referral's report since
// the agency last read it (or since the referral was made): their replies,
// and what they added to the report after it was sent.
const unreadCount = `(SELECT count(*) FROM report_evidence e JOIN messages m ON m.id = e.message_id
         WHERE e.report_id = f.report_id AND m.direction = 'in' AND m.created_at > COALESCE(f.read_at, f.created_at))::int`

// Queue orders.
const (
	OrderWork   = ""       // open first, by urgency, overdue, due time
	OrderNewest = "newest" // newest first
)

// QueueFilter narrows an agency's queue. Zero values do not filter.
type QueueFilter struct {
	Status, Urgency, CaseType string
	Since                     time.Time
	Order                     string // OrderWork or OrderNewest
	// After is the cursor of the page before (QueueCursor.String), "" for
	// the first page.
	After string
	Limit int
}

// QueueCursor is where a page of the queue ends: the last item's place in
// the order.
type QueueCursor struct {
	Closed, Urgency int // 0 or 1; 0 emergency … 2 routine
	Due             time.Time
	ID              int64
}

// String encodes the cursor for a URL.
func (c QueueCursor) String() string {
	s := fmt.Sprintf("%d.%d.%d.%d", c.Closed, c.Urgency, c.Due.UnixMicro(), c.ID)
	return base64.RawURLEncoding.EncodeToString([]byte(s))
}

// ParseQueueCursor decodes a cursor; false when it is not one.
func ParseQueueCursor(s string) (QueueCursor, bool) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return QueueCursor{}, false
	}
	parts := strings.Split(string(b), ".")
	if len(parts) != 4 {
		return QueueCursor{}, false
	}
	var n [4]int64
	for i, p := range parts {
		if n[i], err = strconv.ParseInt(p, 10, 64); err != nil {
			return QueueCursor{}, false
		}
	}
	return QueueCursor{Closed: int(n[0]), Urgency: int(n[1]), Due: time.UnixMicro(n[2]), ID: n[3]}, true
}

// CursorOf is the cursor after it in the work order.
func CursorOf(it QueueItem) QueueCursor {
	c := QueueCursor{Urgency: 2, Due: it.DueAt, ID: it.ID}
	switch it.Urgency {
	case "emergency":
		c.Urgency = 0
	case "urgent":
		c.Urgency = 1
	}
	if it.Status == "closed" {
		c.Closed = 1
	}
	return c
}

// The work order's keys, as the index referrals_work holds them: open
// before closed, by urgency, then by due time. Within an urgency the
// overdue come first because they are the earliest due, so "overdue, then
// due time" needs no key of its own (nor a clock).
const workKeys = `(f.status = 'closed'),
       (CASE f.urgency WHEN 'emergency' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END),
       f.due_at, f.id`

const queueWhere = `
 WHERE f.agency_code = $1
   AND ($2 = '' OR f.status = $2) AND ($3 = '' OR f.urgency = $3) AND ($4 = '' OR r.case_type = $4)
   AND f.created_at >= $5`

var listQueueWork = queueSelect + queueWhere + `
   AND (NOT $6 OR (` + workKeys + `) > ($8::int = 1, $9::int, $10::timestamptz, $11::bigint))
 ORDER BY ` + workKeys + ` LIMIT $7`

var listQueueNewest = queueSelect + queueWhere + `
   AND (NOT $6 OR f.id < $8::bigint)
 ORDER BY f.id DESC LIMIT $7`

// ListQueue returns a page of an agency's referrals in the filter's order.
func ListQueue(ctx context.Context, db DBTX, agency string, f QueueFilter) ([]QueueItem, error) {
	var c QueueCursor
	paging := f.After != ""
	if paging {
		var ok bool
		if c, ok = ParseQueueCursor(f.After); !ok {
			return nil, fmt.Errorf("store: list queue: %w: bad cursor", ErrInvalid)
		}
	}
	if f.Order == OrderNewest {
		return collectAll[QueueItem](ctx, db, "list queue", listQueueNewest, agency, f.Status, f.Urgency, f.CaseType, f.Since,
			paging, f.Limit, c.ID)
	}
	return collectAll[QueueItem](ctx, db, "list queue", listQueueWork, agency, f.Status, f.Urgency, f.CaseType, f.Since,
		paging, f.Limit, c.Closed, c.Urgency, c.Due, c.ID)
}

// ErrInvalid is returned for an argument a query cannot take (a cursor
// that is not one).
var ErrInvalid = fmt.Errorf("store: invalid argument")

const markRead = `UPDATE referrals SET read_at = $2 WHERE id = $1`

// MarkRead records that the referral's agency read it at a time: the
// reporter's messages before then are no longer new.
func MarkRead(ctx context.Context, db DBTX, id int64, at time.Time) error {
	if _, err := db.Exec(ctx, markRead, id, at); err != nil {
		return fmt.Errorf("store: mark read: %w", err)
	}
	return nil
}

// Load is how much of an agency's open work one person holds.
type Load struct {
	Actor     string     `db:"actor"`
	Name      *string    `db:"name"`
	Claimed   int        `db:"claimed"`
	Working   int        `db:"working"`
	Overdue   int        `db:"overdue"`
	Emergency int        `db:"emergency"`
	Oldest    *time.Time `db:"oldest"` // the earliest due time among them
}

var teamLoad = `
SELECT f.claimed_by AS actor, ` + actorName("f.claimed_by") + ` AS name,
       count(*) FILTER (WHERE f.status = 'claimed')::int AS claimed,
       count(*) FILTER (WHERE f.status = 'in_progress')::int AS working,
       count(*) FILTER (WHERE f.due_at < $2)::int AS overdue,
       count(*) FILTER (WHERE f.urgency = 'emergency')::int AS emergency,
       min(f.due_at) AS oldest
  FROM referrals f
 WHERE f.agency_code = $1 AND f.status IN ('claimed', 'in_progress') AND f.claimed_by IS NOT NULL
 GROUP BY f.claimed_by ORDER BY count(*) DESC, f.claimed_by`

// TeamLoad lists, per person, an agency's open referrals they hold.
func TeamLoad(ctx context.Context, db DBTX, agency string, now time.Time) ([]Load, error) {
	return collectAll[Load](ctx, db, "team load", teamLoad, agency, now)
}

const countUnclaimed = `
SELECT count(*)::int AS n, count(*) FILTER (WHERE due_at < $2)::int AS overdue
  FROM referrals WHERE agency_code = $1 AND status = 'new'`

// CountUnclaimed counts an agency's referrals nobody took yet, and of them
// those overdue.
func CountUnclaimed(ctx context.Context, db DBTX, agency string, now time.Time) (n, overdue int, err error) {
	if err := db.QueryRow(ctx, countUnclaimed, agency, now).Scan(&n, &overdue); err != nil {
		return 0, 0, fmt.Errorf("store: count unclaimed: %w", err)
	}
	return n, overdue, nil
}

const countOverdue = `SELECT count(*)::int FROM referrals WHERE agency_code = $1 AND status <> 'closed' AND due_at < $2`

// CountOverdue counts an agency's open referrals past their due time.
func CountOverdue(ctx context.Context, db DBTX, agency string, now time.Time) (int, error) {
	var n int
	if err := db.QueryRow(ctx, countOverdue, agency, now).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count overdue: %w", err)
	}
	return n, nil
}

const assignReferral = `
UPDATE referrals SET claimed_by = $2, status = CASE WHEN status = 'new' THEN 'claimed' ELSE status END,
       claimed_at = COALESCE(claimed_at, now()), updated_at = now()
 WHERE id = $1`

// AssignReferral gives a referral to a person (an actor): it is theirs to
// work, claimed if it was new.
func AssignReferral(ctx context.Context, db DBTX, id int64, actor string) error {
	if _, err := db.Exec(ctx, assignReferral, id, actor); err != nil {
		return fmt.Errorf("store: assign referral: %w", err)
	}
	return nil
}

const setOutcome = `UPDATE referrals SET outcome = $2, updated_at = now() WHERE id = $1`

// SetOutcome records a referral's outcome (a verification verdict) without
// moving it.
func SetOutcome(ctx context.Context, db DBTX, id int64, outcome string) error {
	if _, err := db.Exec(ctx, setOutcome, id, sealText(outcome, ctxOutcome)); err != nil {
		return fmt.Errorf("store: set outcome: %w", err)
	}
	return nil
}
