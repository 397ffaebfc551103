package twilio_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/bot/twilio"
	"github.com/hoshyar/hoshyar/internal/faketwilio"
)

const statusCallback = publicBase + "/webhooks/twilio/status"

var yesNo = []bot.Button{{Label: "Haan", Value: "yes"}, {Label: "Nahi", Value: "no"}}

// requireNothingPrivate checks an error says neither the auth token nor a
// phone number.
func requireNothingPrivate(t *testing.T, err error) {
	t.Helper()
	require.Error(t, err)
	for _, secret := range []string{authToken, "923001234567", "3001234567", "14155238886"} {
		require.NotContains(t, err.Error(), secret)
	}
}

func TestSendForms(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name     string
		out      bot.Outbound
		to, from string
		body     string
	}{
		{name: "whatsapp with numbered options",
			out: bot.Outbound{Channel: bot.WhatsApp, Address: waFrom, Text: "Aap kya karna chahte hain?",
				Buttons: []bot.Button{{Label: "Report", Value: "menu:report"}, {Label: "Madad", Value: "menu:help"}}},
			to: waFrom, from: whatsAppFrom, body: "Aap kya karna chahte hain?\n\n1. Report\n2. Madad"},
		{name: "sms with numbered options",
			out: bot.Outbound{Channel: bot.SMS, Address: smsAddress, Text: "Kya yeh sahi hai?", Buttons: yesNo},
			to:  smsAddress, from: smsFrom, body: "Kya yeh sahi hai?\n\n1. Haan\n2. Nahi"},
		{name: "whatsapp address without prefix",
			out: bot.Outbound{Channel: bot.WhatsApp, Address: smsAddress, Text: "salam"},
			to:  waFrom, from: whatsAppFrom, body: "salam"},
		{name: "sms kept to GSM-7",
			out: bot.Outbound{Channel: bot.SMS, Address: smsAddress,
				Text: "Aap ki report “HSY-7KQ3MZ” mil gayi — shukriya… ‘Hoshyar’ rahein\u00a0🙏", Buttons: []bot.Button{{Label: "Menu ▶", Value: "menu"}}},
			to: smsAddress, from: smsFrom, body: "Aap ki report \"HSY-7KQ3MZ\" mil gayi - shukriya... 'Hoshyar' rahein\n\n1. Menu"},
		{name: "whatsapp keeps typography",
			out: bot.Outbound{Channel: bot.WhatsApp, Address: waFrom, Text: "“HSY-7KQ3MZ” — shukriya 🙏"},
			to:  waFrom, from: whatsAppFrom, body: "“HSY-7KQ3MZ” — shukriya 🙏"},
		{name: "urdu sms as written",
			out: bot.Outbound{Channel: bot.SMS, Address: smsAddress, Text: "آپ کی رپورٹ “HSY-7KQ3MZ” مل گئی۔", Buttons: []bot.Button{{Label: "مینو", Value: "menu"}}},
			to:  smsAddress, from: smsFrom, body: "آپ کی رپورٹ “HSY-7KQ3MZ” مل گئی۔\n\n1. مینو"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			fake, c := newFake(t)
			sid, err := c.Send(context.Background(), tc.out)
			require.NoError(t, err)
			msgs := fake.Messages()
			require.Len(t, msgs, 1)
			m := msgs[0]
			require.Equal(t, http.StatusCreated, m.Status)
			require.Equal(t, m.SID, sid)
			require.Equal(t, "/2010-04-01/Accounts/"+accountSID+"/Messages.json", m.Path)
			require.Equal(t, accountSID, m.User)
			require.Equal(t, authToken, m.Password)
			require.Equal(t, url.Values{"To": {tc.to}, "From": {tc.from}, "Body": {tc.body},
				"StatusCallback": {statusCallback}}, m.Form)
		})
	}
}

// bodies returns the Body of every accepted message.
func bodies(msgs []faketwilio.Message) []string {
	var out []string
	for _, m := range msgs {
		if m.SID != "" {
			out = append(out, m.Body)
		}
	}
	return out
}

