// Command hoshyar-load drives a Hoshyar on this machine through one of its
// channels with simulated reporters, each in a closed loop: send a message,
// wait for the answer, send the next. It reports the answers a second, how
// long a reporter waited for each answer (from sending the message to the
// reply reaching them) and for the acknowledgement (the POST's answer), the
// pace the provider saw, and the server's resident memory.
//
// Modes: webchat (the chat's JSON API and its long poll), and telegram,
// whatsapp and sms, which post webhooks in the provider's wire format and
// run a fake Bot API or Twilio REST API in this process that takes the
// replies (internal/faketelegram, internal/faketwilio). For those, Hoshyar
// must send to the fakes: with -server the tool starts `hoshyar serve`
// itself, so configured; without, it prints the settings to start it with.
//
// Loopback only, bounded in reporters, messages and time.
//
//	go run ./cmd/hoshyar-load -url http://127.0.0.1:8080 -reporters 50 -messages 20
//	DATABASE_URL=… go run ./cmd/hoshyar-load -mode telegram -server bin/hoshyar -reporters 40 -messages 10
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// Modes.
const (
	modeWebChat  = "webchat"
	modeTelegram = "telegram"
	modeWhatsApp = "whatsapp"
	modeSMS      = "sms"
)

type config struct {
	mode        string
	target      string
	reporters   int
	messages    int
	concurrency int
	warmup      int // first messages of each reporter left out of the figures
	limit       time.Duration
	server      string // hoshyar binary to start, or ""
	databaseURL string // the started server's DATABASE_URL
	fakeAddr    string // where the fake providers listen
	jsonOut     bool
}

func main() {
	var c config
	flag.StringVar(&c.mode, "mode", modeWebChat, "webchat, telegram, whatsapp or sms")
	flag.StringVar(&c.target, "url", "http://127.0.0.1:8080", "base URL of a Hoshyar on this machine (with -server: where to start it)")
	flag.IntVar(&c.reporters, "reporters", 20, "simulated reporters (1-20000)")
	flag.IntVar(&c.reporters, "visitors", 20, "the same as -reporters")
	flag.IntVar(&c.messages, "messages", 10, "messages each reporter sends, one after another (1-1000)")
	flag.IntVar(&c.concurrency, "concurrency", 0, "reporters at work at once (default: all)")
	flag.IntVar(&c.warmup, "warmup", 0, "first messages of each reporter sent and answered but left out of the figures (a new person's first message also creates them)")
	flag.DurationVar(&c.limit, "duration", 2*time.Minute, "stop after this long")
	flag.StringVar(&c.server, "server", "", "path of a hoshyar binary to start (`hoshyar serve`) and stop")
	flag.StringVar(&c.databaseURL, "database-url", os.Getenv("DATABASE_URL"), "DATABASE_URL of the server -server starts")
	flag.StringVar(&c.fakeAddr, "fake-addr", "", "address for the fake providers (default: a free loopback port; needed without -server)")
	flag.BoolVar(&c.jsonOut, "json", false, "print the report as one JSON line too")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	rep, err := run(ctx, c, os.Stdout)
	if err != nil {
		fmt.Fprintln(os.Stderr, "hoshyar-load:", err)
		os.Exit(1)
	}
	if c.jsonOut {
		b, _ := json.Marshal(rep)
		fmt.Println(string(b))
	}
	if rep.Answered == 0 {
		os.Exit(1)
	}
}

func (c *config) check() error {
	u, err := url.Parse(c.target)
	if err != nil || u.Host == "" {
		return fmt.Errorf("-url %q is not a URL", c.target)
	}
	if !loopback(u.Hostname()) {
		return fmt.Errorf("%s is not a loopback address: load is only sent to this machine", u.Hostname())
	}
	switch c.mode {
	case modeWebChat, modeTelegram, modeWhatsApp, modeSMS:
	default:
		return fmt.Errorf("-mode must be webchat, telegram, whatsapp or sms")
	}
	if c.reporters < 1 || c.reporters > 20000 || c.messages < 1 || c.messages > 1000 {
		return errors.New("reporters must be 1-20000 and messages 1-1000")
	}
	if c.concurrency <= 0 || c.concurrency > c.reporters {
		c.concurrency = c.reporters
	}
	if c.warmup < 0 || c.warmup >= c.messages {
		return errors.New("-warmup must be less than -messages")
	}
	if c.fakeAddr != "" {
		host, _, err := net.SplitHostPort(c.fakeAddr)
		if err != nil || !loopback(host) {
			return fmt.Errorf("-fake-addr must be a loopback host:port")
		}
	}
	if c.mode != modeWebChat && c.server == "" && c.fakeAddr == "" {
		return errors.New("-mode " + c.mode + " needs -server, or -fake-addr and a server started with the settings it prints")
	}
	return nil
}

func loopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// run drives the load and prints the report.
func run(ctx context.Context, c config, out io.Writer) (report, error) {
	if err := c.check(); err != nil {
		return report{}, err
	}
	ctx, cancel := context.WithTimeout(ctx, c.limit)
	defer cancel()

	fakes, err := startFakes(c)
	if err != nil {
		return report{}, err
	}
	defer fakes.close()
	var srv *server
	if c.server != "" {
		if srv, err = startServer(c.server, c.target, c.databaseURL, fakes.env()); err != nil {
			return report{}, err
		}
		defer srv.stop()
	} else if c.mode != modeWebChat {
		fmt.Fprintf(out, "start the server with:\n  %s\n", fakes.envLine(c.target))
	}
	if err := waitHealthy(ctx, c.target); err != nil {
		return report{}, err
	}

	mem := watchMemory(ctx, c.target, srv)
	var d driver
	switch c.mode {
	case modeWebChat:
		d = newWebChat(c.target)
	case modeTelegram:
		d = newTelegram(c.target, fakes)
	default:
		d = newTwilio(c.target, c.mode, fakes)
	}
	rep := drive(ctx, c, d)
	rep.Provider = fakes.pace()
	rep.RSSPeakMB = mem.peak()
	rep.print(out)
	return rep, nil
}
