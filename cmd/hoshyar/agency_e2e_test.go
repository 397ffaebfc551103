package main

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/internal/dbtest"
	"github.com/hoshyar/hoshyar/locales"
	"github.com/hoshyar/hoshyar/store"
)

// visitor is a web chat visitor who waits for the bot's answers.
type visitor struct {
	t    *testing.T
	c    *chatClient
	addr string
	last int64
	n    int
}

type feedMsg struct {
	ID   int64  `json:"id"`
	From string `json:"from"`
	Text string `json:"text"`
}

// feed waits for bot messages after the last seen, until cond holds.
func (v *visitor) waitFor(cond func(string) bool) string {
	v.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		res, err := v.c.http.Get(fmt.Sprintf("http://%s/chat/api/messages?after=%d", v.addr, v.last))
		require.NoError(v.t, err)
		var f struct{ Messages []feedMsg }
		require.NoError(v.t, json.NewDecoder(res.Body).Decode(&f))
		res.Body.Close()
		for _, m := range f.Messages {
			v.last = m.ID
			if m.From == "bot" && cond(m.Text) {
				return m.Text
			}
		}
	}
	v.t.Fatal("the visitor never received the awaited message")
	return ""
}

// say posts text and returns the bot's last reply to it.
func (v *visitor) say(text string) {
	v.t.Helper()
	v.n++
	_, ok := v.c.post(v.addr, text, fmt.Sprint("m", v.n))
	require.True(v.t, ok, "post %q", text)
}

type apiClient struct {
	t     *testing.T
	base  string
	token string
}

func (a apiClient) do(method, path string, body any) (int, map[string]any) {
	a.t.Helper()
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, a.base+path, rd)
	require.NoError(a.t, err)
	if a.token != "" {
		req.Header.Set("Authorization", "Bearer "+a.token)
	}
	res, err := http.DefaultClient.Do(req)
	require.NoError(a.t, err)
	defer res.Body.Close()
	var out map[string]any
	_ = json.NewDecoder(res.Body).Decode(&out)
	return res.StatusCode, out
}

func token(t *testing.T, db *dbtest.DB, agency string) string {
	t.Helper()
	return tokenAs(t, db, agency, "agent")
}

// tokenAs creates an API token of agency acting in role.
func tokenAs(t *testing.T, db *dbtest.DB, agency, role string) string {
	t.Helper()
	var out, errOut bytes.Buffer
	require.NoError(t, run(context.Background(), []string{"token", "create", "--agency", agency, "--role", role}, envFor(db), &out, &errOut))
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	return lines[len(lines)-1]
}

// reportInRomanUrdu has a web chat visitor report a paid Qatar job scam in
// Roman Urdu, and returns them, the reference and the lead referral.
func reportInRomanUrdu(t *testing.T, db *dbtest.DB, addr string) (*visitor, string, store.Referral) {
	t.Helper()
	v := &visitor{t: t, c: newChatClient(t), addr: addr}
	for _, s := range []string{"assalam o alaikum bhai", "1",
		"Qatar mein driver ki naukri, tankhwah 2000 riyal. Visa ke liye 3 lakh advance JazzCash pe bhejein 0345-1112233. Mera CNIC 35202-1234567-1 bhi maanga",
		"bas", "haan", "1", "skip", "haan", "1 lakh JazzCash pe diye", "4", "1"} { // the advert's country, fee and number confirmed at once
		v.say(s)
	}
	v.waitFor(func(s string) bool { return strings.Contains(s, "0345") || strings.Contains(s, "+92345") })
	v.say("Report bhejein")
	done := v.waitFor(func(s string) bool { return strings.Contains(s, "HSY-") })
	ref := done[strings.Index(done, "HSY-") : strings.Index(done, "HSY-")+10]

	r, err := store.ReportByReference(context.Background(), db.Pool, ref)
	require.NoError(t, err)
	refs, err := store.ReferralsOf(context.Background(), db.Pool, r.ID)
	require.NoError(t, err)
	require.Equal(t, "lead", refs[0].Role)
	return v, ref, refs[0]
}

