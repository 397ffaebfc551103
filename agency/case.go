package agency

import (
	"context"
	"errors"
	"net/http"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/hoshyar/hoshyar/routing"
	"github.com/hoshyar/hoshyar/store"
)

// Assist asks another agency to work on the case with the caller's: the
// lead agency's supervisor gives it a supporting referral of the same
// report, with a reason, due as the charge matrix says for its urgency.
func (s *Service) Assist(ctx context.Context, c Caller, id int64, agency, reason string) (Referral, error) {
	if err := Require(c, RoleSupervisor, "asking another agency to assist"); err != nil {
		return Referral{}, err
	}
	return s.do(ctx, c, id, true, func(ctx context.Context, tx pgx.Tx, it store.QueueItem) error {
		to := strings.ToUpper(strings.TrimSpace(agency))
		reason := strings.TrimSpace(reason)
		switch {
		case it.Role != routing.RoleLead:
			return &Error{http.StatusForbidden, "forbidden", "only the lead agency on a case may ask another to assist; " +
				routing.AgencyShort(it.Agency) + " supports this one"}
		case !routing.IsAgency(to):
			return invalid("agency must be one of " + strings.Join(routing.Agencies(), ", "))
		case to == it.Agency:
			return invalid("your agency already holds this case")
		case reason == "":
			return invalid("asking for assistance needs a reason: what should they do?")
		case it.Status == "closed":
			return conflict("the referral is closed")
		}
		due := s.matrix.Due(it.Urgency, s.now())
		newID, err := store.InsertAssist(ctx, tx, it.ID, to, due, "Asked by "+routing.AgencyShort(it.Agency)+" to assist: "+reason)
		if errors.Is(err, store.ErrConflict) {
			return conflict(to + " already holds this case")
		}
		if err != nil {
			return err
		}
		if err := store.AddEvent(ctx, tx, it.ID, c.Actor, "assist", map[string]any{"agency": to, "reason": reason}); err != nil {
			return err
		}
		// The new referral's history names the asking agency, not its
		// officer: staff names stay within their agency.
		if err := store.AddEvent(ctx, tx, newID, "agency:"+it.Agency, "asked", map[string]any{"agency": it.Agency, "reason": reason}); err != nil {
			return err
		}
		return s.enqueue.PushTx(ctx, tx, to, newID, EventRouted)
	})
}

// Assign gives a referral to a colleague of the caller's agency: a
// supervisor's decision. A new referral is claimed for them.
func (s *Service) Assign(ctx context.Context, c Caller, id, userID int64) (Referral, error) {
	if err := Require(c, RoleSupervisor, "assigning a referral"); err != nil {
		return Referral{}, err
	}
	return s.do(ctx, c, id, true, func(ctx context.Context, tx pgx.Tx, it store.QueueItem) error {
		u, err := store.ConsoleUserOf(ctx, tx, c.Agency, userID)
		switch {
		case errors.Is(err, store.ErrNotFound):
			return invalid("no such colleague in your agency")
		case err != nil:
			return err
		case u.DisabledAt != nil:
			return invalid(u.Name + "'s account is disabled")
		case it.Status == "closed":
			return conflict("a closed referral cannot be assigned")
		}
		actor := "user:" + itoa(u.ID)
		if it.ClaimedBy != nil && *it.ClaimedBy == actor {
			return conflict("the referral is already " + u.Name + "'s")
		}
		if err := store.AssignReferral(ctx, tx, it.ID, actor); err != nil {
			return err
		}
		return store.AddEvent(ctx, tx, it.ID, c.Actor, "assigned", map[string]any{"to": actor, "name": u.Name})
	})
}

// Colleagues are the caller's agency's enabled console users, to assign
// work to.
func (s *Service) Colleagues(ctx context.Context, c Caller) ([]Person, error) {
	users, err := store.ConsoleUsersOf(ctx, s.pool, c.Agency)
	if err != nil {
		return nil, err
	}
	out := []Person{}
	for _, u := range users {
		if u.DisabledAt == nil {
			out = append(out, Person{Actor: "user:" + itoa(u.ID), Name: u.Name})
		}
	}
	return out, nil
}

// Team is the caller's agency's open work per person, and what nobody has
// taken yet: a supervisor's view.
type Team struct {
	Load       []store.Load
	Unclaimed  int
	UnclaimedL int // of them, overdue
}

// Team shows who holds how much of the agency's open work.
func (s *Service) Team(ctx context.Context, c Caller) (Team, error) {
	if err := Require(c, RoleSupervisor, "seeing the team's load"); err != nil {
		return Team{}, err
	}
	now := s.now()
	var t Team
	var err error
	if t.Load, err = store.TeamLoad(ctx, s.pool, c.Agency, now); err != nil {
		return Team{}, err
	}
	t.Unclaimed, t.UnclaimedL, err = store.CountUnclaimed(ctx, s.pool, c.Agency, now)
	return t, err
}

// Overdue counts the caller's agency's open referrals past their due
// time: the supervisors' badge.
func (s *Service) Overdue(ctx context.Context, c Caller) (int, error) {
	return store.CountOverdue(ctx, s.pool, c.Agency, s.now())
}
