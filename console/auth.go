package console

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"net/http"
	"net/mail"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"golang.org/x/crypto/bcrypt"

	"github.com/hoshyar/hoshyar/store"
)

// DefaultCost is the bcrypt cost of console passwords.
const DefaultCost = 12

// Sign-in limits: after maxFailures failed attempts for one e-mail within
// failureWindow, sign-in for it is refused until the oldest ages out.
const (
	maxFailures   = 5
	failureWindow = 15 * time.Minute
)

// NewPassword returns a random password of 24 URL-safe characters (144 bits).
func NewPassword() string {
	b := make([]byte, 18)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// HashPassword returns the bcrypt hash of password at cost (DefaultCost when 0).
func HashPassword(password string, cost int) (string, error) {
	if cost == 0 {
		cost = DefaultCost
	}
	h, err := hashPassword(password, cost)
	return string(h), err
}

func hashPassword(password string, cost int) ([]byte, error) {
	return bcrypt.GenerateFromPassword([]byte(password), cost)
}

// NormalizeEmail lower-cases and trims an e-mail address, and checks that it
// is one.
func NormalizeEmail(s string) (string, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	a, err := mail.ParseAddress(s)
	if err != nil || a.Address != s || a.Name != "" {
		return "", errors.New("not an e-mail address: " + strconv.Quote(s))
	}
	return s, nil
}

type loginPage struct {
	base
	Email string
	Next  string
}

// loginForm shows the sign-in form, with a fresh pre-session CSRF token.
func (c *Console) loginForm(w http.ResponseWriter, r *http.Request) {
	if _, err := c.session(r); err == nil {
		http.Redirect(w, r, safeNext(r.URL.Query().Get("next")), http.StatusSeeOther)
		return
	}
	c.showLogin(w, r, http.StatusOK, "", "", r.URL.Query().Get("next"))
}

func (c *Console) showLogin(w http.ResponseWriter, r *http.Request, status int, msg, email, next string) {
	token := newLoginCSRF(w, r, c.opts.Secure)
	c.render(w, r, status, "login", &loginPage{
		base:  base{Title: "Sign in", CSRF: token, Error: msg},
		Email: email, Next: safeNext(next),
	})
}

// login checks e-mail and password and starts a session. An unknown e-mail
// costs the same bcrypt comparison as a known one, and its failures count
// the same, so neither time nor the limit tells which addresses exist.
func (c *Console) login(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	next := r.PostFormValue("next")
	if !checkLoginCSRF(r) {
		c.showLogin(w, r, http.StatusForbidden, "The sign-in form had expired. Please try again.", "", next)
		return
	}
	typed := strings.TrimSpace(r.PostFormValue("email"))
	email := strings.ToLower(typed)
	password := r.PostFormValue("password")
	if email == "" || password == "" {
		c.showLogin(w, r, http.StatusBadRequest, "Enter your e-mail address and password.", typed, next)
		return
	}

	allowed, err := c.reserveAttempt(ctx, email)
	if err != nil {
		c.internal(w, r, nil, err)
		return
	}
	if !allowed {
		c.log.Warn("console_login_limited")
		c.showLogin(w, r, http.StatusTooManyRequests,
			"Too many failed sign-ins for this e-mail address. Wait 15 minutes, then try again, or ask your administrator.", typed, next)
		return
	}

	u, err := store.ConsoleUserByEmail(ctx, c.pool, email)
	hash := []byte(u.PasswordHash)
	if errors.Is(err, store.ErrNotFound) {
		hash = c.dummy()
	} else if err != nil {
		c.internal(w, r, nil, err)
		return
	}
	match := bcrypt.CompareHashAndPassword(hash, []byte(password)) == nil
	if !match || u.ID == 0 || u.DisabledAt != nil {
		c.log.Info("console_login_failed")
		c.showLogin(w, r, http.StatusUnauthorized, "The e-mail address or the password is wrong.", typed, next)
		return
	}

	if err := store.ClearLoginFailures(ctx, c.pool, email); err != nil {
		c.internal(w, r, nil, err)
		return
	}
	if err := c.startSession(ctx, w, r, u); err != nil {
		c.internal(w, r, nil, err)
		return
	}
	if err := store.Audit(ctx, c.pool, actor(u.ID), "console.login", "console_user", u.ID, map[string]any{"agency": u.Agency}); err != nil {
		c.internal(w, r, nil, err)
		return
	}
	clearLoginCSRF(w, r, c.opts.Secure)
	http.Redirect(w, r, safeNext(next), http.StatusSeeOther)
}

// reserveAttempt records a sign-in attempt for email unless the limit is
// reached. The attempt counts as a failure until the sign-in succeeds and
// clears it, so many concurrent guesses cannot slip past the limit. The
// advisory lock makes count-then-insert atomic across replicas.
func (c *Console) reserveAttempt(ctx context.Context, email string) (bool, error) {
	allowed := false
	err := pgx.BeginFunc(ctx, c.pool, func(tx pgx.Tx) error {
		if err := store.LockLoginEmail(ctx, tx, email); err != nil {
			return err
		}
		n, err := store.CountLoginFailures(ctx, tx, email, c.opts.Now().Add(-failureWindow))
		if err != nil || n >= maxFailures {
			return err
		}
		allowed = true
		return store.RecordLoginFailure(ctx, tx, email)
	})
	return allowed, err
}

// logout ends the session.
func (c *Console) logout(w http.ResponseWriter, r *http.Request, s *session) {
	if err := store.DeleteConsoleSession(r.Context(), c.pool, s.hash); err != nil {
		c.internal(w, r, s, err)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: "", Path: "/console", MaxAge: -1,
		HttpOnly: true, Secure: c.secureCookie(r), SameSite: http.SameSiteStrictMode})
	http.Redirect(w, r, "/console/login", http.StatusSeeOther)
}

// safeNext keeps a post-sign-in redirect inside the console.
func safeNext(next string) string {
	if next == "/console" || (strings.HasPrefix(next, "/console/") && !strings.HasPrefix(next, "/console/login") &&
		!strings.ContainsAny(next, "\\\r\n") && !strings.Contains(next, "//")) {
		return next
	}
	return "/console"
}
