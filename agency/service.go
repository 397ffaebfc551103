package agency

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/hoshyar/hoshyar/flows"
	"github.com/hoshyar/hoshyar/locales"
	"github.com/hoshyar/hoshyar/routing"
	"github.com/hoshyar/hoshyar/store"
	"github.com/hoshyar/hoshyar/triage"
	"github.com/hoshyar/hoshyar/vault"
)

// Service is what agencies can do, for the API and the console alike.
// Every method is scoped to the caller's agency.
type Service struct {
	pool    *pgxpool.Pool
	vault   *vault.Vault
	texts   *locales.Catalog
	enqueue Enqueuer
	log     *slog.Logger
}

// NewService returns the agency service.
func NewService(pool *pgxpool.Pool, v *vault.Vault, texts *locales.Catalog, enqueue Enqueuer, log *slog.Logger) *Service {
	return &Service{pool: pool, vault: v, texts: texts, enqueue: enqueue, log: log}
}

// Caller is who acts: an agency, through a token or a console user.
type Caller struct {
	Agency string
	Actor  string // "token:<id>" or "user:<id>", for the history and the audit log
}

// Error is a refusal with an HTTP status, a stable code and a message for people.
type Error struct {
	Status  int
	Code    string
	Message string
}

func (e *Error) Error() string { return e.Code + ": " + e.Message }

var errNotFound = &Error{http.StatusNotFound, "not_found", "no such referral"}

func conflict(msg string) error { return &Error{http.StatusConflict, "conflict", msg} }
func invalid(msg string) error  { return &Error{http.StatusBadRequest, "bad_request", msg} }

var timeNow = time.Now

// Queue lists the caller's referrals, newest first, and the cursor of the
// next page ("" when this is the last).
func (s *Service) Queue(ctx context.Context, c Caller, f store.QueueFilter) ([]Referral, int64, error) {
	for name, v := range map[string]string{"status": f.Status, "urgency": f.Urgency} {
		if v != "" && !validValue(name, v) {
			return nil, 0, invalid("unknown " + name + " " + v)
		}
	}
	if f.Limit <= 0 || f.Limit > 500 {
		f.Limit = pageSize
	}
	items, err := store.ListQueue(ctx, s.pool, c.Agency, f)
	if err != nil {
		return nil, 0, err
	}
	now := timeNow()
	out := make([]Referral, 0, len(items))
	for _, it := range items {
		out = append(out, toReferral(it, now))
	}
	var next int64
	if len(items) == f.Limit {
		next = items[len(items)-1].ID
	}
	return out, next, nil
}

func validValue(name, v string) bool {
	switch name {
	case "status":
		return v == "new" || v == "claimed" || v == "in_progress" || v == "closed"
	case "urgency":
		return v == "emergency" || v == "urgent" || v == "routine"
	}
	return true
}

func (s *Service) item(ctx context.Context, db store.DBTX, c Caller, id int64, lock bool) (store.QueueItem, error) {
	get := store.GetQueueItem
	if lock {
		get = store.LockQueueItem
	}
	it, err := get(ctx, db, c.Agency, id)
	if errors.Is(err, store.ErrNotFound) {
		return it, errNotFound
	}
	return it, err
}

// Detail is one referral with evidence, the reporter's words, linked
// reports and history. The read is audited: it holds personal data.
func (s *Service) Detail(ctx context.Context, c Caller, id int64) (Detail, error) {
	item, err := s.item(ctx, s.pool, c, id, false)
	if err != nil {
		return Detail{}, err
	}
	d := Detail{Referral: toReferral(item, timeNow()), Answers: maskAnswers(item.Answers), Summary: triage.MaskCNIC(item.Summary)}
	linked, err := store.LinkedReports(ctx, s.pool, item.ReportID)
	if err == nil {
		d.LinkedReports, err = store.LinkedVisibleTo(ctx, s.pool, linked, c.Agency)
	}
	var evidence []store.EvidenceItem
	if err == nil {
		evidence, err = store.EvidenceOf(ctx, s.pool, item.ReportID)
	}
	var media []store.MediaInfo
	if err == nil {
		media, err = store.MediaOfReport(ctx, s.pool, item.ReportID)
	}
	if err == nil {
		d.History, err = store.EventsOf(ctx, s.pool, item.ID)
	}
	if err == nil && item.Consent && item.ContactID != nil {
		d.Contact, err = s.contact(ctx, *item.ContactID)
	}
	if err == nil {
		err = store.Audit(ctx, s.pool, c.Actor, "referral.read", "referral", item.ID,
			map[string]any{"agency": c.Agency, "contact_shown": d.Contact != nil})
	}
	if err != nil {
		return Detail{}, err
	}
	d.Words = []Words{}
	for _, e := range evidence {
		if e.Body != "" {
			d.Words = append(d.Words, Words{MessageID: e.MessageID, Text: triage.MaskCNIC(e.Body), At: e.At})
		}
	}
	d.Evidence = []Evidence{}
	for _, m := range media {
		ev := Evidence{ID: m.ID, MessageID: m.MessageID, Kind: m.Kind, Size: m.Size, Latitude: m.Latitude, Longitude: m.Longitude,
			Error: m.Error, ReadError: m.ReadError, Duration: m.Duration}
		if m.Text != nil && m.TextSource != nil {
			ev.Text, ev.Source = triage.MaskCNIC(*m.Text), *m.TextSource
		}
		if m.ContentType != nil {
			ev.ContentType = *m.ContentType
		}
		if m.SHA256 != nil {
			ev.SHA256 = hex.EncodeToString(m.SHA256)
			ev.URL = "/api/v1/media/" + itoa(m.ID)
		}
		d.Evidence = append(d.Evidence, ev)
	}
	if d.History == nil {
		d.History = []store.Event{}
	}
	return d, nil
}

