package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/internal/browsertest"
	"github.com/hoshyar/hoshyar/internal/dbtest"
	"github.com/hoshyar/hoshyar/locales"
)

// A person opens the web chat in Chromium, writes "salam" and is answered
// in Urdu with the main menu, switches the language with the buttons, and
// types "menu". Set HOSHYAR_SCREENSHOTS=DIR to keep the screenshots.
func TestBrowserWebChat(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the binary and a browser")
	}
	t.Parallel()
	texts := locales.MustLoad()
	db := dbtest.New(t)
	srv := startServer(t, db, freeAddr(t))
	b := browsertest.Start(t)
	shots := os.Getenv("HOSHYAR_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	}

	b.Navigate("http://" + srv.addr + "/chat")
	botTexts := func() []string {
		var out []string
		for _, el := range b.FindAll(".msg-bot .text") {
			out = append(out, b.Text(el))
		}
		return out
	}
	waitBot := func(want string) {
		t.Helper()
		b.WaitFor(15*time.Second, func() bool {
			for _, s := range botTexts() {
				if s == want {
					return true
				}
			}
			return false
		}, "a bot message: "+want)
	}

	input := b.Find("#input")
	b.Type(input, "salam\n")
	waitBot(texts.T(locales.UR, "greeting", nil))
	b.WaitFor(5*time.Second, func() bool { return len(b.FindAll(".msg-visitor[data-id]")) == 1 }, "the visitor's own message from the feed")
	choices := b.FindAll(".msg-bot .choice:not([disabled])")
	require.Len(t, choices, 7)
	require.Equal(t, texts.T(locales.UR, "menu_report", nil), b.Text(choices[0]))
	require.Equal(t, "rtl", b.Exec(`return getComputedStyle(document.querySelector('.msg-bot .text')).direction`))
	b.Screenshot(filepath.Join(shots, "1-salam.png"))

	b.Click(b.Find(`.choice[data-value="language"]:not([disabled])`))
	waitBot(texts.T(locales.UR, "language_prompt", nil))
	b.Click(b.Find(`.choice[data-value="lang:ur-Latn"]:not([disabled])`))
	waitBot(texts.T(locales.URLatn, "language_set", nil))
	b.Screenshot(filepath.Join(shots, "2-roman-urdu.png"))

	b.Type(input, "menu\n")
	b.WaitFor(15*time.Second, func() bool {
		all := botTexts()
		return len(all) > 0 && all[len(all)-1] == texts.T(locales.URLatn, "menu_prompt", nil)
	}, "the menu in Roman Urdu")
	require.Len(t, b.FindAll(".msg-bot .choice:not([disabled])"), 7, "only the newest buttons are live")

	b.Type(input, "english\n")
	waitBot(texts.T(locales.EN, "language_set", nil))
	require.Equal(t, "ltr", b.Exec(`var t = document.querySelectorAll('.msg-bot .text'); return getComputedStyle(t[t.length-1]).direction`))
	b.Screenshot(filepath.Join(shots, "3-english.png"))

	// Nothing the page showed came from anywhere but the feed: every bubble has an id.
	for _, el := range b.FindAll(".msg") {
		require.NotEmpty(t, strings.TrimSpace(b.Attr(el, "data-id")))
	}
}
