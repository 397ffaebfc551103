package store

import (
	"context"
	"time"
)

// Deadlines that escalate: a referral still open at its due time is flagged
// to its agency's supervisors; after a second period (per urgency, from the
// charge matrix) it is shown to the case's other agencies as overdue. Each
// happens once per referral (and again after a transfer).

// Flagged is a referral that just became overdue or was escalated.
type Flagged struct {
	ID       int64  `db:"id"`
	Agency   string `db:"agency_code"`
	ReportID int64  `db:"report_id"`
}

// escalationBatch bounds one pass; the next pass takes the rest.
const escalationBatch = 500

const flagOverdue = `
UPDATE referrals SET overdue_at = $1
 WHERE id IN (SELECT id FROM referrals
               WHERE status <> 'closed' AND due_at < $1 AND overdue_at IS NULL
               ORDER BY due_at LIMIT $2 FOR UPDATE SKIP LOCKED)
RETURNING id, agency_code, report_id`

// FlagOverdue marks the open referrals past their due time at now that
// were not flagged yet, and returns them.
func FlagOverdue(ctx context.Context, db DBTX, now time.Time) ([]Flagged, error) {
	return collectAll[Flagged](ctx, db, "flag overdue", flagOverdue, now, escalationBatch)
}

const escalateOverdue = `
UPDATE referrals SET escalated_at = $1
 WHERE id IN (SELECT id FROM referrals
               WHERE status <> 'closed' AND overdue_at IS NOT NULL AND escalated_at IS NULL
                 AND due_at + make_interval(secs => CASE urgency WHEN 'emergency' THEN $2::float8
                                                                 WHEN 'urgent' THEN $3::float8 ELSE $4::float8 END) < $1
               ORDER BY due_at LIMIT $5 FOR UPDATE SKIP LOCKED)
RETURNING id, agency_code, report_id`

// Escalate marks the flagged referrals still open a second period (by
// urgency) after their due time, and returns them.
func Escalate(ctx context.Context, db DBTX, now time.Time, emergency, urgent, routine time.Duration) ([]Flagged, error) {
	return collectAll[Flagged](ctx, db, "escalate", escalateOverdue, now,
		emergency.Seconds(), urgent.Seconds(), routine.Seconds(), escalationBatch)
}

// MonthStats is how an agency handled the referrals it received in a
// month: how many it claimed within their due time, of those that were
// claimed or are past it, and the median times to claim and to close.
type MonthStats struct {
	Agency       string    `db:"agency_code"`
	Month        time.Time `db:"month"` // the first day, in the zone asked for
	Referrals    int       `db:"referrals"`
	OnTime       int       `db:"on_time"`
	Decided      int       `db:"decided"` // claimed, or due and not claimed
	Closed       int       `db:"closed"`
	MedianClaimS *float64  `db:"median_claim_s"`
	MedianCloseS *float64  `db:"median_close_s"`
}

const monthStats = `
SELECT f.agency_code, date_trunc('month', f.created_at AT TIME ZONE $2::text) AS month,
       count(*)::int AS referrals,
       count(*) FILTER (WHERE f.claimed_at IS NOT NULL AND f.claimed_at <= f.due_at)::int AS on_time,
       count(*) FILTER (WHERE f.claimed_at IS NOT NULL OR f.due_at < $3)::int AS decided,
       count(*) FILTER (WHERE f.closed_at IS NOT NULL)::int AS closed,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM f.claimed_at - f.created_at)) AS median_claim_s,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM f.closed_at - f.created_at)) AS median_close_s
  FROM referrals f
 WHERE f.created_at >= $1
 GROUP BY 1, 2 ORDER BY 2 DESC, 1`

// MonthlyStats lists, per agency and month (in time zone tz) since a time,
// how referrals were handled. It counts and times only: no case is named.
func MonthlyStats(ctx context.Context, db DBTX, since time.Time, tz string, now time.Time) ([]MonthStats, error) {
	return collectAll[MonthStats](ctx, db, "monthly stats", monthStats, since, tz, now)
}
