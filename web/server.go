// Package web is Hoshyar's HTTP server: the standard mux with method
// patterns, and the middleware every route shares (panic recovery, body
// limit, access log, metrics). Channels, the agency API and the console add
// their routes to the mux; this package owns only /healthz and /metrics,
// which can be kept behind a bearer token or served on its own address.
package web

import (
	"context"
	"crypto/subtle"
	"log/slog"
	"net/http"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/hoshyar/hoshyar/metrics"
)

// MaxBodyBytes bounds every request body unless a route sets a tighter limit.
const MaxBodyBytes = 1 << 20

// Server is the HTTP side of one Hoshyar process.
type Server struct {
	Mux     *http.ServeMux
	pool    *pgxpool.Pool
	metrics *metrics.Metrics
	log     *slog.Logger
	quiet   map[string]bool // routes whose access lines are debug unless they fail
	opts    Options
}

// Options say how /metrics is protected.
type Options struct {
	// MetricsToken, when set, must come with every scrape as
	// "Authorization: Bearer <token>" (METRICS_TOKEN); others get 401.
	MetricsToken string
	// MetricsApart keeps /metrics off the public server: it is served only
	// by MetricsServer, on its own address (METRICS_ADDR).
	MetricsApart bool
}

// New returns a server with /healthz routed, and /metrics unless it is
// served apart.
func New(pool *pgxpool.Pool, m *metrics.Metrics, log *slog.Logger, opts Options) *Server {
	s := &Server{Mux: http.NewServeMux(), pool: pool, metrics: m, log: log,
		quiet: map[string]bool{"GET /healthz": true, "GET /metrics": true}, opts: opts}
	s.Mux.HandleFunc("GET /healthz", s.healthz)
	if !opts.MetricsApart {
		s.Mux.Handle("GET /metrics", s.metricsHandler())
	}
	return s
}

// metricsHandler serves the metrics, behind the bearer token when one is
// set. The token is compared in constant time.
func (s *Server) metricsHandler() http.Handler {
	h := promhttp.HandlerFor(s.metrics.Registry, promhttp.HandlerOpts{})
	if s.opts.MetricsToken == "" {
		return h
	}
	want := []byte("Bearer " + s.opts.MetricsToken)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if subtle.ConstantTimeCompare([]byte(r.Header.Get("Authorization")), want) != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="metrics"`)
			http.Error(w, "a bearer token is required", http.StatusUnauthorized)
			return
		}
		h.ServeHTTP(w, r)
	})
}

// MetricsServer serves /metrics alone on addr (METRICS_ADDR), behind the
// token when one is set, with the access log and timeouts of the public
// server.
func (s *Server) MetricsServer(addr string) *http.Server {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", s.metricsHandler())
	return &http.Server{
		Addr:              addr,
		Handler:           s.observe(s.recoverPanics(mux)),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    32 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
}

// healthz answers 200 only when the database answers.
func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	w.Header().Set("Cache-Control", "no-store")
	if err := s.pool.Ping(ctx); err != nil {
		s.log.Warn("healthz_database_down", "error", err)
		http.Error(w, "database unavailable", http.StatusServiceUnavailable)
		return
	}
	_, _ = w.Write([]byte("ok\n"))
}

// Quiet logs the access lines of routes (mux patterns) at debug level unless
// they answer 5xx: routes called over and over by machines (health checks,
// scrapes, the web chat's long polls), whose lines would bury the rest.
// Call it before Handler.
func (s *Server) Quiet(patterns ...string) {
	for _, p := range patterns {
		s.quiet[p] = true
	}
}

// Handler is the mux wrapped in the shared middleware.
func (s *Server) Handler() http.Handler {
	return s.observe(s.recoverPanics(limitBody(s.Mux)))
}

// HTTPServer returns an http.Server for addr with sane timeouts. Write
// timeout leaves room for the web chat's long poll.
func (s *Server) HTTPServer(addr string) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           s.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    32 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
}

func limitBody(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > MaxBodyBytes {
			http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, MaxBodyBytes)
		next.ServeHTTP(w, r)
	})
}

// recoverPanics answers 500 to a handler's panic and logs it once, naming
// only the route.
func (s *Server) recoverPanics(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("http_panic", "route", r.Pattern, "panic", v)
				http.Error(w, "internal error", http.StatusInternalServerError)
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// observe writes the access log and metrics. It logs the route pattern,
// never the path, query string or body, which may hold personal data.
func (s *Server) observe(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &recorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		d := time.Since(start)
		route := r.Pattern
		if route == "" {
			route = "unmatched"
		}
		s.metrics.Request(route, rec.status, d)
		level := slog.LevelInfo
		if s.quiet[route] && rec.status < http.StatusInternalServerError {
			level = slog.LevelDebug
		}
		s.log.Log(r.Context(), level, "http_request", "route", route, "status", rec.status,
			"bytes", rec.bytes, "duration_ms", d.Milliseconds())
	})
}

type recorder struct {
	http.ResponseWriter
	status int
	bytes  int
	wrote  bool
}

func (r *recorder) WriteHeader(code int) {
	if !r.wrote {
		r.status, r.wrote = code, true
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(b []byte) (int, error) {
	r.wrote = true
	n, err := r.ResponseWriter.Write(b)
	r.bytes += n
	return n, err
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }
