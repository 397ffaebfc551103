package flows

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/locales"
)

var (
	texts = locales.MustLoad()
	t0    = time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC)
)

var (
	phoneRe = regexp.MustCompile(`(?:\+92|0)3\d{2}-?\d{7}`)
	urlRe   = regexp.MustCompile(`(?:https?://|www\.)\S+`)
	// licenceRe is an OEP licence as written ("3456/RWP")
	licenceRe = regexp.MustCompile(`\b\d{3,4}/[A-Z]{3}\b`)
)

// fakeTriage is a small, predictable stand-in for package triage: the flow
// tests are about the conversation, not about recognising words.
func fakeTriage(text string) Signals {
	low := strings.ToLower(text)
	var s Signals
	for _, w := range []string{"locked", "band kar diya", "بند کر دیا", "boat", "kashti"} {
		if strings.Contains(low, w) {
			s.Danger = true
			s.DangerWhy = append(s.DangerWhy, "locked in or at sea")
		}
	}
	for _, m := range phoneRe.FindAllString(text, -1) {
		s.Phones = append(s.Phones, "+92"+strings.TrimPrefix(strings.TrimPrefix(strings.ReplaceAll(m, "-", ""), "+92"), "0"))
	}
	switch {
	case strings.Contains(low, "asli") || strings.Contains(low, "genuine") || strings.Contains(low, "اصلی"):
		s.CaseType = "verification_request"
	case strings.Contains(low, "passport") || strings.Contains(low, "پاسپورٹ"):
		s.CaseType = "trafficking"
	case strings.Contains(low, "visa") || strings.Contains(low, "ویزا") || strings.Contains(low, "naukri"):
		s.CaseType = "job_offer_suspicious"
	}
	for name, code := range map[string]string{"uae": "AE", "dubai": "AE", "saudi": "SA", "qatar": "QA", "دبئی": "AE", "سعودی": "SA"} {
		if strings.Contains(low, name) && !contains(s.Countries, code) {
			s.Countries = append(s.Countries, code)
		}
	}
	s.Licences = licenceRe.FindAllString(text, -1)
	if m := urlRe.FindString(low); m != "" {
		s.URLs = append(s.URLs, m)
	}
	if strings.Contains(low, "advance") || strings.Contains(low, "fee") {
		s.Flags = append(s.Flags, "fee_before_contract")
	}
	if strings.Contains(low, "guarantee") {
		s.Flags = append(s.Flags, "guaranteed_visa")
	}
	return s
}

var testHelplines = Helplines{Police: "15", Rescue: "1122", CrisisCell: "051-9207887", CrisisCellAbroad: "+92-51-9207887",
	FIA: "051-111-247-786", NCCIA: "1799"}

func engine() *Engine {
	return New(texts, Options{Helplines: testHelplines, TTL: time.Hour, Triage: fakeTriage})
}

func menuValues() []string {
	return []string{ChoiceReport, ChoiceHelp, ChoiceVerify, ChoiceStatus, ChoiceHuman, ChoiceLanguage, ChoiceErase}
}

func values(bs []Button) []string {
	var vs []string
	for _, b := range bs {
		vs = append(vs, b.Value)
	}
	return vs
}

func last(r Result) Reply { return r.Replies[len(r.Replies)-1] }

// convo plays a conversation through the engine, a message at a time.
type convo struct {
	t       *testing.T
	e       *Engine
	state   State
	now     time.Time
	nextID  int64
	refs    int
	effects []Effect
	last    Result
	// set before a say to give the step what the caller would know
	lookup  *Lookup
	reports []ReportStatus
}

func newConvo(t *testing.T, locale string) *convo {
	c := &convo{t: t, e: engine(), now: t0}
	if locale != "" {
		c.state = State{Locale: locale, LocaleChosen: true, Node: NodeMenu, Options: menuValues(), LastAt: t0}
	}
	return c
}

func (c *convo) step(in Input) Result {
	c.t.Helper()
	c.nextID++
	c.refs++
	in.MessageID = c.nextID
	in.Reference = fmt.Sprintf("HSY-T%05d", c.refs)
	in.Lookup, in.Reports = c.lookup, c.reports
	c.now = c.now.Add(time.Minute)
	r := c.e.Step(c.state, in, c.now)
	c.state = r.State
	c.effects = append(c.effects, r.Effects...)
	c.last = r
	require.NotEmpty(c.t, r.Replies, "every message gets an answer: %+v", in)
	return r
}

func (c *convo) say(text string) Result    { return c.step(Input{Text: text}) }
func (c *convo) press(value string) Result { return c.step(Input{Choice: value}) }

// lastText is the last reply's text.
func (c *convo) lastText() string { return last(c.last).Text }

// tr renders a message in the conversation's locale.
func (c *convo) tr(id string, data map[string]any) string {
	return texts.T(c.state.Locale, id, data)
}

// expectAsk checks the conversation now waits at node with the question id.
func (c *convo) expectAsk(node, textID string) {
	c.t.Helper()
	require.Equal(c.t, node, c.state.Node)
	require.Equal(c.t, c.tr(textID, nil), c.lastText())
}

func (c *convo) created() []*ReportSpec {
	var out []*ReportSpec
	for _, e := range c.effects {
		if e.Kind == EffectCreateReport {
			out = append(out, e.Report)
		}
	}
	return out
}

func (c *convo) effectsOf(kind string) []Effect {
	var out []Effect
	for _, e := range c.effects {
		if e.Kind == kind {
			out = append(out, e)
		}
	}
	return out
}