// A referral made in the web chat is worked through the API: scoped to its
// agency, claimed, answered (the reporter gets it in Roman Urdu and their
// reply comes back), moved on, transferred; and a verification verdict
// reaches the person who asked, in Urdu.
func TestE2EAgencyAPI(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	t.Parallel()
	texts := locales.MustLoad()
	db := dbtest.New(t)
	addr := freeAddr(t)
	startServer(t, db, addr, "HOSHYAR_SECRET_KEY="+strings.Repeat("k", 40))
	base := "http://" + addr + "/api/v1"

	v, ref, lead := reportInRomanUrdu(t, db, addr)

	// Scoping: the lead agency sees it; an uninvolved one does not.
	other := "OPF"
	own := apiClient{t, base, token(t, db, lead.Agency)}
	stranger := apiClient{t, base, tokenAs(t, db, other, "supervisor")}
	code, page := own.do("GET", "/referrals?status=new", nil)
	require.Equal(t, http.StatusOK, code)
	require.Len(t, page["referrals"], 1)
	code, page = stranger.do("GET", "/referrals", nil)
	require.Equal(t, http.StatusOK, code)
	require.Empty(t, page["referrals"])
	path := fmt.Sprintf("/referrals/%d", lead.ID)
	code, body := stranger.do("GET", path, nil)
	require.Equal(t, http.StatusNotFound, code, "another agency's referral does not exist for them")
	require.Equal(t, "not_found", body["code"])
	code, _ = stranger.do("POST", path+"/claim", nil)
	require.Equal(t, http.StatusNotFound, code)
	code, _ = apiClient{t, base, "hsy_not-a-token"}.do("GET", "/referrals", nil)
	require.Equal(t, http.StatusUnauthorized, code)

	code, detail := own.do("GET", path, nil)
	require.Equal(t, http.StatusOK, code)
	require.Equal(t, ref, detail["reference"])
	require.Equal(t, "ur-Latn", detail["language"])
	require.Equal(t, "webchat", detail["channel"])
	require.Contains(t, fmt.Sprint(detail["entities"]), "+923451112233")
	require.Contains(t, fmt.Sprint(detail["entities"]), "QA")
	require.NotEmpty(t, detail["red_flags"])
	require.Contains(t, fmt.Sprint(detail["reporter_words"]), "Qatar mein driver")
	require.NotNil(t, detail["contact"], "the reporter consented to be contacted")
	whole, _ := json.Marshal(detail)
	require.NotContains(t, string(whole), "35202-1234567-1", "a CNIC reaches agencies masked, also in the reporter's words")
	require.Contains(t, string(whole), "35202-*******-1")
	var audits int
	require.NoError(t, db.Pool.QueryRow(context.Background(), `SELECT count(*) FROM audit_log WHERE action = 'referral.read' AND subject_id = $1`, lead.ID).Scan(&audits))
	require.Equal(t, 1, audits, "the read is audited")

	// Claim, and the refusals.
	code, body = own.do("POST", path+"/claim", nil)
	require.Equal(t, http.StatusOK, code, body)
	require.Equal(t, "claimed", body["status"])
	code, body = own.do("POST", path+"/claim", nil)
	require.Equal(t, http.StatusConflict, code)
	require.Equal(t, "conflict", body["code"])
	code, _ = own.do("POST", path+"/status", map[string]string{"status": "new"})
	require.Equal(t, http.StatusConflict, code)
	code, body = own.do("POST", path+"/status", map[string]string{"status": "closed", "outcome": "done"})
	require.Equal(t, http.StatusForbidden, code, "an agent's token does not close")
	require.Equal(t, "forbidden", body["code"])
	boss := apiClient{t, base, tokenAs(t, db, lead.Agency, "supervisor")}
	code, _ = boss.do("POST", path+"/status", map[string]string{"status": "closed"})
	require.Equal(t, http.StatusBadRequest, code, "closing needs an outcome")
	code, _ = own.do("POST", path+"/status", map[string]string{"status": "in_progress", "note": "called the number"})
	require.Equal(t, http.StatusOK, code)
	code, _ = own.do("POST", path+"/notes", map[string]string{"text": "same number as case 14/2026"})
	require.Equal(t, http.StatusOK, code)

	// A message reaches the reporter in Roman Urdu; their reply comes back.
	code, _ = own.do("POST", path+"/messages", map[string]string{"text": "Hum ne agent ka number block karwa diya hai. Kya aap ke paas receipt hai?"})
	require.Equal(t, http.StatusOK, code)
	got := v.waitFor(func(s string) bool { return strings.Contains(s, "receipt hai?") })
	head := texts.T(locales.URLatn, "agency_message", map[string]any{"Agency": lead.Agency, "Reference": "\u2066" + ref + "\u2069", "Text": "X"})
	require.True(t, strings.HasPrefix(got, head[:len(head)-1]), "the engine's heading, in Roman Urdu: %q", got)
	v.say("Ji haan, receipt ki photo bhej raha hoon")
	v.waitFor(func(s string) bool { return s == texts.T(locales.URLatn, "human_relayed", nil) })
	_, detail = own.do("GET", path, nil)
	require.Contains(t, fmt.Sprint(detail["reporter_words"]), "receipt ki photo")
	history := fmt.Sprint(detail["history"])
	for _, kind := range []string{"claimed", "status", "note", "message"} {
		require.Contains(t, history, "kind:"+kind)
	}

	// Writing to someone in the middle of another report does not throw
	// their unfinished report away.
	v.say("menu")
	v.say("1")
	v.say("Ek aur ad: Dubai mein security guard, 2 lakh advance")
	v.waitFor(func(s string) bool { return s == texts.T(locales.URLatn, "report_more", nil) })
	code, _ = own.do("POST", path+"/messages", map[string]string{"text": "Aur koi maloomat ho to batayein."})
	require.Equal(t, http.StatusOK, code)
	v.waitFor(func(s string) bool { return strings.Contains(s, "Aur koi maloomat") })
	v.say("bas")
	check := texts.T(locales.URLatn, "report_check_q", map[string]any{"Facts": "\n"})
	v.waitFor(func(s string) bool { return strings.HasPrefix(s, check[:strings.Index(check, "\n")]) })

	// Transfer: a supervisor's; it leaves this agency's queue for the other's.
	code, _ = own.do("POST", path+"/transfer", map[string]string{"agency": other, "reason": "r"})
	require.Equal(t, http.StatusForbidden, code)
	code, _ = boss.do("POST", path+"/transfer", map[string]string{"agency": other})
	require.Equal(t, http.StatusBadRequest, code, "a transfer needs a reason")
	code, _ = boss.do("POST", path+"/transfer", map[string]string{"agency": other, "reason": "the victim has returned; OPF handles rehabilitation"})
	require.Equal(t, http.StatusOK, code)
	code, _ = own.do("GET", path, nil)
	require.Equal(t, http.StatusNotFound, code)
	code, body = stranger.do("GET", path, nil)
	require.Equal(t, http.StatusOK, code)
	require.Equal(t, "new", body["status"])
	code, _ = stranger.do("POST", path+"/claim", nil)
	require.Equal(t, http.StatusOK, code)
	code, body = stranger.do("POST", path+"/status", map[string]string{"status": "closed", "outcome": "returned home with OPF support"})
	require.Equal(t, http.StatusOK, code, body)

	// Verification: asked in Urdu script, answered by OEC, received in Urdu.
	u := &visitor{t: t, c: newChatClient(t), addr: addr}
	u.say("السلام علیکم")
	u.say("3")
	u.say("لائسنس نمبر 4455/LHR والا ایجنٹ اصلی ہے؟")
	u.waitFor(func(s string) bool { return strings.Contains(s, texts.T(locales.UR, "verify_phone_q", nil)) }) // its number, asked once
	u.say("نمبر نہیں ہے")
	asked := u.waitFor(func(s string) bool { return strings.Contains(s, "HSY-") })
	vref := asked[strings.Index(asked, "HSY-") : strings.Index(asked, "HSY-")+10]
	vr, err := store.ReportByReference(context.Background(), db.Pool, vref)
	require.NoError(t, err)
	require.Equal(t, "verification_request", vr.CaseType)
	vrefs, err := store.ReferralsOf(context.Background(), db.Pool, vr.ID)
	require.NoError(t, err)
	require.Equal(t, "OEC", vrefs[0].Agency)
	oec := apiClient{t, base, token(t, db, "OEC")}
	code, _ = oec.do("POST", fmt.Sprintf("/referrals/%d/verification", vrefs[0].ID), map[string]string{"verdict": "maybe"})
	require.Equal(t, http.StatusBadRequest, code)
	code, _ = oec.do("POST", fmt.Sprintf("/referrals/%d/verification", vrefs[0].ID), map[string]string{"verdict": "not_genuine", "note": "یہ لائسنس منسوخ ہو چکا ہے۔"})
	require.Equal(t, http.StatusOK, code)
	want := texts.T(locales.UR, "verify_verdict_not_genuine", map[string]any{"Reference": "\u2066" + vref + "\u2069", "Note": "یہ لائسنس منسوخ ہو چکا ہے۔"})
	u.waitFor(func(s string) bool { return s == want })
}

