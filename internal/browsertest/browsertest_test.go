package browsertest

import (
	"bytes"
	"fmt"
	"image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>browsertest</title></head>
<body>
<p id="greeting" lang="ur" dir="auto">السلام علیکم، ہوشیار</p>
<p id="status" data-state="idle">waiting</p>
<button id="go" type="button">Go</button>
<input id="name" dir="auto" aria-label="name">
<p id="echo"></p>
<ul><li class="item">one</li><li class="item">two</li><li class="item">تین</li></ul>
<script>
document.getElementById('go').addEventListener('click', function () {
  var s = document.getElementById('status');
  setTimeout(function () { s.textContent = 'clicked'; s.dataset.state = 'done'; }, 200);
});
document.getElementById('name').addEventListener('keydown', function (e) {
  if (e.key === 'Enter') document.getElementById('echo').textContent = 'hello ' + this.value;
});
</script>
</body></html>`

func TestBrowser(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte(page))
	}))
	t.Cleanup(srv.Close) // registered before Start, so it runs after the browser has closed

	b := Start(t)
	b.Navigate(srv.URL)

	if got, want := b.Text(b.Find("#greeting")), "السلام علیکم، ہوشیار"; got != want {
		t.Fatalf("greeting = %q, want %q", got, want)
	}
	if got := b.Attr(b.Find("#greeting"), "dir"); got != "auto" {
		t.Fatalf("dir attribute = %q, want auto", got)
	}
	if got := b.Attr(b.Find("#greeting"), "data-missing"); got != "" {
		t.Fatalf("absent attribute = %q, want empty", got)
	}
	items := b.FindAll("li.item")
	if len(items) != 3 || b.Text(items[2]) != "تین" {
		t.Fatalf("items = %d, want 3 ending in تین", len(items))
	}
	if n := len(b.FindAll(".nothing-here")); n != 0 {
		t.Fatalf("FindAll of a missing selector = %d elements, want 0", n)
	}

	status := b.Find("#status")
	b.Click(b.Find("#go"))
	b.WaitFor(5*time.Second, func() bool { return b.Text(status) == "clicked" }, "status to change after click")
	if got := b.Attr(status, "data-state"); got != "done" {
		t.Fatalf("data-state = %q, want done", got)
	}

	b.Type(b.Find("#name"), "Ali ہوشیار\n")
	echo := b.Find("#echo")
	b.WaitFor(5*time.Second, func() bool { return b.Text(echo) != "" }, "echo after Enter")
	if got, want := b.Text(echo), "hello Ali ہوشیار"; got != want {
		t.Fatalf("echo = %q, want %q", got, want)
	}

	if got := b.Exec("return arguments[0] + document.querySelectorAll(arguments[1]).length", 40, "li"); got != float64(43) {
		t.Fatalf("Exec = %v (%T), want 43", got, got)
	}
	if got := b.Exec("return window.innerWidth"); got != float64(412) {
		t.Fatalf("viewport width = %v, want 412", got)
	}

	shot := filepath.Join(t.TempDir(), "shots", "page.png")
	b.Screenshot(shot)
	data, err := os.ReadFile(shot)
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := png.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("screenshot is not a PNG: %v", err)
	}
	if cfg.Width != 412 || cfg.Height < 400 {
		t.Fatalf("screenshot is %dx%d, want 412 wide and at least 400 high", cfg.Width, cfg.Height)
	}
	if dir := os.Getenv("BROWSERTEST_KEEP"); dir != "" {
		_ = os.WriteFile(filepath.Join(dir, "browsertest.png"), data, 0o644)
	}
}

func TestStartSize(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte(page))
	}))
	t.Cleanup(srv.Close)
	b := StartSize(t, 390, 844)
	b.Navigate(srv.URL)
	if got := b.Exec("return [window.innerWidth, window.innerHeight]"); fmt.Sprint(got) != "[390 844]" {
		t.Fatalf("viewport = %v, want [390 844]", got)
	}
}

// fakeTB records whether Skip or Fatal was called; both end the calling goroutine like the
// real ones do.
type fakeTB struct {
	testing.TB
	skipped, failed bool
}

func (f *fakeTB) Helper()               {}
func (f *fakeTB) Skipf(string, ...any)  { f.skipped = true; runtime.Goexit() }
func (f *fakeTB) Fatalf(string, ...any) { f.failed = true; runtime.Goexit() }

func TestUnavailableSkipsOnlyOutsideCI(t *testing.T) {
	for _, tc := range []struct {
		ci                string
		wantSkip, wantErr bool
	}{
		{ci: "", wantSkip: true},
		{ci: "true", wantErr: true},
	} {
		t.Setenv("CI", tc.ci)
		f := &fakeTB{TB: t}
		done := make(chan struct{})
		go func() {
			defer close(done)
			unavailable(f, "chromedriver not found")
		}()
		<-done
		if f.skipped != tc.wantSkip || f.failed != tc.wantErr {
			t.Errorf("CI=%q: skipped=%v failed=%v, want skipped=%v failed=%v",
				tc.ci, f.skipped, f.failed, tc.wantSkip, tc.wantErr)
		}
	}
}
