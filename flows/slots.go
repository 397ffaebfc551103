package flows

import (
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/hoshyar/hoshyar/lang"
)

// Slots: every message may say more than was asked. What triage and the
// reader find in it (the agent, numbers, country, money asked and paid,
// where the person is, what is happening, for whom) fills the answers
// still open, as inferred answers the person confirms in one line.

// inferOrder is the order in which inferred answers are shown.
var inferOrder = []string{"recruiter", "phones", "country", "money_asked", "paid", "paid_amount", "paid_how", "seen",
	"where", "place", "situation", "whom"}

// inferFrom reads text for answers still open. fromOffer is set for the
// offer itself (an advert may name the agency, numbers, country and fee).
func (st *step) inferFrom(text string, fromOffer bool) {
	d := st.draft()
	if d == nil || strings.TrimSpace(text) == "" {
		return
	}
	if d.Inferred == nil {
		d.Inferred = map[string]string{}
	}
	sig := st.e.opts.Triage(text)
	rd := st.e.reader.Read(text)
	set := func(key, value string) {
		if value != "" && !st.settled(key) && d.Answers[key] == "" && d.Rejected[key] != value {
			if _, ok := d.Inferred[key]; !ok {
				d.Inferred[key] = value
			}
		}
	}
	switch d.Kind {
	case KindReport:
		if phones := notOwn(rd, sig.Phones); len(phones) > 0 && !st.settled("phones") && d.Answers["phones"] == "" {
			d.Inferred["phones"] = strings.Join(mergePhones(d.Inferred["phones"], phones), ", ")
		}
		set("country", st.countryNames(sig.Countries))
		if a := offerAsked(rd, sig); a != nil {
			if t := totalAmount(rd, sig.Amounts, false); t != nil && d.Inferred["money_asked"] != "" && !st.settled("money_asked") && d.Answers["money_asked"] == "" {
				// "sent 25k on easypaisa …", then "85k total they said"
				// (C33-002): a total told later is the sum asked, not the
				// first sum read
				d.Inferred["money_asked"] = formatAmount(*t)
			} else {
				set("money_asked", formatAmount(*a))
			}
		}
		holder := rd.PaidTo()  // "account title Muhammad Arif", "gave it to Naveed": who took the money, beside the agent
		person := rd.NamedIn() // "naam Waqas hai"
		if holder != "" && (strings.Contains(person, holder) || strings.Contains(holder, person)) {
			person = "" // "name showed M. Irfan" names the holder, no agent
		}
		if person == "" && !st.isPlace(rd.TitledName()) {
			person = rd.TitledName() // "a guy named Bilal", "Agent Saleem wants…", "call Mr Khan"
		}
		if person == "" && !st.isPlace(rd.AgainstNamed()) {
			person = rd.AgainstNamed() // "ایک ایجنٹ ندیم بٹ کے خلاف شکایت کرنی ہے" (C225-003)
		}
		name := companyName(text)
		if name == "" {
			name, person = person, ""
		} else if person == "" || strings.Contains(person, name) {
			person = manFrom(text, name) // "Malik Tariq from Al-Madina Travels"
			if person == "" {
				person = rd.ManBeside(name) // "Zeeshan Travels Faisalabad, owner Zeeshan Ali"
			}
			for _, n := range rd.NamedAll() {
				if person != "" {
					break
				}
				if !strings.Contains(n, name) && !strings.Contains(name, n) {
					person = n // "X Services naam ki company h, Bilal naam ka banda …" (C53-027)
				}
			}
		}
		if person == "" && name != "" {
			// "چوہدری اکرم نام ہے … اس کا ایک بندہ ماجد ہے جو گاؤں میں
			// لڑکوں کو گھیرتا ہے" (C275-013): his man, named beside him
			// (in Urdu script: in Latin adverts the words beside a name are
			// its posts, "Packer / Forklift", C185-001)
			// (in Roman Urdu too, told as his man: "libya me uska banda
			// Bilal sambhalta h", C558-009; not the writer's "cousin Saad",
			// C227-033, nor an English advert's "Customer Support
			// Executive", a post, C70-018)
			if p := rd.PersonBeside(name); p != "" && (lang.HasUrduScript(p) || lang.Detect(text).Lang == "ur-Latn" && rd.HisMan(p)) && !sameName(p, name) && !st.isPlace(p) {
				person = p
			}
		}
		if person != "" && !strings.Contains(name, person) {
			// "A man called Tariq Mehmood from 'Euro Gate Consultants'": the
			// firm is the recruiter, the man kept beside it
			st.keepAlso(person)
		}
		if first := d.Inferred["recruiter"]; first != "" && name != "" && !strings.EqualFold(first, name) {
			// "agent Sohail Butt took 17.5 lac", then "agency name Danube
			// Travel n Tours": the recruiter is the name given first, the
			// others kept beside it (as a recruiter answer keeps them),
			// as marked ("agency name X") where marked
			if n := rd.NamedIn(); n != "" {
				name = n
			}
			st.keepAlso(name)
		} else {
			set("recruiter", name)
		}
		if holder != "" && !st.isRecruiter(holder) {
			st.keepHolder(holder) // after the man the account names beside the firm: he comes first
		}
		if v := rd.SeenOn(); v != "" {
			set("seen", v)
		}
		switch rd.PaidDone() {
		case lang.PolarYes:
			set("paid", ChoiceYes)
			if a := paidAmount(rd, sig); a != nil {
				set("paid_amount", formatAmount(*a))
			}
			set("paid_how", paymentOf(sig.Payments))
		case lang.PolarNo, lang.PolarNotYet:
			if rd.NamesMoney() || rd.NamesPaying() || len(sig.Amounts) > 0 {
				// (not "Asghar doesn't give his own" of a number, C446-012)
				set("paid", ChoiceNo)
			}
		}
	case KindHelp:
		names := st.countryNames(st.located(rd, sig))
		switch {
		case rd.DeportedBack() && rd.PakistanPlace() != "":
			// "Iran se deport ho k aya hun, abhi Taftan se Quetta pohncha
			// hun" (C446-022): back, in a town at home, whatever triage
			// reads of the countries passed
			set("where", "pakistan")
		case sig.Abroad:
			// Triage reads presence ("Dubai mein hoon", "beti ko Oman bhej
			// diya"); a country named as the job's ("a job in Romania") is not
			// where the person is.
			set("where", "abroad")
			if len(sig.Located) > 0 || !rd.LeftFrom() {
				// "kashti me hai, libya se nikle the": on the way, not
				// there; where they are is asked
				set("place", names)
			}
		default:
			if v, ok := rd.Option("where", "abroad", "pakistan"); ok && v == "pakistan" && len(sig.Countries) == 0 {
				set("where", "pakistan")
			}
			if here := rd.PlaceHere(); here != "" && len(sig.Countries) == 0 {
				// "I am in Lahore", "میں لاہور میں ہوں": the city is told,
				// not asked again
				set("where", "pakistan")
				set("place", here)
			}
		}
		set("situation", situationOf(sig.Situations))
		if heldOnTheWay(sig.Situations) && !st.settled("situation") &&
			d.Answers["situation"] == "" && d.Inferred["situation"] == "" {
			// "2 hafte se koi rabta nai", "we have not heard from him for 12
			// days": what is happening is told (no option names it: "other",
			// the words go to the officer); it is not asked again
			st.setAnswer("situation", "other")
			st.settle("situation")
		}
		if name := companyName(text); name != "" && d.Answers["recruiter"] == "" {
			// "agent was Shaheen Enterprises Lahore": no question of the
			// plea asks for the agent, so the firm named is kept as the
			// report flow keeps it, for the officer and for linking
			// reports (a name alone may be the person's own, or a son's:
			// it stays in their words only)
			st.setAnswer("recruiter", name)
		}
		if v, ok := rd.WhomTold(); ok {
			set("whom", v)
		}
		if rd.PaidDone() == lang.PolarYes {
			set("paid", ChoiceYes)
			if a := paidAmount(rd, sig); a != nil {
				set("paid_amount", formatAmount(*a))
			}
			set("paid_how", paymentOf(sig.Payments))
			if !sig.Abroad && d.Answers["where"] != "abroad" && d.Inferred["where"] != "abroad" {
				// Abroad, the money paid is how they got there; what is
				// happening now is asked (also when abroad was said before:
				// "agent ne 24 lakh liye the" of a boat taking water, told
				// after "where are they?", C184-009).
				set("situation", "money_taken")
			}
		} else if p := rd.PaidDone(); (p == lang.PolarNo || p == lang.PolarNotYet) && len(sig.Amounts) > 0 {
			// "دس لاکھ مانگ رہے ہیں، ہم نے ابھی کچھ نہیں دیا" (C19-018): a sum
			// demanded and nothing paid yet
			set("paid", ChoiceNo)
		}
	}
}

