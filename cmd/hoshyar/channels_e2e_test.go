package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/internal/dbtest"
	"github.com/hoshyar/hoshyar/internal/faketelegram"
	"github.com/hoshyar/hoshyar/internal/faketwilio"
	"github.com/hoshyar/hoshyar/locales"
	"github.com/hoshyar/hoshyar/store"
)

const (
	tgToken     = "123456:ABCdefGhIJKlmNoPQRstuVWxyz"
	tgSecret    = "e2e-webhook-secret"
	twSID       = "AC0123456789abcdef0123456789abcdef"
	twToken     = "authtoken0123456789"
	waFrom      = "whatsapp:+14155238886"
	smsFrom     = "+15005550006"
	waPerson    = "whatsapp:+923001234567"
	smsPerson   = "+923331234567"
	templateSID = "HX0123456789abcdef0123456789abcdef"
)

type providersEnv struct {
	t    *testing.T
	db   *dbtest.DB
	srv  *server
	tg   *faketelegram.Server
	tw   *faketwilio.Server
	base string
}

func startWithProviders(t *testing.T, mode string) *providersEnv {
	t.Helper()
	e := &providersEnv{t: t, db: dbtest.New(t), tg: faketelegram.New(t, tgToken), tw: faketwilio.New(t, twSID, twToken)}
	addr := freeAddr(t)
	e.base = "http://" + addr
	e.srv = startServer(t, e.db, addr,
		"TELEGRAM_BOT_TOKEN="+tgToken, "TELEGRAM_WEBHOOK_SECRET="+tgSecret, "TELEGRAM_API_URL="+e.tg.URL(), "TELEGRAM_MODE="+mode,
		"TWILIO_ACCOUNT_SID="+twSID, "TWILIO_AUTH_TOKEN="+twToken, "TWILIO_API_URL="+e.tw.URL(),
		"TWILIO_WHATSAPP_FROM="+waFrom, "TWILIO_SMS_FROM="+smsFrom, "TWILIO_WHATSAPP_TEMPLATE_SID="+templateSID,
		"LOG_LEVEL=debug", // every log line is checked for personal data below
	)
	return e
}

// telegram posts an update to the webhook with the secret and returns the status.
func (e *providersEnv) telegram(update string, secret string) int {
	e.t.Helper()
	req, err := http.NewRequest(http.MethodPost, e.base+"/webhooks/telegram", strings.NewReader(update))
	require.NoError(e.t, err)
	req.Header.Set("Content-Type", "application/json")
	if secret != "" {
		req.Header.Set("X-Telegram-Bot-Api-Secret-Token", secret)
	}
	res, err := http.DefaultClient.Do(req)
	require.NoError(e.t, err)
	res.Body.Close()
	return res.StatusCode
}

// twilio posts a signed form to path and returns the status and body.
func (e *providersEnv) twilio(path string, form url.Values, token string) (int, string) {
	e.t.Helper()
	req, err := http.NewRequest(http.MethodPost, e.base+path, strings.NewReader(form.Encode()))
	require.NoError(e.t, err)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Twilio-Signature", faketwilio.Sign(token, e.base+path, form))
	res, err := http.DefaultClient.Do(req)
	require.NoError(e.t, err)
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}

func textUpdate(id int, chat int64, text string) string {
	return fmt.Sprintf(`{"update_id":%d,"message":{"message_id":%d,"from":{"id":%d,"is_bot":false,"first_name":"Ayesha"},
		"chat":{"id":%d,"first_name":"Ayesha","type":"private"},"date":1718000000,"text":%q}}`, id, id, chat, chat, text)
}

// sent returns the texts of sendMessage calls to chat.
func (e *providersEnv) sent(chat int64) []faketelegram.Request {
	var out []faketelegram.Request
	for _, r := range e.tg.Calls("sendMessage") {
		if r.String("chat_id") == fmt.Sprint(chat) {
			out = append(out, r)
		}
	}
	return out
}

func (e *providersEnv) waitTelegram(chat int64, n int) []faketelegram.Request {
	e.t.Helper()
	require.Eventually(e.t, func() bool { return len(e.sent(chat)) >= n }, 20*time.Second, 20*time.Millisecond,
		"telegram: %d messages to chat %d", n, chat)
	return e.sent(chat)
}

