package console

import (
	"errors"
	"net/http"

	"github.com/hoshyar/hoshyar/agency"
)

// Requests are the early warnings: a number, link or wallet named by
// several reports becomes a request, drafted for the agency that can act
// on it, for the staff of the agencies holding those reports to review.
// A supervisor approves (it is pushed to that agency) or rejects it.

type requestsPage struct {
	base
	Status   string
	Statuses []string
	Alerts   []agency.Alert
	Form     map[string]string
}

func (c *Console) requests(w http.ResponseWriter, r *http.Request, s *session) {
	c.showRequests(w, r, s, http.StatusOK, flash(r.URL.Query().Get("done")), "", nil)
}

func (c *Console) showRequests(w http.ResponseWriter, r *http.Request, s *session, status int, flashMsg, errMsg string, form map[string]string) {
	p := &requestsPage{base: base{Title: "Requests", Nav: "requests", User: s, Flash: flashMsg, Error: errMsg},
		Status: r.URL.Query().Get("status"), Statuses: []string{"pending", "approved", "rejected"}, Form: form}
	if p.Form == nil {
		p.Form = map[string]string{}
	}
	list, err := c.svc.Alerts(r.Context(), s.caller(), p.Status)
	var e *agency.Error
	if errors.As(err, &e) {
		p.Error = e.Message
		c.render(w, r, e.Status, "requests", p)
		return
	}
	if err != nil {
		c.internal(w, r, s, err)
		return
	}
	p.Alerts = list
	c.render(w, r, status, "requests", p)
}

func (c *Console) decide(w http.ResponseWriter, r *http.Request, s *session) {
	decision, note := r.PostFormValue("decision"), r.PostFormValue("note")
	_, err := c.svc.Decide(r.Context(), s.caller(), pathID(r), decision, note)
	var e *agency.Error
	switch {
	case errors.As(err, &e) && e.Status == http.StatusNotFound:
		c.fail(w, r, s, http.StatusNotFound, "There is no such request for your agency.")
	case errors.As(err, &e):
		c.showRequests(w, r, s, e.Status, "", e.Message, map[string]string{"id": r.PathValue("id"), "decision": decision, "note": note})
	case err != nil:
		c.internal(w, r, s, err)
	default:
		http.Redirect(w, r, "/console/requests?done=decided", http.StatusSeeOther)
	}
}
