package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
)

// ErrConflict is returned when an action does not fit the referral's state.
var ErrConflict = errors.New("store: conflict")

const tokenAgency = `
UPDATE api_tokens SET last_used_at = now()
 WHERE token_hash = $1 AND revoked_at IS NULL
RETURNING id, agency_code, role`

// TokenAgency finds the agency and role of a live API token by its keyed
// hash.
func TokenAgency(ctx context.Context, db DBTX, hash []byte) (id int64, agency, role string, err error) {
	if err := db.QueryRow(ctx, tokenAgency, hash).Scan(&id, &agency, &role); err != nil {
		return 0, "", "", fmt.Errorf("store: token agency: %w", notFound(err))
	}
	return id, agency, role, nil
}

const revokeToken = `UPDATE api_tokens SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`

// RevokeToken revokes a token by id; ErrNotFound if none was live.
func RevokeToken(ctx context.Context, db DBTX, id int64) error {
	tag, err := db.Exec(ctx, revokeToken, id)
	if err != nil {
		return fmt.Errorf("store: revoke token: %w", err)
	}
	if tag.RowsAffected() == 0 {
		return ErrNotFound
	}
	return nil
}

// QueueItem is a referral with the facts of its report, as an agency sees it.
type QueueItem struct {
	ID             int64           `db:"id"`
	ReportID       int64           `db:"report_id"`
	Reference      string          `db:"reference"`
	Agency         string          `db:"agency_code"`
	Role           string          `db:"role"`
	Status         string          `db:"status"`
	Urgency        string          `db:"urgency"`
	Priority       string          `db:"priority"`
	CaseType       string          `db:"case_type"`
	Reason         string          `db:"reason"`
	LinkedReports  int             `db:"linked_reports"`
	RedFlags       json.RawMessage `db:"red_flags"`
	Entities       json.RawMessage `db:"entities"`
	Answers        json.RawMessage `db:"answers"`
	Danger         json.RawMessage `db:"danger"`
	Summary        string          `db:"summary"`
	Language       string          `db:"language"`
	Channel        string          `db:"channel"`
	Consent        bool            `db:"consent_contact"`
	Discreet       bool            `db:"discreet"`
	ContactID      *int64          `db:"contact_id"`
	ConversationID *int64          `db:"conversation_id"`
	Outcome        *string         `db:"outcome"`
	ClaimedBy      *string         `db:"claimed_by"`
	CreatedAt      time.Time       `db:"created_at"`
	DueAt          time.Time       `db:"due_at"`
	UpdatedAt      time.Time       `db:"updated_at"`

	// The workbench's (queue.go): the report's kind (report, help, verify,
	// human), when the agency took it, closed it and last read it, when it
	// was shown overdue to the case's other agencies, which agency asked
	// this one to assist, the claimant's name, and how many messages the
	// reporter wrote since the agency last read it.
	ReportKind    string     `db:"report_kind"`
	ClaimedAt     *time.Time `db:"claimed_at"`
	ClosedAt      *time.Time `db:"closed_at"`
	ReadAt        *time.Time `db:"read_at"`
	EscalatedAt   *time.Time `db:"escalated_at"`
	AskedBy       *string    `db:"asked_by"`
	ClaimedByName *string    `db:"claimed_by_name"`
	Unread        int        `db:"unread"`
	// VoiceOnly: the report's evidence is voice notes or audio and nothing
	// else (no words, no image): someone has to listen to it.
	VoiceOnly bool `db:"voice_only"`
	// WithdrawnAt is when the reporter withdrew their words (withdraw.go).
	WithdrawnAt *time.Time `db:"withdrawn_at"`
}

