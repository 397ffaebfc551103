package agency

import (
	"context"
	"errors"
	"net/http"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/hoshyar/hoshyar/routing"
	"github.com/hoshyar/hoshyar/store"
)

// transitions a referral's status may take: new → claimed → in_progress →
// closed, and claimed straight to closed.
var transitions = map[string][]string{
	"new":         {"claimed"},
	"claimed":     {"in_progress", "closed"},
	"in_progress": {"closed"},
}

// act runs fn on the caller's referral, locked, in a transaction; fn's
// *httpError is answered as it says.
func (a *API) act(w http.ResponseWriter, r *http.Request, c caller, fn func(ctx context.Context, tx pgx.Tx, it store.QueueItem) error) {
	id, ok := a.item(w, r, c) // 404 before any body is read
	if !ok {
		return
	}
	var out store.QueueItem
	err := pgx.BeginFunc(r.Context(), a.pool, func(tx pgx.Tx) error {
		it, err := store.LockQueueItem(r.Context(), tx, c.agency, id.ID)
		if err != nil {
			return err
		}
		if err := fn(r.Context(), tx, it); err != nil {
			return err
		}
		out, err = store.GetQueueItem(r.Context(), tx, it.Agency, it.ID)
		if errors.Is(err, store.ErrNotFound) {
			// Transferred: show what it was, and tell the new agency.
			out, err = it, nil
			var now store.Snapshot
			if now, err = store.ReferralSnapshot(r.Context(), tx, it.ID); err == nil {
				err = a.enqueue.PushTx(r.Context(), tx, now.Agency, it.ID, "referral.transferred")
			}
			if err != nil {
				return err
			}
		}
		return a.enqueue.PushTx(r.Context(), tx, it.Agency, it.ID, "referral.updated")
	})
	var he *httpError
	switch {
	case errors.As(err, &he):
		fail(w, he.status, he.code, he.message)
	case errors.Is(err, store.ErrNotFound):
		fail(w, http.StatusNotFound, "not_found", "no such referral")
	case err != nil:
		a.internal(w, err)
	default:
		writeJSON(w, http.StatusOK, toReferral(out, timeNow()))
	}
}

type httpError struct {
	status        int
	code, message string
}

func (e *httpError) Error() string { return e.code + ": " + e.message }

func conflict(msg string) error { return &httpError{http.StatusConflict, "conflict", msg} }
func invalid(msg string) error  { return &httpError{http.StatusBadRequest, "bad_request", msg} }

// claim: POST /api/v1/referrals/{id}/claim
func (a *API) claim(w http.ResponseWriter, r *http.Request, c caller) {
	a.act(w, r, c, func(ctx context.Context, tx pgx.Tx, it store.QueueItem) error {
		if it.Status != "new" {
			return conflict("the referral is " + it.Status + "; only a new referral can be claimed")
		}
		if err := store.SetReferralStatus(ctx, tx, it.ID, "claimed", "", c.actor); err != nil {
			return err
		}
		return store.AddEvent(ctx, tx, it.ID, c.actor, "claimed", nil)
	})
}

type statusRequest struct {
	Status  string `json:"status"`
	Outcome string `json:"outcome"`
	Note    string `json:"note"`
}

// status: POST /api/v1/referrals/{id}/status {"status", "outcome", "note"}
func (a *API) status(w http.ResponseWriter, r *http.Request, c caller) {
	var req statusRequest
	if !decode(w, r, &req) {
		return
	}
	a.act(w, r, c, func(ctx context.Context, tx pgx.Tx, it store.QueueItem) error {
		allowed := transitions[it.Status]
		ok := false
		for _, s := range allowed {
			ok = ok || s == req.Status
		}
		switch {
		case !validValue("status", req.Status):
			return invalid("status must be one of new, claimed, in_progress, closed")
		case !ok:
			return conflict("a referral that is " + it.Status + " cannot become " + req.Status +
				" (allowed: " + strings.Join(append(allowed, "none")[:max(len(allowed), 1)], ", ") + ")")
		case req.Status == "closed" && strings.TrimSpace(req.Outcome) == "":
			return invalid("closing needs an outcome, e.g. \"referred to police\", \"no offence found\"")
		}
		if err := store.SetReferralStatus(ctx, tx, it.ID, req.Status, req.Outcome, c.actor); err != nil {
			return err
		}
		return store.AddEvent(ctx, tx, it.ID, c.actor, "status", map[string]any{"from": it.Status, "to": req.Status, "outcome": req.Outcome, "note": req.Note})
	})
}

type noteRequest struct {
	Text string `json:"text"`
}

// note: POST /api/v1/referrals/{id}/notes — internal, never sent to the reporter.
func (a *API) note(w http.ResponseWriter, r *http.Request, c caller) {
	var req noteRequest
	if !decode(w, r, &req) {
		return
	}
	a.act(w, r, c, func(ctx context.Context, tx pgx.Tx, it store.QueueItem) error {
		if strings.TrimSpace(req.Text) == "" {
			return invalid("text is required")
		}
		return store.AddEvent(ctx, tx, it.ID, c.actor, "note", map[string]any{"text": req.Text})
	})
}

type transferRequest struct {
	Agency string `json:"agency"`
	Reason string `json:"reason"`
}

// transfer: POST /api/v1/referrals/{id}/transfer {"agency", "reason"}
func (a *API) transfer(w http.ResponseWriter, r *http.Request, c caller) {
	var req transferRequest
	if !decode(w, r, &req) {
		return
	}
	a.act(w, r, c, func(ctx context.Context, tx pgx.Tx, it store.QueueItem) error {
		to := strings.ToUpper(strings.TrimSpace(req.Agency))
		switch {
		case !routing.IsAgency(to):
			return invalid("agency must be one of " + strings.Join(routing.Agencies(), ", "))
		case to == it.Agency:
			return invalid("the referral is already with " + to)
		case strings.TrimSpace(req.Reason) == "":
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
		return store.AddEvent(ctx, tx, it.ID, c.actor, "transfer", map[string]any{"from": it.Agency, "to": to, "reason": req.Reason})
	})
}
