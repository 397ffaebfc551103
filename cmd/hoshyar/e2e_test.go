package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/cookiejar"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/internal/dbtest"
	"github.com/hoshyar/hoshyar/locales"
	"github.com/hoshyar/hoshyar/store"
)

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// binary builds cmd/hoshyar once per test run.
func binary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "hoshyar-e2e")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "hoshyar")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	require.NoError(t, buildErr)
	return binPath
}

func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()
	return l.Addr().String()
}

// healthWait is how long a started server may take to answer /healthz: a
// race-built binary on a loaded two-core machine (migrations, the embedded
// model) once took over 30 s beside the corpus replays. A wait for
// readiness, not a measure of speed.
const healthWait = 90 * time.Second

// server is one `hoshyar serve` process.
type server struct {
	t    *testing.T
	cmd  *exec.Cmd
	addr string
	out  *bytes.Buffer
	done chan error
}

func startServer(t *testing.T, db *dbtest.DB, addr string, env ...string) *server {
	t.Helper()
	cmd := exec.Command(binary(t), "serve")
	cmd.Env = append(os.Environ(),
		"HOSHYAR_ENV=local",
		"DATABASE_URL="+db.URL,
		"HTTP_ADDR="+addr,
		"PUBLIC_BASE_URL=http://"+addr,
		"HOSHYAR_SECRET_KEY="+strings.Repeat("e2e-key-", 5),
		"LOG_LEVEL=warn",
	)
	cmd.Env = append(cmd.Env, env...) // later entries win
	s := &server{t: t, cmd: cmd, addr: addr, out: &bytes.Buffer{}, done: make(chan error, 1)}
	out := &lockedWriter{w: s.out} // one lock: stdout and stderr share the buffer
	cmd.Stdout, cmd.Stderr = out, out
	require.NoError(t, cmd.Start())
	go func() { s.done <- cmd.Wait() }()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		<-s.done
		if t.Failed() {
			t.Logf("server %s output:\n%s", addr, s.output())
		}
	})
	require.Eventually(t, func() bool {
		res, err := http.Get("http://" + addr + "/healthz")
		if err != nil {
			return false
		}
		res.Body.Close()
		return res.StatusCode == http.StatusOK
	}, healthWait, 50*time.Millisecond, "server did not become healthy")
	return s
}

func (s *server) output() string {
	lw := s.cmd.Stdout.(*lockedWriter)
	lw.mu.Lock()
	defer lw.mu.Unlock()
	return s.out.String()
}