var queueSelect = `
SELECT f.id, f.report_id, r.reference, f.agency_code, f.role, f.status, f.urgency, f.priority, r.case_type, f.reason,
       f.linked_reports, r.red_flags, r.entities, r.answers, r.danger, r.summary, r.language, r.channel,
       r.consent_contact, r.discreet, r.contact_id, r.conversation_id, f.outcome, f.claimed_by,
       f.created_at, f.due_at, f.updated_at,
       r.kind AS report_kind, f.claimed_at, f.closed_at, f.read_at, f.escalated_at, f.asked_by,
       ` + actorName("f.claimed_by") + ` AS claimed_by_name, ` + unreadCount + ` AS unread,
       (EXISTS (SELECT 1 FROM report_evidence e JOIN media d ON d.message_id = e.message_id
                 WHERE e.report_id = r.id AND d.kind IN ('voice', 'audio'))
        AND NOT EXISTS (SELECT 1 FROM report_evidence e JOIN messages m ON m.id = e.message_id
                          LEFT JOIN media d ON d.message_id = m.id
                         WHERE e.report_id = r.id
                           AND (btrim(m.body) <> '' OR (d.id IS NOT NULL AND d.kind NOT IN ('voice', 'audio')))))
       AS voice_only, r.withdrawn_at
  FROM referrals f JOIN reports r ON r.id = f.report_id`

var getQueueItem = queueSelect + ` WHERE f.id = $1 AND f.agency_code = $2`

// GetQueueItem loads one of an agency's referrals; another agency's is
// ErrNotFound, as if it did not exist.
func GetQueueItem(ctx context.Context, db DBTX, agency string, id int64) (QueueItem, error) {
	return collectOne[QueueItem](ctx, db, "get referral", getQueueItem, id, agency)
}

var lockQueueItem = getQueueItem + ` FOR UPDATE OF f`

// LockQueueItem loads and locks one of an agency's referrals.
func LockQueueItem(ctx context.Context, db DBTX, agency string, id int64) (QueueItem, error) {
	return collectOne[QueueItem](ctx, db, "lock referral", lockQueueItem, id, agency)
}

const setReferralStatus = `
UPDATE referrals SET status = $2, outcome = COALESCE(NULLIF($3, ''), outcome),
       claimed_by = CASE WHEN $2 = 'claimed' THEN $4 ELSE claimed_by END,
       claimed_at = CASE WHEN $2 <> 'new' THEN COALESCE(claimed_at, now()) END,
       closed_at = CASE WHEN $2 = 'closed' THEN COALESCE(closed_at, now()) END,
       updated_at = now()
 WHERE id = $1`

// SetReferralStatus moves a referral (the caller checked the transition).
func SetReferralStatus(ctx context.Context, db DBTX, id int64, status, outcome, actor string) error {
	if _, err := db.Exec(ctx, setReferralStatus, id, status, sealText(outcome, ctxOutcome), actor); err != nil {
		return fmt.Errorf("store: set referral status: %w", err)
	}
	return nil
}

const transferReferral = `
UPDATE referrals SET agency_code = $2, reason = $3, status = 'new', claimed_by = NULL, claimed_at = NULL, read_at = NULL,
       overdue_at = NULL, escalated_at = NULL, updated_at = now()
 WHERE id = $1`

// TransferReferral hands a referral to another agency, saying why;
// ErrConflict when that agency already has one for the same report.
func TransferReferral(ctx context.Context, db DBTX, id int64, to, reason string) error {
	_, err := db.Exec(ctx, transferReferral, id, to, sealText(reason, ctxReason))
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "23505" {
		return ErrConflict
	}
	if err != nil {
		return fmt.Errorf("store: transfer referral: %w", err)
	}
	return nil
}

// Event is one entry of a referral's history.
type Event struct {
	ID        int64           `db:"id" json:"id"`
	At        time.Time       `db:"at" json:"at"`
	Actor     string          `db:"actor" json:"actor"`
	ActorName *string         `db:"actor_name" json:"actor_name,omitempty"` // the console user's name, the token's label
	Kind      string          `db:"kind" json:"kind"`
	Detail    json.RawMessage `db:"detail" json:"detail"`
}

const addEvent = `INSERT INTO referral_events (referral_id, actor, kind, detail) VALUES ($1, $2, $3, $4)`

// AddEvent appends to a referral's history.
func AddEvent(ctx context.Context, db DBTX, referralID int64, actor, kind string, detail map[string]any) error {
	if detail == nil {
		detail = map[string]any{}
	}
	b, err := json.Marshal(sealEventDetail(detail))
	if err != nil {
		return fmt.Errorf("store: add event: %w", err)
	}
	if _, err := db.Exec(ctx, addEvent, referralID, actor, kind, b); err != nil {
		return fmt.Errorf("store: add event: %w", err)
	}
	return nil
}