func (e *providersEnv) twilioTo(to string) []faketwilio.Message {
	var out []faketwilio.Message
	for _, m := range e.tw.Messages() {
		if m.To == to && m.SID != "" {
			out = append(out, m)
		}
	}
	return out
}

func (e *providersEnv) waitTwilio(to string, n int) []faketwilio.Message {
	e.t.Helper()
	require.Eventually(e.t, func() bool { return len(e.twilioTo(to)) >= n }, 20*time.Second, 20*time.Millisecond,
		"twilio: %d messages to %s", n, to)
	return e.twilioTo(to)
}

func (e *providersEnv) query(sql string, args ...any) int {
	e.t.Helper()
	var n int
	require.NoError(e.t, e.db.Pool.QueryRow(context.Background(), sql, args...).Scan(&n))
	return n
}

// A conversation on Telegram, WhatsApp and SMS through the real binary and
// fake providers that speak the real wire formats.
func TestE2EProviders(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	t.Parallel()
	texts := locales.MustLoad()
	e := startWithProviders(t, "webhook")

	// Telegram: the webhook is registered with our secret.
	require.Eventually(t, func() bool { return len(e.tg.Calls("setWebhook")) > 0 }, 10*time.Second, 20*time.Millisecond)
	hook := e.tg.Calls("setWebhook")[0]
	require.Equal(t, e.base+"/webhooks/telegram", hook.String("url"))
	require.Equal(t, tgSecret, hook.String("secret_token"))

	const chat = 5550001
	require.Equal(t, http.StatusUnauthorized, e.telegram(textUpdate(1, chat, "سلام"), "wrong"))
	require.Equal(t, http.StatusOK, e.telegram(textUpdate(1, chat, "سلام"), tgSecret))
	got := e.waitTelegram(chat, 1)
	require.Equal(t, texts.T(locales.UR, "greeting", nil), got[0].String("text"))
	require.Eventually(t, func() bool {
		for _, r := range e.tg.Calls("sendChatAction") {
			if r.String("chat_id") == fmt.Sprint(chat) && r.String("action") == "typing" {
				return true
			}
		}
		return false
	}, 5*time.Second, 20*time.Millisecond, "typing is shown while the answer is made")
	markup, err := json.Marshal(got[0].Params["reply_markup"])
	require.NoError(t, err)
	require.Contains(t, string(markup), `"callback_data":"language"`)
	require.NotContains(t, string(markup), "copy_text")

	// Redelivered: acknowledged, answered once.
	require.Equal(t, http.StatusOK, e.telegram(textUpdate(1, chat, "سلام"), tgSecret))

	// A button press: answered, old buttons removed, the choice followed.
	require.Equal(t, http.StatusOK, e.telegram(fmt.Sprintf(`{"update_id":2,"callback_query":{"id":"cb1","from":{"id":%d,"is_bot":false,"first_name":"Ayesha"},
		"message":{"message_id":900,"chat":{"id":%d,"type":"private"},"date":1718000000,"text":"x"},"chat_instance":"1","data":"language"}}`, chat, chat), tgSecret))
	got = e.waitTelegram(chat, 2)
	require.Equal(t, texts.T(locales.UR, "language_prompt", nil), got[1].String("text"))
	require.Eventually(t, func() bool {
		return len(e.tg.Calls("answerCallbackQuery")) == 1 && len(e.tg.Calls("editMessageReplyMarkup")) == 1
	},
		5*time.Second, 20*time.Millisecond)

	// A photo: stored, downloaded with its SHA-256, acknowledged.
	e.tg.AddFile("PHOTO-BIG", []byte("\xff\xd8\xff\xe0 jpeg bytes"), "image/jpeg")
	require.Equal(t, http.StatusOK, e.telegram(fmt.Sprintf(`{"update_id":3,"message":{"message_id":3,"from":{"id":%d,"is_bot":false,"first_name":"A"},
		"chat":{"id":%d,"type":"private"},"date":1718000000,"photo":[{"file_id":"PHOTO-SMALL","file_unique_id":"s","width":90,"height":90},
		{"file_id":"PHOTO-BIG","file_unique_id":"b","width":1280,"height":1280}]}}`, chat, chat), tgSecret))
	require.Eventually(t, func() bool {
		return e.query(`SELECT count(*) FROM media WHERE kind = 'image' AND provider_ref = 'PHOTO-BIG' AND sha256 IS NOT NULL`) == 1
	}, 20*time.Second, 50*time.Millisecond)
	got = e.waitTelegram(chat, 3)
	require.Equal(t, texts.T(locales.UR, "report_more", nil), got[2].String("text"), "a photo starts a report")

	// A 429 is honoured and the reply still goes out, once.
	e.tg.FailNext("sendMessage", 429, "Too Many Requests: retry after 1", 1)
	require.Equal(t, http.StatusOK, e.telegram(textUpdate(4, chat, "menu"), tgSecret))
	got = e.waitTelegram(chat, 5)
	require.Equal(t, texts.T(locales.UR, "menu_prompt", nil), got[len(got)-1].String("text"))

	// WhatsApp: a greeting in Roman Urdu, numbered options, a signed webhook.
	wa := url.Values{"MessageSid": {"SMwa1"}, "AccountSid": {twSID}, "From": {waPerson}, "To": {waFrom},
		"Body": {"assalam o alaikum bhai"}, "ProfileName": {"Ahmed"}, "WaId": {"923001234567"}, "NumMedia": {"0"}}
	code, _ := e.twilio("/webhooks/twilio", wa, "wrong-token")
	require.Equal(t, http.StatusForbidden, code)
	code, body := e.twilio("/webhooks/twilio", wa, twToken)
	require.Equal(t, http.StatusOK, code)
	require.Contains(t, body, "<Response/>")
	msgs := e.waitTwilio(waPerson, 1)
	require.Equal(t, waFrom, msgs[0].From)
	require.True(t, strings.HasPrefix(msgs[0].Body, texts.T(locales.URLatn, "greeting", nil)))
	require.Contains(t, msgs[0].Body, "1. "+texts.T(locales.URLatn, "menu_report", nil))
	require.Equal(t, e.base+"/webhooks/twilio/status", msgs[0].StatusCallback)
	code, _ = e.twilio("/webhooks/twilio", wa, twToken) // redelivered
	require.Equal(t, http.StatusOK, code)

	// Typing the option's number picks it; a 429 first is retried.
	e.tw.FailNext(429, 20429, "Too Many Requests", 1)
	code, _ = e.twilio("/webhooks/twilio", url.Values{"MessageSid": {"SMwa2"}, "From": {waPerson}, "To": {waFrom}, "Body": {"6"}, "NumMedia": {"0"}}, twToken)
	require.Equal(t, http.StatusOK, code)
	msgs = e.waitTwilio(waPerson, 2)
	require.True(t, strings.HasPrefix(msgs[1].Body, texts.T(locales.URLatn, "language_prompt", nil)))

	// A delivery report moves the reply's status (at once, or by the
	// sweeper when it overtook the send's commit).
	code, _ = e.twilio("/webhooks/twilio/status", url.Values{"MessageSid": {msgs[0].SID}, "MessageStatus": {"read"}, "From": {waFrom}, "To": {waPerson}}, twToken)
	require.Equal(t, http.StatusOK, code)
	require.Eventually(t, func() bool {
		return e.query(`SELECT count(*) FROM messages WHERE provider_id = $1 AND status = 'read'`, msgs[0].SID) == 1
	}, 20*time.Second, 20*time.Millisecond)

	// WhatsApp refuses the language prompt late, as outside the 24-hour
	// window: the approved template goes instead, once. The callback may
	// overtake the commit of the send's outcome (it is sent as soon as the
	// fake API answered): it is kept and applied when the SID is stored.
	code, _ = e.twilio("/webhooks/twilio/status", url.Values{"MessageSid": {msgs[1].SID}, "MessageStatus": {"undelivered"}, "ErrorCode": {"63016"}, "From": {waFrom}, "To": {waPerson}}, twToken)
	require.Equal(t, http.StatusOK, code)
	msgs = e.waitTwilio(waPerson, 3)
	require.Equal(t, templateSID, msgs[2].ContentSid)
	require.Empty(t, msgs[2].Body)

	// A WhatsApp image is fetched with the account's credentials.
	mediaURL := e.tw.AddMedia("/2010-04-01/Accounts/"+twSID+"/Messages/MMimg/Media/ME1", []byte("png bytes"), "image/png")
	code, _ = e.twilio("/webhooks/twilio", url.Values{"MessageSid": {"MMimg"}, "From": {waPerson}, "To": {waFrom}, "Body": {""},
		"NumMedia": {"1"}, "MediaUrl0": {mediaURL}, "MediaContentType0": {"image/png"}}, twToken)
	require.Equal(t, http.StatusOK, code)
	require.Eventually(t, func() bool {
		return e.query(`SELECT count(*) FROM media WHERE provider_ref = $1 AND data IS NOT NULL`, mediaURL) == 1
	}, 20*time.Second, 50*time.Millisecond)
	var sealed []byte
	require.NoError(t, e.db.Pool.QueryRow(context.Background(), `SELECT data FROM media WHERE provider_ref = $1`, mediaURL).Scan(&sealed))
	require.NotContains(t, string(sealed), "png bytes", "sealed at rest")
	data, err := store.OpenBytes(sealed, "media.data")
	require.NoError(t, err)
	require.Equal(t, "png bytes", string(data))

	// SMS: a Latin greeting is answered in Roman Urdu, in GSM-7; STOP is honoured.
	code, _ = e.twilio("/webhooks/twilio", url.Values{"MessageSid": {"SMsms1"}, "From": {smsPerson}, "To": {smsFrom}, "Body": {"salam"}, "NumMedia": {"0"}}, twToken)
	require.Equal(t, http.StatusOK, code)
	sms := e.waitTwilio(smsPerson, 1)
	require.Equal(t, smsFrom, sms[0].From)
	require.True(t, strings.HasPrefix(sms[0].Body, texts.T(locales.URLatn, "greeting_sms", nil)), "the short greeting")
	require.Contains(t, sms[0].Body, "1. "+texts.T(locales.URLatn, "menu_report", nil))
	require.LessOrEqual(t, sms[0].NumSegments, 3, "the short greeting with its seven options: three GSM-7 segments at most")
	for _, r := range sms[0].Body {
		require.Less(t, r, rune(0x0600), "no Urdu script on SMS for a Latin writer")
	}
	code, _ = e.twilio("/webhooks/twilio", url.Values{"MessageSid": {"SMsms2"}, "From": {smsPerson}, "To": {smsFrom}, "Body": {"STOP"}, "NumMedia": {"0"}}, twToken)
	require.Equal(t, http.StatusOK, code)
	require.Eventually(t, func() bool {
		return e.query(`SELECT count(*) FROM contacts WHERE channel = 'sms' AND status = 'opted_out'`) == 1
	},
		20*time.Second, 50*time.Millisecond)

	// Everything settles; every reply was handed over exactly once.
	require.Eventually(t, func() bool {
		return e.query(`SELECT count(*) FROM messages WHERE (direction = 'in' AND status = 'received') OR (direction = 'out' AND status IN ('queued','sending'))`) == 0
	}, 20*time.Second, 50*time.Millisecond)
	var tgTexts []string
	for _, r := range e.sent(chat) {
		tgTexts = append(tgTexts, r.String("text"))
	}
	menu := texts.T(locales.UR, "menu_prompt", nil)
	require.Equal(t, []string{
		texts.T(locales.UR, "greeting", nil), texts.T(locales.UR, "language_prompt", nil),
		texts.T(locales.UR, "report_more", nil),
		menu, menu, // the 429, then its retry
	}, tgTexts, "telegram: each reply once (the redelivered update got none)")
	require.Len(t, e.twilioTo(waPerson), 4, "whatsapp: greeting, language prompt, its template, report started by the image — each once")
	require.Len(t, e.twilioTo(smsPerson), 1, "sms: greeting; nothing after STOP")
	logs := e.srv.output()
	require.Contains(t, logs, `"msg":"http_request"`, "the logs were captured")
	for _, secret := range []string{"923001234567", "923331234567", "5550001", tgToken, tgSecret, twToken, "assalam o alaikum bhai"} {
		require.NotContains(t, logs, secret, "logs hold no phone numbers, chat ids, tokens or message bodies")
	}
}

