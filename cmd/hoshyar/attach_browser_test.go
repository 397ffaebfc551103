package main

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/internal/browsertest"
	"github.com/hoshyar/hoshyar/internal/dbtest"
)

// A person on a phone-sized screen attaches a screenshot of an advert in
// the web chat: the control is labelled and shows its limit, the file goes
// up (with progress) through the same pipeline as a message, the bubble
// names the file and the bot answers; a file too large is refused in the
// page with a notice. Set HOSHYAR_SCREENSHOTS=DIR to keep the screenshots.
func TestBrowserWebChatAttachment(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the binary and a browser")
	}
	// Not parallel: it runs before the parallel tests, so OCR's CPU does
	// not crowd their timing.
	db := dbtest.New(t)
	srv := startServer(t, db, freeAddr(t))
	b := browsertest.Start(t)
	shots := os.Getenv("HOSHYAR_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	}
	b.Navigate("http://" + srv.addr + "/chat")

	attach := b.Find("#attach")
	require.Contains(t, b.Text(b.Find("#attach .visually-hidden")), "Attach a file")
	require.Contains(t, b.Attr(attach, "title"), "10 MB")
	require.Contains(t, b.Text(b.Find("#attach-hint")), "up to 10 MB")
	require.Equal(t, "attach-hint", b.Attr(b.Find("#file"), "aria-describedby"))
	require.Equal(t, false, b.Exec(`return document.documentElement.scrollWidth > window.innerWidth`), "nothing overflows a phone's width")

	file, err := filepath.Abs(filepath.Join("..", "..", "ocr", "testdata", "adverts", "en03.jpg"))
	require.NoError(t, err)
	b.Type(b.Find("#file"), file)
	b.WaitFor(15*time.Second, func() bool {
		return len(b.FindAll(".msg-visitor[data-id] .file")) == 1
	}, "the attachment, stored, in the conversation")
	require.Equal(t, "en03.jpg", b.Text(b.Find(".msg-visitor .file")))
	b.WaitFor(20*time.Second, func() bool { return len(b.FindAll(".msg-bot")) > 0 }, "the bot's answer")
	require.True(t, b.Exec(`return document.getElementById('upload').hidden`).(bool), "the progress bar is gone")
	b.Screenshot(filepath.Join(shots, "attach-1-advert.png"))

	var kind string
	require.NoError(t, db.Pool.QueryRow(context.Background(), `SELECT kind FROM media`).Scan(&kind))
	require.Equal(t, "image", kind)

	// Too large: the page refuses it before sending, and says why.
	big := filepath.Join(t.TempDir(), "big.jpg")
	require.NoError(t, os.WriteFile(big, make([]byte, 11<<20), 0o600))
	b.Type(b.Find("#file"), big)
	b.WaitFor(5*time.Second, func() bool {
		el := b.Find("#notice")
		return b.Attr(el, "hidden") == "" && len(b.Text(el)) > 0
	}, "a notice")
	require.Contains(t, b.Text(b.Find("#notice")), "10 MB")
	require.Len(t, b.FindAll(".msg-visitor"), 1, "nothing more was sent")
	b.Screenshot(filepath.Join(shots, "attach-2-too-large.png"))
}
