package jobs_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/jobs"
)

// The hourly purge's cost: b.N messages of benchConversations people, a
// photo with every tenth, all older than the retention, purged in batches
// with their drafts (go test ./jobs -run '^$' -bench Purge -benchtime 5000x).
func BenchmarkPurge(b *testing.B) {
	e := newEnv(b)
	ctx := context.Background()
	for i := range b.N {
		in := bot.Inbound{Channel: local, ProviderID: fmt.Sprintf("purge-bench-%d", i),
			Address: fmt.Sprintf("person-%d", i%benchConversations), Text: "Naveed from Mardan, 5 lakh to the agent"}
		if i%10 == 0 {
			in.Media = []bot.Media{{Kind: bot.KindImage, ContentType: "image/jpeg", Data: make([]byte, 64<<10)}}
		}
		_, err := e.ingest.Ingest(ctx, in)
		require.NoError(b, err)
	}
	_, err := e.db.Pool.Exec(ctx, `UPDATE conversations SET state = '{"draft": {"texts": ["Naveed"]}}'`)
	require.NoError(b, err)
	later := e.runner(b, nil, false, func(o *jobs.Options) {
		o.Now = func() time.Time { return time.Now().Add(100 * 24 * time.Hour) }
		o.TranscriptRetention = 90 * 24 * time.Hour
	})
	b.ResetTimer()
	require.NoError(b, later.Purge(ctx))
	b.StopTimer()
	var left int
	require.NoError(b, e.db.Pool.QueryRow(ctx, `SELECT count(*) FROM messages WHERE body <> ''`).Scan(&left))
	require.Zero(b, left)
}
