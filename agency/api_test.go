package agency_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/agency"
	"github.com/hoshyar/hoshyar/casework"
	"github.com/hoshyar/hoshyar/flows"
	"github.com/hoshyar/hoshyar/internal/dbtest"
	"github.com/hoshyar/hoshyar/routing"
	"github.com/hoshyar/hoshyar/store"
	"github.com/hoshyar/hoshyar/vault"
)

// The API over a real database: what each role may do, and what one agency
// sees of a case, a network and a request it shares with others.

type recorder struct {
	mu     sync.Mutex
	pushes []string
}

func (r *recorder) EnqueueProcessTx(context.Context, pgx.Tx, int64) error { return nil }

func (r *recorder) PushTx(_ context.Context, _ store.DBTX, agency string, id int64, event string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.pushes = append(r.pushes, fmt.Sprintf("%s %d %s", agency, id, event))
	return nil
}

func (r *recorder) PushAlertTx(_ context.Context, _ store.DBTX, agency string, id int64, event string, _ any) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.pushes = append(r.pushes, fmt.Sprintf("%s alert %d %s", agency, id, event))
	return nil
}

func (r *recorder) all() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.pushes...)
}

type apiEnv struct {
	t   *testing.T
	db  *dbtest.DB
	v   *vault.Vault
	rec *recorder
	srv *httptest.Server
	cw  *casework.Service
	n   int
}

func newAPI(t *testing.T) *apiEnv {
	t.Helper()
	db := dbtest.New(t)
	v, err := vault.New([]byte(strings.Repeat("k", 40)))
	require.NoError(t, err)
	e := &apiEnv{t: t, db: db, v: v, rec: &recorder{}, cw: casework.New(routing.DefaultMatrix(), nil)}
	mux := http.NewServeMux()
	agency.NewAPI(agency.NewService(db.Pool, v, routing.DefaultMatrix(), e.rec, slog.New(slog.DiscardHandler)), slog.New(slog.DiscardHandler)).Routes(mux)
	e.srv = httptest.NewServer(mux)
	t.Cleanup(e.srv.Close)
	return e
}

// token makes an API token of agency acting in role.
func (e *apiEnv) token(agencyCode, role string) string {
	e.t.Helper()
	e.n++
	tok := fmt.Sprintf("hsy_test_%s_%s_%d", agencyCode, role, e.n)
	_, err := store.InsertToken(context.Background(), e.db.Pool, agencyCode, e.v.Hash("api-token", tok), "", role)
	require.NoError(e.t, err)
	return tok
}

// report has casework make a report from text, as the conversation would,
// and returns its referrals by agency.
func (e *apiEnv) report(kind, text string, answers map[string]string) map[string]int64 {
	e.t.Helper()
	ctx := context.Background()
	e.n++
	contact, err := store.EnsureContact(ctx, e.db.Pool, "webchat", fmt.Appendf(nil, "h%d", e.n), e.v.Seal(fmt.Sprint("visitor-", e.n), "webchat"))
	require.NoError(e.t, err)
	conv, seq, err := store.NextInboundSeq(ctx, e.db.Pool, contact, "webchat")
	require.NoError(e.t, err)
	msg, _, err := store.InsertInbound(ctx, e.db.Pool, store.NewInbound{ConversationID: conv, Channel: "webchat",
		ProviderID: fmt.Sprint("p", e.n), Seq: seq, Kind: "text", Body: text})
	require.NoError(e.t, err)
	ref := store.NewReference()
	_, err = e.cw.Create(ctx, e.db.Pool, casework.Conversation{ID: conv, ContactID: contact, Channel: "webchat", Locale: "ur-Latn"},
		&flows.ReportSpec{Reference: ref, Kind: kind, Text: text, Answers: answers, Evidence: []int64{msg}})
	require.NoError(e.t, err)
	r, err := store.ReportByReference(ctx, e.db.Pool, ref)
	require.NoError(e.t, err)
	refs, err := store.ReferralsOf(ctx, e.db.Pool, r.ID)
	require.NoError(e.t, err)
	out := map[string]int64{}
	for _, f := range refs {
		out[f.Agency] = f.ID
	}
	return out
}

func (e *apiEnv) do(token, method, path string, body any) (int, map[string]any) {
	e.t.Helper()
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, e.srv.URL+"/api/v1"+path, rd)
	require.NoError(e.t, err)
	req.Header.Set("Authorization", "Bearer "+token)
	res, err := http.DefaultClient.Do(req)
	require.NoError(e.t, err)
	defer res.Body.Close()
	var out map[string]any
	require.NoError(e.t, json.NewDecoder(res.Body).Decode(&out))
	return res.StatusCode, out
}

