package agency

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/hoshyar/hoshyar/store"
)

// Referral is a referral as the API shows it (DESIGN.md "Contracts").
type Referral struct {
	ID            int64           `json:"id"`
	Reference     string          `json:"reference"`
	Agency        string          `json:"agency"`
	Role          string          `json:"role"`
	Reason        string          `json:"reason"`
	CaseType      string          `json:"case_type"`
	Urgency       string          `json:"urgency"`
	Priority      string          `json:"priority"`
	Status        string          `json:"status"`
	Outcome       *string         `json:"outcome,omitempty"`
	RedFlags      json.RawMessage `json:"red_flags"`
	Entities      json.RawMessage `json:"entities"`
	Danger        json.RawMessage `json:"danger"`
	Language      string          `json:"language"`
	Channel       string          `json:"channel"`
	LinkedCount   int             `json:"linked_count"`
	LinkedReports []string        `json:"linked_reports"`
	Discreet      bool            `json:"discreet"`
	CreatedAt     time.Time       `json:"created_at"`
	DueAt         time.Time       `json:"due_at"`
	Overdue       bool            `json:"overdue"`
	// Contact is the reporter's address, only when they consented.
	Contact *string `json:"contact,omitempty"`
}

// Detail adds what only one referral's page shows.
type Detail struct {
	Referral
	Answers  json.RawMessage `json:"answers"`
	Summary  string          `json:"summary"`
	Words    []Words         `json:"reporter_words"`
	Evidence []Evidence      `json:"evidence"`
	History  []store.Event   `json:"history"`
}

// Words is a message of the reporter's, as they wrote it.
type Words struct {
	MessageID int64     `json:"message_id"`
	Text      string    `json:"text"`
	At        time.Time `json:"at"`
}

// Evidence is an attachment, served by /api/v1/media/{id}.
type Evidence struct {
	ID          int64    `json:"id"`
	MessageID   int64    `json:"message_id"`
	Kind        string   `json:"kind"`
	ContentType string   `json:"content_type,omitempty"`
	Size        *int64   `json:"size,omitempty"`
	SHA256      string   `json:"sha256,omitempty"`
	URL         string   `json:"url,omitempty"`
	Latitude    *float64 `json:"latitude,omitempty"`
	Longitude   *float64 `json:"longitude,omitempty"`
	Error       *string  `json:"error,omitempty"`
}

func toReferral(q store.QueueItem, now time.Time) Referral {
	return Referral{
		ID: q.ID, Reference: q.Reference, Agency: q.Agency, Role: q.Role, Reason: q.Reason, CaseType: q.CaseType,
		Urgency: q.Urgency, Priority: q.Priority, Status: q.Status, Outcome: q.Outcome, RedFlags: q.RedFlags,
		Entities: q.Entities, Danger: q.Danger, Language: q.Language, Channel: q.Channel, LinkedCount: q.LinkedReports,
		LinkedReports: []string{}, Discreet: q.Discreet, CreatedAt: q.CreatedAt, DueAt: q.DueAt,
		Overdue: q.Status != "closed" && now.After(q.DueAt),
	}
}

type page struct {
	Referrals  []Referral `json:"referrals"`
	NextCursor string     `json:"next_cursor,omitempty"`
}

const pageSize = 50

