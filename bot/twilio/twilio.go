// Package twilio is the WhatsApp and SMS channel, both through Twilio's
// Programmable Messaging.
//
// Incoming messages arrive at POST /webhooks/twilio and delivery reports at
// POST /webhooks/twilio/status. Both are form posts signed with
// X-Twilio-Signature over PublicBaseURL plus the request URI; WhatsApp and
// SMS are told apart by the "whatsapp:" prefix of From. Media arrive by
// reference and are downloaded later through FetchMedia.
//
// Replies go out through the REST API (twilio-go's client and
// rest/api/v2010 packages), never in the webhook's TwiML answer, so that
// the webhook can acknowledge as soon as the message is stored. Buttons
// become numbered options. SMS replies are kept to GSM-7 when the text has
// nothing that needs Unicode and are split into parts of at most five
// segments; WhatsApp replies are split only past Twilio's 1,600 characters.
package twilio

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"time"

	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/egress"
)

// DefaultAPIURL is Twilio's REST API.
const DefaultAPIURL = "https://api.twilio.com"

// StatusPath is where Twilio posts delivery reports; it is appended to
// PublicBaseURL and sent as StatusCallback with every message.
const StatusPath = "/webhooks/twilio/status"

// defaultTimeout bounds one HTTP exchange when Options.HTTPClient is nil.
const defaultTimeout = 30 * time.Second

// Options configure the channel.
type Options struct {
	AccountSID, AuthToken string
	APIURL                string // TWILIO_API_URL: https://api.twilio.com or a fake server URL
	WhatsAppFrom          string // "whatsapp:+14155238886" or "" (WhatsApp off)
	SMSFrom               string // "+1555…" or "" (SMS off)
	// PublicBaseURL is where Twilio reaches us: signatures are checked
	// against PublicBaseURL + r.URL.RequestURI(), and StatusCallback is
	// PublicBaseURL + StatusPath.
	PublicBaseURL string
	// FallbackBaseURL is where Twilio's Fallback URL ("Primary handler
	// fails") points, when not at PublicBaseURL: a webhook Twilio signed
	// over FallbackBaseURL + the request URI is accepted too. Optional.
	FallbackBaseURL string
	// WhatsAppTemplateSID is the Content SID (HX…) of an approved template
	// sent instead when a reply fails with 63016 (outside the 24-hour
	// window). Optional.
	WhatsAppTemplateSID string
	HTTPClient          *http.Client // default: a client with a 30s timeout
	Logger              *slog.Logger

	// MediaOrigins are where a media URL may redirect to, besides APIURL's
	// origin; nil is DefaultMediaOrigins. Tests add their fake CDN.
	MediaOrigins []string
	// Lookup resolves the media hosts' names (see egress.Options); nil is
	// the system's resolver.
	Lookup func(ctx context.Context, host string) ([]netip.Addr, error)
}

// Channel is the Twilio WhatsApp and SMS channel. It implements
// bot.Sender, bot.Webhook, bot.StatusWebhook and bot.MediaFetcher.
type Channel struct {
	sid, token     string
	apiURL         *url.URL // for the host media credentials may go to
	apiBase        string   // APIURL without a trailing slash
	whatsAppFrom   string
	smsFrom        string
	publicBase     string
	fallbackBase   string // "" when no fallback host is configured
	statusCallback string
	templateSID    string
	httpClient     *http.Client
	mediaClient    *http.Client // through egress: never to an internal address
	mediaOrigins   []mediaOrigin
	log            *slog.Logger
}

