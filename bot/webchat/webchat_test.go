package webchat_test

import (
	"bytes"
	"context"
	"encoding/json"
	"html/template"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/bot/webchat"
	"github.com/hoshyar/hoshyar/casework"
	"github.com/hoshyar/hoshyar/flows"
	"github.com/hoshyar/hoshyar/internal/dbtest"
	"github.com/hoshyar/hoshyar/jobs"
	"github.com/hoshyar/hoshyar/locales"
	"github.com/hoshyar/hoshyar/routing"
	"github.com/hoshyar/hoshyar/store"
	"github.com/hoshyar/hoshyar/vault"
)

var texts = locales.MustLoad()

type feed struct {
	Messages []struct {
		ID    int64  `json:"id"`
		From  string `json:"from"`
		Kind  string `json:"kind"`
		Text  string `json:"text"`
		Dir   string `json:"dir"`
		Parts []struct {
			Text string `json:"text"`
			Tel  string `json:"tel"`
			Ref  bool   `json:"ref"`
		} `json:"parts"`
		Buttons []bot.Button `json:"buttons"`
		At      time.Time    `json:"at"`
	} `json:"messages"`
}

// newServer runs the web chat over the real pipeline on a fresh schema.
func newServer(t *testing.T, wait time.Duration, edit ...func(*webchat.Options)) (*httptest.Server, *dbtest.DB) {
	t.Helper()
	db := dbtest.New(t)
	log := slog.New(slog.DiscardHandler)
	v, err := vault.New([]byte(strings.Repeat("w", 32)))
	require.NoError(t, err)
	senders := bot.NewRegistry()
	ctx, cancel := context.WithCancel(context.Background())
	listener := store.NewListener(db.Pool, log)
	go listener.Run(ctx)
	// As in production: readers are told after the commit.
	notifier := store.NewNotifier(db.Pool, listener, log)
	go notifier.Run(ctx)
	runner, err := jobs.New(db.Pool, jobs.Options{
		Schema: db.Schema, Engine: flows.New(texts, flows.Options{Helplines: casework.DefaultHelplines(), TTL: time.Hour, Triage: casework.Signals}),
		Senders: senders, Vault: v, Logger: log, ConversationTTL: time.Hour,
		Casework: casework.New(routing.DefaultMatrix(), nil), Notifier: notifier,
	})
	require.NoError(t, err)
	opts := webchat.Options{PollWait: wait, Texts: texts, ShortNumbers: []string{"15", "1122"}}
	for _, e := range edit {
		e(&opts)
	}
	chat := webchat.New(bot.NewIngester(db.Pool, v, runner, nil).WithNotifier(notifier), db.Pool, v, listener, log, opts)
	senders.Register(chat)
	require.NoError(t, runner.Start(ctx))
	mux := http.NewServeMux()
	chat.Routes(mux)
	srv := httptest.NewServer(mux)
	t.Cleanup(func() {
		chat.Close()
		srv.Close()
		stopCtx, stop := context.WithTimeout(context.Background(), 10*time.Second)
		defer stop()
		require.NoError(t, runner.Stop(stopCtx))
		cancel()
	})
	return srv, db
}

type visitor struct {
	t      *testing.T
	srv    *httptest.Server
	client *http.Client
	last   int64
}

func newVisitor(t *testing.T, srv *httptest.Server) *visitor {
	jar, err := cookiejar.New(nil)
	require.NoError(t, err)
	return &visitor{t: t, srv: srv, client: &http.Client{Jar: jar, Timeout: 40 * time.Second}}
}

func (v *visitor) post(body string) (int, map[string]any) {
	v.t.Helper()
	res, err := v.client.Post(v.srv.URL+"/chat/api/messages", "application/json", strings.NewReader(body))
	require.NoError(v.t, err)
	defer res.Body.Close()
	var out map[string]any
	_ = json.NewDecoder(res.Body).Decode(&out)
	return res.StatusCode, out
}

func (v *visitor) get(after int64) feed {
	v.t.Helper()
	res, err := v.client.Get(v.srv.URL + "/chat/api/messages?after=" + itoa(after))
	require.NoError(v.t, err)
	defer res.Body.Close()
	require.Equal(v.t, http.StatusOK, res.StatusCode)
	var f feed
	require.NoError(v.t, json.NewDecoder(res.Body).Decode(&f))
	return f
}

