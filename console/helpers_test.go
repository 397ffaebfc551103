package console_test

import (
	"context"
	"crypto/sha256"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"
	"golang.org/x/crypto/bcrypt"

	"github.com/hoshyar/hoshyar/agency"
	"github.com/hoshyar/hoshyar/console"
	"github.com/hoshyar/hoshyar/internal/dbtest"
	"github.com/hoshyar/hoshyar/routing"
	"github.com/hoshyar/hoshyar/store"
	"github.com/hoshyar/hoshyar/vault"
)

// enqueuer records what the service schedules instead of running jobs.
type enqueuer struct {
	mu        sync.Mutex
	processes []int64
	pushes    []string
}

func (e *enqueuer) EnqueueProcessTx(_ context.Context, _ pgx.Tx, conversationID int64) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.processes = append(e.processes, conversationID)
	return nil
}

func (e *enqueuer) PushTx(_ context.Context, _ store.DBTX, agency string, referralID int64, event string) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.pushes = append(e.pushes, fmt.Sprintf("%s:%d:%s", agency, referralID, event))
	return nil
}

func (e *enqueuer) PushAlertTx(_ context.Context, _ store.DBTX, agency string, alertID int64, event string, _ any) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.pushes = append(e.pushes, fmt.Sprintf("%s:alert:%d:%s", agency, alertID, event))
	return nil
}

// processed lists the conversations given an agency's input to process.
func (e *enqueuer) processed() []int64 {
	e.mu.Lock()
	defer e.mu.Unlock()
	return append([]int64(nil), e.processes...)
}

func (e *enqueuer) pushed() []string {
	e.mu.Lock()
	defer e.mu.Unlock()
	return append([]string(nil), e.pushes...)
}

// env is a console over a fresh schema, served by httptest.
type env struct {
	t     *testing.T
	db    *dbtest.DB
	vault *vault.Vault
	enq   *enqueuer
	srv   *httptest.Server
	now   func() time.Time
	clock time.Duration // added to the real time by the console's clock
	mu    sync.Mutex
	n     int
}

func newEnv(t *testing.T, opts ...func(*console.Options)) *env {
	t.Helper()
	db := dbtest.New(t)
	v, err := vault.New([]byte(strings.Repeat("k", 40)))
	require.NoError(t, err)
	e := &env{t: t, db: db, vault: v, enq: &enqueuer{}}
	log := slog.New(slog.DiscardHandler)
	svc := agency.NewService(db.Pool, v, routing.DefaultMatrix(), e.enq, log).WithClock(e.clockNow)
	o := console.Options{PasswordCost: bcrypt.MinCost, Now: e.clockNow}
	for _, f := range opts {
		f(&o)
	}
	mux := http.NewServeMux()
	console.New(db.Pool, svc, log, o).Routes(mux)
	e.srv = httptest.NewServer(mux)
	t.Cleanup(e.srv.Close)
	return e
}

// clockNow is the console's and the service's clock.
func (e *env) clockNow() time.Time {
	e.mu.Lock()
	defer e.mu.Unlock()
	return time.Now().Add(e.clock)
}

func (e *env) advance(d time.Duration) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.clock += d
}

// user creates a console user (an agent) of agency and returns its e-mail
// and password.
func (e *env) user(agency string) (email, password string) {
	e.t.Helper()
	return e.userAs(agency, "agent")
}

// userAs creates a console user of agency in role.
func (e *env) userAs(agency, role string) (email, password string) {
	e.t.Helper()
	e.mu.Lock()
	e.n++
	n := e.n
	e.mu.Unlock()
	email = fmt.Sprintf("officer%d@%s.gov.pk", n, strings.ToLower(agency))
	password = console.NewPassword()
	hash, err := console.HashPassword(password, bcrypt.MinCost)
	require.NoError(e.t, err)
	_, err = store.InsertConsoleUser(context.Background(), e.db.Pool, store.NewConsoleUser{
		Agency: agency, Email: email, Name: "Officer " + agency + " " + strconv.Itoa(n), Role: role, PasswordHash: hash})
	require.NoError(e.t, err)
	return email, password
}

// clientFrom is a browser behind the trusted proxy (see newEnvBehindProxy)
// at addr: the proxy says so in X-Forwarded-For.
func (e *env) clientFrom(addr string) *client {
	c := e.client()
	c.http.Transport = forwardedFor{addr}
	return c
}

