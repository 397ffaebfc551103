package flows

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/locales"
)

// The flows' mechanics, with a small stand-in for triage (harness_test.go):
// every flow completes with buttons and with typed words in every
// language; the words that work everywhere; back, change and cancel; the
// emergency numbers once; the language kept steady. What people type, read
// with the real triage, is tested in typed_test.go and the corpora.

func TestGreetingDetectsLanguage(t *testing.T) {
	t.Parallel()
	cases := []struct{ text, locale string }{
		{"salam", locales.URLatn}, // Latin letters: Roman Urdu fits the writer
		{"aoa", locales.URLatn},
		{"Salaam", locales.URLatn},
		{"السلام علیکم", locales.UR},
		{"assalam o alaikum bhai", locales.URLatn},
		{"AoA bhai, kya haal hai?", locales.URLatn},
		{"hello", locales.EN},
		{"Hi, good morning", locales.EN},
		{"👋", locales.EN},
		{"\u200fسلام\u200f", locales.UR},
	}
	for _, c := range cases {
		r := engine().Step(State{}, Input{Text: c.text}, t0)
		require.Equal(t, c.locale, r.State.Locale, c.text)
		require.Equal(t, NodeMenu, r.State.Node)
		require.Equal(t, []Reply{{Text: texts.T(c.locale, "greeting", nil), Buttons: last(r).Buttons}}, r.Replies, c.text)
		require.Equal(t, menuValues(), values(r.Replies[0].Buttons))
		require.Equal(t, texts.T(c.locale, "menu_report", nil), r.Replies[0].Buttons[0].Label)
		require.Contains(t, r.Effects, Effect{Kind: EffectSetLocale, Locale: c.locale})
	}
}

// The words that work everywhere, in every language, from every node.
func TestMenuHelpBackLanguageEverywhere(t *testing.T) {
	t.Parallel()
	nodes := map[string][]Input{
		"menu":     nil,
		"report":   {{Choice: ChoiceReport}, {Text: "Saudi visa 4 lakh advance"}, {Choice: ChoiceDone}},
		"help":     {{Choice: ChoiceHelp}, {Choice: "abroad"}},
		"verify":   {{Choice: ChoiceVerify}},
		"human":    {{Choice: ChoiceHuman}},
		"erase":    {{Choice: ChoiceErase}},
		"summary":  {{Choice: ChoiceReport}, {Text: "ad"}, {Choice: ChoiceDone}, {Choice: ChoiceSkip}, {Choice: ChoiceSkip}, {Choice: ChoiceSkip}, {Choice: ChoiceSkip}, {Choice: ChoiceSkip}, {Choice: ChoiceNo}, {Choice: ChoiceSkip}, {Choice: ChoiceNo}},
		"language": {{Choice: ChoiceLanguage}},
	}
	menuWords := map[string][]string{
		locales.EN:     {"menu", " MENU! ", "main menu"},
		locales.UR:     {"مینو"},
		locales.URLatn: {"menu", "meenu"},
	}
	for _, locale := range locales.All {
		for name, path := range nodes {
			for _, w := range menuWords[locale] {
				c := newConvo(t, locale)
				for _, in := range path {
					c.step(in)
				}
				c.say(w)
				require.Equal(t, NodeMenu, c.state.Node, "%s %s %q", locale, name, w)
				require.Nil(t, c.state.Draft, "menu leaves the flow")
				require.Equal(t, menuValues(), values(last(c.last).Buttons))
				require.Equal(t, locale, c.state.Locale)
			}
			c := newConvo(t, locale)
			for _, in := range path {
				c.step(in)
			}
			w := map[string]string{locales.EN: "help", locales.UR: "مدد", locales.URLatn: "madaaad"}[locale]
			r := c.say(w)
			require.Contains(t, joined(r), "1122", "%s %s", locale, name)
			require.True(t, strings.HasPrefix(c.state.Node, "help_"), "%s %s: in the help flow, got %s", locale, name, c.state.Node)

			c = newConvo(t, locale)
			for _, in := range path {
				c.step(in)
			}
			before := c.state.Node
			c.say(map[string]string{locales.EN: "language", locales.UR: "زبان", locales.URLatn: "zaban"}[locale])
			require.Equal(t, NodeLanguage, c.state.Node)
			c.press("lang:en")
			require.Equal(t, locales.EN, c.state.Locale)
			if before != NodeMenu && before != NodeLanguage && before != NodeErase && before != "" {
				require.Equal(t, before, c.state.Node, "%s %s: the language changes midway and the question is asked again", locale, name)
			}
		}
	}
}

func joined(r Result) string {
	var parts []string
	for _, rep := range r.Replies {
		parts = append(parts, rep.Text)
	}
	return strings.Join(parts, "\n")
}

