package main

import (
	"context"
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
		for _, el := range b.FindAll(".msg-bot:not(.greeting) .text") {
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
	b.Type(input, "سلام\n") // Urdu script: the Urdu greeting (a Latin "salam" gets Roman Urdu)
	waitBot(texts.T(locales.UR, "greeting", nil))
	b.WaitFor(5*time.Second, func() bool { return len(b.FindAll(".msg-visitor[data-id]")) == 1 }, "the visitor's own message from the feed")
	choices := b.FindAll(".msg-bot .choice:not([disabled])")
	require.Len(t, choices, 7, "the reply's buttons are live, the greeting's are not")
	require.Equal(t, texts.T(locales.UR, "menu_report", nil), b.Text(choices[0]))
	require.Equal(t, "rtl", b.Exec(`return getComputedStyle(document.querySelector('.msg-bot:not(.greeting) .text')).direction`))
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

	// Nothing the page showed came from anywhere but the feed or the page's
	// own greeting (id 0): every bubble has an id.
	for _, el := range b.FindAll(".msg") {
		require.NotEmpty(t, strings.TrimSpace(b.Attr(el, "data-id")))
	}
	require.Len(t, b.FindAll(`.msg[data-id="0"]`), 1)
}

// On a small phone (390×844) the chat greets before anything is typed, in
// three languages, with the main options as buttons; nothing is stored until
// a tap. A tap on "help" reaches the engine as a button press: the answer's
// emergency numbers are tel: links, each on one line. Urdu buttons run right
// to left. Set HOSHYAR_SCREENSHOTS=DIR to keep the screenshots.
func TestBrowserWebChatPhone(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the binary and a browser")
	}
	t.Parallel()
	texts := locales.MustLoad()
	db := dbtest.New(t)
	srv := startServer(t, db, freeAddr(t))
	b := browsertest.StartSize(t, 390, 844)
	shots := os.Getenv("HOSHYAR_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	}
	stored := func() int {
		var n int
		require.NoError(t, db.Pool.QueryRow(context.Background(),
			`SELECT (SELECT count(*) FROM contacts) + (SELECT count(*) FROM conversations) + (SELECT count(*) FROM messages)`).Scan(&n))
		return n
	}

	b.Navigate("http://" + srv.addr + "/chat")
	b.WaitFor(5*time.Second, func() bool { return len(b.FindAll("#greeting .choices:not([hidden]) .choice")) == 5 }, "the greeting's buttons")
	for _, l := range locales.All {
		found := b.Exec(`for (const p of document.querySelectorAll('#greeting .text')) if (p.textContent === arguments[0]) return true; return false`, texts.T(l, "greeting", nil))
		require.Equal(t, true, found, "the greeting in %s", l)
	}
	// Everything of the greeting is on the first screen, none of it scrolled.
	require.Equal(t, "", b.Exec(`var out = [];
		for (const el of document.querySelectorAll('#greeting .text, #greeting .lang, #greeting .choices:not([hidden]) .choice')) {
			const r = el.getBoundingClientRect();
			if (r.width === 0 || r.top < 0 || r.bottom > window.innerHeight) out.push(el.textContent);
		}
		return out.join('; ')`), "the greeting fits a 390x844 screen")
	require.Equal(t, false, b.Exec(`return document.documentElement.scrollWidth > window.innerWidth`))
	b.Screenshot(filepath.Join(shots, "phone-1-greeting.png"))
	require.Zero(t, stored(), "opening the page stores nothing")

	// Urdu's options run right to left: the first is at the right edge.
	b.Click(b.Find(`#greeting .lang[data-locale="ur"]`))
	rtl := func(box string) {
		t.Helper()
		got := b.Exec(`const box = arguments[0], buttons = box.querySelectorAll('.choice');
			const first = buttons[0].getBoundingClientRect(), second = buttons[1].getBoundingClientRect(), r = box.getBoundingClientRect();
			return [getComputedStyle(box).direction, Math.abs(first.right - r.right) <= 1,
				Math.abs(first.top - second.top) > 1 || second.right <= first.left]`, map[string]any{"element-6066-11e4-a52e-4f735466cecf": box})
		require.Equal(t, []any{"rtl", true, true}, got, "right to left: direction, first at the right edge, second left of it")
	}
	rtl(b.Find(`#greeting .choices[data-locale="ur"]`))
	require.Equal(t, texts.T(locales.UR, "menu_report", nil), b.Text(b.Find(`#greeting .choices:not([hidden]) .choice`)))
	b.Screenshot(filepath.Join(shots, "phone-2-greeting-urdu.png"))
	require.Zero(t, stored(), "choosing the greeting's language stores nothing")

	// A tap on help: the emergency numbers come back as links to dial.
	b.Click(b.Find(`#greeting .lang[data-locale="en"]`))
	b.Click(b.Find(`#greeting .choices:not([hidden]) .choice[data-value="help"]`))
	b.WaitFor(15*time.Second, func() bool { return len(b.FindAll(`.msg-bot[data-id] a.tel`)) >= 2 }, "tel: links in the answer")
	tels := b.Exec(`return Array.from(document.querySelectorAll('.msg-bot a.tel'), a => [a.getAttribute('href'), a.textContent,
		getComputedStyle(a).whiteSpace, a.getClientRects().length])`).([]any)
	var hrefs []string
	for _, x := range tels {
		a := x.([]any)
		hrefs = append(hrefs, a[0].(string))
		require.Regexp(t, `^tel:\+?[0-9]+$`, a[0], "dialable: %v", a)
		require.Equal(t, "nowrap", a[2])
		require.Equal(t, float64(1), a[3], "%v on one line", a[1])
	}
	require.Subset(t, hrefs, []string{"tel:15", "tel:1122"})
	require.Contains(t, hrefs, "tel:+92519207887", "the crisis cell in its +92 form")
	require.Equal(t, texts.T(locales.EN, "menu_help", nil), b.Text(b.Find(".msg-visitor .text")), "the visitor sees what they tapped")
	require.Empty(t, b.FindAll("#greeting .choice:not([disabled])"), "the greeting's buttons are spent")
	require.Positive(t, stored())
	b.Screenshot(filepath.Join(shots, "phone-3-help.png"))

	// In Urdu, the answer and its buttons run right to left.
	b.Type(b.Find("#input"), "zaban\n")
	b.WaitFor(15*time.Second, func() bool { return len(b.FindAll(`.choice[data-value="lang:ur"]:not([disabled])`)) == 1 }, "the languages")
	b.Click(b.Find(`.choice[data-value="lang:ur"]:not([disabled])`))
	b.WaitFor(15*time.Second, func() bool {
		return b.Exec(`const m = document.querySelectorAll('.msg-bot[data-id] .choices'); const last = m[m.length - 1];
			return !!last && !last.querySelector('.choice[disabled]') && last.closest('.msg').dir === 'rtl'`) == true
	}, "an Urdu question with its buttons")
	last := b.FindAll(`.msg-bot[data-id] .choices`)
	rtl(last[len(last)-1])
	b.Screenshot(filepath.Join(shots, "phone-4-urdu-menu.png"))
}
