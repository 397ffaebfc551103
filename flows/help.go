package flows

// The help flow: safety first (the emergency numbers come before any
// question when danger shows), then where the person is, what is
// happening, for whom, and how an officer may safely contact them, each
// asked only when the account has not already said it. An emergency
// creates the referral at once; otherwise it is created, urgent (routine
// for one who says they are safe and names no trouble), when the
// questions end. Every question can be skipped. Nothing here promises
// immunity: only confidentiality and help.

import "strings"

// helpOrder is the order of the help flow's questions.
var helpOrder = []string{NodeHelpWhere, NodeHelpPlace, NodeHelpWhat, NodeHelpWhom, NodeHelpContact, NodeHelpNumber}

// startHelp begins the help flow, keeping the current message as the
// person's first words. With danger already seen, the referral is created
// now, as an emergency.
func (st *step) startHelp() {
	prev := st.draft()
	d := st.begin(KindHelp)
	if prev != nil {
		d.Danger = prev.Danger
		d.Texts = prev.Texts
		d.Evidence = prev.Evidence
	}
	if st.text() != "" || st.in.Media != "" {
		st.keep()
		st.inferFrom(st.text(), false)
	}
	if sig := st.signals(); sig.Danger {
		for _, w := range sig.DangerWhy {
			if !contains(d.Danger, w) {
				d.Danger = append(d.Danger, w)
			}
		}
	}
	if len(d.Danger) > 0 {
		st.create()
	} else {
		st.say("help_intro", nil)
	}
	st.nextHelp()
}

// nextHelp asks the first question still open, or finishes.
func (st *step) nextHelp() {
	d := st.draft()
	st.adoptUnshown()
	if len(d.Inferred) > 0 {
		st.goTo(NodeHelpCheck)
		return
	}
	for _, node := range helpOrder {
		q := questions[node]
		switch {
		case node == NodeHelpWhat && !st.settled(slotWhatAsked) && st.storyNeeded():
			// "hum 30 log ek kamre me band hain" in Mauritania, "my son is
			// held in Iran": what is happening was read from the plea; the
			// officer needs the rest (who holds them, the route, what was
			// paid), so it is asked all the same.
			st.settle(slotWhatAsked)
			if st.settled(q.slot) {
				st.settle(slotWhatMore) // the situation stands; the rest is for the officer
			}
			st.goTo(node)
			return
		case node == NodeHelpPlace && !st.settled(slotCityAsked) && st.cityNeeded():
			// "i am in cambodia", "my son is in Libya": the country is read
			// and confirmed, the city or area is not; the mission needs it
			// (and the answer often tells the road: "Sihanoukville. I came
			// through Bangkok", C80-023). Asked once; a skip keeps the country.
			st.settle(slotCityAsked)
			st.goTo(node)
			return
		case st.settled(q.slot) || st.answered(q.slot):
		case node == NodeHelpNumber && d.Answers["contact"] != "number":
		default:
			if node == NodeHelpWhat {
				st.settle(slotWhatAsked)
			}
			st.goTo(node)
			return
		}
	}
	st.finishHelp()
}

// slotWhatAsked marks that "what is happening?" was asked; slotWhatMore
// that it was asked for more of an account whose situation was already
// read and confirmed.
const (
	slotWhatAsked = "what_asked"
	slotWhatMore  = "what_more"
)

// storyNeeded reports an account whose officer needs more than its
// situation: someone abroad (the mission needs how they got there, who
// holds them, what was paid: "my son is held in Iran" says none of it), or
// money taken (how much, how, to whom). Held at work in Pakistan, the
// police go to the place; the situation is enough.
func (st *step) storyNeeded() bool {
	a := st.draft().Answers
	if _, past := a["contact"]; past {
		return false // the questions have gone past it: not asked back
	}
	return a["where"] == "abroad" || a["situation"] == "money_taken"
}

// slotCityAsked marks the city asked for after a country was read.
const slotCityAsked = "city_asked"

