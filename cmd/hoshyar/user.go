package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/hoshyar/hoshyar/config"
	"github.com/hoshyar/hoshyar/console"
	"github.com/hoshyar/hoshyar/store"
)

var errUserExists = errors.New("user add: a console user with that e-mail address exists")

// addUser makes a console user of an agency with a generated password,
// printed once, on the last line. Only its bcrypt hash is stored.
func addUser(ctx context.Context, cfg config.Config, args []string, stdout io.Writer) error {
	const usage = "usage: hoshyar user add --agency CODE --email E --name N [--role agent|supervisor|admin]"
	fs := flag.NewFlagSet("user add", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	agency := fs.String("agency", "", "agency code")
	emailArg := fs.String("email", "", "e-mail address, the user's sign-in name")
	name := fs.String("name", "", "the user's name")
	role := fs.String("role", "agent", "agent, supervisor or admin")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("user add: %w (%s)", err, usage)
	}
	code := strings.ToUpper(strings.TrimSpace(*agency))
	email, err := console.NormalizeEmail(*emailArg)
	switch {
	case code == "" || *emailArg == "" || strings.TrimSpace(*name) == "":
		return fmt.Errorf("user add: --agency, --email and --name are required (%s)", usage)
	case err != nil:
		return fmt.Errorf("user add: --email: %w", err)
	case *role != "agent" && *role != "supervisor" && *role != "admin":
		return fmt.Errorf("user add: --role must be agent, supervisor or admin")
	case fs.NArg() > 0:
		return fmt.Errorf("user add: unexpected %q (%s)", fs.Arg(0), usage)
	}
	pool, err := openForAgency(ctx, cfg, "user add", code)
	if err != nil {
		return err
	}
	defer pool.Close()
	// Said before the slow hashing; the insert below still settles a race.
	if _, err := store.ConsoleUserByEmail(ctx, pool, email); err == nil {
		return errUserExists
	} else if !errors.Is(err, store.ErrNotFound) {
		return err
	}
	password := console.NewPassword()
	hash, err := console.HashPassword(password, console.DefaultCost)
	if err != nil {
		return fmt.Errorf("user add: %w", err)
	}
	id, err := store.InsertConsoleUser(ctx, pool, store.NewConsoleUser{
		Agency: code, Email: email, Name: strings.TrimSpace(*name), Role: *role, PasswordHash: hash,
	})
	if errors.Is(err, store.ErrConflict) {
		return errUserExists
	}
	if err != nil {
		return err
	}
	if err := store.Audit(ctx, pool, "cli", "console_user.create", "console_user", id, map[string]any{"agency": code, "role": *role}); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "console user %d created for %s (%s); sign in at %s/console/login\nthe password is shown only once:\n%s\n",
		id, code, *role, cfg.PublicBaseURL, password)
	return nil
}
