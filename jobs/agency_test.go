package jobs_test

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/agency"
	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/jobs"
	"github.com/hoshyar/hoshyar/locales"
	"github.com/hoshyar/hoshyar/routing"
	"github.com/hoshyar/hoshyar/store"
)

// An agency's message is an input to the conversation: the same job
// renders it in the person's language, sends it as the agency's message on
// the referral, and opens the report's thread: the person's answer goes to
// the report, and the agency's webhook hears of it.
func TestAgencyMessageThroughTheEngine(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	r := e.runner(t, nil, true)
	e.chat(t, "v1", "assalam o alaikum", "mujhe kisi insaan se baat karni hai")
	var ref string
	require.NoError(t, e.db.Pool.QueryRow(ctx, `SELECT reference FROM reports WHERE kind = 'human'`).Scan(&ref))
	report, refs := e.referrals(t, ref)
	require.Equal(t, "ur-Latn", report.Language, "the report's language is the person's, not the conversation's default")
	all, err := store.ReferralsOf(ctx, e.db.Pool, report.ID)
	require.NoError(t, err)
	lead := all[0]
	require.Equal(t, "lead:"+lead.Agency, agencies(refs)[0])
	require.NoError(t, store.SetWebhook(ctx, e.db.Pool, lead.Agency, "https://hooks.example/"+lead.Agency, []byte("sealed")))

	svc := agency.NewService(e.db.Pool, e.vault, routing.DefaultMatrix(), r, slog.New(slog.DiscardHandler))
	caller := agency.Caller{Agency: lead.Agency, Actor: "token:1", Role: agency.RoleAgent}
	_, err = svc.Message(ctx, caller, lead.ID, "Aap kahan hain? Kya aap mehfooz hain?")
	require.NoError(t, err)
	e.waitSettled(t)

	var body, kind string
	var referral *int64
	require.NoError(t, e.db.Pool.QueryRow(ctx,
		`SELECT body, kind, referral_id FROM messages WHERE direction = 'out' ORDER BY id DESC LIMIT 1`).Scan(&body, &kind, &referral))
	body, err = store.OpenText(body, "messages.body") // sealed at rest
	require.NoError(t, err)
	require.Equal(t, texts.T(locales.URLatn, "agency_message", map[string]any{"Agency": lead.Agency, "Reference": "\u2066" + ref + "\u2069",
		"Text": "Aap kahan hain? Kya aap mehfooz hain?"}), body, "rendered by the engine, in Roman Urdu")
	require.Equal(t, store.KindAgencyOut, kind)
	require.Equal(t, lead.ID, *referral)
	sent := e.local.deliveries()
	require.Contains(t, sent[len(sent)-1].Text, "mehfooz")

	// The person answers: it goes to the report; the agency is told.
	answer := e.chat(t, "v1", "Ji main theek hoon, Lahore mein hoon")
	require.Equal(t, []string{texts.T(locales.URLatn, "human_relayed", nil)}, answer)
	// Bodies are sealed at rest: the words are looked for after opening.
	words := 0
	evidence, err := store.EvidenceOf(ctx, e.db.Pool, report.ID)
	require.NoError(t, err)
	for _, m := range evidence {
		if strings.HasPrefix(m.Body, "Ji main theek") {
			words++
		}
	}
	require.Equal(t, 1, words)
	var events []string
	rows, err := e.db.Pool.Query(ctx, `SELECT event FROM webhook_deliveries WHERE agency_code = $1 ORDER BY id`, lead.Agency)
	require.NoError(t, err)
	for rows.Next() {
		var ev string
		require.NoError(t, rows.Scan(&ev))
		events = append(events, ev)
	}
	require.Equal(t, []string{agency.EventUpdated, "referral.reply"}, events, "queued by jobs, in the step's transaction")

	// The agency's reading of the referral shows one thread.
	d, err := svc.Detail(ctx, caller, lead.ID)
	require.NoError(t, err)
	var from []string
	var status string
	for _, m := range d.Thread {
		from = append(from, m.From)
		if m.From == "agency" {
			status = m.Status
			require.Equal(t, "Aap kahan hain? Kya aap mehfooz hain?", m.Text, "the officer's words, not the bot's heading")
		}
	}
	require.Contains(t, strings.Join(from, " "), "agency reporter", "the question, then the answer")
	require.Equal(t, store.StatusSent, status, "the agency's message went out")
}

