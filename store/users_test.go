package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/internal/dbtest"
	"github.com/hoshyar/hoshyar/store"
)

func TestConsoleUsersAndSessions(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := dbtest.New(t).Pool // failed inserts: a transaction would abort
	u := store.NewConsoleUser{Agency: "FIA", Email: "amina@fia.gov.pk", Name: "Amina", Role: "agent", PasswordHash: "$2a$04$x"}
	id, err := store.InsertConsoleUser(ctx, db, u)
	require.NoError(t, err)
	_, err = store.InsertConsoleUser(ctx, db, u)
	require.ErrorIs(t, err, store.ErrConflict, "one user per e-mail")
	u.Email = "Upper@fia.gov.pk"
	_, err = store.InsertConsoleUser(ctx, db, u)
	require.Error(t, err, "e-mails are stored lower-cased")
	u.Email, u.Role = "x@fia.gov.pk", "root"
	_, err = store.InsertConsoleUser(ctx, db, u)
	require.Error(t, err, "unknown role")
	u.Role, u.Agency = "agent", "XYZ"
	_, err = store.InsertConsoleUser(ctx, db, u)
	require.Error(t, err, "unknown agency")

	got, err := store.ConsoleUserByEmail(ctx, db, "amina@fia.gov.pk")
	require.NoError(t, err)
	require.Equal(t, id, got.ID)
	require.Equal(t, "FIA", got.Agency)
	_, err = store.ConsoleUserByEmail(ctx, db, "nobody@fia.gov.pk")
	require.ErrorIs(t, err, store.ErrNotFound)

	live, expired := []byte("live-hash"), []byte("old-hash")
	require.NoError(t, store.InsertConsoleSession(ctx, db, live, id, "csrf-1", time.Now().Add(time.Hour)))
	require.NoError(t, store.InsertConsoleSession(ctx, db, expired, id, "csrf-2", time.Now().Add(-time.Second)))
	s, err := store.GetConsoleSession(ctx, db, live)
	require.NoError(t, err)
	require.Equal(t, store.ConsoleSession{UserID: id, Agency: "FIA", Email: "amina@fia.gov.pk", Name: "Amina", Role: "agent", CSRF: "csrf-1", ExpiresAt: s.ExpiresAt}, s)
	_, err = store.GetConsoleSession(ctx, db, expired)
	require.ErrorIs(t, err, store.ErrNotFound, "an expired session is no session")
	require.NoError(t, store.PruneConsoleLogins(ctx, db, time.Now().Add(-time.Hour)))
	var n int
	require.NoError(t, db.QueryRow(ctx, `SELECT count(*) FROM console_sessions`).Scan(&n))
	require.Equal(t, 1, n, "the expired session was pruned")

	_, err = db.Exec(ctx, `UPDATE console_users SET disabled_at = now() WHERE id = $1`, id)
	require.NoError(t, err)
	_, err = store.GetConsoleSession(ctx, db, live)
	require.ErrorIs(t, err, store.ErrNotFound, "a disabled user's session ends")
	require.NoError(t, store.DeleteConsoleSession(ctx, db, live))
}

func TestLoginAttempts(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := dbtest.Tx(t)
	here, there := []byte("address-here"), []byte("address-there")
	since, knownSince := time.Now().Add(-15*time.Minute), time.Now().Add(-90*24*time.Hour)
	err := pgx.BeginFunc(ctx, db, func(tx pgx.Tx) error {
		require.NoError(t, store.LockLoginAttempt(ctx, tx, "a@fia.gov.pk", here))
		for range 3 {
			require.NoError(t, store.RecordLoginAttempt(ctx, tx, "a@fia.gov.pk", here))
		}
		require.NoError(t, store.RecordLoginAttempt(ctx, tx, "a@fia.gov.pk", there))
		return store.RecordLoginAttempt(ctx, tx, "b@fia.gov.pk", here)
	})
	require.NoError(t, err)
	count := func(email string, addr []byte, since time.Time) store.LoginCounts {
		c, err := store.CountLoginAttempts(ctx, db, email, addr, since, knownSince)
		require.NoError(t, err)
		return c
	}
	require.Equal(t, store.LoginCounts{Pair: 3, Address: 4, Account: 4}, count("a@fia.gov.pk", here, since))
	require.Equal(t, store.LoginCounts{Pair: 1, Address: 1, Account: 4}, count("a@fia.gov.pk", there, since))
	require.Equal(t, store.LoginCounts{}, count("a@fia.gov.pk", here, time.Now().Add(time.Minute)), "only those in the window count")

	// Once the account has signed in from here, attempts from here no
	// longer count against it from elsewhere.
	id, err := store.InsertConsoleUser(ctx, db, store.NewConsoleUser{Agency: "FIA", Email: "a@fia.gov.pk", Name: "A", Role: "agent", PasswordHash: "x"})
	require.NoError(t, err)
	require.NoError(t, store.RememberLoginAddress(ctx, db, id, here, time.Now()))
	require.Equal(t, store.LoginCounts{Pair: 3, Address: 4, Account: 1, Known: true}, count("a@fia.gov.pk", here, since))
	require.Equal(t, store.LoginCounts{Pair: 1, Address: 1, Account: 1}, count("a@fia.gov.pk", there, since))

	require.NoError(t, store.ClearLoginAttempts(ctx, db, "a@fia.gov.pk", here))
	require.Equal(t, store.LoginCounts{Pair: 0, Address: 1, Account: 1, Known: true}, count("a@fia.gov.pk", here, since),
		"only this account's attempts from here are cleared")

	require.NoError(t, store.PruneLoginAddresses(ctx, db, time.Now().Add(time.Minute)))
	require.False(t, count("a@fia.gov.pk", here, since).Known, "forgotten")
}

