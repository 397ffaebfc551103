// Package ocr reads the text out of the evidence people send: photos and
// screenshots of adverts (Tesseract, Urdu and English) and PDFs (their text
// layer through poppler's pdftotext, or, when they have none, OCR of their
// first pages rendered by pdftoppm).
//
// # The tesseract command, not a cgo binding
//
// Tesseract runs as a command (Debian's tesseract-ocr, -urd, -eng, -osd),
// one process per file, not through a cgo binding such as gosseract:
//
//   - a crash or a runaway allocation on a hostile image kills that one
//     process, not the server that holds every conversation;
//   - each run is bounded from outside: a context deadline kills it, prlimit
//     caps its address space and CPU time, OMP_THREAD_LIMIT=1 keeps it on
//     one core and nice gives the server's own work the CPU first;
//   - the binary stays pure Go (CGO_ENABLED=0), builds anywhere, and a
//     machine without Tesseract still runs Hoshyar with OCR off;
//   - the cost, a process start and a model load (~0.1 s), is small beside
//     the recognition itself (0.5–2 s for a screenshot).
//
// # Preparing an image
//
// Before Tesseract sees it, an image is decoded in Go (JPEG, PNG, GIF; WebP
// and others go to Tesseract as they are), bounded in pixels, turned upright
// by its EXIF orientation, made grey, scaled up when it is small (WhatsApp
// sends screenshots of 300–800 pixels, where letters are too few pixels tall
// to read) and down when it is huge; regions on a dark ground (a red banner,
// a dark-mode screenshot) are inverted where their local mean is below
// Otsu's threshold, and the result is thresholded locally (Bradley–Roth).
// A global threshold, Otsu's alone, blackens a coloured banner with its
// title. When the upright reading finds almost nothing, the image is turned
// the way Tesseract's orientation detection (OSD) says and read again.
//
// Phone numbers need one more step: the Urdu model misreads Latin digits
// printed in a bold Latin face, and layout analysis drops a number in a
// dashed box, so a second, English-only pass reads the grey image as sparse
// text, and its lines holding a long run of digits that the first pass
// lacks are added. See Reader.Image.
package ocr

import (
	"context"
	"errors"
	"fmt"
	"os/exec"
	"strings"
	"time"
)

// Sources of a text, as stored with the media and shown to agencies.
const (
	SourceOCR = "ocr" // read from an image, or from the pages of a PDF without a text layer
	SourcePDF = "pdf" // a PDF's own text layer
)

// Errors of a reading.
var (
	// ErrUnavailable: Tesseract (or its languages) is not installed.
	ErrUnavailable = errors.New("ocr: unavailable")
	// ErrTooLarge: the file is past MaxBytes, or the image past MaxPixels.
	ErrTooLarge = errors.New("ocr: too large")
	// ErrUnreadable: not an image or PDF, or a broken one.
	ErrUnreadable = errors.New("ocr: unreadable")
)

// Options configure a Reader. Zero values take the defaults.
type Options struct {
	Tesseract string // the tesseract command: a name looked up in PATH or a path; default "tesseract"
	Pdftotext string // default "pdftotext"; PDFs are not read without it
	Pdftoppm  string // default "pdftoppm"; PDFs without text are not OCR'd without it
	Languages string // Tesseract languages, default "urd+eng"

	Timeout     time.Duration // one file, all passes together; default 60 s
	MemoryBytes int64         // address space of each command run; default 1 GiB
	MaxBytes    int           // default 20 MiB
	MaxPixels   int           // decoded size of an image; default 40 megapixels
	MaxPages    int           // pages of a PDF read; default 5
}

// Reader reads text out of images and PDFs. It holds only configuration
// and is safe for concurrent use.
type Reader struct {
	opts      Options
	tesseract string
	pdftotext string // "" when missing
	pdftoppm  string // "" when missing
	prlimit   string // "" when missing: commands run unbounded in memory
	nice      string // "" when missing: commands run at the server's priority
	osd       bool   // the osd language is installed
	english   bool   // eng is installed, for the digits pass
}