func keys(m map[string]int64) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

const scam = "Qatar driver visa, 3 lakh advance JazzCash pe bhejein 0345-1112233. Form: gulf-jobs.pk/apply"

// Refusals are 403 with a message that says what the action needs.
func TestRolesAreEnforced(t *testing.T) {
	t.Parallel()
	e := newAPI(t)
	refs := e.report(flows.KindReport, scam, nil)
	lead := refs["NCCIA"]
	require.NotZero(t, lead)
	agent, supervisor := e.token("NCCIA", "agent"), e.token("NCCIA", "supervisor")
	path := fmt.Sprintf("/referrals/%d", lead)

	code, body := e.do(agent, "POST", path+"/claim", nil)
	require.Equal(t, http.StatusOK, code, body)
	for _, c := range []struct {
		action string
		body   any
		needs  string
	}{
		{"/status", map[string]string{"status": "closed", "outcome": "no offence found"}, "closing a referral needs the supervisor role; you are an agent"},
		{"/transfer", map[string]string{"agency": "FIA", "reason": "cash, not online"}, "transferring a referral needs the supervisor role"},
		{"/assist", map[string]string{"agency": "FIA", "reason": "the agent is in Lahore"}, "asking another agency to assist needs the supervisor role"},
		{"/assign", map[string]int64{"user_id": 1}, "assigning a referral needs the supervisor role"},
	} {
		code, body := e.do(agent, "POST", path+c.action, c.body)
		require.Equal(t, http.StatusForbidden, code, c.action)
		require.Equal(t, "forbidden", body["code"])
		require.Contains(t, body["message"], c.needs)
	}
	code, body = e.do(agent, "POST", path+"/verification", map[string]string{"verdict": "genuine"})
	require.Equal(t, http.StatusConflict, code, "a verdict answers a verification request only")
	require.Contains(t, body["message"], "verification request")

	code, body = e.do(supervisor, "POST", path+"/status", map[string]string{"status": "closed", "outcome": "referred to FIA"})
	require.Equal(t, http.StatusOK, code, body)
	require.Equal(t, "closed", body["status"])
	require.Regexp(t, `^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+05:00$`, body["closed_at"], "RFC 3339, Pakistan's offset")
}

// The list is in the work order and says, per referral, if it is overdue,
// who claimed it, how many messages the reporter wrote since the agency
// last read it, and which agencies hold the case.
func TestListCarriesTheWorkbench(t *testing.T) {
	t.Parallel()
	e := newAPI(t)
	ctx := context.Background()
	routine := e.report(flows.KindReport, scam, nil)["NCCIA"]
	// Trafficked after an online advert: NCCIA supports (a person held and
	// their family asked to pay would be ransom, MOFA's and FIA's alone).
	emergency := e.report(flows.KindHelp, "Facebook ad dekh ke Malaysia aya tha, ab factory mein band kar rakha hai, maar rahe hain, passport le liya",
		map[string]string{"where": "abroad", "seen": "facebook"})
	require.NotEmpty(t, emergency)
	_, err := e.db.Pool.Exec(ctx, `UPDATE referrals SET due_at = now() - interval '1 hour' WHERE id = $1`, routine)
	require.NoError(t, err)
	tok := e.token("NCCIA", "agent")
	code, page := e.do(tok, "GET", "/referrals", nil)
	require.Equal(t, http.StatusOK, code)
	list := page["referrals"].([]any)
	first := list[0].(map[string]any)
	require.Equal(t, "emergency", first["urgency"], "the emergency on top")
	var mine map[string]any
	for _, r := range list {
		if int64(r.(map[string]any)["id"].(float64)) == routine {
			mine = r.(map[string]any)
		}
	}
	require.Equal(t, true, mine["overdue"])
	require.Nil(t, mine["claimed_by"])
	require.Equal(t, float64(0), mine["unread"])
	require.Contains(t, mine["due_at"], "+05:00")
	var agencies []string
	for _, a := range mine["case"].(map[string]any)["agencies"].([]any) {
		agencies = append(agencies, a.(map[string]any)["agency"].(string))
	}
	require.Contains(t, agencies, "NCCIA")
	require.Contains(t, agencies, "PTA")

	code, body := e.do(tok, "POST", fmt.Sprintf("/referrals/%d/claim", routine), nil)
	require.Equal(t, http.StatusOK, code)
	require.Regexp(t, `^API token \d+$`, body["claimed_by"].(map[string]any)["name"])
	code, page = e.do(tok, "GET", "/referrals?order=newest", nil)
	require.Equal(t, http.StatusOK, code)
	require.Equal(t, float64(routine), page["referrals"].([]any)[len(page["referrals"].([]any))-1].(map[string]any)["id"], "newest first: the first report last")
	code, _ = e.do(tok, "GET", "/referrals?cursor=nonsense", nil)
	require.Equal(t, http.StatusBadRequest, code)
	code, _ = e.do(tok, "GET", "/referrals?order=oldest", nil)
	require.Equal(t, http.StatusBadRequest, code)
}

