package flows

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/lang"
	"github.com/hoshyar/hoshyar/locales"
)

// An agency's message, verdict or notice is an input like a person's: state
// and input in, state and replies out, in every language.
func TestAgencyInput(t *testing.T) {
	t.Parallel()
	const ref = "HSY-7KQ3MZ"
	now := t0.Add(time.Hour)
	atMenu := func(locale string) State {
		return State{Locale: locale, LocaleChosen: true, Node: NodeMenu, Options: menuValues(), LastAt: t0, Tally: lang.Tally{}}
	}
	// The person is in the middle of another report: it is kept.
	midReport := func(locale string) State {
		s := atMenu(locale)
		s.Node, s.Options = NodeReportSeen, []string{"facebook", "whatsapp"}
		s.Draft = &Draft{Kind: KindReport, Texts: []string{"Dubai mein naukri, 2 lakh advance"}, Evidence: []int64{4}, Answers: map[string]string{}}
		return s
	}
	inThread := func(s State) State {
		s.Node, s.Options, s.Paused, s.LastAt = NodeHuman, nil, nil, now
		s.Draft = &Draft{Kind: KindHuman, Reference: ref}
		return s
	}
	data := func(extra map[string]any) map[string]any {
		d := map[string]any{"Agency": "FIA", "Reference": ltr(ref)}
		for k, v := range extra {
			d[k] = v
		}
		return d
	}
	cases := []struct {
		name  string
		state func(locale string) State
		in    AgencyInput
		reply func(locale string) string
		after func(locale string, before State) State
	}{
		{
			name:  "message at the menu opens the report's thread",
			state: atMenu,
			in:    AgencyInput{Kind: AgencyInputMessage, Agency: "FIA", Reference: ref, Text: "  Kya aap ke paas receipt hai?\n"},
			reply: func(l string) string {
				return texts.T(l, "agency_message", data(map[string]any{"Text": "Kya aap ke paas receipt hai?"}))
			},
			after: func(_ string, s State) State { return inThread(s) },
		},
		{
			name:  "a discreet message names no agency",
			state: atMenu,
			in:    AgencyInput{Kind: AgencyInputMessage, Agency: "FIA", Reference: ref, Text: "Are you safe now?", Discreet: true},
			reply: func(l string) string {
				return texts.T(l, "agency_message_discreet", data(map[string]any{"Text": "Are you safe now?"}))
			},
			after: func(_ string, s State) State { return inThread(s) },
		},
		{
			name:  "an officer's words are not the person's: no danger, no language switch",
			state: atMenu,
			in:    AgencyInput{Kind: AgencyInputMessage, Agency: "FIA", Reference: ref, Text: "Were you locked in a room? Please answer in English."},
			reply: func(l string) string {
				return texts.T(l, "agency_message", data(map[string]any{"Text": "Were you locked in a room? Please answer in English."}))
			},
			after: func(_ string, s State) State { return inThread(s) },
		},
		{
			name:  "a message in the middle of another report keeps that report",
			state: midReport,
			in:    AgencyInput{Kind: AgencyInputMessage, Agency: "FIA", Reference: ref, Text: "Aur koi maloomat?"},
			reply: func(l string) string {
				return texts.T(l, "agency_message", data(map[string]any{"Text": "Aur koi maloomat?"}))
			},
			after: func(_ string, s State) State { return s },
		},
		{
			name:  "a flow past its time is not expired by an agency",
			state: func(l string) State { s := midReport(l); s.LastAt = t0.Add(-48 * time.Hour); return s },
			in:    AgencyInput{Kind: AgencyInputMessage, Agency: "NCCIA", Reference: ref, Text: "ok"},
			reply: func(l string) string {
				return texts.T(l, "agency_message", map[string]any{"Agency": "NCCIA", "Reference": ltr(ref), "Text": "ok"})
			},
			after: func(_ string, s State) State { return s },
		},
		{
			name:  "verdict not genuine, with its note",
			state: atMenu,
			in:    AgencyInput{Kind: AgencyInputVerdict, Agency: "OEC", Reference: ref, Verdict: VerdictNotGenuine, Note: " یہ لائسنس منسوخ ہو چکا ہے۔ "},
			reply: func(l string) string {
				return texts.T(l, "verify_verdict_not_genuine", map[string]any{"Reference": ltr(ref), "Note": "یہ لائسنس منسوخ ہو چکا ہے۔"})
			},
			after: func(_ string, s State) State { return inThread(s) },
		},
		{
			name:  "verdict genuine without a note",
			state: atMenu,
			in:    AgencyInput{Kind: AgencyInputVerdict, Agency: "OEC", Reference: ref, Verdict: VerdictGenuine},
			reply: func(l string) string {
				return texts.T(l, "verify_verdict_genuine", map[string]any{"Reference": ltr(ref), "Note": ""})
			},
			after: func(_ string, s State) State { return inThread(s) },
		},
		{
			name:  "an unknown verdict is the careful one",
			state: atMenu,
			in:    AgencyInput{Kind: AgencyInputVerdict, Agency: "OEC", Reference: ref, Verdict: "maybe"},
			reply: func(l string) string {
				return texts.T(l, "verify_verdict_cannot_confirm", map[string]any{"Reference": ltr(ref), "Note": ""})
			},
			after: func(_ string, s State) State { return inThread(s) },
		},
		{
			name:  "a notice that a checked number is under action moves nothing",
			state: midReport,
			in:    AgencyInput{Kind: AgencyInputNotice, Agency: "PTA", Reference: ref, Thing: "+923451112233"},
			reply: func(l string) string {
				return texts.T(l, "check_under_action", data(map[string]any{"Agency": "PTA", "Thing": ltr("+923451112233")}))
			},
			after: func(_ string, s State) State { return s },
		},
	}
	for _, c := range cases {
		for _, locale := range locales.All {
			before := c.state(locale)
			r := engine().Step(before, Input{Text: "ignored", Agency: &c.in}, now)
			require.Equal(t, []Reply{{Text: c.reply(locale)}}, r.Replies, "%s (%s)", c.name, locale)
			require.Empty(t, r.Effects, "%s (%s): no effects", c.name, locale)
			require.Equal(t, c.after(locale, c.state(locale)), r.State, "%s (%s)", c.name, locale)
			require.NotContains(t, r.Replies[0].Text, "{{", c.name)
		}
	}
}