// The report flow with buttons and typed numbers, in each language: every
// question asked once, the summary, the report only when sent.
func TestReportFlowWithButtons(t *testing.T) {
	t.Parallel()
	for _, locale := range locales.All {
		c := newConvo(t, locale)
		c.say("1") // menu: report
		c.expectAsk(NodeReportOffer, "report_intro")
		c.say("Dubai security guard job, contact 0300-1234567")
		require.Equal(t, c.tr("report_more", nil), c.lastText())
		c.step(Input{Media: "image"})
		require.Equal(t, c.tr("report_more_again", nil), c.lastText(), "never the same words twice in a row")
		c.press(ChoiceDone)
		require.Equal(t, NodeReportCheck, c.state.Node, "what the advert says is confirmed in one line")
		require.Contains(t, c.lastText(), "+923001234567")
		require.Contains(t, c.lastText(), "AE")
		c.press(ChoiceYes)
		c.expectAsk(NodeReportSeen, "report_seen_q")
		c.say("2") // WhatsApp
		c.expectAsk(NodeReportRecruiter, "report_recruiter_q")
		c.say("Al Noor Manpower")
		c.expectAsk(NodeReportMoney, "report_money_q")
		c.press(ChoiceSkip)
		c.expectAsk(NodeReportPaid, "report_paid_q")
		c.press(ChoiceYes)
		c.expectAsk(NodeReportPaidHow, "report_paid_how_q")
		c.say("50 hazar JazzCash pe bheje")
		c.expectAsk(NodeReportDocs, "report_docs_q")
		c.say("1") // passport
		c.expectAsk(NodeReportConsent, "report_consent_q")
		c.press(ChoiceNo)
		require.Equal(t, NodeReportSummary, c.state.Node)
		summary := c.lastText()
		for _, want := range []string{"Al Noor Manpower", "+923001234567", "AE", c.tr("seen_whatsapp", nil), c.tr("docs_passport", nil), c.tr("consent_no", nil)} {
			require.Contains(t, summary, want, locale)
		}
		require.Empty(t, c.created(), "nothing is sent before the person confirms")

		r := c.press(ChoiceConfirm)
		created := c.created()
		require.Len(t, created, 1)
		spec := created[0]
		require.Equal(t, KindReport, spec.Kind)
		require.Equal(t, []int64{2, 3}, spec.Evidence, "the advert and the screenshot")
		require.Equal(t, "whatsapp", spec.Answers["seen"])
		require.Equal(t, "Al Noor Manpower", spec.Answers["recruiter"])
		require.Equal(t, "+923001234567", spec.Answers["phones"])
		require.Equal(t, "yes", spec.Answers["paid"])
		require.Equal(t, "50 hazar JazzCash pe bheje", spec.Answers["paid_how"])
		require.Equal(t, "passport", spec.Answers["documents"])
		require.False(t, spec.Consent)
		require.Equal(t, c.tr("report_done", map[string]any{"Reference": ltr(spec.Reference)}), r.Replies[0].Text,
			"the reference stands in a message of its own")
		require.Contains(t, r.Replies[1].Text, c.tr("advice_evidence", nil), "advice fits one who paid: keep the evidence")
		require.NotContains(t, r.Replies[1].Text, c.tr("advice_receipt", nil), "not advice for before paying")
		require.Equal(t, NodeMenu, c.state.Node)
		require.Equal(t, c.tr("menu_after", nil), c.lastText())
		require.Nil(t, c.state.Draft)
	}
}

