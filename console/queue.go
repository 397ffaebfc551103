package console

import (
	"errors"
	"net/http"
	"net/url"
	"strconv"

	"github.com/hoshyar/hoshyar/agency"
	"github.com/hoshyar/hoshyar/routing"
	"github.com/hoshyar/hoshyar/store"
)

// queueSize is how many referrals a page of the queue shows.
const queueSize = 25

// statuses of a referral, in the order they are worked.
var statuses = []string{"new", "claimed", "in_progress", "closed"}

type statusCount struct {
	Status string
	N      int
	Href   string
	On     bool
}

type queuePage struct {
	base
	Filter    store.QueueFilter
	Counts    []statusCount
	Total     int
	Referrals []agency.Referral
	Statuses  []string
	Urgencies []string
	CaseTypes []string
	Older     string // link to the next (older) page
	Newest    string // link back to the first page, when paging
}

// queue lists the agency's referrals, newest first, with filters, counts
// per status and paging.
func (c *Console) queue(w http.ResponseWriter, r *http.Request, s *session) {
	q := r.URL.Query()
	f := store.QueueFilter{Status: q.Get("status"), Urgency: q.Get("urgency"), CaseType: q.Get("case_type"), Limit: queueSize}
	p := &queuePage{
		base:   base{Title: "Queue", Nav: "queue", User: s, Flash: flash(q.Get("done"))},
		Filter: f, Statuses: statuses, Urgencies: routing.Urgencies(), CaseTypes: routing.CaseTypes(),
	}
	if v := q.Get("before"); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n <= 0 {
			c.fail(w, r, s, http.StatusBadRequest, "That page of the queue does not exist.")
			return
		}
		f.Before = n
		p.Newest = queueLink(f, 0)
	}
	if f.CaseType != "" && !routing.IsCaseType(f.CaseType) {
		p.Error = "Unknown case type " + strconv.Quote(f.CaseType) + "."
		c.render(w, r, http.StatusBadRequest, "queue", p)
		return
	}

	counts, err := store.CountQueueByStatus(r.Context(), c.pool, s.Agency)
	if err != nil {
		c.internal(w, r, s, err)
		return
	}
	byStatus := map[string]int{}
	for _, n := range counts {
		byStatus[n.Key] = n.N
		p.Total += n.N
	}
	for _, st := range statuses {
		p.Counts = append(p.Counts, statusCount{Status: st, N: byStatus[st], Href: queueLink(store.QueueFilter{Status: st}, 0), On: f.Status == st})
	}

	refs, next, err := c.svc.Queue(r.Context(), s.caller(), f)
	var e *agency.Error
	if errors.As(err, &e) {
		p.Error = e.Message
		c.render(w, r, e.Status, "queue", p)
		return
	}
	if err != nil {
		c.internal(w, r, s, err)
		return
	}
	p.Referrals = refs
	if next > 0 {
		p.Older = queueLink(f, next)
	}
	c.render(w, r, http.StatusOK, "queue", p)
}

// queueLink is the queue's URL with filter f, from before.
func queueLink(f store.QueueFilter, before int64) string {
	v := url.Values{}
	for k, val := range map[string]string{"status": f.Status, "urgency": f.Urgency, "case_type": f.CaseType} {
		if val != "" {
			v.Set(k, val)
		}
	}
	if before > 0 {
		v.Set("before", strconv.FormatInt(before, 10))
	}
	if len(v) == 0 {
		return "/console"
	}
	return "/console?" + v.Encode()
}

// flash is the message shown after a successful action; only these fixed
// texts can be asked for, so a link cannot make the console say anything.
func flash(done string) string {
	return map[string]string{
		"claimed":     "You claimed the referral.",
		"status":      "The status was changed.",
		"note":        "Your internal note was added.",
		"message":     "Your message was queued for the reporter.",
		"verified":    "The verification verdict was sent to the reporter.",
		"transferred": "The referral was transferred; it has left your queue.",
	}[done]
}
