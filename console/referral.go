package console

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/hoshyar/hoshyar/agency"
	"github.com/hoshyar/hoshyar/routing"
)

// entities are a report's extracted facts (triage.Entities as stored).
type entities struct {
	Phones  []string `json:"phones"`
	URLs    []string `json:"urls"`
	Handles []string `json:"handles"`
	Amounts []struct {
		Value    float64 `json:"value"`
		Currency string  `json:"currency"`
		Text     string  `json:"text"`
	} `json:"amounts"`
	Countries []string `json:"countries"`
	Licences  []string `json:"licences"`
	Payments  []string `json:"payments"`
	CNICs     []string `json:"cnics"`
	// FromImage are those read by machine from an image or a PDF.
	FromImage *entities `json:"from_image,omitempty"`
}

// FromImageHas reports whether a phone, link, licence or country was read
// from an image.
func (e entities) FromImageHas(v string) bool {
	if e.FromImage == nil {
		return false
	}
	for _, l := range [][]string{e.FromImage.Phones, e.FromImage.URLs, e.FromImage.Licences, e.FromImage.Countries, e.FromImage.Handles} {
		if slices.Contains(l, v) {
			return true
		}
	}
	return false
}

// AmountFromImage reports whether an amount was read from an image.
func (e entities) AmountFromImage(text string) bool {
	if e.FromImage == nil {
		return false
	}
	for _, a := range e.FromImage.Amounts {
		if a.Text == text {
			return true
		}
	}
	return false
}

// flagView is a red flag with the reason staff read.
type flagView struct {
	Code   string `json:"code"`
	Reason string `json:"reason"`
}

type pair struct{ Key, Value string }

type eventView struct {
	At     time.Time
	Actor  string
	Kind   string
	Detail []pair
}

type evidenceView struct {
	agency.Evidence
	Src   string // the console's media route; "" when the bytes are not stored
	Image bool
	Audio bool
	Video bool
	// Read is the text read from it, facts marked; MachineRead when by OCR.
	Read        template.HTML
	MachineRead bool
	Length      string // a voice note's duration, "0:14"
}

type referralPage struct {
	base
	D          agency.Detail
	Entities   entities
	Flags      []flagView
	Danger     []string
	Answers    []pair
	Evidence   []evidenceView
	History    []eventView
	NextStatus []string // statuses the referral may move to from here
	Agencies   []string // where it may be transferred
	Verdicts   []string
	Form       map[string]string // what the officer typed, when an action was refused
}

// referral shows one of the agency's referrals; another agency's is a 404.
// The read is audited by the service.
func (c *Console) referral(w http.ResponseWriter, r *http.Request, s *session) {
	c.showReferral(w, r, s, http.StatusOK, flash(r.URL.Query().Get("done")), "", nil)
}

func (c *Console) showReferral(w http.ResponseWriter, r *http.Request, s *session, status int, flashMsg, errMsg string, form map[string]string) {
	id := pathID(r)
	d, err := c.svc.Detail(r.Context(), s.caller(), id)
	var e *agency.Error
	if errors.As(err, &e) {
		c.fail(w, r, s, e.Status, "There is no such referral in your agency's queue.")
		return
	}
	if err != nil {
		c.internal(w, r, s, err)
		return
	}
	p := &referralPage{
		base:     base{Title: d.Reference, Nav: "queue", User: s, Flash: flashMsg, Error: errMsg},
		D:        d,
		Verdicts: agency.Verdicts,
		Form:     form,
	}
	if p.Form == nil {
		p.Form = map[string]string{}
	}
	_ = json.Unmarshal(d.Entities, &p.Entities)
	_ = json.Unmarshal(d.RedFlags, &p.Flags)
	_ = json.Unmarshal(d.Danger, &p.Danger)
	p.Answers = pairs(d.Answers)
	for _, ev := range d.Evidence {
		v := evidenceView{Evidence: ev}
		if ev.URL != "" { // the bytes are stored
			v.Src = "/console/media/" + strconv.FormatInt(ev.ID, 10)
			v.Image = inlineImage(ev.ContentType) || (ev.ContentType == "" && ev.Kind == "image")
			v.Audio = ev.Kind == "audio" || ev.Kind == "voice" || strings.HasPrefix(ev.ContentType, "audio/")
			v.Video = !v.Audio && (ev.Kind == "video" || strings.HasPrefix(ev.ContentType, "video/"))
		}
		if ev.Text != "" {
			v.Read = highlight(ev.Text, &p.Entities)
			v.MachineRead = ev.Source == "ocr"
		}
		if ev.Duration != nil {
			v.Length = fmt.Sprintf("%d:%02d", *ev.Duration/60, *ev.Duration%60)
		}
		p.Evidence = append(p.Evidence, v)
	}
	for _, h := range d.History {
		p.History = append(p.History, eventView{At: h.At, Actor: h.Actor, Kind: h.Kind, Detail: pairs(h.Detail)})
	}
	switch d.Status {
	case "claimed":
		p.NextStatus = []string{"in_progress", "closed"}
	case "in_progress":
		p.NextStatus = []string{"closed"}
	}
	for _, a := range routing.Agencies() {
		if a != s.Agency {
			p.Agencies = append(p.Agencies, a)
		}
	}
	c.render(w, r, status, "referral", p)
}

