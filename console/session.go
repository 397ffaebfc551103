package console

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/hoshyar/hoshyar/agency"
	"github.com/hoshyar/hoshyar/store"
)

// sessionCookie names the console's session cookie; sessionTTL is how long
// a session lasts from sign-in.
const (
	sessionCookie = "hoshyar_console"
	sessionTTL    = 12 * time.Hour
)

// session is the signed-in user of a request.
type session struct {
	store.ConsoleSession
	hash []byte
}

// caller is who acts through agency.Service.
func (s *session) caller() agency.Caller {
	return agency.Caller{Agency: s.Agency, Actor: actor(s.UserID), Role: s.Role}
}

func actor(userID int64) string { return "user:" + strconv.FormatInt(userID, 10) }

type sessionHandler func(w http.ResponseWriter, r *http.Request, s *session)

// auth runs h for a signed-in user; anyone else is sent to the sign-in
// page. A POST must carry the session's CSRF token, or it is refused (403).
func (c *Console) auth(h sessionHandler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		s, err := c.session(r)
		if errors.Is(err, store.ErrNotFound) {
			next := "/console"
			if r.Method == http.MethodGet {
				next = r.URL.RequestURI()
			}
			http.Redirect(w, r, "/console/login?next="+url.QueryEscape(next), http.StatusSeeOther)
			return
		}
		if err != nil {
			c.internal(w, r, nil, err)
			return
		}
		if r.Method == http.MethodPost && !sameToken(r.PostFormValue(csrfField), s.CSRF) {
			c.log.Warn("console_csrf_refused", "route", r.Pattern)
			c.fail(w, r, s, http.StatusForbidden, "This form was out of date or did not come from the console. Go back, reload the page and try again.")
			return
		}
		h(w, r, s)
	}
}

// session loads the request's live session; none is store.ErrNotFound.
func (c *Console) session(r *http.Request) (*session, error) {
	ck, err := r.Cookie(sessionCookie)
	if err != nil || ck.Value == "" {
		return nil, store.ErrNotFound
	}
	raw, err := base64.RawURLEncoding.DecodeString(ck.Value)
	if err != nil || len(raw) != 32 {
		return nil, store.ErrNotFound
	}
	hash := tokenHash(raw)
	s, err := store.GetConsoleSession(r.Context(), c.pool, hash)
	if err != nil {
		return nil, err
	}
	return &session{ConsoleSession: s, hash: hash}, nil
}

// startSession stores a new session for u and sets its cookie. The
// database keeps only the token's SHA-256: a copy of it opens nothing.
func (c *Console) startSession(ctx context.Context, w http.ResponseWriter, r *http.Request, u store.ConsoleUser) error {
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return err
	}
	now := c.opts.Now()
	if err := store.PruneConsoleLogins(ctx, c.pool, now.Add(-24*time.Hour)); err != nil {
		return err
	}
	if err := store.InsertConsoleSession(ctx, c.pool, tokenHash(raw), u.ID, newCSRFToken(), now.Add(sessionTTL)); err != nil {
		return err
	}
	http.SetCookie(w, &http.Cookie{
		Name: sessionCookie, Value: base64.RawURLEncoding.EncodeToString(raw), Path: "/console",
		MaxAge: int(sessionTTL / time.Second), Expires: now.Add(sessionTTL),
		HttpOnly: true, Secure: c.secureCookie(r), SameSite: http.SameSiteStrictMode,
	})
	return nil
}

func tokenHash(raw []byte) []byte {
	sum := sha256.Sum256(raw)
	return sum[:]
}

// secureCookie says whether cookies get the Secure attribute: on HTTPS, or
// when the public URL is HTTPS (TLS ends at a proxy).
func (c *Console) secureCookie(r *http.Request) bool {
	return c.opts.Secure || r.TLS != nil
}
