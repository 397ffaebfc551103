package main

import (
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/internal/browsertest"
	"github.com/hoshyar/hoshyar/internal/dbtest"
	"github.com/hoshyar/hoshyar/locales"
)

// neutralSite stands for the neutral site Quick exit goes to, and for the
// page the person was on before the chat. It records the Referer each page
// was asked with.
type neutralSite struct {
	*httptest.Server
	mu       sync.Mutex
	referers map[string][]string
}

func newNeutralSite(t *testing.T) *neutralSite {
	s := &neutralSite{referers: map[string][]string{}}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.referers[r.URL.Path] = append(s.referers[r.URL.Path], r.Header.Get("Referer"))
		s.mu.Unlock()
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte("<!doctype html><title>Weather</title><p>Sunny, 31°C"))
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *neutralSite) seen(path string) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.referers[path]...)
}

func visitorCookie(b *browsertest.Browser) (browsertest.Cookie, bool) {
	for _, c := range b.Cookies() {
		if c.Name == "hoshyar_visitor" {
			return c, true
		}
	}
	return browsertest.Cookie{}, false
}

// The web chat on a borrowed phone: a neutral title; nothing in the
// browser's storage; a cookie that ends with the browser session unless
// the person ticks "keep this chat on this device"; and a Quick exit that
// empties the page, leaves for the neutral site, takes the chat out of
// the history (Back goes to the page before it) and makes the browser
// forget the conversation.
func TestBrowserBorrowedPhone(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the binary and a browser")
	}
	t.Parallel()
	texts := locales.MustLoad()
	site := newNeutralSite(t)
	srv := startServer(t, dbtest.New(t), freeAddr(t), "HOSHYAR_QUICK_EXIT_URL="+site.URL+"/weather")
	b := browsertest.Start(t)
	chat := "http://" + srv.addr + "/chat"

	b.Navigate(site.URL + "/before")
	b.Navigate(chat)
	require.Equal(t, "Chat", b.Exec(`return document.title`), "a neutral title")
	b.Type(b.Find("#input"), "سلام\n") // Urdu script: the Urdu greeting
	b.WaitFor(15*time.Second, func() bool {
		for _, el := range b.FindAll(".msg-bot:not(.greeting) .text") {
			if b.Text(el) == texts.T(locales.UR, "greeting", nil) {
				return true
			}
		}
		return false
	}, "the answer")
	ck, ok := visitorCookie(b)
	require.True(t, ok)
	require.True(t, ck.HTTPOnly)
	require.Zero(t, ck.Expiry, "a session cookie: the chat ends with the browser session")
	require.Equal(t, []any{float64(0), float64(0)}, b.Exec(`return [localStorage.length, sessionStorage.length]`), "nothing in the browser's storage")

	// Kept on the device, on request: 30 days; the page knows it after a reload.
	b.Click(b.Find("#keep"))
	b.WaitFor(5*time.Second, func() bool {
		ck, ok := visitorCookie(b)
		return ok && ck.Expiry > time.Now().Add(29*24*time.Hour).Unix()
	}, "the cookie kept for 30 days")
	require.Equal(t, "", b.Attr(b.Find("#keep-note"), "hidden"), "the note says who can read it")
	b.Navigate(chat)
	b.WaitFor(10*time.Second, func() bool {
		return b.Exec(`return document.getElementById('keep').checked`) == true && len(b.FindAll(".msg-visitor[data-id]")) == 1
	}, "a kept chat comes back, its switch on")
	b.Click(b.Find("#keep"))
	b.WaitFor(5*time.Second, func() bool {
		ck, ok := visitorCookie(b)
		return ok && ck.Expiry == 0
	}, "back to a session cookie")
	b.Screenshot(t.TempDir() + "/before-exit.png")

	// Quick exit.
	b.Click(b.Find("#exit"))
	b.WaitFor(10*time.Second, func() bool { return b.URL() == site.URL+"/weather" }, "the neutral site")
	require.Equal(t, []string{""}, site.seen("/weather"), "no Referer names the chat")
	b.Back()
	b.WaitFor(10*time.Second, func() bool { return b.URL() == site.URL+"/before" }, "Back skips the chat")

	b.Navigate(chat)
	_, ok = visitorCookie(b)
	require.False(t, ok, "the browser no longer knows the visitor")
	time.Sleep(1500 * time.Millisecond) // the page's first feed poll (empty without a visitor)
	require.Empty(t, b.FindAll(".msg-visitor"), "nothing of the conversation comes back")
	require.Empty(t, b.FindAll(".msg-bot:not(.greeting)"))
}

// Quick exit is a plain link: without the page's script (here its handler
// is taken off the link; chromedriver cannot drive a browser with
// JavaScript turned off) the link alone leaves for the neutral site, and
// the server makes the browser forget the visitor on the way.
func TestBrowserQuickExitWithoutScript(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the binary and a browser")
	}
	t.Parallel()
	texts := locales.MustLoad()
	site := newNeutralSite(t)
	srv := startServer(t, dbtest.New(t), freeAddr(t), "HOSHYAR_QUICK_EXIT_URL="+site.URL+"/weather")
	b := browsertest.Start(t)
	chat := "http://" + srv.addr + "/chat"
	b.Navigate(chat)
	b.Type(b.Find("#input"), "hello\n")
	b.WaitFor(15*time.Second, func() bool {
		for _, el := range b.FindAll(".msg-bot:not(.greeting) .text") {
			if b.Text(el) == texts.T(locales.EN, "greeting", nil) {
				return true
			}
		}
		return false
	}, "the answer")
	_, ok := visitorCookie(b)
	require.True(t, ok)

	b.Exec(`const a = document.getElementById('exit'); a.replaceWith(a.cloneNode(true))`) // no listener left
	b.Click(b.Find("#exit"))
	b.WaitFor(10*time.Second, func() bool { return b.URL() == site.URL+"/weather" }, "the neutral site, by the link alone")
	require.Equal(t, []string{""}, site.seen("/weather"), "no Referer names the chat")
	b.Navigate(chat)
	_, ok = visitorCookie(b)
	require.False(t, ok, "the server's answer made the browser forget the visitor")
}
