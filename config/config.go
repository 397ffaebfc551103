// Package config turns the process environment into one validated Config.
// Nothing else in Hoshyar reads environment variables.
package config

import (
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/hoshyar/hoshyar/clientip"
)

// Env names the two ways Hoshyar runs.
const (
	EnvLocal      = "local"
	EnvProduction = "production"
)

// DevSecretKey is used in local mode when HOSHYAR_SECRET_KEY is absent and
// there is no LocalKeyFile. It is public, so it protects nothing: production
// refuses to start without a key.
const DevSecretKey = "hoshyar-local-development-key-not-secret-0000"

// DefaultQuickExitURL is where the web chat's Quick exit goes unless
// HOSHYAR_QUICK_EXIT_URL names another neutral site.
const DefaultQuickExitURL = "https://www.google.com/"

// LocalKeyFile is where `make run` keeps the key of the local database,
// relative to the checkout.
const LocalKeyFile = ".data/secret.key"

// keyAdvice is what every error about a missing or refused key says: the
// key that stored the data is the only one that reads it, so a new key is
// advice for a new, empty installation only.
const keyAdvice = "\n  use the key the database was set up with: another key cannot read the reporter addresses already stored" +
	"\n  for the database of `make run`: set HOSHYAR_ENV=local (it reads " + LocalKeyFile + "), or run `make user EMAIL=… AGENCY=…`" +
	"\n  only a new installation, with an empty database, takes a new key: openssl rand -hex 32"

// WithLocalKeyFile returns getenv, except that in local mode, when
// HOSHYAR_SECRET_KEY is not set and readFile finds LocalKeyFile, it answers
// HOSHYAR_SECRET_KEY with the key in that file. A command run by hand in a
// checkout (hoshyar user add, hoshyar serve) then reads the local database
// with the key that wrote it rather than the public development key. main
// passes os.ReadFile; tests pass their own.
func WithLocalKeyFile(getenv func(string) string, readFile func(string) ([]byte, error)) func(string) string {
	if getenv("HOSHYAR_SECRET_KEY") != "" || strings.ToLower(strings.TrimSpace(getenv("HOSHYAR_ENV"))) != EnvLocal {
		return getenv
	}
	b, err := readFile(LocalKeyFile)
	key := strings.TrimSpace(string(b))
	if err != nil || key == "" {
		return getenv
	}
	return func(name string) string {
		if name == "HOSHYAR_SECRET_KEY" {
			return key
		}
		return getenv(name)
	}
}

// Config is everything Hoshyar is told by its operator.
type Config struct {
	Env           string
	DatabaseURL   string
	HTTPAddr      string
	PublicBaseURL string
	SecretKey     []byte
	DevSecret     bool // SecretKey is DevSecretKey (local mode only)
	// PreviousSecretKeys (HOSHYAR_PREVIOUS_SECRET_KEYS, comma separated)
	// still open values sealed before a key rotation; nothing is sealed
	// under them. HashSecretKey (HOSHYAR_HASH_SECRET_KEY) keys the look-up
	// hashes, which must outlive a rotation; empty means SecretKey.
	PreviousSecretKeys [][]byte
	HashSecretKey      []byte
	AutoMigrate        bool
	ConversationTTL    time.Duration
	// TranscriptRetention: transcripts older than this are purged
	// (messages, attachments, idle drafts; evidence of reports excepted,
	// see jobs.Runner.Purge); 0 keeps them.
	TranscriptRetention time.Duration
	LogLevel            slog.Level
	LogFormat           string
	// PprofAddr is a loopback address serving Go's profiler
	// (net/http/pprof); "" leaves it off.
	PprofAddr string
	// QuickExitURL is the neutral site the web chat's Quick exit goes to.
	QuickExitURL string
	// TrustedProxies are the proxies whose X-Forwarded-For names the
	// client, for the limits counted per address; none by default.
	TrustedProxies []netip.Prefix
	// MetricsToken, when set, is required as a bearer token by /metrics;
	// MetricsAddr, when set, serves /metrics there and not on HTTPAddr.
	MetricsToken string
	MetricsAddr  string

	// ChargeMatrixFile and HelplinesFile replace the embedded defaults
	// (package routing); "" keeps them.
	ChargeMatrixFile string
	HelplinesFile    string

	// Warnings: a phone number, link or wallet named by Reports reports
	// within Days days becomes a request for staff to review (an early
	// warning to PTA, PK-CERT or NCCIA).
	Warnings Warnings

	OCR OCR

	Telegram Telegram
	Twilio   Twilio
}

// Warnings set when early warnings are drafted.
type Warnings struct {
	Reports int
	Days    int
}