// The joint case: the lead's supervisor asks another agency to assist; it
// gets a supporting referral and sees the case; no agency sees another's
// notes; a supporting agency cannot ask.
func TestJointCase(t *testing.T) {
	t.Parallel()
	e := newAPI(t)
	refs := e.report(flows.KindReport, scam, nil)
	nccia, pta := refs["NCCIA"], refs["PTA"]
	ncciaSup, ptaSup := e.token("NCCIA", "supervisor"), e.token("PTA", "supervisor")

	code, _ := e.do(ptaSup, "POST", fmt.Sprintf("/referrals/%d/notes", pta), map[string]string{"text": "PTA-only: SIM owner is a retired clerk"})
	require.Equal(t, http.StatusOK, code)
	code, body := e.do(ptaSup, "POST", fmt.Sprintf("/referrals/%d/assist", pta), map[string]string{"agency": "FIA", "reason": "x"})
	require.Equal(t, http.StatusForbidden, code, "only the lead asks")
	require.Contains(t, body["message"], "only the lead agency")

	code, body = e.do(ncciaSup, "POST", fmt.Sprintf("/referrals/%d/assist", nccia), map[string]string{"agency": "FIA", "reason": "the agent takes cash in Lahore"})
	require.Equal(t, http.StatusOK, code, body)
	code, body = e.do(ncciaSup, "POST", fmt.Sprintf("/referrals/%d/assist", nccia), map[string]string{"agency": "FIA", "reason": "again"})
	require.Equal(t, http.StatusConflict, code, body)
	require.Contains(t, e.rec.all(), fmt.Sprintf("PTA %d case.updated", pta), "the case's other agencies are told")

	fia := e.token("FIA", "agent")
	code, page := e.do(fia, "GET", "/referrals", nil)
	require.Equal(t, http.StatusOK, code)
	got := page["referrals"].([]any)
	require.Len(t, got, 1)
	mine := got[0].(map[string]any)
	require.Equal(t, "supporting", mine["role"])
	require.Equal(t, "NCCIA", mine["asked_by"])
	require.Equal(t, "Asked by NCCIA to assist: the agent takes cash in Lahore", mine["reason"])

	code, detail := e.do(fia, "GET", fmt.Sprintf("/referrals/%d", int64(mine["id"].(float64))), nil)
	require.Equal(t, http.StatusOK, code)
	whole, _ := json.Marshal(detail)
	require.NotContains(t, string(whole), "retired clerk", "another agency's notes are its own")
	var lines []string
	for _, a := range detail["case"].(map[string]any)["agencies"].([]any) {
		m := a.(map[string]any)
		lines = append(lines, fmt.Sprint(m["agency"], " ", m["role"], " ", m["status"]))
	}
	require.Contains(t, lines, "NCCIA lead new")
	require.Contains(t, lines, "FIA supporting new")
	require.Contains(t, lines, "PTA supporting new")
}