// say sends text (or a choice) and returns the bot's replies to it.
func (v *visitor) say(body string) []string {
	v.t.Helper()
	code, out := v.post(body)
	require.Equal(v.t, http.StatusAccepted, code, out)
	id := int64(out["id"].(float64))
	var replies []string
	var lastButtons []bot.Button
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		f := v.get(v.last)
		for _, m := range f.Messages {
			v.last = m.ID
			if m.From == "bot" && m.ID > id {
				replies = append(replies, m.Text)
				lastButtons = m.Buttons
			}
		}
		if lastButtons != nil { // every exchange ends with a question and its choices
			return replies
		}
	}
	v.t.Fatalf("no reply with choices to %s", body)
	return nil
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// The issue's promise: "سلام" is answered in Urdu, "salam" and "assalam o
// alaikum bhai" in Roman Urdu (the script they were written in), "hello"
// in English, each with the main menu; menu and language work in all
// three.
func TestGreetingsMenuAndLanguage(t *testing.T) {
	t.Parallel()
	srv, _ := newServer(t, 2*time.Second)
	for _, c := range []struct{ text, locale string }{
		{"سلام", locales.UR},
		{"salam", locales.URLatn},
		{"assalam o alaikum bhai", locales.URLatn},
		{"hello", locales.EN},
	} {
		v := newVisitor(t, srv)
		replies := v.say(`{"text": ` + quote(c.text) + `}`)
		require.Equal(t, []string{texts.T(c.locale, "greeting", nil)}, replies, c.text)

		menuWord := map[string]string{locales.UR: "مینو", locales.URLatn: "menu", locales.EN: "menu"}[c.locale]
		require.Equal(t, []string{texts.T(c.locale, "menu_prompt", nil)}, v.say(`{"text": `+quote(menuWord)+`}`))

		langWord := map[string]string{locales.UR: "زبان", locales.URLatn: "zaban", locales.EN: "language"}[c.locale]
		require.Equal(t, []string{texts.T(c.locale, "language_prompt", nil)}, v.say(`{"text": `+quote(langWord)+`}`))
		require.Equal(t, texts.T(locales.EN, "language_set", nil), v.say(`{"choice": "lang:en"}`)[0])
	}
}

func TestPressedButtonShowsItsLabel(t *testing.T) {
	t.Parallel()
	srv, _ := newServer(t, 2*time.Second)
	v := newVisitor(t, srv)
	v.say(`{"text": "hello"}`)
	code, out := v.post(`{"choice": "language", "client_id": "c-1"}`)
	require.Equal(t, http.StatusAccepted, code)
	f := v.get(int64(out["id"].(float64)) - 1)
	require.Equal(t, "visitor", f.Messages[0].From)
	require.Equal(t, texts.T(locales.EN, "menu_language", nil), f.Messages[0].Text)
}

func TestCookieAndIsolation(t *testing.T) {
	t.Parallel()
	srv, _ := newServer(t, 300*time.Millisecond)
	a := newVisitor(t, srv)
	res, err := a.client.Post(srv.URL+"/chat/api/messages", "application/json", strings.NewReader(`{"text":"hello"}`))
	require.NoError(t, err)
	res.Body.Close()
	ck := res.Header.Get("Set-Cookie")
	require.Contains(t, ck, "HttpOnly")
	require.Contains(t, ck, "SameSite=Lax")
	require.Contains(t, ck, "Path=/chat")
	require.NotContains(t, ck, "Max-Age", "by default the chat lasts as long as the browser session")
	require.NotContains(t, ck, "Expires")

	b := newVisitor(t, srv)
	require.Empty(t, b.get(0).Messages, "a visitor without a cookie sees nothing")
	b.client.Jar.SetCookies(res.Request.URL, []*http.Cookie{{Name: "hoshyar_visitor", Value: "forged"}})
	require.Empty(t, b.get(0).Messages, "a malformed visitor id sees nothing")
	require.NotEmpty(t, a.get(0).Messages)
}

func TestBadInput(t *testing.T) {
	t.Parallel()
	srv, db := newServer(t, 300*time.Millisecond)
	v := newVisitor(t, srv)
	cases := []struct {
		name string
		body string
		code int
	}{
		{"empty text", `{"text": "   "}`, http.StatusBadRequest},
		{"nothing", `{}`, http.StatusBadRequest},
		{"garbage", `{"text": `, http.StatusBadRequest},
		{"not json", `hello`, http.StatusBadRequest},
		{"bad client id", `{"text": "hi", "client_id": "<script>"}`, http.StatusBadRequest},
		{"long choice", `{"choice": "` + strings.Repeat("x", 65) + `"}`, http.StatusBadRequest},
		{"too many letters", `{"text": "` + strings.Repeat("ب", webchat.MaxTextRunes+1) + `"}`, http.StatusRequestEntityTooLarge},
		{"too many bytes", `{"text": "` + strings.Repeat("\\u0628", 20000) + `"}`, http.StatusRequestEntityTooLarge},
	}
	for _, c := range cases {
		code, out := v.post(c.body)
		require.Equal(t, c.code, code, c.name)
		require.NotEmpty(t, out["error"], c.name)
	}
	var n int
	require.NoError(t, db.Pool.QueryRow(context.Background(), `SELECT count(*) FROM messages`).Scan(&n))
	require.Zero(t, n, "nothing stored from bad input")

	// A 4,000-character pasted advert in Urdu with marks and digits is kept whole.
	paste := strings.Repeat("نوکری ۰۳۰۰\u200f", 400)
	code, out := v.post(`{"text": ` + quote(paste) + `}`)
	require.Equal(t, http.StatusAccepted, code, out)
	var body string
	require.NoError(t, db.Pool.QueryRow(context.Background(), `SELECT body FROM messages WHERE direction = 'in'`).Scan(&body))
	require.NotContains(t, body, "نوکری", "sealed at rest")
	body, err := store.OpenText(body, "messages.body")
	require.NoError(t, err)
	require.Equal(t, paste, body)
}

