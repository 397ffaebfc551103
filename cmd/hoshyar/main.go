// Command hoshyar runs the Hoshyar tip line: `hoshyar serve` (HTTP server,
// job workers), `hoshyar migrate`, `hoshyar db create`, and the operator's
// commands for agencies (tokens, console users, webhooks) and the OEP
// registry. Configuration comes from the environment only (see package
// config and the README).
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/hoshyar/hoshyar/config"
)

const usage = `usage: hoshyar <command>

commands:
  serve                      run the HTTP server and the job workers (migrates first
                             unless HOSHYAR_AUTO_MIGRATE=false)
  migrate                    apply pending database migrations and exit
  db create                  create the database named in DATABASE_URL if missing
  token create --agency CODE [--role agent|supervisor|admin] [--name NAME]
                             print a new agency API token on the last line
                             (CODE: FIA NCCIA PTA PKCERT BEOE OEC OPF MOFA; role: agent unless told)
  token revoke --id N        revoke an agency API token
  user add --agency CODE --email E --name N [--role agent|supervisor|admin]
                             add an agency console user; prints the password on the last line
  webhook set --agency CODE --url URL
                             push an agency's referral events to URL; prints the signing secret
  key rotate                 re-seal every sealed value under HOSHYAR_SECRET_KEY (values under
                             HOSHYAR_PREVIOUS_SECRET_KEYS or in clear); resumable, the server may run
  contact erase --channel whatsapp|sms|telegram|webchat --address ADDRESS
                             erase a person who asked outside the chat, as "Delete my
                             data" does (PRIVACY.md)
  oep import FILE.csv        import BE&OE's list of licensed promoters (format: oep/README.md)
  triage                     read messages on standard input (a line each, plain or JSON with
                             "text") and print one JSON assessment a line
  triage eval [-split S] [FILE]
                             score triage on the corpus's test split (or split S: train, dev;
                             or FILE, labelled JSON lines); exits non-zero below the
                             documented thresholds
  triage train [FILE]        train the model on the corpus's train and dev splits; writes
                             triage/model.bin (or FILE)

configuration is read from the environment; see README.md`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		if !errors.Is(err, errUsage) {
			fmt.Fprintln(os.Stderr, "hoshyar:", err)
		}
		os.Exit(1)
	}
}

var errUsage = errors.New("usage")

func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintln(stderr, usage)
		if len(args) == 0 {
			return errUsage
		}
		return nil
	}
	if args[0] == "triage" {
		return triageCmd(args[1:], stdout, stderr) // needs no database and no configuration
	}
	cfg, err := config.Load(config.WithLocalKeyFile(getenv, os.ReadFile))
	if err != nil {
		return err
	}
	log := newLogger(cfg, stderr)
	switch {
	case args[0] == "serve" && len(args) == 1:
		return serve(ctx, cfg, log, stdout)
	case args[0] == "migrate" && len(args) == 1:
		return migrate(ctx, cfg, stdout)
	case len(args) == 2 && args[0] == "db" && args[1] == "create":
		return createDB(ctx, cfg, stdout)
	case len(args) >= 2 && args[0] == "token" && args[1] == "create":
		return createToken(ctx, cfg, args[2:], stdout)
	case len(args) >= 2 && args[0] == "token" && args[1] == "revoke":
		return revokeToken(ctx, cfg, args[2:], stdout)
	case len(args) >= 2 && args[0] == "user" && args[1] == "add":
		return addUser(ctx, cfg, args[2:], stdout)
	case len(args) >= 2 && args[0] == "webhook" && args[1] == "set":
		return setWebhook(ctx, cfg, args[2:], stdout)
	case len(args) == 2 && args[0] == "key" && args[1] == "rotate":
		return rotateKey(ctx, cfg, stdout)
	case len(args) >= 2 && args[0] == "contact" && args[1] == "erase":
		return eraseContact(ctx, cfg, args[2:], log, stdout)
	case len(args) >= 2 && args[0] == "oep" && args[1] == "import":
		return importOEP(ctx, cfg, args[2:], stdout)
	}
	fmt.Fprintln(stderr, usage)
	return errUsage
}

func newLogger(cfg config.Config, w io.Writer) *slog.Logger {
	opts := &slog.HandlerOptions{Level: cfg.LogLevel}
	if cfg.LogFormat == "text" {
		return slog.New(slog.NewTextHandler(w, opts))
	}
	return slog.New(slog.NewJSONHandler(w, opts))
}