type forwardedFor struct{ addr string }

func (f forwardedFor) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.Header.Set("X-Forwarded-For", f.addr)
	return http.DefaultTransport.RoundTrip(r)
}

// client is a browser: a cookie jar, and redirects are not followed so
// tests see them.
type client struct {
	t    *testing.T
	base string
	http *http.Client
}

func (e *env) client() *client {
	jar, err := cookiejar.New(nil)
	require.NoError(e.t, err)
	return &client{t: e.t, base: e.srv.URL, http: &http.Client{
		Jar: jar, Timeout: 10 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}}
}

type response struct {
	status int
	header http.Header
	body   string
}

func (c *client) get(path string) response {
	c.t.Helper()
	res, err := c.http.Get(c.base + path)
	require.NoError(c.t, err)
	return read(c.t, res)
}

func (c *client) post(path string, form url.Values) response {
	c.t.Helper()
	res, err := c.http.PostForm(c.base+path, form)
	require.NoError(c.t, err)
	return read(c.t, res)
}

func read(t *testing.T, res *http.Response) response {
	t.Helper()
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	return response{status: res.StatusCode, header: res.Header, body: string(b)}
}

var csrfRe = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

// csrf is the CSRF token of a page's forms.
func csrf(t *testing.T, body string) string {
	t.Helper()
	m := csrfRe.FindStringSubmatch(body)
	require.NotNil(t, m, "the page has a form with a CSRF token")
	return m[1]
}

// login signs in through the form and returns the answer to the POST.
func (c *client) login(email, password string) response {
	c.t.Helper()
	page := c.get("/console/login")
	require.Equal(c.t, http.StatusOK, page.status)
	return c.post("/console/login", url.Values{"csrf": {csrf(c.t, page.body)}, "email": {email}, "password": {password}})
}

// signedIn is a client signed in as a new agent of agency, and the CSRF
// token of its session.
func (e *env) signedIn(agency string) (*client, string) {
	e.t.Helper()
	return e.signedInAs(agency, "agent")
}

// signedInAs is a client signed in as a new user of agency in role.
func (e *env) signedInAs(agency, role string) (*client, string) {
	e.t.Helper()
	c := e.client()
	res := c.login(e.userAs(agency, role))
	require.Equal(e.t, http.StatusSeeOther, res.status, res.body)
	page := c.get("/console")
	require.Equal(e.t, http.StatusOK, page.status)
	return c, csrf(e.t, page.body)
}

// report is a report to make, with a referral for each of agencies (the
// first one leads).
type report struct {
	text      string
	caseType  string
	urgency   string
	channel   string
	consent   bool
	entities  map[string]any
	flags     []map[string]string
	danger    []string
	keys      []store.Key
	due       time.Duration // from now; negative is overdue
	media     []store.NewMedia
	agencies  []string
	priority  string
	createdAt time.Time // zero: now
	kind      string    // report when ""
	answers   map[string]string
	discreet  bool
}

type made struct {
	reportID, messageID, conversationID int64
	reference                           string
	referrals                           map[string]int64 // by agency
	address                             string
}

