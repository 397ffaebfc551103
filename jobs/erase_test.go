package jobs_test

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/agency"
	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/casework"
	"github.com/hoshyar/hoshyar/routing"
	"github.com/hoshyar/hoshyar/store"
)

// The reporter of TestEraseReachesEveryTable: what they are, typed, sent
// and said, and what the agencies must keep about the recruiter.
const (
	eraseAddress = "+923001112223" // their WhatsApp number: the chat's address
	eraseAccount = "My name is Zarghuna Khattak, I live at House 12 Gulberg Lahore. My number is 0300 1112223. " +
		"Agent of Gulf Star Manpower took my passport in Riyadh, his WhatsApp 0333-9876543"
	eraseOCR   = "Gulf Star Manpower Riyadh visa 3 lakh call 0333-9876543 / holder ZARGHUNA KHATTAK CNIC 35202-1234567-1"
	erasePhoto = "\xff\xd8\xff\xe0 JFIF ZARGHUNA-PHOTO-BYTES"
	eraseReply = "Yes I am still at House 12 Gulberg, please hurry"
	recruiter  = "+923339876543"
)

// eraseNeedles are the reporter's words, name, numbers (as typed and as
// E.164), chat id, CNIC, the photo's bytes and where they shared their
// location: none may remain anywhere after the erase.
var eraseNeedles = []string{"Zarghuna", "Khattak", "Gulberg", "House 12", "took my passport", "please hurry",
	"1112223", "5556667", "35202", "PHOTO-BYTES", "31.5204", "74.3587"}