// Every route the OpenAPI document names exists and answers.
func TestE2EOpenAPIRoutesExist(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	t.Parallel()
	db := dbtest.New(t)
	addr := freeAddr(t)
	startServer(t, db, addr)
	res, err := http.Get("http://" + addr + "/api/v1/openapi.json")
	require.NoError(t, err)
	var doc struct {
		OpenAPI string                    `json:"openapi"`
		Paths   map[string]map[string]any `json:"paths"`
	}
	require.NoError(t, json.NewDecoder(res.Body).Decode(&doc))
	res.Body.Close()
	require.True(t, strings.HasPrefix(doc.OpenAPI, "3."))
	require.GreaterOrEqual(t, len(doc.Paths), 9)
	for path, methods := range doc.Paths {
		for method := range methods {
			url := "http://" + addr + "/api/v1" + strings.ReplaceAll(path, "{id}", "1")
			req, err := http.NewRequest(strings.ToUpper(method), url, strings.NewReader("{}"))
			require.NoError(t, err)
			res, err := http.DefaultClient.Do(req)
			require.NoError(t, err)
			res.Body.Close()
			want := http.StatusUnauthorized
			if path == "/openapi.json" {
				want = http.StatusOK
			}
			require.Equal(t, want, res.StatusCode, "%s %s", method, path)
		}
	}
}

