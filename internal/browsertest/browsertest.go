// Package browsertest drives a headless Chromium from Go tests through chromedriver and
// the W3C WebDriver HTTP protocol. It uses only the standard library.
//
// A test calls Start, which skips when chromedriver or Chromium is not installed (and fails
// instead when the CI environment variable is set, so CI never skips silently), then uses
// the returned Browser. Element references are the WebDriver element ids as strings. Every
// failure ends the test with t.Fatalf. Start a test server with t.Cleanup(srv.Close) before
// calling Start: cleanups run last-in first-out, so the browser (and any long poll it holds
// open) is gone before the server closes.
//
// The session emulates a 412×915 phone screen (pixel ratio 1), or the size given to
// StartSize (390×844 is a common small phone): headless Chromium will not make a window
// narrower than 500 px, so --window-size alone is not enough.
//
// On Debian: apt-get install chromium chromium-driver.
package browsertest

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// elementKey is the W3C name of the property that carries an element reference.
const elementKey = "element-6066-11e4-a52e-4f735466cecf"

// enterKey is the WebDriver code point for the Enter key.
const enterKey = "\uE007"

// Browser is one WebDriver session in a headless Chromium.
type Browser struct {
	t      testing.TB
	base   string // http://127.0.0.1:port/session/<id>
	client *http.Client
}

// Available reports whether chromedriver and a Chromium binary are installed.
func Available() bool {
	return driverPath() != "" && chromiumPath() != ""
}

func driverPath() string {
	if p, err := exec.LookPath("chromedriver"); err == nil {
		return p
	}
	return existing("/usr/bin/chromedriver")
}

func chromiumPath() string {
	if p := existing("/usr/bin/chromium"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

func existing(path string) string {
	if fi, err := os.Stat(path); err == nil && !fi.IsDir() {
		return path
	}
	return ""
}

// unavailable skips the test, or fails it when the CI environment variable is set.
func unavailable(t testing.TB, why string) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatalf("browsertest: %s (CI is set, so this test may not be skipped)", why)
	}
	t.Skipf("browsertest: %s; install chromium and chromium-driver to run this test", why)
}

// Start launches chromedriver on a free loopback port and opens a headless Chromium session
// on a 412×915 screen. Cleanup deletes the session and stops chromedriver.
func Start(t testing.TB) *Browser {
	t.Helper()
	return StartSize(t, 412, 915)
}

