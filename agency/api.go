// Package agency is the agencies' side of Hoshyar: the Service agencies
// work their queue of referrals with, and the API v1 their systems and
// staff call, to answer the reporter through the bot and give
// verification verdicts.
//
// Every route is scoped to the caller's agency: another agency's referral
// is a 404, as if it did not exist. A token acts in a role (agent,
// supervisor, admin; roles.go) and an action its role does not allow is a
// 403 saying what it needs. The reporter's contact details appear only
// where they consented, and every read that includes personal data is
// written to the audit log. Times are Pakistan's, RFC 3339 with the offset.
package agency

import (
	"context"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/hoshyar/hoshyar/store"
)

// Enqueuer schedules work in the caller's transaction (package jobs): the
// processing of a conversation given an agency's input, a push to a
// webhook about a referral or a request.
type Enqueuer interface {
	EnqueueProcessTx(ctx context.Context, tx pgx.Tx, conversationID int64) error
	PushTx(ctx context.Context, tx store.DBTX, agency string, referralID int64, event string) error
	PushAlertTx(ctx context.Context, tx store.DBTX, agency string, alertID int64, event string, payload any) error
}

// API serves /api/v1 over the Service.
type API struct {
	svc *Service
	log *slog.Logger
}

// NewAPI returns the API.
func NewAPI(svc *Service, log *slog.Logger) *API { return &API{svc: svc, log: log} }

//go:embed openapi.json
var openAPI []byte

// Routes adds the API's routes to mux.
func (a *API) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /api/v1/openapi.json", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(openAPI)
	})
	mux.Handle("GET /api/v1/referrals", a.auth(a.list))
	mux.Handle("GET /api/v1/referrals/{id}", a.auth(a.get))
	mux.Handle("POST /api/v1/referrals/{id}/claim", a.auth(a.claim))
	mux.Handle("POST /api/v1/referrals/{id}/status", a.auth(a.status))
	mux.Handle("POST /api/v1/referrals/{id}/notes", a.auth(a.note))
	mux.Handle("POST /api/v1/referrals/{id}/transfer", a.auth(a.transfer))
	mux.Handle("POST /api/v1/referrals/{id}/messages", a.auth(a.message))
	mux.Handle("POST /api/v1/referrals/{id}/verification", a.auth(a.verification))
	mux.Handle("POST /api/v1/referrals/{id}/assist", a.auth(a.assist))
	mux.Handle("POST /api/v1/referrals/{id}/assign", a.auth(a.assign))
	mux.Handle("GET /api/v1/network", a.auth(a.network))
	mux.Handle("GET /api/v1/alerts", a.auth(a.alerts))
	mux.Handle("GET /api/v1/alerts/{id}", a.auth(a.alert))
	mux.Handle("POST /api/v1/alerts/{id}/decision", a.auth(a.decision))
	mux.Handle("GET /api/v1/media/{id}", a.auth(a.media))
	mux.Handle("GET /api/v1/webhook/deliveries", a.auth(a.deliveries))
}

type handler func(w http.ResponseWriter, r *http.Request, c Caller)

// auth checks the bearer token, looked up by its keyed hash: the database
// holds no token.
func (a *API) auth(h handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		token, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		token = strings.TrimSpace(token)
		if !ok || token == "" {
			w.Header().Set("WWW-Authenticate", `Bearer realm="hoshyar"`)
			fail(w, http.StatusUnauthorized, "unauthorized", "a valid API token is required: Authorization: Bearer <token>")
			return
		}
		id, agency, role, err := store.TokenAgency(r.Context(), a.svc.pool, a.svc.vault.Hash("api-token", token))
		if errors.Is(err, store.ErrNotFound) {
			w.Header().Set("WWW-Authenticate", `Bearer realm="hoshyar", error="invalid_token"`)
			fail(w, http.StatusUnauthorized, "unauthorized", "the API token is unknown or revoked")
			return
		}
		if err != nil {
			a.internal(w, err)
			return
		}
		h(w, r, Caller{Agency: agency, Actor: "token:" + itoa(id), Role: role})
	})
}

type apiError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

func fail(w http.ResponseWriter, status int, code, message string) {
	writeJSON(w, status, apiError{Code: code, Message: message})
}

// answer writes v, or the error as its status says.
func (a *API) answer(w http.ResponseWriter, v any, err error) {
	var e *Error
	switch {
	case errors.As(err, &e):
		fail(w, e.Status, e.Code, e.Message)
	case err != nil:
		a.internal(w, err)
	default:
		writeJSON(w, http.StatusOK, v)
	}
}

func (a *API) internal(w http.ResponseWriter, err error) {
	a.log.Error("api_failed", "error", err)
	fail(w, http.StatusInternalServerError, "internal", "something went wrong; try again")
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// decode reads a JSON body into v, answering 400 itself when it cannot.
func decode(w http.ResponseWriter, r *http.Request, v any) bool {
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 64<<10))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		fail(w, http.StatusBadRequest, "bad_request", "the body must be a JSON object of the documented fields: "+err.Error())
		return false
	}
	return true
}