// In polling mode the same binary fetches updates itself and answers them.
func TestE2ETelegramPolling(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	t.Parallel()
	texts := locales.MustLoad()
	e := startWithProviders(t, "polling")
	e.tg.QueueUpdates(json.RawMessage(textUpdate(10, 777, "hello")), json.RawMessage(textUpdate(11, 777, "zaban")))
	got := e.waitTelegram(777, 2)
	require.Equal(t, texts.T(locales.EN, "greeting", nil), got[0].String("text"))
	require.Equal(t, texts.T(locales.EN, "language_prompt", nil), got[1].String("text"))
	require.NotEmpty(t, e.tg.Calls("deleteWebhook"))
	require.Empty(t, e.tg.Calls("setWebhook"))
}

// Twilio does not deliver a webhook again when it fails, but calls the
// number's Fallback URL at once. A second replica on the same database
// serves it: a message that reaches both the primary and the fallback (the
// primary stored it but answered too late) is stored and answered once,
// and one only the fallback got is answered too.
func TestE2ETwilioFallbackReplica(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	t.Parallel()
	texts := locales.MustLoad()
	e := startWithProviders(t, "webhook")
	fallbackAddr := freeAddr(t)
	fallback := "http://" + fallbackAddr
	startServer(t, e.db, fallbackAddr,
		"PUBLIC_BASE_URL="+e.base, "TWILIO_FALLBACK_BASE_URL="+fallback,
		"TWILIO_ACCOUNT_SID="+twSID, "TWILIO_AUTH_TOKEN="+twToken, "TWILIO_API_URL="+e.tw.URL(),
		"TWILIO_SMS_FROM="+smsFrom)
	toFallback := func(form url.Values) int {
		form.Set("ErrorCode", "11200")
		form.Set("ErrorUrl", e.base+"/webhooks/twilio")
		req, err := http.NewRequest(http.MethodPost, fallback+"/webhooks/twilio", strings.NewReader(form.Encode()))
		require.NoError(t, err)
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("X-Twilio-Signature", faketwilio.Sign(twToken, fallback+"/webhooks/twilio", form))
		res, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		res.Body.Close()
		return res.StatusCode
	}

	const person = "+923215550001"
	first := url.Values{"MessageSid": {"SMfb1"}, "From": {person}, "To": {smsFrom}, "Body": {"salam"}, "NumMedia": {"0"}}
	code, _ := e.twilio("/webhooks/twilio", first, twToken)
	require.Equal(t, http.StatusOK, code)
	require.Equal(t, http.StatusOK, toFallback(url.Values{"MessageSid": {"SMfb1"}, "From": {person}, "To": {smsFrom}, "Body": {"salam"}, "NumMedia": {"0"}}))
	sms := e.waitTwilio(person, 1)
	require.True(t, strings.HasPrefix(sms[0].Body, texts.T(locales.URLatn, "greeting_sms", nil)))

	require.Equal(t, http.StatusOK, toFallback(url.Values{"MessageSid": {"SMfb2"}, "From": {person}, "To": {smsFrom}, "Body": {"menu"}, "NumMedia": {"0"}}))
	e.waitTwilio(person, 2)
	require.Eventually(t, func() bool {
		return e.query(`SELECT count(*) FROM messages WHERE (direction = 'in' AND status = 'received') OR (direction = 'out' AND status IN ('queued','sending'))`) == 0
	}, 20*time.Second, 50*time.Millisecond)
	require.Equal(t, 2, e.query(`SELECT count(*) FROM messages WHERE direction = 'in' AND provider_id IN ('SMfb1', 'SMfb2')`), "each message stored once")
	require.Len(t, e.twilioTo(person), 2, "each answered once")
}
