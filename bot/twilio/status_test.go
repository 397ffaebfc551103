package twilio_test

import (
	"errors"
	"net/http"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/bot/twilio"
)

func TestDecodeStatus(t *testing.T) {
	t.Parallel()
	c := newChannel(t, "http://127.0.0.1:9")
	// What Twilio posts to StatusCallback for a message we sent.
	callback := func(from, to, status string, extra ...string) string {
		return form(append([]string{"SmsSid", "SM0001", "SmsStatus", status, "MessageStatus", status,
			"To", to, "MessageSid", "SM0001", "AccountSid", accountSID, "From", from, "ApiVersion", "2010-04-01"}, extra...)...)
	}
	cases := []struct {
		name   string
		body   string
		mode   string
		status int
		want   bot.StatusUpdate
	}{
		{name: "sms delivered", body: callback(smsFrom, smsAddress, "delivered"),
			want: bot.StatusUpdate{Channel: bot.SMS, ProviderID: "SM0001", Status: "delivered"}},
		{name: "whatsapp read", body: callback(whatsAppFrom, waFrom, "read", "ChannelPrefix", "whatsapp"),
			want: bot.StatusUpdate{Channel: bot.WhatsApp, ProviderID: "SM0001", Status: "read"}},
		{name: "sms failed 30003", body: callback(smsFrom, smsAddress, "failed", "ErrorCode", "30003"),
			want: bot.StatusUpdate{Channel: bot.SMS, ProviderID: "SM0001", Status: "failed", ErrorCode: "30003"}},
		{name: "whatsapp undelivered 63016", body: callback(whatsAppFrom, waFrom, "undelivered", "ErrorCode", "63016"),
			want: bot.StatusUpdate{Channel: bot.WhatsApp, ProviderID: "SM0001", Status: "undelivered", ErrorCode: "63016"}},
		{name: "sms failed 21610: the recipient opted out", body: callback(smsFrom, smsAddress, "failed", "ErrorCode", "21610"),
			want: bot.StatusUpdate{Channel: bot.SMS, ProviderID: "SM0001", Status: "failed", ErrorCode: "21610", Contact: bot.ContactOptedOut}},
		{name: "whatsapp undelivered 21610", body: callback(whatsAppFrom, waFrom, "undelivered", "ErrorCode", "21610"),
			want: bot.StatusUpdate{Channel: bot.WhatsApp, ProviderID: "SM0001", Status: "undelivered", ErrorCode: "21610", Contact: bot.ContactOptedOut}},
		{name: "whatsapp told by To alone", body: form("MessageSid", "SM0001", "MessageStatus", "sent", "To", waFrom),
			want: bot.StatusUpdate{Channel: bot.WhatsApp, ProviderID: "SM0001", Status: "sent"}},
		{name: "older SmsStatus only", body: form("MessageSid", "SM0001", "SmsStatus", "Delivered", "To", smsAddress),
			want: bot.StatusUpdate{Channel: bot.SMS, ProviderID: "SM0001", Status: "delivered"}},

		{name: "bad signature", body: callback(smsFrom, smsAddress, "delivered"), mode: wrongToken, status: http.StatusForbidden},
		{name: "missing signature", body: callback(smsFrom, smsAddress, "delivered"), mode: unsigned, status: http.StatusForbidden},
		{name: "signed for the message webhook", body: callback(smsFrom, smsAddress, "delivered"), mode: otherURL, status: http.StatusForbidden},
		{name: "missing MessageSid", body: form("MessageStatus", "delivered", "To", smsAddress), status: http.StatusBadRequest},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			mode := tc.mode
			if mode == "" {
				mode = signed
			}
			r, body := webhook(t, "/webhooks/twilio/status", tc.body, mode)
			got, err := c.DecodeStatus(r, body)
			if tc.status != 0 {
				var re *bot.RequestError
				require.True(t, errors.As(err, &re), "error %v", err)
				require.Equal(t, tc.status, re.Status)
				return
			}
			require.NoError(t, err)
			require.Equal(t, []bot.StatusUpdate{tc.want}, got)
		})
	}
}

// A 63016 reported after the fact asks for the template, when one is set.
func TestDecodeStatusAsksForTemplate(t *testing.T) {
	t.Parallel()
	with := newChannel(t, "http://127.0.0.1:9", func(o *twilio.Options) { o.WhatsAppTemplateSID = templateSID })
	without := newChannel(t, "http://127.0.0.1:9")
	cases := []struct {
		name string
		c    *twilio.Channel
		body string
		want bool
	}{
		{"whatsapp undelivered 63016 with template", with, form("MessageSid", "SM1", "MessageStatus", "undelivered", "ErrorCode", "63016", "From", whatsAppFrom, "To", waFrom), true},
		{"whatsapp failed 63016 with template", with, form("MessageSid", "SM1", "MessageStatus", "failed", "ErrorCode", "63016", "From", whatsAppFrom, "To", waFrom), true},
		{"no template configured", without, form("MessageSid", "SM1", "MessageStatus", "undelivered", "ErrorCode", "63016", "From", whatsAppFrom, "To", waFrom), false},
		{"another error", with, form("MessageSid", "SM1", "MessageStatus", "undelivered", "ErrorCode", "63003", "From", whatsAppFrom, "To", waFrom), false},
		{"sms", with, form("MessageSid", "SM1", "MessageStatus", "undelivered", "ErrorCode", "63016", "From", smsFrom, "To", smsAddress), false},
	}
	for _, tc := range cases {
		r, body := webhook(t, "/webhooks/twilio/status", tc.body, signed)
		got, err := tc.c.DecodeStatus(r, body)
		require.NoError(t, err, tc.name)
		require.Equal(t, tc.want, got[0].ResendAsTemplate, tc.name)
	}
}
