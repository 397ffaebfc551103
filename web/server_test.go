package web_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/internal/dbtest"
	"github.com/hoshyar/hoshyar/metrics"
	"github.com/hoshyar/hoshyar/web"
)

func newServer(t *testing.T, pool *pgxpool.Pool, logs *bytes.Buffer) (*web.Server, *httptest.Server) {
	t.Helper()
	log := slog.New(slog.NewJSONHandler(logs, nil))
	s := web.New(pool, metrics.New(pool, log), log, web.Options{})
	s.Mux.HandleFunc("GET /boom", func(http.ResponseWriter, *http.Request) { panic("boom") })
	s.Mux.HandleFunc("POST /echo", func(w http.ResponseWriter, r *http.Request) {
		if _, err := io.Copy(w, r.Body); err != nil {
			http.Error(w, err.Error(), http.StatusRequestEntityTooLarge)
		}
	})
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	return s, srv
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	res, err := http.Get(url)
	require.NoError(t, err)
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	return res.StatusCode, string(b)
}

func TestHealthzFollowsTheDatabase(t *testing.T) {
	t.Parallel()
	db := dbtest.New(t)
	var logs bytes.Buffer
	_, srv := newServer(t, db.Pool, &logs)
	code, body := get(t, srv.URL+"/healthz")
	require.Equal(t, http.StatusOK, code)
	require.Equal(t, "ok\n", body)

	// A pool whose database is gone: 503, never 200.
	down, err := pgxpool.New(context.Background(), "postgres://postgres@127.0.0.1:1/none?sslmode=disable&connect_timeout=1")
	require.NoError(t, err)
	t.Cleanup(down.Close)
	_, srvDown := newServer(t, down, &logs)
	code, _ = get(t, srvDown.URL+"/healthz")
	require.Equal(t, http.StatusServiceUnavailable, code)
}

func TestMetricsAccessLogAndPanics(t *testing.T) {
	t.Parallel()
	db := dbtest.New(t)
	var logs bytes.Buffer
	_, srv := newServer(t, db.Pool, &logs)

	code, _ := get(t, srv.URL+"/boom?phone=%2B923001234567")
	require.Equal(t, http.StatusInternalServerError, code)
	code, _ = get(t, srv.URL+"/nowhere")
	require.Equal(t, http.StatusNotFound, code)

	code, body := get(t, srv.URL+"/metrics")
	require.Equal(t, http.StatusOK, code)
	require.Contains(t, body, `hoshyar_http_requests_total{code="500",route="GET /boom"} 1`)
	require.Contains(t, body, `hoshyar_http_requests_total{code="404",route="unmatched"} 1`)
	require.Contains(t, body, "hoshyar_pipeline_seconds_bucket")
	require.Contains(t, body, "go_goroutines")

	require.Contains(t, logs.String(), `"msg":"http_panic"`)
	require.Contains(t, logs.String(), `"route":"GET /boom"`)
	require.NotContains(t, logs.String(), "923001234567", "no query strings in logs")
}

func TestBodyLimit(t *testing.T) {
	t.Parallel()
	db := dbtest.New(t)
	var logs bytes.Buffer
	_, srv := newServer(t, db.Pool, &logs)
	res, err := http.Post(srv.URL+"/echo", "text/plain", strings.NewReader(strings.Repeat("x", web.MaxBodyBytes+1)))
	require.NoError(t, err)
	res.Body.Close()
	require.Equal(t, http.StatusRequestEntityTooLarge, res.StatusCode)

	res, err = http.Post(srv.URL+"/echo", "text/plain", strings.NewReader("small"))
	require.NoError(t, err)
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	require.Equal(t, "small", string(b))
}

func TestJobBacklogMetric(t *testing.T) {
	t.Parallel()
	db := dbtest.New(t)
	_, err := db.Pool.Exec(context.Background(),
		`INSERT INTO river_job (args, kind, max_attempts, queue, state) VALUES ('{}', 'process_conversation', 25, 'inbound', 'available')`)
	require.NoError(t, err)
	var logs bytes.Buffer
	_, srv := newServer(t, db.Pool, &logs)
	_, body := get(t, srv.URL+"/metrics")
	require.Contains(t, body, `hoshyar_jobs{queue="inbound",state="available"} 1`)
}