// The overdue watch: at its due time a referral is flagged to its agency;
// a second period later it is shown overdue to the case's other agencies.
// Each happens once.
func TestOverdueEscalates(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	now := time.Now()
	e.runner(t, nil, true)
	replies := e.chat(t, "v2", "Mujhe Libya mein kamre mein band kar diya hai, maar rahe hain")
	var ref string
	require.NoError(t, e.db.Pool.QueryRow(ctx, `SELECT reference FROM reports`).Scan(&ref))
	require.NotEmpty(t, replies)
	report, _ := e.referrals(t, ref)
	refs, err := store.ReferralsOf(ctx, e.db.Pool, report.ID)
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(refs), 2, "a case of several agencies")
	for _, f := range refs {
		require.NoError(t, store.SetWebhook(ctx, e.db.Pool, f.Agency, "https://hooks.example/"+f.Agency, []byte("s")))
	}
	lead := refs[0]
	deliveries := func() []string {
		rows, err := e.db.Pool.Query(ctx, `SELECT agency_code || ' ' || event FROM webhook_deliveries
			WHERE event IN ('referral.overdue', 'case.overdue') ORDER BY id`)
		require.NoError(t, err)
		defer rows.Close()
		var out []string
		for rows.Next() {
			var s string
			require.NoError(t, rows.Scan(&s))
			out = append(out, s)
		}
		return out
	}
	clock := func(at time.Time) *jobs.Runner {
		r, err := jobs.New(e.db.Pool, jobs.Options{Schema: e.db.Schema, Engine: e.engine, Senders: e.senders, Vault: e.vault,
			Matrix: routing.DefaultMatrix(), Logger: slog.New(slog.DiscardHandler), InboundWorkers: -1, OutboundWorkers: -1,
			Now: func() time.Time { return at }})
		require.NoError(t, err)
		return r
	}

	flagged, escalated, err := clock(now).Escalate(ctx)
	require.NoError(t, err)
	require.Zero(t, flagged+escalated, "not due yet (an emergency is due in an hour)")

	flagged, escalated, err = clock(now.Add(90 * time.Minute)).Escalate(ctx)
	require.NoError(t, err)
	require.Equal(t, len(refs), flagged)
	require.Zero(t, escalated)
	require.Len(t, deliveries(), len(refs))
	require.Contains(t, deliveries(), lead.Agency+" referral.overdue")

	_, _, err = clock(now.Add(100 * time.Minute)).Escalate(ctx)
	require.NoError(t, err)
	require.Len(t, deliveries(), len(refs), "once")

	// The lead claims and closes; the others stay open past the second period.
	_, err = e.db.Pool.Exec(ctx, `UPDATE referrals SET status = 'closed' WHERE id = $1`, lead.ID)
	require.NoError(t, err)
	flagged, escalated, err = clock(now.Add(3 * time.Hour)).Escalate(ctx)
	require.NoError(t, err)
	require.Zero(t, flagged)
	require.Equal(t, len(refs)-1, escalated, "the open ones, not the closed lead")
	got := deliveries()[len(refs):]
	require.Contains(t, got, lead.Agency+" case.overdue", "the lead hears that the others are overdue")
	var history int
	require.NoError(t, e.db.Pool.QueryRow(ctx, `SELECT count(*) FROM referral_events WHERE kind IN ('overdue', 'escalated') AND actor = 'system'`).Scan(&history))
	require.Equal(t, len(refs)+len(refs)-1, history, "in each referral's history")
}