var eventsOf = `SELECT id, at, actor, ` + actorName("actor") + ` AS actor_name, kind, detail
  FROM referral_events WHERE referral_id = $1 ORDER BY id`

// EventsOf returns a referral's history, oldest first.
func EventsOf(ctx context.Context, db DBTX, referralID int64) ([]Event, error) {
	return collectAll[Event](ctx, db, "events of", eventsOf, referralID)
}

// EvidenceItem is a message of a report's account with its attachments.
type EvidenceItem struct {
	MessageID int64     `db:"id"`
	Kind      string    `db:"kind"`
	Body      string    `db:"body"`
	At        time.Time `db:"created_at"`
}

const evidenceOf = `
SELECT m.id, m.kind, m.body, m.created_at FROM report_evidence e JOIN messages m ON m.id = e.message_id
 WHERE e.report_id = $1 ORDER BY m.id`

// EvidenceOf lists a report's evidence messages in order.
func EvidenceOf(ctx context.Context, db DBTX, reportID int64) ([]EvidenceItem, error) {
	return collectAll[EvidenceItem](ctx, db, "evidence of", evidenceOf, reportID)
}

// MediaInfo describes an attachment without its bytes, with the text read
// from it.
type MediaInfo struct {
	ID          int64    `db:"id"`
	MessageID   int64    `db:"message_id"`
	Kind        string   `db:"kind"`
	ContentType *string  `db:"content_type"`
	Size        *int64   `db:"size_bytes"`
	SHA256      []byte   `db:"sha256"`
	Latitude    *float64 `db:"latitude"`
	Longitude   *float64 `db:"longitude"`
	PlaceSealed []byte   `db:"place_sealed"` // opened into Latitude and Longitude
	Error       *string  `db:"error"`
	Text        *string  `db:"text"`        // see media_text.go
	TextSource  *string  `db:"text_source"` // ocr, pdf, contact
	ReadError   *string  `db:"read_error"`
	Duration    *int     `db:"duration_seconds"`
}

const mediaOfReport = `
SELECT d.id, d.message_id, d.kind, d.content_type, d.size_bytes, d.sha256, d.latitude, d.longitude, d.place_sealed, d.error,
       d.text, d.text_source, d.read_error, d.duration_seconds
  FROM media d JOIN report_evidence e ON e.message_id = d.message_id
 WHERE e.report_id = $1 ORDER BY d.id`

// MediaOfReport lists the attachments of a report's evidence, with the
// text read from each (media.text is read here and in media_text.go only).
func MediaOfReport(ctx context.Context, db DBTX, reportID int64) ([]MediaInfo, error) {
	return collectAll[MediaInfo](ctx, db, "media of report", mediaOfReport, reportID)
}

const agencyMedia = `
SELECT d.content_type, d.data, d.sha256 FROM media d
 WHERE d.id = $1 AND d.data IS NOT NULL AND EXISTS (
       SELECT 1 FROM report_evidence e JOIN referrals f ON f.report_id = e.report_id
        WHERE e.message_id = d.message_id AND f.agency_code = $2)`

// AgencyMedia returns an attachment's bytes if it is evidence of one of the
// agency's referrals; otherwise ErrNotFound.
func AgencyMedia(ctx context.Context, db DBTX, agency string, id int64) (contentType string, data, sum []byte, err error) {
	var ct *string
	if err := db.QueryRow(ctx, agencyMedia, id, agency).Scan(&ct, &data, &sum); err != nil {
		return "", nil, nil, fmt.Errorf("store: agency media: %w", notFound(err))
	}
	if data, err = openBytes(data, ctxMediaData); err != nil {
		return "", nil, nil, fmt.Errorf("store: agency media: %w", err)
	}
	if ct != nil {
		contentType = *ct
	}
	return contentType, data, sum, nil
}

// AgencyNote is what an agency said to a reporter about a report.
type AgencyNote struct {
	Agency string    `db:"agency_code"`
	Body   string    `db:"body"`
	At     time.Time `db:"created_at"`
}

