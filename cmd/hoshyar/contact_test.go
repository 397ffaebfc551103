package main

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/internal/dbtest"
	"github.com/hoshyar/hoshyar/store"
)

// `hoshyar contact erase` erases a person who asked outside the chat as
// "Delete my data" does: their chats and contact details go, their words
// leave their reports, the recruiter's facts stay; it is audited.
func TestContactEraseCommand(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := dbtest.New(t)
	const from = "whatsapp:+923001234567"
	contact, err := store.EnsureContact(ctx, db.Pool, "whatsapp", dbtest.Vault.Hash("whatsapp", from), dbtest.Vault.Seal(from, "whatsapp"))
	require.NoError(t, err)
	conv, msg, _, err := store.InsertArrival(ctx, db.Pool, store.NewArrival{ContactID: contact, Channel: "whatsapp", ProviderID: "SMerase1",
		Kind: "text", Body: "mera naam Amina hai, agent 0333-9876543 ne 2 lakh liye"})
	require.NoError(t, err)
	report, err := store.InsertReport(ctx, db.Pool, store.NewReport{Reference: store.NewReference(), ConversationID: conv, ContactID: contact,
		Kind: "report", CaseType: "job_scam_paid", Urgency: "routine", Language: "ur-Latn", Channel: "whatsapp",
		Summary: "mera naam Amina hai, agent 0333-9876543 ne 2 lakh liye", Consent: true,
		Entities: map[string]any{"phones": []string{"+923001234567", "+923339876543"}}})
	require.NoError(t, err)
	require.NoError(t, store.AddEvidence(ctx, db.Pool, report, []int64{msg}))
	_, err = store.UpsertReferral(ctx, db.Pool, store.NewReferral{ReportID: report, Agency: "FIA", Role: "lead", Urgency: "routine",
		DueAt: time.Now().Add(time.Hour), Reason: "Charge matrix", Priority: "normal"})
	require.NoError(t, err)

	var out, errOut bytes.Buffer
	require.NoError(t, run(ctx, []string{"contact", "erase", "--channel", "whatsapp", "--address", "+923001234567"}, envFor(db), &out, &errOut), errOut.String())
	require.Contains(t, out.String(), "erased")

	c, err := store.GetContact(ctx, db.Pool, contact)
	require.NoError(t, err)
	require.Equal(t, store.ContactErased, c.Status)
	m, err := store.GetMessage(ctx, db.Pool, msg)
	require.NoError(t, err)
	require.Empty(t, m.Body)
	r, err := store.GetReport(ctx, db.Pool, report)
	require.NoError(t, err)
	require.NotNil(t, r.WithdrawnAt)
	require.Empty(t, r.Summary)
	require.False(t, r.Consent)
	var entities struct{ Phones []string }
	require.NoError(t, json.Unmarshal(r.Entities, &entities))
	require.Equal(t, []string{"+923339876543"}, entities.Phones, "their own number goes, the recruiter's stays")
	var actor string
	require.NoError(t, db.Pool.QueryRow(ctx, `SELECT actor FROM audit_log WHERE action = 'contact.erase' AND subject_id = $1`, contact).Scan(&actor))
	require.Equal(t, "cli", actor)

	err = run(ctx, []string{"contact", "erase", "--channel", "whatsapp", "--address", "+923001234567"}, envFor(db), &out, &errOut)
	require.ErrorContains(t, err, "nobody wrote from", "erased already")
	err = run(ctx, []string{"contact", "erase", "--channel", "fax", "--address", "1"}, envFor(db), &out, &errOut)
	require.ErrorContains(t, err, "--channel")
}