// An approved early warning reaches the people who checked that number
// through the bot, in their language: the engine renders the notice.
func TestApprovedWarningTellsWhoChecked(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	r := e.runner(t, nil, true)
	// a number alone: who they are is asked once, and not known
	checked := strings.Join(e.chat(t, "checker", "السلام علیکم", "3", "0345-1112233 والا ایجنٹ اصلی ہے؟", "نام نہیں پتا"), "\n")
	require.NotEmpty(t, refRe.FindString(checked))
	for i := range 3 {
		addr := fmt.Sprint("victim-", i)
		e.chat(t, addr, "1", "Qatar jobs, 2 lakh advance, contact 0345-1112233", "done", "yes", "skip", "skip", "no", "4", "2")
		_, err := e.ingest.Ingest(ctx, bot.Inbound{Channel: local, ProviderID: fmt.Sprint("confirm-", i), Address: addr, Choice: "confirm"})
		require.NoError(t, err)
		e.waitSettled(t)
	}
	var alertID int64
	require.Eventually(t, func() bool {
		return e.db.Pool.QueryRow(ctx, `SELECT id FROM alerts WHERE kind = 'block_number'`).Scan(&alertID) == nil
	}, 10*time.Second, 50*time.Millisecond, "three reports drafted a request to PTA")
	var reviewer string
	require.NoError(t, e.db.Pool.QueryRow(ctx, `SELECT f.agency_code FROM alert_reports ar JOIN referrals f ON f.report_id = ar.report_id
		WHERE ar.alert_id = $1 AND f.role = 'lead' LIMIT 1`, alertID).Scan(&reviewer))

	svc := agency.NewService(e.db.Pool, e.vault, routing.DefaultMatrix(), r, slog.New(slog.DiscardHandler))
	_, err := svc.Decide(ctx, agency.Caller{Agency: reviewer, Actor: "token:1", Role: agency.RoleAgent}, alertID, "approve", "")
	require.Error(t, err, "an agent does not decide")
	a, err := svc.Decide(ctx, agency.Caller{Agency: reviewer, Actor: "token:2", Role: agency.RoleSupervisor}, alertID, "approve", "urgent")
	require.NoError(t, err)
	require.Equal(t, "approved", a.Status)
	require.Equal(t, "+923451112233", a.Request.Number)
	e.waitSettled(t)
	// The checker's conversation is the one that began 'السلام علیکم'
	// (bodies are sealed at rest: compared after opening).
	var notice string
	rows, err := e.db.Pool.Query(ctx, `SELECT (SELECT f.body FROM messages f WHERE f.conversation_id = v.id ORDER BY f.id LIMIT 1),
		(SELECT m.body FROM messages m WHERE m.conversation_id = v.id AND m.direction = 'out' ORDER BY m.id DESC LIMIT 1)
		FROM conversations v`)
	require.NoError(t, err)
	for rows.Next() {
		var first, last *string
		require.NoError(t, rows.Scan(&first, &last))
		if first == nil || last == nil {
			continue
		}
		f, err := store.OpenText(*first, "messages.body")
		require.NoError(t, err)
		if f == "السلام علیکم" {
			notice, err = store.OpenText(*last, "messages.body")
			require.NoError(t, err)
		}
	}
	require.NoError(t, rows.Err())
	require.Contains(t, notice, "PTA")
	require.Contains(t, notice, "+923451112233")
	require.Contains(t, notice, "کارروائی", "in Urdu, the language they checked in")
}

// An agency's input carries no attachment: its step never waits for a
// reading (OCR may be on and slow) and the engine is not told of media.
func TestAgencyInputWaitsForNoReading(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	reader := &fakeReader{text: advertText, release: make(chan struct{})} // a reading that never ends
	r := e.runner(t, nil, true, withReader(reader, time.Minute))
	for _, kind := range []string{store.KindAgencyMessage, store.KindAgencyVerdict, store.KindAgencyNotice} {
		require.False(t, r.MayRead(kind), kind)
	}
	require.True(t, r.MayRead(bot.KindImage), "an image is read: the reader is on")

	e.chat(t, "v-read", "mujhe kisi insaan se baat karni hai")
	var ref string
	require.NoError(t, e.db.Pool.QueryRow(ctx, `SELECT reference FROM reports WHERE kind = 'human'`).Scan(&ref))
	report, _ := e.referrals(t, ref)
	all, err := store.ReferralsOf(ctx, e.db.Pool, report.ID)
	require.NoError(t, err)
	svc := agency.NewService(e.db.Pool, e.vault, routing.DefaultMatrix(), r, slog.New(slog.DiscardHandler))
	_, err = svc.Message(ctx, agency.Caller{Agency: all[0].Agency, Actor: "token:1", Role: agency.RoleAgent}, all[0].ID, "Receipt ki tasveer bhejein")
	require.NoError(t, err)

	var id int64
	require.NoError(t, e.db.Pool.QueryRow(ctx, `SELECT id FROM messages WHERE kind = $1`, store.KindAgencyMessage).Scan(&id))
	require.Eventually(t, func() bool {
		var status string
		require.NoError(t, e.db.Pool.QueryRow(ctx, `SELECT status FROM messages WHERE id = $1`, id).Scan(&status))
		return status == "processed"
	}, 20*time.Second, 20*time.Millisecond, "processed at once, well before the minute a reading may take")
	media, ran := e.engine.mediaOf(id)
	require.True(t, ran)
	require.Empty(t, media, "no media for the engine")
	require.Zero(t, reader.calls.Load(), "nothing was read")
}
