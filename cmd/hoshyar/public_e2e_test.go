package main

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/locales"
)

// Nothing is said in public, and nothing public is kept: channel posts are
// neither asked for nor answered; in a group only /start is answered, with
// one pointer to a private chat, and the group's chatter is not stored;
// Twilio's guess at a sender's city is not stored; and a report that the
// recipient unsubscribed (21610) marks them opted out.
func TestE2ENothingSaidInPublic(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	t.Parallel()
	texts := locales.MustLoad()
	e := startWithProviders(t, "webhook")
	require.Eventually(t, func() bool { return len(e.tg.Calls("setWebhook")) > 0 }, 10*time.Second, 20*time.Millisecond)
	require.Equal(t, []any{"message", "edited_message", "callback_query", "my_chat_member"},
		e.tg.Calls("setWebhook")[0].Params["allowed_updates"], "channel posts are not asked for")

	const channel, group = int64(-1009876543210), int64(-1001234567890)
	chatter := "Mere bhai ko agent ne Dubai mein band kar rakha hai"
	for i, update := range []string{
		fmt.Sprintf(`{"update_id":20,"channel_post":{"message_id":1,"chat":{"id":%d,"title":"Gulf Visa Deals","type":"channel"},"date":1718000000,"text":"/start"}}`, channel),
		fmt.Sprintf(`{"update_id":21,"edited_channel_post":{"message_id":1,"chat":{"id":%d,"title":"Gulf Visa Deals","type":"channel"},"date":1718000000,"edit_date":1718000001,"text":"Qatar visa 100%% guarantee"}}`, channel),
		fmt.Sprintf(`{"update_id":22,"message":{"message_id":2,"from":{"id":42,"is_bot":false,"first_name":"Bilal"},"chat":{"id":%d,"title":"Overseas Jobs","type":"supergroup"},"date":1718000000,"text":%q}}`, group, chatter),
		fmt.Sprintf(`{"update_id":23,"message":{"message_id":3,"from":{"id":42,"is_bot":false,"first_name":"Bilal"},"chat":{"id":%d,"title":"Overseas Jobs","type":"supergroup"},"date":1718000000,"text":"/start@hoshyar_bot"}}`, group),
		fmt.Sprintf(`{"update_id":24,"message":{"message_id":4,"from":{"id":42,"is_bot":false,"first_name":"Bilal"},"chat":{"id":%d,"title":"Overseas Jobs","type":"supergroup"},"date":1718000000,"text":"menu"}}`, group),
	} {
		require.Equal(t, http.StatusOK, e.telegram(update, tgSecret), "update %d is acknowledged", i)
	}
	got := e.waitTelegram(group, 1)
	require.Equal(t, texts.T(locales.EN, "group_note", nil), got[0].String("text"), "one pointer to a private chat")
	require.Nil(t, got[0].Params["reply_markup"], "no buttons in a group")

	// A person who writes privately after that is answered as usual.
	const person = 5550777
	require.Equal(t, http.StatusOK, e.telegram(textUpdate(25, person, "hello"), tgSecret))
	e.waitTelegram(person, 1)

	// WhatsApp: Twilio adds where it guesses the sender lives.
	wa := url.Values{"MessageSid": {"SMcity1"}, "AccountSid": {twSID}, "From": {waPerson}, "To": {waFrom}, "Body": {"salam"},
		"NumMedia": {"0"}, "FromCity": {"GUJRANWALA"}, "FromState": {"PUNJAB"}, "FromZip": {"52250"}, "FromCountry": {"PK"},
		"ToCity": {"SAN FRANCISCO"}, "ToZip": {"94105"}}
	code, _ := e.twilio("/webhooks/twilio", wa, twToken)
	require.Equal(t, http.StatusOK, code)
	replies := e.waitTwilio(waPerson, 1)

	require.Eventually(t, func() bool {
		return e.query(`SELECT count(*) FROM messages WHERE (direction = 'in' AND status = 'received') OR (direction = 'out' AND status IN ('queued','sending'))`) == 0
	}, 20*time.Second, 50*time.Millisecond)
	require.Empty(t, e.sent(channel), "nothing said in the channel")
	require.Len(t, e.sent(group), 1, "the group got the pointer once, and nothing for its chatter")
	require.Equal(t, 1, e.query(`SELECT count(*) FROM messages WHERE kind = 'group'`), "of the group, only the /start is kept")
	require.Contains(t, textColumnsHolding(t, e, "whatsapp"), "contacts.channel", "the scan finds what is there")
	for _, needle := range []string{chatter, "Gulf Visa Deals", "Qatar visa", "Overseas Jobs", "Bilal", "GUJRANWALA", "PUNJAB", "52250", "SAN FRANCISCO", "94105"} {
		require.Empty(t, textColumnsHolding(t, e, needle), "%q is stored nowhere", needle)
	}

	// 21610 on a reply: Twilio says the person unsubscribed.
	code, _ = e.twilio("/webhooks/twilio/status", url.Values{"MessageSid": {replies[0].SID}, "MessageStatus": {"failed"},
		"ErrorCode": {"21610"}, "From": {waFrom}, "To": {waPerson}}, twToken)
	require.Equal(t, http.StatusOK, code)
	require.Equal(t, 1, e.query(`SELECT count(*) FROM contacts WHERE channel = 'whatsapp' AND status = 'opted_out'`))
}

// textColumnsHolding names the text and JSON columns of the test's schema
// that hold needle anywhere: a scan of everything a pg_dump would show as
// text.
func textColumnsHolding(t *testing.T, e *providersEnv, needle string) []string {
	t.Helper()
	ctx := context.Background()
	rows, err := e.db.Pool.Query(ctx, `
SELECT table_name, column_name FROM information_schema.columns
 WHERE table_schema = $1 AND data_type IN ('text', 'character varying', 'json', 'jsonb', 'ARRAY')`, e.db.Schema)
	require.NoError(t, err)
	type column struct{ Table, Column string }
	cols, err := pgx.CollectRows(rows, pgx.RowToStructByPos[column])
	require.NoError(t, err)
	require.NotEmpty(t, cols)
	var found []string
	for _, c := range cols {
		var n int
		q := fmt.Sprintf(`SELECT count(*) FROM %s WHERE strpos(%s::text, $1) > 0`,
			pgx.Identifier{c.Table}.Sanitize(), pgx.Identifier{c.Column}.Sanitize())
		require.NoError(t, e.db.Pool.QueryRow(ctx, q, needle).Scan(&n))
		if n > 0 {
			found = append(found, c.Table+"."+c.Column)
		}
	}
	return found
}
