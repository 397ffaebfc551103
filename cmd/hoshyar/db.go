package main

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/hoshyar/hoshyar/config"
	"github.com/hoshyar/hoshyar/store"
)

// connect opens the pool, explaining what to do when Postgres is not there.
func connect(ctx context.Context, cfg config.Config) (*pgxpool.Pool, error) {
	// Every command that touches the database seals what it writes.
	if _, err := openVault(cfg); err != nil {
		return nil, err
	}
	pool, err := store.Open(ctx, cfg.DatabaseURL)
	if err != nil {
		return nil, fmt.Errorf("%w\n  is PostgreSQL running and does DATABASE_URL point to it? `make run` starts a local one; `hoshyar db create` creates the database", err)
	}
	return pool, nil
}

func migrate(ctx context.Context, cfg config.Config, stdout io.Writer) error {
	pool, err := connect(ctx, cfg)
	if err != nil {
		return err
	}
	defer pool.Close()
	res, err := store.Migrate(ctx, pool, "")
	if err != nil {
		return err
	}
	if len(res.Applied) == 0 && len(res.RiverApplied) == 0 {
		fmt.Fprintln(stdout, "migrate: the database is up to date")
		return nil
	}
	fmt.Fprintf(stdout, "migrate: applied %d migration(s) %s and %d of River's\n", len(res.Applied), strings.Join(res.Applied, " "), len(res.RiverApplied))
	return nil
}

func createDB(ctx context.Context, cfg config.Config, stdout io.Writer) error {
	created, err := store.CreateDatabase(ctx, cfg.DatabaseURL)
	if err != nil {
		return fmt.Errorf("%w\n  is PostgreSQL running? `make run` starts a local one", err)
	}
	if created {
		fmt.Fprintln(stdout, "db: created the database")
	} else {
		fmt.Fprintln(stdout, "db: the database exists")
	}
	return nil
}

// createToken makes an agency API token. Only its keyed hash is stored; the
// token itself is printed once, on the last line.
func createToken(ctx context.Context, cfg config.Config, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("token create", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	agency := fs.String("agency", "", "agency code")
	label := fs.String("name", "", "what the token is for, e.g. the system that uses it")
	fs.StringVar(label, "label", "", "same as --name")
	role := fs.String("role", "agent", "agent, supervisor or admin")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("token create: %w (usage: hoshyar token create --agency CODE [--role agent|supervisor|admin] [--name NAME])", err)
	}
	code := strings.ToUpper(strings.TrimSpace(*agency))
	if code == "" {
		return fmt.Errorf("token create: --agency CODE is required")
	}
	if *role != "agent" && *role != "supervisor" && *role != "admin" {
		return fmt.Errorf("token create: --role must be agent, supervisor or admin")
	}
	pool, err := openForAgency(ctx, cfg, "token create", code)
	if err != nil {
		return err
	}
	defer pool.Close()
	v, err := openVault(cfg)
	if err != nil {
		return err
	}
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return err
	}
	token := "hsy_" + base64.RawURLEncoding.EncodeToString(b)
	id, err := store.InsertToken(ctx, pool, code, v.Hash("api-token", token), *label, *role)
	if err != nil {
		return err
	}
	if err := store.Audit(ctx, pool, "cli", "token.create", "api_token", id, map[string]any{"agency": code, "role": *role}); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "token created for %s as %s (id %d); it is shown only once:\n%s\n", code, *role, id, token)
	return nil
}

// openReady connects and readies the schema: it migrates when allowed, and
// otherwise refuses an out-of-date schema.
func openReady(ctx context.Context, cfg config.Config) (*pgxpool.Pool, error) {
	pool, err := connect(ctx, cfg)
	if err != nil {
		return nil, err
	}
	if cfg.AutoMigrate {
		_, err = store.Migrate(ctx, pool, "")
	} else {
		err = store.CheckSchema(ctx, pool, "")
	}
	if err != nil {
		pool.Close()
		return nil, err
	}
	return pool, nil
}

// openForAgency opens the database for a command about one agency, and
// refuses an unknown agency code.
func openForAgency(ctx context.Context, cfg config.Config, command, code string) (*pgxpool.Pool, error) {
	pool, err := openReady(ctx, cfg)
	if err != nil {
		return nil, err
	}
	ok, err := store.AgencyExists(ctx, pool, code)
	if err == nil && !ok {
		err = fmt.Errorf("%s: unknown agency %q (FIA NCCIA PTA PKCERT BEOE OEC OPF MOFA)", command, code)
	}
	if err != nil {
		pool.Close()
		return nil, err
	}
	return pool, nil
}
