package bot

import (
	"bytes"
	"encoding/binary"
)

// OggDuration returns the length in whole seconds (rounded up) of an Ogg
// Opus stream, as WhatsApp and Telegram send voice notes, or 0 when data
// is not one or cannot tell: the granule position of the last page, less
// the pre-skip, at Opus's 48 kHz.
func OggDuration(data []byte) int {
	if !bytes.HasPrefix(data, []byte("OggS")) {
		return 0
	}
	head := bytes.Index(data, []byte("OpusHead"))
	if head < 0 || head+12 > len(data) {
		return 0
	}
	preSkip := int64(binary.LittleEndian.Uint16(data[head+10:]))
	last := bytes.LastIndex(data, []byte("OggS"))
	if last < 0 || last+14 > len(data) {
		return 0
	}
	granule := int64(binary.LittleEndian.Uint64(data[last+6:]))
	samples := granule - preSkip
	if granule < 0 || samples <= 0 {
		return 0
	}
	return int((samples + 47_999) / 48_000)
}