// A pasted advert at the start is the report's first evidence; skipping
// everything still makes a report; "back" returns to the last question;
// "change answers" lists the answers and changes only the one chosen;
// cancel sends nothing.
func TestReportBackChangeCancel(t *testing.T) {
	t.Parallel()
	for _, locale := range locales.All {
		c := newConvo(t, locale)
		c.say("Qatar mein naukri, 100% guarantee visa, 2 lakh advance, is liye jaldi karein aur apne kaghzat bhejein")
		require.Equal(t, NodeReportOffer, c.state.Node, "recognised as a report without the menu")
		c.press(ChoiceDone)
		require.Equal(t, NodeReportCheck, c.state.Node, "the country in the advert is confirmed in one line")
		c.press(ChoiceNo)
		for range 3 { // seen, recruiter, phones
			c.press(ChoiceSkip)
		}
		c.expectAsk(NodeReportCountry, "report_country_q")
		c.press(ChoiceSkip)
		c.expectAsk(NodeReportMoney, "report_money_q")
		c.say(map[string]string{locales.EN: "back", locales.UR: "واپس", locales.URLatn: "wapis"}[locale])
		c.expectAsk(NodeReportCountry, "report_country_q")
		c.say("Saudia")
		c.press(ChoiceSkip)
		c.press(ChoiceNo)
		c.press(ChoiceSkip)
		c.press(ChoiceYes)
		require.Equal(t, NodeReportSummary, c.state.Node)

		c.press(ChoiceFix)
		require.Equal(t, NodeReportFix, c.state.Node, "the answers are listed")
		require.Contains(t, values(last(c.last).Buttons), choiceFieldPrefix+"country")
		c.press(choiceFieldPrefix + "seen")
		c.expectAsk(NodeReportSeen, "report_seen_q")
		c.say("on a poster at the bus stand")
		require.Equal(t, NodeReportSummary, c.state.Node, "only the one answer is asked, then the summary again")
		require.Equal(t, "SA", c.state.Draft.Answers["country"], "the country read from the answer")
		require.Equal(t, "yes", c.state.Draft.Answers["consent"])
		c.press(ChoiceCancel)
		require.Equal(t, c.tr("cancelled", nil), c.last.Replies[0].Text)
		require.Empty(t, c.created())
		require.Equal(t, NodeMenu, c.state.Node)
	}
}

// An answer that is not understood is asked again in other, shorter words;
// a second miss moves on. The same text never comes twice in a row.
func TestMissesAreAskedDifferentlyThenLeft(t *testing.T) {
	t.Parallel()
	for _, locale := range locales.All {
		c := newConvo(t, locale)
		c.press(ChoiceReport)
		c.press(ChoiceDone)
		require.Equal(t, c.tr("report_offer_needed", nil), c.lastText(), "done with nothing sent")
		c.say("ad text")
		c.press(ChoiceDone)
		for range 5 {
			c.press(ChoiceSkip)
		}
		c.expectAsk(NodeReportPaid, "report_paid_q")
		c.say("qwerty")
		c.expectAsk(NodeReportPaid, "report_paid_retry")
		require.Equal(t, values(last(c.last).Buttons), []string{ChoiceYes, ChoiceNo, ChoiceUnknown}, "the retry shows the options")
		c.say("zxcvb")
		require.Equal(t, NodeReportDocs, c.state.Node, "the second miss moves on")
		require.Contains(t, joined(c.last), c.tr("moving_on", nil))
		require.NotContains(t, c.state.Draft.Answers, "paid")

		c.say("9") // docs has five options
		c.expectAsk(NodeReportDocs, "report_docs_retry")
	}
}

// A free question's second miss keeps the words as the answer, unless
// they say nothing it could hold: a yes, an "ok", a thanks, a bare number.
func TestSecondMissKeepsOnlyWords(t *testing.T) {
	t.Parallel()
	for locale, bare := range map[string][]string{
		locales.EN:     {"yes", "ok", "0345-7788990", "no"},
		locales.URLatn: {"ji", "theek hai", "0345 7788990", "nai"},
		locales.UR:     {"جی ہاں", "ٹھیک ہے", "۰۳۴۵۷۷۸۸۹۹۰", "نہیں"},
	} {
		for _, text := range bare {
			c := newConvo(t, locale)
			c.press(ChoiceReport)
			c.say("ad text")
			c.press(ChoiceDone)
			c.expectAsk(NodeReportSeen, "report_seen_q")
			c.say("qwerty zxcv")
			c.say(text)
			require.NotEqual(t, NodeReportSeen, c.state.Node, "%s %q: the second miss moves on", locale, text)
			require.NotContains(t, c.state.Draft.Answers, "seen", "%s %q is no place the offer was seen", locale, text)
		}
		c := newConvo(t, locale)
		c.press(ChoiceReport)
		c.say("ad text")
		c.press(ChoiceDone)
		c.say("qwerty zxcv")
		c.say("in an old diary of my grandfather")
		require.Equal(t, "in an old diary of my grandfather", c.state.Draft.Answers["seen"], "%s: words are kept as written", locale)
	}
}

