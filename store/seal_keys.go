package store

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/hoshyar/hoshyar/vault"
)

// Recruiters' phones, links, licences and wallets link reports: they are
// compared in SQL, so the column holds a keyed hash and the value itself is
// sealed beside it (report_keys.value_sealed, alerts.key_value_sealed).
// Callers pass and get the plain value.

// keyHashPrefix marks a keyed hash in report_keys.value and
// alerts.key_value; a value without it was stored before sealing.
const keyHashPrefix = "hk1:"

const ctxKeyValue = "report_keys.value"

// keyHash is the keyed hash that stands for a key's value in SQL.
func keyHash(kind, value string) string { return keyHashWith(vlt(), kind, value) }

func keyHashWith(v *vault.Vault, kind, value string) string {
	return keyHashPrefix + hex.EncodeToString(v.Hash("report-key/"+kind, value))
}

func (k *ReportKey) openSealed() error {
	if k.ValueSealed == nil {
		return nil // stored before sealing: value is the value
	}
	v, err := vlt().Open(k.ValueSealed, ctxKeyValue)
	if err != nil {
		return fmt.Errorf("store: open %s: %w", ctxKeyValue, err)
	}
	k.Value, k.ValueSealed = v, nil
	return nil
}

func (a *Alert) openSealed() error {
	if a.KeyValueSealed != nil {
		v, err := vlt().Open(a.KeyValueSealed, ctxKeyValue)
		if err != nil {
			return fmt.Errorf("store: open alerts.key_value: %w", err)
		}
		a.KeyValue, a.KeyValueSealed = v, nil
	}
	var err error
	if a.Draft, err = openJSON(a.Draft, ctxAlertDraft); err != nil {
		return err
	}
	if a.Note != nil {
		n, err := openText(*a.Note, ctxAlertNote)
		if err != nil {
			return err
		}
		a.Note = &n
	}
	return nil
}

func (d *Delivery) openSealed() (err error) {
	d.Payload, err = openJSON(d.Payload, ctxDeliveryBody)
	return err
}

// Entities: the lists that name a recruiter (phones, links, handles,
// licences) are sealed item by item; countries, payment channels, amounts
// and masked CNICs stay clear, for the dashboards that count them in SQL.
var sealedEntityLists = map[string]bool{"phones": true, "urls": true, "handles": true, "licences": true}

const ctxEntities = "reports.entities"

// sealEntities seals raw's recruiter lists (and those of its from_image
// object), and returns the keyed hashes of its phones and links (CheckersOf).
func sealEntities(raw []byte) ([]byte, []string, error) { return sealEntitiesWith(vlt(), raw) }

func sealEntitiesWith(vt *vault.Vault, raw []byte) ([]byte, []string, error) {
	var m map[string]json.RawMessage
	if len(raw) == 0 || json.Unmarshal(raw, &m) != nil || m == nil {
		return raw, nil, nil // null or not an object: nothing of a person's
	}
	var hashes []string
	for k, v := range m {
		switch {
		case k == "from_image":
			inner, h, err := sealEntitiesWith(vt, v)
			if err != nil {
				return nil, nil, err
			}
			m[k], hashes = inner, append(hashes, h...)
		case sealedEntityLists[k]:
			var items []string
			if json.Unmarshal(v, &items) != nil {
				continue
			}
			for i, it := range items {
				if k == "phones" || k == "urls" {
					hashes = append(hashes, entityHashWith(vt, it))
				}
				items[i] = vt.SealText(it, ctxEntities)
			}
			m[k] = mustJSON(items)
		}
	}
	b, err := json.Marshal(m)
	if err != nil {
		return nil, nil, fmt.Errorf("store: seal entities: %w", err)
	}
	return b, hashes, nil
}

// openEntities opens what sealEntities sealed; anything else is returned
// as it is.
func openEntities(raw json.RawMessage) (json.RawMessage, error) { return openEntitiesWith(vlt(), raw) }

func openEntitiesWith(vt *vault.Vault, raw json.RawMessage) (json.RawMessage, error) {
	if !strings.Contains(string(raw), `"`+textPrefix) {
		return raw, nil
	}
	var m map[string]json.RawMessage
	if json.Unmarshal(raw, &m) != nil {
		return raw, nil
	}
	for k, v := range m {
		switch {
		case k == "from_image":
			inner, err := openEntitiesWith(vt, v)
			if err != nil {
				return nil, err
			}
			m[k] = inner
		case sealedEntityLists[k]:
			var items []string
			if json.Unmarshal(v, &items) != nil {
				continue
			}
			for i, it := range items {
				p, err := openTextWith(vt, it, ctxEntities)
				if err != nil {
					return nil, err
				}
				items[i] = p
			}
			m[k] = mustJSON(items)
		}
	}
	return json.Marshal(m)
}

// entityHash is the keyed hash of a phone number or link a report names.
func entityHash(value string) string { return entityHashWith(vlt(), value) }

func entityHashWith(v *vault.Vault, value string) string {
	return keyHashPrefix + hex.EncodeToString(v.Hash("entity", value))
}

// Referral events: what officers and reporters wrote (a note, a message, a
// reason) is sealed; who, which agency and which status stay clear (routing
// reads detail->>'from' in SQL).
var sealedEventFields = map[string]bool{"text": true, "note": true, "reason": true, "outcome": true}

func sealEventDetail(detail map[string]any) map[string]any { return sealEventDetailWith(vlt(), detail) }

func sealEventDetailWith(vt *vault.Vault, detail map[string]any) map[string]any {
	out := make(map[string]any, len(detail))
	for k, v := range detail {
		if s, ok := v.(string); ok && sealedEventFields[k] {
			v = vt.SealText(s, ctxEventDetail)
		}
		out[k] = v
	}
	return out
}

func (e *Event) openSealed() (err error) {
	e.Detail, err = openEventDetailWith(vlt(), e.Detail)
	return err
}

// openEventDetailWith opens an event's sealed fields; a detail written
// before sealing is returned as it is.
func openEventDetailWith(vt *vault.Vault, raw json.RawMessage) (json.RawMessage, error) {
	if !strings.Contains(string(raw), `"`+textPrefix) {
		return raw, nil
	}
	m, ok := eventMap(raw)
	if !ok {
		return raw, nil
	}
	for k, v := range m {
		if s, ok := v.(string); ok && sealedEventFields[k] {
			p, err := openTextWith(vt, s, ctxEventDetail)
			if err != nil {
				return nil, err
			}
			m[k] = p
		}
	}
	b, err := json.Marshal(m)
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", ctxEventDetail, err)
	}
	return b, nil
}

func eventMap(raw []byte) (map[string]any, bool) {
	var m map[string]any
	if json.Unmarshal(raw, &m) != nil || m == nil {
		return nil, false
	}
	return m, true
}