// Routes machines call over and over are logged at debug level unless they
// fail; every other route at info.
func TestQuietRoutes(t *testing.T) {
	t.Parallel()
	db := dbtest.New(t)
	var logs bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	s := web.New(db.Pool, metrics.New(db.Pool, log), log, web.Options{})
	var status atomic.Int32 // the test and the handler goroutines share it
	status.Store(http.StatusOK)
	s.Mux.HandleFunc("GET /poll", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(int(status.Load())) })
	s.Mux.HandleFunc("POST /say", func(http.ResponseWriter, *http.Request) {})
	s.Quiet("GET /poll")
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)

	level := func(route string) string {
		t.Helper()
		for _, line := range strings.Split(strings.TrimSpace(logs.String()), "\n") {
			var rec struct{ Level, Msg, Route string }
			require.NoError(t, json.Unmarshal([]byte(line), &rec))
			if rec.Msg == "http_request" && rec.Route == route {
				logs.Reset()
				return rec.Level
			}
		}
		t.Fatalf("no access line for %s in %s", route, logs.String())
		return ""
	}
	get(t, srv.URL+"/poll")
	require.Equal(t, "DEBUG", level("GET /poll"))
	get(t, srv.URL+"/healthz")
	require.Equal(t, "DEBUG", level("GET /healthz"))
	res, err := http.Post(srv.URL+"/say", "text/plain", nil)
	require.NoError(t, err)
	res.Body.Close()
	require.Equal(t, "INFO", level("POST /say"))
	status.Store(http.StatusServiceUnavailable)
	get(t, srv.URL+"/poll")
	require.Equal(t, "INFO", level("GET /poll"), "a failing quiet route is heard")
}

// /metrics can be kept from the public: behind a bearer token, or served
// only on an address of its own.
func TestMetricsProtected(t *testing.T) {
	t.Parallel()
	db := dbtest.New(t)
	log := slog.New(slog.DiscardHandler)
	scrape := func(url, auth string) int {
		req, err := http.NewRequest(http.MethodGet, url, nil)
		require.NoError(t, err)
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		res, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode == http.StatusOK {
			require.Contains(t, string(b), "go_goroutines")
		}
		return res.StatusCode
	}

	const token = "metrics-0123456789abcdef"
	s := web.New(db.Pool, metrics.New(db.Pool, log), log, web.Options{MetricsToken: token})
	public := httptest.NewServer(s.Handler())
	t.Cleanup(public.Close)
	for auth, want := range map[string]int{
		"": http.StatusUnauthorized, "Bearer wrong": http.StatusUnauthorized, "Bearer " + token + "x": http.StatusUnauthorized,
		token: http.StatusUnauthorized, "Basic " + token: http.StatusUnauthorized, "Bearer " + token: http.StatusOK,
	} {
		require.Equal(t, want, scrape(public.URL+"/metrics", auth), "%q", auth)
	}
	code, _ := get(t, public.URL+"/healthz")
	require.Equal(t, http.StatusOK, code, "health checks need no token")

	apart := web.New(db.Pool, metrics.New(db.Pool, log), log, web.Options{MetricsApart: true})
	public2 := httptest.NewServer(apart.Handler())
	t.Cleanup(public2.Close)
	require.Equal(t, http.StatusNotFound, scrape(public2.URL+"/metrics", ""), "not on the public address")
	private := httptest.NewServer(apart.MetricsServer("").Handler)
	t.Cleanup(private.Close)
	require.Equal(t, http.StatusOK, scrape(private.URL+"/metrics", ""))
	require.Equal(t, http.StatusNotFound, scrape(private.URL+"/healthz", ""), "the metrics address serves metrics only")
}
