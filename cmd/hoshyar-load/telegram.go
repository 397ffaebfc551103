package main

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
)

// telegramDriver posts Bot API updates to /webhooks/telegram, as Telegram
// does, each reporter a private chat; an answer is the fake Bot API taking
// a sendMessage to that chat.
type telegramDriver struct {
	base   string
	fakes  *fakes
	http   *http.Client
	nextID atomic.Int64
}

func newTelegram(base string, f *fakes) *telegramDriver {
	d := &telegramDriver{base: base, fakes: f, http: &http.Client{Timeout: 30 * time.Second,
		Transport: &http.Transport{MaxIdleConnsPerHost: 256}}}
	// update_id goes on from run to run; the dedupe key adds the date.
	d.nextID.Store(time.Now().UnixMilli() % 1_000_000_000 * 100)
	return d
}

func (d *telegramDriver) reporter(i int) reporter {
	chat := strconv.Itoa(5_000_000_000 + i)
	return &chatter{d: d, chat: chat, replies: d.fakes.listen(chat)}
}

type chatter struct {
	d       *telegramDriver
	chat    string
	replies <-chan struct{}
}

func (c *chatter) send(ctx context.Context, n int) error {
	text := "menu"
	if n == 0 {
		text = "hello"
	}
	id := c.d.nextID.Add(1)
	update := fmt.Sprintf(`{"update_id":%d,"message":{"message_id":%d,"from":{"id":%s,"is_bot":false,"first_name":"Load"},`+
		`"chat":{"id":%s,"first_name":"Load","type":"private"},"date":%d,"text":%q}}`, id, id, c.chat, c.chat, time.Now().Unix(), text)
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.d.base+"/webhooks/telegram", strings.NewReader(update))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Telegram-Bot-Api-Secret-Token", tgSecret)
	return post(c.d.http, req)
}

func (c *chatter) answer(ctx context.Context) error {
	select {
	case <-c.replies:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// post sends req and wants a 2xx, the body read to its end.
func post(client *http.Client, req *http.Request) error {
	res, err := client.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if _, err := drain(res); err != nil {
		return err
	}
	if res.StatusCode/100 != 2 {
		return fmt.Errorf("status %d", res.StatusCode)
	}
	return nil
}
