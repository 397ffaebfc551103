package console

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"regexp"
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
	Actor  string // a name, never an id
	Kind   string // in words
	Detail []pair // in words
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

// threadView is one message of the conversation as the page shows it.
type threadView struct {
	agency.Message
	Who    string // "Reporter", "Hoshyar (bot)", "Sana Iqbal, FIA", "MoFA"
	Own    bool   // an officer of the caller's agency wrote it
	Label  string // what it is when it is not plain text: "Verdict: Not genuine", "Image"
	Status string // an agency message's delivery, in words
}

type referralPage struct {
	base
	D          agency.Detail
	Entities   entities
	Flags      []flagView
	ShowFlags  bool // a job offer is assessed for red flags; a plea for help is not
	Danger     []string
	Answers    []pair
	Evidence   []evidenceView
	History    []eventView
	Thread     []threadView
	NextStatus []string // statuses the referral may move to from here
	Agencies   []string // where it may be transferred
	Assist     []string // agencies not on the case, that the lead may ask to assist
	Colleagues []agency.Person
	Verdicts   []string
	Verify     bool // a verification request: the verdict form
	Supervisor bool
	Lead       bool
	Clock      string
	Form       map[string]string // what the officer typed, when an action was refused
}

// referral shows one of the agency's referrals; another agency's is a 404.
// The read is audited by the service.
func (c *Console) referral(w http.ResponseWriter, r *http.Request, s *session) {
	c.showReferral(w, r, s, http.StatusOK, flash(r.URL.Query().Get("done")), "", nil)
}

func (c *Console) showReferral(w http.ResponseWriter, r *http.Request, s *session, status int, flashMsg, errMsg string, form map[string]string) {
	id := pathID(r)
	cl := s.caller()
	d, err := c.svc.Detail(r.Context(), cl, id)
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
		base:       base{Title: d.Reference, Nav: "queue", User: s, Flash: flashMsg, Error: errMsg},
		D:          d,
		Verdicts:   agency.Verdicts,
		Form:       form,
		Verify:     d.CaseType == routing.CaseVerification || d.Kind == "verify",
		Supervisor: cl.Can(agency.RoleSupervisor),
		Lead:       d.Role == routing.RoleLead,
		Clock:      clock(d.DueAt, d.Status, c.opts.Now()),
	}
	if p.Form == nil {
		p.Form = map[string]string{}
	}
	_ = json.Unmarshal(d.Entities, &p.Entities)
	_ = json.Unmarshal(d.RedFlags, &p.Flags)
	_ = json.Unmarshal(d.Danger, &p.Danger)
	p.ShowFlags = len(p.Flags) > 0 || (d.Urgency != routing.UrgencyEmergency && slices.Contains(jobOffers, d.CaseType))
	p.Answers = answers(d.Answers)
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
		p.History = append(p.History, eventView{At: h.At, Actor: actorWords(h.Actor, h.ActorName), Kind: wordsOf(eventWords, h.Kind),
			Detail: eventDetail(h.Kind, h.Detail)})
	}
	for _, m := range d.Thread {
		p.Thread = append(p.Thread, threadOf(m, s.Agency))
	}
	switch d.Status {
	case "claimed":
		p.NextStatus = []string{"in_progress", "closed"}
	case "in_progress":
		p.NextStatus = []string{"closed"}
	}
	if !p.Supervisor {
		p.NextStatus = slices.DeleteFunc(p.NextStatus, func(st string) bool { return st == "closed" })
	}
	onCase := map[string]bool{}
	for _, a := range d.Case.Agencies {
		onCase[a.Agency] = true
	}
	for _, a := range routing.Agencies() {
		if a != s.Agency {
			p.Agencies = append(p.Agencies, a)
		}
		if !onCase[a] {
			p.Assist = append(p.Assist, a)
		}
	}
	if p.Supervisor {
		if p.Colleagues, err = c.svc.Colleagues(r.Context(), cl); err != nil {
			c.internal(w, r, s, err)
			return
		}
	}
	c.render(w, r, status, "referral", p)
}

// jobOffers are the case types assessed for job-offer red flags.
var jobOffers = []string{routing.CaseJobOfferSuspicious, routing.CaseJobScamPaid, routing.CaseUnlicensedRecruiter,
	routing.CaseOEPMisconduct, routing.CaseVerification, routing.CasePhishingSite, routing.CaseDocumentFraud}

// threadOf names who wrote a message, as the caller's agency may know it.
func threadOf(m agency.Message, own string) threadView {
	v := threadView{Message: m}
	switch m.From {
	case "reporter":
		v.Who = "Reporter"
		if m.Kind != "text" && m.Kind != "choice" && m.Kind != "edit" {
			v.Label = wordsOf(mediaWords, m.Kind)
		}
	case "bot":
		v.Who = "Hoshyar (bot)"
	default:
		v.Who = routing.AgencyShort(m.Agency)
		if m.Agency == own {
			v.Own = true
			if m.Author != "" {
				v.Who = m.Author + ", " + routing.AgencyShort(m.Agency)
			}
		}
		v.Status = wordsOf(deliveryWords, m.Status)
		switch m.Kind {
		case "verdict":
			v.Label = "Verdict: " + wordsOf(verdictWords, m.Verdict)
		case "notice":
			v.Label = "Notice"
		}
	}
	return v
}

