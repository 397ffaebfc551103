package twilio_test

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/bot/twilio"
	"github.com/hoshyar/hoshyar/internal/faketwilio"
)

const (
	waFrom     = "whatsapp:+923001234567"
	smsAddress = "+923001234567"
	mediaBase  = "https://api.twilio.com/2010-04-01/Accounts/" + accountSID + "/Messages/"
)

// form builds a webhook body from name, value pairs.
func form(pairs ...string) string {
	f := url.Values{}
	for i := 0; i+1 < len(pairs); i += 2 {
		f.Add(pairs[i], pairs[i+1])
	}
	return f.Encode()
}

// smsForm is an incoming SMS with body and any extra pairs.
func smsForm(body string, extra ...string) string {
	return form(append([]string{"MessageSid", "SMa1", "AccountSid", accountSID, "From", smsAddress,
		"To", smsFrom, "Body", body}, extra...)...)
}

func ptr(f float64) *float64 { return &f }

func TestDecode(t *testing.T) {
	t.Parallel()
	c := newChannel(t, "http://127.0.0.1:9") // Decode calls nothing
	const urdu = "میرا پاسپورٹ\u200c رکھ لیا\u200f۔ نمبر \u2066+923001234567\u2069 ہے"

	many := []string{"NumMedia", "12"}
	for i := range 12 {
		many = append(many, "MediaUrl"+strconv.Itoa(i), mediaBase+"MMb/Media/ME"+strconv.Itoa(i), "MediaContentType"+strconv.Itoa(i), "image/png")
	}
	var tenImages []bot.Media
	for i := range 10 {
		tenImages = append(tenImages, bot.Media{Kind: "image", ContentType: "image/png", ProviderRef: mediaBase + "MMb/Media/ME" + strconv.Itoa(i)})
	}

	cases := []struct {
		name   string
		body   string
		target string // default /webhooks/twilio
		mode   string // default signed
		status int    // RequestError status; 0 when decoded
		want   bot.Inbound
	}{
		{name: "sms text", body: testdata(t, "sms_text.txt"), want: bot.Inbound{
			Channel: bot.SMS, ProviderID: "SM11111111111111111111111111111111", Address: smsAddress,
			Text: "Salam, mujhe Saudi mein naukri ki offer aayi hai, 2 lakh fees maang rahe hain"}},
		{name: "sms long text delivered base64-encoded", body: testdata(t, "sms_base64.txt"), want: bot.Inbound{
			Channel: bot.SMS, ProviderID: "SM99999999999999999999999999999999", Address: smsAddress,
			Text: "Salam, mujhe Dubai mein driver ki job ka offer mila hai. Agent 3 lakh rupay maang raha hai aur kehta hai visa do hafte mein aa jaye ga. Kya yeh sahi hai?"}},
		{name: "whatsapp text with ProfileName and WaId", body: testdata(t, "wa_text.txt"), want: bot.Inbound{
			Channel: bot.WhatsApp, ProviderID: "SM44444444444444444444444444444444", Address: waFrom,
			Name: "Ahmed Khan", Text: "Assalam o alaikum, yeh agent asli hai?"}},
		{name: "whatsapp image and document", body: testdata(t, "wa_image2.txt"), want: bot.Inbound{
			Channel: bot.WhatsApp, ProviderID: "MM66666666666666666666666666666666", Address: waFrom,
			Name: "Ahmed Khan", Text: "Yeh ad dekhein", Media: []bot.Media{
				{Kind: "image", ContentType: "image/jpeg", ProviderRef: mediaBase + "MM66666666666666666666666666666666/Media/ME00000000000000000000000000000001"},
				{Kind: "document", ContentType: "application/pdf", ProviderRef: mediaBase + "MM66666666666666666666666666666666/Media/ME00000000000000000000000000000002"},
			}}},
		{name: "whatsapp voice note", body: testdata(t, "wa_voice.txt"), want: bot.Inbound{
			Channel: bot.WhatsApp, ProviderID: "MM77777777777777777777777777777777", Address: waFrom,
			Name: "Ahmed Khan", Media: []bot.Media{
				{Kind: "voice", ContentType: "audio/ogg", ProviderRef: mediaBase + "MM77777777777777777777777777777777/Media/ME00000000000000000000000000000007"},
			}}},
		{name: "whatsapp sticker: image/webp", body: testdata(t, "wa_sticker.txt"), want: bot.Inbound{
			Channel: bot.WhatsApp, ProviderID: "MMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", Address: waFrom,
			Name: "Ahmed Khan", Media: []bot.Media{
				{Kind: "sticker", ContentType: "image/webp", ProviderRef: mediaBase + "MMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Media/ME0000000000000000000000000000000a"},
			}}},
		{name: "whatsapp shared contact: a vCard", body: testdata(t, "wa_contact.txt"), want: bot.Inbound{
			Channel: bot.WhatsApp, ProviderID: "MMbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", Address: waFrom,
			Name: "Ahmed Khan", Media: []bot.Media{
				{Kind: "contact", ContentType: "text/x-vcard", ProviderRef: mediaBase + "MMbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb/Media/ME0000000000000000000000000000000b"},
			}}},
		{name: "whatsapp location", body: testdata(t, "wa_location.txt"), want: bot.Inbound{
			Channel: bot.WhatsApp, ProviderID: "SM88888888888888888888888888888888", Address: waFrom,
			Name: "Ahmed Khan", Media: []bot.Media{{Kind: "location", Latitude: ptr(24.8607), Longitude: ptr(67.0011)}}}},
		{name: "whatsapp quick reply", body: testdata(t, "wa_button.txt"), want: bot.Inbound{
			Channel: bot.WhatsApp, ProviderID: "SM99999999999999999999999999999999", Address: waFrom,
			Name: "Ahmed Khan", Text: "Report a job offer", Choice: "menu:report"}},
		{name: "sms STOP", body: testdata(t, "sms_stop.txt"), want: bot.Inbound{
			Channel: bot.SMS, ProviderID: "SM22222222222222222222222222222222", Address: smsAddress,
			Text: " stop ", Control: bot.ControlStop}},
		{name: "sms UNSTOP", body: testdata(t, "sms_start.txt"), want: bot.Inbound{
			Channel: bot.SMS, ProviderID: "SM33333333333333333333333333333333", Address: smsAddress,
			Text: "Unstop", Control: bot.ControlStart}},
		{name: "sms QUIT", body: smsForm("Quit"), want: bot.Inbound{
			Channel: bot.SMS, ProviderID: "SMa1", Address: smsAddress, Text: "Quit", Control: bot.ControlStop}},
		{name: "sms YES", body: smsForm("yes\n"), want: bot.Inbound{
			Channel: bot.SMS, ProviderID: "SMa1", Address: smsAddress, Text: "yes\n", Control: bot.ControlYes}},
		{name: "sms keyword inside a sentence is text", body: smsForm("please stop the agent"), want: bot.Inbound{
			Channel: bot.SMS, ProviderID: "SMa1", Address: smsAddress, Text: "please stop the agent"}},
		{name: "sms opt-out by Twilio's OptOutType", body: smsForm("band karo", "OptOutType", "STOP"), want: bot.Inbound{
			Channel: bot.SMS, ProviderID: "SMa1", Address: smsAddress, Text: "band karo", Control: bot.ControlStop}},
		{name: "whatsapp stop is text", body: testdata(t, "wa_stop.txt"), want: bot.Inbound{
			Channel: bot.WhatsApp, ProviderID: "SM55555555555555555555555555555555", Address: waFrom,
			Name: "Ahmed Khan", Text: "stop"}},
		{name: "urdu with zero-width and bidi marks kept", body: smsForm(urdu), want: bot.Inbound{
			Channel: bot.SMS, ProviderID: "SMa1", Address: smsAddress, Text: urdu}},
		{name: "mms kinds", body: smsForm("", "NumMedia", "3",
			"MediaUrl0", mediaBase+"MMa/Media/ME0", "MediaContentType0", "audio/ogg",
			"MediaUrl1", mediaBase+"MMa/Media/ME1", "MediaContentType1", "video/mp4",
			"MediaUrl2", mediaBase+"MMa/Media/ME2", "MediaContentType2", "text/vcard"), want: bot.Inbound{
			Channel: bot.SMS, ProviderID: "SMa1", Address: smsAddress, Media: []bot.Media{
				{Kind: "audio", ContentType: "audio/ogg", ProviderRef: mediaBase + "MMa/Media/ME0"},
				{Kind: "video", ContentType: "video/mp4", ProviderRef: mediaBase + "MMa/Media/ME1"},
				{Kind: "contact", ContentType: "text/vcard", ProviderRef: mediaBase + "MMa/Media/ME2"},
			}}},
		{name: "NumMedia capped at 10", body: smsForm("", many...), want: bot.Inbound{
			Channel: bot.SMS, ProviderID: "SMa1", Address: smsAddress, Media: tenImages}},
		{name: "invalid location ignored", body: smsForm("here", "Latitude", "north", "Longitude", "67.0"), want: bot.Inbound{
			Channel: bot.SMS, ProviderID: "SMa1", Address: smsAddress, Text: "here"}},
		{name: "location out of range ignored", body: smsForm("here", "Latitude", "124.8", "Longitude", "67.0"), want: bot.Inbound{
			Channel: bot.SMS, ProviderID: "SMa1", Address: smsAddress, Text: "here"}},
		{name: "query string is signed as received", target: "/webhooks/twilio?src=wa", body: testdata(t, "wa_stop.txt"), want: bot.Inbound{
			Channel: bot.WhatsApp, ProviderID: "SM55555555555555555555555555555555", Address: waFrom,
			Name: "Ahmed Khan", Text: "stop"}},

		{name: "missing MessageSid", body: form("From", smsAddress, "Body", "salam"), status: http.StatusBadRequest},
		{name: "missing From", body: form("MessageSid", "SMa1", "Body", "salam"), status: http.StatusBadRequest},
		{name: "bad signature", body: testdata(t, "sms_text.txt"), mode: wrongToken, status: http.StatusForbidden},
		{name: "missing signature", body: testdata(t, "sms_text.txt"), mode: unsigned, status: http.StatusForbidden},
		{name: "signature over another URL", body: testdata(t, "sms_text.txt"), mode: otherURL, status: http.StatusForbidden},
		{name: "signature over another query", body: testdata(t, "sms_text.txt"), mode: otherQuery, status: http.StatusForbidden},
		{name: "parameter changed after signing", body: testdata(t, "sms_text.txt"), mode: tamperedVal, status: http.StatusForbidden},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			target, mode := tc.target, tc.mode
			if target == "" {
				target = "/webhooks/twilio"
			}
			if mode == "" {
				mode = signed
			}
			r, body := webhook(t, target, tc.body, mode)
			got, err := c.Decode(r, body)
			if tc.status != 0 {
				var re *bot.RequestError
				require.True(t, errors.As(err, &re), "error %v", err)
				require.Equal(t, tc.status, re.Status)
				require.Nil(t, got)
				return
			}
			require.NoError(t, err)
			require.Equal(t, []bot.Inbound{tc.want}, got)
		})
	}
}

