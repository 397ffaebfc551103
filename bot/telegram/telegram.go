// Package telegram is the Telegram channel: it decodes Bot API updates
// (from the webhook or from long polling, through one decoder) into
// bot.Inbound values and sends bot.Outbound replies with inline buttons.
//
// go-telegram/bot serves as the typed client for the methods it encodes
// correctly. It is never used to receive: its WebhookHandler answers 200 to
// a wrong secret and queues updates in memory, and its polling loop confirms
// updates before they are handled. Three things are done here instead:
//
//   - Errors: every request goes through apiClient, which turns a non-2xx
//     answer into an *apiError carrying the status and retry_after (the
//     library keeps no code for most statuses and cannot read a non-JSON
//     5xx), and keeps the token, which is part of every URL, out of errors.
//   - Inline keyboards: the library's InlineKeyboardButton always encodes an
//     empty "copy_text" object, which Telegram rejects
//     (BUTTON_COPY_TEXT_INVALID); keyboards are sent as this package's own
//     JSON type.
//   - getUpdates and file downloads are plain HTTP: the library does not
//     expose a single getUpdates call, and decoding into its models fails a
//     whole update on any union type it does not know (a new forward origin,
//     a new chat member status), so updates are decoded into the few fields
//     used here.
package telegram

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"time"

	tg "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/egress"
)

// DefaultAPIURL is Telegram's Bot API server.
const DefaultAPIURL = "https://api.telegram.org"

// WebhookPath is where Telegram delivers updates, under PublicBaseURL.
const WebhookPath = "/webhooks/telegram"

// allowedUpdates are the update types asked for, by webhook and by poll.
// Channel posts are not: the bot never speaks in a channel, and what is
// said there is not ours to keep.
var allowedUpdates = []string{"message", "edited_message", "callback_query", "my_chat_member"}

const (
	pollTimeout    = 25 * time.Second // getUpdates long poll
	clientTimeout  = 60 * time.Second // default HTTP client: past the long poll
	callTimeout    = 15 * time.Second // AfterIngest's calls, which have no deadline of their own
	maxTextUnits   = 4096             // sendMessage text limit, in UTF-16 code units
	maxCallbackLen = 64               // callback_data limit, bytes
	maxAfter       = 64               // AfterIngest calls the poller runs at once
)

// Options configure the channel.
type Options struct {
	Token         string       // TELEGRAM_BOT_TOKEN
	WebhookSecret string       // TELEGRAM_WEBHOOK_SECRET; webhook mode only
	APIURL        string       // TELEGRAM_API_URL; DefaultAPIURL when empty
	PublicBaseURL string       // the webhook is PublicBaseURL + WebhookPath
	HTTPClient    *http.Client // optional; its Timeout must exceed 25s (long poll) or be 0
	Logger        *slog.Logger // optional
}

// Channel is the Telegram channel: a bot.Sender, bot.Webhook,
// bot.AfterIngester and bot.MediaFetcher.
type Channel struct {
	api        *tg.Bot    // typed client for most methods
	client     *apiClient // every request, the library's included
	files      *apiClient // file downloads: through egress, no redirects
	apiURL     string
	token      string
	secret     string
	webhookURL string
	log        *slog.Logger
	pace       *pacer
	backoffMin time.Duration // Poll's wait after an error, doubling
	backoffMax time.Duration
	pollWait   time.Duration // getUpdates timeout
	after      chan struct{} // a slot for each AfterIngest the poller runs
}

var (
	tokenRE  = regexp.MustCompile(`^[A-Za-z0-9:_-]+$`)      // goes into URL paths as is
	secretRE = regexp.MustCompile(`^[A-Za-z0-9_-]{1,256}$`) // what Telegram allows in secret_token
)

// New returns the channel. It makes no network call.
func New(opts Options) (*Channel, error) {
	if !tokenRE.MatchString(opts.Token) {
		return nil, errors.New("telegram: the bot token is empty or holds characters other than A-Z, a-z, 0-9, :, _ and -")
	}
	if opts.WebhookSecret != "" && !secretRE.MatchString(opts.WebhookSecret) {
		return nil, errors.New("telegram: the webhook secret must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
	}
	apiURL := strings.TrimRight(opts.APIURL, "/")
	if apiURL == "" {
		apiURL = DefaultAPIURL
	}
	if u, err := url.Parse(apiURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, errors.New("telegram: the API URL must be an http or https URL")
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	hc := opts.HTTPClient
	if hc == nil {
		hc = &http.Client{Timeout: clientTimeout}
	}
	client := &apiClient{http: hc, token: opts.Token}
	api, err := tg.New(opts.Token,
		tg.WithSkipGetMe(),
		tg.WithServerURL(apiURL),
		tg.WithHTTPClient(pollTimeout, client),
		tg.WithErrorsHandler(func(err error) { log.Debug("telegram_client_error", "error", client.redact(err)) }),
		tg.WithDebugHandler(func(string, ...any) {}),
		// Never used (updates are not processed by the library), but its
		// default would log whole updates, message text included.
		tg.WithDefaultHandler(func(context.Context, *tg.Bot, *models.Update) {}),
	)
	if err != nil {
		return nil, fmt.Errorf("telegram: %w", client.redact(err))
	}
	// Downloads trust the API URL as configured when it is written as an
	// address (a fake or a local Bot API server); a name is checked after
	// DNS like any other.
	dl := egress.NewDialer(egress.Options{Trusted: []string{apiURL}})
	files := &apiClient{http: &http.Client{Transport: dl.Transport(), Timeout: hc.Timeout, CheckRedirect: noRedirects}, token: opts.Token}
	c := &Channel{
		api: api, client: client, files: files, apiURL: apiURL, token: opts.Token, secret: opts.WebhookSecret,
		log: log, pace: newPacer(time.Second, time.Second/30),
		backoffMin: time.Second, backoffMax: 30 * time.Second, pollWait: pollTimeout,
		after: make(chan struct{}, maxAfter),
	}
	if opts.PublicBaseURL != "" {
		c.webhookURL = strings.TrimRight(opts.PublicBaseURL, "/") + WebhookPath
	}
	return c, nil
}

// Channels implements bot.Sender.
func (c *Channel) Channels() []string { return []string{bot.Telegram} }

// methodURL is a Bot API method's URL. It holds the token: never log it.
func (c *Channel) methodURL(method string) string {
	return c.apiURL + "/bot" + c.token + "/" + method
}

// fileURL is a file's download URL. It holds the token: never log it.
func (c *Channel) fileURL(path string) string {
	return c.apiURL + "/file/bot" + c.token + "/" + path
}
