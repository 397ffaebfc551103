package console_test

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/casework"
	"github.com/hoshyar/hoshyar/flows"
	"github.com/hoshyar/hoshyar/routing"
	"github.com/hoshyar/hoshyar/store"
)

// The case: each agency sees the others on it, never their notes; the
// lead's supervisor asks another to assist, and it sees the case too.
func TestJointCaseInTheConsole(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	m := e.makeReport(scamReport("NCCIA", "PTA"))
	pta, ptoken := e.signedIn("PTA")
	require.Equal(t, http.StatusSeeOther, poster(t, pta, ptoken, "/console/referrals/"+itoa(m.referrals["PTA"]))("note", url.Values{"text": {"PTA only: SIM registered to a retired clerk"}}).status)
	require.Equal(t, http.StatusSeeOther, poster(t, pta, ptoken, "/console/referrals/"+itoa(m.referrals["PTA"]))("claim", nil).status)

	lead, ltoken := e.signedInAs("NCCIA", "supervisor")
	path := "/console/referrals/" + itoa(m.referrals["NCCIA"])
	page := lead.get(path)
	require.Contains(t, page.body, `id="case"`)
	require.Regexp(t, `<strong>PTA</strong> · Supporting\s*<span class="badge s-claimed">Claimed</span>`, page.body, "the other agency, its role and status")
	require.Contains(t, page.body, "claimed <time")
	require.NotContains(t, page.body, "retired clerk", "its notes are its own")
	require.Contains(t, page.body, `/assist"`, "the lead's supervisor may ask for assistance")
	require.Contains(t, e.enq.pushed(), fmt.Sprintf("NCCIA:%d:case.updated", m.referrals["NCCIA"]), "PTA's claim was pushed to the case's lead")

	res := poster(t, lead, ltoken, path)("assist", url.Values{"agency": {"FIA"}, "reason": {"the agent takes cash in Lahore"}})
	require.Equal(t, http.StatusSeeOther, res.status, res.body)
	fia, _ := e.signedIn("FIA")
	queue := fia.get("/console")
	require.Contains(t, queue.body, m.reference, "FIA holds the case now")
	require.Contains(t, queue.body, "with NCCIA, PTA")
	var id int64
	require.NoError(t, e.db.Pool.QueryRow(context.Background(), `SELECT id FROM referrals WHERE agency_code = 'FIA'`).Scan(&id))
	page = fia.get("/console/referrals/" + itoa(id))
	require.Contains(t, page.body, "Asked by NCCIA to assist: the agent takes cash in Lahore")
	require.Contains(t, page.body, "asked to assist by NCCIA")
	require.NotContains(t, page.body, "Officer NCCIA", "the asking officer stays within NCCIA")
	require.NotContains(t, page.body, `/assist"`, "a supporting agency does not ask")

	// PTA's supervisor cannot ask: it supports.
	ptaSup, stoken := e.signedInAs("PTA", "supervisor")
	res = poster(t, ptaSup, stoken, "/console/referrals/"+itoa(m.referrals["PTA"]))("assist", url.Values{"agency": {"OEC"}, "reason": {"x"}})
	require.Equal(t, http.StatusForbidden, res.status)
	require.Contains(t, res.body, "only the lead agency on a case may ask another to assist")
}

// A supervisor assigns a referral and sees the team's load; an agent sees
// neither; an overdue badge is the supervisors'.
func TestTeamAndAssign(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	late := scamReport("FIA")
	late.due = -time.Hour
	m := e.makeReport(late)
	agent, _ := e.signedIn("FIA")
	require.Equal(t, http.StatusForbidden, agent.get("/console/team").status)
	require.NotContains(t, agent.get("/console").body, "1 overdue</span>", "the badge is for supervisors")
	sup, token := e.signedInAs("FIA", "supervisor")
	queue := sup.get("/console")
	require.Contains(t, queue.body, `title="Open referrals of your agency past their due time">1 overdue</span>`)
	page := sup.get("/console/referrals/" + itoa(m.referrals["FIA"]))
	colleague := regexp.MustCompile(`<option value="(user:\d+)">(Officer FIA \d+)</option>`).FindStringSubmatch(page.body)
	require.NotNil(t, colleague, "the colleagues to assign to")
	res := poster(t, sup, token, "/console/referrals/"+itoa(m.referrals["FIA"]))("assign", url.Values{"user": {colleague[1]}})
	require.Equal(t, http.StatusSeeOther, res.status, res.body)
	require.Equal(t, "claimed", e.referralStatus(m.referrals["FIA"]))
	team := sup.get("/console/team")
	require.Equal(t, http.StatusOK, team.status)
	require.Contains(t, team.body, colleague[2])
	require.Contains(t, team.body, "1 claimed")
	require.Contains(t, team.body, `<span class="badge late">1 overdue</span>`)
	require.Contains(t, sup.get("/console/referrals/"+itoa(m.referrals["FIA"])).body, "<strong>Assigned</strong>")
}