// The console's reads see only the agency's own referrals.
func TestConsoleReadsAreScopedToTheAgency(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := dbtest.Tx(t)
	contact, err := store.EnsureContact(ctx, db, "webchat", []byte(t.Name()+"h"), []byte("s"))
	require.NoError(t, err)
	conv, _, err := store.NextInboundSeq(ctx, db, contact, "webchat")
	require.NoError(t, err)
	report := func(agency, country string) int64 {
		id, err := store.InsertReport(ctx, db, store.NewReport{Reference: store.NewReference(), ConversationID: conv, ContactID: contact,
			Kind: "report", CaseType: "job_scam_paid", Urgency: "routine", Language: "en", Channel: "webchat",
			Entities: map[string]any{"countries": []string{country}}, RedFlags: []map[string]string{{"code": "no_receipt", "reason": "r"}}})
		require.NoError(t, err)
		require.NoError(t, store.AddKeys(ctx, db, id, []store.Key{{Kind: "phone", Value: "+923001234567"}}))
		_, err = store.UpsertReferral(ctx, db, store.NewReferral{ReportID: id, Agency: agency, Role: "lead", Urgency: "routine", DueAt: time.Now().Add(time.Hour), Priority: "normal"})
		require.NoError(t, err)
		return id
	}
	report("FIA", "SA")
	report("FIA", "SA")
	report("NCCIA", "AE")
	since := time.Now().Add(-time.Hour)
	key := store.Key{Kind: "phone", Value: "+923001234567"}

	list, err := store.AgencyReportsNaming(ctx, db, "FIA", key, 10)
	require.NoError(t, err)
	require.Len(t, list, 2)
	list, err = store.AgencyReportsNaming(ctx, db, "NCCIA", key, 10)
	require.NoError(t, err)
	require.Len(t, list, 1)

	counts, err := store.CountQueueByStatus(ctx, db, "FIA")
	require.NoError(t, err)
	require.Equal(t, []store.Count{{Key: "new", N: 2}}, counts)
	counts, err = store.CountryCounts(ctx, db, "FIA", since, 10)
	require.NoError(t, err)
	require.Equal(t, []store.Count{{Key: "SA", N: 2}}, counts)
	counts, err = store.ChannelCounts(ctx, db, "NCCIA", since)
	require.NoError(t, err)
	require.Equal(t, []store.Count{{Key: "webchat", N: 1}}, counts)
	counts, err = store.TopRecruiterKeys(ctx, db, "FIA", "phone", since, 10)
	require.NoError(t, err)
	require.Equal(t, []store.Count{{Key: "+923001234567", N: 2}}, counts)
	days, err := store.DailyCaseCounts(ctx, db, "FIA", since, "Asia/Karachi")
	require.NoError(t, err)
	require.Len(t, days, 1)
	require.Equal(t, 2, days[0].N)
	require.Equal(t, time.Now().In(time.FixedZone("PKT", 5*3600)).Format(time.DateOnly), days[0].Day.Format(time.DateOnly))

	rows, err := store.ExportReferrals(ctx, db, "FIA", since, time.Now().Add(time.Hour), 10)
	require.NoError(t, err)
	require.Len(t, rows, 2)
	require.JSONEq(t, `["SA"]`, string(rows[0].Countries))
	rows, err = store.ExportReferrals(ctx, db, "PTA", since, time.Now().Add(time.Hour), 10)
	require.NoError(t, err)
	require.Empty(t, rows)
}
