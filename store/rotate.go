package store

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/hoshyar/hoshyar/vault"
)

// Key rotation (`hoshyar key rotate`) walks every table with sealed
// columns in batches, by key (keyset pagination: no OFFSET, no long
// transaction), and re-seals under the current key whatever is sealed under
// a previous one or still in clear (rows from before sealing). The server
// keeps running meanwhile: it opens under every key of its ring and seals
// under the current one, so what it writes during the rotation is already
// done. Each update is a compare-and-swap (the old value in its WHERE), so
// a row the server changed since the batch was read is left alone, not
// overwritten with its older content. Killing the rotation loses nothing:
// a second run skips, without writing, every value already current.

// RotateBatch is how many rows a rotation step reads by default.
const RotateBatch = 500

// RotateProgress is what a rotation has done in one table.
type RotateProgress struct {
	Table    string
	Read     int64 // rows read
	Resealed int64 // values written under the current key
	Done     bool  // the table is finished
}

// sealedTable is a table the rotation walks.
type sealedTable struct {
	name string
	keys []string // keyset columns, bigint
	cols string   // the other columns read, after the keys
	// query, when set, reads a batch instead (a table whose rows share a
	// key: every row of the last key must come in the same batch); %d is
	// the batch size, $1 the last key.
	query string
	// reseal returns the updates a row needs (none when it is current):
	// statements with their arguments, each a compare-and-swap.
	reseal func(v *vault.Vault, key []int64, vals []any) ([]rotUpdate, error)
}

type rotUpdate struct {
	sql  string
	args []any
}

// sealedTables lists every sealed column; a column added to sealing must
// be added here (TestRotate fails otherwise: it checks every value).
var sealedTables = []sealedTable{
	{name: "contacts", keys: []string{"id"}, cols: "channel, address_sealed, name_sealed", reseal: resealContact},
	{name: "messages", keys: []string{"id"}, cols: "body, meta::text", reseal: resealMessage},
	{name: "message_parts", keys: []string{"message_id", "part"}, cols: "body", reseal: resealTextCol("message_parts", "body", ctxPartBody)},
	{name: "conversations", keys: []string{"id"}, cols: "state::text", reseal: resealJSONCol("conversations", "state", ctxState)},
	{name: "reports", keys: []string{"id"}, cols: "summary, answers::text, entities::text, entity_hashes", reseal: resealReport},
	{name: "media", keys: []string{"id"}, cols: "data, text, latitude, longitude, place_sealed", reseal: resealMedia},
	{name: "report_keys", keys: []string{"report_id"}, reseal: resealReportKey, query: `
SELECT report_id, kind, value, value_sealed FROM report_keys
 WHERE report_id IN (SELECT DISTINCT report_id FROM report_keys WHERE report_id > $1 ORDER BY 1 LIMIT %d)
 ORDER BY report_id, kind, value`},
	{name: "alerts", keys: []string{"id"}, cols: "key_kind, key_value, key_value_sealed, draft::text, note", reseal: resealAlert},
	{name: "referral_events", keys: []string{"id"}, cols: "detail::text", reseal: resealEvent},
	{name: "referrals", keys: []string{"id"}, cols: "reason, outcome", reseal: resealReferral},
	{name: "webhook_deliveries", keys: []string{"id"}, cols: "payload::text", reseal: resealJSONCol("webhook_deliveries", "payload", ctxDeliveryBody)},
}

// RotateKeys re-seals every sealed value under v's current key, reading
// batch rows at a time (RotateBatch when 0) and calling progress after
// each batch.
func RotateKeys(ctx context.Context, db DBTX, v *vault.Vault, batch int, progress func(RotateProgress)) error {
	if batch <= 0 {
		batch = RotateBatch
	}
	for _, t := range sealedTables {
		if err := rotateTable(ctx, db, v, t, batch, progress); err != nil {
			return err
		}
	}
	return rotateWebhooks(ctx, db, v, progress)
}