// OCR configures reading text from images and PDFs.
type OCR struct {
	Mode      string        // auto: on when Tesseract is installed; off
	Tesseract string        // the tesseract command, a name in PATH or a path
	Workers   int           // readings at once
	Timeout   time.Duration // one file
}

// Telegram configures the Telegram channel; it is off without a token.
type Telegram struct {
	BotToken      string
	WebhookSecret string
	APIURL        string
	Mode          string // webhook | polling
}

// Enabled reports whether the channel has its credentials.
func (t Telegram) Enabled() bool { return t.BotToken != "" }

// Twilio configures WhatsApp and SMS; it is off without credentials.
type Twilio struct {
	AccountSID   string
	AuthToken    string
	APIURL       string
	WhatsAppFrom string
	SMSFrom      string
	// WhatsAppTemplateSID is the Content SID (HX…) of an approved template
	// sent when a reply fails outside WhatsApp's 24-hour window (63016).
	WhatsAppTemplateSID string
	// FallbackBaseURL is the base of the Fallback URL set in Twilio, when
	// it is not PUBLIC_BASE_URL; webhooks signed over it are accepted.
	FallbackBaseURL string
}

// Enabled reports whether the channel has its credentials.
func (t Twilio) Enabled() bool { return t.AccountSID != "" && t.AuthToken != "" }

// Local reports whether Hoshyar runs on a developer's machine.
func (c Config) Local() bool { return c.Env == EnvLocal }

// Load reads the configuration through getenv (os.Getenv in main, a map in
// tests). Every error names the variable at fault; all of them are reported
// together.
func Load(getenv func(string) string) (Config, error) {
	l := loader{getenv: getenv}
	c := Config{
		Env:             l.oneOf("HOSHYAR_ENV", EnvProduction, EnvLocal, EnvProduction),
		DatabaseURL:     l.url("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/hoshyar?sslmode=disable", "postgres", "postgresql"),
		HTTPAddr:        l.str("HTTP_ADDR", ":8080"),
		PublicBaseURL:   strings.TrimRight(l.url("PUBLIC_BASE_URL", "http://localhost:8080", "http", "https"), "/"),
		AutoMigrate:     l.boolean("HOSHYAR_AUTO_MIGRATE", true),
		ConversationTTL: l.duration("HOSHYAR_CONVERSATION_TTL", 24*time.Hour),

		TranscriptRetention: l.duration("HOSHYAR_TRANSCRIPT_RETENTION", 90*24*time.Hour),
		LogLevel:            l.level("LOG_LEVEL"),
		LogFormat:           l.oneOf("LOG_FORMAT", "json", "json", "text"),
		PprofAddr:           l.str("HOSHYAR_PPROF_ADDR", ""),
		QuickExitURL:        l.url("HOSHYAR_QUICK_EXIT_URL", DefaultQuickExitURL, "https", "http"),
		TrustedProxies:      l.prefixes("HOSHYAR_TRUSTED_PROXIES"),
		MetricsToken:        l.str("METRICS_TOKEN", ""),
		MetricsAddr:         l.str("METRICS_ADDR", ""),

		OCR: OCR{
			Mode:      l.oneOf("HOSHYAR_OCR", "auto", "auto", "off"),
			Tesseract: l.str("HOSHYAR_TESSERACT", "tesseract"),
			Workers:   l.integer("HOSHYAR_OCR_WORKERS", 1, 1, 16),
			Timeout:   l.duration("HOSHYAR_OCR_TIMEOUT", 30*time.Second),
		},

		ChargeMatrixFile: l.str("CHARGE_MATRIX_FILE", ""),
		HelplinesFile:    l.str("HELPLINES_FILE", ""),
		Warnings: Warnings{
			Reports: l.integer("HOSHYAR_WARNING_REPORTS", 3, 2, 1000),
			Days:    l.integer("HOSHYAR_WARNING_DAYS", 30, 1, 3650),
		},
		Telegram: Telegram{
			BotToken:      l.str("TELEGRAM_BOT_TOKEN", ""),
			WebhookSecret: l.str("TELEGRAM_WEBHOOK_SECRET", ""),
			APIURL:        strings.TrimRight(l.url("TELEGRAM_API_URL", "https://api.telegram.org", "http", "https"), "/"),
			Mode:          l.oneOf("TELEGRAM_MODE", "webhook", "webhook", "polling"),
		},
		Twilio: Twilio{
			AccountSID:   l.str("TWILIO_ACCOUNT_SID", ""),
			AuthToken:    l.str("TWILIO_AUTH_TOKEN", ""),
			APIURL:       strings.TrimRight(l.url("TWILIO_API_URL", "https://api.twilio.com", "http", "https"), "/"),
			WhatsAppFrom: l.str("TWILIO_WHATSAPP_FROM", ""),
			SMSFrom:      l.str("TWILIO_SMS_FROM", ""),

			WhatsAppTemplateSID: l.str("TWILIO_WHATSAPP_TEMPLATE_SID", ""),
			FallbackBaseURL:     strings.TrimRight(l.optionalURL("TWILIO_FALLBACK_BASE_URL", "http", "https"), "/"),
		},
	}
	if _, _, err := splitHostPort(c.HTTPAddr); err != nil {
		l.fail("HTTP_ADDR", "%v", err)
	}
	if c.PprofAddr != "" {
		if host, _, err := splitHostPort(c.PprofAddr); err != nil {
			l.fail("HOSHYAR_PPROF_ADDR", "%v", err)
		} else if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
			l.fail("HOSHYAR_PPROF_ADDR", "must be a loopback address such as 127.0.0.1:6060: profiles reveal memory contents")
		}
	}
	if c.MetricsToken != "" && (len(c.MetricsToken) < 16 || strings.ContainsAny(c.MetricsToken, " \t\r\n")) {
		l.fail("METRICS_TOKEN", "must be at least 16 characters without spaces (openssl rand -hex 32)")
	}
	if c.MetricsAddr != "" {
		if _, _, err := splitHostPort(c.MetricsAddr); err != nil {
			l.fail("METRICS_ADDR", "%v", err)
		} else if c.MetricsAddr == c.HTTPAddr {
			l.fail("METRICS_ADDR", "must differ from HTTP_ADDR: it serves /metrics apart from the public server")
		}
	}
	c.SecretKey, c.DevSecret = l.secret(c.Env)
	c.PreviousSecretKeys, c.HashSecretKey = l.ring()
	if c.ConversationTTL < time.Minute {
		l.fail("HOSHYAR_CONVERSATION_TTL", "must be at least 1m, got %s", c.ConversationTTL)
	}
	if c.OCR.Timeout < time.Second || c.OCR.Timeout > 5*time.Minute {
		l.fail("HOSHYAR_OCR_TIMEOUT", "must be between 1s and 5m, got %s", c.OCR.Timeout)
	}
	c.validateChannels(&l)
	return c, errors.Join(l.errs...)
}

