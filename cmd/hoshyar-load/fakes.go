package main

import (
	"net"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/hoshyar/hoshyar/internal/faketelegram"
	"github.com/hoshyar/hoshyar/internal/faketwilio"
)

// Credentials the fakes accept and the server is given. Test values: the
// fakes run in this process and talk only to the server on loopback.
const (
	tgToken     = "100000001:load-test-token-of-the-fake-bot-api"
	tgSecret    = "load-test-webhook-secret"
	twSID       = "AC00000000000000000000000000000000"
	twToken     = "load0test0token0of0the0fake0api0"
	waFrom      = "whatsapp:+15550001000"
	smsFrom     = "+15550002000"
	secretKey   = "load-test-secret-key-not-for-production-use"
	answerQueue = 4 // replies a reporter may have waiting
)

// fakes are the providers Hoshyar sends to, and where their messages go.
type fakes struct {
	tg *faketelegram.Server
	tw *faketwilio.Server

	mu    sync.Mutex
	inbox map[string]chan struct{} // by address: a reporter waiting for replies
	sends []sent
}

type sent struct {
	to string
	at time.Time
}

// startFakes starts both fake providers, on c.fakeAddr's port and the next
// when it is set.
func startFakes(c config) (*fakes, error) {
	f := &fakes{inbox: map[string]chan struct{}{}}
	tgAddr, twAddr := "", ""
	if c.fakeAddr != "" {
		host, port, _ := net.SplitHostPort(c.fakeAddr)
		tgAddr, twAddr = c.fakeAddr, net.JoinHostPort(host, nextPort(port))
	}
	f.tg = faketelegram.Start(tgToken, tgAddr)
	f.tg.Forget()
	f.tg.Observe(func(r faketelegram.Request) {
		if strings.EqualFold(r.Method, "sendMessage") {
			f.took(r.String("chat_id"))
		}
	})
	f.tw = faketwilio.Start(twSID, twToken, twAddr)
	f.tw.Forget()
	f.tw.Observe(func(m faketwilio.Message) {
		if m.SID != "" {
			f.took(m.To)
		}
	})
	return f, nil
}

func nextPort(port string) string {
	n, _ := strconv.Atoi(port)
	return strconv.Itoa(n + 1)
}

// took notes that the provider took a message to addr.
func (f *fakes) took(addr string) {
	f.mu.Lock()
	f.sends = append(f.sends, sent{to: addr, at: time.Now()})
	ch := f.inbox[addr]
	f.mu.Unlock()
	if ch != nil {
		select {
		case ch <- struct{}{}:
		default:
		}
	}
}

// listen returns the channel that receives a value for each message the
// provider takes to addr.
func (f *fakes) listen(addr string) <-chan struct{} {
	ch := make(chan struct{}, answerQueue)
	f.mu.Lock()
	f.inbox[addr] = ch
	f.mu.Unlock()
	return ch
}

func (f *fakes) close() {
	f.tg.Close()
	f.tw.Close()
}

// env is what the server needs to use the fakes, every channel on.
func (f *fakes) env() []string {
	return []string{
		"TELEGRAM_BOT_TOKEN=" + tgToken, "TELEGRAM_WEBHOOK_SECRET=" + tgSecret,
		"TELEGRAM_API_URL=" + f.tg.URL(), "TELEGRAM_MODE=webhook",
		"TWILIO_ACCOUNT_SID=" + twSID, "TWILIO_AUTH_TOKEN=" + twToken, "TWILIO_API_URL=" + f.tw.URL(),
		"TWILIO_WHATSAPP_FROM=" + waFrom, "TWILIO_SMS_FROM=" + smsFrom,
	}
}

// envLine is env as a shell command line to start a server at base with.
func (f *fakes) envLine(base string) string {
	u := strings.TrimPrefix(strings.TrimPrefix(base, "http://"), "https://")
	return strings.Join(f.env(), " ") + " HOSHYAR_ENV=local PUBLIC_BASE_URL=" + base + " HTTP_ADDR=" + u + " hoshyar serve"
}

// pace is what the provider saw.
type pace struct {
	Calls    int     `json:"calls"`
	PeakPerS int     `json:"peak_per_s"` // the most messages taken in one wall-clock second
	MinGapMS float64 `json:"min_gap_ms"` // the least time between two to one person; -1 when none had two
}

func (f *fakes) pace() *pace {
	f.mu.Lock()
	defer f.mu.Unlock()
	p := &pace{Calls: len(f.sends), MinGapMS: -1}
	perSecond := map[int64]int{}
	last := map[string]time.Time{}
	for _, s := range f.sends {
		sec := s.at.Unix()
		perSecond[sec]++
		p.PeakPerS = max(p.PeakPerS, perSecond[sec])
		if prev, ok := last[s.to]; ok {
			gap := float64(s.at.Sub(prev).Microseconds()) / 1000
			if p.MinGapMS < 0 || gap < p.MinGapMS {
				p.MinGapMS = gap
			}
		}
		last[s.to] = s.at
	}
	return p
}