func rotateTable(ctx context.Context, db DBTX, v *vault.Vault, t sealedTable, batch int, progress func(RotateProgress)) error {
	keys := strings.Join(t.keys, ", ")
	params := make([]string, len(t.keys))
	for i := range params {
		params[i] = fmt.Sprintf("$%d", i+1)
	}
	q := fmt.Sprintf(`SELECT %s, %s FROM %s WHERE (%s) > (%s) ORDER BY %s LIMIT %d`,
		keys, t.cols, t.name, keys, strings.Join(params, ", "), keys, batch)
	if t.query != "" {
		q = fmt.Sprintf(t.query, batch)
	}
	last := make([]any, len(t.keys))
	for i := range last {
		last[i] = int64(-1 << 31) // below any id or part number (int4 or bigint)
	}
	p := RotateProgress{Table: t.name}
	for {
		rows, err := db.Query(ctx, q, last...)
		if err != nil {
			return fmt.Errorf("store: rotate %s: %w", t.name, err)
		}
		var updates []rotUpdate
		n := 0
		for rows.Next() {
			vals, err := rows.Values()
			if err != nil {
				rows.Close()
				return fmt.Errorf("store: rotate %s: %w", t.name, err)
			}
			key := make([]int64, len(t.keys))
			for i := range key {
				key[i] = toInt64(vals[i])
				last[i] = key[i]
			}
			u, err := t.reseal(v, key, vals[len(t.keys):])
			if err != nil {
				rows.Close()
				return fmt.Errorf("store: rotate %s %v: %w", t.name, key, err)
			}
			updates = append(updates, u...)
			n++
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("store: rotate %s: %w", t.name, err)
		}
		if len(updates) > 0 {
			b := &pgx.Batch{}
			for _, u := range updates {
				b.Queue(u.sql, u.args...)
			}
			if err := db.SendBatch(ctx, b).Close(); err != nil {
				return fmt.Errorf("store: rotate %s: %w", t.name, err)
			}
		}
		p.Read += int64(n)
		p.Resealed += int64(len(updates))
		p.Done = n < batch
		progress(p)
		if p.Done {
			return nil
		}
	}
}

func toInt64(v any) int64 {
	switch x := v.(type) {
	case int64:
		return x
	case int32:
		return int64(x)
	case int16:
		return int64(x)
	}
	return 0
}

// keyWhere is the WHERE of an update by key, its parameters from $2 on.
func keyWhere(table string, key []int64) (string, []any) {
	keys := []string{"id"}
	if table == "message_parts" {
		keys = []string{"message_id", "part"}
	}
	parts := make([]string, len(keys))
	args := make([]any, len(key))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s = $%d", k, i+2)
		args[i] = key[i]
	}
	return strings.Join(parts, " AND "), args
}

// casUpdate sets column to the new value where it still holds the old one.
func casUpdate(table, column, cast string, key []int64, newVal, oldVal any) rotUpdate {
	where, args := keyWhere(table, key)
	n := len(args) + 2
	return rotUpdate{
		sql:  fmt.Sprintf(`UPDATE %s SET %s = $1%s WHERE %s AND %s IS NOT DISTINCT FROM $%d%s`, table, column, cast, where, column, n, cast),
		args: append(append([]any{newVal}, args...), oldVal),
	}
}

func resealText(v *vault.Vault, s, context string) (string, bool, error) {
	if v.CurrentText(s) {
		return s, false, nil
	}
	plain, err := v.OpenText(s, context)
	if err != nil {
		return "", false, err
	}
	return v.SealText(plain, context), true, nil
}

func resealTextCol(table, column, context string) func(*vault.Vault, []int64, []any) ([]rotUpdate, error) {
	return func(v *vault.Vault, key []int64, vals []any) ([]rotUpdate, error) {
		s, _ := vals[0].(string)
		n, changed, err := resealText(v, s, context)
		if err != nil || !changed {
			return nil, err
		}
		return []rotUpdate{casUpdate(table, column, "", key, n, s)}, nil
	}
}

