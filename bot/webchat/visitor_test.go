package webchat_test

import (
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/bot/webchat"
)

// cookieOf returns the visitor cookie the client's jar holds for the chat.
func cookieOf(t *testing.T, v *visitor) string {
	t.Helper()
	u, err := url.Parse(v.srv.URL + "/chat")
	require.NoError(t, err)
	for _, ck := range v.client.Jar.Cookies(u) {
		if ck.Name == "hoshyar_visitor" {
			return ck.Value
		}
	}
	return ""
}

func setCookie(t *testing.T, v *visitor, value string) {
	t.Helper()
	u, err := url.Parse(v.srv.URL + "/chat")
	require.NoError(t, err)
	v.client.Jar.SetCookies(u, []*http.Cookie{{Name: "hoshyar_visitor", Value: value, Path: "/chat"}})
}

// Visitor ids are signed by the server: a made-up, altered or old
// unsigned id opens no conversation, and to write it becomes a new
// visitor, counted against the address's new-visitor limit, so made-up
// ids cannot start contacts without bound.
func TestMadeUpVisitorIDs(t *testing.T) {
	t.Parallel()
	srv, _ := newServer(t, 300*time.Millisecond, func(o *webchat.Options) { o.NewVisitorsPerMinute = 4 })
	a := newVisitor(t, srv)
	code, _ := a.post(`{"text": "hello", "client_id": "a1"}`)
	require.Equal(t, http.StatusAccepted, code)
	issued0 := cookieOf(t, a)
	id, rest, ok := strings.Cut(issued0, ".")
	require.True(t, ok, issued0)
	require.Len(t, id, 22)
	require.NotEmpty(t, a.get(0).Messages)

	flipped := []byte(issued0)
	flipped[len(flipped)-1] ^= 1 // the last letter of the signature
	madeUp := base64.RawURLEncoding.EncodeToString([]byte("0123456789abcdef"))
	forgeries := []string{
		id,                    // the bare id, as cookies were before they were signed
		id + ".k." + rest[2:], // kept, under the signature of "not kept"
		string(flipped),       // a changed signature
		madeUp,                // any 22 characters, as before
		madeUp + ".s." + rest[2:],
	}
	for _, f := range forgeries {
		b := newVisitor(t, srv)
		setCookie(t, b, f)
		require.Empty(t, b.get(0).Messages, "%q reads nothing", f)
	}

	// Three more new visitors fit this minute's limit of four; a made-up
	// id is one of them, and gets a new, signed id of its own.
	for i, f := range forgeries[:3] {
		b := newVisitor(t, srv)
		setCookie(t, b, f)
		code, out := b.post(`{"text": "hello", "client_id": "f` + itoa(int64(i)) + `"}`)
		require.Equal(t, http.StatusAccepted, code, "%q: %v", f, out)
		issued := cookieOf(t, b)
		require.NotEqual(t, f, issued)
		require.NotEqual(t, issued0, issued)
		require.False(t, strings.HasPrefix(issued, id+"."), "another visitor's id is never taken over")
	}
	for _, f := range forgeries[3:] {
		b := newVisitor(t, srv)
		setCookie(t, b, f)
		code, out := b.post(`{"text": "hello"}`)
		require.Equal(t, http.StatusTooManyRequests, code, "%q: a new visitor past the limit: %v", f, out)
	}
	code, _ = a.post(`{"text": "menu", "client_id": "a2"}`)
	require.Equal(t, http.StatusAccepted, code, "the issued0 visitor is not a new one")
}

type keepFeed struct {
	Kept *bool `json:"kept"`
}

func (v *visitor) kept() *bool {
	v.t.Helper()
	res, err := v.client.Get(v.srv.URL + "/chat/api/messages?after=999999")
	require.NoError(v.t, err)
	defer res.Body.Close()
	var f keepFeed
	require.NoError(v.t, json.NewDecoder(res.Body).Decode(&f))
	return f.Kept
}

// The chat is kept for the browser session unless the visitor asks to
// keep it on the device: then the cookie lasts 30 days, until they turn it
// off again.
func TestKeepOnDevice(t *testing.T) {
	t.Parallel()
	srv, _ := newServer(t, 100*time.Millisecond)

	v := newVisitor(t, srv)
	require.Nil(t, v.kept(), "no visitor yet: nothing to say")
	res, err := v.client.Post(srv.URL+"/chat/api/keep", "application/json", strings.NewReader(`{"keep": true}`))
	require.NoError(t, err)
	res.Body.Close()
	require.Equal(t, http.StatusConflict, res.StatusCode, "nothing to keep before the first message")

	res, err = v.client.Post(srv.URL+"/chat/api/messages", "application/json", strings.NewReader(`{"text": "hello", "keep": true}`))
	require.NoError(t, err)
	res.Body.Close()
	require.Equal(t, http.StatusAccepted, res.StatusCode)
	require.Contains(t, res.Header.Get("Set-Cookie"), "Max-Age=2592000", "kept for 30 days")
	require.Equal(t, true, *v.kept())

	res, err = v.client.Post(srv.URL+"/chat/api/keep", "application/json", strings.NewReader(`{"keep": false}`))
	require.NoError(t, err)
	res.Body.Close()
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.NotContains(t, res.Header.Get("Set-Cookie"), "Max-Age", "back to the browser session")
	require.Equal(t, false, *v.kept())
	require.NotEmpty(t, v.get(0).Messages, "the same conversation")

	res, err = v.client.Post(srv.URL+"/chat/api/keep", "application/json", strings.NewReader(`{"keep": true}`))
	require.NoError(t, err)
	res.Body.Close()
	require.Contains(t, res.Header.Get("Set-Cookie"), "Max-Age=2592000")
	require.Equal(t, true, *v.kept())

	other := newVisitor(t, srv)
	res, err = other.client.Post(srv.URL+"/chat/api/messages", "application/json", strings.NewReader(`{"text": "hello"}`))
	require.NoError(t, err)
	res.Body.Close()
	require.NotContains(t, res.Header.Get("Set-Cookie"), "Max-Age", "not asked: not kept")
	require.Equal(t, false, *other.kept())
}

// Quick exit works without JavaScript: a plain GET forgets the visitor in
// this browser and sends it to the neutral site, naming nothing on the way.
func TestQuickExit(t *testing.T) {
	t.Parallel()
	srv, _ := newServer(t, 100*time.Millisecond, func(o *webchat.Options) { o.ExitURL = "https://weather.example/karachi" })
	v := newVisitor(t, srv)
	v.say(`{"text": "hello"}`)
	require.NotEmpty(t, v.get(0).Messages)

	v.client.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	res, err := v.client.Get(srv.URL + "/chat/exit")
	require.NoError(t, err)
	res.Body.Close()
	require.Equal(t, http.StatusSeeOther, res.StatusCode)
	require.Equal(t, "https://weather.example/karachi", res.Header.Get("Location"))
	require.Contains(t, res.Header.Get("Set-Cookie"), "hoshyar_visitor=;")
	require.Contains(t, res.Header.Get("Set-Cookie"), "Max-Age=0")
	require.Equal(t, `"cache"`, res.Header.Get("Clear-Site-Data"))
	require.Equal(t, "no-referrer", res.Header.Get("Referrer-Policy"))
	require.Equal(t, "no-store", res.Header.Get("Cache-Control"))
	require.Empty(t, cookieOf(t, v), "the browser no longer knows the visitor")
	require.Empty(t, v.get(0).Messages, "the page shows nothing of the conversation again")
}