const agencyNotesOf = `
SELECT f.agency_code, m.body, m.created_at FROM messages m JOIN referrals f ON f.id = m.referral_id
 WHERE f.report_id = $1 AND m.kind = 'agency' AND m.status NOT IN ('failed', 'unknown') ORDER BY m.id`

// AgencyNotesOf lists the messages agencies sent the reporter about a report.
func AgencyNotesOf(ctx context.Context, db DBTX, reportID int64) ([]AgencyNote, error) {
	return collectAll[AgencyNote](ctx, db, "agency notes of", agencyNotesOf, reportID)
}

const setWebhook = `
INSERT INTO agency_webhooks (agency_code, url, secret) VALUES ($1, $2, $3)
ON CONFLICT (agency_code) DO UPDATE SET url = EXCLUDED.url, secret = EXCLUDED.secret, updated_at = now()`

// SetWebhook registers (or replaces) an agency's push URL and sealed secret.
func SetWebhook(ctx context.Context, db DBTX, agency, url string, sealedSecret []byte) error {
	if _, err := db.Exec(ctx, setWebhook, agency, url, sealedSecret); err != nil {
		return fmt.Errorf("store: set webhook: %w", err)
	}
	return nil
}

// Webhook is an agency's push endpoint.
type Webhook struct {
	Agency string `db:"agency_code"`
	URL    string `db:"url"`
	Secret []byte `db:"secret"`
}

const getWebhook = `SELECT agency_code, url, secret FROM agency_webhooks WHERE agency_code = $1`

// GetWebhook loads an agency's push endpoint; ErrNotFound if it has none.
func GetWebhook(ctx context.Context, db DBTX, agency string) (Webhook, error) {
	return collectOne[Webhook](ctx, db, "get webhook", getWebhook, agency)
}

const insertDelivery = `
INSERT INTO webhook_deliveries (agency_code, referral_id, event, payload) VALUES ($1, $2, $3, $4) RETURNING id`

// InsertDelivery records a push to make, with what it will say of the
// referral as it is now.
func InsertDelivery(ctx context.Context, db DBTX, agency string, referralID int64, event string, snapshot Snapshot) (int64, error) {
	payload, err := json.Marshal(snapshot)
	if err != nil {
		return 0, fmt.Errorf("store: insert delivery: %w", err)
	}
	var id int64
	if err := db.QueryRow(ctx, insertDelivery, agency, referralID, event, sealJSON(payload, ctxDeliveryBody)).Scan(&id); err != nil {
		return 0, fmt.Errorf("store: insert delivery: %w", err)
	}
	return id, nil
}

const insertAlertDelivery = `
INSERT INTO webhook_deliveries (agency_code, alert_id, event, payload) VALUES ($1, $2, $3, $4) RETURNING id`

// InsertAlertDelivery records a push about a request to an agency, with
// what it says.
func InsertAlertDelivery(ctx context.Context, db DBTX, agency string, alertID int64, event string, payload any) (int64, error) {
	b, err := json.Marshal(payload)
	if err != nil {
		return 0, fmt.Errorf("store: insert alert delivery: %w", err)
	}
	var id int64
	if err := db.QueryRow(ctx, insertAlertDelivery, agency, alertID, event, sealJSON(b, ctxDeliveryBody)).Scan(&id); err != nil {
		return 0, fmt.Errorf("store: insert alert delivery: %w", err)
	}
	return id, nil
}

// Delivery is a push, made or to make.
type Delivery struct {
	ID         int64           `db:"id" json:"id"`
	Agency     string          `db:"agency_code" json:"-"`
	ReferralID *int64          `db:"referral_id" json:"referral_id"`
	AlertID    *int64          `db:"alert_id" json:"alert_id,omitempty"`
	Event      string          `db:"event" json:"event"`
	Status     string          `db:"status" json:"status"`
	Attempts   int             `db:"attempts" json:"attempts"`
	LastStatus *int            `db:"last_status" json:"last_status,omitempty"`
	LastError  *string         `db:"last_error" json:"last_error,omitempty"`
	CreatedAt  time.Time       `db:"created_at" json:"created_at"`
	UpdatedAt  time.Time       `db:"updated_at" json:"updated_at"`
	Payload    json.RawMessage `db:"payload" json:"-"`
}