func resealJSONCol(table, column, context string) func(*vault.Vault, []int64, []any) ([]rotUpdate, error) {
	return func(v *vault.Vault, key []int64, vals []any) ([]rotUpdate, error) {
		s, ok := vals[0].(string)
		if !ok {
			return nil, nil // NULL
		}
		n, changed, err := resealJSON(v, s, context)
		if err != nil || !changed {
			return nil, err
		}
		return []rotUpdate{casUpdate(table, column, "::jsonb", key, n, s)}, nil
	}
}

// resealJSON re-seals a jsonb value sealed whole (sealJSON), or seals one
// written before sealing.
func resealJSON(v *vault.Vault, s, context string) (string, bool, error) {
	raw := []byte(s)
	plain := json.RawMessage(raw)
	if isSealedJSON(raw) {
		var inner string
		_ = unmarshalString(raw, &inner)
		if v.CurrentText(inner) {
			return s, false, nil
		}
		p, err := openTextWith(v, inner, context)
		if err != nil {
			return "", false, err
		}
		plain = json.RawMessage(p)
	}
	return string(sealJSONWith(v, plain, context)), true, nil
}

func resealReport(v *vault.Vault, key []int64, vals []any) ([]rotUpdate, error) {
	var out []rotUpdate
	summary, _ := vals[0].(string)
	n, changed, err := resealText(v, summary, ctxSummary)
	if err != nil {
		return nil, err
	}
	if changed {
		out = append(out, casUpdate("reports", "summary", "", key, n, summary))
	}
	answers, _ := vals[1].(string)
	m, ok := answersMap(answers)
	if !ok {
		return out, nil // not a map of strings: nothing this code wrote
	}
	changed = false
	for k, a := range m {
		n, c, err := resealText(v, a, ctxAnswers)
		if err != nil {
			return nil, err
		}
		m[k], changed = n, changed || c
	}
	if changed {
		out = append(out, casUpdate("reports", "answers", "::jsonb", key, string(mustJSON(m)), answers))
	}
	entities, _ := vals[2].(string)
	if !entitiesCurrent(v, entities) {
		plain, err := openEntitiesWith(v, json.RawMessage(entities))
		if err != nil {
			return nil, err
		}
		sealed, hashes, err := sealEntitiesWith(v, plain)
		if err != nil {
			return nil, err
		}
		where, args := keyWhere("reports", key)
		n := len(args) + 2
		out = append(out, rotUpdate{
			sql:  fmt.Sprintf(`UPDATE reports SET entities = $1::jsonb, entity_hashes = $%d WHERE %s AND entities = $%d::jsonb`, n+1, where, n),
			args: append(append([]any{string(sealed)}, args...), entities, hashes),
		})
	}
	return out, nil
}

// entitiesCurrent reports whether every item of entities' recruiter lists
// is sealed under the current key.
func entitiesCurrent(v *vault.Vault, entities string) bool {
	var m map[string]json.RawMessage
	if json.Unmarshal([]byte(entities), &m) != nil {
		return true // not an object: nothing to seal
	}
	for k, raw := range m {
		if k == "from_image" {
			if !entitiesCurrent(v, string(raw)) {
				return false
			}
			continue
		}
		if !sealedEntityLists[k] {
			continue
		}
		var items []string
		if json.Unmarshal(raw, &items) != nil {
			continue
		}
		for _, it := range items {
			if !v.CurrentText(it) {
				return false
			}
		}
	}
	return true
}

func resealReportKey(v *vault.Vault, key []int64, vals []any) ([]rotUpdate, error) {
	kind, _ := vals[0].(string)
	value, _ := vals[1].(string)
	sealed, _ := vals[2].([]byte)
	switch {
	case sealed == nil && !strings.HasPrefix(value, keyHashPrefix): // stored before sealing
		return []rotUpdate{{
			sql:  `UPDATE report_keys SET value = $1, value_sealed = $2 WHERE report_id = $3 AND kind = $4 AND value = $5`,
			args: []any{keyHashWith(v, kind, value), v.Seal(value, ctxKeyValue), key[0], kind, value},
		}}, nil
	case sealed != nil && !v.Current(sealed):
		plain, err := v.Open(sealed, ctxKeyValue)
		if err != nil {
			return nil, err
		}
		return []rotUpdate{{
			sql:  `UPDATE report_keys SET value_sealed = $1 WHERE report_id = $2 AND kind = $3 AND value = $4 AND value_sealed = $5`,
			args: []any{v.Seal(plain, ctxKeyValue), key[0], kind, value, sealed},
		}}, nil
	}
	return nil, nil
}