func TestSendSplitsLongSMS(t *testing.T) {
	t.Parallel()
	const options = "\n\n1. Haan\n2. Nahi"
	roman := strings.TrimSpace(strings.Repeat("Agar koi agent aap se visa ke liye advance fees maangta hai to pehle OEC se license check karein. ", 21))
	urdu := strings.TrimSpace(strings.Repeat("اگر کوئی ایجنٹ ویزا کے لیے پیشگی فیس مانگے تو پہلے لائسنس کی تصدیق کریں۔ ", 6))
	require.GreaterOrEqual(t, utf8.RuneCountInString(roman), 2000)
	require.GreaterOrEqual(t, utf8.RuneCountInString(urdu), 400)

	cases := []struct {
		name      string
		text      string
		buttons   []bot.Button
		parts     int
		maxLength int // per part, in UTF-16 units: 5 segments
	}{
		{"roman urdu with options", roman, yesNo, 3, 765},
		{"urdu script", urdu, nil, 2, 335},
		{"urdu script with options", urdu, yesNo, 2, 335},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			fake, c := newFake(t)
			sid, err := c.Send(context.Background(), bot.Outbound{Channel: bot.SMS, Address: smsAddress, Text: tc.text, Buttons: tc.buttons})
			require.NoError(t, err)
			msgs := fake.Messages()
			require.Len(t, msgs, tc.parts)
			require.Equal(t, msgs[len(msgs)-1].SID, sid, "the last part's sid")
			got := bodies(msgs)
			for i, m := range msgs {
				require.LessOrEqual(t, m.NumSegments, 5, "part %d", i)
				require.LessOrEqual(t, len(utf16.Encode([]rune(m.Body))), tc.maxLength, "part %d", i)
				require.Equal(t, statusCallback, m.StatusCallback)
				if i < len(msgs)-1 {
					require.True(t, strings.HasSuffix(m.Body, ".") || strings.HasSuffix(m.Body, "۔"), "part %d ends a sentence: %q", i, m.Body)
					require.NotContains(t, m.Body, "1. Haan", "options only in the last part")
				}
			}
			last := got[len(got)-1]
			if tc.buttons != nil {
				require.True(t, strings.HasSuffix(last, options), "options with the last part")
				got[len(got)-1] = strings.TrimSuffix(last, options)
			}
			require.Equal(t, tc.text, strings.Join(got, " "), "nothing lost or changed")
		})
	}
}

func TestSendWhatsAppSplitsOnlyPast1600(t *testing.T) {
	t.Parallel()
	sentence := "Agar koi agent aap se visa ke liye advance fees maangta hai to pehle OEC se license check karein. "
	for _, tc := range []struct {
		text  string
		parts int
	}{
		{strings.TrimSpace(strings.Repeat(sentence, 15)), 1}, // ~1,470 characters: one message, many SMS segments
		{strings.TrimSpace(strings.Repeat(sentence, 21)), 2},
	} {
		fake, c := newFake(t)
		_, err := c.Send(context.Background(), bot.Outbound{Channel: bot.WhatsApp, Address: waFrom, Text: tc.text, Buttons: yesNo})
		require.NoError(t, err)
		got := bodies(fake.Messages())
		require.Len(t, got, tc.parts)
		for _, b := range got {
			require.LessOrEqual(t, utf8.RuneCountInString(b), 1600)
		}
		require.True(t, strings.HasSuffix(got[len(got)-1], "\n\n1. Haan\n2. Nahi"))
	}
}

