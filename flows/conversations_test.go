package flows_test

import (
	"fmt"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/casework"
	"github.com/hoshyar/hoshyar/flows"
	"github.com/hoshyar/hoshyar/triage"
)

// The conversations corpus (testdata/conversations.jsonl): people who type
// every answer in their own words. A script is a persona: what they open
// with, how they answer each question if it is asked, and the asides they
// make; the engine may ask in any order and skip what it already knows.
// A conversation is fully right when the flow is the one they wanted, every
// fact they gave is in the report as they meant it, the case type and
// urgency are right, and no question was sent twice in a row.

type script struct {
	ID      string              `json:"id"`
	Lang    string              `json:"lang"`
	Channel string              `json:"channel"`
	Split   string              `json:"split"`
	Opening []string            `json:"opening"`
	Answers map[string][]string `json:"answers"`
	Asides  []struct {
		At   string `json:"at"`
		Text string `json:"text"`
	} `json:"asides"`
	Expect struct {
		Kind     string         `json:"kind"`
		CaseType string         `json:"case_type"`
		Urgency  string         `json:"urgency"`
		Facts    map[string]any `json:"facts"`
	} `json:"expect"`
}

// played is what a simulated conversation produced.
type played struct {
	spec       *flows.ReportSpec
	erased     bool
	status     bool
	repeats    int
	steps      int
	unasked    []string // questions the script has no answer for
	transcript []string
}

// yesWord and noWord are what a person types to confirm or deny what the
// bot read from their message.
var yesWord = map[string]string{"en": "yes", "ur": "جی ہاں", "ur-Latn": "haan"}
var noWord = map[string]string{"en": "no", "ur": "نہیں", "ur-Latn": "nahi"}

func play(e *flows.Engine, sc script) played {
	var p played
	state := flows.State{}
	asked := map[string]int{}
	usedAside := map[int]bool{}
	var lastBot string
	id := int64(0)
	send := func(text string) flows.Result {
		id++
		in := flows.Input{Text: text, MessageID: id, Reference: fmt.Sprintf("HSY-SIM%03d", id), SMS: sc.Channel == "sms"}
		res := e.Step(state, in, t0.Add(0))
		state = res.State
		p.steps++
		p.transcript = append(p.transcript, "> "+text)
		for i, r := range res.Replies {
			p.transcript = append(p.transcript, "< "+clip(strings.ReplaceAll(r.Text, "\n", " / "), clipAt))
			if i == len(res.Replies)-1 && len(res.Replies) == 1 && r.Text == lastBot && len(r.Buttons) > 0 {
				p.repeats++
			}
		}
		if n := len(res.Replies); n > 0 {
			lastBot = res.Replies[n-1].Text
		}
		for _, ef := range res.Effects {
			switch ef.Kind {
			case flows.EffectCreateReport, flows.EffectUpdateReport:
				p.spec = ef.Report
			case flows.EffectErase:
				p.erased = true
			}
		}
		if strings.Contains(joinReplies(res), texts.T(state.Locale, "status_none", nil)) ||
			strings.Contains(joinReplies(res), "HSY-") && sc.Expect.Kind == "status" {
			p.status = true
		}
		return res
	}
	for _, o := range sc.Opening {
		send(o)
	}
	for p.steps < 40 {
		node := state.Node
		if node == flows.NodeMenu || node == flows.NodeNew {
			if p.spec != nil || p.erased || p.status {
				break
			}
		}
		for i, a := range sc.Asides {
			if a.At == node && !usedAside[i] {
				usedAside[i] = true
				send(a.Text)
			}
		}
		var text string
		switch node {
		case flows.NodeReportCheck, flows.NodeHelpCheck:
			text = yesWord[sc.Lang]
			if !inferredAgrees(state.Draft, sc) {
				text = noWord[sc.Lang]
			}
		case flows.NodeHuman:
			if p.spec != nil {
				return p
			}
		default:
			list := sc.Answers[node]
			if len(list) == 0 {
				p.unasked = append(p.unasked, node)
				return p
			}
			k := asked[node]
			if k >= len(list) {
				k = len(list) - 1
			}
			text = list[k]
		}
		asked[node]++
		if text == "" {
			break
		}
		send(text)
	}
	return p
}

// inferredAgrees reports whether what the bot read matches what the person
// meant, as a truthful person would answer "is this right?".
func inferredAgrees(d *flows.Draft, sc script) bool {
	if d == nil {
		return true
	}
	f := sc.Expect.Facts
	for k, v := range d.Inferred {
		switch k {
		case "phones":
			want, _ := f["phones"].([]any)
			if !sameSet(split(v), anyStrings(want)) {
				return false
			}
		case "country":
			want, _ := f["countries"].([]any)
			got := triage.Extract(v).Countries
			if len(want) > 0 && !subset(got, anyStrings(want)) {
				return false
			}
		case "place":
			// where the person is: one or more of the countries the
			// account names, not all of them ("in Libya" of a boy sent
			// via Libya to Italy, whose countries are LY and IT)
			want, _ := f["countries"].([]any)
			got := triage.Extract(v).Countries
			if len(want) > 0 && (len(got) == 0 || !subset(anyStrings(want), got)) {
				return false
			}
		case "money_asked":
			if w, ok := f["money_asked"].(float64); ok && v != amountText(w, f["money_asked_currency"]) {
				return false
			}
		case "paid_amount": // shown on the paid line: a truthful person says no to a wrong sum
			if w, ok := f["paid_amount"].(float64); ok && v != amountText(w, "PKR") {
				return false
			}
		case "paid", "where", "situation", "whom", "seen":
			if w, ok := f[k].(string); ok && w != v {
				return false
			}
		case "recruiter":
			if w, ok := f[k].(string); ok && !sameText(v, w) {
				return false
			}
		}
	}
	return true
}