// cityNeeded reports a person abroad whose place is known only as a
// country's name, read from what they wrote, before the questions went
// past it.
func (st *step) cityNeeded() bool {
	a := st.draft().Answers
	if _, past := a["contact"]; past || a["where"] != "abroad" || a["place"] == "" {
		return false
	}
	codes := st.e.opts.Triage(a["place"]).Countries
	if len(codes) == 0 || st.countryNames(codes) != a["place"] {
		return false
	}
	// "dubai", "riyadh mein hoon": a city was typed, though the place
	// reads as its country's name
	for _, w := range st.e.reader.Read(strings.Join(st.draft().Texts, "\n")).PlacesAbroad() {
		if !st.countryWord(w) {
			return false
		}
	}
	return true
}

// countryWord reports a place typed that is a country's own name, in
// English or in Urdu ("cambodia", "لیبیا"), not one of its cities.
func (st *step) countryWord(w string) bool {
	for _, c := range st.e.opts.Triage(w).Countries {
		if strings.EqualFold(w, st.e.opts.CountryName(c, "en")) || w == st.e.opts.CountryName(c, "ur") {
			return true
		}
	}
	return false
}

// finishHelp creates (or completes) the referral and says what happens next.
func (st *step) finishHelp() {
	d := st.draft()
	if d.Answers["contact"] == "discreet" {
		st.res.State.Discreet = true
	}
	ref := st.create()
	urgency := "urgency_urgent"
	switch {
	case len(d.Danger) > 0:
		urgency = "urgency_emergency"
	case st.spec().SettledPlea(st.e.opts.Triage(strings.Join(d.Texts, "\n")).Situations):
		urgency = "urgency_routine" // as the referral says (casework)
	}
	text := "help_done"
	if d.Answers["contact"] == "none" {
		text = "help_done_no_contact"
	}
	st.say(text, map[string]any{"Reference": ltr(ref), "Urgency": st.t(urgency, nil)})
	if st.res.State.Discreet {
		st.say("discreet_on", nil)
	}
	st.menu("menu_after")
	st.res.State.Pleaded = d
}

// afterPlea answers a message typed at the menu right after a plea was
// sent that only says how to be reached, more quietly than chosen ("sirf
// yahan msg krna, call mat krna, phone check krte hain", C491-021 opened
// a new report with it): the plea's way of contact changes to it, and the
// referral with it, when it is quieter than the one chosen (a call, then
// here, then here discreetly). Only "here" and "discreetly" are taken so:
// a "no" at "anything else?" is no wish not to be contacted, and a number
// to call is asked for in the plea itself. It reports whether it answered.
func (st *step) afterPlea() bool {
	p := st.res.State.Pleaded
	st.res.State.Pleaded = nil
	if p == nil || p.Reference == "" {
		return false
	}
	rd, sig := st.read(), st.signals()
	if rd.Intent() != "" || rd.Question() || sig.Danger || len(sig.Amounts)+len(sig.Phones)+len(sig.Countries)+len(sig.URLs) > 0 {
		return false
	}
	if _, named := rd.Option("contact"); !named {
		return false
	}
	r := st.readReply(questions[NodeHelpContact], "")
	quiet := map[string]int{"": 0, "number": 1, "here": 2, "discreet": 3}
	if was, ok := quiet[p.Answers["contact"]]; !r.ok || !ok || (r.value != "here" && r.value != "discreet") || quiet[r.value] <= was {
		return false // (only ever quieter: "none" stays none, "discreet" stays discreet)
	}
	p.Answers["contact"] = r.value
	delete(p.Answers, "contact_number") // no call, so no number to call
	if r.value == "discreet" {
		st.res.State.Discreet = true
	}
	st.res.State.Draft = p
	st.create() // the plea's referral, updated
	st.say("contact_changed", map[string]any{"Reference": ltr(p.Reference), "Value": st.t("contact_"+r.value, nil)})
	if r.value == "discreet" {
		st.say("discreet_on", nil)
	}
	st.menu("menu_prompt")
	return true
}

// cityAccountWords is how many words an answer to the city question may
// have, naming no place, before it is an account rather than a place.
const cityAccountWords = 8