// A network: the reports a phone, wallet or link joins. The agency sees
// its shape and counts, and the values only of what its reports name.
func TestNetworkIsScoped(t *testing.T) {
	t.Parallel()
	e := newAPI(t)
	e.report(flows.KindReport, scam, map[string]string{"paid": "yes", "paid_amount": "Rs 1,00,000"})
	e.report(flows.KindReport, "Dubai jobs, 2 lakh, WhatsApp 0345-1112233, IBAN PK36SCBL0000001123456702", nil)
	// Held by FIA only (bonded labour in Pakistan), naming the IBAN and a number of its own.
	third := e.report(flows.KindHelp, "Bhatta malik ne qarz ke naam par kaam par rok rakha hai. Uska number 0333-7654321. Paise IBAN PK36SCBL0000001123456702 mein mangta hai",
		map[string]string{"where": "pakistan", "situation": "debt"})
	require.Equal(t, []string{"FIA"}, keys(third))

	pta := e.token("PTA", "agent")
	code, n := e.do(pta, "GET", "/network?key=0345-1112233", nil)
	require.Equal(t, http.StatusOK, code, n)
	require.Equal(t, float64(3), n["reports"], "the IBAN joins the third report")
	require.Equal(t, float64(300000+200000), n["amount_asked_pkr"])
	require.Equal(t, float64(100000), n["amount_paid_pkr"])
	require.Equal(t, "wallet:+923451112233", n["key"], "money was sent to the number: a wallet")
	whole, _ := json.Marshal(n)
	require.Contains(t, string(whole), "PK36SCBL0000001123456702", "named by a report PTA holds")
	require.NotContains(t, string(whole), "+923337654321", "named only by a report PTA does not hold")
	var hidden int
	for _, nd := range n["nodes"].([]any) {
		if nd.(map[string]any)["hidden"] == true {
			hidden++
			require.Empty(t, nd.(map[string]any)["label"])
		}
	}
	require.Equal(t, 1, hidden)
	require.Len(t, n["your_reports"], 2)
	require.NotEmpty(t, n["edges"])

	fia := e.token("FIA", "agent")
	code, n = e.do(fia, "GET", "/network?key="+url.QueryEscape("phone:+923337654321"), nil)
	require.Equal(t, http.StatusOK, code)
	require.Equal(t, float64(3), n["reports"], "the same network, from FIA's side")
	whole, _ = json.Marshal(n)
	require.Contains(t, string(whole), "+923337654321")
	require.NotContains(t, string(whole), "gulf-jobs.pk", "PTA's link, in a report FIA does not hold")
	code, _ = e.do(fia, "GET", "/network?key=", nil)
	require.Equal(t, http.StatusBadRequest, code)
}

// Early warnings through the API: listed to the agencies holding the
// reports, decided by a supervisor, pushed to the agency named.
func TestAlerts(t *testing.T) {
	t.Parallel()
	e := newAPI(t)
	for range 3 {
		e.report(flows.KindReport, scam, nil)
	}
	nccia, supervisor, opf := e.token("NCCIA", "agent"), e.token("NCCIA", "supervisor"), e.token("OPF", "supervisor")
	code, list := e.do(nccia, "GET", "/alerts?status=pending", nil)
	require.Equal(t, http.StatusOK, code)
	alerts := list["alerts"].([]any)
	kinds := map[string]map[string]any{}
	for _, a := range alerts {
		kinds[a.(map[string]any)["kind"].(string)] = a.(map[string]any)
	}
	require.Contains(t, kinds, "block_number")
	require.Contains(t, kinds, "takedown_link")
	require.Contains(t, kinds, "freeze_wallet")
	block := kinds["block_number"]
	require.Equal(t, "PTA", block["agency"])
	require.Equal(t, false, block["can_decide"], "an agent does not decide")
	req := block["request"].(map[string]any)
	require.Equal(t, "+923451112233", req["number"])
	require.Len(t, req["messages"], 3, "the message texts, as PTA's complaint service asks")
	require.Contains(t, req["text"], "reported to Hoshyar as used for fraudulent overseas job offers by 3 people")

	id := int64(block["id"].(float64))
	code, _ = e.do(opf, "GET", fmt.Sprintf("/alerts/%d", id), nil)
	require.Equal(t, http.StatusNotFound, code, "an agency holding none of the reports does not see it")
	code, body := e.do(nccia, "POST", fmt.Sprintf("/alerts/%d/decision", id), map[string]string{"decision": "approve"})
	require.Equal(t, http.StatusForbidden, code, body)
	code, body = e.do(supervisor, "POST", fmt.Sprintf("/alerts/%d/decision", id), map[string]string{"decision": "maybe"})
	require.Equal(t, http.StatusBadRequest, code, body)
	code, body = e.do(supervisor, "POST", fmt.Sprintf("/alerts/%d/decision", id), map[string]string{"decision": "approve", "note": "confirmed by two victims"})
	require.Equal(t, http.StatusOK, code, body)
	require.Equal(t, "approved", body["status"])
	require.Contains(t, e.rec.all(), fmt.Sprintf("PTA alert %d alert.approved", id))
	code, _ = e.do(supervisor, "POST", fmt.Sprintf("/alerts/%d/decision", id), map[string]string{"decision": "reject"})
	require.Equal(t, http.StatusConflict, code, "decided once")
	var audits int
	require.NoError(t, e.db.Pool.QueryRow(context.Background(), `SELECT count(*) FROM audit_log WHERE action = 'alert.approve' AND subject_id = $1`, id).Scan(&audits))
	require.Equal(t, 1, audits)

	// PTA sees the approved request addressed to it.
	code, list = e.do(e.token("PTA", "agent"), "GET", "/alerts?status=approved", nil)
	require.Equal(t, http.StatusOK, code)
	require.Len(t, list["alerts"], 1)
}
