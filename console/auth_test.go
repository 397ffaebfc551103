package console_test

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/clientip"
	"github.com/hoshyar/hoshyar/console"
)

func sessionCookie(t *testing.T, res response) *http.Cookie {
	t.Helper()
	for _, ck := range (&http.Response{Header: res.header}).Cookies() {
		if ck.Name == "hoshyar_console" {
			return ck
		}
	}
	t.Fatal("no hoshyar_console cookie set")
	return nil
}

func TestLoginStartsASession(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	email, password := e.user("FIA")
	c := e.client()

	res := c.get("/console")
	require.Equal(t, http.StatusSeeOther, res.status, "the queue needs a session")
	require.Equal(t, "/console/login?next=%2Fconsole", res.header.Get("Location"))
	res = c.get("/console/referrals/1?x=1")
	require.Equal(t, "/console/login?next=%2Fconsole%2Freferrals%2F1%3Fx%3D1", res.header.Get("Location"))

	res = c.login(email, "not the password")
	require.Equal(t, http.StatusUnauthorized, res.status)
	require.Contains(t, res.body, "The e-mail address or the password is wrong.")
	res = c.login("nobody@fia.gov.pk", password)
	require.Equal(t, http.StatusUnauthorized, res.status, "an unknown address fails the same way")
	require.Contains(t, res.body, "The e-mail address or the password is wrong.")

	res = c.login(" "+strings.ToUpper(email)+" ", password)
	require.Equal(t, http.StatusSeeOther, res.status, res.body)
	require.Equal(t, "/console", res.header.Get("Location"))
	ck := sessionCookie(t, res)
	require.True(t, ck.HttpOnly)
	require.Equal(t, http.SameSiteStrictMode, ck.SameSite)
	require.Equal(t, "/console", ck.Path)
	require.False(t, ck.Secure, "plain HTTP and an http PUBLIC_BASE_URL")
	require.InDelta(t, 12*3600, ck.MaxAge, 5)

	// The database keeps only the token's SHA-256.
	raw, err := base64.RawURLEncoding.DecodeString(ck.Value)
	require.NoError(t, err)
	require.Len(t, raw, 32)
	sum := sha256.Sum256(raw)
	require.Equal(t, 1, e.count(`SELECT count(*) FROM console_sessions WHERE token_hash = $1 AND expires_at > now() + interval '11 hours'`, sum[:]))
	require.Zero(t, e.count(`SELECT count(*) FROM console_sessions WHERE token_hash = $1`, raw))
	require.Zero(t, e.count(`SELECT count(*) FROM login_failures WHERE email = $1`, email), "success clears the failures from here")
	require.Equal(t, 2, e.count(`SELECT count(*) FROM audit_log WHERE action = 'console.login_failed'`), "the two failures were audited")
	require.Equal(t, 1, e.count(`SELECT count(*) FROM audit_log WHERE action = 'console.login'`))

	page := c.get("/console")
	require.Equal(t, http.StatusOK, page.status)
	require.Contains(t, page.body, "Officer FIA")
	require.Contains(t, page.body, "<strong>FIA</strong>")

	// Signing out ends the session on the server, not only in the browser.
	res = c.post("/console/logout", url.Values{"csrf": {csrf(t, page.body)}})
	require.Equal(t, http.StatusSeeOther, res.status)
	require.Equal(t, "/console/login", res.header.Get("Location"))
	require.Zero(t, e.count(`SELECT count(*) FROM console_sessions`))
	require.Equal(t, http.StatusSeeOther, c.get("/console").status)
}

func TestLoginRedirectsToNext(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	email, password := e.user("FIA")
	c := e.client()
	page := c.get("/console/login?next=%2Fconsole%2Fdashboard")
	res := c.post("/console/login", url.Values{"csrf": {csrf(t, page.body)}, "email": {email}, "password": {password}, "next": {"/console/dashboard"}})
	require.Equal(t, "/console/dashboard", res.header.Get("Location"))

	c = e.client()
	page = c.get("/console/login")
	res = c.post("/console/login", url.Values{"csrf": {csrf(t, page.body)}, "email": {email}, "password": {password}, "next": {"//evil.example/console"}})
	require.Equal(t, "/console", res.header.Get("Location"), "no open redirect")
}

func TestSecureCookieWhenPublicURLIsHTTPS(t *testing.T) {
	t.Parallel()
	e := newEnv(t, func(o *console.Options) { o.Secure = true })
	email, password := e.user("FIA")
	page := e.client().get("/console/login")
	loginCk := (&http.Response{Header: page.header}).Cookies()[0]
	require.True(t, loginCk.Secure)
	// The cookie jar keeps Secure cookies off plain HTTP, so send it by hand.
	form := url.Values{"csrf": {csrf(t, page.body)}, "email": {email}, "password": {password}}
	req, err := http.NewRequest(http.MethodPost, e.srv.URL+"/console/login", strings.NewReader(form.Encode()))
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.AddCookie(loginCk)
	res, err := e.client().http.Do(req)
	require.NoError(t, err)
	r := read(t, res)
	require.Equal(t, http.StatusSeeOther, r.status, r.body)
	require.True(t, sessionCookie(t, r).Secure)
}