// Delete my data, after a realistic conversation: a help report with a
// name, numbers, where they live, a photo whose text was read, a shared
// location and answers; an agency's note, an officer's message and the
// reporter's reply. Afterwards no column of any table holds any of it,
// while the agencies keep the facts about the offer and the recruiter,
// marked withdrawn, and each is told.
func TestEraseReachesEveryTable(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	r := e.runner(t, nil, true, withReader(&fakeReader{text: eraseOCR}, 5*time.Second))
	e.ingest = bot.NewIngester(e.db.Pool, e.vault, r, nil)

	e.chat(t, eraseAddress, "hello", "2") // I need help
	e.seq++
	_, err := e.ingest.Ingest(ctx, bot.Inbound{Channel: local, ProviderID: "erase-photo", Address: eraseAddress, Text: eraseAccount,
		Name:  "Zarghuna K.", // the profile name the provider gives
		Media: []bot.Media{{Kind: bot.KindImage, ContentType: "image/jpeg", Data: []byte(erasePhoto)}}})
	require.NoError(t, err)
	e.waitSettled(t)
	e.chat(t, eraseAddress, "yes", "1", "3", "0301 5556667") // what was read is right; me; call this number
	var ref string
	require.NoError(t, e.db.Pool.QueryRow(ctx, `SELECT reference FROM reports WHERE kind = 'help'`).Scan(&ref), "the help report is made")
	lat, lon := 31.5204, 74.3587
	_, err = e.ingest.Ingest(ctx, bot.Inbound{Channel: local, ProviderID: "erase-location", Address: eraseAddress,
		Media: []bot.Media{{Kind: bot.KindLocation, Latitude: &lat, Longitude: &lon}}})
	require.NoError(t, err)
	e.waitSettled(t)

	report, err := store.ReportByReference(ctx, e.db.Pool, ref)
	require.NoError(t, err)
	require.Equal(t, "+923015556667", report.Answers["contact_number"])
	refs, err := store.ReferralsOf(ctx, e.db.Pool, report.ID)
	require.NoError(t, err)
	require.NotEmpty(t, refs)
	for _, f := range refs { // a secret that cannot be opened: the push is recorded, nothing is sent
		require.NoError(t, store.SetWebhook(ctx, e.db.Pool, f.Agency, "https://hooks.example/"+f.Agency, []byte("sealed")))
	}
	lead := refs[0]
	svc := agency.NewService(e.db.Pool, e.vault, routing.DefaultMatrix(), r, slog.New(slog.DiscardHandler))
	caller := agency.Caller{Agency: lead.Agency, Actor: "token:1", Role: agency.RoleSupervisor}
	_, err = svc.Note(ctx, caller, lead.ID, "Called Zarghuna Khattak on 0301 5556667, she is in Gulberg")
	require.NoError(t, err)
	_, err = svc.Message(ctx, caller, lead.ID, "Zarghuna, are you still at House 12 Gulberg?")
	require.NoError(t, err)
	var helper string // an agency not on the case yet
	for _, a := range []string{"OEC", "BEOE", "PTA", "PKCERT", "NCCIA", "OPF", "MOFA", "FIA"} {
		if !slices.ContainsFunc(refs, func(f store.Referral) bool { return f.Agency == a }) {
			helper = a
			break
		}
	}
	require.NotEmpty(t, helper)
	_, err = svc.Assist(ctx, caller, lead.ID, helper, "Zarghuna Khattak needs a safe place near Gulberg")
	require.NoError(t, err)
	refs, err = store.ReferralsOf(ctx, e.db.Pool, report.ID)
	require.NoError(t, err)
	for _, f := range refs { // the new one too
		require.NoError(t, store.SetWebhook(ctx, e.db.Pool, f.Agency, "https://hooks.example/"+f.Agency, []byte("sealed")))
	}
	e.waitSettled(t)
	e.chat(t, eraseAddress, eraseReply)

	// Before: the agency reads it all, and the walk finds it (so it can fail).
	d, err := svc.Detail(ctx, caller, lead.ID)
	require.NoError(t, err)
	require.Contains(t, d.Summary, "Zarghuna")
	require.False(t, d.ReporterWithdrew)
	var thread []string
	for _, m := range d.Thread {
		thread = append(thread, m.Text)
	}
	require.Contains(t, strings.Join(thread, "\n"), "please hurry", "the reply is on the report")
	var photo int64
	require.NoError(t, e.db.Pool.QueryRow(ctx, `SELECT message_id FROM media WHERE kind = 'image'`).Scan(&photo))
	require.Eventually(t, func() bool {
		text, err := store.MessageMediaText(ctx, e.db.Pool, photo)
		require.NoError(t, err)
		return strings.Contains(text, "ZARGHUNA")
	}, 10*time.Second, 20*time.Millisecond, "the photo's text was read (through the store, which opens it)")
	before := strings.Join(walk(t, e, eraseNeedles...), "\n")
	for _, where := range []string{"reports.summary", "reports.answers", "messages.body", "media.data", "media.text",
		"conversations.state", "referral_events.detail", "referrals.reason", "contacts.address_sealed", "contacts.name_sealed"} {
		require.Contains(t, before, where, "the walk sees what is stored, sealed or not")
	}
	require.Contains(t, before, `"31.5204"`, "the walk sees the shared location")

	// Delete my data.
	e.chat(t, eraseAddress, "delete my data", "yes")
	require.Eventually(t, func() bool {
		var status string
		require.NoError(t, e.db.Pool.QueryRow(ctx, `SELECT status FROM contacts ORDER BY id LIMIT 1`).Scan(&status))
		return status == store.ContactErased
	}, 20*time.Second, 20*time.Millisecond)
	e.waitSettled(t)

	require.Empty(t, walk(t, e, eraseNeedles...), "nothing of the reporter's remains, in any column of any table")

	// What the agencies keep: the facts about the offer and the recruiter,
	// marked withdrawn.
	d, err = svc.Detail(ctx, caller, lead.ID)
	require.NoError(t, err)
	require.True(t, d.ReporterWithdrew)
	require.NotNil(t, d.WithdrawnAt)
	require.Empty(t, d.Summary)
	require.Nil(t, d.Contact)
	var entities casework.Entities
	require.NoError(t, json.Unmarshal(d.Entities, &entities))
	require.Equal(t, []string{recruiter}, entities.Phones, "the recruiter's number stays, the reporter's own goes")
	require.Contains(t, entities.Countries, "SA")
	require.Empty(t, entities.CNICs)
	var answers map[string]string
	require.NoError(t, json.Unmarshal(d.Answers, &answers))
	require.Equal(t, "passport_taken", answers["situation"], "the case's facts stay")
	for _, k := range []string{"where", "place", "whom", "contact", "contact_number"} {
		require.NotContains(t, answers, k, "an answer about the reporter")
	}
	require.Equal(t, report.CaseType, d.CaseType)
	require.Equal(t, report.CreatedAt.Unix(), d.CreatedAt.Unix())
	require.NotEmpty(t, d.History, "what happened and when stays")
	for _, ev := range d.History {
		require.NotContains(t, string(ev.Detail), `"text"`, "the free text of %s went", ev.Kind)
	}
	reportKeys, err := store.KeysOf(ctx, e.db.Pool, []int64{report.ID}) // opened through the store
	require.NoError(t, err)
	var keys []string
	for _, k := range reportKeys {
		keys = append(keys, k.Kind+":"+k.Value)
	}
	slices.Sort(keys)
	require.Equal(t, []string{"company:gulf star manpower", "phone:" + recruiter}, keys,
		"the recruiter's name and number still link reports; the reporter's own number does not")

	// Each agency holding the report is told, with no personal data.
	var told []string
	rows, err := e.db.Pool.Query(ctx, `SELECT agency_code FROM webhook_deliveries WHERE event = $1 ORDER BY agency_code`, casework.EventWithdrawn)
	require.NoError(t, err)
	told, err = pgxStrings(rows)
	require.NoError(t, err)
	var holders []string
	for _, f := range refs {
		holders = append(holders, f.Agency)
	}
	require.ElementsMatch(t, holders, told)
	var deliveryID int64
	require.NoError(t, e.db.Pool.QueryRow(ctx, `SELECT id FROM webhook_deliveries WHERE event = $1 LIMIT 1`,
		casework.EventWithdrawn).Scan(&deliveryID))
	delivery, err := store.GetDelivery(ctx, e.db.Pool, deliveryID)
	require.NoError(t, err)
	var snap store.Snapshot
	require.NoError(t, json.Unmarshal(delivery.Payload, &snap))
	require.Equal(t, ref, snap.Reference)
	require.NotNil(t, snap.WithdrawnAt, "the push says the words were withdrawn")
}

