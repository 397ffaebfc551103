package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// server is a `hoshyar serve` this tool started.
type server struct {
	cmd  *exec.Cmd
	out  bytes.Buffer
	done chan error
}

// startServer starts bin serve at base on the database at databaseURL, its
// channels on the fakes.
func startServer(bin, base, databaseURL string, channels []string) (*server, error) {
	if databaseURL == "" {
		return nil, errors.New("-server needs -database-url or DATABASE_URL")
	}
	u, _ := url.Parse(base)
	s := &server{done: make(chan error, 1)}
	s.cmd = exec.Command(bin, "serve") // stopped by stop, not by the run's deadline
	// Defaults the environment may change, then what must hold (later
	// entries win).
	s.cmd.Env = append([]string{"HOSHYAR_ENV=local", "HOSHYAR_SECRET_KEY=" + secretKey, "LOG_LEVEL=warn"}, os.Environ()...)
	s.cmd.Env = append(s.cmd.Env, "DATABASE_URL="+databaseURL, "HTTP_ADDR="+u.Host, "PUBLIC_BASE_URL="+strings.TrimRight(base, "/"))
	s.cmd.Env = append(s.cmd.Env, channels...)
	s.cmd.Stdout, s.cmd.Stderr = &s.out, &s.out
	if err := s.cmd.Start(); err != nil {
		return nil, fmt.Errorf("start %s: %w", bin, err)
	}
	go func() { s.done <- s.cmd.Wait() }()
	return s, nil
}

// rssPeakMB is the server's peak resident memory so far (VmHWM), in MB.
func (s *server) rssPeakMB() float64 {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", s.cmd.Process.Pid))
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 64)
			return kb / 1024
		}
	}
	return 0
}

// stop ends the server with SIGTERM, as an operator would, and passes on
// what it logged when HOSHYAR_LOAD_SERVER_LOG names a file.
func (s *server) stop() {
	defer func() {
		if path := os.Getenv("HOSHYAR_LOAD_SERVER_LOG"); path != "" {
			_ = os.WriteFile(path, s.out.Bytes(), 0o600)
		}
	}()
	_ = s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-s.done:
	case <-time.After(30 * time.Second):
		_ = s.cmd.Process.Kill()
		<-s.done
	}
}

// waitHealthy waits for GET /healthz to answer 200.
func waitHealthy(ctx context.Context, base string) error {
	client := &http.Client{Timeout: 2 * time.Second}
	deadline := time.Now().Add(60 * time.Second)
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, base+"/healthz", nil)
		if res, err := client.Do(req); err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return nil
			}
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			return fmt.Errorf("%s/healthz did not answer 200", base)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// memory follows the server's peak resident memory: from /proc when this
// tool started it, else sampled from its /metrics.
type memory struct {
	srv *server
	mu  sync.Mutex
	max float64
}

func watchMemory(ctx context.Context, base string, srv *server) *memory {
	m := &memory{srv: srv}
	if srv != nil {
		return m
	}
	go func() {
		client := &http.Client{Timeout: 2 * time.Second}
		for ctx.Err() == nil {
			if mb := scrapeRSS(ctx, client, base); mb > 0 {
				m.mu.Lock()
				m.max = max(m.max, mb)
				m.mu.Unlock()
			}
			select {
			case <-ctx.Done():
			case <-time.After(250 * time.Millisecond):
			}
		}
	}()
	return m
}

func (m *memory) peak() float64 {
	if m.srv != nil {
		return m.srv.rssPeakMB()
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.max
}

// scrapeRSS reads process_resident_memory_bytes from /metrics, in MB,
// with the bearer token in METRICS_TOKEN when it is set.
func scrapeRSS(ctx context.Context, client *http.Client, base string) float64 {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, base+"/metrics", nil)
	if token := os.Getenv("METRICS_TOKEN"); token != "" { // the server's /metrics behind a token
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := client.Do(req)
	if err != nil {
		return 0
	}
	defer res.Body.Close()
	sc := bufio.NewScanner(res.Body)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "process_resident_memory_bytes "); ok {
			b, _ := strconv.ParseFloat(strings.TrimSpace(rest), 64)
			return b / (1 << 20)
		}
	}
	return 0
}