// New checks opts and returns the channel.
func New(opts Options) (*Channel, error) {
	if opts.AccountSID == "" || opts.AuthToken == "" {
		return nil, errors.New("twilio: account SID and auth token are required")
	}
	if opts.WhatsAppFrom == "" && opts.SMSFrom == "" {
		return nil, errors.New("twilio: set WhatsAppFrom or SMSFrom (or both)")
	}
	if opts.WhatsAppFrom != "" && !strings.HasPrefix(opts.WhatsAppFrom, whatsAppPrefix) {
		return nil, errors.New("twilio: WhatsAppFrom must start with whatsapp:")
	}
	if opts.APIURL == "" {
		opts.APIURL = DefaultAPIURL
	}
	api, err := absoluteURL(opts.APIURL)
	if err != nil {
		return nil, fmt.Errorf("twilio: API URL: %w", err)
	}
	if _, err := absoluteURL(opts.PublicBaseURL); err != nil {
		return nil, fmt.Errorf("twilio: public base URL: %w", err)
	}
	if opts.FallbackBaseURL != "" {
		if _, err := absoluteURL(opts.FallbackBaseURL); err != nil {
			return nil, fmt.Errorf("twilio: fallback base URL: %w", err)
		}
	}
	if opts.HTTPClient == nil {
		opts.HTTPClient = &http.Client{Timeout: defaultTimeout}
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.MediaOrigins == nil {
		opts.MediaOrigins = DefaultMediaOrigins
	}
	origins, err := parseMediaOrigins(opts.MediaOrigins)
	if err != nil {
		return nil, fmt.Errorf("twilio: media origins: %w", err)
	}
	// The operator's API URL (a fake on 127.0.0.1 in tests and the load
	// tool) and media origins are trusted as configured when written as
	// an address; every other connection is checked after DNS.
	dialer := egress.NewDialer(egress.Options{Trusted: append([]string{opts.APIURL}, opts.MediaOrigins...), Lookup: opts.Lookup})
	mediaTimeout := opts.HTTPClient.Timeout
	if mediaTimeout == 0 {
		mediaTimeout = defaultTimeout
	}
	// Kept as configured, byte for byte: Twilio signs the URL it was given.
	base := strings.TrimRight(opts.PublicBaseURL, "/")
	return &Channel{
		sid:            opts.AccountSID,
		token:          opts.AuthToken,
		apiURL:         api,
		apiBase:        strings.TrimRight(opts.APIURL, "/"),
		whatsAppFrom:   opts.WhatsAppFrom,
		smsFrom:        opts.SMSFrom,
		publicBase:     base,
		fallbackBase:   strings.TrimRight(opts.FallbackBaseURL, "/"),
		statusCallback: base + StatusPath,
		templateSID:    opts.WhatsAppTemplateSID,
		httpClient:     opts.HTTPClient,
		mediaClient:    &http.Client{Transport: dialer.Transport(), Timeout: mediaTimeout},
		mediaOrigins:   origins,
		log:            opts.Logger,
	}, nil
}

func absoluteURL(s string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimRight(s, "/"))
	if err != nil {
		return nil, err
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("%q is not an absolute http(s) URL", s)
	}
	return u, nil
}

// Channels implements bot.Sender: WhatsApp when WhatsAppFrom is set, SMS
// when SMSFrom is.
func (c *Channel) Channels() []string {
	var chs []string
	if c.whatsAppFrom != "" {
		chs = append(chs, bot.WhatsApp)
	}
	if c.smsFrom != "" {
		chs = append(chs, bot.SMS)
	}
	return chs
}

// emptyTwiML answers a webhook without replying in it: replies go out
// through the REST API once the flow has run.
const emptyTwiML = `<?xml version="1.0" encoding="UTF-8"?><Response/>`

// Acknowledge implements bot.Webhook and bot.StatusWebhook.
func (c *Channel) Acknowledge(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "text/xml; charset=utf-8")
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write([]byte(emptyTwiML))
}

const whatsAppPrefix = "whatsapp:"

// channelOf tells WhatsApp from SMS by an address's prefix.
func channelOf(addr string) string {
	if strings.HasPrefix(addr, whatsAppPrefix) {
		return bot.WhatsApp
	}
	return bot.SMS
}