// Danger comes first: numbers before any question, an emergency referral
// at once, the rest asked after; the numbers are not repeated for the same
// danger.
func TestHelpFlowWithDanger(t *testing.T) {
	t.Parallel()
	for locale, text := range map[string]string{
		locales.EN:     "please they locked me in a room",
		locales.URLatn: "mujhe kamre mein band kar diya hai",
		locales.UR:     "انہوں نے مجھے کمرے میں بند کر دیا ہے",
	} {
		c := newConvo(t, "")
		r := c.say(text)
		require.Equal(t, locale, c.state.Locale)
		require.Equal(t, c.tr("emergency_numbers", testHelplines.data()), r.Replies[0].Text, "the numbers are the first thing said")
		require.Contains(t, r.Replies[0].Text, "+92-51-9207887", "dialable from abroad")
		require.Equal(t, c.tr("danger_first", nil), r.Replies[1].Text)
		created := c.created()
		require.Len(t, created, 1, "the emergency referral is made at once")
		require.Equal(t, KindHelp, created[0].Kind)
		require.NotEmpty(t, created[0].Danger)
		require.Equal(t, []int64{1}, created[0].Evidence)
		require.Equal(t, NodeHelpCheck, c.state.Node, "what the plea says (about me) is confirmed, not asked")
		c.press(ChoiceYes)
		c.expectAsk(NodeHelpWhere, "help_where_q")

		c.press("abroad")
		c.expectAsk(NodeHelpPlace, "help_country_q")
		r = c.say("Dubai, Al Quoz, still locked in")
		require.NotContains(t, joined(r), c.tr("emergency_numbers", testHelplines.data()), "the same danger: the numbers once")
		c.expectAsk(NodeHelpWhat, "help_what_q")
		c.say("3") // locked in
		c.expectAsk(NodeHelpContact, "help_contact_q")
		r = c.press("discreet")
		updates := c.effectsOf(EffectUpdateReport)
		u := updates[len(updates)-1].Report
		require.Equal(t, created[0].Reference, u.Reference)
		require.Equal(t, map[string]string{"where": "abroad", "place": "Dubai, Al Quoz, still locked in", "situation": "locked_in", "whom": "self", "contact": "discreet"}, u.Answers)
		require.True(t, u.Consent)
		require.True(t, u.Discreet)
		require.Contains(t, joined(r), c.tr("help_done", map[string]any{"Reference": ltr(created[0].Reference), "Urgency": c.tr("urgency_emergency", nil)}))
		r = c.say("hello?")
		require.Equal(t, c.tr("greeting_discreet", nil), r.Replies[0].Text, "discreet: a greeting that says nothing of what this is")
		require.NotContains(t, strings.ToLower(joined(r)), "immun")
	}
}

func TestHelpFlowWithoutDanger(t *testing.T) {
	t.Parallel()
	for _, locale := range locales.All {
		c := newConvo(t, locale)
		r := c.press(ChoiceHelp)
		require.Contains(t, joined(r), "1122", "numbers first, always")
		require.Empty(t, c.created(), "no emergency: the referral waits for the answers")
		c.press("pakistan")
		c.expectAsk(NodeHelpPlace, "help_city_q")
		r = c.press(ChoiceSkip)
		require.NotContains(t, joined(r), "1122", "the emergency block is not repeated")
		c.say("agent ne mera passport rakh liya aur paise mang raha hai") // own words
		require.Equal(t, "passport_taken", c.state.Draft.Answers["situation"], "an account in their words is read")
		require.Equal(t, NodeHelpCheck, c.state.Node, "\"mera passport\": it is about them, confirmed in one line")
		c.press(ChoiceNo)
		c.expectAsk(NodeHelpWhom, "help_whom_q")
		c.press("other")
		c.press("number")
		c.expectAsk(NodeHelpNumber, "help_number_q")
		r = c.say("0300-1112223")
		created := c.created()
		require.Len(t, created, 1)
		require.Equal(t, "+923001112223", created[0].Answers["contact_number"])
		require.Empty(t, created[0].Danger)
		require.Contains(t, joined(r), c.tr("urgency_urgent", nil))

		c2 := newConvo(t, locale)
		c2.press(ChoiceHelp)
		for range 4 {
			c2.press(ChoiceSkip)
		}
		r = c2.press("none")
		require.Contains(t, joined(r), c2.tr("help_done_no_contact", map[string]any{"Reference": ltr(c2.created()[0].Reference), "Urgency": c2.tr("urgency_urgent", nil)}))
		require.False(t, c2.created()[0].Consent)
	}
}

// Danger in the middle of a report marks it, and the report goes on.
func TestDangerMidReport(t *testing.T) {
	t.Parallel()
	c := newConvo(t, locales.EN)
	c.press(ChoiceReport)
	c.say("job ad")
	c.press(ChoiceDone)
	c.press(ChoiceSkip)
	r := c.say("the agent locked my brother in a house")
	require.Equal(t, c.tr("emergency_numbers", testHelplines.data()), r.Replies[0].Text)
	require.Equal(t, NodeReportPhonesAsk, c.state.Node, "the answer is taken and the report continues")
	require.NotEmpty(t, c.state.Draft.Danger)
}

