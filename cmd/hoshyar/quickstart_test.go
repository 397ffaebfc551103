package main

import (
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/internal/dbtest"
)

// quickStart returns the commands of the README's Quick start, comments
// removed.
func quickStart(t *testing.T, root string) [][]string {
	t.Helper()
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	require.NoError(t, err)
	m := regexp.MustCompile("(?s)## Quick start\n\n```sh\n(.*?)```").FindSubmatch(readme)
	require.NotNil(t, m, "README.md has a Quick start block")
	var cmds [][]string
	for _, line := range strings.Split(strings.TrimSpace(string(m[1])), "\n") {
		line, _, _ = strings.Cut(line, "#")
		cmds = append(cmds, strings.Fields(line))
	}
	return cmds
}

// The README's Quick start is the two set-up commands, and the console
// sign-in command the README gives right after it works against a
// make-run-style local setup: the local environment, a key
// kept in a file by make run's own script, a server started with that key.
// The command is run as written, from the checkout; only the environment
// points it at this test's database, key file and binary.
func TestQuickStartConsoleLogin(t *testing.T) {
	if testing.Short() {
		t.Skip("runs make, the build and the binary")
	}
	if _, err := exec.LookPath("make"); err != nil {
		t.Skip("make is not installed")
	}
	t.Parallel()
	root, err := filepath.Abs("../..")
	require.NoError(t, err)
	cmds := quickStart(t, root)
	require.Equal(t, [][]string{{"make", "run"}, {"make", "test"}}, cmds, "two set-up commands a newcomer can follow")
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	require.NoError(t, err)
	m := regexp.MustCompile("(?s)## Quick start\n.*?`(make user [^`]+)`").FindSubmatch(readme)
	require.NotNil(t, m, "the Quick start says how to sign in to the console")
	login := strings.Fields(string(m[1]))

	db := dbtest.New(t)
	dir := t.TempDir()
	env := []string{"DATABASE_URL=" + db.URL, "HOSHYAR_KEY_FILE=" + filepath.Join(dir, "secret.key"), "HOSHYAR_BIN=" + filepath.Join(dir, "hoshyar")}
	for _, kv := range os.Environ() {
		switch name, _, _ := strings.Cut(kv, "="); name {
		case "HOSHYAR_SECRET_KEY", "HOSHYAR_ENV", "DATABASE_URL", "MAKEFLAGS", "MAKELEVEL", "MFLAGS":
			// the outer make's (make test), or a developer's own settings
		default:
			env = append(env, kv)
		}
	}
	shell := func(name string, args ...string) (string, string) {
		t.Helper()
		cmd := exec.Command(name, args...)
		cmd.Dir, cmd.Env = root, env
		var stdout, stderr strings.Builder
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		require.NoError(t, cmd.Run(), "%s %v\nstdout:\n%s\nstderr:\n%s", name, args, stdout.String(), stderr.String())
		return stdout.String(), stderr.String()
	}

	// make run's key step, then its server on that key.
	shell("bash", "-c", "LOCAL_STEPS=1 source scripts/local.sh && local_key")
	key, err := os.ReadFile(filepath.Join(dir, "secret.key"))
	require.NoError(t, err)
	require.Len(t, strings.TrimSpace(string(key)), 64)
	addr := freeAddr(t)
	startServer(t, db, addr, "HOSHYAR_SECRET_KEY="+strings.TrimSpace(string(key)))

	out, errOut := shell(login[0], login[1:]...)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	password := lines[len(lines)-1]
	require.Len(t, password, 24, "the password on the last line:\n%s", out)
	require.NotContains(t, errOut, password)
	require.Contains(t, errOut, "using "+filepath.Join(dir, "secret.key"), "make run's key, not a new one")

	// Signing in with it opens the agency's queue.
	var email, agency string
	for _, a := range login[2:] {
		if v, ok := strings.CutPrefix(a, "EMAIL="); ok {
			email = v
		}
		if v, ok := strings.CutPrefix(a, "AGENCY="); ok {
			agency = v
		}
	}
	jar, err := cookiejar.New(nil)
	require.NoError(t, err)
	c := &http.Client{Jar: jar}
	res, err := c.Get("http://" + addr + "/console/login")
	require.NoError(t, err)
	page, _ := io.ReadAll(res.Body)
	res.Body.Close()
	csrf := regexp.MustCompile(`name="csrf" value="([^"]+)"`).FindSubmatch(page)
	require.NotNil(t, csrf, "the sign-in form")
	res, err = c.PostForm("http://"+addr+"/console/login", url.Values{"email": {email}, "password": {password}, "csrf": {string(csrf[1])}})
	require.NoError(t, err)
	page, _ = io.ReadAll(res.Body)
	res.Body.Close()
	require.Equal(t, http.StatusOK, res.StatusCode, string(page))
	require.Equal(t, "/console", res.Request.URL.Path, "signed in, on the queue")
	require.Contains(t, string(page), "<strong>"+agency+"</strong>", "the agency's queue")
	require.Contains(t, string(page), `action="/console/logout"`)
}
