package bot_test

import (
	"encoding/binary"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/bot"
)

func TestVCardText(t *testing.T) {
	t.Parallel()
	for name, tc := range map[string]struct{ card, want string }{
		"whatsapp 3.0": {"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Agent;Imran;;;\r\nFN:Imran Agent\r\nitem1.TEL;waid=923001234567:+92 300 1234567\r\nitem1.X-ABLabel:Mobile\r\nEND:VCARD\r\n",
			"+92 300 1234567 Imran Agent"},
		"two numbers, N only": {"BEGIN:VCARD\nVERSION:2.1\nN:Khan;Bilal\nTEL;CELL:0300-1112233\nTEL;WORK:042 111 222 333\nEND:VCARD\n",
			"0300-1112233 042 111 222 333 Bilal Khan"},
		"4.0 tel URI, folded name": {"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Gulf Manpower\r\n  Services\r\nTEL;VALUE=uri;TYPE=cell:tel:+971501234567\r\nEND:VCARD\r\n",
			"+971501234567 Gulf Manpower Services"},
		"escaped comma": {"BEGIN:VCARD\nFN:Ali\\, Visa Agent\nTEL:03211234567\nEND:VCARD", "03211234567 Ali, Visa Agent"},
		"no number":     {"BEGIN:VCARD\nFN:Nobody\nEND:VCARD", ""},
		"not a vcard":   {"\x89PNG\r\n\x1a\n garbage", ""},
	} {
		require.Equal(t, tc.want, bot.VCardText([]byte(tc.card)), name)
	}
}

func TestOggDuration(t *testing.T) {
	t.Parallel()
	page := func(granule uint64, payload string) []byte {
		p := make([]byte, 27)
		copy(p, "OggS")
		binary.LittleEndian.PutUint64(p[6:], granule)
		return append(p, payload...)
	}
	head := make([]byte, 19)
	copy(head, "OpusHead")
	head[8] = 1
	binary.LittleEndian.PutUint16(head[10:], 312) // pre-skip
	voice := append(append(page(0, string(head)), page(0, "OpusTags")...), page(14*48000+312, "audio")...)
	require.Equal(t, 14, bot.OggDuration(voice))
	require.Equal(t, 15, bot.OggDuration(append(voice[:len(voice)-32], page(14*48000+313+100, "audio")...)), "rounded up")
	require.Zero(t, bot.OggDuration([]byte("ID3 an mp3")))
	require.Zero(t, bot.OggDuration(page(0, "vorbis")), "not Opus")
}