const deliveryColumns = `id, agency_code, referral_id, alert_id, event, status, attempts, last_status, last_error, created_at, updated_at, payload`

const getDelivery = `SELECT ` + deliveryColumns + ` FROM webhook_deliveries WHERE id = $1`

// GetDelivery loads a push.
func GetDelivery(ctx context.Context, db DBTX, id int64) (Delivery, error) {
	return collectOne[Delivery](ctx, db, "get delivery", getDelivery, id)
}

const recordDelivery = `
UPDATE webhook_deliveries SET status = $2, attempts = attempts + 1, last_status = NULLIF($3, 0), last_error = NULLIF($4, ''), updated_at = now()
 WHERE id = $1`

// RecordDelivery records an attempt's outcome.
func RecordDelivery(ctx context.Context, db DBTX, id int64, status string, httpStatus int, errText string) error {
	if _, err := db.Exec(ctx, recordDelivery, id, status, httpStatus, errText); err != nil {
		return fmt.Errorf("store: record delivery: %w", err)
	}
	return nil
}

const listDeliveries = `SELECT ` + deliveryColumns + ` FROM webhook_deliveries WHERE agency_code = $1 ORDER BY id DESC LIMIT $2`

// ListDeliveries lists an agency's latest pushes.
func ListDeliveries(ctx context.Context, db DBTX, agency string, limit int) ([]Delivery, error) {
	return collectAll[Delivery](ctx, db, "list deliveries", listDeliveries, agency, limit)
}

const referralSnapshot = `
SELECT f.id, r.reference, f.agency_code, r.case_type, f.urgency, f.status, f.priority, f.due_at, r.withdrawn_at
  FROM referrals f JOIN reports r ON r.id = f.report_id WHERE f.id = $1`

// Snapshot is what a push says of a referral: no personal data, the
// agency reads the rest through the API (where reads are audited).
type Snapshot struct {
	ID        int64     `db:"id" json:"id"`
	Reference string    `db:"reference" json:"reference"`
	Agency    string    `db:"agency_code" json:"agency"`
	CaseType  string    `db:"case_type" json:"case_type"`
	Urgency   string    `db:"urgency" json:"urgency"`
	Status    string    `db:"status" json:"status"`
	Priority  string    `db:"priority" json:"priority"`
	DueAt     time.Time `db:"due_at" json:"due_at"`
	// WithdrawnAt: the reporter withdrew their words (asked for their data
	// to be deleted); the report keeps the facts about the offer.
	WithdrawnAt *time.Time `db:"withdrawn_at" json:"withdrawn_at,omitempty"`
}

// ReferralSnapshot loads what a push says of a referral.
func ReferralSnapshot(ctx context.Context, db DBTX, id int64) (Snapshot, error) {
	return collectOne[Snapshot](ctx, db, "referral snapshot", referralSnapshot, id)
}

const transferredAway = `
SELECT DISTINCT e.detail->>'from' FROM referral_events e JOIN referrals f ON f.id = e.referral_id
 WHERE f.report_id = $1 AND e.kind = 'transfer'`

// TransferredAway lists the agencies that transferred a report's referral
// to another: routing it again must not hand it back to them.
func TransferredAway(ctx context.Context, db DBTX, reportID int64) ([]string, error) {
	rows, err := db.Query(ctx, transferredAway, reportID)
	if err != nil {
		return nil, fmt.Errorf("store: transferred away: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, fmt.Errorf("store: transferred away: %w", err)
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

const linkedVisibleTo = `
SELECT r.reference FROM reports r
 WHERE r.id = ANY($1) AND EXISTS (SELECT 1 FROM referrals f WHERE f.report_id = r.id AND f.agency_code = $2)
 ORDER BY r.id`

// LinkedVisibleTo returns the references of the linked reports the agency
// has referrals for; the others it only learns the number of.
func LinkedVisibleTo(ctx context.Context, db DBTX, ids []int64, agency string) ([]string, error) {
	out := []string{}
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := db.Query(ctx, linkedVisibleTo, ids, agency)
	if err != nil {
		return nil, fmt.Errorf("store: linked visible: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, fmt.Errorf("store: linked visible: %w", err)
		}
		out = append(out, s)
	}
	return out, rows.Err()
}