// isPlace reports a name that is a country or a town ("Agent Dubai
// wala"): no agent's name.
func (st *step) isPlace(name string) bool {
	return name != "" && len(st.e.opts.Triage(name).Countries) > 0 || st.e.reader.Read(name).PakistanPlace() != ""
}

// offerAsked is the sum an account says was asked: triage's fee, but a
// total named beside it ("kul 3 lakh"), or the larger sum when the fee is
// what was paid of it ("3 lakh 20 hazar me, 1 lakh advance le liya").
func offerAsked(rd *lang.Reading, sig Signals) *Amount {
	if t := totalAmount(rd, sig.Amounts, false); t != nil {
		return t
	}
	fee := sig.Fee
	if fee == nil || rd.PaidDone() != lang.PolarYes {
		return fee
	}
	paid := paidAmount(rd, sig)
	if paid == nil || paid.Value != fee.Value || paid.Currency != fee.Currency {
		return fee
	}
	var best *Amount
	for i := range sig.Amounts {
		a := &sig.Amounts[i]
		if a.Currency == fee.Currency && a.Value > fee.Value && (best == nil || a.Value > best.Value) {
			best = a
		}
	}
	if best != nil {
		return best
	}
	return fee
}

// notOwn drops the numbers the text says are the writer's own ("Mera
// number 0300-1188452 hai agar zaroorat ho, uska number 0346-7723019"):
// they are no agent's.
func notOwn(rd *lang.Reading, phones []string) []string {
	_, others := rd.SplitOwn(phones)
	return others
}

