package ocr

import (
	"encoding/binary"
	"image"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestExifOrientation(t *testing.T) {
	t.Parallel()
	// A JPEG start, then an APP1 Exif segment whose first IFD holds the
	// orientation tag, in both byte orders.
	exif := func(bo binary.ByteOrder, mark string, o uint16) []byte {
		tiff := make([]byte, 8+2+12+4)
		copy(tiff, mark)
		bo.PutUint16(tiff[2:], 42)
		bo.PutUint32(tiff[4:], 8)
		bo.PutUint16(tiff[8:], 1)
		bo.PutUint16(tiff[10:], 0x0112)
		bo.PutUint16(tiff[12:], 3)
		bo.PutUint32(tiff[14:], 1)
		bo.PutUint16(tiff[18:], o)
		seg := append([]byte("Exif\x00\x00"), tiff...)
		out := []byte{0xFF, 0xD8, 0xFF, 0xE1, 0, 0}
		binary.BigEndian.PutUint16(out[4:], uint16(len(seg)+2))
		return append(append(out, seg...), 0xFF, 0xDA, 0, 2)
	}
	require.Equal(t, 6, exifOrientation(exif(binary.LittleEndian, "II", 6)))
	require.Equal(t, 8, exifOrientation(exif(binary.BigEndian, "MM", 8)))
	require.Equal(t, 1, exifOrientation(exif(binary.BigEndian, "MM", 42)), "out of range")
	require.Equal(t, 1, exifOrientation([]byte{0xFF, 0xD8, 0xFF, 0xDA, 0, 2}), "no EXIF")
	require.Equal(t, 1, exifOrientation(exif(binary.LittleEndian, "II", 6)[:20]), "cut short")
}

func TestRotate(t *testing.T) {
	t.Parallel()
	g := image.NewGray(image.Rect(0, 0, 3, 2)) // a b c / d e f
	copy(g.Pix, []byte{1, 2, 3, 4, 5, 6})
	require.Equal(t, []byte{4, 1, 5, 2, 6, 3}, rotate(g, 90).Pix)
	require.Equal(t, []byte{6, 5, 4, 3, 2, 1}, rotate(g, 180).Pix)
	require.Equal(t, []byte{3, 6, 2, 5, 1, 4}, rotate(g, 270).Pix)
	require.Equal(t, g.Pix, rotate(g, 360).Pix)
}

func TestPrepare(t *testing.T) {
	t.Parallel()
	// Light text on a dark band above dark text on a light ground.
	g := image.NewGray(image.Rect(0, 0, 400, 200))
	for y := 0; y < 200; y++ {
		for x := 0; x < 400; x++ {
			v := uint8(240)
			if y < 100 {
				v = 60
			}
			if x%40 < 4 && y%100 > 30 && y%100 < 70 { // strokes
				v = 255 - v
			}
			g.Pix[y*g.Stride+x] = v
		}
	}
	bw := binarize(lightGround(g))
	at := func(x, y int) uint8 { return bw.Pix[y*bw.Stride+x] }
	require.EqualValues(t, 0, at(1, 50), "a light stroke on the dark band is ink")
	require.EqualValues(t, 255, at(20, 50), "the dark band is ground")
	require.EqualValues(t, 0, at(1, 150), "a dark stroke on the light ground is ink")
	require.EqualValues(t, 255, at(20, 150), "light ground")

	require.Equal(t, 1200, fit(image.NewGray(image.Rect(0, 0, 400, 300))).Bounds().Dx(), "a small screenshot is scaled up")
	require.Equal(t, 3000, fit(image.NewGray(image.Rect(0, 0, 6000, 1000))).Bounds().Dx(), "a huge one down")
	require.Equal(t, 1600, fit(image.NewGray(image.Rect(0, 0, 1600, 900))).Bounds().Dx())
}

func TestWithDigitLines(t *testing.T) {
	t.Parallel()
	first := "ویزا فیس 2,50,000\nرابطہ 0300-667"
	second := "SUIS 95 uo 45\n0300-1234567\nvisa 2,50,000"
	require.Equal(t, first+"\n0300-1234567", withDigitLines(first, second))
	require.Equal(t, "0300 1234567", withDigitLines("0300 1234567", "0300-1234567"), "already there")
	require.Equal(t, "۰۳۰۰۱۲۳۴۵۶۷", withDigitLines("۰۳۰۰۱۲۳۴۵۶۷", "03001234567"), "Urdu digits count")
}