// maskAnswers masks CNIC numbers in the reporter's answers: an identity
// card number is personal data agencies get masked (DESIGN.md).
func maskAnswers(raw json.RawMessage) json.RawMessage {
	var m map[string]string
	if err := json.Unmarshal(raw, &m); err != nil {
		return json.RawMessage(`{}`)
	}
	for k, v := range m {
		m[k] = triage.MaskCNIC(v)
	}
	b, _ := json.Marshal(m)
	return b
}

// contact opens the reporter's sealed address (nil when erased).
func (s *Service) contact(ctx context.Context, contactID int64) (*string, error) {
	ct, err := store.GetContact(ctx, s.pool, contactID)
	if err != nil || ct.AddressSealed == nil {
		return nil, nil
	}
	addr, err := s.vault.Open(ct.AddressSealed, ct.Channel)
	if err != nil {
		return nil, err
	}
	return &addr, nil
}

// Media returns an attachment of one of the caller's referrals' evidence.
func (s *Service) Media(ctx context.Context, c Caller, id int64) (contentType string, data, sum []byte, err error) {
	contentType, data, sum, err = store.AgencyMedia(ctx, s.pool, c.Agency, id)
	if errors.Is(err, store.ErrNotFound) {
		return "", nil, nil, &Error{http.StatusNotFound, "not_found", "no such media"}
	}
	if err != nil {
		return "", nil, nil, err
	}
	if err := store.Audit(ctx, s.pool, c.Actor, "media.read", "media", id, map[string]any{"agency": c.Agency}); err != nil {
		return "", nil, nil, err
	}
	return contentType, data, sum, nil
}

// do runs fn on the caller's referral, locked, in a transaction, tells the
// agency's webhook, and returns the referral as it now is.
func (s *Service) do(ctx context.Context, c Caller, id int64, fn func(ctx context.Context, tx pgx.Tx, it store.QueueItem) error) (Referral, error) {
	var out store.QueueItem
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		// Lock order as everywhere: the reporter's conversation before
		// anything of theirs (the conversation worker holds it while it
		// updates this referral with the reporter's later answers).
		seen, err := s.item(ctx, tx, c, id, false)
		if err != nil {
			return err
		}
		if seen.ConversationID != nil {
			if _, err := store.LockConversation(ctx, tx, *seen.ConversationID); err != nil && !errors.Is(err, store.ErrNotFound) {
				return err
			}
		}
		it, err := s.item(ctx, tx, c, id, true)
		if err != nil {
			return err
		}
		if err := fn(ctx, tx, it); err != nil {
			return err
		}
		out, err = store.GetQueueItem(ctx, tx, it.Agency, it.ID)
		if errors.Is(err, store.ErrNotFound) {
			// Transferred: show what it was, and tell the new agency.
			out, err = it, nil
			var now store.Snapshot
			if now, err = store.ReferralSnapshot(ctx, tx, it.ID); err == nil {
				err = s.enqueue.PushTx(ctx, tx, now.Agency, it.ID, "referral.transferred")
			}
			if err != nil {
				return err
			}
		}
		return s.enqueue.PushTx(ctx, tx, it.Agency, it.ID, "referral.updated")
	})
	if err != nil {
		return Referral{}, err
	}
	return toReferral(out, timeNow()), nil
}

