package agency

import (
	"fmt"
	"net/http"
)

// Roles, each with the rights of the ones before it:
//   - agent: work referrals (claim, move along, note, answer the reporter,
//     give a verification verdict);
//   - supervisor: also assign a referral to a colleague, transfer it, close
//     it with an outcome, ask another agency to assist, decide early
//     warnings, export, and see the team's load;
//   - admin: also manage the agency's console users (in the console).
//
// A refusal is a 403 that says what the action needs.
const (
	RoleAgent      = "agent"
	RoleSupervisor = "supervisor"
	RoleAdmin      = "admin"
)

// Roles lists the roles, least first.
var Roles = []string{RoleAgent, RoleSupervisor, RoleAdmin}

func rank(role string) int {
	switch role {
	case RoleAdmin:
		return 2
	case RoleSupervisor:
		return 1
	}
	return 0
}

// Can reports whether the caller has at least role.
func (c Caller) Can(role string) bool { return rank(c.Role) >= rank(role) }

// Require refuses (403) a caller without role; what names the action.
func Require(c Caller, role, what string) error {
	if c.Can(role) {
		return nil
	}
	have := c.Role
	if have == "" {
		have = RoleAgent
	}
	return &Error{http.StatusForbidden, "forbidden", fmt.Sprintf("%s needs the %s role; you are %s %s", what, role, article(have), have)}
}

func article(role string) string {
	if role == RoleAdmin || role == RoleAgent {
		return "an"
	}
	return "a"
}
