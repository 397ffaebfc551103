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

// queueRefresh is how often the queue reloads itself, in seconds.
const queueRefresh = 60

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
	Referrals []queueRow
	Statuses  []string
	Urgencies []string
	CaseTypes []string
	Next      string // link to the next page
	First     string // link back to the first page, when paging
}

// queueRow is a referral as a line of the queue.
type queueRow struct {
	agency.Referral
	Clock  string
	Others []string // the case's other agencies
}

// queue lists the agency's referrals in the work order (open first, the
// most urgent on top, overdue before on time, the earliest due first),
// with filters, counts per status and paging. It reloads itself.
func (c *Console) queue(w http.ResponseWriter, r *http.Request, s *session) {
	q := r.URL.Query()
	f := store.QueueFilter{Status: q.Get("status"), Urgency: q.Get("urgency"), CaseType: q.Get("case_type"),
		After: q.Get("after"), Limit: queueSize}
	p := &queuePage{
		base:   base{Title: "Queue", Nav: "queue", User: s, Flash: flash(q.Get("done")), Refresh: queueRefresh},
		Filter: f, Statuses: statuses, Urgencies: routing.Urgencies(), CaseTypes: routing.CaseTypes(),
	}
	if f.After != "" {
		p.First = queueLink(f, "")
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
		p.Counts = append(p.Counts, statusCount{Status: st, N: byStatus[st], Href: queueLink(store.QueueFilter{Status: st}, ""), On: f.Status == st})
	}

	refs, next, err := c.svc.Queue(r.Context(), s.caller(), f)
	var e *agency.Error
	if errors.As(err, &e) {
		p.Error = e.Message
		if e.Message == "cursor must be the next_cursor of a previous page" {
			p.Error = "That page of the queue does not exist."
		}
		c.render(w, r, e.Status, "queue", p)
		return
	}
	if err != nil {
		c.internal(w, r, s, err)
		return
	}
	now := c.opts.Now()
	for _, ref := range refs {
		row := queueRow{Referral: ref, Clock: clock(ref.DueAt, ref.Status, now)}
		for _, a := range ref.Case.Agencies {
			if !a.You {
				row.Others = append(row.Others, routing.AgencyShort(a.Agency))
			}
		}
		p.Referrals = append(p.Referrals, row)
	}
	if next != "" {
		p.Next = queueLink(f, next)
	}
	c.render(w, r, http.StatusOK, "queue", p)
}

// queueLink is the queue's URL with filter f, from the cursor after.
func queueLink(f store.QueueFilter, after string) string {
	v := url.Values{}
	for k, val := range map[string]string{"status": f.Status, "urgency": f.Urgency, "case_type": f.CaseType} {
		if val != "" {
			v.Set(k, val)
		}
	}
	if after != "" {
		v.Set("after", after)
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
		"verified":    "The verification verdict was queued for the reporter.",
		"transferred": "The referral was transferred; it has left your queue.",
		"assist":      "The other agency was asked to assist; it now holds the case with you.",
		"assigned":    "The referral was assigned.",
		"decided":     "The request was decided.",
		"user":        "The user was changed.",
	}[done]
}
