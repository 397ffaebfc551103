package ocr

import (
	"encoding/binary"
	"image"
	"image/draw"
)

// exifOrientation returns the EXIF orientation (1–8) of a JPEG, or 1 when
// it has none. Phones store a photo as the sensor saw it and say in this
// tag how to turn it; image/jpeg ignores the tag.
func exifOrientation(data []byte) int {
	i := 2 // after SOI
	for i+4 <= len(data) && data[i] == 0xFF {
		marker := data[i+1]
		size := int(binary.BigEndian.Uint16(data[i+2:]))
		if marker == 0xDA || size < 2 || i+2+size > len(data) { // start of scan: no more headers
			return 1
		}
		seg := data[i+4 : i+2+size]
		if marker == 0xE1 && len(seg) > 14 && string(seg[:6]) == "Exif\x00\x00" {
			return tiffOrientation(seg[6:])
		}
		i += 2 + size
	}
	return 1
}

func tiffOrientation(t []byte) int {
	var bo binary.ByteOrder
	switch string(t[:2]) {
	case "II":
		bo = binary.LittleEndian
	case "MM":
		bo = binary.BigEndian
	default:
		return 1
	}
	ifd := int(bo.Uint32(t[4:]))
	if ifd+2 > len(t) {
		return 1
	}
	n := int(bo.Uint16(t[ifd:]))
	for k := range n {
		e := ifd + 2 + 12*k
		if e+12 > len(t) {
			return 1
		}
		if bo.Uint16(t[e:]) == 0x0112 { // Orientation, a SHORT
			if v := int(bo.Uint16(t[e+8:])); v >= 1 && v <= 8 {
				return v
			}
			return 1
		}
	}
	return 1
}

// orient turns img upright for EXIF orientation o. Mirrored orientations
// (2, 4, 5, 7: a selfie camera) are turned but left mirrored: text read
// mirrored is lost either way, and they are rare in screenshots.
func orient(img image.Image, o int) image.Image {
	var deg int
	switch o {
	case 3, 4:
		deg = 180
	case 6, 5:
		deg = 90
	case 8, 7:
		deg = 270
	default:
		return img
	}
	g := image.NewGray(image.Rect(0, 0, img.Bounds().Dx(), img.Bounds().Dy()))
	draw.Draw(g, g.Bounds(), img, img.Bounds().Min, draw.Src)
	return rotate(g, deg)
}
