package bot_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/bot"
)

// The ingest step: find the contact, number and store the message in its
// conversation, in one transaction: what a webhook waits for before it
// answers.
func BenchmarkIngest(b *testing.B) {
	for _, channel := range []string{bot.WebChat, bot.Telegram} {
		b.Run(channel, func(b *testing.B) {
			ing, _ := newIngester(b, &enqueuer{}, nil)
			ctx := context.Background()
			b.ResetTimer()
			for i := range b.N {
				_, err := ing.Ingest(ctx, bot.Inbound{Channel: channel, ProviderID: fmt.Sprint("bench-", i),
					Address: fmt.Sprint(1000 + i%50), Name: "Ayesha", Text: "menu"})
				require.NoError(b, err)
			}
		})
	}
}