func TestLoginRateLimit(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	email, password := e.user("FIA")
	c := e.client()
	for range 5 {
		res := c.login(email, "guess")
		require.Equal(t, http.StatusUnauthorized, res.status)
	}
	res := c.login(email, password)
	require.Equal(t, http.StatusTooManyRequests, res.status, "the sixth attempt is refused, even with the right password")
	require.Contains(t, res.body, "Too many failed sign-ins")
	require.Equal(t, 5, e.count(`SELECT count(*) FROM login_failures WHERE email = $1`, email), "a refused attempt does not extend the lock")
	res = e.client().login(strings.ToUpper(email), password)
	require.Equal(t, http.StatusTooManyRequests, res.status, "per e-mail, whatever the browser or the case")

	// Another address is not affected; an unknown one is limited the same.
	other, otherPassword := e.user("FIA")
	require.Equal(t, http.StatusSeeOther, e.client().login(other, otherPassword).status)
	for range 5 {
		require.Equal(t, http.StatusUnauthorized, c.login("ghost@fia.gov.pk", "guess").status)
	}
	require.Equal(t, http.StatusTooManyRequests, c.login("ghost@fia.gov.pk", "guess").status)

	// Fifteen minutes on, the failures have aged out.
	e.advance(15*time.Minute + time.Second)
	require.Equal(t, http.StatusSeeOther, c.login(email, password).status)
}

func TestLoginAttemptsCountAcrossConcurrentRequests(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	email, _ := e.user("FIA")
	statuses := make(chan int, 12)
	for range 12 {
		go func() { statuses <- e.client().login(email, "guess").status }()
	}
	wrong := 0
	for range 12 {
		if <-statuses == http.StatusUnauthorized {
			wrong++
		}
	}
	require.Equal(t, 5, wrong, "only five guesses are checked, however many arrive at once")
}

func TestDisabledUserCannotSignIn(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	email, password := e.user("FIA")
	c := e.client()
	require.Equal(t, http.StatusSeeOther, c.login(email, password).status)
	_, err := e.db.Pool.Exec(context.Background(), `UPDATE console_users SET disabled_at = now() WHERE email = $1`, email)
	require.NoError(t, err)
	require.Equal(t, http.StatusSeeOther, c.get("/console").status, "the live session ends")
	require.Equal(t, http.StatusUnauthorized, e.client().login(email, password).status)
}

func TestCSRF(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	m := e.makeReport(scamReport("FIA"))
	c, token := e.signedIn("FIA")
	claim := "/console/referrals/" + itoa(m.referrals["FIA"]) + "/claim"

	res := c.post(claim, nil)
	require.Equal(t, http.StatusForbidden, res.status, "no token")
	res = c.post(claim, url.Values{"csrf": {token + "x"}})
	require.Equal(t, http.StatusForbidden, res.status, "a wrong token")
	_, otherToken := e.signedIn("FIA")
	res = c.post(claim, url.Values{"csrf": {otherToken}})
	require.Equal(t, http.StatusForbidden, res.status, "another session's token")
	require.Equal(t, http.StatusForbidden, c.post("/console/logout", nil).status)
	require.Equal(t, "new", e.referralStatus(m.referrals["FIA"]), "nothing happened")

	res = c.post(claim, url.Values{"csrf": {token}})
	require.Equal(t, http.StatusSeeOther, res.status)
	require.Equal(t, "claimed", e.referralStatus(m.referrals["FIA"]))

	// The sign-in form has its own token, bound to a cookie.
	email, password := e.user("FIA")
	fresh := e.client()
	res = fresh.post("/console/login", url.Values{"email": {email}, "password": {password}})
	require.Equal(t, http.StatusForbidden, res.status)
	page := fresh.get("/console/login")
	res = fresh.post("/console/login", url.Values{"csrf": {csrf(t, page.body) + "x"}, "email": {email}, "password": {password}})
	require.Equal(t, http.StatusForbidden, res.status)
}

func TestSecurityHeaders(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	c, _ := e.signedIn("FIA")
	for _, path := range []string{"/console/login", "/console", "/console/dashboard", "/console/recruiters", "/console/nope", "/console/static/console.css"} {
		res := c.get(path)
		csp := res.header.Get("Content-Security-Policy")
		require.Contains(t, csp, "default-src 'self'", path)
		require.Contains(t, csp, "frame-ancestors 'none'", path)
		require.Equal(t, "no-referrer", res.header.Get("Referrer-Policy"), path)
		require.Equal(t, "nosniff", res.header.Get("X-Content-Type-Options"), path)
		require.Equal(t, "no-store", res.header.Get("Cache-Control"), path)
	}
	require.Equal(t, http.StatusNotFound, c.get("/console/nope").status)
}