// An early warning quotes the messages of the reports behind it, in the
// request as approved and in its push: a reporter who erases takes their
// quote out of both; the request stays.
func TestEraseTakesQuotesOutOfEarlyWarnings(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	r := e.runner(t, nil, true)
	require.NoError(t, store.SetWebhook(ctx, e.db.Pool, "PTA", "https://hooks.example/PTA", []byte("sealed")))
	for i, words := range []string{"ROSHANARA here, Qatar jobs, 2 lakh advance, contact 0333-9876543", "Qatar jobs, 2 lakh advance, contact 0333-9876543",
		"Qatar visa, 2 lakh advance, call 0333-9876543"} {
		addr := fmt.Sprint("warned-", i)
		e.chat(t, addr, "1", words, "done", "yes", "skip", "skip", "no", "4", "2", "Send report")
	}
	var alertID int64
	require.NoError(t, e.db.Pool.QueryRow(ctx, `SELECT id FROM alerts WHERE kind = 'block_number'`).Scan(&alertID), "three reports of one number: a request to PTA")
	var holder string
	require.NoError(t, e.db.Pool.QueryRow(ctx, `SELECT f.agency_code FROM referrals f JOIN alert_reports a ON a.report_id = f.report_id
		WHERE a.alert_id = $1 ORDER BY f.id LIMIT 1`, alertID).Scan(&holder))
	svc := agency.NewService(e.db.Pool, e.vault, routing.DefaultMatrix(), r, slog.New(slog.DiscardHandler))
	_, err := svc.Decide(ctx, agency.Caller{Agency: holder, Actor: "token:1", Role: agency.RoleSupervisor}, alertID, "approve", "")
	require.NoError(t, err)
	e.waitSettled(t)
	before := strings.Join(walk(t, e, "ROSHANARA"), "\n")
	require.Contains(t, before, "alerts.draft", "the request quotes the report")
	require.Contains(t, before, "webhook_deliveries.payload", "so does its push")

	e.chat(t, "warned-0", "delete my data", "yes")
	require.Eventually(t, func() bool {
		var n int
		require.NoError(t, e.db.Pool.QueryRow(ctx, `SELECT count(*) FROM contacts WHERE status = 'erased'`).Scan(&n))
		return n == 1
	}, 20*time.Second, 20*time.Millisecond)
	require.Empty(t, walk(t, e, "ROSHANARA"))
	a, err := store.AlertFor(ctx, e.db.Pool, "PTA", alertID) // opened through the store
	require.NoError(t, err)
	require.Equal(t, store.AlertApproved, a.Status, "the request stays")
	require.Contains(t, string(a.Draft), "+923339876543")
}
