package jobs_test

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/store"
)

// chat sends text as address on the local channel and returns the texts of
// the replies it got, once everything has settled. Provider ids do not
// carry the address, as no real channel's do (the erase test looks for it).
func (e *env) chat(t *testing.T, address string, texts ...string) []string {
	t.Helper()
	var replies []string
	for _, text := range texts {
		e.seq++
		rc := e.send(t, local, address, fmt.Sprintf("local-%d", e.seq), text)
		e.waitSettled(t)
		for _, r := range e.messages(t, rc.ConversationID) {
			if r.Direction == store.Out && r.InReplyTo != nil && *r.InReplyTo == rc.MessageID {
				replies = append(replies, r.Body)
			}
		}
	}
	return replies
}

var refRe = regexp.MustCompile(`HSY-[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{6}`)

type referralRow struct {
	Agency, Role, Urgency, Priority string
	Linked                          int
	Due                             time.Time
}

func (e *env) referrals(t *testing.T, ref string) (store.Report, []referralRow) {
	t.Helper()
	ctx := context.Background()
	r, err := store.ReportByReference(ctx, e.db.Pool, ref)
	require.NoError(t, err)
	rows, err := store.ReferralsOf(ctx, e.db.Pool, r.ID)
	require.NoError(t, err)
	var out []referralRow
	for _, f := range rows {
		out = append(out, referralRow{f.Agency, f.Role, f.Urgency, f.Priority, f.LinkedReports, f.DueAt})
	}
	return r, out
}

func agencies(rows []referralRow) []string {
	var out []string
	for _, r := range rows {
		out = append(out, r.Role+":"+r.Agency)
	}
	return out
}

// A report made in the chat becomes a report with its facts, red flags and
// one referral per responsible agency.
func TestReportBecomesReferrals(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.runner(t, nil, true)
	replies := e.chat(t, "v1", "hello", "1",
		"Dubai security guard jobs, salary 3500 dirham, visa 100% guarantee. Rs 4 lakh advance for visa. WhatsApp 0300-1234567",
		"done", "yes", "2", "Gulf Star Manpower", "yes", "2 lakh JazzCash ko bheje", "3", "1") // the advert's facts confirmed at once
	require.Contains(t, replies[len(replies)-1], "Gulf Star Manpower", "the summary")
	replies = e.chat(t, "v1", "Send report") // the button's label, typed
	ref := refRe.FindString(strings.Join(replies, "\n"))
	require.NotEmpty(t, ref, "the person is given the reference: %v", replies)

	r, refs := e.referrals(t, ref)
	require.Equal(t, "report", r.Kind)
	require.Equal(t, "job_scam_paid", r.CaseType, "money was paid by JazzCash")
	require.Equal(t, "routine", r.Urgency)
	require.Equal(t, "en", r.Language)
	require.Equal(t, "Gulf Star Manpower", r.Answers["recruiter"])
	require.True(t, r.Consent)
	require.Contains(t, string(r.Entities), "+923001234567")
	require.Contains(t, string(r.Entities), "AE")
	require.Contains(t, string(r.RedFlags), "guaranteed_visa")
	require.Contains(t, agencies(refs), "lead:NCCIA")
	for _, f := range refs {
		require.Equal(t, "routine", f.Urgency)
		require.WithinDuration(t, time.Now().Add(120*time.Hour), f.Due, time.Hour)
	}
	var evidence int
	require.NoError(t, e.db.Pool.QueryRow(context.Background(), `SELECT count(*) FROM report_evidence`).Scan(&evidence))
	require.Equal(t, 1, evidence, "the advert is the evidence")

	// Status shows it.
	status := e.chat(t, "v1", "status")
	require.Contains(t, strings.Join(status, "\n"), ref)
	status = e.chat(t, "v1", strings.ToLower(ref))
	require.Contains(t, strings.Join(status, "\n"), ref)
}

// Danger: the emergency referral exists after the first message, due in an hour.
func TestEmergencyReferralAtOnce(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.runner(t, nil, true)
	replies := e.chat(t, "v2", "Mujhe Libya mein kamre mein band kar diya hai, maar rahe hain, ghar walon se paise mang rahe hain")
	require.Contains(t, replies[0], "1122", "the numbers come first")
	var ref string
	require.NoError(t, e.db.Pool.QueryRow(context.Background(), `SELECT reference FROM reports`).Scan(&ref))
	r, refs := e.referrals(t, ref)
	require.Equal(t, "emergency", r.Urgency)
	require.Equal(t, "help", r.Kind)
	require.NotEmpty(t, r.Danger)
	require.NotEmpty(t, refs)
	for _, f := range refs {
		require.Equal(t, "emergency", f.Urgency)
		require.WithinDuration(t, time.Now().Add(time.Hour), f.Due, 10*time.Minute)
	}
	// The answers complete the same report.
	e.chat(t, "v2", "nahi", "2", "Tripoli", "3", "1", "1") // what was read is refused: each question comes
	r, _ = e.referrals(t, ref)
	require.Equal(t, "abroad", r.Answers["where"])
	require.Equal(t, "Tripoli", r.Answers["place"])
	var n int
	require.NoError(t, e.db.Pool.QueryRow(context.Background(), `SELECT count(*) FROM reports`).Scan(&n))
	require.Equal(t, 1, n)
}

