package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"golang.org/x/crypto/bcrypt"

	"github.com/hoshyar/hoshyar/internal/browsertest"
	"github.com/hoshyar/hoshyar/internal/dbtest"
	"github.com/hoshyar/hoshyar/locales"
)

// consoleUser adds a console user with the built `hoshyar user add` and
// returns the password it printed on its last line. The binary, built
// without the race detector, hashes at the real cost in a fraction of the
// time the test process would take.
func consoleUser(t *testing.T, db *dbtest.DB, agency, email string) string {
	t.Helper()
	cmd := exec.Command(binary(t), "user", "add", "--agency", agency, "--email", email, "--name", "Amina Khan")
	cmd.Env = append(os.Environ(), "HOSHYAR_ENV=local", "DATABASE_URL="+db.URL, "HOSHYAR_SECRET_KEY="+strings.Repeat("k", 40))
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	require.NoError(t, cmd.Run(), errOut.String())
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	require.NotContains(t, errOut.String(), lines[len(lines)-1], "the password is not logged")
	return lines[len(lines)-1]
}

// A reporter's web chat report reaches the lead agency's console: an
// officer signs in with Chromium, opens it from the queue, replies, and the
// reply reaches the reporter's chat; the reporter's answer, in Urdu script,
// shows right to left on the referral page. Set HOSHYAR_SCREENSHOTS=DIR to
// keep the screenshots.
func TestBrowserConsole(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the binary and a browser")
	}
	t.Parallel()
	texts := locales.MustLoad()
	db := dbtest.New(t)
	addr := freeAddr(t)
	startServer(t, db, addr, "HOSHYAR_SECRET_KEY="+strings.Repeat("k", 40))
	shots := os.Getenv("HOSHYAR_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	}

	v, ref, lead := reportInRomanUrdu(t, db, addr)

	email := "amina.khan@" + strings.ToLower(lead.Agency) + ".gov.pk"
	password := consoleUser(t, db, lead.Agency, email)

	b := browsertest.StartSize(t, 390, 844) // a small phone
	base := "http://" + addr
	noOverflow := func(what string) {
		t.Helper()
		wide := b.Exec(`return document.documentElement.scrollWidth > window.innerWidth`)
		require.Equal(t, false, wide, "%s fits a phone's width", what)
	}

	// Signing in: the queue needs a session, so the login page comes first.
	b.Navigate(base + "/console")
	b.WaitFor(5*time.Second, func() bool { return len(b.FindAll("#password")) == 1 }, "the sign-in page")
	b.Type(b.Find("#email"), email)
	b.Type(b.Find("#password"), password+"\n")
	link := fmt.Sprintf(`.queue a.ref[href="/console/referrals/%d"]`, lead.ID)
	b.WaitFor(10*time.Second, func() bool { return len(b.FindAll(link)) == 1 }, "the referral in the queue")
	require.Equal(t, ref, b.Text(b.Find(link)))
	noOverflow("the queue")
	b.Screenshot(filepath.Join(shots, "console-1-queue.png"))

	// The referral: facts, red flags, the reporter's words.
	b.Click(b.Find(link))
	b.WaitFor(10*time.Second, func() bool {
		h, _ := b.Exec(`var h = document.querySelector('h1'); return h ? h.textContent : ''`).(string)
		return h == ref
	}, "the referral page")
	page := b.Text(b.Find("main"))
	require.Contains(t, page, "Qatar mein driver ki naukri")
	require.Contains(t, page, "+923451112233")
	require.NotEmpty(t, b.FindAll(".flags li"), "red flags with their reasons")
	noOverflow("the referral page")

	// One script reads the page at once: an element found before a
	// navigation would be stale after it.
	flash := func() string {
		s, _ := b.Exec(`var f = document.querySelector('.flash'); return f ? f.textContent : ''`).(string)
		return s
	}
	b.Click(b.Find(`form[action$="/claim"] button`))
	b.WaitFor(10*time.Second, func() bool { return flash() == "You claimed the referral." }, "the claim")

	reply := "Hum ne agent ka number block karwa diya hai. Kya aap ke paas receipt hai?"
	b.Type(b.Find("#reply"), reply)
	b.Exec(`document.querySelector('#actions').scrollIntoView()`)
	b.Screenshot(filepath.Join(shots, "console-2-actions.png"))
	b.Click(b.Find(`form[action$="/message"] button[type="submit"]`))
	b.WaitFor(10*time.Second, func() bool { return flash() == "Your message was queued for the reporter." }, "the reply sent")
	b.Screenshot(filepath.Join(shots, "console-3-replied.png"))

	// The reporter receives it in their chat, and answers in Urdu script.
	got := v.waitFor(func(s string) bool { return strings.Contains(s, "receipt hai?") })
	require.Contains(t, got, lead.Agency)
	answer := "جی ہاں، رسید کی تصویر بھیج رہا ہوں"
	v.say(answer)
	v.waitFor(func(s string) bool {
		for _, l := range []string{locales.UR, locales.URLatn, locales.EN} {
			if s == texts.T(l, "human_relayed", nil) {
				return true
			}
		}
		return false
	})
	var rtl string
	b.WaitFor(15*time.Second, func() bool {
		b.Navigate(fmt.Sprintf("%s/console/referrals/%d", base, lead.ID))
		rtl, _ = b.Exec(`for (const q of document.querySelectorAll('blockquote.words')) {
			if (q.textContent === arguments[0]) { q.scrollIntoView({block: 'center'}); return getComputedStyle(q).direction }
		} return ''`, answer).(string)
		return rtl != ""
	}, "the reporter's answer on the referral page")
	require.Equal(t, "rtl", rtl, "Urdu shows right to left")
	require.Contains(t, b.Text(b.Find(".history")), "message")
	b.Screenshot(filepath.Join(shots, "console-4-answer.png"))

	// The dashboard draws its charts without a script, and reads on a phone:
	// every label and axis number inside its chart, none smaller than 11 px.
	b.Navigate(base + "/console/dashboard")
	require.Len(t, b.FindAll("svg.svg-chart"), 4)
	require.NotEmpty(t, b.FindAll("svg.svg-chart rect"))
	noOverflow("the dashboard")
	bad := b.Exec(`var bad = [];
		for (const svg of document.querySelectorAll('svg.svg-chart')) {
			const box = svg.getBoundingClientRect();
			for (const t of svg.querySelectorAll('text')) {
				const r = t.getBoundingClientRect();
				const px = parseFloat(t.getAttribute('font-size')) * box.width / svg.viewBox.baseVal.width;
				if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) bad.push('clipped: ' + t.textContent);
				if (px < 11) bad.push(px.toFixed(1) + ' px: ' + t.textContent);
			}
		}
		return bad.join('; ')`)
	require.Equal(t, "", bad, "chart text at 390 px")
	b.Screenshot(filepath.Join(shots, "console-5-dashboard.png"))

	// Signing out ends the session.
	b.Click(b.Find(`form[action="/console/logout"] button`))
	b.WaitFor(5*time.Second, func() bool {
		return b.Exec(`return document.querySelector('#password') !== null`) == true
	}, "the sign-in page again")
	b.Navigate(base + "/console")
	require.Len(t, b.FindAll("#password"), 1, "no session, no queue")
}

