package store

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/jackc/pgx/v5"

	"github.com/hoshyar/hoshyar/vault"
)

// The store seals personal columns on the way in and opens them on the way
// out, so its callers keep passing and getting plain strings and cannot
// forget to seal. The vault is the process's one HOSHYAR_SECRET_KEY ring,
// installed once at start (UseVault): a package-level value because every
// store function would otherwise need it as a parameter, and one process
// has only one key ring.
var sealer atomic.Pointer[vault.Vault]

// UseVault installs the vault the store seals with. Until it is called,
// any store function that reads or writes a sealed column panics: writing
// personal data in clear by mistake is worse than failing.
func UseVault(v *vault.Vault) { sealer.Store(v) }

// UseVaultOnce installs v unless a vault is installed already, and reports
// whether it did: a command run inside a test binary (whose harness
// installed the tests' vault) leaves that one in place.
func UseVaultOnce(v *vault.Vault) bool { return sealer.CompareAndSwap(nil, v) }

// Vault is the installed vault (for rotation).
func Vault() *vault.Vault { return vlt() }

func vlt() *vault.Vault {
	v := sealer.Load()
	if v == nil {
		panic("store: no vault: call store.UseVault at start")
	}
	return v
}

// Contexts bound to sealed values: one per column, so a value cannot be
// moved to another column unnoticed.
const (
	ctxMessageBody  = "messages.body"
	ctxPartBody     = "message_parts.body"
	ctxState        = "conversations.state"
	ctxSummary      = "reports.summary"
	ctxAnswers      = "reports.answers"
	ctxMediaData    = "media.data"
	ctxMediaText    = "media.text"
	ctxMediaPlace   = "media.location"
	ctxEventDetail  = "referral_events.detail"
	ctxMessageMeta  = "messages.meta"
	ctxAlertNote    = "alerts.note"
	ctxAlertDraft   = "alerts.draft"
	ctxReason       = "referrals.reason"
	ctxOutcome      = "referrals.outcome"
	ctxDeliveryBody = "webhook_deliveries.payload"
)

// textPrefix starts sealed text (vault.TextPrefix).
const textPrefix = vault.TextPrefix

func sealText(s, context string) string { return vlt().SealText(s, context) }

func openText(s, context string) (string, error) {
	return openTextWith(vlt(), s, context)
}

func openTextWith(v *vault.Vault, s, context string) (string, error) {
	p, err := v.OpenText(s, context)
	if err != nil {
		return "", fmt.Errorf("store: open %s: %w", context, err)
	}
	return p, nil
}

// sealJSON seals a jsonb value as a JSON string; nil stays nil (NULL).
func sealJSON(raw json.RawMessage, context string) json.RawMessage {
	return sealJSONWith(vlt(), raw, context)
}

func sealJSONWith(v *vault.Vault, raw json.RawMessage, context string) json.RawMessage {
	if raw == nil {
		return nil
	}
	return mustJSON(v.SealText(string(raw), context))
}

// mustJSON marshals what always marshals (strings, maps of strings).
func mustJSON(x any) []byte {
	b, err := json.Marshal(x)
	if err != nil {
		panic("store: " + err.Error())
	}
	return b
}

// isSealedJSON reports whether raw is a JSON string holding sealed text.
func isSealedJSON(raw []byte) bool {
	return len(raw) >= len(vault.TextPrefix)+2 && raw[0] == '"' && string(raw[1:1+len(vault.TextPrefix)]) == vault.TextPrefix
}

func unmarshalString(raw []byte, s *string) error { return json.Unmarshal(raw, s) }

// answersMap reads answers (a JSON object of strings); ok is false for
// anything else.
func answersMap(s string) (map[string]string, bool) {
	var m map[string]string
	if err := json.Unmarshal([]byte(s), &m); err != nil {
		return nil, false
	}
	return m, true
}

// openJSON opens what sealJSON made; JSON written before sealing (anything
// but a sealed string) is returned as it is.
func openJSON(raw json.RawMessage, context string) (json.RawMessage, error) {
	if !isSealedJSON(raw) {
		return raw, nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return nil, fmt.Errorf("store: open %s: %w", context, err)
	}
	p, err := openText(s, context)
	if err != nil {
		return nil, err
	}
	return json.RawMessage(p), nil
}

// opener is a row type with sealed columns, opened by rowTo after
// scanning (so by collectOne, collectAll and every other scan by name).
type opener interface{ openSealed() error }

func openRow[T any](v *T) error {
	if o, ok := any(v).(opener); ok {
		return o.openSealed()
	}
	return nil
}