func TestVerifyFlow(t *testing.T) {
	t.Parallel()
	for _, locale := range locales.All {
		c := newConvo(t, locale)
		c.press(ChoiceVerify)
		c.expectAsk(NodeVerify, "verify_q")
		c.lookup = &Lookup{
			Licences: []LicenceInfo{{Licence: "3456/RWP", Found: true, Name: "Example Manpower", City: "Rawalpindi", Status: "active"},
				{Licence: "9999/LHR"}},
			Seen: []SeenCount{{Thing: "+923001234567", Count: 3}},
		}
		r := c.say("licence 3456/RWP, 9999/LHR, 0300-1234567")
		text := joined(r)
		require.Contains(t, text, c.tr("verify_licence_found", map[string]any{"Licence": ltr("3456/RWP"), "Name": "Example Manpower", "City": "Rawalpindi", "Status": "active"}))
		require.Contains(t, text, c.tr("verify_licence_unknown", map[string]any{"Licence": ltr("9999/LHR")}))
		require.Contains(t, text, c.tr("verify_reports_seen", map[string]any{"Count": 3, "Thing": ltr("+923001234567")}))
		created := c.created()
		require.Len(t, created, 1)
		require.Equal(t, KindVerify, created[0].Kind)
		require.Contains(t, text, c.tr("verify_done", map[string]any{"Reference": ltr(created[0].Reference)}))
		require.Equal(t, NodeMenu, c.state.Node)

		// A question at the menu with only a number asks once who they
		// are and what they ask; the answer goes to the check with it.
		c2 := newConvo(t, locale)
		c2.lookup = &Lookup{}
		c2.say("kya yeh agent asli hai? 0321-5556667")
		c2.expectAsk(NodeVerify, "verify_more_q")
		require.Empty(t, c2.created())
		r = c2.say("Al Noor Travels")
		require.Contains(t, joined(r), c2.tr("verify_nothing_known", nil))
		require.Len(t, c2.created(), 1)
		require.Contains(t, c2.created()[0].Text, "Al Noor Travels")
		require.Contains(t, c2.created()[0].Text, "0321-5556667")

		// With nothing to look up, the agent's details are asked for first.
		c3 := newConvo(t, locale)
		c3.say("ye naukri asli hai?")
		require.Equal(t, NodeVerify, c3.state.Node)
		require.Empty(t, c3.created())
		c3.lookup = &Lookup{}
		c3.say("Al Noor Travels 0300-7654321")
		require.Len(t, c3.created(), 1)
		require.Equal(t, KindVerify, c3.created()[0].Kind)
	}
}

func TestStatus(t *testing.T) {
	t.Parallel()
	for _, locale := range locales.All {
		c := newConvo(t, locale)
		c.press(ChoiceStatus)
		require.Equal(t, c.tr("status_none", nil), c.last.Replies[0].Text)

		c.reports = []ReportStatus{
			{Reference: "HSY-7KQ3MZ", Status: "in_progress", CreatedAt: t0, Messages: []AgencyMessage{{Agency: "FIA", Text: "We have called the agent."}}},
			{Reference: "HSY-22AB34", Status: "new", CreatedAt: t0},
		}
		r := c.press(ChoiceStatus)
		require.Contains(t, r.Replies[0].Text, "HSY-7KQ3MZ")
		require.Contains(t, r.Replies[0].Text, c.tr("status_in_progress", nil))
		require.Contains(t, r.Replies[0].Text, "We have called the agent.")
		require.Contains(t, r.Replies[0].Text, "HSY-22AB34")

		r = c.say("hsy 7kq3mz")
		require.Contains(t, r.Replies[0].Text, "HSY-7KQ3MZ", "a typed reference, any case and spacing")
		require.NotContains(t, r.Replies[0].Text, "HSY-22AB34")
		r = c.say("HSY-ZZZZZZ")
		require.Equal(t, c.tr("status_unknown_ref", map[string]any{"Reference": ltr("HSY-ZZZZZZ")}), r.Replies[0].Text)
	}
}

// A caller that has not read the person's reports (ReportsLater) is asked
// for them by the steps that show them, and only by those.
func TestStatusAsksForReports(t *testing.T) {
	t.Parallel()
	e := engine()
	s := State{Locale: "en", LocaleChosen: true, Node: NodeMenu, Options: menuValues(), LastAt: t0}
	for _, text := range []string{"status", "meri report ka kya bana?", "HSY-7KQ3MZ", "hsy 7kq3mz"} {
		r := e.Step(s, Input{Text: text, ReportsLater: true}, t0)
		require.True(t, r.NeedReports, "%q shows reports", text)
		r = e.Step(s, Input{Text: text, Reports: []ReportStatus{{Reference: "HSY-7KQ3MZ", Status: "new", CreatedAt: t0}}}, t0)
		require.False(t, r.NeedReports, "%q: reports given", text)
		require.Contains(t, r.Replies[0].Text, "HSY-7KQ3MZ")
	}
	for _, text := range []string{"hi", "report karna hai", "Dubai job 2 lakh advance, asli hai?"} {
		r := e.Step(State{}, Input{Text: text, ReportsLater: true}, t0)
		require.False(t, r.NeedReports, "%q shows no reports", text)
	}
}