func mergePhones(have string, more []string) []string {
	var out []string
	if have != "" {
		out = strings.Split(have, ", ")
	}
	for _, p := range more {
		if !contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// inferredLines shows the inferred answers, one a line.
func (st *step) inferredLines() string {
	d := st.draft()
	merged := map[string]string{}
	for k, v := range d.Answers {
		merged[k] = v
	}
	for k, v := range d.Inferred {
		merged[k] = v
	}
	var lines []string
	shownPaid := false
	for _, k := range inferOrder {
		if _, ok := d.Inferred[k]; !ok {
			continue
		}
		if k == "paid_amount" || k == "paid_how" {
			// shown on the paid line; with no paid line of its own inferred,
			// on the paid line still, or the check would show nothing
			if _, paid := d.Inferred["paid"]; paid || shownPaid {
				continue
			}
			k = "paid"
		}
		shownPaid = shownPaid || k == "paid"
		lines = append(lines, st.t(inferLabel(k), map[string]any{"Value": st.shownIn(merged, k)}))
	}
	return strings.Join(lines, "\n")
}

// inferLabel is the label an answer is shown with.
func inferLabel(key string) string {
	for _, f := range summaryFields {
		if f.key == key {
			return f.label
		}
	}
	return "summary_" + key
}

func questionOf(slot string) *question {
	for _, q := range questions {
		if q.slot == slot && q.expect != expectPhone {
			return q
		}
	}
	return nil
}

// checkInferred takes the answer to "is this right?" about what was read:
// yes takes it all; a correction ("nahi, Qatar hai") replaces what it
// names and takes the rest; a plain no drops it all, to be asked one by one.
// restates reports an answer to "is this right?" that says again what was
// read, and nothing else: "kuch nahi diya" to "Paid: No".
func (st *step) restates(rd *lang.Reading) bool {
	d := st.draft()
	paid, ok := d.Inferred["paid"]
	if !ok || rd.Field() != "" {
		return false
	}
	sig := st.signals()
	if len(sig.Phones) > 0 || len(sig.Countries) > 0 || sig.Fee != nil {
		return false
	}
	switch rd.PaidDone() {
	case lang.PolarNo, lang.PolarNotYet:
		return paid == ChoiceNo
	case lang.PolarYes:
		return paid == ChoiceYes && len(sig.Amounts) == 0
	}
	return false
}

func (st *step) checkInferred(q *question, choice string) {
	d := st.draft()
	rd := st.read()
	yn := rd.YesNo()
	if choice == "" {
		st.kinTold(rd)
	}
	paid := choice == "" && st.addsPaid(rd)
	switch {
	case choice == "" && d.Kind == KindHelp && rd.ReportAsked() && rd.Intent() == KindReport && !rd.Question() &&
		(d.Inferred["whom"] == "other" || !st.e.opts.Triage(strings.Join(d.Texts, "\n")).Danger):
		// "us agent ki report krni h" asked to confirm what was read of a
		// cousin held to scam abroad (C194-009): the agent's report is
		// what they came for; what they told goes with it. In danger, too,
		// when the one in it is another ("main us aurat ki report karna
		// chahti hun", a neighbour of a girl held, C255-035): the numbers
		// to call were shown first, and the report carries the emergency.
		r := st.begin(KindReport)
		r.Texts = append([]string(nil), d.Texts...)
		r.Evidence = append([]int64(nil), d.Evidence...)
		st.inferFrom(strings.Join(r.Texts, "\n"), true)
		st.nextReport()
		return
	case choice == "" && !paid && st.asksAtCheck(rd):
		// "kya ye baat raaz rahegi?", "will the agent find out I
		// complained?": a question of their own, no answer to this one
		// ("agent" names no field corrected). It is answered, and what
		// was read is shown again, all of it kept.
		st.aside(rd.Aside())
		st.askQuestion(q, true)
		return
	case choice == "" && !paid && q.node == NodeHelpCheck && st.tellsMore(rd):
		// "dost ke phone se likh raha hn, donkey wale ne hamare phone le
		// liye", "مدام نے میرا پاسپورٹ رکھ لیا ہے اور …": more of the
		// account, not a word on what was read. It is kept and read, and
		// the check asked again with what it added. (Money paid told so
		// is kept by addsPaid, and what was read stands.)
		st.keep()
		st.inferFrom(st.text(), false)
		st.askQuestion(q, true)
		return
	case choice == "" && d.Kind == KindHelp && st.answersContact(rd):
		// "is number pe msg kren sirf, call mat krna": how to be reached,
		// not a word on what was read, which stands; its "mat" is no "no".
		// Its words go with the account: "cant talk much they check phone"
		// (C291-019) tells of one watched, which triage reads.
		st.keep()
	case choice == "" && st.retractsPlace(rd):
		// "ملک سعودی عرب نہیں کویت ہے", "sorry not saudi, it is kuwait":
		// the country taken back is replaced, whatever yes or no the
		// words also hold; the rest read stands.
	case choice == ChoiceYes || choice == "" && (yn == lang.PolarYes || rd.Confirm() || st.restates(rd)):
		if choice == "" {
			st.keepsPaid(rd) // "yes I paid him 2.5 lakh": the sum told is kept
			if d.Kind == KindHelp {
				st.addsToAccount(rd)
			}
		}
		st.adoptInferred("")
		if a := rd.Aside(); rd.Question() && questionAside(a) {
			st.aside(a) // "haan, lekin kya ye raaz rahega?": the yes, and the question answered
		}
	case choice == "" && yn == lang.PolarNone && st.keepsPaid(rd):
		// "نقد دیے تھے", "cash diye the" at "Paid: Yes, Rs 3,50,000, right?":
		// the payment told again, with how; what was read stands.
		st.adoptInferred("")
	case choice == "" && yn == lang.PolarNone && st.namesPlace(rd):
		// "riyadh" to "Place: Saudi Arabia", or "Qatar" to "Country: Oman":
		// the same country agrees, another corrects it.
	case choice == "" && yn == lang.PolarNone && st.answersOther(rd):
		// "facebook pe dekha tha": no word on what was read, which stands,
		// and the answer to a question not asked yet, which is kept.
	case paid && yn == lang.PolarNone:
		// "تین لاکھ پہلے ہی ایزی پیسہ پر بھیج چکے ہیں": nothing said
		// against what was read, which stands, and money paid told, which
		// is kept (addsPaid).
		st.adoptInferred("")
	case choice == "" && rd.Lead() == lang.PolarNo && rd.Field() != "" && d.Inferred[rd.Field()] == "" && !st.paidAgainstNo(rd) && st.answersOther(rd):
		// "ni koi naam ni bataya" while a number read is shown: the no
		// answers the question it names (the agent's name), not what was
		// read, which stands.
	case choice == ChoiceNo || choice == "" && (yn == lang.PolarNo || yn == lang.PolarNotYet || rd.Field() != ""):
		sig := st.signals()
		corrected := false
		if key := st.placeKey(); key != "" {
			cs := st.kept(rd, sig.Countries, countriesOf)
			if key == "place" {
				cs = st.located(rd, sig) // "sorry he is in Qatar not Saudi"
			}
			if names := st.countryNames(cs); names != "" {
				st.setAnswer(key, names)
				st.settle(key)
				corrected = true
			}
		}
		if v, ok := rd.WhomTold(); ok && d.Inferred["whom"] != "" {
			// "nai yar apni baat kr rha hn, me khud dammam me hn": whom it
			// is about, corrected ("bhai" was a form of address). "nahi wo
			// mera bhai hai" to "About: someone else" (a son was read):
			// the kin corrected, shown the same; the words go to the
			// officer, and the rest read stands.
			if v != d.Inferred["whom"] {
				st.setAnswer("whom", v)
				st.settle("whom")
			} else {
				st.note()
			}
			corrected = true
		}
		if len(sig.Phones) > 0 && d.Inferred["phones"] != "" {
			st.setAnswer("phones", strings.Join(sig.Phones, ", "))
			st.settle("phones")
			corrected = true
		}
		if sig.Fee != nil && d.Inferred["money_asked"] != "" && !st.paidSum(rd, *sig.Fee) {
			st.setAnswer("money_asked", formatAmount(*sig.Fee))
			st.settle("money_asked")
			corrected = true
		}
		if choice == "" && st.keepsPaid(rd) {
			corrected = true // "no. i paid 80000 rupees", "no I did not pay anything"
		} else if choice == "" && st.paidAgainstNo(rd) {
			// "nahi, maine paise de diye hain": paid, the sum still to ask;
			// nothing said against the rest read
			st.note()
			st.setAnswer("paid", ChoiceYes)
			st.settle("paid")
			corrected = true
		}
		switch field := rd.Field(); {
		case corrected:
			st.adoptInferred("")
		case field != "" && d.Inferred[field] != "":
			st.reject(field)
			st.adoptInferred(field)
		case choice == "" && q.node == NodeHelpCheck && situationOf(sig.Situations) != "" && d.Inferred["situation"] == "":
			// "tankhwa nahi mili", "تنخواہ نہیں دی", "salary not paid for 3
			// months": its no is the situation's, told where what was read
			// is shown, which it does not touch. It is kept and read, and
			// the check asked again with it.
			st.keep()
			st.inferFrom(st.text(), false)
			st.askQuestion(q, true)
			return
		default:
			if q.node == NodeHelpCheck {
				// A plain no to a plea's reading: where the person is, what
				// is happening and whom it is about are asked again; what
				// was paid to the agent, which no question of a plea asks,
				// stays as told in their words (C26-031, C27-007).
				for _, k := range []string{"paid", "paid_amount", "paid_how"} {
					if v := d.Inferred[k]; v != "" {
						st.setAnswer(k, v)
						delete(d.Inferred, k)
					}
				}
			}
			for k := range d.Inferred {
				st.reject(k)
			}
			d.Inferred = nil
			st.settle("phones_confirm") // the numbers were not right: ask for them
		}
	case choice != "":
		st.askQuestion(q, true)
		return
	default:
		if a := rd.Aside(); a != "" {
			st.aside(a)
			st.askQuestion(q, true)
			return
		}
		d.Misses++
		if d.Misses < 2 {
			st.askQuestion(q, true)
			return
		}
		// Twice neither yes nor no: nothing was said against what was
		// read from their own words, so it stands.
		st.adoptInferred("")
		st.say("moving_on", nil)
	}
	d.Misses = 0
	st.advance()
}

// kinTold corrects whom a plea was read to be about, when more of the
// account, told at the check, opens with someone of the writer's own
// ("میرا بیٹا … ایجنٹ کو آٹھ لاکھ دے چکے ہیں" after "خدا کے لیے میری
// مدد کریں" was read as about the writer, C25-019): it is about them.
func (st *step) kinTold(rd *lang.Reading) {
	if d := st.draft(); d.Inferred["whom"] == "self" && rd.OpensWithKin() {
		d.Inferred["whom"] = "other"
	}
}

// keepsPaid keeps what an answer to "is this right?" says of money paid,
// with its yes or no or without one ("yes I paid him 2.5 lakh", "no. i
// paid 80000 rupees, 3000 dirham was the salary", "nahi, 5 lakh de chuka
// hun", "نقد دیے تھے", "no I did not pay anything"), as the answers on
// paying, which are not asked again; it reports whether it kept any. A
// payment told with no sum and no way of paying, where the reading says
// paid already, adds nothing ("yes I paid").
func (st *step) keepsPaid(rd *lang.Reading) bool {
	d := st.draft()
	sig := st.signals()
	switch rd.PaidDone() {
	case lang.PolarYes:
		a, how := paidAmount(rd, sig), paymentOf(sig.Payments)
		if a == nil && how == "" && d.Inferred["paid"] != ChoiceNo && d.Answers["paid"] != ChoiceNo {
			return false
		}
		st.note()
		st.setAnswer("paid", ChoiceYes)
		st.settle("paid")
		if a != nil {
			st.setAnswer("paid_amount", formatAmount(*a))
			st.settle("paid_amount")
		}
		if how != "" {
			st.setAnswer("paid_how", how)
			if a != nil || d.Answers["paid_amount"] != "" || d.Inferred["paid_amount"] != "" {
				st.settle("paid_how") // "cash diye" with no sum: the sum is still asked
			}
		}
		return true
	case lang.PolarNo, lang.PolarNotYet:
		if d.Inferred["paid"] == "" {
			return false // nothing read of paying: asked in its turn
		}
		st.note()
		st.setAnswer("paid", ChoiceNo)
		st.settle("paid")
		return true
	}
	return false
}

// asksAtCheck reports an answer to "is this right?" that is a question of
// the person's own and nothing else: no yes or no opens it, and it names
// no country, number, sum or payment that could correct what was read
// ("Qatar?" doubts the country: not an aside).
func (st *step) asksAtCheck(rd *lang.Reading) bool {
	if !rd.Question() || rd.Lead() != lang.PolarNone || !questionAside(rd.Aside()) || rd.PaidDone() != lang.PolarNone {
		return false
	}
	sig := st.signals()
	return len(sig.Countries) == 0 && len(sig.Phones) == 0 && len(sig.Amounts) == 0 && sig.Fee == nil
}

// questionAside reports an aside that asks something to be answered.
func questionAside(a string) bool {
	return a != "" && a != "thanks" && a != "greeting" && a != "unclear"
}

// paidAgainstNo reports an answer to "is this right?" whose no opens a
// payment told where nothing of paying was read ("نہیں، میں نے ۵۰ ہزار دے
// دیے ہیں", "nahi, 50k bhej chuka hun", "no, I already paid them"): the no
// is against the offer only asked for, not the paid question's answer,
// and not against the rest read.
func (st *step) paidAgainstNo(rd *lang.Reading) bool {
	d := st.draft()
	return rd.PaidDone() == lang.PolarYes && !rd.Asked() && d.Inferred["paid"] == "" && d.Answers["paid"] == ""
}

// paidSum reports that a is the sum the answer says was paid ("nahi, 5
// lakh de chuka hun"): no sum asked.
func (st *step) paidSum(rd *lang.Reading, a Amount) bool {
	if rd.PaidDone() != lang.PolarYes || rd.Asked() {
		return false
	}
	p := paidAmount(rd, st.signals())
	return p != nil && p.Value == a.Value && p.Currency == a.Currency
}

// addsToAccount keeps what a yes to a plea's "is this right?" adds ("yes,
// and he has my passport also", "جی لیکن وہ مارتی بھی ہے"): its words go
// with the account to the officer, and a worse situation told takes the
// place of the one read when the yes leads (the situation is the worst
// one told; the others stay in the words). A message that goes on with
// the account ("wo kehte hain qarza utaro warna…") corrects nothing.
func (st *step) addsToAccount(rd *lang.Reading) {
	if rd.AnswerShare() >= 0.99 {
		return // "yes", "ji bilkul": nothing added
	}
	d := st.draft()
	st.note()
	told := situationOf(st.signals().Situations)
	if read, ok := d.Inferred["situation"]; ok && told != "" && rd.OpensWithYes() && worseSituation(told, read) {
		d.Inferred["situation"] = told
	}
}

// worseSituation reports whether situation a ranks before b in the order
// "what is happening?" prefers when several are told.
func worseSituation(a, b string) bool {
	rank := func(v string) int {
		for i, p := range questions[NodeHelpWhat].prefer {
			if slices.Contains(strings.Split(p, "|"), v) {
				return i
			}
		}
		return len(questions[NodeHelpWhat].prefer)
	}
	return rank(a) < rank(b)
}

// tellsMore reports an answer to "is this right?" that goes on with the
// account instead: a sentence or more, or a situation told in fewer
// words, with no yes or no opening it, no
// question, and no field named of those read (which would correct one).
// A yes or no inside it ("likh raha hn", "تنخواہ نہیں دی") answers nothing.
func (st *step) tellsMore(rd *lang.Reading) bool {
	if rd.Lead() != lang.PolarNone || rd.Question() || rd.Aside() != "" {
		return false
	}
	if rd.Words() < 7 && situationOf(st.signals().Situations) == "" {
		// "پاسپورٹ لے لیا", "tankhwa nahi mili", "they took his
		// passport": short, but what is happening told (its "nahi" is
		// the situation's, no answer)
		return false
	}
	if f := rd.Field(); f != "" && st.draft().Inferred[f] != "" {
		return false
	}
	if read := st.draft().Inferred["place"]; read != "" && (rd.YesNo() == lang.PolarNo || rd.CorrectedAt() >= 0) {
		if here := st.countryNames(st.located(rd, st.signals())); here != "" && here != read {
			return false // "معاف کیجیے، وہ قطر میں ہیں، سعودی عرب میں نہیں": the place corrected
		}
	}
	return rd.YesNo() == lang.PolarNone || rd.Words() >= 10
}

// placeKey is the inferred answer that holds a country: a report's
// country or an account's place, or "".
func (st *step) placeKey() string {
	for _, k := range []string{"country", "place"} {
		if st.draft().Inferred[k] != "" {
			return k
		}
	}
	return ""
}

// retractsPlace reports whether an answer to "is this right?" takes back
// a country for another ("Saudi nahi, Kuwait hai", "not saudi, kuwait",
// "قطر نہیں عمان"; lang.Reading.Retracted), and if so puts the country
// said instead in place of the one read and takes the rest.
func (st *step) retractsPlace(rd *lang.Reading) bool {
	key := st.placeKey()
	named := st.signals().Countries
	if key == "" || len(named) < 2 {
		return false
	}
	kept := st.kept(rd, named, countriesOf)
	if len(kept) == len(named) {
		return false
	}
	st.setAnswer(key, st.countryNames(kept))
	st.settle(key)
	st.adoptInferred("")
	return true
}

func countriesOf(s Signals) []string { return s.Countries }

// namesPlace reports whether an answer to "is this right?" is only a place
// ("riyadh", "Qatar me"), and if so takes it: a place in the country read
// agrees with it, another country replaces it, and the rest is taken.
func (st *step) namesPlace(rd *lang.Reading) bool {
	key := st.placeKey()
	sig := st.signals()
	if key == "" || len(sig.Countries) == 0 || len(sig.Phones) > 0 || sig.Fee != nil || len(sig.Amounts) > 0 ||
		rd.Words() > 4 || rd.Field() != "" && rd.Field() != "country" {
		return false
	}
	cs := sig.Countries
	if key == "place" {
		cs = st.located(rd, sig)
	}
	if names := st.countryNames(cs); names != st.draft().Inferred[key] {
		st.setAnswer(key, names)
		st.settle(key)
	}
	st.adoptInferred("")
	return true
}

// answersOther reports whether an answer to "is this right?" names a
// question whose answer was not read ("facebook pe dekha tha" names where
// the offer was seen) and answers it; if so, what was read is taken and so
// is the answer.
func (st *step) answersOther(rd *lang.Reading) bool {
	field := rd.Field()
	if field == "" && st.draft().Kind == KindReport {
		// "0321 8889990", "he is called Rana Sb": a number or a name given
		// while what was read is shown.
		switch {
		case len(st.signals().Phones) > 0:
			field = "phones"
		case rd.NamedIn() != "":
			field = "recruiter"
		}
	}
	q, r := st.openAnswer(field, nil)
	if q == nil {
		return false
	}
	st.adoptInferred("")
	st.accept(q, r)
	return true
}

// answersContact reports whether an answer to a plea's "is this right?"
// says how to be reached, the contact question not answered yet, and if so
// keeps it there and takes what was read.
func (st *step) answersContact(rd *lang.Reading) bool {
	if rd.Field() == "situation" || rd.Field() == "place" {
		return false
	}
	q, r := st.contactNamed(nil)
	if q == nil {
		return false
	}
	st.adoptInferred("")
	st.accept(q, r)
	return true
}

// contactNamed reads how to be reached, named in words where another
// question of a plea is asked, as the contact question's answer (see
// openAnswer); nil when no way is named (a "no" reads as "do not contact
// me" too: not here).
func (st *step) contactNamed(at *question) (*question, reply) {
	if v, ok := st.read().Option("contact"); !ok || v == "none" {
		return nil, reply{}
	}
	return st.openAnswer("contact", at)
}

// openAnswer reads the message as the answer to field's question when that
// question is not the one asked (at), was not read from the account nor
// answered, and is one of this flow's ("donkey wale ne hamare phone le
// liye" in a plea names no agent's numbers); nil when it does not answer it.
func (st *step) openAnswer(field string, at *question) (*question, reply) {
	d := st.draft()
	q := questionOf(field)
	if field == "" || q == nil || q == at || at != nil && field == at.slot || d.Inferred[field] != "" {
		return nil, reply{}
	}
	if help := strings.HasPrefix(q.node, "help_"); help != (d.Kind == KindHelp) {
		return nil, reply{}
	}
	if _, given := d.Answers[field]; given {
		return nil, reply{}
	}
	r := st.readReply(q, "")
	if !r.ok && !r.skip {
		return nil, reply{}
	}
	return q, r
}

// answersElsewhere reports whether an answer that does not answer q
// answers a report's question not answered yet, or skipped (a number typed
// where the offer was seen, "facebook pe dekha tha" to the agent's name),
// and if so keeps it there.
func (st *step) answersElsewhere(q *question) bool {
	d := st.draft()
	if d != nil && d.Kind == KindHelp && q.set != "contact" {
		// "میرے موبائل پر کال کریں لیکن شام کے بعد" asked whom it is
		// about: how to be reached, kept for that question
		if oq, r := st.contactNamed(q); oq != nil && r.ok {
			st.accept(oq, r)
			return true
		}
		return st.tellsWhom(q)
	}
	if d == nil || d.Kind != KindReport {
		return false
	}
	rd := st.read()
	if st.correctsSum(rd) {
		return true
	}
	field := rd.Field()
	if field == "" && moneyTalk(rd) {
		field = "money_asked" // "95000 mang rahe the" asked the agent's name
		if rd.PaidDone() == lang.PolarYes {
			field = "paid"
		}
	}
	if sig := st.signals(); (field == "" || field == "recruiter") && len(sig.Payments) > 0 && len(sig.Phones) == 0 && q.slot != "paid_how" && q.slot != "paid" {
		// "Bank transfer from my HBL account to an account in Faisalabad,
		// the title was M. Naveed" typed at the documents question
		// (C125-013): how one paid, not the agent's name; told again,
		// kept with the account
		if st.draft().Answers["paid_how"] != "" {
			st.note() // (the caller says so and asks again: C231-013 had both twice)
			return true
		}
		field = "paid"
		if st.draft().Answers["paid"] == ChoiceYes {
			field = "paid_how"
		}
	}
	if field == "" {
		switch sig := st.signals(); {
		case len(sig.Phones) > 0:
			field = "phones"
		case len(sig.Countries) > 0 && (rd.Words() <= 4 || st.correctsCountry(q, rd)):
			field = "country"
		}
	}
	oq, r := st.openAnswer(field, q)
	if oq != nil && oq.slot == "money_asked" && r.value == ChoiceYes {
		// "Kashif Nadeem Sargodha wala, paise wo leta h" asked the agent's
		// name (C464-020 stored "asked, sum unknown" and never asked the
		// sum): money named by the way is no answer to how much; the
		// question is still asked
		oq = nil
	}
	if oq == nil || !r.ok {
		return st.correctsAnswer(field, q)
	}
	st.accept(oq, r)
	return true
}

// tellsWhom reports whether an answer to another question of a plea says
// whom it is about ("my brother", "میری بہن", asked where they are), the
// whom question not answered yet, and if so keeps it there.
func (st *step) tellsWhom(q *question) bool {
	d := st.draft()
	v, ok := st.read().WhomTold()
	if !ok || q.set == "whom" || st.settled("whom") || d.Answers["whom"] != "" || d.Inferred["whom"] != "" {
		return false
	}
	st.note()
	st.setAnswer("whom", v)
	st.settle("whom")
	return true
}

// correctsAnswer reports whether a message says an answer given earlier
// was wrong and gives the right one ("ملک غلط ہے، قطر تھا", "country is
// wrong, it was qatar", typed at another question), and if so replaces
// it. Only answers that are facts of a kind read again safely: a country,
// numbers, a sum asked, a name.
func (st *step) correctsAnswer(field string, at *question) bool {
	switch field {
	case "country", "phones", "money_asked", "recruiter":
	default:
		return false
	}
	oq := questionOf(field)
	if oq == nil || oq == at || field == at.slot {
		return false
	}
	if _, given := st.draft().Answers[field]; !given {
		return false
	}
	if rd := st.read(); rd.YesNo() != lang.PolarNo && rd.CorrectedAt() < 0 && !(rd.Words() <= 5 && rd.Field() == field && rd.YesNo() == lang.PolarNone) &&
		!st.largerTotal(field, rd) {
		// naming the field is not yet saying its answer was wrong, in a
		// sentence; a few words that name it and give it ("country is
		// Kuwait", "ملک صرف کویت ہے") are the form the check suggests
		return false
	}
	r := st.readReply(oq, "")
	if !r.ok || r.value == "" || r.value == st.draft().Answers[field] {
		return false
	}
	st.accept(oq, r)
	return true
}

// largerTotal reports a total asked, told at another question, larger
// than the sum asked stored ("6,50,000 total all inclusive, they said"
// after "the government fee alone is 2 lakh", C447-010): the whole sum
// asked, which the part stored was not.
func (st *step) largerTotal(field string, rd *lang.Reading) bool {
	if field != "money_asked" || !rd.Asked() {
		return false
	}
	t := totalAmount(rd, st.signals().Amounts, false)
	return t != nil && lessThan(st.draft().Answers["money_asked"], formatAmount(*t))
}

// correctsSum takes a correction of a sum already answered, typed at a
// later question ("nahi 4 nai 5 lac diye the" asked for the documents):
// a sum taken back by a "no" that is the sum paid (or asked) now is
// replaced by the one said for it. It reports whether it did.
func (st *step) correctsSum(rd *lang.Reading) bool {
	answers := st.draft().Answers
	done := false
	for from, to := range denials(rd, st.signals().Amounts) {
		for _, key := range []string{"paid_amount", "money_asked"} {
			if answers[key] != "" && answers[key] == formatAmount(from) {
				st.setAnswer(key, formatAmount(to))
				st.settle(key)
				done = true
				break
			}
		}
	}
	if done {
		st.note()
	}
	return done
}

// addsPaid keeps money the person says was paid, told while a plea's
// reading is shown ("we already sent 3 lakh by easypaisa", C15-019), and
// reports whether there was any: the help flow asks no question about it,
// so it would be lost.
func (st *step) addsPaid(rd *lang.Reading) bool {
	d := st.draft()
	if d.Kind != KindHelp || rd.PaidDone() != lang.PolarYes || d.Answers["paid"] != "" || d.Inferred["paid"] != "" {
		return false
	}
	sig := st.signals()
	st.note()
	st.setAnswer("paid", ChoiceYes)
	if a := paidAmount(rd, sig); a != nil {
		st.setAnswer("paid_amount", formatAmount(*a))
	}
	if how := paymentOf(sig.Payments); how != "" {
		st.setAnswer("paid_how", how)
	}
	return true
}

// adoptInferred takes the inferred answers as given, but for one.
// reject remembers an inferred answer the person said was wrong.
func (st *step) reject(key string) {
	d := st.draft()
	if d.Rejected == nil {
		d.Rejected = map[string]string{}
	}
	d.Rejected[key] = d.Inferred[key]
}

// adoptUnshown keeps as read what was inferred when none of it is shown
// for a yes or no (another name the recruiter goes by): "is this right?"
// is never asked of an empty list (C233-009).
func (st *step) adoptUnshown() {
	if len(st.draft().Inferred) > 0 && st.inferredLines() == "" {
		st.adoptInferred("")
	}
}

func (st *step) adoptInferred(except string) {
	d := st.draft()
	for _, k := range slices.Sorted(maps.Keys(d.Inferred)) { // in one order: the same step gives the same state
		v := d.Inferred[k]
		if k == except || v == "" {
			continue
		}
		if _, ok := d.Answers[k]; !ok {
			st.setAnswer(k, v)
		}
		if k == "paid_how" && d.Inferred["paid_amount"] == "" && d.Answers["paid_amount"] == "" {
			// "we sent it by JazzCash in two times": how is known, how much
			// is still to ask.
			continue
		}
		st.settle(k)
		if k == "phones" {
			st.settle("phones_confirm")
		}
	}
	d.Inferred = nil
}

// readFacts is what was read from an attachment, in one short line.
func (st *step) readFacts() string {
	sig := st.e.opts.Triage(st.in.MediaText)
	var parts []string
	if names := st.countryNames(sig.Countries); names != "" {
		parts = append(parts, names)
	}
	if sig.Fee != nil {
		parts = append(parts, ltr(formatAmount(*sig.Fee)))
	} else if len(sig.Amounts) > 0 {
		parts = append(parts, ltr(formatAmount(sig.Amounts[0])))
	}
	for i, p := range sig.Phones {
		if i == 3 {
			break
		}
		parts = append(parts, ltr(p))
	}
	return strings.Join(parts, st.sep())
}

// located is where an account places the person now, of the countries a
// message names: those read with presence ("Libya me hai", "stuck in",
// "took him to Myanmar"; Signals.Located), else all named; either way
// without those it takes back ("he is in Qatar not Saudi", "nahi wo libya
// me hai, italy nahi pohncha"; lang.Reading.Retracted). A destination
// ("agent ne italy bhejne ka kaha tha") is no place where they are.
func (st *step) located(rd *lang.Reading, sig Signals) []string {
	if len(sig.Located) > 0 {
		return st.kept(rd, sig.Located, func(s Signals) []string { return s.Located })
	}
	return st.notPassed(rd, st.kept(rd, sig.Countries, countriesOf))
}

// notPassed drops from the countries an account names those it tells were
// passed through on the way ("I came … in a bus via Iran" of one in Iraq,
// C25-008; "ایران کے راستے"), unless nothing else is left.
func (st *step) notPassed(rd *lang.Reading, codes []string) []string {
	if len(codes) < 2 {
		return codes
	}
	var out []string
	for _, c := range codes {
		passed := false
		for _, w := range rd.WordSpans() {
			if slices.Contains(countriesOf(st.e.opts.Triage(rd.Text[w[0]:w[1]])), c) && rd.Via(w[0], w[1]) {
				passed = true
				break
			}
		}
		if !passed {
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		return codes
	}
	return out
}

// countryNames names the countries for the person.
func (st *step) countryNames(codes []string) string {
	names := make([]string, 0, len(codes))
	for _, c := range codes {
		names = append(names, st.e.opts.CountryName(c, st.res.State.Locale))
	}
	return strings.Join(names, st.sep())
}

// formatAmount writes a sum as people in Pakistan read it: rupees grouped
// in lakhs ("Rs 1,50,000"), other currencies in thousands ("AED 3,500").
func formatAmount(a Amount) string {
	v := int64(math.Round(a.Value))
	if a.Currency == "" || a.Currency == "PKR" {
		return "Rs " + lang.GroupLakh(v)
	}
	return a.Currency + " " + groupThousands(v)
}

// ReadAmount reads back what formatAmount wrote: "Rs 2,50,000" is "Rs"
// 250000, "USD 1,500" is "USD" 1500; ok is false for anything else.
func ReadAmount(s string) (currency string, v int64, ok bool) {
	currency, digits, found := strings.Cut(s, " ")
	if !found {
		return "", 0, false
	}
	v, err := strconv.ParseInt(strings.ReplaceAll(digits, ",", ""), 10, 64)
	return currency, v, err == nil
}

func groupThousands(v int64) string {
	s := strconv.FormatInt(v, 10)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// keepHolder keeps an account's holder as whom the money was paid to,
// and among the recruiter's other names while none else is there (the
// man behind the firm, named, takes the place: C102-001).
func (st *step) keepHolder(holder string) {
	d := st.draft()
	if to := d.Answers[SlotPaidTo]; !slices.ContainsFunc(splitNames(to), func(n string) bool { return sameName(n, holder) }) {
		st.setAnswer(SlotPaidTo, strings.TrimPrefix(to+st.sep()+holder, st.sep()))
	}
	if d.Answers[SlotRecruiterAlso] == "" && !st.alsoBeyondHolders() {
		st.keepAlso(holder)
	}
	for _, slot := range []map[string]string{d.Answers, d.Inferred} {
		// "نام عدنان بتاتا ہے", then "اکاؤنٹ پر نام محمد عدنان آیا تھا"
		// (C308-002): the account gives his fuller name
		names := splitNames(slot[SlotRecruiterAlso])
		for i, n := range names {
			if len(lang.Words(holder)) > len(lang.Words(n)) && sameName(n, holder) {
				names[i] = holder
				slot[SlotRecruiterAlso] = strings.Join(names, st.sep())
			}
		}
	}
}

// isRecruiter reports a name that is the recruiter's, answered or read,
// or part of it.
func (st *step) isRecruiter(name string) bool {
	d := st.draft()
	return sameName(d.Answers["recruiter"], name) || sameName(d.Inferred["recruiter"], name)
}

// keepAlso keeps a name read beside the recruiter's among the other names
// he goes by, once.
func (st *step) keepAlso(name string) {
	d := st.draft()
	if d.Answers[SlotRecruiterAlso] != "" {
		return // answered already ("… banda Rana Shahid" to the person's question)
	}
	name = st.e.reader.CutSmallTail(name) // (C169-001: "Faizan replied with voice")
	if d.Inferred == nil {
		d.Inferred = map[string]string{}
	}
	if also := d.Inferred[SlotRecruiterAlso]; !strings.Contains(also, name) {
		d.Inferred[SlotRecruiterAlso] = strings.TrimPrefix(also+st.sep()+name, st.sep())
	}
}

// manFrom returns the man a text names as from firm ("Malik Tariq from
// Al-Madina Travels", "a recruiter called Sana from 'Skyline HR
// Solutions'"): up to three capitalised words right before "from", or "".
func manFrom(text, firm string) string {
	k := strings.Index(text, firm)
	if k < 0 {
		return ""
	}
	before := strings.Fields(strings.TrimRight(text[:k], " '\"‘’“”"))
	if len(before) < 2 || !strings.EqualFold(before[len(before)-1], "from") {
		return ""
	}
	var name []string
	for i := len(before) - 2; i >= 0 && len(name) < 3; i-- {
		w := before[i]
		if r := []rune(w); len(r) == 0 || !unicode.IsUpper(r[0]) || strings.ContainsAny(w, ".,:;!?") {
			break
		}
		name = append([]string{w}, name...)
	}
	if len(name) == 0 || notAName[strings.ToLower(name[0])] {
		return ""
	}
	return strings.Join(name, " ")
}

// notAName are capitalised words before "from" that name no one ("Hello
// from …", "Call from …").
var notAName = lang.MustClass("not_a_name")

// companyName is the first firm named in text ("Falcon Gulf Manpower").
func companyName(text string) string {
	if names := lang.FirmNames(text); len(names) > 0 {
		return names[0]
	}
	return ""
}