// transitions a referral's status may take: new → claimed → in_progress →
// closed, and claimed straight to closed.
var transitions = map[string][]string{
	"new":         {"claimed"},
	"claimed":     {"in_progress", "closed"},
	"in_progress": {"closed"},
}

// Claim takes a new referral.
func (s *Service) Claim(ctx context.Context, c Caller, id int64) (Referral, error) {
	return s.do(ctx, c, id, func(ctx context.Context, tx pgx.Tx, it store.QueueItem) error {
		if it.Status != "new" {
			return conflict("the referral is " + it.Status + "; only a new referral can be claimed")
		}
		if err := store.SetReferralStatus(ctx, tx, it.ID, "claimed", "", c.Actor); err != nil {
			return err
		}
		return store.AddEvent(ctx, tx, it.ID, c.Actor, "claimed", nil)
	})
}

// SetStatus moves a referral along new → claimed → in_progress → closed;
// closing needs an outcome.
func (s *Service) SetStatus(ctx context.Context, c Caller, id int64, status, outcome, note string) (Referral, error) {
	return s.do(ctx, c, id, func(ctx context.Context, tx pgx.Tx, it store.QueueItem) error {
		allowed := transitions[it.Status]
		ok := false
		for _, a := range allowed {
			ok = ok || a == status
		}
		switch {
		case !validValue("status", status) || status == "":
			return invalid("status must be one of claimed, in_progress, closed")
		case !ok && len(allowed) == 0:
			return conflict("a referral that is " + it.Status + " cannot change status")
		case !ok:
			return conflict("a referral that is " + it.Status + " cannot become " + status + " (allowed: " + strings.Join(allowed, ", ") + ")")
		case status == "closed" && strings.TrimSpace(outcome) == "":
			return invalid("closing needs an outcome, e.g. \"referred to police\", \"no offence found\"")
		}
		if err := store.SetReferralStatus(ctx, tx, it.ID, status, outcome, c.Actor); err != nil {
			return err
		}
		return store.AddEvent(ctx, tx, it.ID, c.Actor, "status", map[string]any{"from": it.Status, "to": status, "outcome": outcome, "note": note})
	})
}

// Note adds an internal note, never sent to the reporter.
func (s *Service) Note(ctx context.Context, c Caller, id int64, text string) (Referral, error) {
	return s.do(ctx, c, id, func(ctx context.Context, tx pgx.Tx, it store.QueueItem) error {
		if strings.TrimSpace(text) == "" {
			return invalid("text is required")
		}
		return store.AddEvent(ctx, tx, it.ID, c.Actor, "note", map[string]any{"text": text})
	})
}

// Transfer hands a referral to another agency, with a reason.
func (s *Service) Transfer(ctx context.Context, c Caller, id int64, agency, reason string) (Referral, error) {
	return s.do(ctx, c, id, func(ctx context.Context, tx pgx.Tx, it store.QueueItem) error {
		to := strings.ToUpper(strings.TrimSpace(agency))
		switch {
		case !routing.IsAgency(to):
			return invalid("agency must be one of " + strings.Join(routing.Agencies(), ", "))
		case to == it.Agency:
			return invalid("the referral is already with " + to)
		case strings.TrimSpace(reason) == "":
			return invalid("a transfer needs a reason")
		case it.Status == "closed":
			return conflict("a closed referral cannot be transferred")
		}
		err := store.TransferReferral(ctx, tx, it.ID, to)
		if errors.Is(err, store.ErrConflict) {
			return conflict(to + " already has a referral for this report")
		}
		if err != nil {
			return err
		}
		return store.AddEvent(ctx, tx, it.ID, c.Actor, "transfer", map[string]any{"from": it.Agency, "to": to, "reason": reason})
	})
}

// maxMessage bounds what an officer sends in one message.
const maxMessage = 2000

// Message relays text to the reporter on their channel, in their
// language, headed by a line naming the agency (or, for a reporter who
// asked for discretion, nothing revealing). Their replies come back onto
// the report.
func (s *Service) Message(ctx context.Context, c Caller, id int64, text string) (Referral, error) {
	return s.do(ctx, c, id, func(ctx context.Context, tx pgx.Tx, it store.QueueItem) error {
		text := strings.TrimSpace(text)
		if text == "" || len([]rune(text)) > maxMessage {
			return invalid("text is required, at most 2000 characters")
		}
		conv, locale, err := s.reachable(ctx, tx, it)
		if err != nil {
			return err
		}
		msgID := "agency_message"
		if it.Discreet {
			msgID = "agency_message_discreet"
		}
		body := s.texts.T(locale, msgID, map[string]any{"Agency": it.Agency, "Reference": it.Reference, "Text": text})
		if err := s.deliver(ctx, tx, conv, it, body); err != nil {
			return err
		}
		return store.AddEvent(ctx, tx, it.ID, c.Actor, "message", map[string]any{"text": text})
	})
}

