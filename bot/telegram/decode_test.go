package telegram_test

import (
	"bytes"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/bot/telegram"
)

// private is the Inbound every private message from the test user starts as.
func private(id string) bot.Inbound {
	return bot.Inbound{Channel: bot.Telegram, ProviderID: id, Address: "123456789", Name: "Ayesha"}
}

func with(in bot.Inbound, f func(*bot.Inbound)) bot.Inbound {
	f(&in)
	return in
}

func TestDecode(t *testing.T) {
	t.Parallel()
	ch, _ := newChannel(t)
	tests := []struct {
		name   string
		file   string
		secret *string // nil: no header
		status int     // 0: decoded without error
		want   []bot.Inbound
	}{
		{name: "text", file: "text.json", secret: ptr(secret), want: []bot.Inbound{with(private("100000001:1718000000"), func(in *bot.Inbound) {
			in.Name = "Ayesha Khan"
			in.Text = "Salam, mujhe Saudi Arabia ki job offer mili hai, 3 lakh fees mang rahe hain"
		})}},
		{name: "start with payload", file: "start_payload.json", secret: ptr(secret), want: []bot.Inbound{with(private("100000002:1718000001"), func(in *bot.Inbound) {
			in.Text, in.Source = "/start", "fia_poster_lhr-2024"
		})}},
		{name: "plain start", file: "start_plain.json", secret: ptr(secret), want: []bot.Inbound{with(private("100000003:1718000002"), func(in *bot.Inbound) {
			in.Text = "/start"
		})}},
		{name: "photo: largest size, caption as text", file: "photo.json", secret: ptr(secret), want: []bot.Inbound{with(private("100000004:1718000010"), func(in *bot.Inbound) {
			in.Name = "Ayesha Khan"
			in.Text = "Ye ad Facebook par dekha, Dubai driver job"
			in.Media = []bot.Media{{Kind: "image", ContentType: "image/jpeg", ProviderRef: "AgACAgQAAxkBAAIBs-large"}}
		})}},
		{name: "voice", file: "voice.json", secret: ptr(secret), want: []bot.Inbound{with(private("100000005:1718000020"), func(in *bot.Inbound) {
			in.Media = []bot.Media{{Kind: "voice", ContentType: "audio/ogg", ProviderRef: "AwACAgQAAxkBAAIBtVoice", Duration: 14}}
		})}},
		{name: "document", file: "document.json", secret: ptr(secret), want: []bot.Inbound{with(private("100000006:1718000030"), func(in *bot.Inbound) {
			in.Text = "Visa letter"
			in.Media = []bot.Media{{Kind: "document", ContentType: "application/pdf", ProviderRef: "BQACAgQAAxkBAAIBtDoc"}}
		})}},
		{name: "location", file: "location.json", secret: ptr(secret), want: []bot.Inbound{with(private("100000007:1718000040"), func(in *bot.Inbound) {
			in.Media = []bot.Media{{Kind: "location", Latitude: ptr(31.520370), Longitude: ptr(74.358749)}}
		})}},
		{name: "shared contact: number and name read, not taken as words", file: "contact.json", secret: ptr(secret), want: []bot.Inbound{with(private("100000008:1718000050"), func(in *bot.Inbound) {
			in.Media = []bot.Media{{Kind: "contact", Text: "+923001234567 Imran Agent"}}
		})}},
		{name: "button press", file: "callback_query.json", secret: ptr(secret), want: []bot.Inbound{with(private("100000009:4382bfdwdsb323b2d9"), func(in *bot.Inbound) {
			in.Name = "Ayesha Khan"
			in.Choice = "report"
			in.Ref = map[string]string{"callback_query_id": "4382bfdwdsb323b2d9", "chat_id": "123456789", "message_id": "57"}
		})}},
		{name: "edited message", file: "edited_message.json", secret: ptr(secret), want: []bot.Inbound{with(private("100000010:1718000070"), func(in *bot.Inbound) {
			in.Name = "Ayesha Khan"
			in.Text = "Salam, mujhe Saudi Arabia ki job offer mili hai, 4 lakh fees mang rahe hain"
			in.Edited = true
		})}},
		{name: "group /start: kept, without the member's name", file: "group_message.json", secret: ptr(secret), want: []bot.Inbound{{
			Channel: bot.Telegram, ProviderID: "100000011:1718000080", Address: "-1001234567890",
			Text: "/start", Group: true,
		}}},
		{name: "group chatter: nothing stored", file: "group_text.json", secret: ptr(secret)},
		{name: "group /start edited: nothing stored", file: "group_start_edited.json", secret: ptr(secret)},
		{name: "group photo captioned /start: nothing stored", file: "group_photo.json", secret: ptr(secret)},
		{name: "group button press: nothing stored", file: "group_callback.json", secret: ptr(secret)},
		{name: "channel post: nothing stored", file: "channel_post.json", secret: ptr(secret)},
		{name: "edited channel post: nothing stored", file: "edited_channel_post.json", secret: ptr(secret)},
		{name: "bot blocked: nothing to store", file: "my_chat_member_kicked.json", secret: ptr(secret)},
		{name: "bot added to a group: nothing to store", file: "group_service.json", secret: ptr(secret)},
		{name: "urdu with zero-width and bidi marks, kept as written", file: "urdu_zero_width.json", secret: ptr(secret), want: []bot.Inbound{with(private("100000014:1718000110"), func(in *bot.Inbound) {
			in.Name = "عائشہ"
			in.Text = "\u200fمیرے بھائی کا پاسپورٹ\u200c لے لیا گیا ہے۔ فون \u200e۰۳۰۰۱۲۳۴۵۶۷\u200b"
		})}},
		{name: "sticker", file: "sticker.json", secret: ptr(secret), want: []bot.Inbound{with(private("100000015:1718000120"), func(in *bot.Inbound) {
			in.Media = []bot.Media{{Kind: "sticker", ContentType: "image/webp", ProviderRef: "CAACAgIAAxkBAAIBtSticker"}}
		})}},
		{name: "forward from an origin type the library does not know", file: "forward_new_origin.json", secret: ptr(secret), want: []bot.Inbound{with(private("100000016:1718000130"), func(in *bot.Inbound) {
			in.Text = "Italy work permit 15 lakh mein, sirf 10 seats"
		})}},
		{name: "a field of an unexpected type spoils only that field", file: "odd_field_type.json", secret: ptr(secret), want: []bot.Inbound{with(private("100000020:1718000170"), func(in *bot.Inbound) {
			in.Text = "Agent ka number 0300-1234567"
		})}},
		{name: "unsupported content: an empty message the flow answers", file: "dice.json", secret: ptr(secret), want: []bot.Inbound{private("100000018:1718000150")}},

		{name: "bad secret", file: "text.json", secret: ptr("s3cret-Token_2"), status: http.StatusUnauthorized},
		{name: "secret of another length", file: "text.json", secret: ptr("x"), status: http.StatusUnauthorized},
		{name: "empty secret", file: "text.json", secret: ptr(""), status: http.StatusUnauthorized},
		{name: "missing secret", file: "text.json", status: http.StatusUnauthorized},
		{name: "garbage JSON", file: "garbage.json", secret: ptr(secret), status: http.StatusBadRequest},
		{name: "no update_id", file: "no_update_id.json", secret: ptr(secret), status: http.StatusBadRequest},
		{name: "update_id as a string", file: "string_update_id.json", secret: ptr(secret), status: http.StatusBadRequest},
		{name: "update_id not an integer", file: "float_update_id.json", secret: ptr(secret), status: http.StatusBadRequest},
		{name: "update_id used again a week later", file: "update_id_restarted.json", secret: ptr(secret), want: []bot.Inbound{
			with(private("100000001:1718700000"), func(in *bot.Inbound) {
				in.Name = "Ayesha Khan"
				in.Text = "Salam, main dobara likh rahi hoon"
			})}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			body := readTestdata(t, tc.file)
			r := httptest.NewRequest(http.MethodPost, "/webhooks/telegram", bytes.NewReader(body))
			r.Header.Set("Content-Type", "application/json")
			if tc.secret != nil {
				r.Header.Set(telegram.SecretHeader, *tc.secret)
			}
			got, err := ch.Decode(r, body)
			if tc.status != 0 {
				var re *bot.RequestError
				require.True(t, errors.As(err, &re), "want a RequestError, got %v", err)
				require.Equal(t, tc.status, re.Status)
				require.Nil(t, got)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tc.want, got)
		})
	}
}

