package config

import (
	"log/slog"
	"net/netip"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func env(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func TestLocalDefaults(t *testing.T) {
	t.Parallel()
	c, err := Load(env(map[string]string{"HOSHYAR_ENV": "local"}))
	require.NoError(t, err)
	require.True(t, c.Local())
	require.Equal(t, "postgres://postgres@127.0.0.1:5432/hoshyar?sslmode=disable", c.DatabaseURL)
	require.Equal(t, ":8080", c.HTTPAddr)
	require.Equal(t, "http://localhost:8080", c.PublicBaseURL)
	require.True(t, c.DevSecret)
	require.Equal(t, []byte(DevSecretKey), c.SecretKey)
	require.True(t, c.AutoMigrate)
	require.Equal(t, 24*time.Hour, c.ConversationTTL)
	require.Equal(t, slog.LevelInfo, c.LogLevel)
	require.Equal(t, "https://api.telegram.org", c.Telegram.APIURL)
	require.Equal(t, "https://api.twilio.com", c.Twilio.APIURL)
	require.False(t, c.Telegram.Enabled())
	require.False(t, c.Twilio.Enabled())
	require.Equal(t, Warnings{Reports: 3, Days: 30}, c.Warnings, "three reports in thirty days")
	require.Equal(t, OCR{Mode: "auto", Tesseract: "tesseract", Workers: 1, Timeout: 30 * time.Second}, c.OCR)
	require.Empty(t, c.PprofAddr, "the profiler is off")
	require.Empty(t, c.Twilio.FallbackBaseURL)
	require.Equal(t, "https://www.google.com/", c.QuickExitURL)
	require.Empty(t, c.TrustedProxies, "X-Forwarded-For is believed from no one")
	require.Empty(t, c.MetricsToken)
	require.Empty(t, c.MetricsAddr, "/metrics on the public server")

	c, err = Load(env(map[string]string{"HOSHYAR_ENV": "local", "HOSHYAR_WARNING_REPORTS": "5", "HOSHYAR_WARNING_DAYS": "14"}))
	require.NoError(t, err)
	require.Equal(t, Warnings{Reports: 5, Days: 14}, c.Warnings)

	c, err = Load(env(map[string]string{"HOSHYAR_ENV": "local", "HOSHYAR_PPROF_ADDR": "127.0.0.1:6060",
		"TWILIO_FALLBACK_BASE_URL": "https://dr.example.org/", "HOSHYAR_QUICK_EXIT_URL": "https://www.bbc.com/weather",
		"HOSHYAR_TRUSTED_PROXIES": "10.0.0.0/8, 127.0.0.1", "METRICS_TOKEN": "0123456789abcdef0123", "METRICS_ADDR": "127.0.0.1:9090"}))
	require.NoError(t, err)
	require.Equal(t, "127.0.0.1:6060", c.PprofAddr)
	require.Equal(t, "https://dr.example.org", c.Twilio.FallbackBaseURL)
	require.Equal(t, "https://www.bbc.com/weather", c.QuickExitURL)
	require.Equal(t, []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8"), netip.MustParsePrefix("127.0.0.1/32")}, c.TrustedProxies)
	require.Equal(t, "0123456789abcdef0123", c.MetricsToken)
	require.Equal(t, "127.0.0.1:9090", c.MetricsAddr)
}

func TestProductionNeedsSecret(t *testing.T) {
	t.Parallel()
	_, err := Load(env(nil))
	require.ErrorContains(t, err, "HOSHYAR_SECRET_KEY")
	// Never advice that loses data: a new key is for an empty database only.
	require.ErrorContains(t, err, "use the key the database was set up with")
	require.ErrorContains(t, err, LocalKeyFile)
	require.ErrorContains(t, err, "only a new installation, with an empty database, takes a new key")
	require.NotRegexp(t, `(?i)generate (one|a real one) with`, err.Error())

	_, err = Load(env(map[string]string{"HOSHYAR_SECRET_KEY": "short"}))
	require.ErrorContains(t, err, "HOSHYAR_SECRET_KEY must be at least 32")

	_, err = Load(env(map[string]string{"HOSHYAR_SECRET_KEY": DevSecretKey}))
	require.ErrorContains(t, err, "public development key")

	c, err := Load(env(map[string]string{"HOSHYAR_SECRET_KEY": strings.Repeat("ab", 32)}))
	require.NoError(t, err)
	require.False(t, c.DevSecret)
	require.Equal(t, EnvProduction, c.Env)
}

// Every error names its variable, and all are reported at once.
func TestErrorsNameTheVariable(t *testing.T) {
	t.Parallel()
	_, err := Load(env(map[string]string{
		"HOSHYAR_ENV":                  "local",
		"DATABASE_URL":                 "mysql://x/y",
		"HTTP_ADDR":                    "8080",
		"PUBLIC_BASE_URL":              "not a url",
		"HOSHYAR_AUTO_MIGRATE":         "perhaps",
		"HOSHYAR_CONVERSATION_TTL":     "forever",
		"LOG_LEVEL":                    "loud",
		"LOG_FORMAT":                   "xml",
		"TELEGRAM_MODE":                "carrier-pigeon",
		"TELEGRAM_API_URL":             "ftp://x",
		"TWILIO_ACCOUNT_SID":           "AC123",
		"TWILIO_WHATSAPP_FROM":         "+92300",
		"TWILIO_SMS_FROM":              "0300",
		"TWILIO_WHATSAPP_TEMPLATE_SID": "template",
		"HOSHYAR_WARNING_REPORTS":      "1",
		"HOSHYAR_WARNING_DAYS":         "a month",
		"HOSHYAR_OCR":                  "sometimes",
		"HOSHYAR_OCR_WORKERS":          "0",
		"HOSHYAR_OCR_TIMEOUT":          "1ms",
		"HOSHYAR_PPROF_ADDR":           "0.0.0.0:6060",
		"TWILIO_FALLBACK_BASE_URL":     "dr.example.org",
		"HOSHYAR_QUICK_EXIT_URL":       "javascript:alert(1)",
		"HOSHYAR_TRUSTED_PROXIES":      "10.0.0.0/8, the-load-balancer",
		"METRICS_TOKEN":                "short",
		"METRICS_ADDR":                 "9090",
	}))
	require.Error(t, err)
	for _, name := range []string{"DATABASE_URL", "HTTP_ADDR", "PUBLIC_BASE_URL", "HOSHYAR_AUTO_MIGRATE",
		"HOSHYAR_CONVERSATION_TTL", "LOG_LEVEL", "LOG_FORMAT", "TELEGRAM_MODE", "TELEGRAM_API_URL",
		"TWILIO_AUTH_TOKEN", "TWILIO_WHATSAPP_FROM", "TWILIO_SMS_FROM", "TWILIO_WHATSAPP_TEMPLATE_SID",
		"HOSHYAR_WARNING_REPORTS", "HOSHYAR_WARNING_DAYS",
		"HOSHYAR_OCR", "HOSHYAR_OCR_WORKERS", "HOSHYAR_OCR_TIMEOUT", "HOSHYAR_PPROF_ADDR", "TWILIO_FALLBACK_BASE_URL",
		"HOSHYAR_QUICK_EXIT_URL", "HOSHYAR_TRUSTED_PROXIES", "METRICS_TOKEN", "METRICS_ADDR"} {
		require.ErrorContains(t, err, "config: "+name+" ")
	}
}

func TestChannels(t *testing.T) {
	t.Parallel()
	base := map[string]string{"HOSHYAR_ENV": "local"}
	with := func(kv ...string) map[string]string {
		m := map[string]string{}
		for k, v := range base {
			m[k] = v
		}
		for i := 0; i < len(kv); i += 2 {
			m[kv[i]] = kv[i+1]
		}
		return m
	}
	_, err := Load(env(with("TELEGRAM_BOT_TOKEN", "123:abc")))
	require.ErrorContains(t, err, "TELEGRAM_WEBHOOK_SECRET is required")

	c, err := Load(env(with("TELEGRAM_BOT_TOKEN", "123:abc", "TELEGRAM_MODE", "polling", "TELEGRAM_API_URL", "http://127.0.0.1:9999/")))
	require.NoError(t, err)
	require.True(t, c.Telegram.Enabled())
	require.Equal(t, "http://127.0.0.1:9999", c.Telegram.APIURL, "trailing slash trimmed")

	_, err = Load(env(with("TELEGRAM_BOT_TOKEN", "1:a", "TELEGRAM_WEBHOOK_SECRET", "has spaces!")))
	require.ErrorContains(t, err, "TELEGRAM_WEBHOOK_SECRET must be")

	c, err = Load(env(with("TWILIO_ACCOUNT_SID", "AC1", "TWILIO_AUTH_TOKEN", "t", "TWILIO_WHATSAPP_FROM", "whatsapp:+14155238886")))
	require.NoError(t, err)
	require.True(t, c.Twilio.Enabled())

	_, err = Load(env(map[string]string{"HOSHYAR_SECRET_KEY": strings.Repeat("k", 32), "TWILIO_ACCOUNT_SID": "AC1",
		"TWILIO_AUTH_TOKEN": "t", "TWILIO_SMS_FROM": "+1555"}))
	require.ErrorContains(t, err, "PUBLIC_BASE_URL must be https")
}

// A command run by hand in local mode reads the key `make run` keeps, not
// the public development key; nothing else changes.
func TestWithLocalKeyFile(t *testing.T) {
	t.Parallel()
	key := strings.Repeat("5e", 32)
	files := map[string]string{LocalKeyFile: key + "\n"}
	readFile := func(name string) ([]byte, error) {
		if v, ok := files[name]; ok {
			return []byte(v), nil
		}
		return nil, os.ErrNotExist
	}
	none := func(string) ([]byte, error) { return nil, os.ErrNotExist }

	c, err := Load(WithLocalKeyFile(env(map[string]string{"HOSHYAR_ENV": "local"}), readFile))
	require.NoError(t, err)
	require.Equal(t, []byte(key), c.SecretKey)
	require.False(t, c.DevSecret)

	c, err = Load(WithLocalKeyFile(env(map[string]string{"HOSHYAR_ENV": "local"}), none))
	require.NoError(t, err)
	require.True(t, c.DevSecret, "no file: the development key, as before")

	set := strings.Repeat("k", 40)
	c, err = Load(WithLocalKeyFile(env(map[string]string{"HOSHYAR_ENV": "local", "HOSHYAR_SECRET_KEY": set}), readFile))
	require.NoError(t, err)
	require.Equal(t, []byte(set), c.SecretKey, "the environment wins")

	_, err = Load(WithLocalKeyFile(env(nil), readFile))
	require.ErrorContains(t, err, "HOSHYAR_SECRET_KEY is required outside local mode", "production never reads the local file")
}

func TestMetricsApartFromThePublicServer(t *testing.T) {
	t.Parallel()
	_, err := Load(env(map[string]string{"HOSHYAR_ENV": "local", "HTTP_ADDR": ":8080", "METRICS_ADDR": ":8080"}))
	require.ErrorContains(t, err, "config: METRICS_ADDR must differ from HTTP_ADDR")
	_, err = Load(env(map[string]string{"HOSHYAR_ENV": "local", "METRICS_TOKEN": "0123456789 abcdef0123"}))
	require.ErrorContains(t, err, "config: METRICS_TOKEN must be at least 16 characters without spaces")
}

func TestKeyRing(t *testing.T) {
	t.Parallel()
	a, b := strings.Repeat("a", 32), strings.Repeat("b", 32)
	c, err := Load(env(map[string]string{"HOSHYAR_SECRET_KEY": b, "HOSHYAR_PREVIOUS_SECRET_KEYS": " " + a + ", ", "HOSHYAR_HASH_SECRET_KEY": a}))
	require.NoError(t, err)
	require.Equal(t, [][]byte{[]byte(a)}, c.PreviousSecretKeys)
	require.Equal(t, []byte(a), c.HashSecretKey)
	_, err = Load(env(map[string]string{"HOSHYAR_SECRET_KEY": b, "HOSHYAR_PREVIOUS_SECRET_KEYS": "short"}))
	require.ErrorContains(t, err, "HOSHYAR_PREVIOUS_SECRET_KEYS")
	_, err = Load(env(map[string]string{"HOSHYAR_SECRET_KEY": b, "HOSHYAR_HASH_SECRET_KEY": "short"}))
	require.ErrorContains(t, err, "HOSHYAR_HASH_SECRET_KEY")
	_, err = Load(env(map[string]string{"HOSHYAR_SECRET_KEY": b, "HOSHYAR_PREVIOUS_SECRET_KEYS": a}))
	require.ErrorContains(t, err, "HOSHYAR_HASH_SECRET_KEY is required with HOSHYAR_PREVIOUS_SECRET_KEYS", "a rotation keeps the hash key")
}
