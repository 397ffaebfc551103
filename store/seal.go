package store

import (
	"encoding/json"
	"fmt"
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
	ctxAuditDetail  = "audit_log.detail"
	ctxDeliveryBody = "webhook_deliveries.payload"
)

func sealText(s, context string) string { return vlt().SealText(s, context) }

func openText(s, context string) (string, error) {
	p, err := vlt().OpenText(s, context)
	if err != nil {
		return "", fmt.Errorf("store: open %s: %w", context, err)
	}
	return p, nil
}

// sealJSON seals a jsonb value as a JSON string; nil stays nil (NULL).
func sealJSON(raw json.RawMessage, context string) json.RawMessage {
	if raw == nil {
		return nil
	}
	b, _ := json.Marshal(vlt().SealText(string(raw), context)) // a string always marshals
	return b
}

// openJSON opens what sealJSON made; JSON written before sealing (anything
// but a sealed string) is returned as it is.
func openJSON(raw json.RawMessage, context string) (json.RawMessage, error) {
	if len(raw) < len(vault.TextPrefix)+2 || raw[0] != '"' || string(raw[1:1+len(vault.TextPrefix)]) != vault.TextPrefix {
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

// sealedJSONText is sealJSON for a value already marshalled by Postgres's
// driver from a Go value (maps, structs).
func sealValue(v any, context string) (json.RawMessage, error) {
	if v == nil {
		return nil, nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("store: seal %s: %w", context, err)
	}
	return sealJSON(b, context), nil
}

// opener is a row type with sealed columns, opened by collectOne and
// collectAll after scanning.
type opener interface{ openSealed() error }

func openRow[T any](v *T) error {
	if o, ok := any(v).(opener); ok {
		return o.openSealed()
	}
	return nil
}

func (m *Message) openSealed() (err error) {
	m.Body, err = openText(m.Body, ctxMessageBody)
	return err
}

func (m *FeedMessage) openSealed() (err error) {
	m.Body, err = openText(m.Body, ctxMessageBody)
	return err
}

func (c *Conversation) openSealed() (err error) {
	c.State, err = openJSON(c.State, ctxState)
	return err
}

// rowTo scans a row by column name, as pgx.RowToStructByName, and opens
// its sealed columns: every struct the store returns goes through it.
func rowTo[T any](row pgx.CollectableRow) (T, error) {
	v, err := pgx.RowToStructByName[T](row)
	if err != nil {
		return v, err
	}
	return v, openRow(&v)
}
