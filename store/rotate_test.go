package store_test

import (
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/internal/dbtest"
	"github.com/hoshyar/hoshyar/store"
	"github.com/hoshyar/hoshyar/vault"
)

// Rotation: values sealed under key A (the test store's) and values from
// before sealing (clear) are re-sealed under B, while B's server writes
// meanwhile; afterwards a vault with B alone opens everything, and a second
// run writes nothing.
func TestRotateKeys(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := dbtest.New(t)
	a := []byte(dbtest.SecretKey)
	b := []byte(strings.Repeat("B", 40))
	vb, err := vault.NewRing(b, [][]byte{a}, a)
	require.NoError(t, err)
	onlyB, err := vault.NewRing(b, nil, a)
	require.NoError(t, err)

	// Written under A by the store, as a server with key A would.
	contact, _, err := store.EnsureNamedContact(ctx, db.Pool, "sms", []byte("h1"), dbtest.Vault.Seal("+923001234567", "sms"), dbtest.Vault.Seal("Amina", "sms/name"))
	require.NoError(t, err)
	var convs []int64
	var msgs []int64
	for i := range 7 {
		conv, id := inbound(t, db.Pool, contact, "p"+string(rune('a'+i)), "mera naam Amina hai "+string(rune('a'+i)))
		convs, msgs = append(convs, conv), append(msgs, id)
	}
	require.NoError(t, store.SaveConversationState(ctx, db.Pool, convs[0], json.RawMessage(`{"draft":"House 12 Lahore"}`), "ur", nil))
	out, err := store.InsertOutbound(ctx, db.Pool, store.NewOutbound{ConversationID: convs[0], Channel: "sms", InReplyTo: msgs[0], Body: "Shukriya Amina"})
	require.NoError(t, err)
	require.NoError(t, store.InsertParts(ctx, db.Pool, out, []store.NewPart{{Body: "Shukriya"}, {Body: "Amina"}}))
	lat, long := 31.5204, 74.3587
	_, err = store.InsertMedia(ctx, db.Pool, store.NewMedia{MessageID: msgs[1], Kind: "location", Latitude: &lat, Longitude: &long})
	require.NoError(t, err)
	_, err = store.InsertMedia(ctx, db.Pool, store.NewMedia{MessageID: msgs[2], Kind: "image", Data: []byte("jpeg"), Text: "Dubai visa 150000", TextSource: store.TextOCR})
	require.NoError(t, err)
	report, err := store.InsertReport(ctx, db.Pool, store.NewReport{Reference: "HSY-RTT" + "AAA", ConversationID: convs[0], ContactID: contact,
		Kind: "report", CaseType: "job_fraud", Urgency: "routine", Language: "ur", Channel: "sms",
		Answers: map[string]string{"name": "Amina Bibi"}, Summary: "Amina paid 150000",
		Entities: map[string]any{"phones": []string{"+923451112233"}, "countries": []string{"QA"}}})
	require.NoError(t, err)
	phone := store.Key{Kind: "phone", Value: "+923451112233"}
	require.NoError(t, store.AddKeys(ctx, db.Pool, report, []store.Key{phone}))
	alert, _, err := store.DraftAlert(ctx, db.Pool, "block_number", "PTA", phone, 30, []int64{report})
	require.NoError(t, err)
	require.NoError(t, store.DecideAlert(ctx, db.Pool, alert, store.AlertApproved, "Amina is in danger", "user:1", "FIA", map[string]string{"number": "+923451112233"}))
	_, err = store.InsertAlertDelivery(ctx, db.Pool, "PTA", alert, "alert.approved", map[string]string{"number": "+923451112233"})
	require.NoError(t, err)
	referral, err := store.UpsertReferral(ctx, db.Pool, store.NewReferral{ReportID: report, Agency: "FIA", Role: "lead", Urgency: "routine", DueAt: time.Now(), Priority: "normal", Reason: "Amina asked for FIA"})
	require.NoError(t, err)
	require.NoError(t, store.AddEvent(ctx, db.Pool, referral, "user:1", "note", map[string]any{"text": "Amina called back"}))
	notice, err := store.InsertAgencyInput(ctx, db.Pool, store.NewAgencyInput{ConversationID: convs[1], Kind: store.KindAgencyNotice,
		Body: "PTA is blocking the number", Meta: store.InputMeta{Agency: "PTA", Thing: "+923451112233"}})
	require.NoError(t, err)
	meta, _, err := store.InputOf(ctx, db.Pool, notice)
	require.NoError(t, err)
	require.Equal(t, "+923451112233", meta.Thing, "the thing under action is opened for the flow")
	var rawMeta string
	require.NoError(t, db.Pool.QueryRow(ctx, `SELECT meta::text FROM messages WHERE id = $1`, notice).Scan(&rawMeta))
	require.NotContains(t, rawMeta, "923451112233", "and sealed at rest")
	_, err = db.Pool.Exec(ctx, `INSERT INTO report_keys (report_id, kind, value) VALUES ($1, 'url', 'gulf-jobs.pk')`, report)
	require.NoError(t, err, "a key stored before sealing")
	require.NoError(t, store.SetWebhook(ctx, db.Pool, "FIA", "https://fia.example/hook", dbtest.Vault.Seal("whsec", "webhook/FIA")))
	// Sealed before the key ring (no header naming the key), as every
	// address was until now.
	legacy, err := store.EnsureContact(ctx, db.Pool, "telegram", []byte("h2"), legacySeal(t, a, "7391046602", "telegram"))
	require.NoError(t, err)
	// From before sealing: clear text, a clear location.
	_, err = db.Pool.Exec(ctx, `UPDATE messages SET body = 'written in clear' WHERE id = $1`, msgs[3])
	require.NoError(t, err)
	_, err = db.Pool.Exec(ctx, `INSERT INTO media (message_id, kind, latitude, longitude) VALUES ($1, 'location', 24.86, 67.0)`, msgs[4])
	require.NoError(t, err)

	// Rotate in batches of 2; after the first batch of messages, the
	// server (key B) writes a new message and changes one not yet reached.
	var written int64
	changed := msgs[6]
	err = store.RotateKeys(ctx, db.Pool, vb, 2, func(p store.RotateProgress) {
		if p.Table == "messages" && p.Read == 2 {
			_, err := db.Pool.Exec(ctx, `UPDATE messages SET body = $2 WHERE id = $1`, changed, vb.SealText("changed meanwhile", "messages.body"))
			require.NoError(t, err)
			require.NoError(t, db.Pool.QueryRow(ctx, `INSERT INTO messages (conversation_id, direction, channel, kind, body, status)
				VALUES ($1, 'out', 'sms', 'text', $2, 'queued') RETURNING id`, convs[0], vb.SealText("written meanwhile", "messages.body")).Scan(&written))
		}
	})
	require.NoError(t, err)

	// Every sealed value is under B, and B alone opens it.
	requireAllUnder(t, db, onlyB)
	body := func(id int64) string {
		var s string
		require.NoError(t, db.Pool.QueryRow(ctx, `SELECT body FROM messages WHERE id = $1`, id).Scan(&s))
		p, err := onlyB.OpenText(s, "messages.body")
		require.NoError(t, err)
		return p
	}
	require.Equal(t, "mera naam Amina hai a", body(msgs[0]))
	require.Equal(t, "written in clear", body(msgs[3]), "clear text from before sealing is sealed")
	require.Equal(t, "changed meanwhile", body(changed), "a row the server changed during rotation keeps the change")
	require.Equal(t, "written meanwhile", body(written))
	var place []byte
	var oldLat *float64
	require.NoError(t, db.Pool.QueryRow(ctx, `SELECT place_sealed, latitude FROM media WHERE message_id = $1`, msgs[4]).Scan(&place, &oldLat))
	require.Nil(t, oldLat, "a clear location is moved into place_sealed")
	p, err := onlyB.Open(place, "media.location")
	require.NoError(t, err)
	require.Equal(t, "24.86,67", p)
	var address []byte
	require.NoError(t, db.Pool.QueryRow(ctx, `SELECT address_sealed FROM contacts WHERE id = $1`, legacy).Scan(&address))
	chat, err := onlyB.Open(address, "telegram")
	require.NoError(t, err)
	require.Equal(t, "7391046602", chat, "an address sealed before the key ring is re-sealed")

	// Keys from before sealing are hashed, and link as before.
	linked, err := store.ReportsNaming(ctx, db.Pool, []store.Key{{Kind: "url", Value: "gulf-jobs.pk"}}, 10)
	require.NoError(t, err)
	require.Equal(t, []int64{report}, linked)

	// A second run (after a kill, say) finds nothing to do.
	var again int64
	require.NoError(t, store.RotateKeys(ctx, db.Pool, vb, 0, func(p store.RotateProgress) { again += p.Resealed }))
	require.Zero(t, again)
}