// `hoshyar user add` stores a bcrypt hash (cost 12) of a password it shows
// once, and refuses what it cannot make.
func TestConsoleUserAdd(t *testing.T) {
	t.Parallel()
	db := dbtest.New(t)
	password := consoleUser(t, db, "fia", " Amina.Khan@FIA.gov.pk ")
	require.Len(t, password, 24)
	var agency, email, role, hash string
	require.NoError(t, db.Pool.QueryRow(context.Background(),
		`SELECT agency_code, email, role, password_hash FROM console_users`).Scan(&agency, &email, &role, &hash))
	require.Equal(t, []string{"FIA", "amina.khan@fia.gov.pk", "agent"}, []string{agency, email, role})
	require.NotContains(t, hash, password)
	cost, err := bcrypt.Cost([]byte(hash))
	require.NoError(t, err)
	require.Equal(t, 12, cost)
	require.NoError(t, bcrypt.CompareHashAndPassword([]byte(hash), []byte(password)))

	for args, want := range map[string]string{
		"--agency FIA --email amina.khan@fia.gov.pk --name A":            "exists",
		"--agency XYZ --email b@xyz.gov.pk --name B":                     "unknown agency",
		"--agency FIA --email not-an-address --name C":                   "--email",
		"--agency FIA --email d@fia.gov.pk --name D --role root":         "--role",
		"--agency FIA --email e@fia.gov.pk":                              "required",
		"--agency FIA --email f@fia.gov.pk --name F --bogus":             "flag provided but not defined",
		"--agency FIA --email g@fia.gov.pk --name G --role supervisor x": "unexpected",
	} {
		var out, errOut bytes.Buffer
		err := run(context.Background(), append([]string{"user", "add"}, strings.Fields(args)...), envFor(db), &out, &errOut)
		require.ErrorContains(t, err, want, args)
	}
	var n int
	require.NoError(t, db.Pool.QueryRow(context.Background(), `SELECT count(*) FROM console_users`).Scan(&n))
	require.Equal(t, 1, n)
}
