package console

import (
	"net/http"

	"github.com/hoshyar/hoshyar/agency"
	"github.com/hoshyar/hoshyar/store"
)

// badges counts what the menu flags: for supervisors, the agency's overdue
// referrals; for everyone, the early warnings waiting for the agency's
// review. A failure shows no badge rather than no page.
func (c *Console) badges(r *http.Request, s *session) badges {
	var b badges
	var err error
	if s.caller().Can(agency.RoleSupervisor) {
		if b.Overdue, err = c.svc.Overdue(r.Context(), s.caller()); err != nil {
			c.log.Warn("console_badges_failed", "error", err)
		}
	}
	if b.Requests, err = store.CountPendingAlerts(r.Context(), c.pool, s.Agency); err != nil {
		c.log.Warn("console_badges_failed", "error", err)
	}
	return b
}
