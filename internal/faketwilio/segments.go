package faketwilio

import (
	"strings"
	"unicode/utf16"
)

// The GSM 03.38 alphabet as Twilio bills it; the second row costs two
// septets each (escape + character).
const (
	gsmBasic = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
	gsmEsc   = "\f^{}\\[~]|€"
)

// Segments counts the SMS segments body is billed as: GSM-7 when every
// character is in the alphabet (160, or 153 per part), else UCS-2 (70, or
// 67 per part). A character never straddles two parts.
func Segments(body string) int {
	units := make([]int, 0, len(body))
	gsm := true
	for _, r := range body {
		switch {
		case strings.ContainsRune(gsmBasic, r):
			units = append(units, 1)
		case strings.ContainsRune(gsmEsc, r):
			units = append(units, 2)
		default:
			gsm = false
		}
	}
	single, part := 160, 153
	if !gsm {
		single, part = 70, 67
		units = units[:0]
		for _, r := range body {
			units = append(units, utf16.RuneLen(r))
		}
	}
	total := 0
	for _, u := range units {
		total += u
	}
	if total <= single {
		return 1
	}
	n, used := 1, 0
	for _, u := range units {
		if used+u > part {
			n, used = n+1, 0
		}
		used += u
	}
	return n
}