func TestTalkToAPerson(t *testing.T) {
	t.Parallel()
	for _, locale := range locales.All {
		c := newConvo(t, locale)
		r := c.press(ChoiceHuman)
		require.Equal(t, c.tr("emergency_numbers", testHelplines.data()), r.Replies[0].Text, "the intro points to the numbers above")
		c.expectAsk(NodeHuman, "human_intro")
		require.Len(t, c.created(), 1)
		ref := c.created()[0].Reference
		c.say("mera agent phone nahi utha raha")
		c.say("please call me")
		relays := c.effectsOf(EffectRelay)
		require.Len(t, relays, 2)
		require.Equal(t, ref, relays[0].Report.Reference)
		require.Equal(t, []int64{2}, relays[0].Report.Evidence)
		require.Equal(t, c.tr("human_relayed", nil), c.lastText())
		c.say("menu")
		require.Equal(t, NodeMenu, c.state.Node)
	}
}

func TestDeleteMyData(t *testing.T) {
	t.Parallel()
	for _, locale := range locales.All {
		c := newConvo(t, locale)
		c.press(ChoiceErase)
		c.expectAsk(NodeErase, "erase_q")
		c.press(ChoiceNo)
		require.Equal(t, c.tr("erase_kept", nil), c.last.Replies[0].Text)
		require.Empty(t, c.effectsOf(EffectErase))

		c.say(map[string]string{locales.EN: "delete my data", locales.UR: "میرا ڈیٹا ختم کریں", locales.URLatn: "mera data delete karo"}[locale])
		c.expectAsk(NodeErase, "erase_q")
		c.say("hmm")
		c.expectAsk(NodeErase, "erase_retry")
		c.say(map[string]string{locales.EN: "yes", locales.UR: "ہاں", locales.URLatn: "ji haan"}[locale])
		require.Len(t, c.effectsOf(EffectErase), 1)
		require.Equal(t, c.tr("erase_done", nil), c.lastText())
		require.Equal(t, State{Locale: locale, LocaleChosen: true, LastAt: c.now}, c.state, "nothing of the conversation is kept")
	}
}

// An unfinished flow waits; a returning person may continue or start over.
func TestTimeoutAndResumption(t *testing.T) {
	t.Parallel()
	for _, locale := range locales.All {
		c := newConvo(t, locale)
		c.press(ChoiceReport)
		c.say("advert text")
		c.press(ChoiceDone)
		c.press("facebook")
		require.Equal(t, NodeReportRecruiter, c.state.Node)

		c.now = c.now.Add(2 * time.Hour)
		c.say("hello again")
		c.expectAsk(NodeResume, "resume_q")
		c.press(ChoiceContinue)
		c.expectAsk(NodeReportRecruiter, "report_recruiter_q")
		require.Equal(t, "facebook", c.state.Draft.Answers["seen"], "nothing gathered is lost")

		c.now = c.now.Add(2 * time.Hour)
		c.say("1")
		c.expectAsk(NodeResume, "resume_q")
		c.say("2") // start over
		c.expectAsk(NodeReportOffer, "report_intro")
		require.Empty(t, c.state.Draft.Answers)
	}
}

func TestTypedNumbersUrduDigitsAndNonsense(t *testing.T) {
	t.Parallel()
	c := newConvo(t, locales.UR)
	c.say("۶")
	require.Equal(t, NodeLanguage, c.state.Node)
	c.say("۲")
	require.Equal(t, locales.URLatn, c.state.Locale)
	for _, text := range []string{"9", "0", "asdfgh", "٧٧"} {
		r := c.say(text)
		require.Equal(t, c.tr("not_understood", nil), r.Replies[0].Text, text)
		require.Equal(t, menuValues(), values(last(r).Buttons))
	}
}

func TestMediaAtTheMenuStartsAReport(t *testing.T) {
	t.Parallel()
	c := newConvo(t, locales.EN)
	c.step(Input{Media: "image"})
	require.Equal(t, NodeReportOffer, c.state.Node)
	require.Equal(t, []int64{1}, c.state.Draft.Evidence)

	c = newConvo(t, locales.EN)
	r := c.step(Input{Media: "sticker"})
	require.Equal(t, c.tr("greeting", nil), r.Replies[0].Text, "a sticker is a hello, not an offer")
	require.Nil(t, c.state.Draft)
}

