package console

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"net/http"
	"net/mail"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"golang.org/x/crypto/bcrypt"

	"github.com/hoshyar/hoshyar/clientip"
	"github.com/hoshyar/hoshyar/store"
)

// DefaultCost is the bcrypt cost of console passwords.
const DefaultCost = 12

// Sign-in limits, over failureWindow. They count per account and per
// address (an IPv4 address, an IPv6 /64), so that an attacker elsewhere
// cannot lock an officer out:
//   - maxPairFailures for one account from one address;
//   - maxAddressFailures from one address, whatever the accounts;
//   - maxAccountFailures for one account from the addresses it has not
//     signed in from within knownFor: a guesser spread over many addresses
//     is held back, while the officer's own addresses are spared.
//
// A refused attempt is not counted, so it does not extend the wait.
const (
	maxPairFailures    = 5
	maxAddressFailures = 20
	maxAccountFailures = 20
	failureWindow      = 15 * time.Minute
	knownFor           = 90 * 24 * time.Hour
)

// Which limit refused a sign-in.
const (
	limitPair    = "account_address"
	limitAddress = "address"
	limitAccount = "account"
)

var limitMessages = map[string]string{
	limitPair:    "Too many failed sign-ins for this e-mail address from here. Wait 15 minutes, then try again, or ask your administrator.",
	limitAddress: "Too many failed sign-ins from this network. Wait 15 minutes, then try again, or ask your administrator.",
	limitAccount: "Too many failed sign-ins for this e-mail address from places it has not signed in from before. " +
		"Wait 15 minutes, or sign in from where you usually do, or ask your administrator.",
}

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

	addr := c.addressHash(r)
	u, err := store.ConsoleUserByEmail(ctx, c.pool, email)
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		c.internal(w, r, nil, err)
		return
	}
	limit, err := c.reserveAttempt(ctx, email, addr)
	if err != nil {
		c.internal(w, r, nil, err)
		return
	}
	if limit != "" {
		c.log.Warn("console_login_limited", "limit", limit)
		c.showLogin(w, r, http.StatusTooManyRequests, limitMessages[limit], typed, next)
		return
	}

	hash := []byte(u.PasswordHash)
	if u.ID == 0 {
		hash = c.dummy()
	}
	match := bcrypt.CompareHashAndPassword(hash, []byte(password)) == nil
	if !match || u.ID == 0 || u.DisabledAt != nil {
		c.log.Info("console_login_failed")
		if err := c.auditFailure(ctx, u, match, addr); err != nil {
			c.internal(w, r, nil, err)
			return
		}
		c.showLogin(w, r, http.StatusUnauthorized, "The e-mail address or the password is wrong.", typed, next)
		return
	}

	now := c.opts.Now()
	for _, step := range []func() error{
		func() error { return store.ClearLoginAttempts(ctx, c.pool, email, addr) },
		func() error { return store.RememberLoginAddress(ctx, c.pool, u.ID, addr, now) },
		func() error { return store.PruneLoginAddresses(ctx, c.pool, now.Add(-knownFor)) },
	} {
		if err := step(); err != nil {
			c.internal(w, r, nil, err)
			return
		}
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

// reserveAttempt records a sign-in attempt for email from addr unless a
// limit is reached, and then names the limit. The attempt counts as a
// failure until the sign-in succeeds and clears it, so many concurrent
// guesses cannot slip past the limits. Advisory locks on the e-mail and
// the address make count-then-insert atomic across replicas.
func (c *Console) reserveAttempt(ctx context.Context, email string, addr []byte) (limit string, err error) {
	err = pgx.BeginFunc(ctx, c.pool, func(tx pgx.Tx) error {
		if err := store.LockLoginAttempt(ctx, tx, email, addr); err != nil {
			return err
		}
		now := c.opts.Now()
		n, err := store.CountLoginAttempts(ctx, tx, email, addr, now.Add(-failureWindow), now.Add(-knownFor))
		switch {
		case err != nil:
			return err
		case n.Pair >= maxPairFailures:
			limit = limitPair
		case n.Address >= maxAddressFailures:
			limit = limitAddress
		case !n.Known && n.Account >= maxAccountFailures:
			limit = limitAccount
		default:
			return store.RecordLoginAttempt(ctx, tx, email, addr)
		}
		return nil
	})
	return limit, err
}

// auditFailure records a failed sign-in: the account when there is one
// (never the e-mail typed, which may be a password typed in the wrong
// box), why, and the address's keyed hash, shortened, to tell attempts
// from one place apart from attempts from many.
func (c *Console) auditFailure(ctx context.Context, u store.ConsoleUser, passwordMatched bool, addr []byte) error {
	reason := "wrong_password"
	switch {
	case u.ID == 0:
		reason = "unknown_account"
	case passwordMatched: // and disabled
		reason = "disabled_account"
	}
	return store.Audit(ctx, c.pool, "anonymous", "console.login_failed", "console_user", u.ID,
		map[string]any{"reason": reason, "address": hex.EncodeToString(addr[:6])})
}

// addressHash is the keyed hash of the request's address as the sign-in
// limits count it.
func (c *Console) addressHash(r *http.Request) []byte {
	return c.opts.AddressHash(clientip.Key(c.opts.ClientAddr(r)))
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