// New finds the commands and checks that Tesseract has the languages. It
// returns an error wrapping ErrUnavailable, saying what is missing, when
// images cannot be read; PDFs then cannot be either.
func New(ctx context.Context, opts Options) (*Reader, error) {
	if opts.Tesseract == "" {
		opts.Tesseract = "tesseract"
	}
	if opts.Pdftotext == "" {
		opts.Pdftotext = "pdftotext"
	}
	if opts.Pdftoppm == "" {
		opts.Pdftoppm = "pdftoppm"
	}
	if opts.Languages == "" {
		opts.Languages = "urd+eng"
	}
	if opts.Timeout <= 0 {
		opts.Timeout = 60 * time.Second
	}
	if opts.MemoryBytes <= 0 {
		opts.MemoryBytes = 1 << 30
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = 20 << 20
	}
	if opts.MaxPixels <= 0 {
		opts.MaxPixels = 40_000_000
	}
	if opts.MaxPages <= 0 {
		opts.MaxPages = 5
	}
	r := &Reader{opts: opts}
	var err error
	if r.tesseract, err = exec.LookPath(opts.Tesseract); err != nil {
		return nil, fmt.Errorf("%w: tesseract not found (%s): install tesseract-ocr, tesseract-ocr-urd, tesseract-ocr-eng", ErrUnavailable, opts.Tesseract)
	}
	r.prlimit, _ = exec.LookPath("prlimit")
	r.nice, _ = exec.LookPath("nice")
	r.pdftotext, _ = exec.LookPath(opts.Pdftotext)
	r.pdftoppm, _ = exec.LookPath(opts.Pdftoppm)

	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	// Not through run: asking for the languages is not a reading, and
	// needs no bound.
	out, err := exec.CommandContext(ctx, r.tesseract, "--list-langs").Output()
	if err != nil {
		return nil, fmt.Errorf("%w: tesseract --list-langs: %v", ErrUnavailable, err)
	}
	have := map[string]bool{}
	for _, l := range strings.Split(string(out), "\n") {
		have[strings.TrimSpace(l)] = true
	}
	for _, l := range strings.Split(opts.Languages, "+") {
		if !have[l] {
			return nil, fmt.Errorf("%w: tesseract has no %q language data: install tesseract-ocr-%s", ErrUnavailable, l, l)
		}
	}
	r.osd, r.english = have["osd"], have["eng"]
	return r, nil
}

// PDFs reports whether PDFs can be read (pdftotext is installed).
func (r *Reader) PDFs() bool { return r.pdftotext != "" }

// Describe says what the reader will use, for the start-up log.
func (r *Reader) Describe() map[string]any {
	return map[string]any{"languages": r.opts.Languages, "osd": r.osd, "pdf_text": r.pdftotext != "",
		"pdf_ocr": r.pdftoppm != "", "memory_bounded": r.prlimit != ""}
}

// Result is what a reading found.
type Result struct {
	Text   string
	Source string // SourceOCR or SourcePDF
	Pages  int    // PDF pages read
}

// maxText bounds the stored text of one file.
const maxText = 20_000

// Read reads the text of an image or a PDF, told apart by their bytes, not
// by the content type their sender claimed. A file with no text gives an
// empty Text and no error.
func (r *Reader) Read(ctx context.Context, data []byte) (Result, error) {
	if len(data) > r.opts.MaxBytes {
		return Result{}, fmt.Errorf("%w: %d bytes", ErrTooLarge, len(data))
	}
	ctx, cancel := context.WithTimeout(ctx, r.opts.Timeout)
	defer cancel()
	var res Result
	var err error
	switch Sniff(data) {
	case KindImage:
		res.Source = SourceOCR
		res.Text, err = r.Image(ctx, data)
	case KindPDF:
		res, err = r.PDF(ctx, data)
	default:
		return Result{}, fmt.Errorf("%w: neither an image nor a PDF", ErrUnreadable)
	}
	res.Text = clip(tidy(res.Text), maxText)
	return res, err
}

// tidy trims each line and drops empty ones and the bidi marks Tesseract
// puts around runs of the other direction.
func tidy(s string) string {
	s = strings.NewReplacer("\u200e", "", "\u200f", "", "\f", "\n", "\r", "").Replace(s)
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && s[cut]&0xC0 == 0x80 { // not inside a UTF-8 sequence
		cut--
	}
	return s[:cut]
}