func anyStrings(v []any) []string {
	out := make([]string, 0, len(v))
	for _, x := range v {
		out = append(out, fmt.Sprint(x))
	}
	return out
}

func subset(got, want []string) bool {
	for _, w := range want {
		if !slices.Contains(got, w) {
			return false
		}
	}
	return true
}

func amountText(v float64, currency any) string {
	c, _ := currency.(string)
	if c == "" {
		c = "PKR"
	}
	return flows.FormatAmount(flows.Amount{Value: v, Currency: c})
}

// judge lists what a played conversation got wrong.
func judge(sc script, p played) []string {
	var wrong []string
	x := sc.Expect
	if p.repeats > 0 {
		wrong = append(wrong, fmt.Sprintf("%d questions repeated word for word", p.repeats))
	}
	if len(p.unasked) > 0 {
		wrong = append(wrong, fmt.Sprintf("stuck at %v", p.unasked))
	}
	switch x.Kind {
	case "erase":
		if !p.erased {
			wrong = append(wrong, "not erased")
		}
		return wrong
	case "status":
		if !p.status {
			wrong = append(wrong, "no status shown")
		}
		return wrong
	}
	if p.spec == nil {
		return append(wrong, "no report")
	}
	if p.spec.Kind != x.Kind {
		wrong = append(wrong, fmt.Sprintf("kind %s, want %s", p.spec.Kind, x.Kind))
	}
	caseType, urgency, ents := casework.Classify(p.spec)
	if x.Kind != "human" {
		if caseType != x.CaseType {
			wrong = append(wrong, fmt.Sprintf("case type %s, want %s", caseType, x.CaseType))
		}
		if urgency != x.Urgency {
			wrong = append(wrong, fmt.Sprintf("urgency %s, want %s", urgency, x.Urgency))
		}
	}
	a := p.spec.Answers
	for k, v := range x.Facts {
		switch k {
		case "money_asked_currency":
		case "phones":
			want := anyStrings(v.([]any))
			if !subset(ents.Phones, want) || a["phones"] != "" && !sameSet(split(a["phones"]), want) {
				wrong = append(wrong, fmt.Sprintf("phones %q / %v, want %v", a["phones"], ents.Phones, want))
			}
		case "countries":
			want := anyStrings(v.([]any))
			if !subset(ents.Countries, want) {
				wrong = append(wrong, fmt.Sprintf("countries %v, want %v", ents.Countries, want))
			}
		case "money_asked":
			w := v.(float64)
			found := false
			for _, am := range ents.Amounts {
				found = found || math.Abs(am.Value-w) < 1
			}
			if !found || a["money_asked"] != "" && a["money_asked"] != amountText(w, x.Facts["money_asked_currency"]) && x.Kind == "report" {
				wrong = append(wrong, fmt.Sprintf("money asked %q (%v), want %v", a["money_asked"], ents.Amounts, w))
			}
		case "paid_amount":
			if !paidAs(a["paid_amount"], v.(float64), x.Facts) {
				wrong = append(wrong, fmt.Sprintf("paid amount %q, want %v", a["paid_amount"], v))
			}
		case "consent":
			if p.spec.Consent != v.(bool) {
				wrong = append(wrong, fmt.Sprintf("consent %v, want %v", p.spec.Consent, v))
			}
		case "recruiter":
			if x.Kind == "report" && !sameText(a["recruiter"], v.(string)) {
				wrong = append(wrong, fmt.Sprintf("recruiter %q, want %q", a["recruiter"], v))
			}
		case "recruiter_also":
			// the other names the answer gave, kept beside the recruiter
			if x.Kind == "report" && !sameText(a[flows.SlotRecruiterAlso], v.(string)) {
				wrong = append(wrong, fmt.Sprintf("also named %q, want %q", a[flows.SlotRecruiterAlso], v))
			}
		case "seen":
			if x.Kind == "report" && a["seen"] != v {
				wrong = append(wrong, fmt.Sprintf("seen %q, want %q", a["seen"], v))
			}
		default:
			if x.Kind == "verify" {
				continue
			}
			if a[k] != fmt.Sprint(v) {
				wrong = append(wrong, fmt.Sprintf("%s %q, want %q", k, a[k], v))
			}
		}
	}
	return wrong
}

