package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/hoshyar/hoshyar/agency"
	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/bot/webchat"
	"github.com/hoshyar/hoshyar/casework"
	"github.com/hoshyar/hoshyar/clientip"
	"github.com/hoshyar/hoshyar/config"
	"github.com/hoshyar/hoshyar/console"
	"github.com/hoshyar/hoshyar/flows"
	"github.com/hoshyar/hoshyar/jobs"
	"github.com/hoshyar/hoshyar/locales"
	"github.com/hoshyar/hoshyar/metrics"
	"github.com/hoshyar/hoshyar/ocr"
	"github.com/hoshyar/hoshyar/routing"
	"github.com/hoshyar/hoshyar/store"
	"github.com/hoshyar/hoshyar/triage"
	"github.com/hoshyar/hoshyar/web"
)

// shutdownGrace is how long SIGTERM waits for in-flight requests and jobs.
const shutdownGrace = 25 * time.Second

func serve(ctx context.Context, cfg config.Config, log *slog.Logger, stdout io.Writer) error {
	if cfg.DevSecret {
		log.Warn("dev_secret_key", "detail", "HOSHYAR_SECRET_KEY is not set and there is no "+config.LocalKeyFile+": using the public development key (local mode only)")
	}
	pool, err := connect(ctx, cfg)
	if err != nil {
		return err
	}
	defer pool.Close()
	if err := readySchema(ctx, cfg, pool, log); err != nil {
		return err
	}

	v, err := openVault(cfg)
	if err != nil {
		return err
	}
	if n := len(cfg.PreviousSecretKeys); n > 0 {
		log.Info("key_rotation", "key", v.KeyID(), "previous_keys", n,
			"detail", "values sealed under previous keys are still read: run `hoshyar key rotate`, then remove HOSHYAR_PREVIOUS_SECRET_KEYS")
	}
	texts, err := locales.Load()
	if err != nil {
		return err
	}
	matrix, all, helplines, err := caseData(cfg)
	if err != nil {
		return err
	}
	cw := casework.New(matrix, nil).WithWarnings(casework.Warnings{Reports: cfg.Warnings.Reports, Days: cfg.Warnings.Days})
	m := metrics.New(pool, log)
	senders := bot.NewRegistry()
	listenCtx, stopListening := context.WithCancel(context.WithoutCancel(ctx))
	defer stopListening()
	listener := store.NewListener(pool, log)
	go listener.Run(listenCtx)
	// Hot paths tell the web chat's readers after their commit (a NOTIFY
	// inside a transaction serialises commits).
	notifier := store.NewNotifier(pool, listener, log)
	go notifier.Run(listenCtx)
	opts := jobs.Options{
		Engine: flows.New(texts, flows.Options{Helplines: helplines, TTL: cfg.ConversationTTL, Triage: casework.Signals,
			CountryName: triage.CountryName}),
		Casework:        cw,
		Matrix:          matrix,
		Senders:         senders,
		Vault:           v,
		Metrics:         m,
		Logger:          log,
		ConversationTTL: cfg.ConversationTTL,
		Listener:        listener,
		Notifier:        notifier,
		ReadWorkers:     cfg.OCR.Workers,
		ReadTimeout:     cfg.OCR.Timeout + 15*time.Second,

		TranscriptRetention: cfg.TranscriptRetention,
	}
	if reader := ocrReader(ctx, cfg, log); reader != nil {
		opts.Reader = reader
	}
	runner, err := jobs.New(pool, opts)
	if err != nil {
		return err
	}
	acks, err := store.OpenAcks(ctx, cfg.DatabaseURL)
	if err != nil {
		return err
	}
	defer acks.Close()
	ingester := bot.NewIngester(pool, v, runner, m).WithAckPool(acks).WithNotifier(notifier)

	// Limits counted per address see the client behind the trusted proxies.
	clientAddr := clientip.New(cfg.TrustedProxies).Of
	chat := webchat.New(ingester, pool, v, listener, log, webchat.Options{
		Secure: strings.HasPrefix(cfg.PublicBaseURL, "https://"), Texts: texts, ShortNumbers: shortNumbers(all),
		ExitURL: cfg.QuickExitURL, ClientAddr: clientAddr})
	senders.Register(chat)

	srv := web.New(pool, m, log, web.Options{MetricsToken: cfg.MetricsToken, MetricsApart: cfg.MetricsAddr != ""})
	chat.Routes(srv.Mux)
	srv.Quiet(webchat.FeedRoute) // a long poll every 25 s per open page
	agencies := agency.NewService(pool, v, matrix, runner, log)
	agency.NewAPI(agencies, log).Routes(srv.Mux)
	console.New(pool, agencies, log, console.Options{Secure: strings.HasPrefix(cfg.PublicBaseURL, "https://"),
		ClientAddr: clientAddr, AddressHash: func(a string) []byte { return v.Hash("console-login-address", a) }}).Routes(srv.Mux)
	// Provider work (Telegram polling, webhook registration) ends with
	// channelsCtx, before the jobs stop and the pool closes.
	channelsCtx, stopChannels := context.WithCancel(context.WithoutCancel(ctx))
	defer stopChannels()
	var background sync.WaitGroup
	channels, err := providers(channelsCtx, cfg, log, ingester, senders, srv.Mux, &background)
	if err != nil {
		stopChannels()
		background.Wait()
		return err
	}
	channelsOn := append([]string{bot.WebChat}, channels...)
	if cfg.Telegram.Enabled() {
		log.Info("channels", "on", channelsOn, "telegram_mode", cfg.Telegram.Mode)
	} else {
		log.Info("channels", "on", channelsOn)
	}
	httpSrv := srv.HTTPServer(cfg.HTTPAddr)
	ln, err := net.Listen("tcp", cfg.HTTPAddr)
	if err != nil {
		return fmt.Errorf("serve: listen on HTTP_ADDR %s: %w", cfg.HTTPAddr, err)
	}

	var mln net.Listener // /metrics apart from the public server (METRICS_ADDR)
	if cfg.MetricsAddr != "" {
		if mln, err = net.Listen("tcp", cfg.MetricsAddr); err != nil {
			ln.Close()
			return fmt.Errorf("serve: listen on METRICS_ADDR %s: %w", cfg.MetricsAddr, err)
		}
	}

	if err := runner.Start(ctx); err != nil {
		ln.Close()
		if mln != nil {
			mln.Close()
		}
		return err
	}
	serveErr := make(chan error, 1)
	go func() { serveErr <- httpSrv.Serve(ln) }()
	if mln != nil {
		msrv := srv.MetricsServer(cfg.MetricsAddr)
		go func() {
			if err := msrv.Serve(mln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				log.Warn("metrics_server_failed", "error", err)
			}
		}()
		defer msrv.Close()
		log.Info("metrics_serving", "addr", mln.Addr().String(), "token", cfg.MetricsToken != "")
	} else if cfg.MetricsToken == "" && !cfg.Local() {
		log.Warn("metrics_open", "detail", "GET /metrics answers anyone on HTTP_ADDR: set METRICS_TOKEN or METRICS_ADDR")
	}
	if cfg.PprofAddr != "" {
		prof := web.PprofServer(cfg.PprofAddr, log)
		go func() {
			if err := prof.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
				log.Warn("pprof_server_failed", "error", err)
			}
		}()
		defer prof.Close()
		log.Info("pprof_serving", "addr", cfg.PprofAddr)
	}
	log.Info("serving", "addr", ln.Addr().String(), "public_base_url", cfg.PublicBaseURL, "env", cfg.Env)
	ready(stdout, cfg)

	select {
	case <-ctx.Done():
		log.Info("shutting_down")
	case err = <-serveErr:
		log.Error("http_server_failed", "error", err)
	}

	// Stop taking requests and let in-flight ones finish (long polls end at
	// once), then let running jobs finish, then close the database.
	shutdownCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), shutdownGrace)
	defer cancel()
	chat.Close()
	stopChannels()
	background.Wait()
	if shutErr := httpSrv.Shutdown(shutdownCtx); shutErr != nil && !errors.Is(shutErr, http.ErrServerClosed) {
		log.Warn("http_shutdown", "error", shutErr)
	}
	ingester.Wait(shutdownCtx)
	if stopErr := runner.Stop(shutdownCtx); stopErr != nil {
		log.Warn("jobs_shutdown", "error", stopErr)
	}
	stopListening()
	log.Info("stopped")
	if err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// ready tells the person who started the server where to go: on stdout,