// Verdicts of a verification.
var Verdicts = []string{"genuine", "not_genuine", "cannot_confirm"}

// Verify sends a verification verdict: the reporter receives it in their
// language, with the note.
func (s *Service) Verify(ctx context.Context, c Caller, id int64, verdict, note string) (Referral, error) {
	return s.do(ctx, c, id, func(ctx context.Context, tx pgx.Tx, it store.QueueItem) error {
		switch verdict {
		case "genuine", "not_genuine", "cannot_confirm":
		default:
			return invalid("verdict must be genuine, not_genuine or cannot_confirm")
		}
		if len([]rune(note)) > maxMessage {
			return invalid("note is at most 2000 characters")
		}
		conv, locale, err := s.reachable(ctx, tx, it)
		if err != nil {
			return err
		}
		body := s.texts.T(locale, "verify_verdict_"+verdict, map[string]any{"Reference": it.Reference, "Note": strings.TrimSpace(note)})
		if err := s.deliver(ctx, tx, conv, it, strings.TrimSpace(body)); err != nil {
			return err
		}
		if err := store.SetReferralStatus(ctx, tx, it.ID, it.Status, verdict, c.Actor); err != nil {
			return err
		}
		return store.AddEvent(ctx, tx, it.ID, c.Actor, "verification", map[string]any{"verdict": verdict, "note": note})
	})
}

// reachable finds the reporter's conversation, or a 409 saying why they
// cannot be written to.
func (s *Service) reachable(ctx context.Context, tx pgx.Tx, it store.QueueItem) (store.Conversation, string, error) {
	if it.ContactID == nil || it.ConversationID == nil {
		return store.Conversation{}, "", conflict("the reporter deleted their data and cannot be reached")
	}
	ct, err := store.GetContact(ctx, tx, *it.ContactID)
	if err != nil {
		return store.Conversation{}, "", err
	}
	if ct.Status != store.ContactActive {
		return store.Conversation{}, "", conflict("the reporter cannot be reached (" + ct.Status + ")")
	}
	conv, err := store.LockConversation(ctx, tx, *it.ConversationID)
	if err != nil {
		return store.Conversation{}, "", err
	}
	locale := conv.Locale
	if ct.Locale != nil && *ct.Locale != "" {
		locale = *ct.Locale
	}
	return conv, locale, nil
}

// deliver queues body to the reporter and opens the thread: until they go
// back to the menu, what they write is attached to this report.
func (s *Service) deliver(ctx context.Context, tx pgx.Tx, conv store.Conversation, it store.QueueItem, body string) error {
	id, err := store.InsertAgencyMessage(ctx, tx, store.NewAgencyMessage{ConversationID: conv.ID, Channel: conv.Channel, ReferralID: it.ID, Body: body})
	if err != nil {
		return err
	}
	if err := s.enqueue.EnqueueSendTx(ctx, tx, id); err != nil {
		return err
	}
	var state flows.State
	if len(conv.State) > 0 {
		_ = json.Unmarshal(conv.State, &state)
	}
	if d := state.Draft; d != nil && d.Reference == "" && (len(d.Texts) > 0 || len(d.Evidence) > 0 || len(d.Answers) > 0) {
		// They are in the middle of another report: do not throw it away.
		// The message reaches them; a reply goes on with what they were
		// doing, and status shows them the message.
		return nil
	}
	state.Node, state.Options, state.Paused = flows.NodeHuman, nil, nil
	state.Draft = &flows.Draft{Kind: flows.KindHuman, Reference: it.Reference}
	state.LastAt = timeNow()
	b, err := json.Marshal(state)
	if err != nil {
		return err
	}
	return store.SaveConversationState(ctx, tx, conv.ID, b, conv.Locale, conv.ExpiresAt)
}

// Deliveries lists the caller's latest webhook pushes.
func (s *Service) Deliveries(ctx context.Context, c Caller) ([]store.Delivery, error) {
	list, err := store.ListDeliveries(ctx, s.pool, c.Agency, 100)
	if list == nil {
		list = []store.Delivery{}
	}
	return list, err
}