// pairs flattens a JSON object into sorted key/value pairs for display.
func pairs(raw json.RawMessage) []pair {
	var m map[string]any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if len(raw) == 0 || dec.Decode(&m) != nil {
		return nil
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var out []pair
	for _, k := range keys {
		var v string
		switch x := m[k].(type) {
		case nil:
			continue
		case string:
			v = x
		default:
			b, _ := json.Marshal(x)
			v = string(b)
		}
		if v != "" {
			out = append(out, pair{k, v})
		}
	}
	return out
}

func pathID(r *http.Request) int64 {
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	return id
}

// act runs an action of the service on the referral and goes back to its
// page; a refusal is shown on the page with what the officer typed.
func (c *Console) act(w http.ResponseWriter, r *http.Request, s *session, done string, form map[string]string, fn func(agency.Caller, int64) error) {
	err := fn(s.caller(), pathID(r))
	var e *agency.Error
	switch {
	case errors.As(err, &e) && e.Status == http.StatusNotFound:
		c.fail(w, r, s, http.StatusNotFound, "There is no such referral in your agency's queue.")
	case errors.As(err, &e):
		c.showReferral(w, r, s, e.Status, "", e.Message, form)
	case err != nil:
		c.internal(w, r, s, err)
	case done == "transferred":
		http.Redirect(w, r, "/console?done="+done, http.StatusSeeOther)
	default:
		http.Redirect(w, r, fmt.Sprintf("/console/referrals/%d?done=%s", pathID(r), done), http.StatusSeeOther)
	}
}

func (c *Console) claim(w http.ResponseWriter, r *http.Request, s *session) {
	c.act(w, r, s, "claimed", nil, func(cl agency.Caller, id int64) error {
		_, err := c.svc.Claim(r.Context(), cl, id)
		return err
	})
}

func (c *Console) status(w http.ResponseWriter, r *http.Request, s *session) {
	st, outcome, note := r.PostFormValue("status"), r.PostFormValue("outcome"), r.PostFormValue("note")
	c.act(w, r, s, "status", map[string]string{"status": st, "outcome": outcome, "status_note": note}, func(cl agency.Caller, id int64) error {
		_, err := c.svc.SetStatus(r.Context(), cl, id, st, outcome, note)
		return err
	})
}

func (c *Console) note(w http.ResponseWriter, r *http.Request, s *session) {
	text := r.PostFormValue("text")
	c.act(w, r, s, "note", map[string]string{"note": text}, func(cl agency.Caller, id int64) error {
		_, err := c.svc.Note(r.Context(), cl, id, text)
		return err
	})
}

func (c *Console) message(w http.ResponseWriter, r *http.Request, s *session) {
	text := r.PostFormValue("text")
	c.act(w, r, s, "message", map[string]string{"message": text}, func(cl agency.Caller, id int64) error {
		_, err := c.svc.Message(r.Context(), cl, id, text)
		return err
	})
}

func (c *Console) verification(w http.ResponseWriter, r *http.Request, s *session) {
	verdict, note := r.PostFormValue("verdict"), r.PostFormValue("note")
	c.act(w, r, s, "verified", map[string]string{"verdict": verdict, "verdict_note": note}, func(cl agency.Caller, id int64) error {
		_, err := c.svc.Verify(r.Context(), cl, id, verdict, note)
		return err
	})
}

func (c *Console) transfer(w http.ResponseWriter, r *http.Request, s *session) {
	to, reason := r.PostFormValue("agency"), r.PostFormValue("reason")
	c.act(w, r, s, "transferred", map[string]string{"agency": to, "reason": reason}, func(cl agency.Caller, id int64) error {
		_, err := c.svc.Transfer(r.Context(), cl, id, to, reason)
		return err
	})
}

// inlineImage lists the image types a browser may show in the page; any
// other type (SVG above all) is only downloaded.
func inlineImage(ct string) bool {
	return slices.Contains([]string{"image/jpeg", "image/png", "image/gif", "image/webp"}, ct)
}

// media serves an attachment of one of the agency's referrals, through the
// service (scoped and audited). It is sandboxed: even a hostile file can
// run nothing.
func (c *Console) media(w http.ResponseWriter, r *http.Request, s *session) {
	ct, data, sum, err := c.svc.Media(r.Context(), s.caller(), pathID(r))
	var e *agency.Error
	if errors.As(err, &e) {
		c.fail(w, r, s, e.Status, "There is no such attachment in your agency's referrals.")
		return
	}
	if err != nil {
		c.internal(w, r, s, err)
		return
	}
	disposition := "attachment"
	if inlineImage(ct) || strings.HasPrefix(ct, "audio/") || strings.HasPrefix(ct, "video/") {
		disposition = "inline"
	} else {
		ct = "application/octet-stream"
	}
	h := w.Header()
	h.Set("Content-Type", ct)
	h.Set("Content-Disposition", disposition)
	h.Set("Content-Security-Policy", "default-src 'none'; sandbox")
	h.Set("X-Content-SHA256", hex.EncodeToString(sum))
	h.Set("Cache-Control", "private, no-store")
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(data))
}
