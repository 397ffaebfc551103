package egress

import "net/netip"

// blocked are the ranges net/netip has no method for: shared (carrier
// NAT, where Alibaba's metadata service lives), benchmarking,
// documentation, reserved, the deprecated and translation ranges of IPv6.
var blocked = func() []netip.Prefix {
	var out []netip.Prefix
	for _, s := range []string{
		"0.0.0.0/8",       // "this" network
		"100.64.0.0/10",   // shared address space (carrier-grade NAT)
		"192.0.0.0/24",    // IETF protocol assignments
		"192.0.2.0/24",    // documentation
		"198.18.0.0/15",   // benchmarking
		"198.51.100.0/24", // documentation
		"203.0.113.0/24",  // documentation
		"240.0.0.0/4",     // reserved, and the broadcast address
		"::/96",           // unspecified, loopback, IPv4-compatible (deprecated)
		"100::/64",        // discard
		"2001::/32",       // Teredo: an IPv4 address hides inside
		"2001:db8::/32",   // documentation
		"64:ff9b:1::/48",  // local-use IPv4/IPv6 translation
		"fec0::/10",       // site-local (deprecated)
	} {
		out = append(out, netip.MustParsePrefix(s))
	}
	return out
}()

var (
	nat64     = netip.MustParsePrefix("64:ff9b::/96") // the IPv4 address is the last 4 bytes
	sixToFour = netip.MustParsePrefix("2002::/16")    // the IPv4 address is bytes 2 to 5
)

// Internal reports whether ip must never be reached on behalf of someone
// outside: loopback, private (RFC 1918, IPv6 unique local), link-local
// (169.254.169.254, the metadata services, among them), unspecified,
// multicast, and the ranges in blocked. An IPv4 address written as IPv6
// (mapped, NAT64, 6to4) is judged as the IPv4 address it carries.
func Internal(ip netip.Addr) bool {
	if !ip.IsValid() {
		return true
	}
	ip = ip.WithZone("").Unmap()
	if ip.Is6() {
		b := ip.As16()
		switch {
		case nat64.Contains(ip):
			return Internal(netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]}))
		case sixToFour.Contains(ip):
			return Internal(netip.AddrFrom4([4]byte{b[2], b[3], b[4], b[5]}))
		}
	}
	if ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified() {
		return true
	}
	for _, p := range blocked {
		if p.Contains(ip) {
			return true
		}
	}
	return false
}
