package triage

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
)

var (
	emailRe = regexp.MustCompile(`(?i)[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,24}`)
	// urlRe finds links with or without a scheme; a bare domain counts only
	// when its last label is a known TLD (lexicon.json "tlds"), so "Rs.400",
	// "No.3456" and "U.A.E" are not links.
	urlRe    = regexp.MustCompile(`(?i)(?:https?://)?(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}(?::\d{2,5})?(?:[/?#][^\s<>"'“”‘’\p{Arabic}]*)?`)
	handleRe = regexp.MustCompile(`(?i)@[a-z0-9_](?:[a-z0-9_.]{0,28}[a-z0-9_])?`)
	waRe     = regexp.MustCompile(`^(?:https?://)?(?:wa\.me/|(?:api\.|web\.)?whatsapp\.com/send/?\?(?:.*&)?phone=)\+?(\d{10,15})`)
)

type linkSpan struct {
	i, j int // in the lang.Folded text
	norm string
}

// fieldsWith returns the byte ranges of the whitespace-separated fields of
// s that contain c (for '.', a dot followed by a letter). Links, e-mail addresses and handles never contain
// whitespace, so their expressions run only on these few fields and not
// over the whole text.
func fieldsWith(s string, c byte) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); {
		for i < len(s) && isSpaceByte(s[i]) {
			i++
		}
		j, has := i, false
		for j < len(s) && !isSpaceByte(s[j]) {
			if s[j] == c && (c != '.' || j+1 < len(s) && isASCIILetter(s[j+1])) {
				has = true
			}
			j++
		}
		if has {
			out = append(out, [2]int{i, j})
		}
		i = j
	}
	return out
}

func isASCIILetter(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'
}

// findAllIn runs re on the fields of s containing c; spans are in s.
func findAllIn(re *regexp.Regexp, s string, c byte) [][]int {
	var out [][]int
	for _, f := range fieldsWith(s, c) {
		for _, m := range re.FindAllStringIndex(s[f[0]:f[1]], -1) {
			out = append(out, []int{f[0] + m[0], f[0] + m[1]})
		}
	}
	return out
}

// findEmails returns the spans of e-mail addresses.
func findEmails(s string) [][]int {
	return findAllIn(emailRe, s, '@')
}

// emails returns the e-mail addresses in text, lower-cased.
func emails(text string) []string {
	if !strings.Contains(text, "@") {
		return nil
	}
	s := text // addresses are ASCII; the raw text will do
	var out []string
	for _, m := range findEmails(s) {
		out = appendUnique(out, strings.ToLower(s[m[0]:m[1]]))
	}
	return out
}

// Emails returns the e-mail addresses in text, lower-cased (the
// conversation reads one given as a way to be reached).
func Emails(text string) []string { return emails(text) }

// findURLs returns links and bare domains, normalised: scheme and host
// lower-cased, trailing punctuation and a lone trailing slash removed.
func findURLs(s string) []linkSpan {
	var out []linkSpan
	for _, m := range findAllIn(urlRe, s, '.') {
		i, j := m[0], m[1]
		if i > 0 && strings.IndexByte("@.-_/", s[i-1]) >= 0 || i > 0 && isASCIIAlnum(s[i-1]) {
			continue
		}
		raw := strings.TrimRightFunc(s[i:j], func(r rune) bool { return strings.ContainsRune(".,;:!?)]}'\"»…", r) })
		j = i + len(raw)
		norm, ok := normalizeURL(raw)
		if !ok {
			continue
		}
		out = append(out, linkSpan{i, j, norm})
	}
	return out
}

func normalizeURL(raw string) (string, bool) {
	scheme := ""
	rest := raw
	if k := strings.Index(raw, "://"); k >= 0 {
		scheme = strings.ToLower(raw[:k+3])
		rest = raw[k+3:]
	}
	host, path := rest, ""
	if k := strings.IndexAny(rest, "/?#"); k >= 0 {
		host, path = rest[:k], rest[k:]
	}
	host = strings.ToLower(host)
	name := host
	if k := strings.LastIndexByte(name, ':'); k >= 0 {
		name = name[:k]
	}
	tld := name[strings.LastIndexByte(name, '.')+1:]
	if !lex.tlds[tld] {
		return "", false
	}
	if path == "/" {
		path = ""
	}
	return scheme + host + path, true
}

// host returns the host of a normalised link.
func host(u string) string {
	if k := strings.Index(u, "://"); k >= 0 {
		u = u[k+3:]
	}
	if k := strings.IndexAny(u, "/?#:"); k >= 0 {
		u = u[:k]
	}
	return u
}

// socialPage returns the name of a page on a social site, in lower case
// ("facebook.com/SaudiEmbassyPK.Visa": "saudiembassypk.visa"), or "": a
// page named as an embassy or the OEC is no one's but an impostor's
// (B193-EN-016, B243-EN-017, B245-UR-017), whatever its host.
func socialPage(u string) string {
	h := host(u)
	if !lex.socialHosts[strings.TrimPrefix(h, "www.")] {
		return ""
	}
	rest := strings.TrimPrefix(u[strings.Index(u, h)+len(h):], "/")
	if k := strings.IndexAny(rest, "/?#"); k >= 0 {
		rest = rest[:k]
	}
	return strings.ToLower(rest)
}

// officialPage reports a page name (socialPage) that imitates an official
// host or names an embassy or a ministry ("saudiembassypk.visa").
func officialPage(page string) bool {
	if page == "" {
		return false
	}
	return imitatesOfficial(page) || slices.ContainsFunc(lex.pageOfficial, func(w string) bool { return strings.Contains(page, w) })
}

// whatsappPhone returns the E.164 number of a wa.me or whatsapp.com/send
// link, or "".
func whatsappPhone(u string) string {
	m := waRe.FindStringSubmatch(u)
	if m == nil {
		return ""
	}
	if q, err := url.QueryUnescape(m[1]); err == nil {
		if p, ok := parsePhone(q, true, nil, nil); ok {
			return p
		}
	}
	return ""
}

// findHandles returns social handles ("@gulfjobs786"), lower-cased. An
// "@" inside an e-mail address or a link is not a handle; those spans are
// blanked before this runs.
func findHandles(s string) []linkSpan {
	var out []linkSpan
	for _, m := range findAllIn(handleRe, s, '@') {
		i, j := m[0], m[1]
		if i > 0 && (isASCIIAlnum(s[i-1]) || strings.IndexByte("_.@/", s[i-1]) >= 0) {
			continue
		}
		h := strings.ToLower(s[i:j])
		if len(h) < 3 || allDigits(h[1:]) {
			continue
		}
		out = append(out, linkSpan{i, j, h})
	}
	return out
}

func isASCIIAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