// A conversation that never chose a language gets English, and keeps
// detecting the person's language afterwards.
func TestAgencyInputWithoutLocale(t *testing.T) {
	t.Parallel()
	in := AgencyInput{Kind: AgencyInputMessage, Agency: "FIA", Reference: "HSY-7KQ3MZ", Text: "Hello"}
	r := engine().Step(State{}, Input{Agency: &in}, t0)
	require.Equal(t, texts.T(locales.EN, "agency_message", map[string]any{"Agency": "FIA", "Reference": ltr("HSY-7KQ3MZ"), "Text": "Hello"}), r.Replies[0].Text)
	require.Empty(t, r.State.Locale, "not chosen by the person")
	require.Equal(t, NodeHuman, r.State.Node)
}

// After an agency's message, what the person writes goes to that report,
// in their language; "menu" leaves the thread.
func TestReplyToAnAgencyGoesToItsReport(t *testing.T) {
	t.Parallel()
	for _, locale := range locales.All {
		c := newConvo(t, locale)
		in := AgencyInput{Kind: AgencyInputMessage, Agency: "FIA", Reference: "HSY-7KQ3MZ", Text: "Kya aap ke paas receipt hai?"}
		c.state = engine().Step(c.state, Input{Agency: &in}, c.now).State
		c.effects = nil
		r := c.say("جی ہاں، رسید کی تصویر بھیج رہا ہوں")
		require.Equal(t, []Reply{{Text: texts.T(c.state.Locale, "human_relayed", nil)}}, r.Replies, locale)
		require.Equal(t, []Effect{{Kind: EffectRelay, Report: &ReportSpec{Reference: "HSY-7KQ3MZ", Kind: KindHuman,
			Evidence: []int64{c.nextID}, Text: "جی ہاں، رسید کی تصویر بھیج رہا ہوں"}}}, relays(r.Effects), locale)
		c.say(map[string]string{locales.EN: "menu", locales.UR: "مینو", locales.URLatn: "menu"}[locale])
		require.Equal(t, NodeMenu, c.state.Node, locale)
		require.Nil(t, c.state.Draft)
	}
}

func relays(effects []Effect) []Effect {
	var out []Effect
	for _, e := range effects {
		if e.Kind == EffectRelay {
			out = append(out, e)
		}
	}
	return out
}
