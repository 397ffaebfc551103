package twilio_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/bot/twilio"
)

func TestNew(t *testing.T) {
	t.Parallel()
	valid := twilio.Options{AccountSID: accountSID, AuthToken: authToken, SMSFrom: smsFrom, PublicBaseURL: publicBase}
	cases := []struct {
		name     string
		edit     func(*twilio.Options)
		ok       bool
		channels []string
	}{
		{"sms only, default API URL", func(*twilio.Options) {}, true, []string{bot.SMS}},
		{"both", func(o *twilio.Options) { o.WhatsAppFrom = whatsAppFrom }, true, []string{bot.WhatsApp, bot.SMS}},
		{"whatsapp only", func(o *twilio.Options) { o.WhatsAppFrom, o.SMSFrom = whatsAppFrom, "" }, true, []string{bot.WhatsApp}},
		{"no sender", func(o *twilio.Options) { o.SMSFrom = "" }, false, nil},
		{"no token", func(o *twilio.Options) { o.AuthToken = "" }, false, nil},
		{"no account", func(o *twilio.Options) { o.AccountSID = "" }, false, nil},
		{"whatsapp without prefix", func(o *twilio.Options) { o.WhatsAppFrom = "+14155238886" }, false, nil},
		{"no public URL", func(o *twilio.Options) { o.PublicBaseURL = "" }, false, nil},
		{"relative public URL", func(o *twilio.Options) { o.PublicBaseURL = "/hoshyar" }, false, nil},
		{"bad API URL", func(o *twilio.Options) { o.APIURL = "ftp://api.twilio.com" }, false, nil},
	}
	for _, tc := range cases {
		opts := valid
		tc.edit(&opts)
		c, err := twilio.New(opts)
		if !tc.ok {
			require.Error(t, err, tc.name)
			require.NotContains(t, err.Error(), authToken)
			continue
		}
		require.NoError(t, err, tc.name)
		require.Equal(t, tc.channels, c.Channels(), tc.name)
	}
}

// The channel is every interface package bot wires.
var (
	_ bot.Sender        = (*twilio.Channel)(nil)
	_ bot.Webhook       = (*twilio.Channel)(nil)
	_ bot.StatusWebhook = (*twilio.Channel)(nil)
	_ bot.MediaFetcher  = (*twilio.Channel)(nil)
)
