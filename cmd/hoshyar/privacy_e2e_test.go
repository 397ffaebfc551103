package main

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/internal/dbtest"
)

// typedWords reads testdata/typed_words.txt: what people typed, sent or are
// known by in TestE2ESealedAtRest.
func typedWords(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile("testdata/typed_words.txt")
	require.NoError(t, err)
	var words []string
	for _, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			words = append(words, l)
		}
	}
	return words
}

// After realistic conversations in three languages on every channel (a
// report in the web chat, a name, phone numbers, places, a photo), no
// column of any table holds what the people typed, their numbers or their
// chat ids in clear: a stolen database or backup reveals none of it. The
// scan reads every column of every table of the schema, River's and the
// audit log included, and pg_dump's output when pg_dump is installed.
func TestE2ESealedAtRest(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	t.Parallel()
	e := startWithProviders(t, "webhook")
	// Every agency takes pushes, so webhook_deliveries fills too.
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) }))
	t.Cleanup(hook.Close)
	for _, agency := range []string{"FIA", "NCCIA", "PTA", "PKCERT", "BEOE", "OEC", "OPF", "MOFA"} {
		var out, errOut bytes.Buffer
		require.NoError(t, run(context.Background(), []string{"webhook", "set", "--agency", agency, "--url", hook.URL + "/hoshyar"}, envFor(e.db), &out, &errOut))
	}

	// Web chat, Roman Urdu: a whole report (an advert, a number, a CNIC,
	// money paid), referred to agencies.
	reportInRomanUrdu(t, e.db, strings.TrimPrefix(e.base, "http://"))

	// Telegram, Urdu script: a name, a number, a place, a photo.
	const chat = 7391046602
	update := func(id int, body string) string {
		return fmt.Sprintf(`{"update_id":%d,"message":{"message_id":%d,"from":{"id":%d,"is_bot":false,"first_name":"Rukhsana"},
			"chat":{"id":%d,"first_name":"Rukhsana","type":"private"},"date":1718000000,%s}}`, id, id, chat, chat, body)
	}
	require.Equal(t, 200, e.telegram(update(101, `"text":"السلام علیکم"`), tgSecret))
	e.waitTelegram(chat, 1)
	require.Equal(t, 200, e.telegram(update(102, `"text":"میرا نام رخسانہ ہے، میں ریاض میں پھنسی ہوئی ہوں، میرا نمبر 0300-7654321 ہے"`), tgSecret))
	e.waitTelegram(chat, 2)
	require.Equal(t, 200, e.telegram(update(103, `"location":{"latitude":24.713552,"longitude":46.675296}`), tgSecret))
	// A shared contact card: its number and name become the media's text.
	require.Equal(t, 200, e.telegram(update(105, `"contact":{"phone_number":"+923007654321","first_name":"Rukhsana","last_name":"Bibi"}`), tgSecret))
	e.tg.AddFile("PRIV-PHOTO", []byte("\xff\xd8\xff\xe0 Rukhsana passport photo"), "image/jpeg")
	require.Equal(t, 200, e.telegram(update(104, `"photo":[{"file_id":"PRIV-PHOTO","file_unique_id":"p","width":800,"height":800}],"caption":"رخسانہ کا پاسپورٹ"`), tgSecret))

	// WhatsApp, English: a name, a place.
	wa := func(sid, body string, extra ...string) {
		form := url.Values{"MessageSid": {sid}, "AccountSid": {twSID}, "From": {waPerson}, "To": {waFrom}, "Body": {body},
			"ProfileName": {"Zarghuna"}, "WaId": {"923001234567"}, "NumMedia": {"0"}}
		for i := 0; i+1 < len(extra); i += 2 {
			form.Set(extra[i], extra[i+1])
		}
		code, _ := e.twilio("/webhooks/twilio", form, twToken)
		require.Equal(t, 200, code)
	}
	wa("SMpriv1", "hello")
	e.waitTwilio(waPerson, 1)
	wa("SMpriv2", "My name is Shabnam Akhtar, the agent took my passport in Muscat")
	e.waitTwilio(waPerson, 2)
	wa("SMpriv3", "", "Latitude", "23.588411", "Longitude", "58.382912")

	// SMS, Roman Urdu: a brother's number.
	sms := func(sid, body string) {
		code, _ := e.twilio("/webhooks/twilio", url.Values{"MessageSid": {sid}, "From": {smsPerson}, "To": {smsFrom}, "Body": {body}, "NumMedia": {"0"}}, twToken)
		require.Equal(t, 200, code)
	}
	sms("SMpriv4", "salam")
	e.waitTwilio(smsPerson, 1)
	sms("SMpriv5", "Mujhe Oman mein qaid kar rakha hai, mera bhai Farhan 0321-5556677 pe hai")
	e.waitTwilio(smsPerson, 2)

	require.Eventually(t, func() bool {
		return e.query(`SELECT count(*) FROM messages WHERE (direction = 'in' AND status = 'received') OR (direction = 'out' AND status IN ('queued','sending'))`) == 0 &&
			e.query(`SELECT count(*) FROM media WHERE provider_ref = 'PRIV-PHOTO' AND data IS NOT NULL`) == 1
	}, 30*time.Second, 50*time.Millisecond)
	require.GreaterOrEqual(t, e.query(`SELECT count(*) FROM reports`), 1, "the web chat's report is stored")
	require.GreaterOrEqual(t, e.query(`SELECT count(*) FROM media WHERE kind = 'location'`), 2)
	require.GreaterOrEqual(t, e.query(`SELECT count(*) FROM media WHERE text IS NOT NULL`), 1, "a contact card's text is stored")
	require.Eventually(t, func() bool { return e.query(`SELECT count(*) FROM webhook_deliveries WHERE payload IS NOT NULL`) > 0 },
		20*time.Second, 50*time.Millisecond, "pushes are recorded")

	words := typedWords(t)
	hits := scanTables(t, e.db, words)
	if path, err := exec.LookPath("pg_dump"); err == nil {
		hits = append(hits, scanDump(t, path, e.db, words)...)
	} else {
		t.Log("pg_dump is not installed: only the table scan ran")
	}
	sort.Strings(hits)
	require.Empty(t, hits, "typed words, numbers or chat ids in clear")
}

