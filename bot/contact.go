package bot

import (
	"bufio"
	"bytes"
	"strings"
)

// ContactText is how a shared contact is kept and read: its numbers, then
// its name ("+923001234567 Imran Agent").
func ContactText(phones []string, name string) string {
	parts := make([]string, 0, len(phones)+1)
	for _, p := range phones {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	if name = strings.Join(strings.Fields(name), " "); name != "" {
		parts = append(parts, name)
	}
	return strings.Join(parts, " ")
}

// maxVCard bounds what is parsed of a vCard: a contact card is a few
// hundred bytes, a photo inside it is skipped.
const maxVCard = 64 << 10

// VCardText reads the phone numbers and the name of a vCard (2.1, 3.0 or
// 4.0, as WhatsApp shares a contact) as ContactText; "" when it holds none.
func VCardText(data []byte) string {
	if len(data) > maxVCard {
		data = data[:maxVCard]
	}
	var phones []string
	var fn, n string
	var line string
	flush := func() {
		name, value, ok := strings.Cut(line, ":")
		line = ""
		if !ok {
			return
		}
		prop := strings.ToUpper(name)
		if i := strings.IndexByte(prop, ';'); i >= 0 {
			prop = prop[:i]
		}
		if i := strings.LastIndexByte(prop, '.'); i >= 0 { // item1.TEL
			prop = prop[i+1:]
		}
		value = strings.TrimSpace(value)
		switch prop {
		case "TEL":
			value = strings.TrimPrefix(strings.TrimPrefix(value, "tel:"), "TEL:")
			if v, _, _ := strings.Cut(value, ";"); strings.ContainsAny(v, "0123456789") {
				phones = append(phones, v)
			}
		case "FN":
			fn = unescape(value)
		case "N":
			parts := strings.Split(value, ";")
			if len(parts) > 1 {
				n = strings.TrimSpace(unescape(parts[1]) + " " + unescape(parts[0]))
			} else {
				n = unescape(parts[0])
			}
		}
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 4096), maxVCard)
	for sc.Scan() {
		l := strings.TrimRight(sc.Text(), "\r")
		if strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\t") { // folded
			line += l[1:]
			continue
		}
		flush()
		line = l
	}
	flush()
	if fn == "" {
		fn = n
	}
	if len(phones) == 0 {
		return ""
	}
	return ContactText(phones, fn)
}

func unescape(s string) string {
	return strings.NewReplacer(`\,`, ",", `\;`, ";", `\n`, " ", `\N`, " ", `\\`, `\`).Replace(s)
}
