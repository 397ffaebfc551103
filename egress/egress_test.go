package egress_test

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/egress"
)

func TestInternal(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		addr     string
		internal bool
	}{
		{"127.0.0.1", true},
		{"127.255.0.9", true},
		{"169.254.169.254", true}, // AWS, GCP, Azure metadata
		{"100.100.100.200", true}, // Alibaba metadata (shared space)
		{"10.1.2.3", true},
		{"172.16.0.1", true},
		{"172.31.255.255", true},
		{"192.168.1.1", true},
		{"0.0.0.0", true},
		{"0.1.2.3", true},
		{"224.0.0.1", true},
		{"255.255.255.255", true},
		{"192.0.2.10", true},
		{"198.18.0.1", true},
		{"::", true},
		{"::1", true},
		{"::ffff:127.0.0.1", true},
		{"::ffff:169.254.169.254", true},
		{"::127.0.0.1", true},         // IPv4-compatible, deprecated
		{"64:ff9b::a9fe:a9fe", true},  // NAT64 of 169.254.169.254
		{"2002:7f00:1::1", true},      // 6to4 of 127.0.0.1
		{"2001:0:4136:e378::1", true}, // Teredo
		{"fd00:ec2::254", true},       // AWS metadata over IPv6
		{"fc00::1", true},
		{"fe80::1", true},
		{"fe80::1%eth0", true},
		{"ff02::1", true},
		{"2001:db8::1", true},

		{"8.8.8.8", false},
		{"54.172.60.0", false}, // a Twilio media address
		{"149.154.167.220", false},
		{"172.32.0.1", false},
		{"100.128.0.1", false},
		{"2a00:1450:4001:80b::200e", false},
		{"64:ff9b::808:808", false}, // NAT64 of 8.8.8.8
		{"::ffff:8.8.8.8", false},
	} {
		require.Equal(t, c.internal, egress.Internal(netip.MustParseAddr(c.addr)), c.addr)
	}
	require.True(t, egress.Internal(netip.Addr{}), "the zero address")
}

// listener counts the connections it accepts: a refused dial must not
// reach it.
func listener(t *testing.T) (string, *atomic.Int32) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	t.Cleanup(func() { ln.Close() })
	var n atomic.Int32
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			n.Add(1)
			c.Close()
		}
	}()
	return ln.Addr().String(), &n
}

func TestDialRefusesInternalAddresses(t *testing.T) {
	t.Parallel()
	addr, accepted := listener(t)
	_, port, _ := net.SplitHostPort(addr)
	lookup := func(_ context.Context, host string) ([]netip.Addr, error) {
		switch host {
		case "loopback.example":
			return []netip.Addr{netip.MustParseAddr("127.0.0.1")}, nil
		case "metadata.example":
			return []netip.Addr{netip.MustParseAddr("169.254.169.254")}, nil
		case "mixed.example": // one public answer does not excuse an internal one
			return []netip.Addr{netip.MustParseAddr("8.8.8.8"), netip.MustParseAddr("127.0.0.1")}, nil
		case "mapped.example":
			return []netip.Addr{netip.MustParseAddr("::ffff:127.0.0.1")}, nil
		}
		return nil, errors.New("no such host")
	}
	d := egress.NewDialer(egress.Options{Lookup: lookup})
	for _, target := range []string{
		addr,
		"[::ffff:127.0.0.1]:" + port,
		"169.254.169.254:80",
		"loopback.example:" + port,
		"metadata.example:80",
		"mixed.example:" + port,
		"mapped.example:" + port,
	} {
		conn, err := d.DialContext(context.Background(), "tcp", target)
		require.Nil(t, conn, target)
		require.True(t, egress.IsRefused(err), "%s: %v", target, err)
	}
	require.Zero(t, accepted.Load(), "no connection was made")
}

// The operator's own literal origin (a fake provider on loopback) is
// dialled as configured; the same address under another port or a name
// is not.
func TestDialTrustsTheConfiguredLiteralOrigin(t *testing.T) {
	t.Parallel()
	addr, accepted := listener(t)
	other, _ := listener(t)
	d := egress.NewDialer(egress.Options{Trusted: []string{"http://" + addr, "https://api.twilio.com"},
		Lookup: func(context.Context, string) ([]netip.Addr, error) {
			return []netip.Addr{netip.MustParseAddr("127.0.0.1")}, nil
		}})
	conn, err := d.DialContext(context.Background(), "tcp", addr)
	require.NoError(t, err)
	conn.Close()
	require.Eventually(t, func() bool { return accepted.Load() == 1 }, 5*time.Second, 10*time.Millisecond)

	_, err = d.DialContext(context.Background(), "tcp", other)
	require.True(t, egress.IsRefused(err), "another port of the same host: %v", err)
	_, err = d.DialContext(context.Background(), "tcp", "api.twilio.com:443")
	require.True(t, egress.IsRefused(err), "a name is checked after DNS even when configured: %v", err)
}

// Through HTTP: a redirect from the trusted origin to another internal
// address is refused when it is followed.
func TestTransportRefusesRedirectInside(t *testing.T) {
	t.Parallel()
	var hit atomic.Int32
	inside := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		hit.Add(1)
		_, _ = w.Write([]byte("secret"))
	}))
	t.Cleanup(inside.Close)
	for _, target := range []string{inside.URL + "/latest/meta-data", "http://169.254.169.254/latest/meta-data"} {
		origin := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, target, http.StatusFound)
		}))
		t.Cleanup(origin.Close)
		d := egress.NewDialer(egress.Options{Trusted: []string{origin.URL}})
		client := &http.Client{Transport: d.Transport()}
		res, err := client.Get(origin.URL + "/media")
		if res != nil {
			res.Body.Close()
		}
		require.True(t, egress.IsRefused(err), "%s: %v", target, err)
	}
	require.Zero(t, hit.Load())
}

// The socket's own check, which runs on the address about to be dialled
// whatever resolved it.
func TestControl(t *testing.T) {
	t.Parallel()
	for addr, refused := range map[string]bool{
		"127.0.0.1:80": true, "[::1]:443": true, "169.254.169.254:80": true, "[fd00:ec2::254]:80": true,
		"8.8.8.8:443": false, "[2a00:1450:4001:80b::200e]:443": false,
	} {
		err := egress.Control("tcp", addr, nil)
		require.Equal(t, refused, egress.IsRefused(err), "%s: %v", addr, err)
	}
	require.Error(t, egress.Control("tcp", "example.org:80", nil), "a name never reaches the socket")
}
