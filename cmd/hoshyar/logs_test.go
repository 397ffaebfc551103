package main

import (
	"encoding/json"
	"io/fs"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/internal/dbtest"
	"github.com/hoshyar/hoshyar/migrations"
)

type logLine struct {
	Level string         `json:"level"`
	Msg   string         `json:"msg"`
	Attrs map[string]any `json:"-"`
}

// logLines parses the server's JSON log lines (stdout's banner is skipped).
func logLines(t *testing.T, out string) []logLine {
	t.Helper()
	var lines []logLine
	for _, raw := range strings.Split(out, "\n") {
		if !strings.HasPrefix(raw, "{") {
			continue
		}
		var l logLine
		require.NoError(t, json.Unmarshal([]byte(raw), &l), raw)
		require.NoError(t, json.Unmarshal([]byte(raw), &l.Attrs), raw)
		lines = append(lines, l)
	}
	return lines
}

func only(t *testing.T, lines []logLine, msg string) logLine {
	t.Helper()
	var found []logLine
	for _, l := range lines {
		if l.Msg == msg {
			found = append(found, l)
		}
	}
	require.Len(t, found, 1, "one %q line", msg)
	return found[0]
}

func routeLevels(lines []logLine, route string) []string {
	var out []string
	for _, l := range lines {
		if l.Msg == "http_request" && l.Attrs["route"] == route {
			out = append(out, l.Level)
		}
	}
	return out
}

// At the default level the start says, once each, which schema the server
// runs on, which channels are on and where it listens; a web chat's long
// polls and River's routine reports are debug lines, which LOG_LEVEL=debug
// brings back.
func TestStartupLogs(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the binary")
	}
	t.Parallel()
	files, err := fs.Glob(migrations.FS, "*.sql")
	require.NoError(t, err)
	newest := slices.Max(files)

	chat := func(srv *server) {
		t.Helper()
		c := newChatClient(t)
		_, ok := c.post(srv.addr, "hello", "logs-1")
		require.True(t, ok)
		res, err := c.http.Get("http://" + srv.addr + "/chat/api/messages?after=0")
		require.NoError(t, err)
		res.Body.Close()
		require.Equal(t, http.StatusOK, res.StatusCode)
	}

	info := startServer(t, dbtest.New(t), freeAddr(t), "LOG_LEVEL=info", "LOG_FORMAT=json")
	chat(info)
	var lines []logLine
	require.Eventually(t, func() bool {
		lines = logLines(t, info.output())
		return len(routeLevels(lines, "GET /chat/api/messages")) == 0 && len(routeLevels(lines, "POST /chat/api/messages")) == 1
	}, 5*time.Second, 20*time.Millisecond)
	schema := only(t, lines, "schema")
	require.Equal(t, "INFO", schema.Level)
	require.Equal(t, newest, schema.Attrs["version"])
	channels := only(t, lines, "channels")
	require.Equal(t, []any{"webchat"}, channels.Attrs["on"])
	serving := only(t, lines, "serving")
	require.Equal(t, info.addr, serving.Attrs["addr"])
	require.Equal(t, []string{"INFO"}, routeLevels(lines, "POST /chat/api/messages"))
	require.Contains(t, info.output(), "Web chat:  http://"+info.addr+"/chat")
	require.Contains(t, info.output(), "Console:   http://"+info.addr+"/console")
	require.Contains(t, info.output(), "make user EMAIL=")

	debug := startServer(t, dbtest.New(t), freeAddr(t), "LOG_LEVEL=debug", "LOG_FORMAT=json")
	chat(debug)
	var producer []logLine
	require.Eventually(t, func() bool {
		lines = logLines(t, debug.output())
		producer = producer[:0]
		for _, l := range lines {
			if l.Attrs["component"] == "river" {
				producer = append(producer, l)
			}
		}
		// River reports its job stats every 5 s; the poll's access line is
		// written just after its answer, so the client may be first.
		return len(producer) > 0 && len(routeLevels(lines, "GET /chat/api/messages")) > 0
	}, 15*time.Second, 100*time.Millisecond, "River's routine lines and the poll's, at debug")
	for _, l := range producer {
		require.Equal(t, "DEBUG", l.Level)
	}
	require.Equal(t, []string{"DEBUG"}, routeLevels(lines, "GET /chat/api/messages"))
	for _, l := range lines {
		if l.Level == "INFO" && l.Attrs["component"] == "river" {
			t.Errorf("River line at info: %s", l.Msg)
		}
	}
}
