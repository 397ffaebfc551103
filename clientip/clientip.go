// Package clientip tells the address of a request's client, for the limits
// that count per address (console sign-in, new web chat visitors).
//
// The connection's address is the client's unless it is one of the
// operator's trusted proxies (HOSHYAR_TRUSTED_PROXIES); then the client is
// the right-most address in X-Forwarded-For that is not a trusted proxy.
// Everything left of it was written by the client and is never believed,
// so no one can choose the address a limit counts them under, or blame
// another's. Without trusted proxies, X-Forwarded-For is ignored.
package clientip

import (
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"strings"
)

// Resolver finds the client's address behind the trusted proxies.
type Resolver struct {
	trusted []netip.Prefix
}

// New returns a Resolver trusting the proxies in trusted.
func New(trusted []netip.Prefix) *Resolver {
	return &Resolver{trusted: trusted}
}

// ParsePrefixes reads a comma-separated list of addresses and CIDR
// prefixes ("10.0.0.0/8, 127.0.0.1").
func ParsePrefixes(s string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if strings.Contains(f, "/") {
			p, err := netip.ParsePrefix(f)
			if err != nil {
				return nil, fmt.Errorf("%q is not an address or a CIDR prefix", f)
			}
			out = append(out, p.Masked())
			continue
		}
		a, err := netip.ParseAddr(f)
		if err != nil {
			return nil, fmt.Errorf("%q is not an address or a CIDR prefix", f)
		}
		a = a.Unmap()
		out = append(out, netip.PrefixFrom(a, a.BitLen()))
	}
	return out, nil
}

func (r *Resolver) trusts(a netip.Addr) bool {
	for _, p := range r.trusted {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// Of returns the address of req's client; the zero Addr when even the
// connection's cannot be read (a test request without RemoteAddr).
func (r *Resolver) Of(req *http.Request) netip.Addr {
	remote := parse(req.RemoteAddr)
	if !remote.IsValid() || r == nil || !r.trusts(remote) {
		return remote
	}
	client := remote
	hops := req.Header.Values("X-Forwarded-For")
	for i := len(hops) - 1; i >= 0; i-- {
		parts := strings.Split(hops[i], ",")
		for j := len(parts) - 1; j >= 0; j-- {
			a := parse(strings.TrimSpace(parts[j]))
			if !a.IsValid() {
				return client // a proxy wrote nothing readable: the last hop known
			}
			client = a
			if !r.trusts(a) {
				return a
			}
		}
	}
	return client // every hop a trusted proxy
}

// parse reads "host:port", "host", "[v6]:port" or "[v6]".
func parse(s string) netip.Addr {
	if host, _, err := net.SplitHostPort(s); err == nil {
		s = host
	}
	s = strings.TrimSuffix(strings.TrimPrefix(s, "["), "]")
	a, err := netip.ParseAddr(s)
	if err != nil {
		return netip.Addr{}
	}
	return a.WithZone("").Unmap()
}

// Key is the address as the limits count it: an IPv4 address whole, an
// IPv6 address by its /64 (one subscriber's network: anyone holds a whole
// /64 and could otherwise change address at will).
func Key(a netip.Addr) string {
	if !a.IsValid() {
		return "unknown"
	}
	a = a.Unmap()
	if a.Is4() {
		return a.String()
	}
	return netip.PrefixFrom(a, 64).Masked().String()
}
