package ocr_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"image"
	"image/color"
	"image/draw"
	"image/jpeg"
	"image/png"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/ocr"
)

func testFile(t testing.TB, parts ...string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(append([]string{"testdata"}, parts...)...))
	require.NoError(t, err)
	return b
}

func encodePNG(t testing.TB, img image.Image) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, png.Encode(&buf, img))
	return buf.Bytes()
}

// Files that must not be read, or not past their bounds, with or without
// Tesseract: refused before any command runs.
func TestReadRefuses(t *testing.T) {
	t.Parallel()
	r := reader(t)
	advert := testFile(t, "adverts", "en03.jpg")

	// A PNG header declaring 30000×30000 pixels: a decompression bomb.
	var bomb bytes.Buffer
	require.NoError(t, png.Encode(&bomb, image.NewGray(image.Rect(0, 0, 1, 1))))
	b := bomb.Bytes()
	copy(b[16:24], []byte{0, 0, 0x75, 0x30, 0, 0, 0x75, 0x30}) // IHDR width and height
	binary.BigEndian.PutUint32(b[29:33], crc32.ChecksumIEEE(b[12:29]))

	for name, tc := range map[string]struct {
		data []byte
		want error
	}{
		"over 20 MB":         {append(bytes.Repeat([]byte{0}, 20<<20), advert...), ocr.ErrTooLarge},
		"declares 900 MP":    {b, ocr.ErrTooLarge},
		"corrupted JPEG":     {advert[:len(advert)/3], ocr.ErrUnreadable},
		"JPEG header only":   {advert[:200], ocr.ErrUnreadable},
		"not an image":       {[]byte("hello, this is text and not a picture at all"), ocr.ErrUnreadable},
		"a PDF that is junk": {[]byte("%PDF-1.4\n garbage garbage"), ocr.ErrUnreadable},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := r.Read(context.Background(), tc.data)
			require.ErrorIs(t, err, tc.want)
		})
	}
}

// skipSlow skips a test that prepares many pixels in Go when the race
// detector makes that 10–25 times slower; scripts/test.sh runs this
// package a second time without it.
func skipSlow(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("runs Tesseract")
	}
	if raceDetector {
		t.Skip("image work under -race is too slow; scripts/test.sh runs ./ocr without -race")
	}
}

func TestReadImages(t *testing.T) {
	skipSlow(t)
	t.Parallel()
	r := reader(t)

	t.Run("advert screenshot", func(t *testing.T) {
		t.Parallel()
		res, err := r.Read(context.Background(), testFile(t, "adverts", "mx03.jpg"))
		require.NoError(t, err)
		require.Equal(t, ocr.SourceOCR, res.Source)
		require.Contains(t, res.Text, "0333-8880022")
		require.Contains(t, res.Text, "310,000")
	})

	t.Run("no text", func(t *testing.T) {
		t.Parallel()
		img := image.NewRGBA(image.Rect(0, 0, 640, 480))
		draw.Draw(img, img.Bounds(), &image.Uniform{color.RGBA{180, 210, 240, 255}}, image.Point{}, draw.Src)
		draw.Draw(img, image.Rect(200, 150, 440, 330), &image.Uniform{color.RGBA{40, 120, 60, 255}}, image.Point{}, draw.Src)
		res, err := r.Read(context.Background(), encodePNG(t, img))
		require.NoError(t, err)
		require.Empty(t, res.Text)
	})

	t.Run("huge image is scaled down and read", func(t *testing.T) {
		t.Parallel()
		src, err := jpeg.Decode(bytes.NewReader(testFile(t, "adverts", "en01.jpg")))
		require.NoError(t, err)
		big := image.NewRGBA(image.Rect(0, 0, src.Bounds().Dx()*6, src.Bounds().Dy()*6)) // 3600×4920
		for y := 0; y < big.Bounds().Dy(); y++ {
			for x := 0; x < big.Bounds().Dx(); x++ {
				big.Set(x, y, src.At(x/6, y/6))
			}
		}
		var buf bytes.Buffer
		require.NoError(t, jpeg.Encode(&buf, big, &jpeg.Options{Quality: 95}))
		res, err := r.Read(context.Background(), buf.Bytes())
		require.NoError(t, err)
		require.Contains(t, res.Text, "0300-1239876")
	})

	t.Run("20 MB of noise is bounded in time", func(t *testing.T) {
		t.Parallel()
		// 2560×2700 random pixels: a PNG of about 20 MB, nothing to read.
		rng := rand.New(rand.NewPCG(1, 2))
		img := image.NewRGBA(image.Rect(0, 0, 2560, 2700))
		for i := range img.Pix {
			img.Pix[i] = uint8(rng.Uint32())
			if i%4 == 3 {
				img.Pix[i] = 255 // opaque: PNG's RGB, 3 bytes a pixel
			}
		}
		data := encodePNG(t, img)
		require.Greater(t, len(data), 19<<20)
		require.Less(t, len(data), 20<<20)
		short, err := ocr.New(context.Background(), ocr.Options{Timeout: 3 * time.Second})
		require.NoError(t, err)
		start := time.Now()
		_, err = short.Read(context.Background(), data)
		if err != nil {
			require.ErrorIs(t, err, context.DeadlineExceeded)
		}
		require.Less(t, time.Since(start), 10*time.Second, "the deadline ends the reading")
	})

	t.Run("memory bound", func(t *testing.T) {
		t.Parallel()
		tiny, err := ocr.New(context.Background(), ocr.Options{MemoryBytes: 20 << 20})
		require.NoError(t, err)
		if !tiny.Describe()["memory_bounded"].(bool) {
			t.Skip("prlimit is not installed")
		}
		_, err = tiny.Read(context.Background(), testFile(t, "adverts", "en03.jpg"))
		require.Error(t, err, "Tesseract cannot load its models in 20 MB")
		require.False(t, errors.Is(err, ocr.ErrTooLarge))
	})

	t.Run("deadline", func(t *testing.T) {
		t.Parallel()
		ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
		defer cancel()
		_, err := r.Read(ctx, testFile(t, "adverts", "en03.jpg"))
		require.ErrorIs(t, err, context.DeadlineExceeded)
	})
}