func TestRetriedPostIsStoredOnce(t *testing.T) {
	t.Parallel()
	srv, db := newServer(t, 300*time.Millisecond)
	v := newVisitor(t, srv)
	code1, out1 := v.post(`{"text": "hello", "client_id": "abc-123"}`)
	code2, out2 := v.post(`{"text": "hello", "client_id": "abc-123"}`)
	require.Equal(t, http.StatusAccepted, code1)
	require.Equal(t, http.StatusAccepted, code2)
	require.Equal(t, out1["id"], out2["id"])
	var n int
	require.NoError(t, db.Pool.QueryRow(context.Background(), `SELECT count(*) FROM messages WHERE direction = 'in'`).Scan(&n))
	require.Equal(t, 1, n)

	// Another visitor may use the same client id.
	other := newVisitor(t, srv)
	code3, out3 := other.post(`{"text": "hello", "client_id": "abc-123"}`)
	require.Equal(t, http.StatusAccepted, code3)
	require.NotEqual(t, out1["id"], out3["id"])
}

func TestLongPollWakesOnReply(t *testing.T) {
	t.Parallel()
	srv, _ := newServer(t, 30*time.Second)
	v := newVisitor(t, srv)
	v.say(`{"text": "hello"}`)
	got := make(chan feed, 1)
	go func() { got <- v.get(v.last) }()
	time.Sleep(200 * time.Millisecond) // let the poll start waiting
	code, _ := v.post(`{"text": "menu"}`)
	require.Equal(t, http.StatusAccepted, code)
	select {
	case f := <-got:
		require.NotEmpty(t, f.Messages)
	case <-time.After(20 * time.Second):
		t.Fatal("the long poll did not wake up")
	}
}

func TestLongPollTimesOutEmpty(t *testing.T) {
	t.Parallel()
	srv, _ := newServer(t, 200*time.Millisecond)
	v := newVisitor(t, srv)
	v.say(`{"text": "hello"}`)
	require.Empty(t, v.get(v.last).Messages)

	res, err := v.client.Get(srv.URL + "/chat/api/messages?after=-1")
	require.NoError(t, err)
	res.Body.Close()
	require.Equal(t, http.StatusBadRequest, res.StatusCode)
}

