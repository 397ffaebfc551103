package console_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/store"
)

// A tiny PNG: what a screenshot of an advert would be.
var png = []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35\x81\x84\x00\x00\x00\x00IEND\xaeB`\x82")

func TestReferralPageShowsTheCase(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	r := scamReport("FIA", "NCCIA")
	r.text = "مجھے قطر میں ڈرائیور کی نوکری کا کہا، 3 لاکھ ایڈوانس مانگا 0345-1112233"
	r.danger = []string{"Passport taken by the employer"}
	r.urgency = "urgent"
	r.media = []store.NewMedia{
		{Kind: "image", ContentType: "image/png", Data: png},
		{Kind: "voice", ContentType: "audio/ogg", Data: []byte("OggS voice note")},
		{Kind: "document", ContentType: "image/svg+xml", Data: []byte(`<svg onload="alert(1)"/>`)},
	}
	m := e.makeReport(r)
	id := itoa(m.referrals["FIA"])
	c, _ := e.signedIn("FIA")

	res := c.get("/console/referrals/" + id)
	require.Equal(t, http.StatusOK, res.status)
	body := res.body
	require.Contains(t, body, m.reference)
	require.Contains(t, body, `<div class="text" dir="auto">مجھے قطر میں ڈرائیور کی نوکری کا کہا، 3 لاکھ ایڈوانس مانگا <bdi dir="ltr">0345-1112233</bdi></div>`,
		"the reporter's words as written, in their own direction, the number left to right")
	require.Contains(t, body, "Asks for money before a contract (&#34;3 lakh advance&#34;)", "a red flag with its reason")
	require.NotContains(t, body, "fee_before_contract", "no codes")
	require.Contains(t, body, "Passport taken by the employer", "the danger")
	require.Contains(t, body, `href="/console/network?key=phone%3A%2B923451112233"`, "the recruiter's number links to its network")
	require.Contains(t, body, "Qatar")
	require.Contains(t, body, "Job scam, money paid")
	require.Contains(t, body, "Roman Urdu", "the reporter's language named")
	require.Contains(t, body, "Web chat")
	require.Contains(t, body, `class="badge u-urgent">Urgent</span>`)
	require.Regexp(t, `\d{1,2} \w{3} \d{4} \d\d:\d\d PKT`, body, "times in Pakistan's time, labelled")
	sum := sha256.Sum256(png)
	require.Contains(t, body, hex.EncodeToString(sum[:]), "the evidence's SHA-256")
	require.Regexp(t, `<img src="/console/media/\d+"`, body)
	require.Regexp(t, `<audio controls preload="metadata" src="/console/media/\d+" aria-label="Voice note from the reporter"></audio>`, body)
	require.NotContains(t, body, "voice only", "there are words and an image too")
	require.Contains(t, body, "visitor-", "the reporter consented: their contact is shown")
	require.Equal(t, 1, e.count(`SELECT count(*) FROM audit_log WHERE action = 'referral.read' AND actor LIKE 'user:%' AND subject_id = $1`, m.referrals["FIA"]))
	for _, field := range []string{`name="text" dir="auto"`, `/claim"`, `/message"`, `/note"`} {
		require.Contains(t, body, field)
	}
	for _, field := range []string{`/verification"`, `/transfer"`, `/assign"`, `/assist"`} {
		require.NotContains(t, body, field, "not for an agent on a job scam")
	}
	require.Less(t, strings.Index(body, `id="actions"`), strings.Index(body, `id="thread"`), "the actions come first on a phone")

	// The media route serves the bytes, scoped, sandboxed, with the hash.
	var imageID, svgID int64
	require.NoError(t, e.db.Pool.QueryRow(context.Background(), `SELECT id FROM media WHERE kind = 'image'`).Scan(&imageID))
	require.NoError(t, e.db.Pool.QueryRow(context.Background(), `SELECT id FROM media WHERE kind = 'document'`).Scan(&svgID))
	img := c.get("/console/media/" + itoa(imageID))
	require.Equal(t, http.StatusOK, img.status)
	require.Equal(t, "image/png", img.header.Get("Content-Type"))
	require.Equal(t, "inline", img.header.Get("Content-Disposition"))
	require.Equal(t, string(png), img.body)
	require.Equal(t, hex.EncodeToString(sum[:]), img.header.Get("X-Content-SHA256"))
	require.Contains(t, img.header.Get("Content-Security-Policy"), "sandbox")
	svg := c.get("/console/media/" + itoa(svgID))
	require.Equal(t, "application/octet-stream", svg.header.Get("Content-Type"), "an SVG is never rendered")
	require.Equal(t, "attachment", svg.header.Get("Content-Disposition"))
	require.Equal(t, 1, e.count(`SELECT count(*) FROM audit_log WHERE action = 'media.read' AND subject_id = $1`, imageID))

	// No contact without consent.
	r2 := scamReport("FIA")
	r2.consent = false
	m2 := e.makeReport(r2)
	res = c.get("/console/referrals/" + itoa(m2.referrals["FIA"]))
	require.Equal(t, http.StatusOK, res.status)
	require.NotContains(t, res.body, m2.address)
	require.NotContains(t, res.body, "Reporter contact")

	// An emergency's page does not assess job-offer red flags.
	em := scamReport("FIA")
	em.caseType, em.urgency, em.flags = "trafficking", "emergency", nil
	em.danger = []string{"Locked in a room"}
	m3 := e.makeReport(em)
	res = c.get("/console/referrals/" + itoa(m3.referrals["FIA"]))
	require.NotContains(t, res.body, "Red flags")
	require.NotContains(t, res.body, "None found")
}