type lockedWriter struct {
	mu sync.Mutex
	w  *bytes.Buffer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

type chatClient struct {
	http *http.Client
}

func newChatClient(t *testing.T) *chatClient {
	jar, err := cookiejar.New(nil)
	require.NoError(t, err)
	return &chatClient{http: &http.Client{Jar: jar, Timeout: 5 * time.Second}}
}

// post sends text and reports the stored message id; ok is false when the
// message was not acknowledged.
func (c *chatClient) post(addr, text, clientID string) (id int64, ok bool) {
	body, _ := json.Marshal(map[string]string{"text": text, "client_id": clientID})
	res, err := c.http.Post("http://"+addr+"/chat/api/messages", "application/json", bytes.NewReader(body))
	if err != nil {
		return 0, false
	}
	defer res.Body.Close()
	var out struct{ ID int64 }
	if res.StatusCode != http.StatusAccepted || json.NewDecoder(res.Body).Decode(&out) != nil {
		return 0, false
	}
	return out.ID, true
}

// answered returns, per inbound message, its replies' statuses.
func answered(t *testing.T, db *dbtest.DB) map[int64][]string {
	t.Helper()
	rows, err := db.Pool.Query(context.Background(), `
		SELECT i.id, COALESCE(array_agg(o.status ORDER BY o.id) FILTER (WHERE o.id IS NOT NULL), '{}')
		  FROM messages i LEFT JOIN messages o ON o.in_reply_to = i.id
		 WHERE i.direction = 'in' GROUP BY i.id`)
	require.NoError(t, err)
	defer rows.Close()
	out := map[int64][]string{}
	for rows.Next() {
		var id int64
		var st []string
		require.NoError(t, rows.Scan(&id, &st))
		out[id] = st
	}
	require.NoError(t, rows.Err())
	return out
}

// Killing `hoshyar serve` with SIGKILL while web chat messages arrive, then
// starting it again, leaves every acknowledged message answered exactly once.
// SIGTERM first lets in-flight work finish and exits cleanly.
func TestE2ECrashAndRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	t.Parallel()
	db := dbtest.New(t)
	addr := freeAddr(t)
	srv := startServer(t, db, addr)

	var mu sync.Mutex
	acked := map[int64]bool{}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for v := range 6 {
		wg.Go(func() {
			c := newChatClient(t)
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				// "menu" always gets exactly one reply; so does a first "hello".
				text := "menu"
				if i == 0 {
					text = "hello"
				}
				if id, ok := c.post(addr, text, fmt.Sprintf("v%d-%d", v, i)); ok {
					mu.Lock()
					acked[id] = true
					mu.Unlock()
				} else {
					time.Sleep(50 * time.Millisecond) // server down: try on
				}
			}
		})
	}

	time.Sleep(700 * time.Millisecond)
	require.NoError(t, srv.cmd.Process.Signal(syscall.SIGTERM))
	select {
	case err := <-srv.done:
		require.NoError(t, err, "SIGTERM exits cleanly")
		srv.done <- err
	case <-time.After(40 * time.Second):
		t.Fatal("serve did not stop on SIGTERM")
	}

	srv = startServer(t, db, addr)
	time.Sleep(700 * time.Millisecond)
	require.NoError(t, srv.cmd.Process.Signal(syscall.SIGKILL))
	<-srv.done
	srv.done <- nil
	// No message arrives after the crash: what the killed process left half
	// done must be found and finished by the restarted one on its own.
	close(stop)
	wg.Wait()
	startServer(t, db, addr)

	mu.Lock()
	require.NotEmpty(t, acked)
	mu.Unlock()
	require.Eventually(t, func() bool {
		for _, st := range answered(t, db) {
			if len(st) != 1 || st[0] != "sent" {
				return false
			}
		}
		return true
	}, 60*time.Second, 200*time.Millisecond, "every stored message answered exactly once")

	all := answered(t, db)
	for id := range acked {
		require.Equal(t, []string{"sent"}, all[id], "acknowledged message %d", id)
	}
	t.Logf("%d messages acknowledged, %d stored, all answered once", len(acked), len(all))
}

// Two serve processes on one database: a visitor's messages, sent
// alternately to each, are processed in the order they arrived.
func TestE2ETwoProcessesKeepOrder(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	t.Parallel()
	db := dbtest.New(t)
	a, b := startServer(t, db, freeAddr(t)), startServer(t, db, freeAddr(t))
	texts := locales.MustLoad()

	c := newChatClient(t)
	script := []string{"hello", "language", "2", "menu", "6", "1", "menu"}
	var ids []int64
	for i, text := range script {
		addr := []string{a.addr, b.addr}[i%2]
		id, ok := c.post(addr, text, fmt.Sprint("m", i))
		require.True(t, ok, "post %q", text)
		ids = append(ids, id)
	}

	want := []string{
		texts.T(locales.EN, "greeting", nil),
		texts.T(locales.EN, "language_prompt", nil),
		texts.T(locales.URLatn, "language_set", nil),
		texts.T(locales.URLatn, "menu_prompt", nil),
		texts.T(locales.URLatn, "language_prompt", nil),
		texts.T(locales.UR, "language_set", nil),
		texts.T(locales.UR, "menu_prompt", nil),
	}
	var got []string
	require.Eventually(t, func() bool {
		got = got[:0]
		for _, id := range ids {
			var body string
			err := db.Pool.QueryRow(context.Background(),
				`SELECT body FROM messages WHERE in_reply_to = $1 AND status = 'sent' ORDER BY id LIMIT 1`, id).Scan(&body)
			if err != nil {
				return false
			}
			body, err = store.OpenText(body, "messages.body") // sealed at rest
			require.NoError(t, err)
			got = append(got, body)
		}
		return true
	}, 30*time.Second, 100*time.Millisecond)
	require.Equal(t, want, got)
}
