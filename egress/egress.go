// Package egress is the way out for requests whose destination someone
// outside chose: the media a provider's webhook points to. A signed
// webhook proves the request came from the provider, not that its URL is
// harmless; followed blindly, a MediaUrl (or a redirect from it) could
// make the server fetch its own metadata service or an address on the
// private network and store the answer as evidence agencies download.
//
// The Dialer refuses loopback, private, link-local (the cloud metadata
// services among them), shared, documentation, multicast and reserved
// addresses. The check is made on the addresses a name resolves to, and
// the connection goes to the address checked (a second lookup cannot
// answer differently), and again by the socket's Control hook on the
// address actually dialled. Every connection passes through it, so every
// redirect does too. Only what the operator configured as a literal
// address (a fake provider on 127.0.0.1 in tests and the load tool, a
// local Bot API server) is dialled without the check: a DNS answer never
// opens the way in.
package egress

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
	"time"
)

// RefusedError is a connection refused because its address is internal.
type RefusedError struct {
	Host string // as asked for (a name or an address)
	Addr netip.Addr
}

func (e *RefusedError) Error() string {
	if e.Host != "" && e.Host != e.Addr.String() {
		return fmt.Sprintf("egress: %s resolves to %s, an internal address", e.Host, e.Addr)
	}
	return fmt.Sprintf("egress: %s is an internal address", e.Addr)
}

// IsRefused reports whether err is, or wraps, a RefusedError.
func IsRefused(err error) bool {
	var re *RefusedError
	return errors.As(err, &re)
}

// Options configure a Dialer.
type Options struct {
	// Trusted are the operator's own origins (URLs, such as TWILIO_API_URL).
	// Those whose host is a literal address or localhost are dialled as
	// configured, without the check; the others are checked like any
	// name.
	Trusted []string
	// Lookup resolves a host name; nil is the system's resolver. Tests
	// answer with addresses of their choosing.
	Lookup func(ctx context.Context, host string) ([]netip.Addr, error)
	// ConnectTimeout bounds one connection attempt; default 10s.
	ConnectTimeout time.Duration
}

// Dialer connects only to addresses outside: see the package comment.
type Dialer struct {
	trusted map[string]bool // "host:port" exactly as configured
	lookup  func(ctx context.Context, host string) ([]netip.Addr, error)
	checked net.Dialer // Control refuses an internal address
	plain   net.Dialer // for the trusted origins only
}

// NewDialer returns a Dialer. An origin in Trusted that is not an
// absolute http(s) URL is ignored.
func NewDialer(opts Options) *Dialer {
	if opts.ConnectTimeout <= 0 {
		opts.ConnectTimeout = 10 * time.Second
	}
	d := &Dialer{trusted: map[string]bool{}, lookup: opts.Lookup}
	if d.lookup == nil {
		d.lookup = func(ctx context.Context, host string) ([]netip.Addr, error) {
			return net.DefaultResolver.LookupNetIP(ctx, "ip", host)
		}
	}
	for _, o := range opts.Trusted {
		if hp, ok := literalOrigin(o); ok {
			d.trusted[hp] = true
		}
	}
	d.checked = net.Dialer{Timeout: opts.ConnectTimeout, KeepAlive: 30 * time.Second, Control: control}
	d.plain = net.Dialer{Timeout: opts.ConnectTimeout, KeepAlive: 30 * time.Second}
	return d
}

// literalOrigin returns the host:port of an origin whose host is an IP
// address or localhost.
func literalOrigin(origin string) (string, bool) {
	u, err := url.Parse(origin)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", false
	}
	host := u.Hostname()
	if _, err := netip.ParseAddr(host); err != nil && !strings.EqualFold(host, "localhost") {
		return "", false
	}
	port := u.Port()
	if port == "" {
		port = map[string]string{"http": "80", "https": "443"}[u.Scheme]
	}
	return net.JoinHostPort(host, port), true
}

// DialContext connects to addr (host:port) unless it is, or its name
// resolves to, an internal address. A name with any internal address
// among its answers is refused altogether.
func (d *Dialer) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	if d.trusted[addr] {
		return d.plain.DialContext(ctx, network, addr)
	}
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("egress: dial %s: %w", addr, err)
	}
	var ips []netip.Addr
	if ip, err := netip.ParseAddr(host); err == nil {
		ips = []netip.Addr{ip}
	} else {
		if ips, err = d.lookup(ctx, host); err != nil {
			return nil, fmt.Errorf("egress: look up %s: %w", host, err)
		}
		if len(ips) == 0 {
			return nil, fmt.Errorf("egress: look up %s: no address", host)
		}
	}
	for _, ip := range ips {
		if Internal(ip) {
			return nil, &RefusedError{Host: host, Addr: ip}
		}
	}
	var firstErr error
	for _, ip := range ips {
		conn, err := d.checked.DialContext(ctx, network, net.JoinHostPort(ip.String(), port))
		if err == nil {
			return conn, nil
		}
		if firstErr == nil {
			firstErr = err
		}
		if ctx.Err() != nil {
			break
		}
	}
	return nil, firstErr
}

// control is the socket's last word: it runs on the address about to be
// connected to, whatever resolved it.
func control(_, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("egress: dial %s: not an address", address)
	}
	if Internal(ap.Addr()) {
		return &RefusedError{Addr: ap.Addr()}
	}
	return nil
}

// Transport returns an http.Transport that connects through d and never
// through a proxy from the environment (a proxy would be the address
// checked, not the destination).
func (d *Dialer) Transport() *http.Transport {
	return &http.Transport{
		Proxy:                 nil,
		DialContext:           d.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          16,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: 30 * time.Second,
		ExpectContinueTimeout: time.Second,
	}
}
