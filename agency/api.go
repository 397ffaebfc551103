// Package agency is the agencies' side of Hoshyar: the API v1 their
// systems and staff use to work their queue of referrals, answer the
// reporter through the bot, and give verification verdicts.
//
// Every route is scoped to the caller's agency: another agency's referral
// is a 404, as if it did not exist. The reporter's contact details appear
// only where they consented, and every read that includes personal data is
// written to the audit log.
package agency

import (
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/hoshyar/hoshyar/locales"
	"github.com/hoshyar/hoshyar/store"
	"github.com/hoshyar/hoshyar/vault"
)

// Enqueuer schedules work: a message to a reporter, a push to a webhook.
type Enqueuer interface {
	EnqueueSendTx(ctx context.Context, tx pgx.Tx, messageID int64) error
	PushTx(ctx context.Context, tx store.DBTX, agency string, referralID int64, event string) error
}

// API serves /api/v1.
type API struct {
	pool    *pgxpool.Pool
	vault   *vault.Vault
	texts   *locales.Catalog
	enqueue Enqueuer
	log     *slog.Logger
}

// New returns the API.
func New(pool *pgxpool.Pool, v *vault.Vault, texts *locales.Catalog, enqueue Enqueuer, log *slog.Logger) *API {
	return &API{pool: pool, vault: v, texts: texts, enqueue: enqueue, log: log}
}

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
	mux.Handle("GET /api/v1/media/{id}", a.auth(a.media))
	mux.Handle("GET /api/v1/webhook/deliveries", a.auth(a.deliveries))
}

// caller is who is calling: an agency, through one of its tokens.
type caller struct {
	agency string
	actor  string // "token:<id>", for the history and the audit log
}

type handler func(w http.ResponseWriter, r *http.Request, c caller)

// auth checks the bearer token and passes the caller on. The token is
// looked up by its keyed hash: the database holds no token, and equality
// of hashes reveals nothing usable about timing.
func (a *API) auth(h handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		token, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		token = strings.TrimSpace(token)
		if !ok || token == "" {
			w.Header().Set("WWW-Authenticate", `Bearer realm="hoshyar"`)
			fail(w, http.StatusUnauthorized, "unauthorized", "a valid API token is required: Authorization: Bearer <token>")
			return
		}
		id, agency, err := store.TokenAgency(r.Context(), a.pool, a.vault.Hash("api-token", token))
		if errors.Is(err, store.ErrNotFound) {
			w.Header().Set("WWW-Authenticate", `Bearer realm="hoshyar", error="invalid_token"`)
			fail(w, http.StatusUnauthorized, "unauthorized", "the API token is unknown or revoked")
			return
		}
		if err != nil {
			a.log.Error("api_auth_failed", "error", err)
			fail(w, http.StatusServiceUnavailable, "unavailable", "try again")
			return
		}
		h(w, r, caller{agency: agency, actor: "token:" + itoa(id)})
	})
}

// apiError is the body of every error: a stable code and a message for people.
type apiError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

func fail(w http.ResponseWriter, status int, code, message string) {
	writeJSON(w, status, apiError{Code: code, Message: message})
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

// deliveries: GET /api/v1/webhook/deliveries — the agency's latest pushes
// and how they went.
func (a *API) deliveries(w http.ResponseWriter, r *http.Request, c caller) {
	list, err := store.ListDeliveries(r.Context(), a.pool, c.agency, 100)
	if err != nil {
		a.internal(w, err)
		return
	}
	if list == nil {
		list = []store.Delivery{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"deliveries": list})
}