func TestSendErrors(t *testing.T) {
	t.Parallel()
	type failure struct {
		status, code int
		message      string
		retryAfter   int
	}
	cases := []struct {
		name       string
		channel    string
		fail       failure
		retryAfter time.Duration // want a RetryAfterError
		permanent  string        // want a PermanentError with this code
		contact    string
	}{
		{name: "429 with Retry-After", fail: failure{429, 20429, "Too Many Requests", 7}, retryAfter: 7 * time.Second},
		{name: "429 without Retry-After", fail: failure{429, 20429, "Too Many Requests", 0}, retryAfter: time.Second},
		{name: "429 without a JSON body", fail: failure{429, 0, "", 3}, retryAfter: 3 * time.Second},
		{name: "whatsapp rate limit 63018", channel: bot.WhatsApp, fail: failure{400, 63018, "Rate limit exceeded for Channel", 0}, retryAfter: time.Second},
		{name: "500 is retried", fail: failure{500, 0, "", 0}},
		{name: "503 JSON is retried", fail: failure{503, 20500, "Internal Server Error", 0}},
		{name: "503 with Retry-After", fail: failure{503, 0, "", 30}, retryAfter: 30 * time.Second},
		{name: "opted out 21610", fail: failure{400, 21610, "Attempt to send to unsubscribed recipient", 0},
			permanent: "21610", contact: bot.ContactOptedOut},
		{name: "invalid number, quoted by Twilio", fail: failure{400, 21211, "The 'To' number +923001234567 is not a valid phone number.", 0},
			permanent: "21211"},
		{name: "whatsapp number quoted with prefix", channel: bot.WhatsApp, fail: failure{400, 63003, "Channel could not find To address whatsapp:+923001234567", 0},
			permanent: "63003"},
		{name: "4xx without code", fail: failure{404, 0, "", 0}, permanent: "404"},
		{name: "63016 without a template", channel: bot.WhatsApp, fail: failure{400, 63016, "Failed to send freeform message because you are outside the allowed window.", 0},
			permanent: "63016"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			fake, c := newFake(t)
			fake.FailNext(tc.fail.status, tc.fail.code, tc.fail.message, tc.fail.retryAfter)
			out := bot.Outbound{Channel: bot.SMS, Address: smsAddress, Text: "salam", Buttons: yesNo}
			if tc.channel == bot.WhatsApp {
				out.Channel, out.Address = bot.WhatsApp, waFrom
			}
			sid, err := c.Send(context.Background(), out)
			require.Empty(t, sid)
			requireNothingPrivate(t, err)
			require.Len(t, fake.Messages(), 1, "one request, no retry inside Send")

			ra, isRetry := bot.AsRetryAfter(err)
			perm, isPerm := bot.AsPermanent(err)
			switch {
			case tc.retryAfter != 0:
				require.True(t, isRetry, "%v", err)
				require.Equal(t, tc.retryAfter, ra.After)
				require.False(t, isPerm)
			case tc.permanent != "":
				require.True(t, isPerm, "%v", err)
				require.Equal(t, tc.permanent, perm.Code)
				require.Equal(t, tc.contact, perm.Contact)
				require.False(t, isRetry)
			default:
				require.False(t, isRetry, "%v", err)
				require.False(t, isPerm, "%v", err)
			}
			require.True(t, strings.HasPrefix(errText(err), "twilio: "), err.Error())
		})
	}
}

// errText is the text of the error inside bot's typed wrappers.
func errText(err error) string {
	if ra, ok := bot.AsRetryAfter(err); ok {
		return ra.Err.Error()
	}
	if p, ok := bot.AsPermanent(err); ok {
		return p.Err.Error()
	}
	return err.Error()
}