func (c Config) validateChannels(l *loader) {
	tg := c.Telegram
	if tg.Enabled() && tg.Mode == "webhook" && tg.WebhookSecret == "" {
		l.fail("TELEGRAM_WEBHOOK_SECRET", "is required when TELEGRAM_BOT_TOKEN is set and TELEGRAM_MODE is webhook")
	}
	if tg.WebhookSecret != "" && !validTelegramSecret(tg.WebhookSecret) {
		l.fail("TELEGRAM_WEBHOOK_SECRET", "must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
	}
	tw := c.Twilio
	if (tw.AccountSID == "") != (tw.AuthToken == "") {
		l.fail("TWILIO_AUTH_TOKEN", "TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN must be set together")
	}
	if tw.WhatsAppFrom != "" && !strings.HasPrefix(tw.WhatsAppFrom, "whatsapp:+") {
		l.fail("TWILIO_WHATSAPP_FROM", "must look like whatsapp:+923001234567")
	}
	if tw.SMSFrom != "" && !strings.HasPrefix(tw.SMSFrom, "+") {
		l.fail("TWILIO_SMS_FROM", "must be an E.164 number such as +923001234567")
	}
	if tw.WhatsAppTemplateSID != "" && !strings.HasPrefix(tw.WhatsAppTemplateSID, "HX") {
		l.fail("TWILIO_WHATSAPP_TEMPLATE_SID", "must be a Content SID starting with HX")
	}
	if tw.Enabled() && tw.WhatsAppFrom == "" && tw.SMSFrom == "" {
		l.fail("TWILIO_SMS_FROM", "set TWILIO_WHATSAPP_FROM or TWILIO_SMS_FROM (or both) when Twilio is configured")
	}
	if c.Env == EnvProduction && (tg.Enabled() || tw.Enabled()) && strings.HasPrefix(c.PublicBaseURL, "http://") {
		l.fail("PUBLIC_BASE_URL", "must be https in production when a provider channel is on")
	}
}

func validTelegramSecret(s string) bool {
	if len(s) > 256 {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
			return false
		}
	}
	return true
}

type loader struct {
	getenv func(string) string
	errs   []error
}

func (l *loader) fail(name, format string, args ...any) {
	l.errs = append(l.errs, fmt.Errorf("config: %s %s", name, fmt.Sprintf(format, args...)))
}

func (l *loader) str(name, def string) string {
	if v := strings.TrimSpace(l.getenv(name)); v != "" {
		return v
	}
	return def
}