func TestAnotherAgencysReferralIsNotFound(t *testing.T) {
	t.Parallel()
	r := scamReport("NCCIA")
	r.media = []store.NewMedia{{Kind: "image", ContentType: "image/png", Data: png}}
	e := newEnv(t)
	m := e.makeReport(r)
	c, token := e.signedInAs("FIA", "supervisor")
	id := itoa(m.referrals["NCCIA"])

	res := c.get("/console/referrals/" + id)
	require.Equal(t, http.StatusNotFound, res.status)
	require.Contains(t, res.body, "There is no such referral in your agency&#39;s queue.")
	require.NotContains(t, res.body, m.reference)
	for _, action := range []string{"claim", "note", "message", "transfer", "status", "verification", "assist", "assign"} {
		res = c.post("/console/referrals/"+id+"/"+action, url.Values{"csrf": {token}, "text": {"hello"}, "agency": {"FIA"},
			"reason": {"mine"}, "status": {"claimed"}, "verdict": {"genuine"}, "user": {"user:1"}})
		require.Equal(t, http.StatusNotFound, res.status, action)
	}
	require.Equal(t, http.StatusNotFound, c.get("/console/referrals/not-a-number").status)
	var mediaID int64
	require.NoError(t, e.db.Pool.QueryRow(context.Background(), `SELECT id FROM media`).Scan(&mediaID))
	require.Equal(t, http.StatusNotFound, c.get("/console/media/"+itoa(mediaID)).status)
	require.Equal(t, "new", e.referralStatus(m.referrals["NCCIA"]))
	require.Zero(t, e.count(`SELECT count(*) FROM referral_events`))
}

// poster posts a referral's actions with a session's CSRF token.
func poster(t *testing.T, c *client, token, path string) func(action string, form url.Values) response {
	return func(action string, form url.Values) response {
		t.Helper()
		if form == nil {
			form = url.Values{}
		}
		form.Set("csrf", token)
		return c.post(path+"/"+action, form)
	}
}