func TestDecodeBadForm(t *testing.T) {
	t.Parallel()
	c := newChannel(t, "http://127.0.0.1:9")
	r := httptest.NewRequest(http.MethodPost, "/webhooks/twilio", nil)
	r.Header.Set("X-Twilio-Signature", "x")
	_, err := c.Decode(r, []byte("Body=%zz"))
	var re *bot.RequestError
	require.True(t, errors.As(err, &re))
	require.Equal(t, http.StatusBadRequest, re.Status)
}

func TestAcknowledge(t *testing.T) {
	t.Parallel()
	c := newChannel(t, "http://127.0.0.1:9")
	w := httptest.NewRecorder()
	c.Acknowledge(w)
	require.Equal(t, http.StatusOK, w.Code)
	require.Equal(t, "text/xml; charset=utf-8", w.Header().Get("Content-Type"))
	require.Equal(t, `<?xml version="1.0" encoding="UTF-8"?><Response/>`, w.Body.String())
}

// Twilio signs a request to the Fallback URL over that URL, and adds
// ErrorCode and ErrorUrl: a channel told where its fallback is accepts it
// there, and only there.
func TestDecodeAtTheFallbackURL(t *testing.T) {
	t.Parallel()
	const fallback = "https://dr.hoshyar.example.org"
	body := smsForm("Salam", "ErrorCode", "11200", "ErrorUrl", publicBase+"/webhooks/twilio")
	request := func(signedOver string) (*http.Request, []byte) {
		form, err := url.ParseQuery(body)
		require.NoError(t, err)
		r := httptest.NewRequest(http.MethodPost, "/webhooks/twilio", strings.NewReader(body))
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		r.Header.Set("X-Twilio-Signature", faketwilio.Sign(authToken, signedOver+"/webhooks/twilio", form))
		return r, []byte(body)
	}
	withFallback := newChannel(t, "http://127.0.0.1:9", func(o *twilio.Options) { o.FallbackBaseURL = fallback + "/" })
	without := newChannel(t, "http://127.0.0.1:9")

	for _, tc := range []struct {
		name       string
		c          *twilio.Channel
		signedOver string
		ok         bool
	}{
		{"primary", withFallback, publicBase, true},
		{"fallback", withFallback, fallback, true},
		{"another host", withFallback, "https://evil.example", false},
		{"fallback not configured", without, fallback, false},
	} {
		got, err := tc.c.Decode(request(tc.signedOver))
		if !tc.ok {
			var re *bot.RequestError
			require.True(t, errors.As(err, &re), tc.name)
			require.Equal(t, http.StatusForbidden, re.Status, tc.name)
			continue
		}
		require.NoError(t, err, tc.name)
		require.Equal(t, []bot.Inbound{{Channel: bot.SMS, ProviderID: "SMa1", Address: smsAddress, Text: "Salam"}}, got, tc.name)
	}
}