// An agency's webhook receives signed pushes: a referral routed to it, and
// every change.
func TestE2EPushWebhooks(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	t.Parallel()
	type push struct {
		header http.Header
		body   []byte
	}
	got := make(chan push, 16)
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		got <- push{r.Header.Clone(), b}
		w.WriteHeader(http.StatusNoContent)
	}))
	t.Cleanup(hook.Close)

	db := dbtest.New(t)
	var out, errOut bytes.Buffer
	require.NoError(t, run(context.Background(), []string{"webhook", "set", "--agency", "FIA", "--url", hook.URL + "/hoshyar"}, envFor(db), &out, &errOut))
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	secret := lines[len(lines)-1]
	require.True(t, strings.HasPrefix(secret, "whsec_"))

	addr := freeAddr(t)
	startServer(t, db, addr, "HOSHYAR_SECRET_KEY="+strings.Repeat("k", 40))
	v := &visitor{t: t, c: newChatClient(t), addr: addr}
	for _, s := range []string{"hello", "2", "1", "skip", "6", "1", "1"} { // help, in Pakistan, forced to work, me, here
		v.say(s)
	}
	v.waitFor(func(s string) bool { return strings.Contains(s, "HSY-") })

	verify := func(p push) map[string]any {
		t.Helper()
		ts := p.header.Get("X-Hoshyar-Timestamp")
		m := hmac.New(sha256.New, []byte(secret))
		m.Write([]byte(ts + "."))
		m.Write(p.body)
		require.Equal(t, "sha256="+hex.EncodeToString(m.Sum(nil)), p.header.Get("X-Hoshyar-Signature"), "signed with the agency's secret")
		var body map[string]any
		require.NoError(t, json.Unmarshal(p.body, &body))
		require.NotContains(t, string(p.body), "contact", "a push carries no personal data")
		return body
	}
	var first map[string]any
	select {
	case p := <-got:
		first = verify(p)
	case <-time.After(20 * time.Second):
		t.Fatal("no push for the new referral")
	}
	require.Equal(t, "referral.routed", first["event"])
	ref := first["referral"].(map[string]any)
	require.Equal(t, "FIA", ref["agency"])
	require.Equal(t, "forced_labour", ref["case_type"])

	fia := apiClient{t, "http://" + addr + "/api/v1", token(t, db, "FIA")}
	code, _ := fia.do("POST", fmt.Sprintf("/referrals/%d/claim", int64(ref["id"].(float64))), nil)
	require.Equal(t, http.StatusOK, code)
	select {
	case p := <-got:
		body := verify(p)
		require.Equal(t, "referral.updated", body["event"])
		require.Equal(t, "claimed", body["referral"].(map[string]any)["status"])
	case <-time.After(20 * time.Second):
		t.Fatal("no push for the claim")
	}
	require.Eventually(t, func() bool {
		_, d := fia.do("GET", "/webhook/deliveries", nil)
		list, _ := d["deliveries"].([]any)
		return len(list) == 2 && list[0].(map[string]any)["status"] == "delivered"
	}, 10*time.Second, 100*time.Millisecond, "deliveries are visible to the agency")
}