// An admin manages the agency's users, audited; others cannot.
func TestUsersAdmin(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	sup, _ := e.signedInAs("FIA", "supervisor")
	require.Equal(t, http.StatusForbidden, sup.get("/console/users").status)
	admin, token := e.signedInAs("FIA", "admin")
	other, _ := e.signedIn("NCCIA")
	page := admin.get("/console/users")
	require.Equal(t, http.StatusOK, page.status)
	require.NotContains(t, page.body, "Officer NCCIA", "its own agency's users only")

	res := admin.post("/console/users", url.Values{"csrf": {token}, "email": {"Sana.Iqbal@FIA.gov.pk"}, "name": {"Sana Iqbal"}, "role": {"supervisor"}})
	require.Equal(t, http.StatusOK, res.status, res.body)
	password := regexp.MustCompile(`<code class="key" dir="ltr">([\w-]{24})</code>`).FindStringSubmatch(res.body)
	require.NotNil(t, password, "the new password, shown once")
	sana := e.client()
	require.Equal(t, http.StatusSeeOther, sana.login("sana.iqbal@fia.gov.pk", password[1]).status)
	require.Contains(t, sana.get("/console").body, "Supervisor")
	res = admin.post("/console/users", url.Values{"csrf": {token}, "email": {"sana.iqbal@fia.gov.pk"}, "name": {"Again"}, "role": {"agent"}})
	require.Equal(t, http.StatusConflict, res.status)
	res = admin.post("/console/users", url.Values{"csrf": {token}, "email": {"x@fia.gov.pk"}, "name": {"X"}, "role": {"root"}})
	require.Equal(t, http.StatusBadRequest, res.status)

	var id int64
	require.NoError(t, e.db.Pool.QueryRow(context.Background(), `SELECT id FROM console_users WHERE email = 'sana.iqbal@fia.gov.pk'`).Scan(&id))
	res = admin.post(fmt.Sprintf("/console/users/%d/password", id), url.Values{"csrf": {token}})
	require.Equal(t, http.StatusOK, res.status)
	require.Equal(t, http.StatusSeeOther, sana.get("/console").status, "a reset ends their sessions")
	res = admin.post(fmt.Sprintf("/console/users/%d/disable", id), url.Values{"csrf": {token}})
	require.Equal(t, http.StatusOK, res.status)
	require.Contains(t, res.body, "disabled")
	var nccia int64
	require.NoError(t, e.db.Pool.QueryRow(context.Background(), `SELECT id FROM console_users WHERE agency_code = 'NCCIA'`).Scan(&nccia))
	require.Equal(t, http.StatusNotFound, admin.post(fmt.Sprintf("/console/users/%d/disable", nccia), url.Values{"csrf": {token}}).status, "another agency's user")
	require.Equal(t, http.StatusOK, other.get("/console").status, "untouched")
	var audits []string
	rows, err := e.db.Pool.Query(context.Background(), `SELECT action FROM audit_log WHERE action LIKE 'console_user.%' AND actor LIKE 'user:%' ORDER BY id`)
	require.NoError(t, err)
	for rows.Next() {
		var a string
		require.NoError(t, rows.Scan(&a))
		audits = append(audits, a)
	}
	require.Equal(t, []string{"console_user.create", "console_user.password", "console_user.disable"}, audits)
}