// list: GET /api/v1/referrals?status=&urgency=&case_type=&since=&cursor=
func (a *API) list(w http.ResponseWriter, r *http.Request, c caller) {
	q := r.URL.Query()
	f := store.QueueFilter{Status: q.Get("status"), Urgency: q.Get("urgency"), CaseType: q.Get("case_type"), Limit: pageSize}
	if s := q.Get("since"); s != "" {
		t, err := time.Parse(time.RFC3339, s)
		if err != nil {
			fail(w, http.StatusBadRequest, "bad_request", "since must be an RFC 3339 time, e.g. 2026-11-27T00:00:00Z")
			return
		}
		f.Since = t
	}
	if s := q.Get("cursor"); s != "" {
		v, err := strconv.ParseInt(s, 10, 64)
		if err != nil || v <= 0 {
			fail(w, http.StatusBadRequest, "bad_request", "cursor must be the next_cursor of a previous page")
			return
		}
		f.Before = v
	}
	for name, v := range map[string]string{"status": f.Status, "urgency": f.Urgency} {
		if v != "" && !validValue(name, v) {
			fail(w, http.StatusBadRequest, "bad_request", "unknown "+name+" "+strconv.Quote(v))
			return
		}
	}
	items, err := store.ListQueue(r.Context(), a.pool, c.agency, f)
	if err != nil {
		a.internal(w, err)
		return
	}
	now := time.Now()
	out := page{Referrals: make([]Referral, 0, len(items))}
	for _, it := range items {
		out.Referrals = append(out.Referrals, toReferral(it, now))
	}
	if len(items) == pageSize {
		out.NextCursor = strconv.FormatInt(items[len(items)-1].ID, 10)
	}
	writeJSON(w, http.StatusOK, out)
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

// get: GET /api/v1/referrals/{id}, with evidence, the reporter's words,
// linked reports and history. The read is audited: it holds personal data.
func (a *API) get(w http.ResponseWriter, r *http.Request, c caller) {
	item, ok := a.item(w, r, c)
	if !ok {
		return
	}
	ctx := r.Context()
	d := Detail{Referral: toReferral(item, time.Now()), Answers: item.Answers, Summary: item.Summary}
	linked, err := store.LinkedReports(ctx, a.pool, item.ReportID)
	if err == nil {
		d.LinkedReports, err = store.ReferencesOf(ctx, a.pool, linked)
	}
	var evidence []store.EvidenceItem
	if err == nil {
		evidence, err = store.EvidenceOf(ctx, a.pool, item.ReportID)
	}
	var media []store.MediaInfo
	if err == nil {
		media, err = store.MediaOfReport(ctx, a.pool, item.ReportID)
	}
	if err == nil {
		d.History, err = store.EventsOf(ctx, a.pool, item.ID)
	}
	if err == nil && item.Consent && item.ContactID != nil {
		d.Contact, err = a.contact(r, *item.ContactID)
	}
	if err == nil {
		err = store.Audit(ctx, a.pool, c.actor, "referral.read", "referral", item.ID,
			map[string]any{"agency": c.agency, "contact_shown": d.Contact != nil})
	}
	if err != nil {
		a.internal(w, err)
		return
	}
	d.Words = []Words{}
	for _, e := range evidence {
		if e.Body != "" {
			d.Words = append(d.Words, Words{MessageID: e.MessageID, Text: e.Body, At: e.At})
		}
	}
	d.Evidence = []Evidence{}
	for _, m := range media {
		ev := Evidence{ID: m.ID, MessageID: m.MessageID, Kind: m.Kind, Size: m.Size, Latitude: m.Latitude, Longitude: m.Longitude, Error: m.Error}
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
	writeJSON(w, http.StatusOK, d)
}

// contact opens the reporter's sealed address.
func (a *API) contact(r *http.Request, contactID int64) (*string, error) {
	ct, err := store.GetContact(r.Context(), a.pool, contactID)
	if err != nil || ct.AddressSealed == nil {
		return nil, nil // erased: nothing to show
	}
	addr, err := a.vault.Open(ct.AddressSealed, ct.Channel)
	if err != nil {
		return nil, err
	}
	return &addr, nil
}

// item loads the referral named in the path, scoped to the caller; it
// answers 404 itself.
func (a *API) item(w http.ResponseWriter, r *http.Request, c caller) (store.QueueItem, bool) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		fail(w, http.StatusNotFound, "not_found", "no such referral")
		return store.QueueItem{}, false
	}
	item, err := store.GetQueueItem(r.Context(), a.pool, c.agency, id)
	if errors.Is(err, store.ErrNotFound) {
		fail(w, http.StatusNotFound, "not_found", "no such referral")
		return item, false
	}
	if err != nil {
		a.internal(w, err)
		return item, false
	}
	return item, true
}

func (a *API) internal(w http.ResponseWriter, err error) {
	a.log.Error("api_failed", "error", err)
	fail(w, http.StatusInternalServerError, "internal", "something went wrong; try again")
}

func itoa(v int64) string { return strconv.FormatInt(v, 10) }

// media: GET /api/v1/media/{id}, only evidence of the caller's referrals.
func (a *API) media(w http.ResponseWriter, r *http.Request, c caller) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		fail(w, http.StatusNotFound, "not_found", "no such media")
		return
	}
	ct, data, sum, err := store.AgencyMedia(r.Context(), a.pool, c.agency, id)
	if errors.Is(err, store.ErrNotFound) {
		fail(w, http.StatusNotFound, "not_found", "no such media")
		return
	}
	if err != nil {
		a.internal(w, err)
		return
	}
	if err := store.Audit(r.Context(), a.pool, c.actor, "media.read", "media", id, map[string]any{"agency": c.agency}); err != nil {
		a.internal(w, err)
		return
	}
	if ct == "" {
		ct = "application/octet-stream"
	}
	w.Header().Set("Content-Type", ct)
	w.Header().Set("X-Content-SHA256", hex.EncodeToString(sum))
	w.Header().Set("Content-Disposition", "attachment")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Cache-Control", "private, no-store")
	_, _ = w.Write(data)
}