// id is the {id} of the path; 0 when it is not a number (no referral has 0).
func id(r *http.Request) int64 {
	v, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	return v
}

func itoa(v int64) string { return strconv.FormatInt(v, 10) }

type page struct {
	Referrals  []Referral `json:"referrals"`
	NextCursor string     `json:"next_cursor,omitempty"`
}

const pageSize = 50

func (a *API) list(w http.ResponseWriter, r *http.Request, c Caller) {
	q := r.URL.Query()
	f := store.QueueFilter{Status: q.Get("status"), Urgency: q.Get("urgency"), CaseType: q.Get("case_type"),
		Order: q.Get("order"), After: q.Get("cursor"), Limit: pageSize}
	if s := q.Get("since"); s != "" {
		t, err := time.Parse(time.RFC3339, s)
		if err != nil {
			fail(w, http.StatusBadRequest, "bad_request", "since must be an RFC 3339 time, e.g. 2026-11-27T00:00:00+05:00")
			return
		}
		f.Since = t
	}
	refs, next, err := a.svc.Queue(r.Context(), c, f)
	a.answer(w, page{Referrals: refs, NextCursor: next}, err)
}

func (a *API) get(w http.ResponseWriter, r *http.Request, c Caller) {
	d, err := a.svc.Detail(r.Context(), c, id(r))
	a.answer(w, d, err)
}

func (a *API) claim(w http.ResponseWriter, r *http.Request, c Caller) {
	ref, err := a.svc.Claim(r.Context(), c, id(r))
	a.answer(w, ref, err)
}

func (a *API) status(w http.ResponseWriter, r *http.Request, c Caller) {
	var req struct{ Status, Outcome, Note string }
	if !decode(w, r, &req) {
		return
	}
	ref, err := a.svc.SetStatus(r.Context(), c, id(r), req.Status, req.Outcome, req.Note)
	a.answer(w, ref, err)
}

func (a *API) note(w http.ResponseWriter, r *http.Request, c Caller) {
	var req struct{ Text string }
	if !decode(w, r, &req) {
		return
	}
	ref, err := a.svc.Note(r.Context(), c, id(r), req.Text)
	a.answer(w, ref, err)
}

func (a *API) transfer(w http.ResponseWriter, r *http.Request, c Caller) {
	var req struct{ Agency, Reason string }
	if !decode(w, r, &req) {
		return
	}
	ref, err := a.svc.Transfer(r.Context(), c, id(r), req.Agency, req.Reason)
	a.answer(w, ref, err)
}

func (a *API) message(w http.ResponseWriter, r *http.Request, c Caller) {
	var req struct{ Text string }
	if !decode(w, r, &req) {
		return
	}
	ref, err := a.svc.Message(r.Context(), c, id(r), req.Text)
	a.answer(w, ref, err)
}

func (a *API) verification(w http.ResponseWriter, r *http.Request, c Caller) {
	var req struct{ Verdict, Note string }
	if !decode(w, r, &req) {
		return
	}
	ref, err := a.svc.Verify(r.Context(), c, id(r), req.Verdict, req.Note)
	a.answer(w, ref, err)
}

func (a *API) media(w http.ResponseWriter, r *http.Request, c Caller) {
	ct, data, sum, err := a.svc.Media(r.Context(), c, id(r))
	if err != nil {
		a.answer(w, nil, err)
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

func (a *API) deliveries(w http.ResponseWriter, r *http.Request, c Caller) {
	list, err := a.svc.Deliveries(r.Context(), c)
	a.answer(w, map[string]any{"deliveries": list}, err)
}

func (a *API) assist(w http.ResponseWriter, r *http.Request, c Caller) {
	var req struct{ Agency, Reason string }
	if !decode(w, r, &req) {
		return
	}
	ref, err := a.svc.Assist(r.Context(), c, id(r), req.Agency, req.Reason)
	a.answer(w, ref, err)
}

func (a *API) assign(w http.ResponseWriter, r *http.Request, c Caller) {
	var req struct {
		UserID int64 `json:"user_id"`
	}
	if !decode(w, r, &req) {
		return
	}
	ref, err := a.svc.Assign(r.Context(), c, id(r), req.UserID)
	a.answer(w, ref, err)
}

func (a *API) network(w http.ResponseWriter, r *http.Request, c Caller) {
	n, err := a.svc.Network(r.Context(), c, r.URL.Query().Get("key"))
	a.answer(w, n, err)
}

func (a *API) alerts(w http.ResponseWriter, r *http.Request, c Caller) {
	list, err := a.svc.Alerts(r.Context(), c, r.URL.Query().Get("status"))
	a.answer(w, map[string]any{"alerts": list}, err)
}

func (a *API) alert(w http.ResponseWriter, r *http.Request, c Caller) {
	al, err := a.svc.Alert(r.Context(), c, id(r))
	a.answer(w, al, err)
}

func (a *API) decision(w http.ResponseWriter, r *http.Request, c Caller) {
	var req struct{ Decision, Note string }
	if !decode(w, r, &req) {
		return
	}
	al, err := a.svc.Decide(r.Context(), c, id(r), req.Decision, req.Note)
	a.answer(w, al, err)
}