// The network page draws the graph on the server and hides what the agency
// may not see; the requests page lets a supervisor approve.
func TestNetworkAndRequestsPages(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	cw := casework.New(routing.DefaultMatrix(), nil)
	for i := range 3 {
		contact, err := store.EnsureContact(ctx, e.db.Pool, "webchat", fmt.Appendf(nil, "n%d", i), []byte("s"))
		require.NoError(t, err)
		conv, seq, err := store.NextInboundSeq(ctx, e.db.Pool, contact, "webchat")
		require.NoError(t, err)
		text := "Qatar driver visa, 3 lakh advance JazzCash pe bhejein 0345-1112233"
		msg, _, err := store.InsertInbound(ctx, e.db.Pool, store.NewInbound{ConversationID: conv, Channel: "webchat", ProviderID: fmt.Sprint("n", i), Seq: seq, Kind: "text", Body: text})
		require.NoError(t, err)
		_, err = cw.Create(ctx, e.db.Pool, casework.Conversation{ID: conv, ContactID: contact, Channel: "webchat", Locale: "ur-Latn"},
			&flows.ReportSpec{Reference: store.NewReference(), Kind: flows.KindReport, Text: text, Evidence: []int64{msg}})
		require.NoError(t, err)
	}
	// A report NCCIA does not hold, naming the same number and another.
	hidden := scamReport("FIA")
	hidden.keys = []store.Key{{Kind: "phone", Value: "+923451112233"}, {Kind: "phone", Value: "+923007777777"}}
	e.makeReport(hidden)

	agent, _ := e.signedIn("NCCIA")
	page := agent.get("/console/network?key=0345-1112233")
	require.Equal(t, http.StatusOK, page.status)
	require.Contains(t, page.body, "4 reports in this network")
	require.Contains(t, page.body, `class="svg-graph"`)
	require.Regexp(t, `<circle cx="\d+" cy="\d+" r="\d+" fill=`, page.body)
	require.Contains(t, page.body, "Rs 9,00,000", "the money asked, in lakhs")
	require.NotContains(t, page.body, "923007777777", "a number only another agency's report names")
	require.Contains(t, page.body, "in reports your agency does not hold")
	require.NotContains(t, page.body, "<script")
	require.Equal(t, http.StatusBadRequest, agent.get("/console/network?key="+strings.Repeat("x", 400)).status)

	requests := agent.get("/console/requests")
	require.Contains(t, requests.body, "Block a mobile number")
	require.Contains(t, requests.body, "Request to block mobile number &#43;923451112233")
	require.Contains(t, requests.body, "A supervisor of your agency decides it.")
	require.NotContains(t, requests.body, `/decision"`)
	require.Regexp(t, `Requests <span class="badge count-badge"[^>]*>2</span>`, requests.body, "the menu counts what waits: a number to block, a wallet to freeze")

	sup, token := e.signedInAs("NCCIA", "supervisor")
	requests = sup.get("/console/requests?status=pending")
	id := regexp.MustCompile(`action="/console/requests/(\d+)/decision"`).FindStringSubmatch(requests.body)
	require.NotNil(t, id)
	res := sup.post("/console/requests/"+id[1]+"/decision", url.Values{"csrf": {token}, "decision": {"approve"}, "note": {"seen"}})
	require.Equal(t, http.StatusSeeOther, res.status, res.body)
	done := sup.get(res.header.Get("Location"))
	require.Contains(t, done.body, "The request was decided.")
	require.Contains(t, done.body, "Approved by")
	opf, _ := e.signedInAs("OPF", "supervisor")
	require.Equal(t, http.StatusNotFound, opf.post("/console/requests/"+id[1]+"/decision", url.Values{"csrf": {csrfOf(t, opf)}, "decision": {"reject"}}).status)
}

func csrfOf(t *testing.T, c *client) string {
	t.Helper()
	return csrf(t, c.get("/console").body)
}