// A button's label typed out selects it, in the person's language.
func TestTypedLabelsSelectOptions(t *testing.T) {
	t.Parallel()
	for _, locale := range locales.All {
		c := newConvo(t, locale)
		c.press(ChoiceReport)
		c.say("advert")
		c.say(c.tr("btn_done", nil))
		require.Equal(t, NodeReportSeen, c.state.Node, locale)
		c.say(c.tr("seen_tiktok", nil))
		require.Equal(t, "tiktok", c.state.Draft.Answers["seen"], locale)
	}
}

func TestABareNumberAtTheMenuIsAQuestion(t *testing.T) {
	t.Parallel()
	for _, text := range []string{"0300-1234567", "www.gulf-jobs.online"} {
		c := newConvo(t, locales.EN)
		c.lookup = &Lookup{}
		c.say(text)
		if text == "0300-1234567" {
			// a number and nothing else: who they are is asked once
			c.expectAsk(NodeVerify, "verify_more_q")
			c.say("dont know")
		} else {
			// a site and nothing else: its number is asked once
			c.expectAsk(NodeVerify, "verify_number_q")
			c.say("no idea")
		}
		require.Len(t, c.created(), 1, text)
		require.Equal(t, KindVerify, c.created()[0].Kind, text)
	}
}

// A plea as the first message is answered in its own language; later, one
// stray word or one English answer does not switch the language; a run of
// English does; Urdu script does.
func TestLanguageOfPleasAndStability(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]string{"mujhe bachao": locales.URLatn, "بچاؤ": locales.UR, "madad chahiye": locales.URLatn, "help me": locales.EN} {
		c := newConvo(t, "")
		r := c.say(text)
		require.Equal(t, want, c.state.Locale, text)
		require.Equal(t, texts.T(want, "emergency_numbers", testHelplines.data()), r.Replies[0].Text, text)
	}
	c := newConvo(t, "")
	c.say("assalam o alaikum bhai, mujhe ek agent ki shikayat karni hai")
	require.Equal(t, locales.URLatn, c.state.Locale)
	c.say("hello?")
	require.Equal(t, locales.URLatn, c.state.Locale, "one English word does not switch")
	c.say("yes I have paid him")
	require.Equal(t, locales.URLatn, c.state.Locale, "nor does one English answer")
	c.say("I need to check an agent please, he is asking for money for a visa")
	c.say("I want to write in English now if that is ok with you")
	require.Equal(t, locales.EN, c.state.Locale, "English, message after message, does")
	c.say("السلام علیکم، مجھے مدد چاہیے")
	c.say("میرا ایجنٹ پیسے مانگ رہا ہے")
	require.Equal(t, locales.UR, c.state.Locale, "and so does Urdu script")
}

// A greeting in the middle of a flow is not taken for an answer.
func TestGreetingMidFlowIsNotAnAnswer(t *testing.T) {
	t.Parallel()
	c := newConvo(t, locales.EN)
	c.press(ChoiceReport)
	c.say("advert")
	c.press(ChoiceDone)
	c.press("facebook")
	c.expectAsk(NodeReportRecruiter, "report_recruiter_q")
	c.say("hi")
	c.expectAsk(NodeReportRecruiter, "report_recruiter_q")
	require.NotContains(t, c.state.Draft.Answers, "recruiter")
}

// Group chats get a pointer to a private chat and nothing else.
func TestGroupsGetAPointerOnly(t *testing.T) {
	t.Parallel()
	r := engine().Step(State{}, Input{Text: "mera passport agent ne rakh liya", Group: true}, t0)
	require.Len(t, r.Replies, 1)
	require.Equal(t, texts.T(locales.URLatn, "group_note", nil), r.Replies[0].Text)
	require.Empty(t, r.Effects)
	require.Equal(t, State{}, r.State)
}