// scanTables reads every column of every table in the test's schema and
// returns "table.column: word" for each word found in clear.
func scanTables(t *testing.T, db *dbtest.DB, words []string) []string {
	t.Helper()
	ctx := context.Background()
	rows, err := db.Pool.Query(ctx, `SELECT table_name, column_name, data_type FROM information_schema.columns
		WHERE table_schema = $1 ORDER BY table_name, ordinal_position`, db.Schema)
	require.NoError(t, err)
	type column struct{ table, name, typ string }
	var cols []column
	for rows.Next() {
		var c column
		require.NoError(t, rows.Scan(&c.table, &c.name, &c.typ))
		cols = append(cols, c)
	}
	require.NoError(t, rows.Err())
	require.NotEmpty(t, cols)
	tables := map[string]bool{}
	found := map[string]bool{}
	for _, c := range cols {
		tables[c.table] = true
		expr := fmt.Sprintf("%q::text", c.name)
		if c.typ == "bytea" {
			expr = fmt.Sprintf("%q", c.name) // raw bytes: plain text in them is found as it is
		}
		vals, err := db.Pool.Query(ctx, fmt.Sprintf(`SELECT %s FROM %q.%q WHERE %q IS NOT NULL`, expr, db.Schema, c.table, c.name))
		require.NoError(t, err, "%s.%s", c.table, c.name)
		for vals.Next() {
			var b []byte
			if c.typ == "bytea" {
				require.NoError(t, vals.Scan(&b))
			} else {
				var s string
				require.NoError(t, vals.Scan(&s))
				b = []byte(s)
			}
			for _, w := range words {
				if bytes.Contains(b, []byte(w)) {
					found[c.table+"."+c.name+": "+w] = true
				}
			}
		}
		require.NoError(t, vals.Err())
	}
	for _, want := range []string{"messages", "conversations", "reports", "media", "contacts", "river_job", "audit_log", "webhook_deliveries", "referral_events"} {
		require.True(t, tables[want], "the scan reads %s", want)
	}
	var out []string
	for h := range found {
		out = append(out, h)
	}
	return out
}

// scanDump runs pg_dump --data-only on the test's schema and returns
// "pg_dump: word" for each word in its output.
func scanDump(t *testing.T, pgDump string, db *dbtest.DB, words []string) []string {
	t.Helper()
	u, err := url.Parse(dbtest.URL())
	require.NoError(t, err)
	q := u.Query()
	q.Del("search_path")
	q.Del("options")
	u.RawQuery = q.Encode()
	var stderr bytes.Buffer
	cmd := exec.Command(pgDump, "--data-only", "--schema="+db.Schema, "--dbname="+u.String())
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	require.NoError(t, err, stderr.String())
	require.Contains(t, string(out), "COPY "+db.Schema+".messages", "the dump holds the messages")
	var hits []string
	for _, w := range words {
		if bytes.Contains(out, []byte(w)) {
			hits = append(hits, "pg_dump: "+w)
		}
	}
	return hits
}