// No code or key is shown raw: every case type, situation, answer, event,
// media kind and status is rendered and the visible text holds no
// snake_case word, no actor id and no bare code.
func TestNoRawKeys(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	answerSets := []map[string]string{
		{"seen": "facebook", "recruiter": "Gulf Star Manpower", "phones": "+923001234567", "country": "Saudi Arabia",
			"money_asked": "Rs 3,00,000", "paid": "yes", "paid_amount": "Rs 1,00,000", "paid_how": "western_union", "documents": "both", "consent": "yes"},
		{"where": "abroad", "place": "Riyadh", "situation": "passport_taken", "whom": "self", "contact": "discreet", "contact_number": "0300 1112223"},
	}
	for _, sit := range []string{"unpaid", "locked_in", "violence", "debt", "forced_work", "money_taken", "other"} {
		answerSets = append(answerSets, map[string]string{"situation": sit, "whom": "other", "where": "pakistan", "contact": "number", "paid": "unknown", "paid_how": "jazzcash"})
	}
	for _, v := range []string{"whatsapp", "tiktok", "newspaper", "agent", "website", "other"} {
		answerSets = append(answerSets, map[string]string{"seen": v, "documents": "none", "consent": "no", "contact": "none", "paid": "no", "paid_how": "hawala"})
	}
	answerSets = append(answerSets, map[string]string{"documents": "passport", "contact": "here", "paid_how": "bank"},
		map[string]string{"documents": "cnic", "paid_how": "easypaisa", "seen": "skip"}, map[string]string{"paid_how": "cash"})

	sup, token := e.signedInAs("FIA", "supervisor")
	var pages []string
	for i, ct := range routing.CaseTypes() {
		r := scamReport("FIA", "NCCIA")
		r.caseType, r.answers = ct, answerSets[i%len(answerSets)]
		r.entities["payments"] = []string{"jazzcash", "easypaisa", "bank", "cash", "western_union", "hawala"}
		r.entities["countries"] = []string{"SA", "AE", "LY"}
		r.kind = []string{"report", "help", "verify", "human"}[i%4]
		r.urgency = routing.Urgencies()[i%3]
		r.media = []store.NewMedia{{Kind: []string{"image", "voice", "audio", "video", "document", "location", "sticker", "contact"}[i%8],
			ContentType: "application/octet-stream", Data: []byte("x"), Latitude: ptr(24.86), Longitude: ptr(67.01)}}
		if i%8 != 5 {
			r.media[0].Latitude, r.media[0].Longitude = nil, nil
		}
		m := e.makeReport(r)
		id := m.referrals["FIA"]
		path := "/console/referrals/" + itoa(id)
		post := poster(t, sup, token, path)
		require.Equal(t, http.StatusSeeOther, post("claim", nil).status)
		require.Equal(t, http.StatusSeeOther, post("status", url.Values{"status": {"in_progress"}, "note": {"called"}}).status)
		require.Equal(t, http.StatusSeeOther, post("message", url.Values{"text": {"Kya aap mehfooz hain?"}}).status)
		require.Equal(t, http.StatusSeeOther, post("note", url.Values{"text": {"note"}}).status)
		if r.kind == "verify" || ct == "verification_request" {
			require.Equal(t, http.StatusSeeOther, post("verification", url.Values{"verdict": {[]string{"genuine", "not_genuine", "cannot_confirm"}[i%3]}}).status)
		}
		for _, kind := range []string{"overdue", "escalated", "assigned", "asked", "assist", "created"} {
			require.NoError(t, store.AddEvent(ctx, e.db.Pool, id, "agency:NCCIA", kind, map[string]any{"agency": "PTA", "to": "user:1", "name": "Sana", "reason": "r"}))
		}
		if i == 0 {
			require.Equal(t, http.StatusSeeOther, post("status", url.Values{"status": {"closed"}, "outcome": {"referred to police"}}).status)
		}
		e.reporterWrites(m, "jawab")
		pages = append(pages, sup.get(path).body)
	}
	require.NoError(t, store.AddEvent(ctx, e.db.Pool, 1, "token:99", "transfer", map[string]any{"from": "FIA", "to": "OPF", "reason": "r"}))
	pages = append(pages, sup.get("/console/referrals/1").body, sup.get("/console").body, sup.get("/console?status=in_progress").body,
		sup.get("/console/dashboard").body, sup.get("/console/team").body, sup.get("/console/requests").body,
		sup.get("/console/network?key=0345-1112233").body, sup.get("/console/recruiters?kind=phone&value=0345-1112233").body)

	tags := regexp.MustCompile(`(?s)<(script|style|title)[^>]*>.*?</(script|style|title)>|<[^>]+>`)
	snake := regexp.MustCompile(`\b[a-z]+(?:_[a-z]+)+\b`)
	codes := regexp.MustCompile(`\b(?:user|token|agency):\w+|\bur-Latn\b|\bwebchat\b|\bin_progress\b`)
	// Words a person reads that are also codes, shown only through a
	// table: a bare one between tags means a code leaked.
	bare := regexp.MustCompile(`>\s*(?:self|abroad|pakistan|locked|passport|jazzcash|easypaisa|hawala|lead|supporting|closed|emergency|urgent|routine|report|help|verify|human|image|voice|sticker|genuine)\s*<`)
	lowerBadge := regexp.MustCompile(`class="badge (?:s|u)-\w+">[a-z]`)
	for i, body := range pages {
		text := html.UnescapeString(tags.ReplaceAllString(body, " "))
		require.Empty(t, snake.FindAllString(text, -1), "page %d shows codes", i)
		require.Empty(t, codes.FindAllString(text, -1), "page %d shows ids or codes", i)
		require.Empty(t, bare.FindAllString(body, -1), "page %d shows a bare code", i)
		require.Empty(t, lowerBadge.FindAllString(body, -1), "page %d: a status or urgency badge not in words", i)
	}
	b, _ := json.Marshal(pages[0])
	require.Contains(t, string(b), "Western Union")
	require.Contains(t, pages[1], "Passport taken")
}

func ptr(f float64) *float64 { return &f }
