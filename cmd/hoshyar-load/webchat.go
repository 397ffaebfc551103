package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"time"
)

// webChat drives the web chat's JSON API as the chat page does: POST a
// message, then read the long-poll feed until the bot's reply shows.
type webChat struct {
	base string
	ipv4 bool // the server is on IPv4 loopback: visitors come from many 127.x.y.z
	net  byte // this run's 127.net.0.0/16, so that runs in a row do not add up
}

func newWebChat(base string) *webChat {
	u, _ := url.Parse(base)
	ip := net.ParseIP(u.Hostname())
	return &webChat{base: base, ipv4: ip != nil && ip.To4() != nil, net: byte(1 + rand.IntN(250))}
}

// visitorsPerAddress stays well under the chat's limit of new visitors from
// one address (120 a minute).
const visitorsPerAddress = 50

func (w *webChat) reporter(i int) reporter {
	jar, _ := cookiejar.New(nil)
	dialer := &net.Dialer{Timeout: 5 * time.Second}
	if w.ipv4 {
		a := i / visitorsPerAddress
		dialer.LocalAddr = &net.TCPAddr{IP: net.IPv4(127, w.net, byte(a/250), byte(1+a%250))}
	}
	transport := &http.Transport{DialContext: dialer.DialContext, MaxIdleConnsPerHost: 2}
	return &visitor{w: w, id: i, http: &http.Client{Jar: jar, Timeout: 40 * time.Second, Transport: transport}}
}

type visitor struct {
	w      *webChat
	id     int
	http   *http.Client
	posted int64 // the id of the message just sent
	seen   int64 // the last message id read from the feed
}

func (v *visitor) send(ctx context.Context, n int) error {
	text := "menu"
	if n == 0 {
		text = "hello" // a first message gets one reply: the greeting
	}
	body, _ := json.Marshal(map[string]string{"text": text, "client_id": fmt.Sprintf("load-%d-%d-%d", time.Now().UnixNano(), v.id, n)})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, v.w.base+"/chat/api/messages", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	res, err := v.http.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	var posted struct{ ID int64 }
	if err := json.NewDecoder(res.Body).Decode(&posted); err != nil || res.StatusCode != http.StatusAccepted {
		return fmt.Errorf("post: status %d", res.StatusCode)
	}
	v.posted = posted.ID
	return nil
}

func (v *visitor) answer(ctx context.Context) error {
	for ctx.Err() == nil {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("%s/chat/api/messages?after=%d", v.w.base, v.seen), nil)
		res, err := v.http.Do(req)
		if err != nil {
			return err
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
			return err
		}
		for _, m := range feed.Messages {
			v.seen = m.ID
			if m.From == "bot" && m.ID > v.posted {
				return nil
			}
		}
	}
	return ctx.Err()
}
