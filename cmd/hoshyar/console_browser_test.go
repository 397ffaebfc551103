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

	"github.com/hoshyar/hoshyar/casework"
	"github.com/hoshyar/hoshyar/flows"
	"github.com/hoshyar/hoshyar/internal/browsertest"
	"github.com/hoshyar/hoshyar/internal/dbtest"
	"github.com/hoshyar/hoshyar/routing"
	"github.com/hoshyar/hoshyar/store"
)

// consoleUser adds a console user (an agent) with the built `hoshyar user
// add` and returns the password it printed on its last line.
func consoleUser(t *testing.T, db *dbtest.DB, agency, email string) string {
	t.Helper()
	return consoleUserAs(t, db, agency, email, "agent")
}

// consoleUserAs is consoleUser with a role. The binary, built without the
// race detector, hashes at the real cost in a fraction of the time the test
// process would take.
func consoleUserAs(t *testing.T, db *dbtest.DB, agency, email, role string) string {
	t.Helper()
	cmd := exec.Command(binary(t), "user", "add", "--agency", agency, "--email", email, "--name", "Amina Khan", "--role", role)
	cmd.Env = append(os.Environ(), "HOSHYAR_ENV=local", "DATABASE_URL="+db.URL, "HOSHYAR_SECRET_KEY="+strings.Repeat("k", 40))
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	require.NoError(t, cmd.Run(), errOut.String())
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	require.NotContains(t, errOut.String(), lines[len(lines)-1], "the password is not logged")
	return lines[len(lines)-1]
}

// scamReports has casework make reports naming a recruiter's number, as
// conversations would have.
func scamReports(t *testing.T, db *dbtest.DB, texts ...string) {
	t.Helper()
	ctx := context.Background()
	cw := casework.New(routing.DefaultMatrix(), nil)
	for i, text := range texts {
		contact, err := store.EnsureContact(ctx, db.Pool, "webchat", fmt.Appendf(nil, "scam-%d", i), []byte("sealed"))
		require.NoError(t, err)
		conv, seq, err := store.NextInboundSeq(ctx, db.Pool, contact, "webchat")
		require.NoError(t, err)
		msg, _, err := store.InsertInbound(ctx, db.Pool, store.NewInbound{ConversationID: conv, Channel: "webchat",
			ProviderID: fmt.Sprint("scam-", i), Seq: seq, Kind: "text", Body: text})
		require.NoError(t, err)
		_, err = cw.Create(ctx, db.Pool, casework.Conversation{ID: conv, ContactID: contact, Channel: "webchat", Locale: "ur-Latn"},
			&flows.ReportSpec{Reference: store.NewReference(), Kind: flows.KindReport, Text: text, Evidence: []int64{msg}})
		require.NoError(t, err)
	}
}