// actorWords names who did something: a console user or a token by their
// name, another agency by its name, Hoshyar itself.
func actorWords(actor string, name *string) string {
	switch {
	case name != nil && *name != "":
		return *name
	case strings.HasPrefix(actor, "agency:"):
		return routing.AgencyShort(strings.TrimPrefix(actor, "agency:"))
	case actor == "system":
		return "Hoshyar"
	case strings.HasPrefix(actor, "token:"):
		return "API token " + strings.TrimPrefix(actor, "token:")
	}
	return "A former colleague"
}

var actorID = regexp.MustCompile(`^(?:user|token):\d+$`)

// eventDetail is an event's detail in words.
func eventDetail(kind string, raw json.RawMessage) []pair {
	var out []pair
	for _, kv := range pairs(raw) {
		k, v := kv.Key, kv.Value
		switch {
		case actorID.MatchString(v):
			continue // an actor's id; "name" says whom
		case kind == "status" && (k == "from" || k == "to"):
			v = wordsOf(statusWords, v)
		case k == "from" || k == "to" || k == "agency":
			v = routing.AgencyShort(v)
		case k == "verdict":
			v = wordsOf(verdictWords, v)
		}
		out = append(out, pair{wordsOf(detailWords, k), v})
	}
	return out
}

// answers are the reporter's answers in words, in the order asked.
func answers(raw json.RawMessage) []pair {
	var m map[string]string
	if json.Unmarshal(raw, &m) != nil {
		return nil
	}
	keys := make([]string, 0, len(m))
	for k, v := range m {
		if strings.TrimSpace(v) != "" {
			keys = append(keys, k)
		}
	}
	order := func(k string) int {
		if i := slices.Index(answerOrder, k); i >= 0 {
			return i
		}
		return len(answerOrder)
	}
	sort.Slice(keys, func(i, j int) bool {
		if order(keys[i]) != order(keys[j]) {
			return order(keys[i]) < order(keys[j])
		}
		return keys[i] < keys[j]
	})
	out := make([]pair, 0, len(keys))
	for _, k := range keys {
		out = append(out, pair{wordsOf(answerNames, k), answerValue(k, m[k])})
	}
	return out
}

var answerOrder = []string{"where", "place", "situation", "whom", "seen", "recruiter", "recruiter_also", "phones", "country", "money_asked",
	"paid", "paid_amount", "paid_how", "paid_to", "documents", "consent", "contact", "contact_number"}

// pairs flattens a JSON object into sorted key/value pairs.
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

// clock says how long is left before a referral is due, or how long it is
// overdue: "2 h 10 min left", "overdue by 3 h".
func clock(due time.Time, status string, now time.Time) string {
	if status == "closed" {
		return ""
	}
	d := due.Sub(now)
	if d >= 0 {
		return span(d) + " left"
	}
	return "overdue by " + span(-d)
}

// span writes a duration to the minute, in its two largest units.
func span(d time.Duration) string {
	m := int(d.Round(time.Minute) / time.Minute)
	days, hours, mins := m/(24*60), m/60%24, m%60
	switch {
	case days > 0 && hours > 0:
		return fmt.Sprintf("%d d %d h", days, hours)
	case days > 0:
		return fmt.Sprintf("%d d", days)
	case hours > 0 && mins > 0:
		return fmt.Sprintf("%d h %d min", hours, mins)
	case hours > 0:
		return fmt.Sprintf("%d h", hours)
	}
	return fmt.Sprintf("%d min", mins)
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
		http.Redirect(w, r, fmt.Sprintf("/console/referrals/%d?done=%s#%s", pathID(r), done, anchor(done)), http.StatusSeeOther)
	}
}

// anchor is where the page opens after an action: a message, in the thread.
func anchor(done string) string {
	if done == "message" || done == "verified" {
		return "thread"
	}
	return "top"
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

func (c *Console) assist(w http.ResponseWriter, r *http.Request, s *session) {
	to, reason := r.PostFormValue("agency"), r.PostFormValue("reason")
	c.act(w, r, s, "assist", map[string]string{"assist_agency": to, "assist_reason": reason}, func(cl agency.Caller, id int64) error {
		_, err := c.svc.Assist(r.Context(), cl, id, to, reason)
		return err
	})
}

func (c *Console) assign(w http.ResponseWriter, r *http.Request, s *session) {
	user, _ := strconv.ParseInt(strings.TrimPrefix(r.PostFormValue("user"), "user:"), 10, 64)
	c.act(w, r, s, "assigned", map[string]string{"user": r.PostFormValue("user")}, func(cl agency.Caller, id int64) error {
		_, err := c.svc.Assign(r.Context(), cl, id, user)
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

// networkLink is the console's page of the network around a key.
func networkLink(kind, value string) string {
	return "/console/network?key=" + url.QueryEscape(kind+":"+value)
}