func resealAlert(v *vault.Vault, key []int64, vals []any) ([]rotUpdate, error) {
	var out []rotUpdate
	kind, _ := vals[0].(string)
	value, _ := vals[1].(string)
	sealed, _ := vals[2].([]byte)
	switch {
	case sealed == nil && !strings.HasPrefix(value, keyHashPrefix):
		out = append(out, rotUpdate{
			sql:  `UPDATE alerts SET key_value = $1, key_value_sealed = $2 WHERE id = $3 AND key_value = $4`,
			args: []any{keyHashWith(v, kind, value), v.Seal(value, ctxKeyValue), key[0], value},
		})
	case sealed != nil && !v.Current(sealed):
		plain, err := v.Open(sealed, ctxKeyValue)
		if err != nil {
			return nil, err
		}
		out = append(out, casUpdate("alerts", "key_value_sealed", "", key, v.Seal(plain, ctxKeyValue), sealed))
	}
	if draft, ok := vals[3].(string); ok {
		n, changed, err := resealJSON(v, draft, ctxAlertDraft)
		if err != nil {
			return nil, err
		}
		if changed {
			out = append(out, casUpdate("alerts", "draft", "::jsonb", key, n, draft))
		}
	}
	if note, ok := vals[4].(string); ok {
		n, changed, err := resealText(v, note, ctxAlertNote)
		if err != nil {
			return nil, err
		}
		if changed {
			out = append(out, casUpdate("alerts", "note", "", key, n, note))
		}
	}
	return out, nil
}

func resealEvent(v *vault.Vault, key []int64, vals []any) ([]rotUpdate, error) {
	detail, _ := vals[0].(string)
	m, ok := eventMap([]byte(detail))
	if !ok {
		return nil, nil
	}
	current := true
	for k, x := range m {
		if s, ok := x.(string); ok && sealedEventFields[k] && !v.CurrentText(s) {
			current = false
		}
	}
	if current {
		return nil, nil
	}
	plain, err := openEventDetailWith(v, json.RawMessage(detail))
	if err != nil {
		return nil, err
	}
	m, _ = eventMap(plain)
	return []rotUpdate{casUpdate("referral_events", "detail", "::jsonb", key, string(mustJSON(sealEventDetailWith(v, m))), detail)}, nil
}

func resealContact(v *vault.Vault, key []int64, vals []any) ([]rotUpdate, error) {
	channel, _ := vals[0].(string)
	var out []rotUpdate
	for i, c := range []struct{ column, context string }{{"address_sealed", channel}, {"name_sealed", channel + "/name"}} {
		b, _ := vals[1+i].([]byte)
		if b == nil || v.Current(b) {
			continue
		}
		plain, err := v.OpenBytes(b, c.context)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", c.column, err)
		}
		out = append(out, casUpdate("contacts", c.column, "", key, v.SealBytes(plain, c.context), b))
	}
	return out, nil
}