// apart from the log. In local mode it also says how to sign in to the
// console and how to stop.
func ready(w io.Writer, cfg config.Config) {
	if !cfg.Local() {
		fmt.Fprintf(w, "Hoshyar is running: web chat at %s/chat, agency console at %s/console\n", cfg.PublicBaseURL, cfg.PublicBaseURL)
		return
	}
	fmt.Fprintf(w, `
Hoshyar is running.
  Web chat:  %[1]s/chat
  Console:   %[1]s/console
  Sign in:   make user EMAIL=you@example.org AGENCY=FIA   (in another terminal; prints a password)
  Stop:      Ctrl-C
`, cfg.PublicBaseURL)
}

// readySchema migrates the schema when allowed, and otherwise refuses an
// out-of-date one; it logs the version the server runs on.
func readySchema(ctx context.Context, cfg config.Config, pool *pgxpool.Pool, log *slog.Logger) error {
	var res store.MigrateResult
	var err error
	if cfg.AutoMigrate {
		res, err = store.Migrate(ctx, pool, "")
	} else {
		err = store.CheckSchema(ctx, pool, "")
	}
	if err != nil {
		return err
	}
	version, err := store.SchemaVersion(ctx, pool)
	if err != nil {
		return err
	}
	log.Info("schema", "version", version, "applied", len(res.Applied), "river_applied", len(res.RiverApplied), "auto_migrate", cfg.AutoMigrate)
	return nil
}