func TestDecodeRefusesEverythingWithoutAConfiguredSecret(t *testing.T) {
	t.Parallel()
	ch, err := telegram.New(telegram.Options{Token: token, APIURL: "http://127.0.0.1:1"}) // polling mode: no secret
	require.NoError(t, err)
	body := readTestdata(t, "text.json")
	for _, header := range []string{"", "anything"} {
		r := httptest.NewRequest(http.MethodPost, "/webhooks/telegram", bytes.NewReader(body))
		r.Header.Set(telegram.SecretHeader, header)
		_, err := ch.Decode(r, body)
		var re *bot.RequestError
		require.True(t, errors.As(err, &re))
		require.Equal(t, http.StatusUnauthorized, re.Status)
	}
}

func TestAcknowledgeIsAnEmpty200(t *testing.T) {
	t.Parallel()
	ch, _ := newChannel(t)
	w := httptest.NewRecorder()
	ch.Acknowledge(w)
	require.Equal(t, http.StatusOK, w.Code)
	require.Empty(t, w.Body.String())
}

func TestNewRejectsBadOptions(t *testing.T) {
	t.Parallel()
	for name, opts := range map[string]telegram.Options{
		"no token":            {APIURL: "https://api.telegram.org"},
		"token with a slash":  {Token: "123:abc/def"},
		"secret with a space": {Token: token, WebhookSecret: "not allowed"},
		"API URL not http":    {Token: token, APIURL: "ftp://api.telegram.org"},
	} {
		_, err := telegram.New(opts)
		require.Error(t, err, name)
		require.NotContains(t, err.Error(), token, name)
	}
}
