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

	"github.com/hoshyar/hoshyar/routing"
	"github.com/hoshyar/hoshyar/store"
	"github.com/hoshyar/hoshyar/triage"
	"github.com/hoshyar/hoshyar/vault"
)

// Service is what agencies can do, for the API and the console alike.
// Every method is scoped to the caller's agency and checks the caller's
// role (roles.go).
type Service struct {
	pool    *pgxpool.Pool
	vault   *vault.Vault
	matrix  *routing.Matrix
	enqueue Enqueuer
	log     *slog.Logger
	now     func() time.Time
}

// NewService returns the agency service; matrix gives the due time of a
// referral an agency is asked to assist on.
func NewService(pool *pgxpool.Pool, v *vault.Vault, matrix *routing.Matrix, enqueue Enqueuer, log *slog.Logger) *Service {
	return &Service{pool: pool, vault: v, matrix: matrix, enqueue: enqueue, log: log, now: time.Now}
}

// WithClock returns a copy of s reading time from now (tests).
func (s *Service) WithClock(now func() time.Time) *Service {
	c := *s
	c.now = now
	return &c
}

// Caller is who acts: an agency, through a token or a console user, in a
// role.
type Caller struct {
	Agency string
	Actor  string // "token:<id>" or "user:<id>", for the history and the audit log
	Role   string // agent, supervisor or admin
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

// Queue lists a page of the caller's referrals: open ones first, the most
// urgent, then the overdue, then the earliest due (or, with
// Order "newest", the newest first); and the cursor of the next page (""
// when this is the last).
func (s *Service) Queue(ctx context.Context, c Caller, f store.QueueFilter) ([]Referral, string, error) {
	for name, v := range map[string]string{"status": f.Status, "urgency": f.Urgency} {
		if v != "" && !validValue(name, v) {
			return nil, "", invalid("unknown " + name + " " + v)
		}
	}
	if f.Order != store.OrderWork && f.Order != store.OrderNewest {
		return nil, "", invalid("order must be newest, or absent for the work order")
	}
	if f.Limit <= 0 || f.Limit > 500 {
		f.Limit = pageSize
	}
	now := s.now()
	items, err := store.ListQueue(ctx, s.pool, c.Agency, f)
	if errors.Is(err, store.ErrInvalid) {
		return nil, "", invalid("cursor must be the next_cursor of a previous page")
	}
	if err != nil {
		return nil, "", err
	}
	reports := make([]int64, len(items))
	for i, it := range items {
		reports[i] = it.ReportID
	}
	cases, err := store.CaseAgencies(ctx, s.pool, reports...)
	if err != nil {
		return nil, "", err
	}
	out := make([]Referral, 0, len(items))
	for _, it := range items {
		r := toReferral(it, now)
		r.Case = caseOf(it.ID, cases[it.ReportID], now)
		out = append(out, r)
	}
	var next string
	if len(items) == f.Limit {
		last := items[len(items)-1]
		if f.Order == store.OrderNewest {
			next = store.QueueCursor{ID: last.ID}.String()
		} else {
			next = store.CursorOf(last).String()
		}
	}
	// Every view of the queue is audited, the API's and the console's.
	if err := store.Audit(ctx, s.pool, c.Actor, "referrals.list", "agency", 0, map[string]any{"agency": c.Agency,
		"status": f.Status, "urgency": f.Urgency, "case_type": f.CaseType, "page": f.After != "", "shown": len(out)}); err != nil {
		return nil, "", err
	}
	return out, next, nil
}

func validValue(name, v string) bool {
	switch name {
	case "status":
		return v == "new" || v == "claimed" || v == "in_progress" || v == "closed"
	case "urgency":
		return routing.IsUrgency(v)
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

// Detail is one referral with its case, the whole conversation as one
// thread, evidence, linked reports and history. The read is audited (it
// holds personal data) and marks the reporter's messages so far as read.
func (s *Service) Detail(ctx context.Context, c Caller, id int64) (Detail, error) {
	item, err := s.item(ctx, s.pool, c, id, false)
	if err != nil {
		return Detail{}, err
	}
	now := s.now()
	d := Detail{Referral: toReferral(item, now), Answers: maskAnswers(item.Answers), Summary: triage.MaskCNIC(item.Summary),
		ReadBefore: pktp(item.ReadAt)}
	linked, err := store.LinkedReports(ctx, s.pool, item.ReportID)
	if err == nil {
		d.LinkedReports, err = store.LinkedVisibleTo(ctx, s.pool, linked, c.Agency)
	}
	var cases map[int64][]store.CaseAgency
	if err == nil {
		cases, err = store.CaseAgencies(ctx, s.pool, item.ReportID)
		d.Case = caseOf(item.ID, cases[item.ReportID], now)
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
	if err == nil && item.WithdrawnAt == nil { // withdrawn: every message of it was erased
		d.Thread, err = s.thread(ctx, c, item)
	}
	if err == nil && item.Consent && item.ContactID != nil {
		d.Contact, err = s.contact(ctx, *item.ContactID)
	}
	if err == nil {
		err = store.Audit(ctx, s.pool, c.Actor, "referral.read", "referral", item.ID,
			map[string]any{"agency": c.Agency, "contact_shown": d.Contact != nil})
	}
	if err == nil {
		err = store.MarkRead(ctx, s.pool, item.ID, now)
	}
	if err != nil {
		return Detail{}, err
	}
	d.Words = []Words{}
	for _, e := range evidence {
		if e.Body != "" {
			d.Words = append(d.Words, Words{MessageID: e.MessageID, Text: triage.MaskCNIC(e.Body), At: pkt(e.At)})
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
	if d.Thread == nil {
		d.Thread = []Message{}
	}
	for i := range d.History {
		d.History[i].At = pkt(d.History[i].At)
	}
	if !item.Consent {
		maskOwn(&d, item.Answers)
	}
	return d, nil
}

// thread is the report's conversation as the caller's agency reads it:
// another agency's messages name that agency, never its officer.
func (s *Service) thread(ctx context.Context, c Caller, item store.QueueItem) ([]Message, error) {
	rows, err := store.ThreadOf(ctx, s.pool, item.ReportID)
	if err != nil {
		return nil, err
	}
	since := item.CreatedAt
	if item.ReadAt != nil {
		since = *item.ReadAt
	}
	out := make([]Message, 0, len(rows))
	for _, r := range rows {
		m := Message{ID: r.MessageID, Kind: r.Kind, Text: triage.MaskCNIC(r.Body), At: pkt(r.At)}
		switch {
		case store.IsAgencyInput(r.Kind):
			var meta store.InputMeta
			_ = json.Unmarshal(r.Meta, &meta)
			m.From, m.Agency, m.Verdict = "agency", meta.Agency, meta.Verdict
			m.Kind = strings.TrimPrefix(r.Kind, "agency_")
			if meta.Agency == c.Agency && r.Author != nil {
				m.Author = *r.Author
			}
			m.Status = store.StatusQueued
			if r.ReplyStatus != nil {
				m.Status = *r.ReplyStatus
			}
		case r.Direction == store.In:
			m.From = "reporter"
			m.New = r.At.After(since)
		default:
			m.From = "bot"
		}
		out = append(out, m)
	}
	return out, nil
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

// Push events about referrals and their cases.
const (
	EventUpdated     = "referral.updated"     // to the referral's agency, on every change
	EventTransferred = "referral.transferred" // to the agency a referral was transferred to
	EventRouted      = "referral.routed"      // to an agency given a referral (also when asked to assist)
	EventCaseUpdated = "case.updated"         // to the case's other agencies, each about its own referral
)

// do runs fn on the caller's referral, locked, in a transaction, tells the
// agency's webhook (and, when shared, the case's other agencies'), and
// returns the referral as it now is.
func (s *Service) do(ctx context.Context, c Caller, id int64, shared bool, fn func(ctx context.Context, tx pgx.Tx, it store.QueueItem) error) (Referral, error) {
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
				err = s.enqueue.PushTx(ctx, tx, now.Agency, it.ID, EventTransferred)
			}
			if err != nil {
				return err
			}
		}
		if err := s.enqueue.PushTx(ctx, tx, it.Agency, it.ID, EventUpdated); err != nil {
			return err
		}
		if !shared {
			return nil
		}
		return s.tellCase(ctx, tx, it.ReportID, it.ID)
	})
	if err != nil {
		return Referral{}, err
	}
	return toReferral(out, s.now()), nil
}

// tellCase pushes case.updated to every agency on the report but the one
// of referral except, each about its own referral.
func (s *Service) tellCase(ctx context.Context, tx pgx.Tx, reportID, except int64) error {
	refs, err := store.ReferralsOf(ctx, tx, reportID)
	if err != nil {
		return err
	}
	for _, f := range refs {
		if f.ID == except {
			continue
		}
		if err := s.enqueue.PushTx(ctx, tx, f.Agency, f.ID, EventCaseUpdated); err != nil {
			return err
		}
	}
	return nil
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
	return s.do(ctx, c, id, true, func(ctx context.Context, tx pgx.Tx, it store.QueueItem) error {
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
// closing needs an outcome and a supervisor.
func (s *Service) SetStatus(ctx context.Context, c Caller, id int64, status, outcome, note string) (Referral, error) {
	return s.do(ctx, c, id, true, func(ctx context.Context, tx pgx.Tx, it store.QueueItem) error {
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
		case status == "closed":
			if err := Require(c, RoleSupervisor, "closing a referral"); err != nil {
				return err
			}
			if strings.TrimSpace(outcome) == "" {
				return invalid("closing needs an outcome, e.g. \"referred to police\", \"no offence found\"")
			}
		}
		if err := store.SetReferralStatus(ctx, tx, it.ID, status, outcome, c.Actor); err != nil {
			return err
		}
		return store.AddEvent(ctx, tx, it.ID, c.Actor, "status", map[string]any{"from": it.Status, "to": status, "outcome": outcome, "note": note})
	})
}

// Note adds an internal note, never sent to the reporter nor shown to the
// case's other agencies.
func (s *Service) Note(ctx context.Context, c Caller, id int64, text string) (Referral, error) {
	return s.do(ctx, c, id, false, func(ctx context.Context, tx pgx.Tx, it store.QueueItem) error {
		if strings.TrimSpace(text) == "" {
			return invalid("text is required")
		}
		return store.AddEvent(ctx, tx, it.ID, c.Actor, "note", map[string]any{"text": text})
	})
}

// Transfer hands a referral to another agency, with a reason; a
// supervisor's decision.
func (s *Service) Transfer(ctx context.Context, c Caller, id int64, agency, reason string) (Referral, error) {
	if err := Require(c, RoleSupervisor, "transferring a referral"); err != nil {
		return Referral{}, err
	}
	return s.do(ctx, c, id, true, func(ctx context.Context, tx pgx.Tx, it store.QueueItem) error {
		to := strings.ToUpper(strings.TrimSpace(agency))
		reason := strings.TrimSpace(reason)
		switch {
		case !routing.IsAgency(to):
			return invalid("agency must be one of " + strings.Join(routing.Agencies(), ", "))
		case to == it.Agency:
			return invalid("the referral is already with " + to)
		case reason == "":
			return invalid("a transfer needs a reason")
		case it.Status == "closed":
			return conflict("a closed referral cannot be transferred")
		}
		err := store.TransferReferral(ctx, tx, it.ID, to, "Transferred by "+routing.AgencyShort(it.Agency)+": "+reason)
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

// Message relays text to the reporter: it becomes an input to their
// conversation, which the conversation engine renders in their language
// (headed by a line naming the agency, or, for a reporter who asked for
// discretion, nothing revealing) and sends on their channel. Their replies
// come back onto the report.
func (s *Service) Message(ctx context.Context, c Caller, id int64, text string) (Referral, error) {
	return s.do(ctx, c, id, true, func(ctx context.Context, tx pgx.Tx, it store.QueueItem) error {
		text := strings.TrimSpace(text)
		if text == "" || len([]rune(text)) > maxMessage {
			return invalid("text is required, at most 2000 characters")
		}
		if err := s.tell(ctx, tx, c, it, store.KindAgencyMessage, text, ""); err != nil {
			return err
		}
		return store.AddEvent(ctx, tx, it.ID, c.Actor, "message", map[string]any{"text": text})
	})
}

// Verdicts of a verification.
var Verdicts = []string{"genuine", "not_genuine", "cannot_confirm"}

// Verify answers a verification request: the reporter receives the verdict
// in their language, with the note. Only a verification request takes one.
func (s *Service) Verify(ctx context.Context, c Caller, id int64, verdict, note string) (Referral, error) {
	return s.do(ctx, c, id, true, func(ctx context.Context, tx pgx.Tx, it store.QueueItem) error {
		switch verdict {
		case "genuine", "not_genuine", "cannot_confirm":
		default:
			return invalid("verdict must be genuine, not_genuine or cannot_confirm")
		}
		if !IsVerification(it) {
			return conflict("a verdict answers a verification request; this referral is about " +
				strings.ToLower(routing.CaseTypeName(it.CaseType)) + ": send the reporter a message instead")
		}
		if len([]rune(note)) > maxMessage {
			return invalid("note is at most 2000 characters")
		}
		if err := s.tell(ctx, tx, c, it, store.KindAgencyVerdict, strings.TrimSpace(note), verdict); err != nil {
			return err
		}
		if err := store.SetOutcome(ctx, tx, it.ID, verdict); err != nil {
			return err
		}
		return store.AddEvent(ctx, tx, it.ID, c.Actor, "verification", map[string]any{"verdict": verdict, "note": note})
	})
}

// IsVerification reports whether a referral answers a person's question
// "is this genuine?": only those take a verdict.
func IsVerification(it store.QueueItem) bool {
	return it.CaseType == routing.CaseVerification || it.ReportKind == "verify"
}

// tell gives the reporter's conversation an agency input, to be processed
// after what they wrote so far; a 409 says why they cannot be written to.
func (s *Service) tell(ctx context.Context, tx pgx.Tx, c Caller, it store.QueueItem, kind, body, verdict string) error {
	if it.ContactID == nil || it.ConversationID == nil {
		return conflict("the reporter deleted their data and cannot be reached")
	}
	ct, err := store.GetContact(ctx, tx, *it.ContactID)
	if err != nil {
		return err
	}
	if ct.Status != store.ContactActive {
		return conflict("the reporter cannot be reached (" + ct.Status + ")")
	}
	_, err = store.InsertAgencyInput(ctx, tx, store.NewAgencyInput{
		ConversationID: *it.ConversationID, ReferralID: it.ID, Kind: kind, Body: body,
		Meta: store.InputMeta{Agency: it.Agency, Reference: it.Reference, Actor: c.Actor, Verdict: verdict, Discreet: it.Discreet},
	})
	if errors.Is(err, store.ErrNotFound) {
		return conflict("the reporter deleted their data and cannot be reached")
	}
	if err != nil {
		return err
	}
	return s.enqueue.EnqueueProcessTx(ctx, tx, *it.ConversationID)
}

// Deliveries lists the caller's latest webhook pushes.
func (s *Service) Deliveries(ctx context.Context, c Caller) ([]store.Delivery, error) {
	list, err := store.ListDeliveries(ctx, s.pool, c.Agency, 100)
	if list == nil {
		list = []store.Delivery{}
	}
	for i := range list {
		list[i].CreatedAt, list[i].UpdatedAt = pkt(list[i].CreatedAt), pkt(list[i].UpdatedAt)
	}
	return list, err
}
