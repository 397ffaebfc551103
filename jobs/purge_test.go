package jobs_test

import (
	"context"
	"encoding/json"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/agency"
	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/jobs"
	"github.com/hoshyar/hoshyar/routing"
	"github.com/hoshyar/hoshyar/store"
)

// The retention purge forgets everything people typed, sent and were
// sent once it is older than the retention: a half-made report's draft
// (conversation state), messages, reply parts, photos with the text read
// from them, shared locations, and the copy of an officer's message in the
// referral's history. What a report keeps as evidence stays, with the
// report.
func TestPurgeReachesStateMediaAndParts(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	r := e.runner(t, nil, true, withReader(&fakeReader{text: "FALCONPHOTO Falcon Overseas visa 5 lakh"}, 5*time.Second))
	e.ingest = bot.NewIngester(e.db.Pool, e.vault, r, nil)

	// Someone starts a report and leaves it half-made: their words are in
	// the draft, their photo and location in the transcript.
	const left = "+923451234567"
	e.chat(t, left, "hello", "1", "Naveed Iqbal here from Mardan, the agent of Falcon Overseas asked me for 5 lakh, my CNIC 17301-7654321-3")
	e.seq++
	_, err := e.ingest.Ingest(ctx, bot.Inbound{Channel: local, ProviderID: "purge-photo", Address: left,
		Media: []bot.Media{{Kind: bot.KindImage, ContentType: "image/jpeg", Data: []byte("\xff\xd8\xff NAVEED-PHOTO-BYTES")}}})
	require.NoError(t, err)
	lat, lon := 34.1986, 72.0404
	_, err = e.ingest.Ingest(ctx, bot.Inbound{Channel: local, ProviderID: "purge-location", Address: left,
		Media: []bot.Media{{Kind: bot.KindLocation, Latitude: &lat, Longitude: &lon}}})
	require.NoError(t, err)
	e.waitSettled(t)
	var reply int64 // a reply cut in parts, its parts not yet blanked
	require.NoError(t, e.db.Pool.QueryRow(ctx, `SELECT id FROM messages WHERE direction = 'out' ORDER BY id DESC LIMIT 1`).Scan(&reply))
	require.NoError(t, store.InsertParts(ctx, e.db.Pool, reply, []store.NewPart{{Body: "Naveed, you said Mardan"}, {Body: "part two"}}))

	// Someone else sends a report: its advert is evidence. An officer
	// writes to them.
	e.chat(t, "v1", "hello", "1",
		"Dubai security guard jobs, salary 3500 dirham, visa 100% guarantee. Rs 4 lakh advance for visa. WhatsApp 0300-1234567",
		"done", "yes", "2", "Gulf Star Manpower", "yes", "2 lakh JazzCash ko bheje", "3", "1", "Send report")
	var ref string
	require.NoError(t, e.db.Pool.QueryRow(ctx, `SELECT reference FROM reports`).Scan(&ref))
	report, err := store.ReportByReference(ctx, e.db.Pool, ref)
	require.NoError(t, err)
	refs, err := store.ReferralsOf(ctx, e.db.Pool, report.ID)
	require.NoError(t, err)
	svc := agency.NewService(e.db.Pool, e.vault, routing.DefaultMatrix(), r, slog.New(slog.DiscardHandler))
	caller := agency.Caller{Agency: refs[0].Agency, Actor: "token:1", Role: agency.RoleAgent}
	_, err = svc.Message(ctx, caller, refs[0].ID, "OFFICERWORDS: please send the receipt")
	require.NoError(t, err)
	_, err = svc.Note(ctx, caller, refs[0].ID, "CASEFILE: receipt asked for")
	require.NoError(t, err)
	e.waitSettled(t)

	needles := []string{"Naveed", "Mardan", "17301", "FALCONPHOTO", "NAVEED-PHOTO-BYTES", "34.1986", "72.0404", "OFFICERWORDS"}
	before := strings.Join(walk(t, e, needles...), "\n")
	for _, where := range []string{"conversations.state", "messages.body", "message_parts.body", "media.data", "media.text",
		"referral_events.detail"} {
		require.Contains(t, before, where, "the walk sees what is stored, sealed or not")
	}
	require.Contains(t, before, `"34.1986"`)

	// A hundred days later, with ninety days' retention.
	later := e.runner(t, nil, false, func(o *jobs.Options) {
		o.Now = func() time.Time { return time.Now().Add(100 * 24 * time.Hour) }
		o.TranscriptRetention = 90 * 24 * time.Hour
	})
	require.NoError(t, later.Purge(ctx))

	require.Empty(t, walk(t, e, needles...), "nothing typed, sent or read from what was sent remains")
	var parts, media int
	require.NoError(t, e.db.Pool.QueryRow(ctx, `SELECT count(*) FROM message_parts WHERE body <> '' OR buttons IS NOT NULL`).Scan(&parts))
	require.Zero(t, parts)
	require.NoError(t, e.db.Pool.QueryRow(ctx, `SELECT count(*) FROM media`).Scan(&media))
	require.Zero(t, media, "no attachment was evidence")
	rows, err := e.db.Pool.Query(ctx, `SELECT id FROM conversations`)
	require.NoError(t, err)
	convs, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	require.NoError(t, err)
	for _, id := range convs {
		c, err := store.GetConversation(ctx, e.db.Pool, id)
		require.NoError(t, err)
		var state map[string]any
		require.NoError(t, json.Unmarshal(c.State, &state))
		require.Equal(t, map[string]any{"locale": c.Locale}, state, "only the language stays")
	}

	// The report's evidence stays with the report; so does the agency's
	// own note, and the history says a message was sent.
	evidence, err := store.EvidenceOf(ctx, e.db.Pool, report.ID)
	require.NoError(t, err)
	require.Len(t, evidence, 1)
	require.Contains(t, evidence[0].Body, "Dubai security guard jobs", "opened through the store")
	history, err := store.EventsOf(ctx, e.db.Pool, refs[0].ID)
	require.NoError(t, err)
	var kinds []string
	var all []string
	for _, ev := range history {
		kinds = append(kinds, ev.Kind)
		all = append(all, string(ev.Detail))
	}
	require.Contains(t, kinds, "message")
	require.Contains(t, strings.Join(all, "\n"), "CASEFILE", "the agency's note follows the report")
	require.Contains(t, strings.Join(all, "\n"), `"`+store.PurgedMark+`"`)

	// The purge is done: a second one changes nothing.
	require.NoError(t, later.Purge(ctx))
	require.Empty(t, walk(t, e, needles...))
}