func TestReferralActions(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	m := e.makeReport(scamReport("FIA"))
	id := m.referrals["FIA"]
	path := "/console/referrals/" + itoa(id)
	c, token := e.signedIn("FIA")
	post := poster(t, c, token, path)

	res := post("claim", nil)
	require.Equal(t, http.StatusSeeOther, res.status)
	require.Equal(t, path+"?done=claimed#top", res.header.Get("Location"))
	require.Contains(t, c.get(res.header.Get("Location")).body, "You claimed the referral.")

	// A refusal is shown on the page, with what was typed, not as a crash.
	res = post("claim", nil)
	require.Equal(t, http.StatusConflict, res.status)
	require.Contains(t, res.body, "only a new referral can be claimed")
	res = post("status", url.Values{"status": {"closed"}, "outcome": {"no offence"}, "note": {"نوٹ"}})
	require.Equal(t, http.StatusForbidden, res.status, "an agent does not close")
	require.Contains(t, res.body, "closing a referral needs the supervisor role; you are an agent")
	require.Contains(t, res.body, `<textarea id="status-note" name="note" dir="auto" rows="2">نوٹ</textarea>`)

	require.Equal(t, http.StatusSeeOther, post("status", url.Values{"status": {"in_progress"}, "note": {"called the number"}}).status)
	require.Equal(t, "in_progress", e.referralStatus(id))
	require.Equal(t, http.StatusSeeOther, post("note", url.Values{"text": {"same number as case 14/2026"}}).status)
	res = post("note", url.Values{"text": {"  "}})
	require.Equal(t, http.StatusBadRequest, res.status)
	require.Contains(t, res.body, "text is required")

	// A reply to the reporter is an input to their conversation, processed
	// in order with their own messages.
	require.Empty(t, e.enq.processed())
	res = post("message", url.Values{"text": {"Kya aap ke paas receipt hai?"}})
	require.Equal(t, http.StatusSeeOther, res.status)
	require.Equal(t, []int64{m.conversationID}, e.enq.processed())
	var kind, body, meta string
	require.NoError(t, e.db.Pool.QueryRow(context.Background(),
		`SELECT kind, body, meta::text FROM messages WHERE direction = 'in' AND kind LIKE 'agency%'`).Scan(&kind, &body, &meta))
	body = openBody(t, body)
	require.Equal(t, "agency_message", kind)
	require.Equal(t, "Kya aap ke paas receipt hai?", body)
	require.Contains(t, meta, `"agency": "FIA"`)
	require.Contains(t, meta, `"reference": "`+m.reference+`"`)
	res = post("message", url.Values{"text": {strings.Repeat("x", 2001)}})
	require.Equal(t, http.StatusBadRequest, res.status)

	res = post("verification", url.Values{"verdict": {"not_genuine"}})
	require.Equal(t, http.StatusConflict, res.status, "a verdict answers a verification request only")
	require.Contains(t, res.body, "a verdict answers a verification request; this referral is about job scam, money paid")

	page := c.get(path)
	for _, kind := range []string{"Claimed", "Status changed", "Internal note", "Message to the reporter"} {
		require.Contains(t, page.body, "<strong>"+kind+"</strong>", "history shows %s", kind)
	}
	require.Regexp(t, `<span class="muted" dir="auto">Officer FIA \d+</span>`, page.body, "the history names who acted")
	require.NotContains(t, page.body, "user:", "never an actor's id")
	require.Equal(t, 4, e.count(`SELECT count(*) FROM referral_events WHERE actor LIKE 'user:%'`))

	// Transfer: a supervisor's decision.
	res = post("transfer", url.Values{"agency": {"OPF"}, "reason": {"the victim has returned"}})
	require.Equal(t, http.StatusForbidden, res.status)
	sup, stoken := e.signedInAs("FIA", "supervisor")
	spost := poster(t, sup, stoken, path)
	res = spost("transfer", url.Values{"agency": {"OPF"}})
	require.Equal(t, http.StatusBadRequest, res.status)
	require.Contains(t, res.body, "a transfer needs a reason")
	res = spost("transfer", url.Values{"agency": {"OPF"}, "reason": {"the victim has returned"}})
	require.Equal(t, http.StatusSeeOther, res.status)
	require.Equal(t, "/console?done=transferred", res.header.Get("Location"))
	require.Equal(t, http.StatusNotFound, c.get(path).status)
	opf, _ := e.signedIn("OPF")
	page = opf.get(path)
	require.Equal(t, http.StatusOK, page.status)
	require.Contains(t, page.body, "Transferred by FIA: the victim has returned", "the new agency reads why")
}

