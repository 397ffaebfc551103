package store

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/jackc/pgx/v5"
)

const alertDraftsOf = `
SELECT a.id, a.draft FROM alerts a JOIN alert_reports r ON r.alert_id = a.id
 WHERE r.report_id = $1 AND a.draft IS NOT NULL ORDER BY a.id FOR UPDATE OF a`

const alertPayloadsOf = `
SELECT d.id, d.payload FROM webhook_deliveries d JOIN alert_reports r ON r.alert_id = d.alert_id
 WHERE r.report_id = $1 AND d.payload IS NOT NULL ORDER BY d.id FOR UPDATE OF d`

const setAlertDraft = `UPDATE alerts SET draft = $2, updated_at = now() WHERE id = $1`

const setDeliveryPayload = `UPDATE webhook_deliveries SET payload = $2, updated_at = now() WHERE id = $1`

// RedactAlertQuotes takes the quotes of reporters' messages out of the
// requests (early warnings) a report is behind, as decided (alerts.draft)
// and as pushed or to push (webhook_deliveries.payload): a quote does not
// say whose report it came from, so all of a request's quotes go. The
// request itself stays: the number, link or wallet, how many reports,
// when, who approved it.
func RedactAlertQuotes(ctx context.Context, db DBTX, reportID int64) error {
	for _, t := range []struct {
		query, set, context string
		path                []string // to the object holding "messages"
	}{
		{alertDraftsOf, setAlertDraft, ctxAlertDraft, nil},
		{alertPayloadsOf, setDeliveryPayload, ctxDeliveryBody, []string{"request"}},
	} {
		if err := editJSONRows(ctx, db, t.query, t.set, t.context, reportID, func(m map[string]any) bool {
			for _, k := range t.path {
				inner, ok := m[k].(map[string]any)
				if !ok {
					return false
				}
				m = inner
			}
			if _, ok := m["messages"]; !ok {
				return false
			}
			delete(m, "messages")
			m["messages_withdrawn"] = true
			return true
		}); err != nil {
			return fmt.Errorf("store: redact alert quotes: %w", err)
		}
	}
	return nil
}

// editJSONRows runs edit on the JSON object of each row query selects (id,
// value; locked) and writes back with set what it changed, sealed again
// when it was sealed.
func editJSONRows(ctx context.Context, db DBTX, query, set, context string, arg any, edit func(map[string]any) bool) error {
	rows, err := db.Query(ctx, query, arg)
	if err != nil {
		return err
	}
	type row struct {
		ID    int64
		Value json.RawMessage
	}
	all, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (row, error) {
		var x row
		return x, r.Scan(&x.ID, &x.Value)
	})
	if err != nil {
		return err
	}
	for _, r := range all {
		sealed := isSealedJSON(r.Value)
		raw, err := openJSON(r.Value, context)
		if err != nil {
			return err
		}
		var m map[string]any
		if json.Unmarshal(raw, &m) != nil || m == nil || !edit(m) {
			continue
		}
		out, err := json.Marshal(m)
		if err != nil {
			return err
		}
		if sealed {
			out = sealJSON(out, context)
		}
		if _, err := db.Exec(ctx, set, r.ID, out); err != nil {
			return err
		}
	}
	return nil
}