// ocrReader returns the reader of images and PDFs, or nil, with one log
// line saying why, when OCR is off or Tesseract is missing: the server runs
// without it (shared contacts are still read).
func ocrReader(ctx context.Context, cfg config.Config, log *slog.Logger) *ocr.Reader {
	if cfg.OCR.Mode == "off" {
		log.Info("ocr_off", "reason", "HOSHYAR_OCR=off")
		return nil
	}
	r, err := ocr.New(ctx, ocr.Options{Tesseract: cfg.OCR.Tesseract, Timeout: cfg.OCR.Timeout})
	if err != nil {
		log.Warn("ocr_off", "reason", err.Error())
		return nil
	}
	log.Info("ocr_on", "workers", cfg.OCR.Workers, "detail", r.Describe())
	return r
}

// caseData loads the charge matrix and the helplines: the embedded
// defaults, or the operator's files. A file with errors stops the start,
// naming what is wrong. It returns all the helplines and those the
// conversation shows a person in danger.
func caseData(cfg config.Config) (*routing.Matrix, *routing.Helplines, flows.Helplines, error) {
	matrix := routing.DefaultMatrix()
	if cfg.ChargeMatrixFile != "" {
		var err error
		if matrix, err = routing.LoadMatrix(cfg.ChargeMatrixFile); err != nil {
			return nil, nil, flows.Helplines{}, fmt.Errorf("CHARGE_MATRIX_FILE: %w", err)
		}
	}
	all := routing.DefaultHelplines()
	if cfg.HelplinesFile != "" {
		var err error
		if all, err = routing.LoadHelplines(cfg.HelplinesFile); err != nil {
			return nil, nil, flows.Helplines{}, fmt.Errorf("HELPLINES_FILE: %w", err)
		}
	}
	helplines, err := casework.Helplines(all)
	if err != nil {
		return nil, nil, flows.Helplines{}, fmt.Errorf("HELPLINES_FILE: %w", err)
	}
	return matrix, all, helplines, nil
}

// shortNumbers are the shown helplines' numbers, for the web chat to link
// the short ones (15, 1122, 999…) when a message names them.
func shortNumbers(h *routing.Helplines) []string {
	var out []string
	for _, l := range h.Shown() {
		if l.Number != "" {
			out = append(out, l.Number)
		}
	}
	return out
}