func (l *loader) oneOf(name, def string, allowed ...string) string {
	v := strings.ToLower(l.str(name, def))
	for _, a := range allowed {
		if v == a {
			return v
		}
	}
	l.fail(name, "must be one of %s, got %q", strings.Join(allowed, ", "), v)
	return def
}

func (l *loader) url(name, def string, schemes ...string) string {
	v := l.str(name, def)
	u, err := url.Parse(v)
	if err != nil || u.Host == "" {
		l.fail(name, "is not a valid URL")
		return v
	}
	for _, s := range schemes {
		if u.Scheme == s {
			return v
		}
	}
	l.fail(name, "must use one of the schemes %s", strings.Join(schemes, ", "))
	return v
}

// optionalURL is url without a default: "" when unset.
func (l *loader) optionalURL(name string, schemes ...string) string {
	if l.str(name, "") == "" {
		return ""
	}
	return l.url(name, "", schemes...)
}

func (l *loader) prefixes(name string) []netip.Prefix {
	v := l.str(name, "")
	if v == "" {
		return nil
	}
	p, err := clientip.ParsePrefixes(v)
	if err != nil {
		l.fail(name, "must be addresses or CIDR prefixes separated by commas: %v", err)
		return nil
	}
	return p
}

func (l *loader) boolean(name string, def bool) bool {
	v := l.str(name, "")
	if v == "" {
		return def
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		l.fail(name, "must be true or false, got %q", v)
		return def
	}
	return b
}

// integer reads a whole number between lo and hi.
func (l *loader) integer(name string, def, lo, hi int) int {
	v := l.str(name, "")
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		l.fail(name, "must be a whole number from %d to %d, got %q", lo, hi, v)
		return def
	}
	return n
}

func (l *loader) duration(name string, def time.Duration) time.Duration {
	v := l.str(name, "")
	if v == "" {
		return def
	}
	d, err := time.ParseDuration(v)
	if err != nil {
		l.fail(name, "must be a duration such as 30m or 24h, got %q", v)
		return def
	}
	return d
}

func (l *loader) level(name string) slog.Level {
	var lv slog.Level
	if err := lv.UnmarshalText([]byte(l.str(name, "info"))); err != nil {
		l.fail(name, "must be debug, info, warn or error")
		return slog.LevelInfo
	}
	return lv
}

func (l *loader) secret(env string) ([]byte, bool) {
	v := l.getenv("HOSHYAR_SECRET_KEY")
	switch {
	case v == "" && env == EnvLocal:
		return []byte(DevSecretKey), true
	case v == "":
		l.fail("HOSHYAR_SECRET_KEY", "is required outside local mode (HOSHYAR_ENV=local)%s", keyAdvice)
	case len(v) < 32:
		l.fail("HOSHYAR_SECRET_KEY", "must be at least 32 characters (64 hex characters recommended)")
	case v == DevSecretKey && env != EnvLocal:
		l.fail("HOSHYAR_SECRET_KEY", "is the public development key, which protects nothing and is refused outside local mode%s", keyAdvice)
	default:
		return []byte(v), false
	}
	return nil, false
}

// ring reads the keys that outlive a rotation of HOSHYAR_SECRET_KEY.
func (l *loader) ring() (previous [][]byte, hash []byte) {
	for _, k := range strings.Split(l.getenv("HOSHYAR_PREVIOUS_SECRET_KEYS"), ",") {
		if k = strings.TrimSpace(k); k == "" {
			continue
		}
		if len(k) < 32 {
			l.fail("HOSHYAR_PREVIOUS_SECRET_KEYS", "each key must be at least 32 characters")
			continue
		}
		previous = append(previous, []byte(k))
	}
	if h := strings.TrimSpace(l.getenv("HOSHYAR_HASH_SECRET_KEY")); h != "" {
		if len(h) < 32 {
			l.fail("HOSHYAR_HASH_SECRET_KEY", "must be at least 32 characters")
		}
		hash = []byte(h)
	}
	// Hashes made with the old key would no longer match: contacts would
	// be strangers and API tokens refused. Rotating the sealing key keeps
	// the hash key, so it must be named.
	if len(previous) > 0 && hash == nil {
		l.fail("HOSHYAR_HASH_SECRET_KEY", "is required with HOSHYAR_PREVIOUS_SECRET_KEYS: set it to the secret the look-up hashes were made with (the first HOSHYAR_SECRET_KEY)")
	}
	return previous, hash
}

func splitHostPort(addr string) (string, int, error) {
	i := strings.LastIndex(addr, ":")
	if i < 0 {
		return "", 0, fmt.Errorf("must be host:port or :port, got %q", addr)
	}
	p, err := strconv.Atoi(addr[i+1:])
	if err != nil || p < 0 || p > 65535 {
		return "", 0, fmt.Errorf("has an invalid port in %q", addr)
	}
	return addr[:i], p, nil
}