// Three reports of one recruiter raise its priority, on every referral.
func TestRepeatedRecruiterRaisesPriority(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.runner(t, nil, true)
	var refs []string
	for i := range 3 {
		addr := fmt.Sprint("rep-", i)
		e.chat(t, addr, "1", "Qatar jobs, 2 lakh advance, contact 0333-9876543", "done", "yes", "skip", "skip", "no", "4", "2")
		e.seq++
		rc, err := e.ingest.Ingest(context.Background(), bot.Inbound{Channel: local, ProviderID: fmt.Sprint("c", i), Address: addr, Choice: "confirm"})
		require.NoError(t, err)
		e.waitSettled(t)
		_ = rc
	}
	rows, err := e.db.Pool.Query(context.Background(), `SELECT reference FROM reports ORDER BY id`)
	require.NoError(t, err)
	for rows.Next() {
		var r string
		require.NoError(t, rows.Scan(&r))
		refs = append(refs, r)
	}
	require.Len(t, refs, 3)
	_, first := e.referrals(t, refs[0])
	_, third := e.referrals(t, refs[2])
	for _, f := range append(first, third...) {
		require.Equal(t, 2, f.Linked)
		require.Equal(t, "high", f.Priority)
	}
	// And asking about the number says so.
	replies := e.chat(t, "asker", "hello", "3", "0333-9876543", "skip") // a number alone: who they are is asked once
	require.Contains(t, strings.Join(replies, "\n"), "3")
}

func TestVerifyAgainstTheRegistry(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	require.NoError(t, store.UpsertPromoter(ctx, e.db.Pool, store.Promoter{Licence: "9001/RWP", Name: "Example Manpower Services", City: "Rawalpindi", Status: "active"}))
	require.NoError(t, store.UpsertPromoter(ctx, e.db.Pool, store.Promoter{Licence: "9002/LHR", Name: "Sample Overseas", City: "Lahore", Status: "cancelled"}))
	e.runner(t, nil, true)
	// licences and no number: the number is asked for once, and skipped
	replies := strings.Join(e.chat(t, "v3", "salam", "3", "OEP licence 9001/RWP aur 9002/LHR, kya yeh asli hain?", "skip"), "\n")
	require.Contains(t, replies, "Example Manpower Services")
	require.Contains(t, replies, "Sample Overseas")
	ref := refRe.FindString(replies)
	require.NotEmpty(t, ref)
	r, refs := e.referrals(t, ref)
	require.Equal(t, "verification_request", r.CaseType)
	require.Equal(t, "lead:OEC", agencies(refs)[0])
}

func TestDeleteMyDataErases(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.runner(t, nil, true)
	e.chat(t, "+923001234567", "hello", "2", "skip", "skip", "skip", "skip", "1") // a help report
	replies := e.chat(t, "+923001234567", "delete my data", "yes")
	require.NotEmpty(t, replies)
	ctx := context.Background()
	require.Eventually(t, func() bool {
		var status string
		require.NoError(t, e.db.Pool.QueryRow(ctx, `SELECT status FROM contacts`).Scan(&status))
		return status == store.ContactErased
	}, 20*time.Second, 50*time.Millisecond)
	var sealed []byte
	var bodies int
	require.NoError(t, e.db.Pool.QueryRow(ctx, `SELECT address_sealed FROM contacts`).Scan(&sealed))
	require.Nil(t, sealed)
	require.NoError(t, e.db.Pool.QueryRow(ctx, `SELECT count(*) FROM messages WHERE body <> ''`).Scan(&bodies))
	require.Zero(t, bodies, "transcripts erased")
	var reports, withContact int
	require.NoError(t, e.db.Pool.QueryRow(ctx, `SELECT count(*), count(contact_id) FROM reports`).Scan(&reports, &withContact))
	require.Equal(t, 1, reports, "the report the agencies hold stays")
	require.Zero(t, withContact, "without the contact")
	var lastStatus string
	require.NoError(t, e.db.Pool.QueryRow(ctx, `SELECT status FROM messages WHERE direction = 'out' ORDER BY id DESC LIMIT 1`).Scan(&lastStatus))
	require.Equal(t, store.StatusSent, lastStatus, "the confirmation went out before the address was erased")
}

// Erasing takes the conversation lock first: a message being stored
// meanwhile is committed before the erase and erased with the rest, and a
// message after it starts a new contact.
func TestEraseWaitsForAMessageBeingStored(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	rc := e.send(t, local, "v9", "e1", "hello")

	// A message being stored holds the conversation's lock...
	tx, err := e.db.Pool.Begin(ctx)
	require.NoError(t, err)
	_, seq, err := store.NextInboundSeq(ctx, tx, rc.ContactID, local)
	require.NoError(t, err)
	_, _, err = store.InsertInbound(ctx, tx, store.NewInbound{ConversationID: rc.ConversationID, Channel: local, ProviderID: "e2", Seq: seq, Kind: "text", Body: "SECRET 0300 1112223"})
	require.NoError(t, err)

	// ...so the erase waits for it.
	erased := make(chan error, 1)
	go func() { erased <- store.EraseContact(ctx, e.db.Pool, rc.ContactID) }()
	select {
	case err := <-erased:
		t.Fatalf("the erase did not wait for the message: %v", err)
	case <-time.After(300 * time.Millisecond):
	}
	require.NoError(t, tx.Commit(ctx))
	require.NoError(t, <-erased)

	var left int
	require.NoError(t, e.db.Pool.QueryRow(ctx, `SELECT count(*) FROM messages WHERE body <> ''`).Scan(&left))
	require.Zero(t, left, "the message stored during the erase is erased too")

	// The person writes again: a new contact, nothing linked to the old.
	again := e.send(t, local, "v9", "e3", "hello again")
	require.NotEqual(t, rc.ContactID, again.ContactID)
	require.NotEqual(t, rc.ConversationID, again.ConversationID)
}
