// Command hoshyar-load drives a running Hoshyar's web chat with simulated
// visitors and reports how long a person waits for each answer: from the
// POST of a message to its reply appearing in the long-poll feed. It is
// bounded in visitors, messages and time, and refuses any target that is
// not on this machine.
//
//	go run ./cmd/hoshyar-load -url http://127.0.0.1:8080 -visitors 50 -messages 20
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"slices"
	"sync"
	"time"
)

func main() {
	target := flag.String("url", "http://127.0.0.1:8080", "base URL of a Hoshyar on this machine")
	visitors := flag.Int("visitors", 20, "simultaneous visitors (1-2000)")
	messages := flag.Int("messages", 10, "messages each visitor sends (1-1000)")
	limit := flag.Duration("duration", 2*time.Minute, "stop after this long")
	flag.Parse()
	if err := run(*target, *visitors, *messages, *limit); err != nil {
		fmt.Fprintln(os.Stderr, "hoshyar-load:", err)
		os.Exit(1)
	}
}

func run(target string, visitors, messages int, limit time.Duration) error {
	u, err := url.Parse(target)
	if err != nil {
		return err
	}
	if ip := net.ParseIP(u.Hostname()); u.Hostname() != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return fmt.Errorf("%s is not a loopback address: load is only sent to this machine", u.Hostname())
	}
	if visitors < 1 || visitors > 2000 || messages < 1 || messages > 1000 {
		return fmt.Errorf("visitors must be 1-2000 and messages 1-1000")
	}
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()

	var mu sync.Mutex
	var waits []time.Duration
	failures := 0
	start := time.Now()
	var wg sync.WaitGroup
	for v := range visitors {
		wg.Go(func() {
			jar, _ := cookiejar.New(nil)
			c := &http.Client{Jar: jar, Timeout: 40 * time.Second}
			var last int64
			for i := range messages {
				text := "menu"
				if i == 0 {
					text = "hello"
				}
				d, next, err := exchange(ctx, c, target, text, fmt.Sprintf("load-%d-%d", v, i), last)
				mu.Lock()
				if err != nil {
					failures++
				} else {
					waits = append(waits, d)
				}
				mu.Unlock()
				if ctx.Err() != nil {
					return
				}
				last = next
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	if len(waits) == 0 {
		return fmt.Errorf("no answer received (%d failures)", failures)
	}
	slices.Sort(waits)
	pct := func(p float64) time.Duration { return waits[int(float64(len(waits)-1)*p)] }
	fmt.Printf("visitors=%d messages=%d answered=%d failed=%d in %s (%.1f answers/s)\n",
		visitors, messages, len(waits), failures, elapsed.Round(time.Millisecond), float64(len(waits))/elapsed.Seconds())
	fmt.Printf("wait for an answer: p50=%s p95=%s p99=%s max=%s\n", pct(.5), pct(.95), pct(.99), waits[len(waits)-1])
	return nil
}

// exchange sends text and waits until a bot reply to it appears; it returns
// the wait and the last message id seen.
func exchange(ctx context.Context, c *http.Client, base, text, clientID string, after int64) (time.Duration, int64, error) {
	body, _ := json.Marshal(map[string]string{"text": text, "client_id": clientID})
	start := time.Now()
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/chat/api/messages", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	res, err := c.Do(req)
	if err != nil {
		return 0, after, err
	}
	var posted struct{ ID int64 }
	err = json.NewDecoder(res.Body).Decode(&posted)
	res.Body.Close()
	if err != nil || res.StatusCode != http.StatusAccepted {
		return 0, after, fmt.Errorf("post: status %d", res.StatusCode)
	}
	for ctx.Err() == nil {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("%s/chat/api/messages?after=%d", base, after), nil)
		res, err := c.Do(req)
		if err != nil {
			return 0, after, err
		}
		var feed struct {
			Messages []struct {
				ID   int64
				From string
			}
		}
		err = json.NewDecoder(res.Body).Decode(&feed)
		res.Body.Close()
		if err != nil {
			return 0, after, err
		}
		for _, m := range feed.Messages {
			after = m.ID
			if m.From == "bot" && m.ID > posted.ID {
				return time.Since(start), after, nil
			}
		}
	}
	return 0, after, ctx.Err()
}
