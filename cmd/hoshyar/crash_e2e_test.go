package main

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// Telegram replies to one chat go about one a second, so replies wait in
// the pacer whenever a person writes twice in a row. Killing `hoshyar serve`
// (SIGKILL) again and again while they wait, and while the provider holds
// others (every sendMessage takes 300 ms here), loses none and sends none
// twice; and a reply the provider may have taken when the process died
// holds its conversation back only until its claim's lease runs out
// (seconds), not until River rescues the dead job (a minute).
func TestE2ETelegramKilledWhileRepliesWait(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	t.Parallel()
	e := startWithProviders(t, "webhook")
	e.tg.SetDelay("sendMessage", 300*time.Millisecond)
	addr := strings.TrimPrefix(e.base, "http://")
	restart := func() {
		e.srv = startServer(t, e.db, addr,
			"TELEGRAM_BOT_TOKEN="+tgToken, "TELEGRAM_WEBHOOK_SECRET="+tgSecret, "TELEGRAM_API_URL="+e.tg.URL(),
			"TWILIO_ACCOUNT_SID="+twSID, "TWILIO_AUTH_TOKEN="+twToken, "TWILIO_API_URL="+e.tw.URL(),
			"TWILIO_SMS_FROM="+smsFrom)
	}

	// Each reporter writes in bursts of three, as Telegram delivers: an
	// update not answered 200 is delivered again.
	const chats = 6
	var nextID atomic.Int64
	nextID.Store(1000)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var acked atomic.Int32
	firstID := make([]int64, chats) // each chat's first update, to find its conversation
	for c := range chats {
		chat := int64(8800100 + c)
		firstID[c] = nextID.Add(1)
		wg.Go(func() {
			for i := 0; ; i++ {
				for j := range 3 {
					text := "menu"
					id := firstID[c]
					if i == 0 && j == 0 {
						text = "hello"
					} else {
						id = nextID.Add(1)
					}
					// An update whose delivery began is delivered until it is
					// acknowledged, even after stop: one the dead process
					// stored before it could answer 200 is sent again, as
					// Telegram does, and acknowledged once stored (stopping
					// its retries left it stored but never counted). The
					// bound is generous: under -race on a loaded machine a
					// restart and its sweep took over 30 s (18 acknowledged,
					// 22 stored).
					for giveUp := time.Now().Add(90 * time.Second); !deliver(e.base, textUpdate(int(id), chat, text)); {
						if time.Now().After(giveUp) {
							return
						}
						time.Sleep(50 * time.Millisecond)
					}
					acked.Add(1)
				}
				select { // about the pace Telegram allows a chat
				case <-stop:
					return
				case <-time.After(3 * time.Second):
				}
			}
		})
	}

	waiting, claimed := 0, 0
	var slowest time.Duration
	for range 3 {
		// Kill while replies wait in the pacer: watch for them for up to
		// 2.5 s and kill as soon as some are queued (a fixed sleep could
		// land between bursts, when the pacer had drained).
		for deadline := time.Now().Add(2500 * time.Millisecond); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
			if q := e.query(`SELECT count(*) FROM messages WHERE direction = 'out' AND status = 'queued'`); q > 0 {
				waiting += q
				break
			}
		}
		require.NoError(t, e.srv.cmd.Process.Signal(syscall.SIGKILL))
		<-e.srv.done
		e.srv.done <- nil
		killed := time.Now()
		claimed += e.query(`SELECT count(*) FROM messages WHERE direction = 'out' AND status = 'sending'`)
		restart()
		// What the dead process had claimed is settled within its lease
		// (5 s) and a sweep, and its conversation goes on.
		require.Eventually(t, func() bool {
			return e.query(`SELECT count(*) FROM messages WHERE direction = 'out' AND status = 'sending' AND sending_at < $1`, killed) == 0
		}, 15*time.Second, 50*time.Millisecond, "the dead process's claims are settled within seconds")
		slowest = max(slowest, time.Since(killed))
	}
	close(stop)
	wg.Wait()
	require.Positive(t, waiting, "replies were waiting in the pacer when the process was killed")

	require.Eventually(t, func() bool {
		return e.query(`SELECT count(*) FROM messages WHERE (direction = 'in' AND status = 'received')
			OR (direction = 'out' AND status IN ('queued', 'sending'))`) == 0
	}, 40*time.Second, 100*time.Millisecond, "everything settles")

	// Every update acknowledged was stored once and answered once: sent, or
	// unknown when the provider had it as the process died.
	require.Equal(t, int(acked.Load()), e.query(`SELECT count(*) FROM messages WHERE direction = 'in'`))
	require.Zero(t, e.query(`SELECT count(*) FROM messages i WHERE i.direction = 'in'
		AND (SELECT count(*) FROM messages o WHERE o.in_reply_to = i.id) <> 1`), "one reply each")
	require.Zero(t, e.query(`SELECT count(*) FROM messages WHERE direction = 'out' AND status NOT IN ('sent', 'unknown')`))
	// Per chat, every reply sent reached the provider once, and a reply
	// reached it at most once: those the provider may have taken when a
	// process died are unknown, not sent again.
	unknown := 0
	for c := range chats {
		chat := int64(8800100 + c)
		var sent, lost int
		require.NoError(t, e.db.Pool.QueryRow(context.Background(), `
			SELECT count(*) FILTER (WHERE status = 'sent'), count(*) FILTER (WHERE status = 'unknown')
			  FROM messages WHERE direction = 'out' AND conversation_id = (
			       SELECT conversation_id FROM messages WHERE channel = 'telegram' AND split_part(provider_id, ':', 1) = $1)`,
			fmt.Sprint(firstID[c])).Scan(&sent, &lost))
		calls := len(e.sent(chat))
		require.GreaterOrEqual(t, calls, sent, "chat %d: every reply sent reached the provider", chat)
		require.LessOrEqual(t, calls, sent+lost, "chat %d: no reply reached the provider twice", chat)
		unknown += lost
	}
	t.Logf("%d updates acknowledged; at the kills %d replies queued and %d claimed; claims settled at most %s after a kill; %d unknown",
		acked.Load(), waiting, claimed, slowest.Round(time.Millisecond), unknown)
}

// deliver posts a Telegram update with the secret and reports a 200.
func deliver(base, update string) bool {
	req, err := http.NewRequest(http.MethodPost, base+"/webhooks/telegram", strings.NewReader(update))
	if err != nil {
		return false
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Telegram-Bot-Api-Secret-Token", tgSecret)
	res, err := (&http.Client{Timeout: 5 * time.Second}).Do(req)
	if err != nil {
		return false
	}
	res.Body.Close()
	return res.StatusCode == http.StatusOK
}