// makeReport stores a reporter (contact, conversation, message), their
// report and its referrals, as casework would.
func (e *env) makeReport(r report) made {
	e.t.Helper()
	ctx := context.Background()
	pool := e.db.Pool
	if r.channel == "" {
		r.channel = "webchat"
	}
	if r.caseType == "" {
		r.caseType = "job_scam_paid"
	}
	if r.urgency == "" {
		r.urgency = "routine"
	}
	if r.due == 0 {
		r.due = 120 * time.Hour
	}
	if r.priority == "" {
		r.priority = "normal"
	}
	if r.kind == "" {
		r.kind = "report"
	}
	if r.entities == nil {
		r.entities = map[string]any{}
	}
	if r.flags == nil {
		r.flags = []map[string]string{}
	}
	e.mu.Lock()
	e.n++
	address := fmt.Sprintf("visitor-%d", e.n)
	e.mu.Unlock()
	contactID, err := store.EnsureContact(ctx, pool, r.channel, e.vault.Hash(r.channel, address), e.vault.Seal(address, r.channel))
	require.NoError(e.t, err)
	convID, seq, err := store.NextInboundSeq(ctx, pool, contactID, r.channel)
	require.NoError(e.t, err)
	msgID, _, err := store.InsertInbound(ctx, pool, store.NewInbound{ConversationID: convID, Channel: r.channel,
		ProviderID: address + "-1", Seq: seq, Kind: "text", Body: r.text})
	require.NoError(e.t, err)
	ref := store.NewReference()
	reportID, err := store.InsertReport(ctx, pool, store.NewReport{
		Reference: ref, ConversationID: convID, ContactID: contactID, Kind: r.kind, CaseType: r.caseType,
		Urgency: r.urgency, Language: "ur-Latn", Channel: r.channel, Entities: r.entities, RedFlags: r.flags,
		Danger: r.danger, Consent: r.consent, Summary: r.text, Answers: r.answers, Discreet: r.discreet,
	})
	require.NoError(e.t, err)
	if !r.createdAt.IsZero() {
		_, err = pool.Exec(ctx, `UPDATE reports SET created_at = $2 WHERE id = $1`, reportID, r.createdAt)
		require.NoError(e.t, err)
	}
	require.NoError(e.t, store.AddEvidence(ctx, pool, reportID, []int64{msgID}))
	require.NoError(e.t, store.AddKeys(ctx, pool, reportID, r.keys))
	for _, m := range r.media {
		m.MessageID = msgID
		if m.Data != nil {
			sum := sha256.Sum256(m.Data)
			m.SHA256 = sum[:]
		}
		_, err := store.InsertMedia(ctx, pool, m)
		require.NoError(e.t, err)
	}
	out := made{reportID: reportID, messageID: msgID, reference: ref, referrals: map[string]int64{}, address: address,
		conversationID: convID}
	for i, a := range r.agencies {
		role := "lead"
		if i > 0 {
			role = "supporting"
		}
		id, err := store.UpsertReferral(ctx, pool, store.NewReferral{ReportID: reportID, Agency: a, Role: role,
			Urgency: r.urgency, DueAt: time.Now().Add(r.due), Reason: "Charge matrix: " + routing.CaseTypeName(r.caseType), Priority: r.priority})
		require.NoError(e.t, err)
		if !r.createdAt.IsZero() {
			_, err = pool.Exec(ctx, `UPDATE referrals SET created_at = $2 WHERE id = $1`, id, r.createdAt)
			require.NoError(e.t, err)
		}
		out.referrals[a] = id
	}
	return out
}

func (e *env) count(sql string, args ...any) int {
	e.t.Helper()
	var n int
	require.NoError(e.t, e.db.Pool.QueryRow(context.Background(), sql, args...).Scan(&n))
	return n
}

// scamReport is a realistic paid-job-scam report (see jobs/casework_test.go).
func scamReport(agencies ...string) report {
	return report{
		text:     "Qatar mein driver ki naukri, tankhwah 2000 riyal. Visa ke liye 3 lakh advance JazzCash pe bhejein 0345-1112233",
		caseType: "job_scam_paid",
		consent:  true,
		entities: map[string]any{
			"phones":    []string{"+923451112233"},
			"countries": []string{"QA"},
			"amounts":   []map[string]any{{"value": 300000, "currency": "PKR", "text": "3 lakh"}},
			"payments":  []string{"jazzcash"},
		},
		flags: []map[string]string{
			{"code": "fee_before_contract", "reason": "Asks for money before a contract (\"3 lakh advance\")"},
			{"code": "guaranteed_visa", "reason": "Promises a visa"},
		},
		keys:     []store.Key{{Kind: "phone", Value: "+923451112233"}},
		agencies: agencies,
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func (e *env) referralStatus(id int64) string {
	e.t.Helper()
	var s string
	require.NoError(e.t, e.db.Pool.QueryRow(context.Background(), `SELECT status FROM referrals WHERE id = $1`, id).Scan(&s))
	return s
}

// service is the agency service over the env's database and clock.
func (e *env) service() *agency.Service {
	return agency.NewService(e.db.Pool, e.vault, routing.DefaultMatrix(), e.enq, slog.New(slog.DiscardHandler)).WithClock(e.clockNow)
}

// caller is someone of agency in role, for calls to the service.
func (e *env) caller(agencyCode, role string) agency.Caller {
	return agency.Caller{Agency: agencyCode, Actor: "token:0", Role: role}
}

func storeFilter(limit int, after string) store.QueueFilter {
	return store.QueueFilter{Limit: limit, After: after}
}

func references(refs []agency.Referral) []string {
	out := make([]string, len(refs))
	for i, r := range refs {
		out[i] = r.Reference
	}
	return out
}
