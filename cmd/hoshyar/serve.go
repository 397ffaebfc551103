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

	"github.com/hoshyar/hoshyar/agency"
	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/bot/webchat"
	"github.com/hoshyar/hoshyar/casework"
	"github.com/hoshyar/hoshyar/config"
	"github.com/hoshyar/hoshyar/console"
	"github.com/hoshyar/hoshyar/flows"
	"github.com/hoshyar/hoshyar/jobs"
	"github.com/hoshyar/hoshyar/locales"
	"github.com/hoshyar/hoshyar/metrics"
	"github.com/hoshyar/hoshyar/routing"
	"github.com/hoshyar/hoshyar/store"
	"github.com/hoshyar/hoshyar/vault"
	"github.com/hoshyar/hoshyar/web"
)

// shutdownGrace is how long SIGTERM waits for in-flight requests and jobs.
const shutdownGrace = 25 * time.Second

func serve(ctx context.Context, cfg config.Config, log *slog.Logger, stdout io.Writer) error {
	if cfg.DevSecret {
		log.Warn("dev_secret_key", "detail", "HOSHYAR_SECRET_KEY is not set: using the public development key (local mode only)")
	}
	pool, err := openReady(ctx, cfg)
	if err != nil {
		return err
	}
	defer pool.Close()

	v, err := vault.New(cfg.SecretKey)
	if err != nil {
		return err
	}
	texts, err := locales.Load()
	if err != nil {
		return err
	}
	matrix, helplines, err := caseData(cfg)
	if err != nil {
		return err
	}
	cw := casework.New(matrix, nil)
	m := metrics.New(pool, log)
	senders := bot.NewRegistry()
	runner, err := jobs.New(pool, jobs.Options{
		Engine:          flows.New(texts, flows.Options{Helplines: helplines, TTL: cfg.ConversationTTL, Triage: casework.Signals}),
		Casework:        cw,
		Senders:         senders,
		Vault:           v,
		Metrics:         m,
		Logger:          log,
		ConversationTTL: cfg.ConversationTTL,

		TranscriptRetention: cfg.TranscriptRetention,
	})
	if err != nil {
		return err
	}
	cw.Push = runner.PushTx
	ingester := bot.NewIngester(pool, v, runner, m)
	listenCtx, stopListening := context.WithCancel(context.WithoutCancel(ctx))
	defer stopListening()
	listener := store.NewListener(pool, log)
	go listener.Run(listenCtx)

	chat := webchat.New(ingester, pool, v, listener, log, webchat.Options{Secure: strings.HasPrefix(cfg.PublicBaseURL, "https://")})
	senders.Register(chat)
	log.Info("channel", "name", bot.WebChat, "enabled", true)

	srv := web.New(pool, m, log)
	chat.Routes(srv.Mux)
	agencies := agency.NewService(pool, v, texts, runner, log)
	agency.NewAPI(agencies, log).Routes(srv.Mux)
	console.New(pool, agencies, log, console.Options{Secure: strings.HasPrefix(cfg.PublicBaseURL, "https://")}).Routes(srv.Mux)
	// Provider work (Telegram polling, webhook registration) ends with
	// channelsCtx, before the jobs stop and the pool closes.
	channelsCtx, stopChannels := context.WithCancel(context.WithoutCancel(ctx))
	defer stopChannels()
	var background sync.WaitGroup
	if err := providers(channelsCtx, cfg, log, ingester, senders, srv.Mux, &background); err != nil {
		stopChannels()
		background.Wait()
		return err
	}
	httpSrv := srv.HTTPServer(cfg.HTTPAddr)
	ln, err := net.Listen("tcp", cfg.HTTPAddr)
	if err != nil {
		return fmt.Errorf("serve: listen on HTTP_ADDR %s: %w", cfg.HTTPAddr, err)
	}

	if err := runner.Start(ctx); err != nil {
		ln.Close()
		return err
	}
	serveErr := make(chan error, 1)
	go func() { serveErr <- httpSrv.Serve(ln) }()
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
	log.Info("serving", "addr", ln.Addr().String(), "env", cfg.Env)
	fmt.Fprintf(stdout, "Hoshyar is running: web chat at %s/chat\n", cfg.PublicBaseURL)

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

// caseData loads the charge matrix and the helplines: the embedded
// defaults, or the operator's files. A file with errors stops the start,
// naming what is wrong.
func caseData(cfg config.Config) (*routing.Matrix, flows.Helplines, error) {
	matrix := routing.DefaultMatrix()
	if cfg.ChargeMatrixFile != "" {
		var err error
		if matrix, err = routing.LoadMatrix(cfg.ChargeMatrixFile); err != nil {
			return nil, flows.Helplines{}, fmt.Errorf("CHARGE_MATRIX_FILE: %w", err)
		}
	}
	all := routing.DefaultHelplines()
	if cfg.HelplinesFile != "" {
		var err error
		if all, err = routing.LoadHelplines(cfg.HelplinesFile); err != nil {
			return nil, flows.Helplines{}, fmt.Errorf("HELPLINES_FILE: %w", err)
		}
	}
	helplines, err := casework.Helplines(all)
	if err != nil {
		return nil, flows.Helplines{}, fmt.Errorf("HELPLINES_FILE: %w", err)
	}
	return matrix, helplines, nil
}