func TestPage(t *testing.T) {
	t.Parallel()
	srv, _ := newServer(t, 200*time.Millisecond)
	for path, want := range map[string]string{
		"/chat":                 `id="messages"`,
		"/chat/static/chat.js":  "/chat/api/messages",
		"/chat/static/chat.css": "dir",
	} {
		res, err := http.Get(srv.URL + path)
		require.NoError(t, err)
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		require.Equal(t, http.StatusOK, res.StatusCode, path)
		require.True(t, bytes.Contains(b, []byte(want)), path)
		if path == "/chat" {
			require.Contains(t, res.Header.Get("Content-Security-Policy"), "script-src 'self'")
			require.Contains(t, res.Header.Get("Content-Type"), "text/html")
			require.Equal(t, "no-store", res.Header.Get("Cache-Control"), "nothing of the chat in the device's cache")
			require.Contains(t, string(b), "<title>Chat</title>", "a neutral title in the tab list and history")
			require.Contains(t, string(b), `<a id="exit" class="exit" href="/chat/exit" target="_top" rel="noreferrer">`, "Quick exit, a plain link")
		}
	}
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func TestFloodingIsRefused(t *testing.T) {
	t.Parallel()
	srv, _ := newServer(t, 200*time.Millisecond)
	v := newVisitor(t, srv)
	for i := range 30 {
		code, _ := v.post(`{"text": "hello", "client_id": "f` + strconv.Itoa(i) + `"}`)
		require.Equal(t, http.StatusAccepted, code, i)
	}
	code, out := v.post(`{"text": "one too many", "client_id": "f-last"}`)
	require.Equal(t, http.StatusTooManyRequests, code)
	require.NotEmpty(t, out["error"])
}

// The page greets before anything is typed, in three languages, with the
// main options as buttons whose values are the engine's; opening it stores
// nothing.
func TestPageGreets(t *testing.T) {
	t.Parallel()
	srv, db := newServer(t, 200*time.Millisecond)
	get := func(acceptLanguage string) string {
		req, err := http.NewRequest(http.MethodGet, srv.URL+"/chat", nil)
		require.NoError(t, err)
		req.Header.Set("Accept-Language", acceptLanguage)
		res, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		defer res.Body.Close()
		require.Equal(t, http.StatusOK, res.StatusCode)
		require.Empty(t, res.Header.Values("Set-Cookie"), "no visitor id before the visitor writes")
		b, err := io.ReadAll(res.Body)
		require.NoError(t, err)
		return string(b)
	}
	page := get("en-GB,en;q=0.9")
	for _, l := range locales.All {
		require.Contains(t, page, template.HTMLEscapeString(texts.T(l, "greeting", nil)), l)
		require.Contains(t, page, template.HTMLEscapeString(texts.T(l, "menu_help", nil)), l)
	}
	require.Contains(t, page, `<p class="text" lang="ur" dir="rtl">`)
	require.Contains(t, page, `<div class="choices" role="group" lang="ur" dir="rtl" data-locale="ur" hidden>`)
	require.Contains(t, page, `<div class="choices" role="group" lang="en" dir="ltr" data-locale="en">`)
	for _, value := range []string{flows.ChoiceReport, flows.ChoiceHelp, flows.ChoiceVerify, flows.ChoiceStatus, flows.ChoiceHuman} {
		require.Equal(t, 3, strings.Count(page, `data-value="`+value+`"`), value)
	}
	require.Contains(t, get("ur-PK,ur;q=0.9,en;q=0.5"), `data-locale="ur">`, "an Urdu browser sees Urdu buttons first")
	require.NotContains(t, get("ur-PK,ur;q=0.9,en;q=0.5"), `data-locale="ur" hidden>`)

	var n int
	require.NoError(t, db.Pool.QueryRow(context.Background(),
		`SELECT (SELECT count(*) FROM contacts) + (SELECT count(*) FROM conversations) + (SELECT count(*) FROM messages)`).Scan(&n))
	require.Zero(t, n, "the greeting is not stored")
}

// A tap on the greeting's help button reaches the engine as a button
// press: the emergency numbers come back, and in the feed the numbers are
// tel: links in their dialable form.
func TestGreetingTapAndTappableNumbers(t *testing.T) {
	t.Parallel()
	srv, _ := newServer(t, 2*time.Second)
	v := newVisitor(t, srv)
	label := texts.T(locales.EN, "menu_help", nil)
	code, out := v.post(`{"choice": "help", "text": ` + quote(label) + `}`)
	require.Equal(t, http.StatusAccepted, code, out)
	id := int64(out["id"].(float64))
	var f feed
	require.Eventually(t, func() bool {
		f = v.get(0)
		return len(f.Messages) >= 2
	}, 15*time.Second, 50*time.Millisecond)
	require.Equal(t, id, f.Messages[0].ID)
	require.Equal(t, label, f.Messages[0].Text, "the visitor sees the words they tapped")
	require.Empty(t, f.Messages[0].Parts, "the visitor's own words are not linked")

	help := f.Messages[1]
	require.Equal(t, "bot", help.From)
	h := casework.DefaultHelplines()
	require.Contains(t, help.Text, h.Police, "the emergency numbers")
	var tels []string
	var joined strings.Builder
	for _, p := range help.Parts {
		joined.WriteString(p.Text)
		if p.Tel != "" {
			tels = append(tels, p.Tel)
		}
	}
	require.Equal(t, help.Text, joined.String())
	require.Subset(t, tels, []string{"15", "1122"})
	require.Contains(t, tels, "+92519207887", "the crisis cell, dialable from abroad")
	require.Equal(t, "ltr", help.Dir)
}

// An Urdu reply runs right to left, whatever its first letter.
func TestFeedDirection(t *testing.T) {
	t.Parallel()
	srv, _ := newServer(t, 2*time.Second)
	v := newVisitor(t, srv)
	v.say(`{"text": "salam جی"}`) // Urdu: a word in its script, most letters Roman
	f := v.get(0)
	require.Len(t, f.Messages, 2)
	require.Equal(t, "ltr", f.Messages[0].Dir, "salam is Roman letters")
	require.Equal(t, "rtl", f.Messages[1].Dir)
	require.NotEmpty(t, f.Messages[1].Buttons)
	require.Empty(t, f.Messages[1].Parts, "parts only when a number or reference is marked")
}