// newEnvBehindProxy is a console behind a proxy on 127.0.0.1 that names
// the client's address in X-Forwarded-For (HOSHYAR_TRUSTED_PROXIES).
func newEnvBehindProxy(t *testing.T) *env {
	t.Helper()
	trusted, err := clientip.ParsePrefixes("127.0.0.1")
	require.NoError(t, err)
	return newEnv(t, func(o *console.Options) { o.ClientAddr = clientip.New(trusted).Of })
}

// An attacker elsewhere cannot lock an officer out: guesses count per
// account and address, and those from addresses the account never signed
// in from are held back together, sparing the officer's own.
func TestLockoutFromElsewhereImpossible(t *testing.T) {
	t.Parallel()
	e := newEnvBehindProxy(t)
	email, password := e.user("FIA")
	const office = "203.0.113.10"
	require.Equal(t, http.StatusSeeOther, e.clientFrom(office).login(email, password).status, "the officer's usual address")

	// One attacker: five guesses, then refused, from there only.
	attacker := e.clientFrom("198.51.100.66")
	for range 5 {
		require.Equal(t, http.StatusUnauthorized, attacker.login(email, "guess").status)
	}
	res := attacker.login(email, password)
	require.Equal(t, http.StatusTooManyRequests, res.status, "even the right password, from the attacker's address")
	require.Contains(t, res.body, "Too many failed sign-ins for this e-mail address from here")
	require.Equal(t, http.StatusSeeOther, e.clientFrom(office).login(email, password).status, "the officer is not locked out")

	// Many attackers, each from another address (one of them a whole IPv6
	// /64): together they get 20 guesses, then every new address is held
	// back; the officer's address still signs in.
	wrong := 5
	for i := range 30 {
		addr := "198.51.100." + itoa(int64(100+i))
		if i%3 == 0 {
			addr = "2001:db8:66:" + itoa(int64(i)) + "::1"
		}
		switch res := e.clientFrom(addr).login(email, "guess"); res.status {
		case http.StatusUnauthorized:
			wrong++
		case http.StatusTooManyRequests:
			require.Contains(t, res.body, "from places it has not signed in from before")
		default:
			t.Fatalf("status %d", res.status)
		}
	}
	require.Equal(t, maxAccountGuesses, wrong, "20 guesses from addresses the account never used, the first attacker's five among them")
	require.Equal(t, http.StatusSeeOther, e.clientFrom(office).login(email, password).status, "the officer still signs in from the office")
	require.Equal(t, http.StatusTooManyRequests, e.clientFrom("192.0.2.99").login(email, password).status,
		"from a new address, during the attack, the officer waits 15 minutes (or an administrator helps)")

	// Every failed check is audited: the account, the reason, the
	// address's hash, never the e-mail typed.
	require.Equal(t, wrong, e.count(`SELECT count(*) FROM audit_log WHERE action = 'console.login_failed' AND actor = 'anonymous'
		AND subject_type = 'console_user' AND detail->>'reason' = 'wrong_password' AND length(detail->>'address') = 12
		AND subject_id = (SELECT id FROM console_users WHERE email = $1)`, email))
	require.Zero(t, e.count(`SELECT count(*) FROM audit_log WHERE detail::text LIKE '%' || $1 || '%' OR detail::text LIKE '%198.51.100%'`, email),
		"no e-mail or address in the audit log")
	require.Equal(t, 3, e.count(`SELECT count(*) FROM audit_log WHERE action = 'console.login'`))
}

// One address cannot try account after account: after 20 failures from
// it, whatever the accounts, it is refused; other addresses are not.
func TestLoginLimitPerAddress(t *testing.T) {
	t.Parallel()
	e := newEnvBehindProxy(t)
	email, password := e.user("FIA")
	sprayer := e.clientFrom("198.51.100.7")
	for i := range 20 {
		require.Equal(t, http.StatusUnauthorized, sprayer.login("officer"+itoa(int64(100+i))+"@fia.gov.pk", "Winter2026!").status)
	}
	res := sprayer.login(email, password)
	require.Equal(t, http.StatusTooManyRequests, res.status)
	require.Contains(t, res.body, "Too many failed sign-ins from this network")
	require.Equal(t, http.StatusSeeOther, e.clientFrom("198.51.100.8").login(email, password).status)
	require.Equal(t, 20, e.count(`SELECT count(*) FROM audit_log WHERE action = 'console.login_failed' AND detail->>'reason' = 'unknown_account' AND subject_id = 0`))

	// A disabled account's right password is a failure too, and says so.
	_, err := e.db.Pool.Exec(context.Background(), `UPDATE console_users SET disabled_at = now() WHERE email = $1`, email)
	require.NoError(t, err)
	require.Equal(t, http.StatusUnauthorized, e.clientFrom("198.51.100.8").login(email, password).status)
	require.Equal(t, 1, e.count(`SELECT count(*) FROM audit_log WHERE action = 'console.login_failed' AND detail->>'reason' = 'disabled_account'`))
}

const maxAccountGuesses = 20