func TestSendTemplateOutsideWindow(t *testing.T) {
	t.Parallel()
	withTemplate := func(o *twilio.Options) { o.WhatsAppTemplateSID = templateSID }
	long := strings.TrimSpace(strings.Repeat("Aap ki report mil gayi hai, shukriya. ", 50)) // two WhatsApp messages

	t.Run("template sent instead", func(t *testing.T) {
		t.Parallel()
		fake, c := newFake(t, withTemplate)
		fake.FailNext(400, 63016, "Failed to send freeform message because you are outside the allowed window.", 0)
		sid, err := c.Send(context.Background(), bot.Outbound{Channel: bot.WhatsApp, Address: waFrom, Text: long, Buttons: yesNo})
		require.NoError(t, err)
		msgs := fake.Messages()
		require.Len(t, msgs, 2, "the refused reply, then the template only")
		require.Empty(t, msgs[0].SID)
		require.NotEmpty(t, msgs[0].Body)
		require.Equal(t, msgs[1].SID, sid)
		require.Equal(t, url.Values{"To": {waFrom}, "From": {whatsAppFrom}, "ContentSid": {templateSID},
			"StatusCallback": {statusCallback}}, msgs[1].Form)
	})
	t.Run("queued as a template after a late 63016", func(t *testing.T) {
		t.Parallel()
		fake, c := newFake(t, withTemplate)
		sid, err := c.Send(context.Background(), bot.Outbound{Channel: bot.WhatsApp, Address: waFrom, Text: "reply", Template: true})
		require.NoError(t, err)
		msgs := fake.Messages()
		require.Len(t, msgs, 1)
		require.Equal(t, msgs[0].SID, sid)
		require.Equal(t, url.Values{"To": {waFrom}, "From": {whatsAppFrom}, "ContentSid": {templateSID},
			"StatusCallback": {statusCallback}}, msgs[0].Form)

		_, err = c.Send(context.Background(), bot.Outbound{Channel: bot.SMS, Address: smsAddress, Text: "x", Template: true})
		perm, ok := bot.AsPermanent(err)
		require.True(t, ok)
		require.Equal(t, "no_template", perm.Code)
	})
	t.Run("template refused too", func(t *testing.T) {
		t.Parallel()
		fake, c := newFake(t, withTemplate)
		fake.FailNext(400, 63016, "outside the allowed window", 0)
		fake.FailNext(400, 63016, "outside the allowed window", 0)
		_, err := c.Send(context.Background(), bot.Outbound{Channel: bot.WhatsApp, Address: waFrom, Text: "salam"})
		perm, ok := bot.AsPermanent(err)
		require.True(t, ok, "%v", err)
		require.Equal(t, "63016", perm.Code)
		require.Len(t, fake.Messages(), 2, "the template is tried once")
	})
	t.Run("sms 63016 is not a window", func(t *testing.T) {
		t.Parallel()
		fake, c := newFake(t, withTemplate)
		fake.FailNext(400, 63016, "outside the allowed window", 0)
		_, err := c.Send(context.Background(), bot.Outbound{Channel: bot.SMS, Address: smsAddress, Text: "salam"})
		_, ok := bot.AsPermanent(err)
		require.True(t, ok)
		require.Len(t, fake.Messages(), 1)
	})
}

// A reply in parts fails as its failing part does, and says which.
func TestSendLaterPartFails(t *testing.T) {
	t.Parallel()
	text := strings.TrimSpace(strings.Repeat("Agar koi agent advance fees maange to OEC se license check karein. ", 30))
	for _, tc := range []struct {
		status, code int
		permanent    bool
	}{
		{500, 0, false},
		{400, 21610, true},
	} {
		fake, c := newFake(t)
		fake.PassNext()
		fake.FailNext(tc.status, tc.code, "refused", 0)
		_, err := c.Send(context.Background(), bot.Outbound{Channel: bot.SMS, Address: smsAddress, Text: text})
		require.ErrorContains(t, err, "part 2 of 3")
		_, isPerm := bot.AsPermanent(err)
		require.Equal(t, tc.permanent, isPerm)
		msgs := fake.Messages()
		require.Len(t, msgs, 2, "no part after the failing one")
		require.NotEmpty(t, msgs[0].SID)
	}
}

// Split gives the caller the same bodies Send would send; each part then
// goes as it is, one message each, with no options added again.
func TestSplitIntoParts(t *testing.T) {
	t.Parallel()
	text := strings.TrimSpace(strings.Repeat("Agar koi agent advance fees maange to OEC se license check karein. ", 30))
	fake, c := newFake(t)
	require.Nil(t, c.Split(bot.Outbound{Channel: bot.SMS, Address: smsAddress, Text: "short", Buttons: yesNo}))
	parts := c.Split(bot.Outbound{Channel: bot.SMS, Address: smsAddress, Text: text, Buttons: yesNo})
	require.Len(t, parts, 3)
	for i, p := range parts {
		require.Empty(t, p.Buttons, "the options are in the text")
		sid, err := c.Send(context.Background(), bot.Outbound{Channel: bot.SMS, Address: smsAddress, Text: p.Text, Part: i + 1, Parts: len(parts)})
		require.NoError(t, err)
		require.NotEmpty(t, sid)
	}
	got := bodies(fake.Messages())
	require.Len(t, got, 3)
	require.True(t, strings.HasSuffix(got[2], "\n\n1. Haan\n2. Nahi"), "options once, in the last part")
	for i, m := range fake.Messages() {
		require.LessOrEqual(t, m.NumSegments, 5, "part %d", i)
		require.Equal(t, parts[i].Text, m.Body)
	}
}