// StartSize is Start on a screen of width×height CSS pixels.
func StartSize(t testing.TB, width, height int) *Browser {
	t.Helper()
	driver, chromium := driverPath(), chromiumPath()
	switch {
	case driver == "":
		unavailable(t, "chromedriver not found")
	case chromium == "":
		unavailable(t, "chromium not found")
	}

	profile := t.TempDir() // removed after the cleanups below have stopped the browser
	logPath := filepath.Join(t.TempDir(), "chromedriver.log")
	port, err := freePort()
	if err != nil {
		t.Fatalf("browsertest: find a free port: %v", err)
	}
	cmd := exec.Command(driver, fmt.Sprintf("--port=%d", port), "--log-path="+logPath)
	cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
	if err := cmd.Start(); err != nil {
		t.Fatalf("browsertest: start %s: %v", driver, err)
	}
	exited := make(chan struct{})
	go func() { _ = cmd.Wait(); close(exited) }()
	b := &Browser{t: t, client: &http.Client{Timeout: 60 * time.Second}}
	root := fmt.Sprintf("http://127.0.0.1:%d", port)
	t.Cleanup(func() {
		// chromedriver's /shutdown quits any browser it still runs (a killed chromedriver
		// leaves Chromium behind); Kill is the last resort.
		quick := &http.Client{Timeout: 5 * time.Second}
		if resp, err := quick.Get(root + "/shutdown"); err == nil {
			resp.Body.Close()
		}
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
			_ = cmd.Process.Kill()
			<-exited
		}
	})
	if err := waitReady(b.client, root, exited); err != nil {
		t.Fatalf("browsertest: chromedriver not ready: %v\n%s", err, tail(logPath))
	}

	args := []string{
		"--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-dev-shm-usage", fmt.Sprintf("--window-size=%d,%d", width, height), "--user-data-dir=" + profile,
	}
	caps := map[string]any{
		"capabilities": map[string]any{"alwaysMatch": map[string]any{
			"browserName": "chrome",
			"goog:chromeOptions": map[string]any{
				"args":   args,
				"binary": chromium,
				"mobileEmulation": map[string]any{
					"deviceMetrics": map[string]any{"width": width, "height": height, "pixelRatio": 1},
				},
			},
			"timeouts": map[string]int{"implicit": 0, "pageLoad": 30000, "script": 30000},
		}},
	}
	var created struct {
		SessionID string `json:"sessionId"`
	}
	if err := b.call(http.MethodPost, root+"/session", caps, &created); err != nil {
		t.Fatalf("browsertest: create session: %v\n%s", err, tail(logPath))
	}
	b.base = root + "/session/" + created.SessionID
	t.Cleanup(func() {
		// Closing the session quits Chromium before the profile directory is removed.
		if err := b.call(http.MethodDelete, b.base, nil, nil); err != nil {
			t.Logf("browsertest: delete session: %v", err)
		}
	})
	return b
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func waitReady(c *http.Client, root string, exited <-chan struct{}) error {
	deadline := time.Now().Add(20 * time.Second)
	for {
		var status struct {
			Ready bool `json:"ready"`
		}
		err := doJSON(c, http.MethodGet, root+"/status", nil, &status)
		if err == nil && status.Ready {
			return nil
		}
		if err == nil {
			err = errors.New("status says not ready")
		}
		select {
		case <-exited:
			return errors.New("chromedriver exited")
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			return err
		}
	}
}

// tail returns the end of the chromedriver log, for failure messages.
func tail(path string) string {
	data, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	if len(data) > 2000 {
		data = data[len(data)-2000:]
	}
	return "chromedriver log (end):\n" + string(data)
}

// wdError is the error object of a WebDriver response.
type wdError struct {
	Status  int
	Code    string `json:"error"`
	Message string `json:"message"`
}

func (e *wdError) Error() string {
	msg, _, _ := strings.Cut(e.Message, "\n")
	return fmt.Sprintf("%s (HTTP %d): %s", e.Code, e.Status, msg)
}

// call sends one WebDriver command and decodes the "value" of the response into out.
func (b *Browser) call(method, url string, body, out any) error {
	return doJSON(b.client, method, url, body, out)
}

