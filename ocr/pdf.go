package ocr

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// minPageLetters: a PDF whose text layer averages fewer letters a page is
// taken to be scanned pages (or a poster saved as PDF) and is OCR'd.
const minPageLetters = 20

// PDF reads a PDF's text layer, at most MaxPages pages; when it has almost
// none, it renders those pages (grey, 200 dpi) and OCRs them.
func (r *Reader) PDF(ctx context.Context, data []byte) (Result, error) {
	if r.pdftotext == "" {
		return Result{}, fmt.Errorf("%w: pdftotext not found: install poppler-utils", ErrUnavailable)
	}
	dir, err := os.MkdirTemp("", "hoshyar-pdf-")
	if err != nil {
		return Result{}, fmt.Errorf("ocr: pdf: %w", err)
	}
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "in.pdf")
	if err := os.WriteFile(in, data, 0o600); err != nil {
		return Result{}, fmt.Errorf("ocr: pdf: %w", err)
	}
	last := strconv.Itoa(r.opts.MaxPages)
	out, err := r.run(ctx, nil, r.pdftotext, "-q", "-enc", "UTF-8", "-l", last, in, "-")
	if err != nil {
		if ctx.Err() != nil {
			return Result{}, err
		}
		return Result{}, fmt.Errorf("%w: %v", ErrUnreadable, err)
	}
	text := string(out)
	pages := max(1, strings.Count(text, "\f"))
	if letters(text) >= minPageLetters*pages || r.pdftoppm == "" {
		return Result{Text: text, Source: SourcePDF, Pages: pages}, nil
	}

	// Scanned: render the pages and read them.
	if _, err := r.run(ctx, nil, r.pdftoppm, "-q", "-r", "200", "-gray", "-png", "-l", last, in, filepath.Join(dir, "page")); err != nil {
		if ctx.Err() != nil {
			return Result{}, err
		}
		return Result{}, fmt.Errorf("%w: %v", ErrUnreadable, err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "page*.png"))
	// page-1.png … page-12.png, or page-01.png …: in page order.
	sort.Slice(files, func(i, j int) bool {
		return len(files[i]) < len(files[j]) || len(files[i]) == len(files[j]) && files[i] < files[j]
	})
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return Result{}, fmt.Errorf("ocr: pdf page: %w", err)
		}
		img, ok, err := r.decode(b)
		if err != nil || !ok {
			return Result{}, fmt.Errorf("%w: rendered page: %v", ErrUnreadable, err)
		}
		t, err := r.prepared(ctx, lightGround(fit(grey(img))))
		if err != nil {
			return Result{}, err
		}
		texts = append(texts, t)
	}
	return Result{Text: strings.Join(texts, "\n"), Source: SourceOCR, Pages: len(files)}, nil
}