// rowTo scans a row by column name, as pgx.RowToStructByName (or by
// position, see byPosition), and opens
// its sealed columns: every struct the store returns goes through it.
func rowTo[T any](row pgx.CollectableRow) (T, error) {
	var v T
	ok, err := scanByPosition(row, &v)
	if !ok {
		v, err = pgx.RowToStructByName[T](row)
	}
	if err != nil {
		return v, err
	}
	return v, openRow(&v)
}

// Answers are sealed value by value: the question ids stay clear, so
// UpdateReport still merges a newer assessment's answers in SQL (answers ||
// $2), and what the person answered is sealed.
func sealAnswers(m map[string]string) map[string]string {
	out := make(map[string]string, len(m))
	for k, v := range m {
		out[k] = sealText(v, ctxAnswers)
	}
	return out
}

func openAnswers(m map[string]string) error {
	for k, v := range m {
		p, err := openText(v, ctxAnswers)
		if err != nil {
			return err
		}
		m[k] = p
	}
	return nil
}

// openAnswersJSON is openAnswers for answers kept as raw JSON.
func openAnswersJSON(raw json.RawMessage) (json.RawMessage, error) {
	if len(raw) == 0 || raw[0] != '{' {
		return raw, nil
	}
	var m map[string]string
	if err := json.Unmarshal(raw, &m); err != nil {
		return raw, nil // not a map of strings: written before sealing, keep it
	}
	if err := openAnswers(m); err != nil {
		return nil, err
	}
	return json.Marshal(m)
}

// openMetaWith opens the sealed thing of an agency input's meta; meta
// written before sealing, or without a thing, is returned as it is.
func openMetaWith(v *vault.Vault, raw json.RawMessage) (json.RawMessage, error) {
	if !strings.Contains(string(raw), `"`+textPrefix) {
		return raw, nil
	}
	var m map[string]any
	if json.Unmarshal(raw, &m) != nil {
		return raw, nil
	}
	if s, ok := m["thing"].(string); ok {
		p, err := openTextWith(v, s, ctxMessageMeta)
		if err != nil {
			return nil, err
		}
		m["thing"] = p
	}
	return json.Marshal(m)
}

// sealBytes seals media bytes; nil stays nil (not fetched yet).
func sealBytes(b []byte, context string) []byte {
	if b == nil {
		return nil
	}
	return vlt().SealBytes(b, context)
}

// openBytes opens what sealBytes made. Bytes stored before sealing cannot
// be told from sealed ones by their look, so what does not open under any
// key is taken for such bytes and returned as it is (an attacker who can
// write the table can replace the bytes either way).
func openBytes(b []byte, context string) ([]byte, error) {
	return openBytesWith(vlt(), b, context)
}

func openBytesWith(v *vault.Vault, b []byte, context string) ([]byte, error) {
	if b == nil {
		return nil, nil
	}
	p, err := v.OpenBytes(b, context)
	if err != nil {
		return b, nil
	}
	return p, nil
}

// sealPlace seals a shared location as "lat,long"; nil when there is none.
func sealPlace(lat, long *float64) []byte {
	if lat == nil || long == nil {
		return nil
	}
	return sealPlaceWith(vlt(), *lat, *long)
}

func sealPlaceWith(v *vault.Vault, lat, long float64) []byte {
	return v.Seal(strconv.FormatFloat(lat, 'g', -1, 64)+","+strconv.FormatFloat(long, 'g', -1, 64), ctxMediaPlace)
}

func openPlace(b []byte) (lat, long *float64, err error) {
	s, err := vlt().Open(b, ctxMediaPlace)
	if err != nil {
		return nil, nil, fmt.Errorf("store: open %s: %w", ctxMediaPlace, err)
	}
	a, o, _ := strings.Cut(s, ",")
	la, err1 := strconv.ParseFloat(a, 64)
	lo, err2 := strconv.ParseFloat(o, 64)
	if err1 != nil || err2 != nil {
		return nil, nil, fmt.Errorf("store: open %s: not a place", ctxMediaPlace)
	}
	return &la, &lo, nil
}

// OpenText opens a sealed text column read without the store (tests,
// tools); column is "table.column", e.g. "messages.body".
func OpenText(s, column string) (string, error) { return openText(s, column) }

// OpenBytes is OpenText for a bytea column ("media.data").
func OpenBytes(b []byte, column string) ([]byte, error) { return openBytes(b, column) }

// openOptional is openText for a nullable column.
func openOptional(s *string, context string) (*string, error) {
	if s == nil {
		return nil, nil
	}
	p, err := openText(*s, context)
	return &p, err
}
