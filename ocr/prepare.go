package ocr

import (
	"bytes"
	"fmt"
	"image"
	"image/draw"
	_ "image/gif" // decoders for image.Decode
	_ "image/jpeg"
	"image/png"
)

// Sizes an image is brought to before recognition.
const (
	// minWidth: narrower images are scaled up (by a whole factor of 2 or 3),
	// so that text a WhatsApp-compressed screenshot shows 10–15 pixels tall
	// reaches the 20–30 pixels Tesseract reads best.
	minWidth = 1200
	// maxSide: longer images are scaled down; nobody's advert needs more,
	// and time grows with the pixels.
	maxSide = 3000
)

// decode decodes an image after checking its declared size against
// MaxPixels, so that a small file declaring a huge image (a decompression
// bomb) is refused before any pixel is allocated. ok is false for a format
// Go does not decode (WebP, BMP): Tesseract then reads the bytes as they are.
func (r *Reader) decode(data []byte) (img image.Image, ok bool, err error) {
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		if Sniff(data) == KindImage && !goDecodes(data) {
			return nil, false, nil
		}
		return nil, false, fmt.Errorf("%w: %v", ErrUnreadable, err)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 {
		return nil, false, fmt.Errorf("%w: empty image", ErrUnreadable)
	}
	if cfg.Width*cfg.Height > r.opts.MaxPixels || cfg.Width > 50_000 || cfg.Height > 50_000 {
		return nil, false, fmt.Errorf("%w: %d×%d pixels", ErrTooLarge, cfg.Width, cfg.Height)
	}
	img, _, err = image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, false, fmt.Errorf("%w: %s: %v", ErrUnreadable, format, err)
	}
	if format == "jpeg" {
		img = orient(img, exifOrientation(data))
	}
	return img, true, nil
}

// goDecodes reports whether the bytes start like a format registered with
// package image.
func goDecodes(data []byte) bool {
	for _, magic := range []string{"\xff\xd8", "\x89PNG", "GIF8"} {
		if bytes.HasPrefix(data, []byte(magic)) {
			return true
		}
	}
	return false
}

// grey converts img to 8-bit luma.
func grey(img image.Image) *image.Gray {
	b := img.Bounds()
	g := image.NewGray(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(g, g.Bounds(), img, b.Min, draw.Src)
	return g
}

// fit scales g up by a whole factor when it is narrow, or down when it is
// huge.
func fit(g *image.Gray) *image.Gray {
	w, h := g.Bounds().Dx(), g.Bounds().Dy()
	switch {
	case max(w, h) > maxSide:
		f := float64(maxSide) / float64(max(w, h))
		return shrink(g, max(1, int(float64(w)*f)), max(1, int(float64(h)*f)))
	case w < minWidth:
		k := min((minWidth+w-1)/w, 3)
		for k > 1 && max(w, h)*k > maxSide {
			k--
		}
		if k > 1 {
			return enlarge(g, k)
		}
	}
	return g
}

// enlarge scales g up k times with bilinear interpolation: letters keep
// smooth edges for the thresholding that follows.
func enlarge(g *image.Gray, k int) *image.Gray {
	w, h := g.Bounds().Dx(), g.Bounds().Dy()
	out := image.NewGray(image.Rect(0, 0, w*k, h*k))
	at := func(x, y int) float64 {
		x, y = min(max(x, 0), w-1), min(max(y, 0), h-1)
		return float64(g.Pix[y*g.Stride+x])
	}
	for y := 0; y < h*k; y++ {
		sy := (float64(y)+0.5)/float64(k) - 0.5
		y0 := int(sy)
		if sy < 0 {
			y0 = -1
		}
		fy := sy - float64(y0)
		for x := 0; x < w*k; x++ {
			sx := (float64(x)+0.5)/float64(k) - 0.5
			x0 := int(sx)
			if sx < 0 {
				x0 = -1
			}
			fx := sx - float64(x0)
			top := at(x0, y0)*(1-fx) + at(x0+1, y0)*fx
			bot := at(x0, y0+1)*(1-fx) + at(x0+1, y0+1)*fx
			out.Pix[y*out.Stride+x] = uint8(top*(1-fy) + bot*fy + 0.5)
		}
	}
	return out
}

// shrink scales g down to w×h, averaging the pixels each one covers.
func shrink(g *image.Gray, w, h int) *image.Gray {
	sw, sh := g.Bounds().Dx(), g.Bounds().Dy()
	out := image.NewGray(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		y0, y1 := y*sh/h, max((y+1)*sh/h, y*sh/h+1)
		for x := 0; x < w; x++ {
			x0, x1 := x*sw/w, max((x+1)*sw/w, x*sw/w+1)
			sum, n := 0, 0
			for yy := y0; yy < y1; yy++ {
				row := g.Pix[yy*g.Stride:]
				for xx := x0; xx < x1; xx++ {
					sum += int(row[xx])
					n++
				}
			}
			out.Pix[y*out.Stride+x] = uint8(sum / n)
		}
	}
	return out
}

// otsu returns the threshold that best separates g's histogram into two
// classes (Otsu, 1979).
func otsu(g *image.Gray) uint8 {
	var hist [256]int
	for _, p := range g.Pix {
		hist[p]++
	}
	total := len(g.Pix)
	sum := 0.0
	for i, n := range hist {
		sum += float64(i * n)
	}
	var sumB, best float64
	wB, first, last := 0, 0, 0
	for i, n := range hist {
		wB += n
		if wB == 0 {
			continue
		}
		wF := total - wB
		if wF == 0 {
			break
		}
		sumB += float64(i * n)
		mB, mF := sumB/float64(wB), (sum-sumB)/float64(wF)
		switch between := float64(wB) * float64(wF) * (mB - mF) * (mB - mF); {
		case between > best:
			best, first, last = between, i, i
		case between == best:
			last = i
		}
	}
	// Between two well separated classes every level in the gap scores the
	// same: take the middle of the gap.
	return uint8((first + last) / 2)
}

// rotate turns g by a multiple of 90° clockwise.
func rotate(g *image.Gray, degrees int) *image.Gray {
	degrees = ((degrees % 360) + 360) % 360
	if degrees == 0 {
		return g
	}
	w, h := g.Bounds().Dx(), g.Bounds().Dy()
	var out *image.Gray
	if degrees == 180 {
		out = image.NewGray(image.Rect(0, 0, w, h))
	} else {
		out = image.NewGray(image.Rect(0, 0, h, w))
	}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			v := g.Pix[y*g.Stride+x]
			switch degrees {
			case 90:
				out.Pix[x*out.Stride+(h-1-y)] = v
			case 180:
				out.Pix[(h-1-y)*out.Stride+(w-1-x)] = v
			case 270:
				out.Pix[(w-1-x)*out.Stride+y] = v
			}
		}
	}
	return out
}

