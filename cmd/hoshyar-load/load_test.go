package main

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/internal/dbtest"
)

func TestMain(m *testing.M) { dbtest.Main(m) }

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// hoshyar builds cmd/hoshyar once.
func hoshyar(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "hoshyar-load-test")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "hoshyar")
		out, err := exec.Command("go", "build", "-o", binPath, "../hoshyar").CombinedOutput()
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

// Every mode runs end to end at a tiny size against a server it starts:
// a smoke test of the tool and of each channel's path, with no timing
// asserted (speed is measured with scripts/bench.sh).
func TestEveryModeSmoke(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	t.Parallel()
	for _, mode := range []string{modeWebChat, modeTelegram, modeWhatsApp, modeSMS} {
		t.Run(mode, func(t *testing.T) {
			t.Parallel()
			db := dbtest.New(t)
			c := config{mode: mode, target: "http://" + freeAddr(t), reporters: 3, messages: 2,
				limit: 2 * time.Minute, server: hoshyar(t), databaseURL: db.URL}
			var out bytes.Buffer
			rep, err := run(context.Background(), c, &out)
			require.NoError(t, err, out.String())
			require.Equal(t, 6, rep.Answered, out.String())
			require.Zero(t, rep.Failed, out.String())
			require.Positive(t, rep.RSSPeakMB, "the server's memory is read")
			if mode != modeWebChat {
				require.GreaterOrEqual(t, rep.Provider.Calls, 6, "the replies reached the fake provider")
			}
			require.Contains(t, out.String(), "answers/s")
		})
	}
}

// The tool refuses what it must not do.
func TestRefuses(t *testing.T) {
	t.Parallel()
	for name, c := range map[string]config{
		"a remote target":           {mode: modeWebChat, target: "http://example.org", reporters: 1, messages: 1},
		"an unknown mode":           {mode: "fax", target: "http://127.0.0.1:1", reporters: 1, messages: 1},
		"too many reporters":        {mode: modeWebChat, target: "http://127.0.0.1:1", reporters: 20001, messages: 1},
		"a provider without fakes":  {mode: modeTelegram, target: "http://127.0.0.1:1", reporters: 1, messages: 1},
		"fakes on a remote address": {mode: modeTelegram, target: "http://127.0.0.1:1", reporters: 1, messages: 1, fakeAddr: "10.0.0.1:9"},
	} {
		_, err := run(context.Background(), c, &bytes.Buffer{})
		require.Error(t, err, name)
	}
}
