package ocr

import (
	"context"
	"fmt"
	"image"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/hoshyar/hoshyar/lang"
)

// Image reads the text of an image. It is prepared (see the package doc)
// and read twice:
//
//   - for its words, with the configured languages in automatic layout
//     (--psm 3) from the locally thresholded image; when that finds almost
//     nothing, the image is turned as OSD says and read again;
//   - for its numbers, in English as sparse text (--psm 11) from the grey
//     image: the Urdu model misreads Latin digits in bold faces, and the
//     layout analysis drops a number in a dashed box. Lines of this pass
//     with a digit run the first lacks are added to its text.
//
// On the 36 committed adverts, local thresholding read the country of 94%
// (grey alone: 89%, Otsu's global threshold: 86%); the sparse English pass
// on the grey image took exact phone numbers from 72% to 97% (see
// TestAdvertsEval).
func (r *Reader) Image(ctx context.Context, data []byte) (string, error) {
	img, ok, err := r.decode(data)
	if err != nil {
		return "", err
	}
	if !ok { // a format Go does not decode: Tesseract reads it as it is
		return r.tesseract1(ctx, data, r.opts.Languages, "3")
	}
	g := fit(grey(img))
	if err := ctx.Err(); err != nil {
		return "", fmt.Errorf("ocr: %w", err)
	}
	return r.prepared(ctx, lightGround(g))
}

// prepared reads a grey image already scaled and made dark on light.
func (r *Reader) prepared(ctx context.Context, g *image.Gray) (string, error) {
	bw := binarize(g)
	if err := ctx.Err(); err != nil {
		return "", fmt.Errorf("ocr: %w", err)
	}
	in, err := encodePNG(bw)
	if err != nil {
		return "", err
	}
	text, err := r.tesseract1(ctx, in, r.opts.Languages, "3")
	if err != nil {
		return "", err
	}
	turn := 0
	if r.osd && letters(text) < 12 {
		if turn = r.orientation(ctx, in); turn != 0 {
			turned, err := encodePNG(rotate(bw, turn))
			if err != nil {
				return "", err
			}
			if again, err := r.tesseract1(ctx, turned, r.opts.Languages, "3"); err == nil && letters(again) > letters(text) {
				text = again
			} else {
				turn = 0
			}
		}
	}
	if r.english && r.opts.Languages != "eng" {
		greyIn, err := encodePNG(rotate(g, turn))
		if err != nil {
			return "", err
		}
		if digits, err := r.tesseract1(ctx, greyIn, "eng", "11"); err == nil {
			text = withDigitLines(text, digits)
		} else if ctx.Err() != nil {
			return "", err
		}
	}
	return text, nil
}

// tesseract1 runs Tesseract once on an encoded image.
func (r *Reader) tesseract1(ctx context.Context, img []byte, languages, psm string) (string, error) {
	out, err := r.run(ctx, img, r.tesseract, "stdin", "stdout", "-l", languages, "--psm", psm)
	if err != nil {
		return "", err
	}
	return string(out), nil
}

var rotateLine = regexp.MustCompile(`(?m)^Rotate: (\d+)`)
var confidenceLine = regexp.MustCompile(`(?m)^Orientation confidence: ([0-9.]+)`)

// orientation asks Tesseract's OSD how many degrees clockwise to turn the
// image; 0 when it cannot tell or is not sure.
func (r *Reader) orientation(ctx context.Context, img []byte) int {
	out, err := r.run(ctx, img, r.tesseract, "stdin", "stdout", "--psm", "0", "-l", "osd")
	if err != nil {
		return 0
	}
	m, c := rotateLine.FindSubmatch(out), confidenceLine.FindSubmatch(out)
	if m == nil || c == nil {
		return 0
	}
	deg, _ := strconv.Atoi(string(m[1]))
	conf, _ := strconv.ParseFloat(string(c[1]), 64)
	if conf < 2 {
		return 0
	}
	return deg
}

// letters counts the letters and digits in s.
func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

// withDigitLines adds to text the lines of other holding a digit run that
// text does not hold.
func withDigitLines(text, other string) string {
	have := map[string]bool{}
	for _, m := range lang.DigitRun.FindAllString(text, -1) {
		have[lang.Digits(m)] = true
	}
	var add []string
	for _, line := range strings.Split(other, "\n") {
		for _, m := range lang.DigitRun.FindAllString(line, -1) {
			if d := lang.Digits(m); !have[d] {
				have[d] = true
				add = append(add, strings.TrimSpace(line))
				break
			}
		}
	}
	if len(add) == 0 {
		return text
	}
	return strings.TrimRight(text, "\n") + "\n" + strings.Join(add, "\n")
}
