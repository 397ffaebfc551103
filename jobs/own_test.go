package jobs_test

import (
	"context"
	"encoding/json"
	"log/slog"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/agency"
	"github.com/hoshyar/hoshyar/routing"
	"github.com/hoshyar/hoshyar/store"
)

// A reporter's own number, typed in their account ("mera number 0302…
// hai agar call karni ho"), is not the recruiter's: the report's phones and
// keys hold only the agent's, and an agency reads the number masked in the
// summary and the thread when the reporter chose to stay anonymous; with
// consent it reads it as written.
func TestOwnNumberThroughTheService(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	r := e.runner(t, nil, true)
	svc := agency.NewService(e.db.Pool, e.vault, routing.DefaultMatrix(), r, slog.New(slog.DiscardHandler))
	opening := "Dubai driver job ka ad dekha, agent Rashid ne 1 lakh maange, uska number 0345-7712098. mera number 0302-1234567 hai agar call karni ho"
	for i, c := range []struct {
		address, consent string
		masked           bool
	}{{"o1", "gumnaam rakhein", true}, {"o2", "haan kar sakte hain", false}} {
		e.chat(t, c.address, opening, "bas", "haan", "facebook", "nahi", "nahi", c.consent, "haan")
		var ref string
		require.NoError(t, e.db.Pool.QueryRow(ctx, `SELECT reference FROM reports WHERE kind = 'report' ORDER BY id DESC LIMIT 1`).Scan(&ref))
		report, _ := e.referrals(t, ref)
		var ents struct{ Phones []string }
		require.NoError(t, json.Unmarshal(report.Entities, &ents))
		require.Equal(t, []string{"+923457712098"}, ents.Phones, "the agent's number only")
		for number, want := range map[string]int{"+923021234567": 0, "+923457712098": i + 1} {
			n, err := store.CountReportsNaming(ctx, e.db.Pool, store.Key{Kind: store.KeyPhone, Value: number}, 0)
			require.NoError(t, err)
			require.Equal(t, want, n, "the reporter's number is no key; the agent's is, once a report")
		}
		all, err := store.ReferralsOf(ctx, e.db.Pool, report.ID)
		require.NoError(t, err)
		d, err := svc.Detail(ctx, agency.Caller{Agency: all[0].Agency, Actor: "token:1", Role: agency.RoleAgent}, all[0].ID)
		require.NoError(t, err)
		var thread []string
		for _, m := range d.Thread {
			thread = append(thread, m.Text)
		}
		shown := d.Summary + "\n" + strings.Join(thread, "\n")
		require.Contains(t, shown, "0345-7712098", i)
		if c.masked {
			require.NotContains(t, shown, "1234567", i)
			require.Nil(t, d.Contact)
		} else {
			require.Contains(t, shown, "0302-1234567", i)
		}
	}
}