func TestSendWrongCredentials(t *testing.T) {
	t.Parallel()
	fake := faketwilio.New(t, accountSID, authToken)
	const wrong = "0badc0ffee0badc0ffee0badc0ffee00"
	c := newChannel(t, fake.URL(), func(o *twilio.Options) { o.AuthToken = wrong })
	_, err := c.Send(context.Background(), bot.Outbound{Channel: bot.SMS, Address: smsAddress, Text: "salam"})
	perm, ok := bot.AsPermanent(err)
	require.True(t, ok, "%v", err)
	require.Equal(t, "20003", perm.Code)
	require.NotContains(t, err.Error(), wrong)
	requireNothingPrivate(t, err)
	require.Equal(t, http.StatusUnauthorized, fake.Messages()[0].Status)
}

func TestSendNetworkErrorIsRetried(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.NotFoundHandler())
	srv.Close()
	c := newChannel(t, srv.URL)
	_, err := c.Send(context.Background(), bot.Outbound{Channel: bot.SMS, Address: smsAddress, Text: "salam"})
	requireNothingPrivate(t, err)
	_, isPerm := bot.AsPermanent(err)
	_, isRetry := bot.AsRetryAfter(err)
	require.False(t, isPerm)
	require.False(t, isRetry)
}

// twilio-go makes its requests without a context; Send must still stop
// when its context ends.
func TestSendHonoursContext(t *testing.T) {
	t.Parallel()
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-release:
		}
	}))
	t.Cleanup(srv.Close)
	t.Cleanup(func() { close(release) })
	c := newChannel(t, srv.URL)
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := c.Send(ctx, bot.Outbound{Channel: bot.SMS, Address: smsAddress, Text: "salam"})
	require.ErrorIs(t, err, context.DeadlineExceeded)
	require.Less(t, time.Since(start), 5*time.Second)
}

// TWILIO_REGION and TWILIO_EDGE, which twilio-go reads, must not send
// requests past APIURL.
func TestSendIgnoresTwilioRegion(t *testing.T) {
	t.Setenv("TWILIO_REGION", "ie1")
	t.Setenv("TWILIO_EDGE", "dublin")
	fake, c := newFake(t)
	_, err := c.Send(context.Background(), bot.Outbound{Channel: bot.SMS, Address: smsAddress, Text: "salam"})
	require.NoError(t, err)
	require.Len(t, fake.Messages(), 1)
}

func TestSendRefusesWithoutCalling(t *testing.T) {
	t.Parallel()
	fake, c := newFake(t, func(o *twilio.Options) { o.WhatsAppFrom = "" })
	for _, tc := range []struct {
		out  bot.Outbound
		code string
	}{
		{bot.Outbound{Channel: bot.WhatsApp, Address: waFrom, Text: "salam"}, twilio.CodeChannelOff},
		{bot.Outbound{Channel: bot.Telegram, Address: "42", Text: "salam"}, twilio.CodeChannelOff},
		{bot.Outbound{Channel: bot.SMS, Text: "salam"}, twilio.CodeNoAddress},
		{bot.Outbound{Channel: bot.SMS, Address: smsAddress, Text: "  "}, twilio.CodeEmpty},
	} {
		_, err := c.Send(context.Background(), tc.out)
		perm, ok := bot.AsPermanent(err)
		require.True(t, ok, "%v", err)
		require.Equal(t, tc.code, perm.Code)
	}
	require.Empty(t, fake.Messages())
	require.Equal(t, []string{bot.SMS}, c.Channels())
}