// The verdict form is on a verification request only, and the verdict
// goes to the reporter's conversation as an input.
func TestVerdictOnVerification(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	v := scamReport("OEC")
	v.kind, v.caseType, v.text = "verify", "verification_request", "لائسنس نمبر 4455/LHR والا ایجنٹ اصلی ہے؟"
	m := e.makeReport(v)
	path := "/console/referrals/" + itoa(m.referrals["OEC"])
	c, token := e.signedIn("OEC")
	page := c.get(path)
	require.Contains(t, page.body, `/verification"`)
	require.Contains(t, page.body, "Not genuine")
	post := poster(t, c, token, path)
	require.Equal(t, http.StatusBadRequest, post("verification", url.Values{"verdict": {"maybe"}}).status)
	res := post("verification", url.Values{"verdict": {"not_genuine"}, "note": {"یہ لائسنس منسوخ ہو چکا ہے۔"}})
	require.Equal(t, http.StatusSeeOther, res.status)
	var kind, body, meta string
	require.NoError(t, e.db.Pool.QueryRow(context.Background(),
		`SELECT kind, body, meta::text FROM messages WHERE direction = 'in' AND kind LIKE 'agency%'`).Scan(&kind, &body, &meta))
	body = openBody(t, body)
	require.Equal(t, []string{"agency_verdict", "یہ لائسنس منسوخ ہو چکا ہے۔"}, []string{kind, body})
	require.Contains(t, meta, `"verdict": "not_genuine"`)
	page = c.get(path)
	require.Contains(t, page.body, "Verdict: Not genuine", "the thread shows the verdict")
	require.Contains(t, page.body, "waiting to be sent", "until the bot sends it")
	require.Contains(t, page.body, `<dd dir="auto">یہ لائسنس منسوخ ہو چکا ہے۔</dd>`)
	require.Contains(t, page.body, "<dt>Outcome</dt><dd dir=\"auto\">Not genuine</dd>")
}

// One thread: the reporter's words, the bot's replies, the agency's
// messages with their author and delivery, another agency's without its
// officer's name, and what the reporter wrote since the last read marked
// new.
func TestThreadIsOneConversation(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	pool := e.db.Pool
	m := e.makeReport(scamReport("FIA", "NCCIA"))
	c, token := e.signedIn("FIA")
	path := "/console/referrals/" + itoa(m.referrals["FIA"])

	// The bot answered the report's first message.
	_, err := store.InsertOutbound(ctx, pool, store.NewOutbound{ConversationID: m.conversationID, Channel: "webchat",
		InReplyTo: m.messageID, Body: "Shukriya, aap ki report mil gayi."})
	require.NoError(t, err)
	// FIA asks a question, and the bot delivers it.
	require.Equal(t, http.StatusSeeOther, poster(t, c, token, path)("message", url.Values{"text": {"Receipt hai?"}}).status)
	var fiaInput int64
	require.NoError(t, pool.QueryRow(ctx, `SELECT id FROM messages WHERE kind = 'agency_message'`).Scan(&fiaInput))
	out, err := store.InsertOutbound(ctx, pool, store.NewOutbound{ConversationID: m.conversationID, Channel: "webchat",
		InReplyTo: fiaInput, Body: "Message from FIA…", Kind: store.KindAgencyOut, ReferralID: m.referrals["FIA"]})
	require.NoError(t, err)
	_, err = pool.Exec(ctx, `UPDATE messages SET status = 'delivered' WHERE id = $1`, out)
	require.NoError(t, err)
	// NCCIA writes too.
	nccia, ntoken := e.signedIn("NCCIA")
	require.Equal(t, http.StatusSeeOther, poster(t, nccia, ntoken, "/console/referrals/"+itoa(m.referrals["NCCIA"]))("message", url.Values{"text": {"JazzCash receipt bhi bhejein"}}).status)

	page := c.get(path) // FIA reads it now
	require.Contains(t, page.body, "Shukriya, aap ki report mil gayi.")
	require.Contains(t, page.body, "Hoshyar (bot)")
	require.Regexp(t, `<strong dir="auto">Officer FIA \d+, FIA</strong>`, page.body, "the own agency's officer is named")
	require.Contains(t, page.body, "delivered")
	require.Contains(t, page.body, "JazzCash receipt bhi bhejein", "another agency's message to the reporter")
	require.NotContains(t, page.body, "Officer NCCIA", "but not its officer")
	require.NotContains(t, page.body, `<span class="badge new">new</span></p>`, "nothing new since it was made")
	iReceipt := strings.Index(page.body, "Receipt hai?")
	require.Less(t, strings.Index(page.body, "Shukriya"), iReceipt, "in time order")
	require.Less(t, iReceipt, strings.Index(page.body, "JazzCash receipt bhi"))

	// The reporter answers: the queue marks it, the page marks the message new.
	e.reporterWrites(m, "جی، رسید 0301-2345678 والے نمبر سے آئی")
	queue := c.get("/console")
	require.Contains(t, queue.body, "reporter wrote 1")
	page = c.get(path)
	require.Contains(t, page.body, `<span class="badge new">new</span></p>`)
	require.Contains(t, page.body, `<bdi dir="ltr">0301-2345678</bdi>`)
	queue = c.get("/console")
	require.NotContains(t, queue.body, "reporter wrote", "read now")
}

