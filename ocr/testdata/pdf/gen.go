//go:build ignore

// gen writes the PDF test files: offer-letter.pdf, a fake offer letter with
// a text layer (printed by headless Chromium), and scanned.pdf, the same
// kind of letter as a page image only, as a scanner or a phone app makes it.
//
//	go run ./ocr/testdata/pdf/gen.go    (from the repository root)
package main

import (
	"bytes"
	"fmt"
	"image"
	_ "image/jpeg"
	"os"
	"os/exec"
	"path/filepath"
)

const letter = `<!doctype html><html><head><meta charset="utf-8"><style>
body { font-family: "Noto Serif", serif; margin: 48px; font-size: 15px; }
h1 { font-size: 22px; text-align: center; }
</style></head><body>
<h1>AL NOOR MANPOWER SERVICES</h1>
<p>Ref: ANM/2024/118</p>
<p>OFFER OF EMPLOYMENT</p>
<p>We are pleased to offer you the post of Heavy Driver with our client in Riyadh, Saudi Arabia.
Monthly salary SAR 2,000 with free accommodation.</p>
<p>To confirm, deposit the visa processing fee of Rs 2,50,000 in our account within 3 days
and send the receipt on WhatsApp 0301-2223344.</p>
<p>Authorised signatory</p>
</body></html>`

func main() {
	dir := filepath.Join("ocr", "testdata", "pdf")
	tmp, err := os.MkdirTemp("", "pdf")
	check(err)
	defer os.RemoveAll(tmp)
	src := filepath.Join(tmp, "letter.html")
	check(os.WriteFile(src, []byte(letter), 0o644))
	out, err := exec.Command("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
		"--print-to-pdf="+filepath.Join(dir, "offer-letter.pdf"), "file://"+src).CombinedOutput()
	if err != nil {
		panic(fmt.Sprintf("%v\n%s", err, out))
	}
	// The scanned letter: one page holding a photographed advert.
	jpg, err := os.ReadFile(filepath.Join("ocr", "testdata", "adverts", "en04.jpg"))
	check(err)
	cfg, _, err := image.DecodeConfig(bytes.NewReader(jpg))
	check(err)
	check(os.WriteFile(filepath.Join(dir, "scanned.pdf"), imagePDF(jpg, cfg.Width, cfg.Height), 0o644))
}

// imagePDF is a one-page PDF showing a JPEG at 100 dpi, with no text.
func imagePDF(jpg []byte, w, h int) []byte {
	pw, ph := float64(w)*72/100, float64(h)*72/100
	content := fmt.Sprintf("q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q", pw, ph)
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>", pw, ph),
		fmt.Sprintf("<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n%s\nendstream", w, h, len(jpg), jpg),
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

func check(err error) {
	if err != nil {
		panic(err)
	}
}
