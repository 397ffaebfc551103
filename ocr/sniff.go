package ocr

import (
	"bytes"
	"net/http"
	"strings"
)

// Kinds of file Sniff tells apart.
const (
	KindImage = "image"
	KindPDF   = "pdf"
	KindOther = ""
)

// Sniff tells an image or a PDF by its first bytes, whatever it is called.
func Sniff(data []byte) string {
	if bytes.HasPrefix(data, []byte("%PDF-")) {
		return KindPDF
	}
	switch ct := http.DetectContentType(data); {
	case ct == "image/jpeg", ct == "image/png", ct == "image/gif", ct == "image/webp", ct == "image/bmp":
		return KindImage
	case strings.HasPrefix(ct, "application/pdf"):
		return KindPDF
	}
	return KindOther
}
