package store

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// A reporter who asks to delete their data withdraws their words from the
// reports agencies hold. The policy (which answers and entities are facts
// about the offer and the recruiter) is casework's; these are the
// statements that carry it out, in the erase's transaction, after
// LockContact.

const lockContactConversations = `SELECT id FROM conversations WHERE contact_id = $1 ORDER BY id FOR UPDATE`

const lockContact = `SELECT id FROM contacts WHERE id = $1 FOR UPDATE`

// LockContact locks a contact's conversations, then the contact: the lock
// order everywhere (ingest and the workers take a conversation before
// anything of its person's). A message being stored meanwhile is committed
// before the caller reads on.
func LockContact(ctx context.Context, db DBTX, id int64) error {
	for _, q := range []string{lockContactConversations, lockContact} {
		if _, err := db.Exec(ctx, q, id); err != nil {
			return fmt.Errorf("store: lock contact: %w", err)
		}
	}
	return nil
}

const reportsMadeBy = `SELECT ` + reportColumns + ` FROM reports
 WHERE contact_id = $1 OR conversation_id IN (SELECT id FROM conversations WHERE contact_id = $1)
 ORDER BY id`

// ReportsMadeBy lists the reports a contact made, from any of their
// conversations.
func ReportsMadeBy(ctx context.Context, db DBTX, contactID int64) ([]Report, error) {
	return collectAll[Report](ctx, db, "reports made by", reportsMadeBy, contactID)
}

const withdrawReport = `
UPDATE reports
   SET summary = '', answers = $2, entities = $3, entity_hashes = $4, consent_contact = false, contact_id = NULL,
       withdrawn_at = COALESCE(withdrawn_at, now()), updated_at = now()
 WHERE id = $1`

// WithdrawReport takes the reporter's words out of a report: its summary
// (their account) goes, its answers and entities become those given (the
// facts about the offer and the recruiter), their consent to be contacted
// lapses, and the report says when its words were withdrawn.
func WithdrawReport(ctx context.Context, db DBTX, id int64, answers map[string]string, entities any) error {
	a, err := json.Marshal(sealAnswers(answers))
	if err != nil {
		return fmt.Errorf("store: withdraw report: %w", err)
	}
	e, err := json.Marshal(entities)
	if err != nil {
		return fmt.Errorf("store: withdraw report: %w", err)
	}
	e, hashes, err := sealEntities(e)
	if err != nil {
		return fmt.Errorf("store: withdraw report: %w", err)
	}
	if _, err := db.Exec(ctx, withdrawReport, id, a, e, hashes); err != nil {
		return fmt.Errorf("store: withdraw report: %w", err)
	}
	return nil
}

const dropKeys = `DELETE FROM report_keys WHERE report_id = $1 AND kind = $2 AND (value = ANY($3) OR value = ANY($4))`

// DropKeys removes keys from a report (the reporter's own number, read as
// if it were the recruiter's): it no longer links reports or answers a
// look-up.
func DropKeys(ctx context.Context, db DBTX, reportID int64, kind string, values []string) error {
	if len(values) == 0 {
		return nil
	}
	hashes := make([]string, len(values))
	for i, v := range values {
		hashes[i] = keyHash(kind, v)
	}
	// The keyed hash, or the value itself in a row from before sealing.
	if _, err := db.Exec(ctx, dropKeys, reportID, kind, hashes, values); err != nil {
		return fmt.Errorf("store: drop keys: %w", err)
	}
	return nil
}

// WithdrawnMark is set in the detail of a history entry whose free text
// was taken out.
const WithdrawnMark = "withdrawn"

// eventTexts are the free-text fields of a history entry's detail.
var eventTexts = []string{"text", "note", "reason"}

const eventsOfReport = `
SELECT e.id, e.detail FROM referral_events e JOIN referrals f ON f.id = e.referral_id
 WHERE f.report_id = $1 ORDER BY e.id FOR UPDATE OF e`

const setEventDetail = `UPDATE referral_events SET detail = $2 WHERE id = $1`

// RedactEvents takes the free text out of the history of a report's
// referrals: officers' messages to the reporter, notes, reasons given for
// a transfer or a closing. Any of them may quote the reporter, and none
// can be told apart from one that does. What happened, who did it, when,
// to which agency and with which outcome or verdict stays.
func RedactEvents(ctx context.Context, db DBTX, reportID int64) error {
	_, err := redactEvents(ctx, db, WithdrawnMark, eventTexts, false, eventsOfReport, reportID)
	if err != nil {
		return fmt.Errorf("store: redact events: %w", err)
	}
	return nil
}

// redactEvents takes the fields named out of the detail of the history
// entries query selects (id, detail; locked), marking each entry it
// changed, and returns how many. The detail is read and written in Go,
// not in SQL, because it may be sealed: what was sealed is sealed again,
// unless plain is set: then every entry selected is written marked and in
// clear (what is left names no one), so that SQL can tell it was done.
func redactEvents(ctx context.Context, db DBTX, mark string, fields []string, plain bool, query string, args ...any) (int64, error) {
	rows, err := db.Query(ctx, query, args...)
	if err != nil {
		return 0, err
	}
	type event struct {
		ID     int64           `db:"id"`
		Detail json.RawMessage `db:"detail"`
	}
	events, err := pgx.CollectRows(rows, pgx.RowToStructByName[event])
	if err != nil {
		return 0, err
	}
	var n int64
	for _, e := range events {
		sealed := isSealedJSON(e.Detail) && !plain
		raw, err := openJSON(e.Detail, ctxEventDetail)
		if err != nil {
			return n, err
		}
		var detail map[string]any
		if json.Unmarshal(raw, &detail) != nil || detail == nil {
			if !plain {
				continue // not an object: holds no free text
			}
			detail = map[string]any{}
		}
		changed := false
		for _, k := range fields {
			if _, ok := detail[k]; ok {
				delete(detail, k)
				changed = true
			}
		}
		if !changed && !plain {
			continue
		}
		detail[mark] = true
		out, err := json.Marshal(detail)
		if err != nil {
			return n, err
		}
		if sealed {
			out = sealJSON(out, ctxEventDetail)
		}
		if _, err := db.Exec(ctx, setEventDetail, e.ID, out); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

const setReferralReason = `UPDATE referrals SET reason = $2, updated_at = now() WHERE id = $1`

// SetReferralReason replaces why a referral is with its agency (a
// withdrawn report keeps who transferred it or asked for help, not the
// words they gave).
func SetReferralReason(ctx context.Context, db DBTX, id int64, reason string) error {
	if _, err := db.Exec(ctx, setReferralReason, id, sealText(reason, ctxReason)); err != nil {
		return fmt.Errorf("store: set referral reason: %w", err)
	}
	return nil
}

const reportWithdrawn = `SELECT withdrawn_at IS NOT NULL FROM reports WHERE id = $1 FOR UPDATE`

// ReportWithdrawn reports whether a report's words were withdrawn, locking
// it: nothing may be added to it after.
func ReportWithdrawn(ctx context.Context, db DBTX, id int64) (bool, error) {
	var w bool
	if err := db.QueryRow(ctx, reportWithdrawn, id).Scan(&w); err != nil {
		return false, fmt.Errorf("store: report withdrawn: %w", notFound(err))
	}
	return w, nil
}