// reporterWrites adds a message of the reporter's to their report, as a
// reply relayed to it would be.
func (e *env) reporterWrites(m made, text string) int64 {
	e.t.Helper()
	ctx := context.Background()
	var contact int64
	require.NoError(e.t, e.db.Pool.QueryRow(ctx, `SELECT contact_id FROM conversations WHERE id = $1`, m.conversationID).Scan(&contact))
	conv, seq, err := store.NextInboundSeq(ctx, e.db.Pool, contact, "webchat")
	require.NoError(e.t, err)
	e.mu.Lock()
	e.n++
	n := e.n
	e.mu.Unlock()
	id, _, err := store.InsertInbound(ctx, e.db.Pool, store.NewInbound{ConversationID: conv, Channel: "webchat",
		ProviderID: fmt.Sprintf("%s-r%d", m.address, n), Seq: seq, Kind: "text", Body: text})
	require.NoError(e.t, err)
	require.NoError(e.t, store.AddEvidence(ctx, e.db.Pool, m.reportID, []int64{id}))
	return id
}

// An image is shown with the text read from it beside it, the facts
// extracted from it highlighted and marked as read from the image, with a
// note that a machine read it; a voice note shows its length; a report
// whose only evidence is a voice note is marked so that someone listens.
func TestReferralPageShowsWhatWasRead(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	r := scamReport("FIA")
	r.text = ""
	ocrText := "QATAR WORK VISA\nTotal cost Rs 320,000\n0322 7776655 <b>call</b>"
	r.entities = map[string]any{
		"phones": []string{"+923227776655"}, "countries": []string{"QA"},
		"amounts": []map[string]any{{"value": 320000, "currency": "PKR", "text": "Rs 320,000"}},
		"from_image": map[string]any{"phones": []string{"+923227776655"},
			"amounts": []map[string]any{{"value": 320000, "currency": "PKR", "text": "Rs 320,000"}}},
	}
	r.media = []store.NewMedia{{Kind: "image", ContentType: "image/png", Data: png, Text: ocrText, TextSource: store.TextOCR}}
	m := e.makeReport(r)
	c, _ := e.signedIn("FIA")
	body := c.get("/console/referrals/" + itoa(m.referrals["FIA"])).body
	require.Contains(t, body, `<figure class="evidence with-text">`)
	require.Contains(t, body, "Text read from it")
	require.Contains(t, body, `<mark dir="ltr">0322 7776655</mark>`, "the phone is marked where it was read")
	require.Contains(t, body, `<mark dir="ltr">Rs 320,000</mark>`)
	require.Contains(t, body, "&lt;b&gt;call&lt;/b&gt;", "what was read is text, never markup")
	require.Contains(t, body, "Machine-read (OCR)")
	require.Contains(t, body, `<span class="badge ocr">from image</span>`)
	require.NotContains(t, body, "voice only")

	// Nothing but a voice note.
	v := scamReport("FIA")
	v.text = ""
	v.media = []store.NewMedia{{Kind: "voice", ContentType: "audio/ogg", Data: []byte("OggS voice"), Duration: 74}}
	vm := e.makeReport(v)
	body = c.get("/console/referrals/" + itoa(vm.referrals["FIA"])).body
	require.Contains(t, body, "voice only: listen")
	require.Contains(t, body, `<span class="duration">1:14</span>`)
	require.Contains(t, body, `aria-label="Voice note from the reporter, 1:14"`)
	queue := c.get("/console").body
	require.Equal(t, 1, strings.Count(queue, `class="badge voice"`), "the queue marks it too")
}

// openBody opens a message body read straight from the table: bodies are
// sealed at rest.
func openBody(t *testing.T, body string) string {
	t.Helper()
	require.NotEmpty(t, body)
	plain, err := store.OpenText(body, "messages.body")
	require.NoError(t, err)
	require.NotEqual(t, plain, body, "sealed at rest")
	return plain
}
