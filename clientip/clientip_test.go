package clientip_test

import (
	"net/http/httptest"
	"net/netip"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/clientip"
)

func TestOf(t *testing.T) {
	t.Parallel()
	trusted, err := clientip.ParsePrefixes("10.0.0.0/8, 127.0.0.1, fd00::/8")
	require.NoError(t, err)
	r := clientip.New(trusted)
	for _, c := range []struct {
		name   string
		remote string
		xff    []string
		want   string
	}{
		{"no proxy", "203.0.113.7:5555", nil, "203.0.113.7"},
		{"an untrusted peer's header is ignored", "203.0.113.7:5555", []string{"198.51.100.1"}, "203.0.113.7"},
		{"behind a trusted proxy", "10.1.2.3:80", []string{"198.51.100.1"}, "198.51.100.1"},
		{"what the client wrote is not believed", "10.1.2.3:80", []string{"1.1.1.1, 198.51.100.1"}, "198.51.100.1"},
		{"two trusted proxies", "127.0.0.1:80", []string{"6.6.6.6, 198.51.100.1, 10.9.9.9"}, "198.51.100.1"},
		{"several headers", "127.0.0.1:80", []string{"6.6.6.6", "198.51.100.1", "10.9.9.9"}, "198.51.100.1"},
		{"junk at the proxy's hop: the last hop known", "10.1.2.3:80", []string{"nonsense"}, "10.1.2.3"},
		{"no header from a trusted proxy", "10.1.2.3:80", nil, "10.1.2.3"},
		{"IPv6 with a port", "[fd00::1]:80", []string{"2001:db8:1:2::9"}, "2001:db8:1:2::9"},
		{"IPv4-mapped", "[::ffff:10.0.0.1]:80", []string{"198.51.100.1"}, "198.51.100.1"},
	} {
		req := httptest.NewRequest("GET", "/", nil)
		req.RemoteAddr = c.remote
		for _, h := range c.xff {
			req.Header.Add("X-Forwarded-For", h)
		}
		require.Equal(t, c.want, r.Of(req).String(), c.name)
	}

	none := clientip.New(nil)
	req := httptest.NewRequest("GET", "/", nil)
	req.RemoteAddr = "127.0.0.1:80"
	req.Header.Set("X-Forwarded-For", "198.51.100.1")
	require.Equal(t, "127.0.0.1", none.Of(req).String(), "no trusted proxy: the header means nothing")

	_, err = clientip.ParsePrefixes("10.0.0.0/8, proxy.example")
	require.Error(t, err)
}

func TestKey(t *testing.T) {
	t.Parallel()
	require.Equal(t, "198.51.100.1", clientip.Key(netip.MustParseAddr("198.51.100.1")))
	require.Equal(t, "198.51.100.1", clientip.Key(netip.MustParseAddr("::ffff:198.51.100.1")))
	require.Equal(t, "2001:db8:1:2::/64", clientip.Key(netip.MustParseAddr("2001:db8:1:2:aaaa::1")))
	require.Equal(t, clientip.Key(netip.MustParseAddr("2001:db8:1:2::1")), clientip.Key(netip.MustParseAddr("2001:db8:1:2:ffff::9")),
		"one /64, one key")
	require.Equal(t, "unknown", clientip.Key(netip.Addr{}))
}
