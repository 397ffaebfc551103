package main

import (
	"bytes"
	"context"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/internal/dbtest"
	"github.com/hoshyar/hoshyar/vault"
)

// A key rotation without downtime: a conversation begun under key A goes
// on with a server holding B and A while `hoshyar key rotate` runs beside
// it, and then with a server holding B alone.
func TestE2EKeyRotationWhileServing(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	t.Parallel()
	db := dbtest.New(t)
	a, b := strings.Repeat("e2e-key-", 5), strings.Repeat("rotated-", 5)
	addr := freeAddr(t)
	v := &visitor{t: t, c: newChatClient(t), addr: addr}
	anyReply := func(string) bool { return true }

	srv := startServer(t, db, addr) // key A
	v.say("assalam o alaikum")
	v.waitFor(anyReply)
	v.say("1")
	v.waitFor(anyReply)
	stop(t, srv, addr)

	ring := []string{"HOSHYAR_SECRET_KEY=" + b, "HOSHYAR_PREVIOUS_SECRET_KEYS=" + a, "HOSHYAR_HASH_SECRET_KEY=" + a}
	srv = startServer(t, db, addr, ring...)
	v.say("Qatar mein driver ki naukri, 3 lakh advance maanga")
	v.waitFor(anyReply) // the state sealed under A opened; the visitor (hashed under A) known

	rotate := exec.Command(binary(t), "key", "rotate")
	rotate.Env = append(os.Environ(), append([]string{"HOSHYAR_ENV=local", "DATABASE_URL=" + db.URL}, ring...)...)
	var out bytes.Buffer
	rotate.Stdout, rotate.Stderr = &out, &out
	require.NoError(t, rotate.Start())
	v.say("bas") // written while the rotation runs, or just after it (the tables are small); store's TestRotateKeys writes mid-rotation for sure
	v.waitFor(anyReply)
	require.NoError(t, rotate.Wait(), out.String())
	require.Contains(t, out.String(), "everything is sealed under key")
	stop(t, srv, addr)

	onlyB, err := vault.NewRing([]byte(b), nil, []byte(a))
	require.NoError(t, err)
	ctx := context.Background()
	rows, err := db.Pool.Query(ctx, `SELECT body FROM messages WHERE body <> ''
		UNION ALL SELECT state #>> '{}' FROM conversations WHERE jsonb_typeof(state) = 'string'`)
	require.NoError(t, err)
	n := 0
	for rows.Next() {
		var s string
		require.NoError(t, rows.Scan(&s))
		require.True(t, onlyB.CurrentText(s), "%.20q is not under the new key", s)
		n++
	}
	require.NoError(t, rows.Err())
	require.Greater(t, n, 6)

	// The old key gone, the conversation goes on.
	startServer(t, db, addr, "HOSHYAR_SECRET_KEY="+b, "HOSHYAR_HASH_SECRET_KEY="+a)
	v.say("haan")
	v.waitFor(anyReply)
}

// stop ends a server with SIGTERM and waits until its address is free.
func stop(t *testing.T, s *server, addr string) {
	t.Helper()
	require.NoError(t, s.cmd.Process.Signal(syscall.SIGTERM))
	require.Eventually(t, func() bool {
		res, err := http.Get("http://" + addr + "/healthz")
		if err != nil {
			return true
		}
		res.Body.Close()
		return false
	}, 20*time.Second, 50*time.Millisecond, "the server stops")
}
