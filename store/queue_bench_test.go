package store_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/internal/dbtest"
	"github.com/hoshyar/hoshyar/store"
)

// An agency's queue of 20,000 referrals (a year of a busy circle), each
// report with a few messages: the first page in the work order, a page
// deep in it, and the newest-first page.
//
//	go test ./store -run '^$' -bench ListQueue -benchtime 50x
func BenchmarkListQueue(b *testing.B) {
	ctx := context.Background()
	db := dbtest.New(b).Pool
	_, err := db.Exec(ctx, `
WITH c AS (INSERT INTO contacts (channel, address_hash) SELECT 'webchat', decode(md5(g::text), 'hex') FROM generate_series(1, 20000) g RETURNING id),
v AS (INSERT INTO conversations (contact_id, channel) SELECT id, 'webchat' FROM c RETURNING id, contact_id),
r AS (INSERT INTO reports (reference, conversation_id, contact_id, case_type, urgency, language, channel)
      SELECT 'HSY-' || (SELECT string_agg(substr('23456789ABCDEFGHJKLMNPQRSTUVWXYZ', 1 + ((v.id / (32 ^ k)::bigint) % 32)::int, 1), '' ORDER BY k DESC)
                          FROM generate_series(0, 5) k), v.id, v.contact_id, 'job_scam_paid',
             (ARRAY['emergency','urgent','routine','routine','routine'])[1 + v.id % 5], 'ur-Latn', 'webchat'
        FROM v RETURNING id, urgency, conversation_id)
INSERT INTO referrals (report_id, agency_code, role, urgency, due_at, status, created_at)
SELECT r.id, 'FIA', 'lead', r.urgency, now() + ((r.id % 400) - 200) * interval '1 hour',
       (ARRAY['new','claimed','in_progress','closed','closed'])[1 + r.id % 5], now() - (r.id % 300) * interval '1 day'
  FROM r`)
	require.NoError(b, err)
	_, err = db.Exec(ctx, `
WITH m AS (INSERT INTO messages (conversation_id, direction, channel, provider_id, seq, kind, body, status)
           SELECT r.conversation_id, 'in', 'webchat', 'b' || r.id || '-' || g, g, 'text', 'x', 'processed'
             FROM reports r, generate_series(1, 3) g RETURNING id, conversation_id)
INSERT INTO report_evidence (report_id, message_id) SELECT r.id, m.id FROM m JOIN reports r ON r.conversation_id = m.conversation_id`)
	require.NoError(b, err)
	_, err = db.Exec(ctx, `ANALYZE`)
	require.NoError(b, err)
	first, err := store.ListQueue(ctx, db, "FIA", store.QueueFilter{Limit: 50})
	require.NoError(b, err)
	require.Len(b, first, 50)
	deep := store.CursorOf(first[len(first)-1])
	for range 100 {
		page, err := store.ListQueue(ctx, db, "FIA", store.QueueFilter{Limit: 50, After: deep.String()})
		require.NoError(b, err)
		deep = store.CursorOf(page[len(page)-1])
	}
	for _, bc := range []struct {
		name string
		f    store.QueueFilter
	}{
		{"first", store.QueueFilter{Limit: 50}},
		{"page100", store.QueueFilter{Limit: 50, After: deep.String()}},
		{"newest", store.QueueFilter{Limit: 50, Order: store.OrderNewest}},
		{"new_only", store.QueueFilter{Limit: 50, Status: "new"}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := store.ListQueue(ctx, db, "FIA", bc.f); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
