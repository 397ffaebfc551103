// Package webchat is the web chat channel: a small chat page an agency can
// put on its site (GET /chat) and the JSON API it talks to. A visitor is
// known by a random id in an HttpOnly cookie the server signs, kept for the
// browser session unless they ask to keep the chat on the device
// (visitor.go); their messages go through the same pipeline as every
// channel's, and replies are read back by long poll. A Quick exit leaves
// the page for a neutral site in one tap, with or without JavaScript
// (exit.go).
//
// The page greets before anything is typed: the greeting in Urdu, Roman
// Urdu and English with the main options as buttons, in the page itself,
// so nothing is stored until the visitor writes or taps. The feed gives
// each message its direction (Urdu runs right to left) and its parts:
// phone numbers in a dialable form become tel: links, and numbers and
// references never break across lines.
package webchat

import (
	"context"
	"crypto/rand"
	"embed"
	"log/slog"
	"net/http"
	"net/netip"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/clientip"
	"github.com/hoshyar/hoshyar/locales"
	"github.com/hoshyar/hoshyar/store"
	"github.com/hoshyar/hoshyar/vault"
)

//go:embed static
var static embed.FS

// Limits of the API.
const (
	MaxTextRunes  = 8000     // a long pasted advert fits; more is refused with 413
	maxBodyBytes  = 64 << 10 // JSON of MaxTextRunes Urdu letters, escaped
	maxChoiceLen  = 64
	maxClientID   = 64
	feedPageLimit = 100
)

// Channel is the web chat.
type Channel struct {
	ingest   *bot.Ingester
	pool     *pgxpool.Pool
	vault    *vault.Vault
	listener *store.Listener
	log      *slog.Logger
	secure   bool          // set the cookie's Secure flag (https)
	wait     time.Duration // long-poll wait
	closing  chan struct{}

	perVisitor *limiter // messages a visitor may send a minute
	newPerIP   *limiter // new visitors one address may start a minute

	exitURL    string // Quick exit's neutral site
	clientAddr func(*http.Request) netip.Addr

	pages map[string][]byte // the chat page by the locale its greeting shows first
	links *linker
	convs *recent // the conversation each visitor last wrote in
}

// Options configure the channel.
type Options struct {
	Secure   bool          // PUBLIC_BASE_URL is https
	PollWait time.Duration // default 25s
	// Texts are the greeting's texts; nil loads the embedded catalog.
	Texts *locales.Catalog
	// ShortNumbers are the helplines' short codes (15, 1122…), which are
	// linked for tapping when they stand alone in a bot message; longer
	// numbers are linked by their form. Main passes the shown helplines'.
	ShortNumbers []string
	// ExitURL is the neutral site Quick exit goes to; default DefaultExitURL.
	ExitURL string
	// ClientAddr tells the address a request comes from, for the
	// new-visitor limit (an IPv4 address, an IPv6 /64); default the
	// connection's. Main passes clientip's, which knows the trusted proxies.
	ClientAddr func(*http.Request) netip.Addr
	// MessagesPerMinute bounds what one visitor may send a minute (30);
	// NewVisitorsPerMinute the new visitors one address may start (120).
	MessagesPerMinute, NewVisitorsPerMinute int
}

// New returns the web chat channel.
func New(ing *bot.Ingester, pool *pgxpool.Pool, v *vault.Vault, l *store.Listener, log *slog.Logger, opts Options) *Channel {
	if opts.PollWait == 0 {
		opts.PollWait = 25 * time.Second
	}
	if opts.Texts == nil {
		opts.Texts = locales.MustLoad()
	}
	if opts.ExitURL == "" {
		opts.ExitURL = DefaultExitURL
	}
	if opts.ClientAddr == nil {
		opts.ClientAddr = clientip.New(nil).Of
	}
	if opts.MessagesPerMinute <= 0 {
		opts.MessagesPerMinute = 30
	}
	if opts.NewVisitorsPerMinute <= 0 {
		opts.NewVisitorsPerMinute = 120
	}
	pages, err := pages(opts.Texts)
	if err != nil {
		panic("webchat: the chat page template: " + err.Error()) // embedded: a build defect, caught by TestPage
	}
	return &Channel{ingest: ing, pool: pool, vault: v, listener: l, log: log,
		secure: opts.Secure, wait: opts.PollWait, closing: make(chan struct{}),
		perVisitor: newLimiter(opts.MessagesPerMinute, time.Minute), newPerIP: newLimiter(opts.NewVisitorsPerMinute, time.Minute),
		exitURL: opts.ExitURL, clientAddr: opts.ClientAddr, pages: pages, links: newLinker(opts.ShortNumbers), convs: newRecent(maxRecent)}
}

// Channels implements bot.Sender.
func (c *Channel) Channels() []string { return []string{bot.WebChat} }

// Send implements bot.Sender. A web chat reply is delivered by becoming
// visible in the feed, which the jobs package does when it marks the reply
// sent; there is nothing to call.
func (c *Channel) Send(context.Context, bot.Outbound) (string, error) { return "", nil }

// Repeatable implements bot.Repeatable: delivery is a database change.
func (c *Channel) Repeatable() bool { return true }

// Close ends waiting long polls at once (graceful shutdown); new ones
// return immediately.
func (c *Channel) Close() {
	select {
	case <-c.closing:
	default:
		close(c.closing)
	}
}

// FeedRoute is the long poll's route: each open page calls it every 25 s.
const FeedRoute = "GET /chat/api/messages"

// Routes adds the web chat's routes to mux.
func (c *Channel) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /chat", c.page)
	mux.Handle("GET /chat/static/", http.StripPrefix("/chat/", http.FileServerFS(static)))
	mux.HandleFunc("POST /chat/api/messages", c.post)
	mux.HandleFunc("POST /chat/api/attachments", c.attach)
	mux.HandleFunc("POST /chat/api/keep", c.keep)
	mux.HandleFunc("GET "+ExitRoute, c.exit)
	mux.HandleFunc(FeedRoute, c.feed)
}

func randomBytes(n int) []byte {
	b := make([]byte, n)
	_, _ = rand.Read(b) // never fails on Linux
	return b
}

func validClientID(s string) bool {
	if s == "" || len(s) > maxClientID {
		return false
	}
	return strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_')
	}) < 0
}