// encodePNG encodes g for Tesseract's standard input.
func encodePNG(g image.Image) ([]byte, error) {
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&buf, g); err != nil {
		return nil, fmt.Errorf("ocr: encode: %w", err)
	}
	return buf.Bytes(), nil
}

// lightGround turns every region whose ground is dark (a coloured banner
// with white letters, a dark-mode screenshot) into dark letters on a light
// ground, leaving the grey levels otherwise as they are: a pixel is
// inverted when the mean of the window around it is below Otsu's threshold.
// Tesseract reads dark text on light ground best and binarizes by itself.
func lightGround(g *image.Gray) *image.Gray {
	w, h := g.Bounds().Dx(), g.Bounds().Dy()
	t := int(otsu(g))
	rad := max(12, min(w, h)/30)
	sat := summed(g)
	out := image.NewGray(image.Rect(0, 0, w, h))
	inverted := false
	for y := 0; y < h; y++ {
		y0, y1 := max(0, y-rad), min(h, y+rad+1)
		for x := 0; x < w; x++ {
			x0, x1 := max(0, x-rad), min(w, x+rad+1)
			sum := sat[y1*(w+1)+x1] - sat[y0*(w+1)+x1] - sat[y1*(w+1)+x0] + sat[y0*(w+1)+x0]
			p := g.Pix[y*g.Stride+x]
			if sum < t*(y1-y0)*(x1-x0) {
				p = 255 - p
				inverted = true
			}
			out.Pix[y*out.Stride+x] = p
		}
	}
	if !inverted {
		return g
	}
	return out
}

// binarize makes g black and white with a local threshold (Bradley and
// Roth's adaptive thresholding): a pixel is ink when it is darker by more
// than a fraction than the mean of the window around it. A global
// threshold (Otsu's, which Tesseract applies to whatever it is given)
// blackens a grey banner with its title inside.
func binarize(g *image.Gray) *image.Gray {
	w, h := g.Bounds().Dx(), g.Bounds().Dy()
	rad := max(8, min(w, h)/24)
	sat := summed(g)
	out := image.NewGray(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		y0, y1 := max(0, y-rad), min(h, y+rad+1)
		for x := 0; x < w; x++ {
			x0, x1 := max(0, x-rad), min(w, x+rad+1)
			sum := sat[y1*(w+1)+x1] - sat[y0*(w+1)+x1] - sat[y1*(w+1)+x0] + sat[y0*(w+1)+x0]
			if int(g.Pix[y*g.Stride+x])*(y1-y0)*(x1-x0)*100 > sum*85 {
				out.Pix[y*out.Stride+x] = 255
			}
		}
	}
	return out
}

// summed returns g's summed-area table, (w+1)×(h+1) with a zero first row
// and column.
func summed(g *image.Gray) []int {
	w, h := g.Bounds().Dx(), g.Bounds().Dy()
	sat := make([]int, (w+1)*(h+1))
	for y := 0; y < h; y++ {
		row := 0
		for x := 0; x < w; x++ {
			row += int(g.Pix[y*g.Stride+x])
			sat[(y+1)*(w+1)+x+1] = sat[y*(w+1)+x+1] + row
		}
	}
	return sat
}