// conversationFloor is the share of conversations that must come out fully
// right, over all splits. The corpus grows each round by sets written blind
// and harder than the last, so the share over all of it falls as it grows
// (80.3% of 4,683 in the twelfth session; 79.3% of 5,007 once its first
// three rounds came in): the floor is a sanity check, and the guard against
// regressions is testdata/conversations-right.txt (knownRight).
const conversationFloor = 0.75

// knownRight returns the conversations recorded as fully right
// (testdata/conversations-right.txt): each must stay so. A lesson that
// trades one for others takes it out of the list, in the same commit, with
// the reason in its message. CONV_WRITE_RIGHT=1 rewrites the list from a
// full run.
func knownRight(t *testing.T) map[string]bool {
	b, err := os.ReadFile("testdata/conversations-right.txt")
	require.NoError(t, err)
	ids := map[string]bool{}
	for _, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			ids[l] = true
		}
	}
	return ids
}

func TestConversationsCorpus(t *testing.T) {
	t.Parallel()
	skipUnderRace(t)
	scripts := loadJSONL[script](t, "testdata/conversations.jsonl")
	require.GreaterOrEqual(t, len(scripts), 60)
	e := realEngine()
	right := map[string][2]int{}
	known, lost, nowRight := knownRight(t), []string{}, []string{}
	only := os.Getenv("CONV_ONLY") // a comma-separated list of script ids, to replay a few
	if only != "" {
		scripts = slices.DeleteFunc(scripts, func(sc script) bool { return !slices.Contains(strings.Split(only, ","), sc.ID) })
	}
	type run struct {
		p     played
		wrong []string
	}
	runs := replayAll(scripts, func(sc script) run {
		p := play(e, sc)
		return run{p, judge(sc, p)}
	})
	for i, sc := range scripts {
		p, wrong := runs[i].p, runs[i].wrong
		if len(wrong) == 0 {
			nowRight = append(nowRight, sc.ID)
		} else if known[sc.ID] {
			lost = append(lost, sc.ID+": "+strings.Join(wrong, "; "))
		}
		for _, k := range []string{sc.Split, "all", sc.Lang, sc.Split + "/" + sc.Lang} {
			r := right[k]
			r[1]++
			if len(wrong) == 0 {
				r[0]++
			}
			right[k] = r
		}
		if len(wrong) > 0 && (sc.Split == "train" || os.Getenv("SHOW_HELDOUT") != "") && os.Getenv("CONV_REPORT") != "" {
			t.Logf("%s %s %s %s: %s\n  %s", sc.ID, sc.Split, sc.Lang, sc.Channel, strings.Join(wrong, "; "), strings.Join(p.transcript, "\n  "))
		}
	}
	var splits []string // in the order the corpus first uses them
	for _, sc := range scripts {
		if !slices.Contains(splits, sc.Split) {
			splits = append(splits, sc.Split)
		}
	}
	for _, k := range append(splits, "en", "ur", "ur-Latn", "all") {
		r := right[k]
		t.Logf("%-7s %2d/%2d fully right", k, r[0], r[1])
	}
	if os.Getenv("CONV_REPORT") != "" { // each split by language, for the README's table
		var keys []string
		for k := range right {
			if strings.Contains(k, "/") {
				keys = append(keys, k)
			}
		}
		slices.Sort(keys)
		for _, k := range keys {
			t.Logf("%-15s %2d/%2d", k, right[k][0], right[k][1])
		}
	}
	r := right["all"]
	if only != "" {
		return
	}
	if os.Getenv("CONV_WRITE_RIGHT") != "" {
		head := "# Conversations fully right: each must stay so (knownRight in conversations_test.go).\n"
		require.NoError(t, os.WriteFile("testdata/conversations-right.txt", []byte(head+strings.Join(nowRight, "\n")+"\n"), 0o644))
	}
	require.Empty(t, lost, "conversations once fully right that no longer are")
	require.GreaterOrEqual(t, float64(r[0])/float64(r[1]), conversationFloor, "conversations fully right: %d/%d", r[0], r[1])
}

// paidAs reports a paid amount read as the label's bare number, in rupees
// or in the currency of the sum asked ("7000 pounds ... I have paid 3000",
// C23-006).
func paidAs(got string, v float64, facts map[string]any) bool {
	return got == amountText(v, "PKR") || got == amountText(v, facts["money_asked_currency"])
}

// clipAt is how much of each reply a transcript keeps: CONV_CLIP=n keeps
// more, to read a whole summary.
var clipAt = func() int {
	if n, err := strconv.Atoi(os.Getenv("CONV_CLIP")); err == nil && n > 0 {
		return n
	}
	return 140
}()

// skipUnderRace skips a corpus replay in a -race build: the replays are pure
// engine work on one goroutine, which the race detector slows several times
// over (the flows package took 8 of its 10 minutes with them);
// scripts/test.sh runs them again without -race, so they are always checked.
func skipUnderRace(t *testing.T) {
	t.Helper()
	if raceDetector {
		t.Skip("a corpus replay: scripts/test.sh runs it without -race")
	}
}
