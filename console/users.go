package console

import (
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/hoshyar/hoshyar/agency"
	"github.com/hoshyar/hoshyar/store"
)

// An agency's admin manages its console users: creates them (with a
// generated password, shown once), disables and enables them, and resets
// their passwords (shown once; their sessions end). Each change is audited.

type usersPage struct {
	base
	Users    []store.ConsoleUser
	Roles    []string
	Password string // a new password, shown once
	For      string // whose
	Form     map[string]string
}

// admin refuses anyone but an admin, with a page that says so.
func (c *Console) admin(w http.ResponseWriter, r *http.Request, s *session) bool {
	if err := agency.Require(s.caller(), agency.RoleAdmin, "managing console users"); err != nil {
		c.fail(w, r, s, http.StatusForbidden, "Managing console users needs the admin role.")
		return false
	}
	return true
}

func (c *Console) users(w http.ResponseWriter, r *http.Request, s *session) {
	if c.admin(w, r, s) {
		c.showUsers(w, r, s, http.StatusOK, &usersPage{base: base{Flash: flash(r.URL.Query().Get("done"))}})
	}
}

func (c *Console) showUsers(w http.ResponseWriter, r *http.Request, s *session, status int, p *usersPage) {
	p.Title, p.Nav, p.User, p.Roles = "Users", "users", s, agency.Roles
	if p.Form == nil {
		p.Form = map[string]string{}
	}
	list, err := store.ConsoleUsersOf(r.Context(), c.pool, s.Agency)
	if err != nil {
		c.internal(w, r, s, err)
		return
	}
	p.Users = list
	c.render(w, r, status, "users", p)
}

// createUser makes a console user of the admin's agency.
func (c *Console) createUser(w http.ResponseWriter, r *http.Request, s *session) {
	if !c.admin(w, r, s) {
		return
	}
	name, role := strings.TrimSpace(r.PostFormValue("name")), r.PostFormValue("role")
	form := map[string]string{"email": r.PostFormValue("email"), "name": name, "role": role}
	refuse := func(status int, msg string) {
		c.showUsers(w, r, s, status, &usersPage{base: base{Error: msg}, Form: form})
	}
	email, err := NormalizeEmail(r.PostFormValue("email"))
	switch {
	case err != nil:
		refuse(http.StatusBadRequest, "That is not an e-mail address.")
		return
	case name == "":
		refuse(http.StatusBadRequest, "A user needs a name.")
		return
	case role != agency.RoleAgent && role != agency.RoleSupervisor && role != agency.RoleAdmin:
		refuse(http.StatusBadRequest, "Choose a role: agent, supervisor or admin.")
		return
	}
	password := NewPassword()
	hash, err := HashPassword(password, c.opts.PasswordCost)
	if err != nil {
		c.internal(w, r, s, err)
		return
	}
	id, err := store.InsertConsoleUser(r.Context(), c.pool, store.NewConsoleUser{Agency: s.Agency, Email: email, Name: name, Role: role, PasswordHash: hash})
	if errors.Is(err, store.ErrConflict) {
		refuse(http.StatusConflict, "A console user with that e-mail address exists.")
		return
	}
	if err == nil {
		err = store.Audit(r.Context(), c.pool, actor(s.UserID), "console_user.create", "console_user", id, map[string]any{"agency": s.Agency, "role": role})
	}
	if err != nil {
		c.internal(w, r, s, err)
		return
	}
	c.showUsers(w, r, s, http.StatusOK, &usersPage{base: base{Flash: "The user was created. Give them this password; it is shown only once."},
		Password: password, For: email})
}

// changeUser disables, enables or resets the password of one of the
// agency's users.
func (c *Console) changeUser(w http.ResponseWriter, r *http.Request, s *session) {
	if !c.admin(w, r, s) {
		return
	}
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	u, err := store.ConsoleUserOf(r.Context(), c.pool, s.Agency, id)
	if errors.Is(err, store.ErrNotFound) {
		c.fail(w, r, s, http.StatusNotFound, "There is no such user in your agency.")
		return
	}
	if err != nil {
		c.internal(w, r, s, err)
		return
	}
	ctx := r.Context()
	action := r.PathValue("action")
	p := &usersPage{}
	switch action {
	case "disable", "enable":
		if u.ID == s.UserID {
			c.showUsers(w, r, s, http.StatusConflict, &usersPage{base: base{Error: "You cannot disable your own account."}})
			return
		}
		err = store.SetConsoleUserDisabled(ctx, c.pool, u.ID, action == "disable")
		p.Flash = "The user was " + action + "d."
	case "password":
		password := NewPassword()
		var hash string
		if hash, err = HashPassword(password, c.opts.PasswordCost); err == nil {
			err = store.SetConsoleUserPassword(ctx, c.pool, u.ID, hash)
		}
		p.Flash, p.Password, p.For = "The password was reset and their sessions ended. Give them this password; it is shown only once.", password, u.Email
	default:
		c.notFound(w, r)
		return
	}
	if err == nil {
		err = store.Audit(ctx, c.pool, actor(s.UserID), "console_user."+action, "console_user", u.ID, map[string]any{"agency": s.Agency})
	}
	if err != nil {
		c.internal(w, r, s, err)
		return
	}
	c.showUsers(w, r, s, http.StatusOK, p)
}