// requireAllUnder checks every sealed column of every row: each value is
// sealed under v's current key (or empty) and opens with v.
func requireAllUnder(t *testing.T, db *dbtest.DB, v *vault.Vault) {
	t.Helper()
	ctx := context.Background()
	texts := map[string]string{ // query → context
		`SELECT body FROM messages`:                                                     "messages.body",
		`SELECT body FROM message_parts`:                                                "message_parts.body",
		`SELECT summary FROM reports`:                                                   "reports.summary",
		`SELECT text FROM media WHERE text IS NOT NULL`:                                 "media.text",
		`SELECT v FROM reports, jsonb_each_text(answers) AS a(k, v)`:                    "reports.answers",
		`SELECT state #>> '{}' FROM conversations WHERE jsonb_typeof(state) = 'string'`: "conversations.state",
	}
	for q, c := range texts {
		rows, err := db.Pool.Query(ctx, q)
		require.NoError(t, err)
		for rows.Next() {
			var s string
			require.NoError(t, rows.Scan(&s))
			require.True(t, v.CurrentText(s), "%s: %.20q not under the current key", q, s)
			_, err := v.OpenText(s, c)
			require.NoError(t, err, q)
		}
		require.NoError(t, rows.Err())
	}
	var clearKeys int
	require.NoError(t, db.Pool.QueryRow(ctx, `SELECT (SELECT count(*) FROM report_keys WHERE value NOT LIKE 'hk1:%' OR value_sealed IS NULL)
		+ (SELECT count(*) FROM alerts WHERE key_value NOT LIKE 'hk1:%' OR key_value_sealed IS NULL)`).Scan(&clearKeys))
	require.Zero(t, clearKeys, "recruiter keys are hashed and sealed")
	for q, c := range map[string]string{
		`SELECT draft #>> '{}' FROM alerts WHERE draft IS NOT NULL`:              "alerts.draft",
		`SELECT note FROM alerts WHERE note IS NOT NULL`:                         "alerts.note",
		`SELECT reason FROM referrals`:                                           "referrals.reason",
		`SELECT meta->>'thing' FROM messages WHERE meta ? 'thing'`:               "messages.meta",
		`SELECT payload #>> '{}' FROM webhook_deliveries`:                        "webhook_deliveries.payload",
		`SELECT detail->>'text' FROM referral_events WHERE detail ? 'text'`:      "referral_events.detail",
		`SELECT p FROM reports, jsonb_array_elements_text(entities->'phones') p`: "reports.entities",
	} {
		rows, err := db.Pool.Query(ctx, q)
		require.NoError(t, err)
		n := 0
		for rows.Next() {
			var s string
			require.NoError(t, rows.Scan(&s))
			require.True(t, v.CurrentText(s), "%s: %.20q not under the current key", q, s)
			_, err := v.OpenText(s, c)
			require.NoError(t, err, q)
			n++
		}
		require.NoError(t, rows.Err())
		require.NotZero(t, n, q)
	}
	var clearState int
	require.NoError(t, db.Pool.QueryRow(ctx, `SELECT count(*) FROM conversations WHERE jsonb_typeof(state) <> 'string' AND state <> '{}'`).Scan(&clearState))
	require.Zero(t, clearState, "conversation state is sealed")
	bytesCols := map[string]string{
		`SELECT data, 'media.data' FROM media WHERE data IS NOT NULL`:                        "",
		`SELECT place_sealed, 'media.location' FROM media WHERE place_sealed IS NOT NULL`:    "",
		`SELECT address_sealed, channel FROM contacts WHERE address_sealed IS NOT NULL`:      "",
		`SELECT name_sealed, channel || '/name' FROM contacts WHERE name_sealed IS NOT NULL`: "",
		`SELECT secret, 'webhook/' || agency_code FROM agency_webhooks`:                      "",
		`SELECT value_sealed, 'report_keys.value' FROM report_keys`:                          "",
		`SELECT key_value_sealed, 'report_keys.value' FROM alerts`:                           "",
	}
	for q := range bytesCols {
		rows, err := db.Pool.Query(ctx, q)
		require.NoError(t, err)
		for rows.Next() {
			var b []byte
			var c string
			require.NoError(t, rows.Scan(&b, &c))
			require.True(t, v.Current(b), q)
			_, err := v.OpenBytes(b, c)
			require.NoError(t, err, q)
		}
		require.NoError(t, rows.Err())
	}
	var clearPlaces int
	require.NoError(t, db.Pool.QueryRow(ctx, `SELECT count(*) FROM media WHERE latitude IS NOT NULL OR longitude IS NOT NULL`).Scan(&clearPlaces))
	require.Zero(t, clearPlaces)
}

// legacySeal seals as the vault did before key rings: nonce | ciphertext,
// AES-256-GCM under HMAC-SHA256(secret, "hoshyar/seal/v1").
func legacySeal(t *testing.T, secret []byte, plain, context string) []byte {
	t.Helper()
	m := hmac.New(sha256.New, secret)
	m.Write([]byte("hoshyar/seal/v1"))
	block, err := aes.NewCipher(m.Sum(nil))
	require.NoError(t, err)
	gcm, err := cipher.NewGCM(block)
	require.NoError(t, err)
	nonce := make([]byte, gcm.NonceSize())
	_, err = rand.Read(nonce)
	require.NoError(t, err)
	return gcm.Seal(nonce, nonce, []byte(plain), []byte(context))
}
