package store

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
)

// An agency's message, verification verdict or notice reaches a reporter as
// an input to their conversation: an inbound message of one of these kinds,
// numbered after the person's own and processed in order by the same
// conversation job, which renders it with the flow engine. The reply that
// carries it out is of kind KindAgencyOut and names the referral.
const (
	KindAgencyMessage = "agency_message"
	KindAgencyVerdict = "agency_verdict"
	KindAgencyNotice  = "agency_notice"
	KindAgencyOut     = "agency"
)

// IsAgencyInput reports whether an inbound message's kind is an agency's
// input rather than something the person sent.
func IsAgencyInput(kind string) bool {
	switch kind {
	case KindAgencyMessage, KindAgencyVerdict, KindAgencyNotice:
		return true
	}
	return false
}

// agencyInputKinds is the SQL list of those kinds.
const agencyInputKinds = `('agency_message', 'agency_verdict', 'agency_notice')`

// InputMeta is who says what in an agency input (no personal data: the
// officer's text or the verdict's note is the body).
type InputMeta struct {
	Agency    string `json:"agency"`
	Reference string `json:"reference"`
	Actor     string `json:"actor,omitempty"` // "user:12", "token:3", "system"
	Verdict   string `json:"verdict,omitempty"`
	Thing     string `json:"thing,omitempty"` // a notice: what is under action
	Discreet  bool   `json:"discreet,omitempty"`
}

// NewAgencyInput is an agency input to store.
type NewAgencyInput struct {
	ConversationID int64
	ReferralID     int64 // 0 for none (a notice)
	Kind           string
	Body           string
	Meta           InputMeta
}

const insertAgencyInput = `
WITH seq AS (
  UPDATE conversations SET last_seq = last_seq + 1, updated_at = now()
   WHERE id = $1 AND closed_at IS NULL
  RETURNING last_seq, channel
)
INSERT INTO messages (conversation_id, direction, channel, provider_id, seq, kind, body, referral_id, meta, status)
SELECT $1, 'in', seq.channel, $2, seq.last_seq, $3, $4, NULLIF($5, 0), $6, 'received' FROM seq
RETURNING id`

// InsertAgencyInput stores an agency input after the conversation's
// messages so far; the caller enqueues the conversation's processing in
// the same transaction. A closed (erased) conversation is ErrNotFound.
func InsertAgencyInput(ctx context.Context, db DBTX, in NewAgencyInput) (int64, error) {
	if !IsAgencyInput(in.Kind) {
		return 0, fmt.Errorf("store: insert agency input: %w: kind %q", ErrInvalid, in.Kind)
	}
	in.Meta.Thing = sealText(in.Meta.Thing, ctxMessageMeta) // a number or link under action
	meta, err := json.Marshal(in.Meta)
	if err != nil {
		return 0, fmt.Errorf("store: insert agency input: %w", err)
	}
	b := make([]byte, 12)
	_, _ = rand.Read(b)
	var id int64
	err = db.QueryRow(ctx, insertAgencyInput, in.ConversationID, "agency:"+hex.EncodeToString(b), in.Kind, sealText(in.Body, ctxMessageBody), in.ReferralID, meta).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("store: insert agency input: %w", notFound(err))
	}
	return id, nil
}

const inputOf = `SELECT meta, referral_id FROM messages WHERE id = $1`

// InputOf returns the meta and referral of an agency input.
func InputOf(ctx context.Context, db DBTX, messageID int64) (InputMeta, *int64, error) {
	var raw []byte
	var referral *int64
	if err := db.QueryRow(ctx, inputOf, messageID).Scan(&raw, &referral); err != nil {
		return InputMeta{}, nil, fmt.Errorf("store: input of: %w", notFound(err))
	}
	var m InputMeta
	if len(raw) > 0 {
		if err := json.Unmarshal(raw, &m); err != nil {
			return InputMeta{}, nil, fmt.Errorf("store: input of: %w", err)
		}
		var err error
		if m.Thing, err = openText(m.Thing, ctxMessageMeta); err != nil {
			return InputMeta{}, nil, fmt.Errorf("store: input of: %w", err)
		}
	}
	return m, referral, nil
}