// A social media page to check is asked once for the number behind it
// (a site of its own is checked as it is); a question about the service
// while it is asked is answered, not checked.
func TestVerifyAPageAsksForItsNumber(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, page, aside, number string }{
		{locales.EN, "is this page genuine? https://www.facebook.com/RoyalFalconOEP", "is this service free or do I have to pay something?", "their whatsapp is 0340-1187365"},
		{locales.URLatn, "ye page asli hai? https://www.facebook.com/SaudiVisaOfficialPK plz check kr k btao", "ye service free hai ya is ke paise lagte hain?", "whatsapp no. 0322-6640912 dia hai unho ne"},
		{locales.UR, "یہ فیس بک پیج اصلی ہے؟ https://facebook.com/OEC.Jobs.Korea.Official", "کیا یہ سروس مفت ہے یا اس کے پیسے لگتے ہیں؟", "واٹس ایپ نمبر 0307-6614082 دیا ہے"},
		{locales.EN, "is this page genuine? https://www.tiktok.com/@gulfjobs.pk", "how long will the check take?", "0300-1234567"},
	} {
		v := newConvo(t, c.locale)
		v.lookup = &Lookup{}
		v.say(c.page)
		v.expectAsk(NodeVerify, "verify_number_q")
		require.Empty(t, v.created(), c.page)
		v.say(c.aside)
		require.Equal(t, NodeVerify, v.state.Node, c.aside)
		require.Empty(t, v.created(), c.aside)
		v.say(c.number)
		require.Len(t, v.created(), 1, c.number)
		require.Equal(t, KindVerify, v.created()[0].Kind)
	}
	// a site of its own moves to a new address and keeps its "WhatsApp
	// helpline": its number is asked for once too, then it is checked
	site := newConvo(t, locales.EN)
	site.lookup = &Lookup{}
	site.say("is this genuine? https://www.gulf-jobs.online")
	site.expectAsk(NodeVerify, "verify_number_q")
	require.Empty(t, site.created())
	site.say("no number on it")
	require.Len(t, site.created(), 1, "a site is checked after its number is asked for")
}

// A place named in answer to "where?" carries no danger the model alone
// reads into it (a short answer in an unusual script or spelling); words
// of danger the rules find in it still count.
func TestPlaceAnswerOverModel(t *testing.T) {
	t.Parallel()
	modelOnShort := func(text string) Signals {
		s := fakeTriage(text)
		if !s.Danger && text != "" && len([]rune(text)) < 40 {
			s.Danger, s.DangerWhy = true, []string{"Model: reads as an emergency (35%)"}
		}
		return s
	}
	e := New(texts, Options{Helplines: testHelplines, TTL: time.Hour, Triage: modelOnShort})
	for locale, place := range map[string]string{
		locales.UR:     "قصور، رائیونڈ روڈ والا بھٹہ",
		locales.URLatn: "kasur, raiwind road wala bhatta",
		locales.EN:     "Sanghar sindh, near Shahdadpur",
	} {
		c := newConvo(t, locale)
		c.e = e
		c.press(ChoiceHelp)
		c.press("pakistan")
		c.expectAsk(NodeHelpPlace, "help_city_q")
		r := c.say(place)
		require.NotContains(t, joined(r), "1122", place)
		require.Empty(t, c.state.Draft.Danger, place)

		// the care asked for in answer to how to be reached
		c.press(ChoiceSkip)
		for c.state.Node != NodeHelpContact {
			c.press(ChoiceSkip)
		}
		r = c.say("msg only after 9pm")
		require.NotContains(t, joined(r), "1122")
		require.Len(t, c.created(), 1)
		require.Empty(t, c.created()[0].Danger, "urgent, not an emergency")

		c = newConvo(t, locale)
		c.e = e
		c.press(ChoiceHelp)
		c.press("pakistan")
		r = c.say(place + ", they locked us in")
		require.NotEmpty(t, c.state.Draft.Danger, "the rules' danger in a place answer counts")
		require.Contains(t, joined(r), "1122")
	}
}

// Step never changes the state it is given: a runner that steps the same
// state again (knowing the person's reports, say) gets the same step. Every
// conversation of the corpus is played, and each state is compared before
// and after its step.
func TestStepLeavesItsInputAlone(t *testing.T) {
	t.Parallel()
	e := engine()
	s := State{}
	inputs := []Input{
		{Text: "salam"}, {Choice: ChoiceReport}, {Text: "Dubai driver job, fee Rs 1,50,000, call 0300-1234567"},
		{Text: "aur ye bhi: Al Noor Overseas"}, {Choice: ChoiceDone}, {Text: "nahi, Qatar hai"}, {Text: "facebook"},
		{Text: "haan"}, {Text: "passport diya tha"}, {Text: "kitna time lagega?"}, {Text: "ji rabta kar lein"},
		{Text: "change"}, {Text: "country"}, {Text: "Oman"}, {Choice: ChoiceHelp}, {Text: "mera bhai Libya mein band hai"},
		{Text: "menu"}, {Choice: ChoiceStatus, ReportsLater: true},
	}
	for i, in := range inputs {
		in.MessageID, in.Reference = int64(i+1), "HSY-PURE01"
		before, err := json.Marshal(s)
		require.NoError(t, err)
		r := e.Step(s, in, t0)
		after, err := json.Marshal(s)
		require.NoError(t, err)
		require.JSONEq(t, string(before), string(after), "step %d (%+v) changed its input", i, in)
		again := e.Step(s, in, t0)
		require.Equal(t, r.State, again.State, "step %d is the same step again", i)
		s = r.State
	}
}
