// Package console is the agency console at /console: the workbench agency
// staff sign in to. The queue, most urgent first, with each referral's
// clock, claimant and a mark when the reporter wrote; a referral's page,
// its actions at the top, the whole conversation as one thread, the case's
// other agencies; recruiter networks drawn as graphs; the early-warning
// requests to review; the team's load, the users (for admins), the
// dashboard and the export.
//
// It is server-rendered with html/template from embedded templates and one
// small CSS file: no JavaScript, no build step, nothing loaded from
// elsewhere, usable on a 360 px phone. Codes are shown in words (words.go);
// times in Pakistan's time, labelled PKT. Reporter text is shown as
// written, in its own direction (dir="auto"), its numbers and references
// kept left to right (ltr.go).
//
// Everything an officer does goes through agency.Service with the Caller
// {Agency: the user's agency, Actor: "user:<id>", Role: the user's role},
// so the console and the API share one set of rules, one scope, one check
// of roles and one audit trail. The few reads the service lacks (recruiter
// look-up, dashboard, export, users) are store queries that join through
// the agency's own referrals, or are the agency's own.
//
// Sessions are a random 32-byte token in the HttpOnly, SameSite=Strict
// cookie hoshyar_console; the database keeps only its SHA-256. Every POST
// form carries the session's CSRF token. Sign-in is limited per account
// and per address in Postgres, so the limits hold across replicas and an
// attacker elsewhere cannot lock an officer out (auth.go); failed sign-ins
// are audited, as are the views of the queue, a search and an export.
package console

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"embed"
	"log/slog"
	"net/http"
	"net/netip"
	"sync"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/hoshyar/hoshyar/agency"
	"github.com/hoshyar/hoshyar/clientip"
)

//go:embed templates/*.html static/*.css
var files embed.FS

// Options tune the console; the zero value is right for production but
// Secure, which follows PUBLIC_BASE_URL.
type Options struct {
	// Secure marks cookies Secure even on plain-HTTP requests (the service
	// is behind a TLS-terminating proxy: PUBLIC_BASE_URL is https).
	Secure bool
	// PasswordCost is the bcrypt cost of the hash compared against for an
	// unknown e-mail; 0 means DefaultCost. Tests use bcrypt.MinCost.
	PasswordCost int
	// TimeZone is the IANA zone dates are shown and counted in; default
	// Asia/Karachi.
	TimeZone string
	// Now is the clock; default time.Now.
	Now func() time.Time
	// ClientAddr tells the address a request comes from, for the sign-in
	// limits; default the connection's (main passes clientip's, which
	// knows HOSHYAR_TRUSTED_PROXIES).
	ClientAddr func(*http.Request) netip.Addr
	// AddressHash is the keyed hash addresses are kept under; main derives
	// it from HOSHYAR_SECRET_KEY, so every replica counts alike. Default:
	// an HMAC under a key of this process only.
	AddressHash func(string) []byte
}

// Console serves the agency console.
type Console struct {
	pool  *pgxpool.Pool
	svc   *agency.Service
	log   *slog.Logger
	opts  Options
	loc   *time.Location
	pages map[string]*page
	dummy func() []byte // a bcrypt hash to compare against for unknown e-mails
}

// New returns the console over the agency service. pool is for sessions,
// sign-in and the console's own agency-scoped reads.
func New(pool *pgxpool.Pool, svc *agency.Service, log *slog.Logger, opts Options) *Console {
	if opts.PasswordCost == 0 {
		opts.PasswordCost = DefaultCost
	}
	if opts.TimeZone == "" {
		opts.TimeZone = "Asia/Karachi"
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.ClientAddr == nil {
		opts.ClientAddr = clientip.New(nil).Of
	}
	if opts.AddressHash == nil {
		key := make([]byte, 32)
		_, _ = rand.Read(key)
		opts.AddressHash = func(s string) []byte {
			m := hmac.New(sha256.New, key)
			m.Write([]byte(s))
			return m.Sum(nil)
		}
	}
	loc, err := time.LoadLocation(opts.TimeZone)
	if err != nil {
		// Pakistan keeps no daylight saving time; without the zone database
		// the fixed offset is the same clock.
		loc = time.FixedZone("PKT", 5*60*60)
	}
	c := &Console{pool: pool, svc: svc, log: log, opts: opts, loc: loc}
	c.pages = parsePages(c.funcs())
	c.dummy = sync.OnceValue(func() []byte {
		h, _ := hashPassword(NewPassword(), opts.PasswordCost)
		return h
	})
	return c
}

// Routes adds the console's routes to mux. Every answer carries the
// console's security headers.
func (c *Console) Routes(mux *http.ServeMux) {
	handle := func(pattern string, h http.HandlerFunc) { mux.Handle(pattern, secure(h)) }
	handle("GET /console/static/console.css", c.css)
	handle("GET /console/login", c.loginForm)
	handle("POST /console/login", c.login)
	handle("POST /console/logout", c.auth(c.logout))

	handle("GET /console", c.auth(c.queue))
	handle("GET /console/{$}", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/console", http.StatusMovedPermanently)
	})
	handle("GET /console/referrals/{id}", c.auth(c.referral))
	handle("POST /console/referrals/{id}/claim", c.auth(c.claim))
	handle("POST /console/referrals/{id}/status", c.auth(c.status))
	handle("POST /console/referrals/{id}/note", c.auth(c.note))
	handle("POST /console/referrals/{id}/message", c.auth(c.message))
	handle("POST /console/referrals/{id}/verification", c.auth(c.verification))
	handle("POST /console/referrals/{id}/transfer", c.auth(c.transfer))
	handle("POST /console/referrals/{id}/assist", c.auth(c.assist))
	handle("POST /console/referrals/{id}/assign", c.auth(c.assign))
	handle("GET /console/media/{id}", c.auth(c.media))
	handle("GET /console/recruiters", c.auth(c.recruiters))
	handle("GET /console/network", c.auth(c.network))
	handle("GET /console/requests", c.auth(c.requests))
	handle("POST /console/requests/{id}/decision", c.auth(c.decide))
	handle("GET /console/team", c.auth(c.team))
	handle("GET /console/users", c.auth(c.users))
	handle("POST /console/users", c.auth(c.createUser))
	handle("POST /console/users/{id}/{action}", c.auth(c.changeUser))
	handle("GET /console/dashboard", c.auth(c.dashboard))
	handle("GET /console/export.csv", c.auth(c.export))
	handle("/console/", c.notFound)
}

// secure sets the headers every console answer carries: nothing framed,
// fetched from elsewhere, sniffed, cached, or leaked in a Referer.
func secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self'; media-src 'self'; style-src 'self'; "+
			"script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Cache-Control", "no-store")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		next.ServeHTTP(w, r)
	})
}

func (c *Console) css(w http.ResponseWriter, r *http.Request) {
	b, _ := files.ReadFile("static/console.css")
	w.Header().Set("Content-Type", "text/css; charset=utf-8")
	_, _ = w.Write(b)
}

func (c *Console) notFound(w http.ResponseWriter, r *http.Request) {
	c.fail(w, r, nil, http.StatusNotFound, "There is no such page.")
}
