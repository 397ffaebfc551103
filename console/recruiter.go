package console

import (
	"net/http"
	"strings"

	"github.com/hoshyar/hoshyar/store"
	"github.com/hoshyar/hoshyar/triage"
)

// recruiterLimit bounds the reports listed for one recruiter key.
const recruiterLimit = 200

type recruiterPage struct {
	base
	Kind    string
	Value   string // as typed
	Key     string // as stored: E.164 phone, lower-cased host, licence "1234/LHR"
	Kinds   []string
	Reports []store.KeyReport
	Asked   bool
}

// recruiters lists every report of the agency's that names a recruiter's
// phone, link or licence number. Reports of other agencies are not counted.
func (c *Console) recruiters(w http.ResponseWriter, r *http.Request, s *session) {
	q := r.URL.Query()
	p := &recruiterPage{
		base: base{Title: "Recruiters", Nav: "recruiters", User: s},
		Kind: q.Get("kind"), Value: strings.TrimSpace(q.Get("value")),
		Kinds: []string{"phone", "url", "licence"},
	}
	if p.Kind == "" {
		p.Kind = "phone"
	}
	if p.Value == "" {
		c.render(w, r, http.StatusOK, "recruiters", p)
		return
	}
	switch p.Kind {
	case "phone", "url", "licence":
	default:
		p.Error = "Choose a phone number, a link or a licence number."
		c.render(w, r, http.StatusBadRequest, "recruiters", p)
		return
	}
	p.Key, p.Asked = normalizeKey(p.Kind, p.Value), true
	list, err := store.AgencyReportsNaming(r.Context(), c.pool, s.Agency, store.Key{Kind: p.Kind, Value: p.Key}, recruiterLimit)
	if err != nil {
		c.internal(w, r, s, err)
		return
	}
	p.Reports = list
	// A search is audited: which kind of key, and how many reports it
	// showed (the key itself may be anyone's number, so it is not kept).
	if err := store.Audit(r.Context(), c.pool, actor(s.UserID), "recruiters.search", "console_user", s.UserID,
		map[string]any{"agency": s.Agency, "kind": p.Kind, "results": len(list)}); err != nil {
		c.internal(w, r, s, err)
		return
	}
	c.render(w, r, http.StatusOK, "recruiters", p)
}

// normalizeKey reads a typed phone, link or licence as triage stores it
// (0345-1112233 → +923451112233), or keeps it as typed.
func normalizeKey(kind, value string) string {
	e := triage.Extract(value)
	var found []string
	switch kind {
	case "phone":
		found = e.Phones
	case "url":
		found = e.URLs
	case "licence":
		found = e.Licences
	}
	if len(found) > 0 {
		return found[0]
	}
	return value
}