func resealMedia(v *vault.Vault, key []int64, vals []any) ([]rotUpdate, error) {
	var out []rotUpdate
	if data, _ := vals[0].([]byte); data != nil && !v.Current(data) {
		plain, err := v.OpenBytes(data, ctxMediaData)
		switch {
		case err == nil:
		case len(data) > 0 && data[0] == 0x01: // sealed (a version byte), under a key not in the ring
			return nil, fmt.Errorf("media.data: %w: is a key missing from HOSHYAR_PREVIOUS_SECRET_KEYS?", err)
		default: // bytes from before sealing (no file format starts with 0x01)
			plain = data
		}
		out = append(out, casUpdate("media", "data", "", key, v.SealBytes(plain, ctxMediaData), data))
	}
	if text, ok := vals[1].(string); ok {
		n, changed, err := resealText(v, text, ctxMediaText)
		if err != nil {
			return nil, err
		}
		if changed {
			out = append(out, casUpdate("media", "text", "", key, n, text))
		}
	}
	lat, latOK := vals[2].(float64)
	long, longOK := vals[3].(float64)
	place, _ := vals[4].([]byte)
	switch {
	case latOK && longOK: // a location from before sealing
		where, args := keyWhere("media", key)
		out = append(out, rotUpdate{
			sql:  `UPDATE media SET place_sealed = $1, latitude = NULL, longitude = NULL WHERE ` + where,
			args: append([]any{sealPlaceWith(v, lat, long)}, args...),
		})
	case place != nil && !v.Current(place):
		plain, err := v.Open(place, ctxMediaPlace)
		if err != nil {
			return nil, err
		}
		out = append(out, casUpdate("media", "place_sealed", "", key, v.Seal(plain, ctxMediaPlace), place))
	}
	return out, nil
}

const listWebhookSecrets = `SELECT agency_code, secret FROM agency_webhooks ORDER BY agency_code`

const casWebhookSecret = `UPDATE agency_webhooks SET secret = $1 WHERE agency_code = $2 AND secret = $3`

// rotateWebhooks re-seals agencies' push secrets: a handful of rows.
func rotateWebhooks(ctx context.Context, db DBTX, v *vault.Vault, progress func(RotateProgress)) error {
	rows, err := db.Query(ctx, listWebhookSecrets)
	if err != nil {
		return fmt.Errorf("store: rotate webhooks: %w", err)
	}
	type hook struct {
		agency string
		secret []byte
	}
	hooks, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (hook, error) {
		var h hook
		return h, r.Scan(&h.agency, &h.secret)
	})
	if err != nil {
		return fmt.Errorf("store: rotate webhooks: %w", err)
	}
	p := RotateProgress{Table: "agency_webhooks", Read: int64(len(hooks)), Done: true}
	for _, h := range hooks {
		if v.Current(h.secret) {
			continue
		}
		plain, err := v.OpenBytes(h.secret, "webhook/"+h.agency)
		if err != nil {
			return fmt.Errorf("store: rotate webhook of %s: %w", h.agency, err)
		}
		if _, err := db.Exec(ctx, casWebhookSecret, v.SealBytes(plain, "webhook/"+h.agency), h.agency, h.secret); err != nil {
			return fmt.Errorf("store: rotate webhook of %s: %w", h.agency, err)
		}
		p.Resealed++
	}
	progress(p)
	return nil
}

func resealReferral(v *vault.Vault, key []int64, vals []any) ([]rotUpdate, error) {
	var out []rotUpdate
	for i, c := range []struct{ column, context string }{{"reason", ctxReason}, {"outcome", ctxOutcome}} {
		s, ok := vals[i].(string)
		if !ok {
			continue
		}
		n, changed, err := resealText(v, s, c.context)
		if err != nil {
			return nil, err
		}
		if changed {
			out = append(out, casUpdate("referrals", c.column, "", key, n, s))
		}
	}
	return out, nil
}

func resealMessage(v *vault.Vault, key []int64, vals []any) ([]rotUpdate, error) {
	out, err := resealTextCol("messages", "body", ctxMessageBody)(v, key, vals[:1])
	if err != nil {
		return nil, err
	}
	meta, ok := vals[1].(string)
	if !ok {
		return out, nil
	}
	var m map[string]any
	if json.Unmarshal([]byte(meta), &m) != nil {
		return out, nil
	}
	thing, ok := m["thing"].(string)
	if !ok || v.CurrentText(thing) {
		return out, nil
	}
	plain, err := openTextWith(v, thing, ctxMessageMeta)
	if err != nil {
		return nil, err
	}
	m["thing"] = v.SealText(plain, ctxMessageMeta)
	return append(out, casUpdate("messages", "meta", "::jsonb", key, string(mustJSON(m)), meta)), nil
}