// The workbench on a phone (390×844), in Chromium. A recruiter's number is
// reported twice; then a person locked in abroad writes to the web chat,
// naming it: an emergency, and a third report. An FIA agent signs in and
// works the emergency from the top of the queue: claims it, sees MoFA
// leading the joint case, replies in the thread; the reporter answers in
// Urdu, and the queue marks it, the thread shows it new, its number left to
// right. An FIA supervisor opens the recruiter's network and approves the
// request to PTA to block the number. No page scrolls sideways or shows a
// code. Set HOSHYAR_SCREENSHOTS=DIR to keep the screenshots.
func TestBrowserConsole(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the binary and a browser")
	}
	t.Parallel()
	db := dbtest.New(t)
	addr := freeAddr(t)
	startServer(t, db, addr, "HOSHYAR_SECRET_KEY="+strings.Repeat("k", 40))
	shots := os.Getenv("HOSHYAR_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	}
	ctx := context.Background()

	scamReports(t, db, "Dubai mein driver ki naukri, 2 lakh advance JazzCash pe bhejein 0345-1112233. Form: gulf-jobs.pk/apply",
		"Dubai driver visa guaranteed, WhatsApp 0345-1112233, hamara page @gulfjobs786 dekhein")
	v := &visitor{t: t, c: newChatClient(t), addr: addr}
	v.say("Mujhe Dubai mein ek kamre mein band kar diya hai, passport le liya hai. Agent ka number 0345-1112233 hai")
	v.waitFor(func(s string) bool { return strings.Contains(s, "1122") })
	var ref string
	require.Eventually(t, func() bool {
		return db.Pool.QueryRow(ctx, `SELECT reference FROM reports WHERE urgency = 'emergency'`).Scan(&ref) == nil
	}, 15*time.Second, 50*time.Millisecond, "the emergency report")
	var fiaID int64
	require.NoError(t, db.Pool.QueryRow(ctx, `SELECT f.id FROM referrals f JOIN reports r ON r.id = f.report_id
		WHERE r.reference = $1 AND f.agency_code = 'FIA'`, ref).Scan(&fiaID))
	require.Eventually(t, func() bool {
		var n int
		return db.Pool.QueryRow(ctx, `SELECT count(*) FROM alerts WHERE kind = 'block_number' AND agency_code = 'PTA'`).Scan(&n) == nil && n == 1
	}, 10*time.Second, 50*time.Millisecond, "the third report drafted a request to PTA")

	agent, supervisor := "amina.khan@fia.gov.pk", "bilal.ahmed@fia.gov.pk"
	agentPassword := consoleUser(t, db, "FIA", agent)
	supervisorPassword := consoleUserAs(t, db, "FIA", supervisor, "supervisor")

	b := browsertest.StartSize(t, 390, 844) // a small phone
	base := "http://" + addr
	check := func(what string) {
		t.Helper()
		wide := b.Exec(`return document.documentElement.scrollWidth > window.innerWidth`)
		require.Equal(t, false, wide, "%s fits a phone's width", what)
		raw := b.Exec(`var t = document.querySelector('main').innerText;
			var m = t.match(/\b[a-z]+(?:_[a-z]+)+\b|\b(?:user|token|agency):\w+|\bur-Latn\b|\bwebchat\b/g);
			return m ? m.join(', ') : ''`)
		require.Equal(t, "", raw, "%s shows no code or key", what)
	}
	signIn := func(email, password string) {
		t.Helper()
		b.Navigate(base + "/console")
		b.WaitFor(5*time.Second, func() bool { return len(b.FindAll("#password")) == 1 }, "the sign-in page")
		b.Type(b.Find("#email"), email)
		b.Type(b.Find("#password"), password+"\n")
		b.WaitFor(10*time.Second, func() bool { return len(b.FindAll(".queue, .empty")) > 0 }, "the queue")
	}
	flash := func() string {
		s, _ := b.Exec(`var f = document.querySelector('.flash'); return f ? f.textContent : ''`).(string)
		return s
	}
	h1 := func() string {
		s, _ := b.Exec(`var h = document.querySelector('h1'); return h ? h.textContent : ''`).(string)
		return s
	}

	// The agent: the emergency is at the top of the queue.
	signIn(agent, agentPassword)
	top, _ := b.Exec(`return document.querySelector('.queue li a.ref').textContent`).(string)
	require.Equal(t, ref, top, "the emergency first")
	require.Contains(t, b.Text(b.Find(".queue li")), "Emergency")
	require.Contains(t, b.Text(b.Find(".queue li")), "not claimed")
	check("the queue")
	b.Screenshot(filepath.Join(shots, "console-1-queue.png"))

	b.Click(b.Find(".queue li a.ref"))
	b.WaitFor(10*time.Second, func() bool { return h1() == ref }, "the referral page")
	top2, _ := b.Exec(`return document.querySelector('#actions form[action$="/claim"]').getBoundingClientRect().bottom`).(float64)
	require.Less(t, top2, 844.0, "the claim is on the first screen of a phone")
	height, _ := b.Exec(`return document.documentElement.scrollHeight`).(float64)
	t.Logf("the referral page is %.0f px tall at 390 px wide", height)
	page := b.Text(b.Find("main"))
	require.Contains(t, page, "Human trafficking")
	require.Contains(t, page, "Danger")
	check("the referral page")
	b.Click(b.Find(`form[action$="/claim"] button`))
	b.WaitFor(10*time.Second, func() bool { return flash() == "You claimed the referral." }, "the claim")
	caseText := b.Text(b.Find("#case"))
	require.Contains(t, caseText, "MoFA")
	require.Contains(t, caseText, "Lead")
	require.Contains(t, caseText, "FIA (you)")
	b.Screenshot(filepath.Join(shots, "console-2-referral.png"))

	// A reply in the thread reaches the reporter; their answer comes back.
	reply := "Hum aap ki madad kar rahe hain. Kya aap ke paas phone hai jis par hum call kar sakein?"
	b.Exec(`document.querySelector('#reply').scrollIntoView()`)
	b.Type(b.Find("#reply-text"), reply)
	b.Click(b.Find(`#reply button[type="submit"]`))
	b.WaitFor(10*time.Second, func() bool { return flash() == "Your message was queued for the reporter." }, "the reply sent")
	got := v.waitFor(func(s string) bool { return strings.Contains(s, "call kar sakein?") })
	require.Contains(t, got, "FIA")
	answer := "جی ہاں، میرے پاس یہ نمبر ہے 0301-2345678"
	v.say(answer)
	b.WaitFor(15*time.Second, func() bool {
		b.Navigate(base + "/console")
		return len(b.FindAll(".queue li.unread")) == 1
	}, "the queue marks the reporter's reply")
	require.Contains(t, b.Text(b.Find(".queue li.unread")), "reporter wrote 1")
	check("the queue with a reply")
	b.Screenshot(filepath.Join(shots, "console-3-marked.png"))

	b.Click(b.Find(".queue li.unread a.ref"))
	b.WaitFor(10*time.Second, func() bool { return h1() == ref }, "the referral page again")
	marked, _ := b.Exec(`var m = document.querySelector('.thread .msg.new .text');
		if (!m) return '';
		m.scrollIntoView({block: 'center'});
		var n = m.querySelector('bdi');
		return getComputedStyle(m).direction + ' ' + (n ? n.textContent + ' ' + getComputedStyle(n).direction : 'no number')`).(string)
	require.Equal(t, "rtl 0301-2345678 ltr", marked, "the new answer: Urdu right to left, its number left to right")
	order, _ := b.Exec(`return Array.from(document.querySelectorAll('.thread .msg')).map(m => m.className.split(' ')[1]).join(' ')`).(string)
	require.Contains(t, order, "from-agency from-reporter from-bot", "one thread, in order: the question, the answer, the bot passing it on")
	check("the thread")
	b.Screenshot(filepath.Join(shots, "console-4-thread.png"))
	b.Click(b.Find(`form[action="/console/logout"] button`))
	b.WaitFor(5*time.Second, func() bool { return b.Exec(`return document.querySelector('#password') !== null`) == true }, "signed out")

	// The supervisor: the recruiter's network, and the request to PTA.
	signIn(supervisor, supervisorPassword)
	b.Navigate(fmt.Sprintf("%s/console/referrals/%d", base, fiaID))
	b.WaitFor(10*time.Second, func() bool { return h1() == ref }, "the referral page")
	b.Click(b.Find(`a[href^="/console/network?key=phone"]`))
	b.WaitFor(10*time.Second, func() bool { return len(b.FindAll("svg.svg-graph circle")) > 0 }, "the network drawn")
	require.Contains(t, b.Text(b.Find("main")), "3 reports in this network")
	check("the network")
	b.Exec(`document.querySelector('svg.svg-graph').scrollIntoView()`)
	b.Screenshot(filepath.Join(shots, "console-5-network.png"))

	b.Navigate(base + "/console/requests")
	b.WaitFor(5*time.Second, func() bool { return len(b.FindAll(`form[action$="/decision"]`)) > 0 }, "a request to decide")
	var form string
	for _, sec := range b.FindAll("section.alert") {
		if strings.Contains(b.Text(sec), "Block a mobile number") {
			form = sec
		}
	}
	require.NotEmpty(t, form, "the request to PTA")
	require.Contains(t, b.Text(form), "+923451112233")
	check("the requests")
	b.Click(b.Find(`section.alert input[value="approve"]`))
	b.Click(b.Find(`section.alert form[action$="/decision"] button`))
	b.WaitFor(10*time.Second, func() bool { return flash() == "The request was decided." }, "the approval")
	require.Contains(t, b.Text(b.Find("main")), "Approved by")
	b.Screenshot(filepath.Join(shots, "console-6-approved.png"))
	var status string
	require.NoError(t, db.Pool.QueryRow(ctx, `SELECT status FROM alerts WHERE kind = 'block_number'`).Scan(&status))
	require.Equal(t, "approved", status)

	// The dashboard draws its charts without a script, and reads on a phone:
	// every label and axis number inside its chart, none smaller than 11 px.
	b.Navigate(base + "/console/dashboard")
	require.Len(t, b.FindAll("svg.svg-chart"), 4)
	require.NotEmpty(t, b.FindAll("svg.svg-chart rect"))
	check("the dashboard")
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
	b.Screenshot(filepath.Join(shots, "console-7-dashboard.png"))

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
