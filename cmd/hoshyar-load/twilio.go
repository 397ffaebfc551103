package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"
	"time"

	"github.com/hoshyar/hoshyar/internal/faketwilio"
)

// twilioDriver posts signed forms to /webhooks/twilio, as Twilio does for
// WhatsApp or SMS, each reporter a phone number; an answer is the fake REST
// API taking a message to that number.
type twilioDriver struct {
	base    string
	channel string // whatsapp or sms
	fakes   *fakes
	http    *http.Client
	run     int64
	next    atomic.Int64
}

func newTwilio(base, channel string, f *fakes) *twilioDriver {
	return &twilioDriver{base: base, channel: channel, fakes: f, run: time.Now().UnixNano(),
		http: &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 256}}}
}

func (d *twilioDriver) reporter(i int) reporter {
	from, to := fmt.Sprintf("+9231%08d", i), smsFrom
	if d.channel == modeWhatsApp {
		from, to = "whatsapp:"+from, waFrom
	}
	return &texter{d: d, from: from, to: to, replies: d.fakes.listen(from)}
}

type texter struct {
	d        *twilioDriver
	from, to string
	replies  <-chan struct{}
}

func (t *texter) send(ctx context.Context, n int) error {
	text := "menu"
	if n == 0 {
		text = "hello"
	}
	form := url.Values{
		"MessageSid": {fmt.Sprintf("SM%016x%016x", t.d.run, t.d.next.Add(1))},
		"AccountSid": {twSID}, "From": {t.from}, "To": {t.to}, "Body": {text}, "NumMedia": {"0"},
	}
	endpoint := t.d.base + "/webhooks/twilio"
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Twilio-Signature", faketwilio.Sign(twToken, endpoint, form))
	return post(t.d.http, req)
}

func (t *texter) answer(ctx context.Context) error {
	select {
	case <-t.replies:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func drain(res *http.Response) (int64, error) {
	return io.Copy(io.Discard, res.Body)
}
