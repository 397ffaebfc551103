package console_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
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
	require.Contains(t, body, `<blockquote class="words" dir="auto">`+r.text+`</blockquote>`, "the reporter's words as written, in their own direction")
	require.Contains(t, body, "Asks for money before a contract (&#34;3 lakh advance&#34;)", "a red flag with its reason")
	require.Contains(t, body, "fee before contract")
	require.Contains(t, body, "Passport taken by the employer", "the danger")
	require.Contains(t, body, `href="/console/recruiters?kind=phone&amp;value=%2b923451112233"`, "the recruiter's number links to the others naming it")
	require.Contains(t, body, "QA")
	require.Contains(t, body, `class="badge u-urgent"`)
	sum := sha256.Sum256(png)
	require.Contains(t, body, hex.EncodeToString(sum[:]), "the evidence's SHA-256")
	require.Regexp(t, `<img src="/console/media/\d+"`, body)
	require.Regexp(t, `<audio controls preload="metadata" src="/console/media/\d+" aria-label="Voice note from the reporter"></audio>`, body)
	require.NotContains(t, body, "voice only", "there are words and an image too")
	require.Contains(t, body, "visitor-", "the reporter consented: their contact is shown")
	require.Equal(t, 1, e.count(`SELECT count(*) FROM audit_log WHERE action = 'referral.read' AND actor LIKE 'user:%' AND subject_id = $1`, m.referrals["FIA"]))
	for _, field := range []string{`name="text" dir="auto"`, `/claim"`, `/message"`, `/verification"`, `/note"`, `/transfer"`} {
		require.Contains(t, body, field)
	}

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
}

func TestAnotherAgencysReferralIsNotFound(t *testing.T) {
	t.Parallel()
	r := scamReport("NCCIA")
	r.media = []store.NewMedia{{Kind: "image", ContentType: "image/png", Data: png}}
	e := newEnv(t)
	m := e.makeReport(r)
	c, token := e.signedIn("FIA")
	id := itoa(m.referrals["NCCIA"])

	res := c.get("/console/referrals/" + id)
	require.Equal(t, http.StatusNotFound, res.status)
	require.Contains(t, res.body, "There is no such referral in your agency&#39;s queue.")
	require.NotContains(t, res.body, m.reference)
	for _, action := range []string{"claim", "note", "message", "transfer", "status", "verification"} {
		res = c.post("/console/referrals/"+id+"/"+action, url.Values{"csrf": {token}, "text": {"hello"}, "agency": {"FIA"}, "reason": {"mine"}, "status": {"claimed"}, "verdict": {"genuine"}})
		require.Equal(t, http.StatusNotFound, res.status, action)
	}
	require.Equal(t, http.StatusNotFound, c.get("/console/referrals/not-a-number").status)
	var mediaID int64
	require.NoError(t, e.db.Pool.QueryRow(context.Background(), `SELECT id FROM media`).Scan(&mediaID))
	require.Equal(t, http.StatusNotFound, c.get("/console/media/"+itoa(mediaID)).status)
	require.Equal(t, "new", e.referralStatus(m.referrals["NCCIA"]))
	require.Zero(t, e.count(`SELECT count(*) FROM referral_events`))
}

func TestReferralActions(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	m := e.makeReport(scamReport("FIA"))
	id := m.referrals["FIA"]
	path := "/console/referrals/" + itoa(id)
	c, token := e.signedIn("FIA")
	post := func(action string, form url.Values) response {
		t.Helper()
		if form == nil {
			form = url.Values{}
		}
		form.Set("csrf", token)
		return c.post(path+"/"+action, form)
	}

	res := post("claim", nil)
	require.Equal(t, http.StatusSeeOther, res.status)
	require.Equal(t, path+"?done=claimed", res.header.Get("Location"))
	require.Contains(t, c.get(res.header.Get("Location")).body, "You claimed the referral.")

	// A refusal is shown on the page, with what was typed, not as a crash.
	res = post("claim", nil)
	require.Equal(t, http.StatusConflict, res.status)
	require.Contains(t, res.body, "only a new referral can be claimed")
	res = post("status", url.Values{"status": {"closed"}, "note": {"نوٹ"}})
	require.Equal(t, http.StatusBadRequest, res.status)
	require.Contains(t, res.body, "closing needs an outcome")
	require.Contains(t, res.body, `<textarea id="status-note" name="note" dir="auto" rows="2">نوٹ</textarea>`)

	require.Equal(t, http.StatusSeeOther, post("status", url.Values{"status": {"in_progress"}, "note": {"called the number"}}).status)
	require.Equal(t, "in_progress", e.referralStatus(id))
	require.Equal(t, http.StatusSeeOther, post("note", url.Values{"text": {"same number as case 14/2026"}}).status)
	res = post("note", url.Values{"text": {"  "}})
	require.Equal(t, http.StatusBadRequest, res.status)
	require.Contains(t, res.body, "text is required")

	// A reply to the reporter is queued for sending.
	require.Empty(t, e.enq.sent())
	res = post("message", url.Values{"text": {"Kya aap ke paas receipt hai?"}})
	require.Equal(t, http.StatusSeeOther, res.status)
	require.Len(t, e.enq.sent(), 1)
	var body string
	require.NoError(t, e.db.Pool.QueryRow(context.Background(), `SELECT body FROM messages WHERE id = $1`, e.enq.sent()[0]).Scan(&body))
	require.Contains(t, body, "Kya aap ke paas receipt hai?")
	res = post("message", url.Values{"text": {strings.Repeat("x", 2001)}})
	require.Equal(t, http.StatusBadRequest, res.status)

	res = post("verification", url.Values{"verdict": {"maybe"}})
	require.Equal(t, http.StatusBadRequest, res.status)
	require.Equal(t, http.StatusSeeOther, post("verification", url.Values{"verdict": {"not_genuine"}, "note": {"یہ لائسنس منسوخ ہو چکا ہے۔"}}).status)
	require.Len(t, e.enq.sent(), 2)

	page := c.get(path)
	for _, kind := range []string{"claimed", "status", "note", "message", "verification"} {
		require.Contains(t, page.body, "<strong>"+kind+"</strong>", "history shows %s", kind)
	}
	require.Contains(t, page.body, `<dd dir="auto">یہ لائسنس منسوخ ہو چکا ہے۔</dd>`)
	require.Equal(t, 5, e.count(`SELECT count(*) FROM referral_events WHERE actor LIKE 'user:%'`))

	// Transfer: it leaves the queue.
	res = post("transfer", url.Values{"agency": {"OPF"}})
	require.Equal(t, http.StatusBadRequest, res.status)
	require.Contains(t, res.body, "a transfer needs a reason")
	res = post("transfer", url.Values{"agency": {"OPF"}, "reason": {"the victim has returned"}})
	require.Equal(t, http.StatusSeeOther, res.status)
	require.Equal(t, "/console?done=transferred", res.header.Get("Location"))
	require.Equal(t, http.StatusNotFound, c.get(path).status)
	opf, _ := e.signedIn("OPF")
	require.Equal(t, http.StatusOK, opf.get(path).status)
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
