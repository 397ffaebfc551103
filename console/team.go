package console

import (
	"errors"
	"net/http"

	"github.com/hoshyar/hoshyar/agency"
)

type teamPage struct {
	base
	T agency.Team
}

// team shows a supervisor who holds how much of the agency's open work.
func (c *Console) team(w http.ResponseWriter, r *http.Request, s *session) {
	t, err := c.svc.Team(r.Context(), s.caller())
	var e *agency.Error
	if errors.As(err, &e) {
		c.fail(w, r, s, e.Status, "The team's load is for supervisors.")
		return
	}
	if err != nil {
		c.internal(w, r, s, err)
		return
	}
	c.render(w, r, http.StatusOK, "team", &teamPage{base: base{Title: "Team", Nav: "team", User: s}, T: t})
}