func doJSON(c *http.Client, method, url string, body, out any) error {
	var r io.Reader
	if body != nil {
		data, err := json.Marshal(body)
		if err != nil {
			return err
		}
		r = bytes.NewReader(data)
	}
	req, err := http.NewRequest(method, url, r)
	if err != nil {
		return err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json; charset=utf-8")
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	var env struct {
		Value json.RawMessage `json:"value"`
	}
	if err := json.Unmarshal(data, &env); err != nil {
		return fmt.Errorf("HTTP %d, undecodable body %.200q: %w", resp.StatusCode, data, err)
	}
	if resp.StatusCode != http.StatusOK {
		e := &wdError{Status: resp.StatusCode}
		if json.Unmarshal(env.Value, e) != nil || e.Code == "" {
			return fmt.Errorf("HTTP %d: %.200s", resp.StatusCode, data)
		}
		return e
	}
	if out == nil {
		return nil
	}
	return json.Unmarshal(env.Value, out)
}

// must runs one command on the session and fails the test on error.
func (b *Browser) must(what, method, path string, body, out any) {
	b.t.Helper()
	if err := b.call(method, b.base+path, body, out); err != nil {
		b.t.Fatalf("browsertest: %s: %v", what, err)
	}
}

// Navigate loads url and waits for the page load to complete.
func (b *Browser) Navigate(url string) {
	b.t.Helper()
	b.must("navigate to "+url, http.MethodPost, "/url", map[string]string{"url": url}, nil)
}

// URL returns the address of the page shown.
func (b *Browser) URL() string {
	b.t.Helper()
	var s string
	b.must("current url", http.MethodGet, "/url", nil, &s)
	return s
}

// Back goes one step back in the session's history.
func (b *Browser) Back() {
	b.t.Helper()
	b.must("back", http.MethodPost, "/back", map[string]any{}, nil)
}

// Cookie is a cookie as WebDriver reports it. Expiry is 0 for a session
// cookie (none given), else seconds since the epoch.
type Cookie struct {
	Name     string `json:"name"`
	Value    string `json:"value"`
	Path     string `json:"path"`
	HTTPOnly bool   `json:"httpOnly"`
	Expiry   int64  `json:"expiry"`
}

// Cookies returns the cookies visible to the page shown, HttpOnly ones
// included.
func (b *Browser) Cookies() []Cookie {
	b.t.Helper()
	var out []Cookie
	b.must("cookies", http.MethodGet, "/cookie", nil, &out)
	return out
}

// Find returns the id of the first element matching the CSS selector, failing the test when
// there is none. It does not wait: use WaitFor for elements that appear later.
func (b *Browser) Find(css string) string {
	b.t.Helper()
	var ref map[string]string
	b.must(fmt.Sprintf("find %q", css), http.MethodPost, "/element",
		map[string]string{"using": "css selector", "value": css}, &ref)
	return ref[elementKey]
}

// FindAll returns the ids of all elements matching the CSS selector, in document order.
func (b *Browser) FindAll(css string) []string {
	b.t.Helper()
	var refs []map[string]string
	b.must(fmt.Sprintf("find all %q", css), http.MethodPost, "/elements",
		map[string]string{"using": "css selector", "value": css}, &refs)
	ids := make([]string, len(refs))
	for i, r := range refs {
		ids[i] = r[elementKey]
	}
	return ids
}

// Text returns the rendered text of an element.
func (b *Browser) Text(elem string) string {
	b.t.Helper()
	var s string
	b.must("text of element", http.MethodGet, "/element/"+elem+"/text", nil, &s)
	return s
}

// Attr returns an attribute of an element, or "" when it is absent.
func (b *Browser) Attr(elem, name string) string {
	b.t.Helper()
	var s *string
	b.must("attribute "+name, http.MethodGet, "/element/"+elem+"/attribute/"+name, nil, &s)
	if s == nil {
		return ""
	}
	return *s
}

// Click clicks an element.
func (b *Browser) Click(elem string) {
	b.t.Helper()
	b.must("click", http.MethodPost, "/element/"+elem+"/click", map[string]any{}, nil)
}

// Type sends keystrokes to an element; each "\n" in text is sent as the Enter key.
func (b *Browser) Type(elem, text string) {
	b.t.Helper()
	text = strings.ReplaceAll(text, "\n", enterKey)
	b.must("type", http.MethodPost, "/element/"+elem+"/value", map[string]string{"text": text}, nil)
}

// Exec runs script synchronously in the page, as the body of a function whose arguments are
// args, and returns its JSON-decoded result.
func (b *Browser) Exec(script string, args ...any) any {
	b.t.Helper()
	if args == nil {
		args = []any{}
	}
	var out any
	b.must("execute script", http.MethodPost, "/execute/sync", map[string]any{"script": script, "args": args}, &out)
	return out
}

// WaitFor calls cond every 100 ms until it returns true, and fails the test with what when
// timeout passes first.
func (b *Browser) WaitFor(timeout time.Duration, cond func() bool, what string) {
	b.t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			b.t.Fatalf("browsertest: timed out after %v waiting for %s", timeout, what)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// Screenshot saves a PNG of the current viewport to path, creating its directory.
func (b *Browser) Screenshot(path string) {
	b.t.Helper()
	var encoded string
	b.must("screenshot", http.MethodGet, "/screenshot", nil, &encoded)
	png, err := base64.StdEncoding.DecodeString(encoded)
	if err != nil {
		b.t.Fatalf("browsertest: decode screenshot: %v", err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		b.t.Fatalf("browsertest: screenshot dir: %v", err)
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		b.t.Fatalf("browsertest: write screenshot: %v", err)
	}
}