func TestReadPDFs(t *testing.T) {
	skipSlow(t)
	t.Parallel()
	r := reader(t)
	if !r.PDFs() {
		t.Skip("poppler-utils is not installed")
	}

	t.Run("with a text layer", func(t *testing.T) {
		t.Parallel()
		res, err := r.Read(context.Background(), testFile(t, "pdf", "offer-letter.pdf"))
		require.NoError(t, err)
		require.Equal(t, ocr.SourcePDF, res.Source)
		require.Contains(t, res.Text, "0301-2223344")
		require.Contains(t, res.Text, "Rs 2,50,000")
	})
	t.Run("scanned, without text", func(t *testing.T) {
		t.Parallel()
		res, err := r.Read(context.Background(), testFile(t, "pdf", "scanned.pdf"))
		require.NoError(t, err)
		require.Equal(t, ocr.SourceOCR, res.Source)
		require.Equal(t, 1, res.Pages)
		require.Contains(t, res.Text, "0333-4441122")
	})
}

// OCR missing on the machine: New says so, and what to install.
func TestUnavailable(t *testing.T) {
	t.Parallel()
	for name, opts := range map[string]ocr.Options{
		"no binary":   {Tesseract: filepath.Join(t.TempDir(), "tesseract")},
		"no language": {Languages: "urd+xyz"},
	} {
		t.Run(name, func(t *testing.T) {
			if name == "no language" {
				reader(t) // needs a Tesseract to ask
			}
			_, err := ocr.New(context.Background(), opts)
			require.ErrorIs(t, err, ocr.ErrUnavailable)
			require.True(t, strings.Contains(err.Error(), "install"), err.Error())
		})
	}
}

func TestSniff(t *testing.T) {
	t.Parallel()
	for name, tc := range map[string]struct {
		data []byte
		want string
	}{
		"jpeg":    {testFile(t, "adverts", "en01.jpg")[:64], ocr.KindImage},
		"pdf":     {[]byte("%PDF-1.7\n..."), ocr.KindPDF},
		"webp":    {[]byte("RIFF\x00\x00\x00\x00WEBPVP8 "), ocr.KindImage},
		"text":    {[]byte("BEGIN:VCARD\r\n"), ocr.KindOther},
		"ogg":     {[]byte("OggS\x00\x02\x00\x00"), ocr.KindOther},
		"nothing": {nil, ocr.KindOther},
	} {
		require.Equal(t, tc.want, ocr.Sniff(tc.data), name)
	}
}

// One WhatsApp-compressed screenshot, read as the job reads it (go test
// -bench ReadScreenshot -run ^$ ./ocr).
func BenchmarkReadScreenshot(b *testing.B) {
	r := reader(b)
	data := testFile(b, "adverts", "ur03.jpg")
	for b.Loop() {
		if _, err := r.Read(context.Background(), data); err != nil {
			b.Fatal(err)
		}
	}
}
