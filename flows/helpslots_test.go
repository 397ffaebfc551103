package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// playHelp plays msgs from a new conversation and returns the last result.
func playHelp(t *testing.T, msgs ...string) flows.Result {
	t.Helper()
	e := realEngine()
	var r flows.Result
	for i, m := range msgs {
		r = e.Step(r.State, flows.Input{Text: m, MessageID: int64(i + 1), Reference: "HSY-SLOTS1"}, t0)
	}
	require.NotNil(t, r.State.Draft, "%q", msgs)
	return r
}

// slot is an answer of the draft, given or read and shown for a check.
func slot(r flows.Result, key string) string {
	d := r.State.Draft
	if v, ok := d.Answers[key]; ok {
		return v
	}
	return d.Inferred[key]
}

// The place of a plea is where the person is: a country read with
// presence ("Libya me hai", "stuck in", "took him to Myanmar") before
// every country named (the destination promised is not where they are),
// and a correction at "is this right?" replaces it ("sorry he is in Qatar
// not Saudi"), it does not add to it.
func TestHelpPlaceIsWhereTheyAre(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		msgs []string
		want string
	}{
		{[]string{"my son is stuck in Libya, the agent had promised him Italy"}, "Libya"},
		{[]string{"my husband is in saudi, the employer beats him", "sorry he is in Qatar not Saudi"}, "Qatar"},
		{[]string{"my brother is in Dubai, the company has not paid him for 5 months", "no, he is in Oman, not Dubai"}, "Oman"},
		{[]string{"mera beta libya me phans gya hai agent ne italy bhejne ka kaha tha"}, "Libya"},
		{[]string{"mera beta libya me phans gya hai agent ne italy bhejne ka kaha tha", "nahi wo libya me hai, italy nahi pohncha"}, "Libya"},
		{[]string{"mera shohar saudia me hai, kafeel maarta hai", "sorry wo qatar me hai, saudia nahi"}, "Qatar"},
		{[]string{"mera bhai dubai me hai 5 mahine se tankhwa nahi mili", "nahi wo oman me hai dubai nahi"}, "Oman"},
		{[]string{"میرا بیٹا لیبیا میں پھنس گیا ہے، ایجنٹ نے اٹلی بھیجنے کا کہا تھا"}, "لیبیا"},
		{[]string{"میرے شوہر سعودی عرب میں ہیں، کفیل مارتا ہے", "معاف کیجیے، وہ قطر میں ہیں، سعودی عرب میں نہیں"}, "قطر"},
		{[]string{"میرا بھائی عمان میں ہے، پانچ مہینے سے تنخواہ نہیں ملی", "نہیں، وہ قطر میں ہے، عمان میں نہیں"}, "قطر"},
	} {
		r := playHelp(t, c.msgs...)
		require.Equal(t, flows.KindHelp, r.State.Draft.Kind, "%q", c.msgs)
		require.Equal(t, c.want, slot(r, "place"), "%q", c.msgs)
		require.Equal(t, "other", slot(r, "whom"), "%q: 'libya me' is no 'me'", c.msgs)
	}
}

// "bhai" opening a message is a form of address ("bhai me dammam me hn"),
// not "my brother"; "apni baat kr rha hn", "me khud" at "is this right?"
// correct whom it is about.
func TestHelpWhomAddressAndCorrection(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		msgs []string
		want string
	}{
		{[]string{"bhai me dammam me hn 3 mahine se tankhwa ni mili kafeel passport b ni deta"}, "self"},
		{[]string{"yar main riyadh me hun, 4 mahine se salary nahi mili"}, "self"},
		{[]string{"بھائی میں دمام میں ہوں، تین مہینے سے تنخواہ نہیں ملی"}, "self"},
		{[]string{"my brother is in dammam, no salary for 3 months", "no, I am talking about myself, I am in dammam"}, "self"},
		{[]string{"mera bhai dammam me hai 3 mahine se tankhwa ni mili", "nai yar apni baat kr rha hn, me khud dammam me hn"}, "self"},
		{[]string{"میرا بھائی دمام میں ہے، تین مہینے سے تنخواہ نہیں ملی", "نہیں یار، میں اپنی بات کر رہا ہوں، میں خود دمام میں ہوں"}, "self"},
		{[]string{"bhai mera beta dubai me hai, company tankhwa nahi de rahi"}, "other"},
		{[]string{"bhai me dammam me hn 3 mahine se tankhwa ni mili", "nahi, mere bhai ki baat kr rha hn, wo dammam me hai"}, "other"},
		{[]string{"I am in dammam, no salary for 3 months", "no, it is about my brother, he is in dammam"}, "other"},
		{[]string{"میں دمام میں ہوں، تین مہینے سے تنخواہ نہیں ملی", "نہیں، میرے بھائی کی بات ہے، وہ دمام میں ہے"}, "other"},
	} {
		r := playHelp(t, c.msgs...)
		require.Equal(t, c.want, slot(r, "whom"), "%q", c.msgs)
	}
}

// A city told with presence ("I am in Lahore", "gujrat me hun", "میں
// لاہور میں ہوں") where the plea asks where they are is the place: the
// city is not asked again.
func TestHelpCityToldNotAskedAgain(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		msgs []string
		want string
	}{
		{[]string{"help", "I am in Lahore. agent has my passport for 6 months, says pay 2 lakh more", "yes"}, "Lahore"},
		{[]string{"help", "we are in Karachi, the agent took our passports"}, "Karachi"},
		{[]string{"madad", "gujrat me hun, agent dhamki de raha hai"}, "gujrat"},
		{[]string{"madad", "main abhi pindi me hun, agent ne passport rakh liya"}, "pindi"},
		{[]string{"مدد", "میں لاہور میں ہوں، ایجنٹ نے پاسپورٹ رکھ لیا ہے اور دو لاکھ مزید مانگ رہا ہے", "جی"}, "لاہور"},
		{[]string{"مدد", "ہم اسلام آباد میں ہیں، ایجنٹ پیسے واپس نہیں کر رہا"}, "اسلام آباد"},
		// told in the plea itself
		{[]string{"I am in Lahore, agent has my passport and wants 2 lakh more, please help"}, "Lahore"},
		{[]string{"main lahore me hun, agent ne passport rakh liya hai, madad chahiye"}, "lahore"},
		{[]string{"میں لاہور میں ہوں، ایجنٹ نے پاسپورٹ رکھ لیا ہے، مدد چاہیے"}, "لاہور"},
	} {
		r := playHelp(t, c.msgs...)
		require.Equal(t, c.want, slot(r, "place"), "%q", c.msgs)
		require.Equal(t, "pakistan", slot(r, "where"), "%q", c.msgs)
		require.NotEqual(t, flows.NodeHelpPlace, r.State.Node, "%q", c.msgs)
	}
}

// Whom it is about told at another question of a plea ("my brother" asked
// where they are) is kept there, and not asked again.
func TestHelpWhomToldElsewhere(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		msgs []string
		yes  string
	}{
		{[]string{"help", "my brother", "he is in kuwait", "his company closed, no salary, visa expired, police can arrest him"}, "yes"},
		{[]string{"madad", "mera bhai", "kuwait me hai", "company band ho gayi, tankhwa nahi, visa khatam"}, "haan"},
		{[]string{"مدد", "میری بہن", "وہ دبئی میں ہے", "تنخواہ نہیں دی، پاسپورٹ رکھ لیا"}, "جی ہاں"},
	} {
		msgs := c.msgs
		r := playHelp(t, msgs...)
		if r.State.Node == flows.NodeHelpCheck {
			// the account typed where the city was asked, shown with the
			// place for one "is this right?"
			msgs = append(msgs, c.yes)
			r = playHelp(t, msgs...)
		}
		require.Equal(t, "other", slot(r, "whom"), "%q", msgs)
		// not asked whom again: how to reach them, or (the account told at
		// the city question) anything more for the officer
		require.Contains(t, []string{flows.NodeHelpContact, flows.NodeHelpWhat}, r.State.Node, "%q", msgs)
	}
}

// A house she works in abroad is no home in Pakistan ("مسقط میں ایک گھر
// میں کام کرتی ہے"), asked where they are.
func TestHelpHouseAbroadIsAbroad(t *testing.T) {
	t.Parallel()
	for _, msgs := range [][]string{
		{"مدد", "میری بہن عمان میں ہے، مسقط میں ایک گھر میں کام کرتی ہے، فون بھی چھین لیا"},
		{"madad", "meri behn oman me hai, muscat me ek ghar me kaam karti hai, phone bhi chheen liya"},
		{"help", "my sister is in oman, she works in a home in muscat, they took her phone"},
	} {
		r := playHelp(t, msgs...)
		require.Equal(t, "abroad", slot(r, "where"), "%q", msgs)
	}
}

// A yes to a plea's "is this right?" that adds to the account keeps its
// words for the officer, and a worse situation told takes the place of the
// one read ("جی لیکن وہ مارتی بھی ہے" of a phone taken); the account's
// words go on in the referral.
func TestHelpYesThatAddsSituation(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ plea, yes string }{
		{"میری بہن عمان میں ہے، مسقط میں ایک گھر میں کام کرتی ہے، فون بھی چھین لیا", "جی لیکن وہ مارتی بھی ہے"},
		{"meri behn oman me hai, muscat me ek ghar me kaam karti hai, phone bhi chheen liya", "ji, aur wo marti bhi hai"},
		{"my sister is in oman, she works in a house in muscat, they took her phone", "yes but the madam beats her too"},
	} {
		r := playHelp(t, c.plea, c.yes)
		require.Equal(t, "violence", slot(r, "situation"), "%q", c.yes)
		require.Contains(t, r.State.Draft.Texts, c.yes)
	}
	r := playHelp(t, "I am driver in riyadh, kafeel not paying salary since 4 months", "yes, and he has my passport also")
	require.Equal(t, "unpaid", slot(r, "situation"))
	require.Contains(t, r.State.Draft.Texts, "yes, and he has my passport also")
}

// The agent's firm named in a plea is kept as the report flow keeps it
// (no question of the plea asks for it); a name alone is not (it may be
// the person's own, or a son's).
func TestHelpFirmKept(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		msgs []string
		want string
	}{
		{[]string{"I am driver in riyadh, kafeel not paying salary since 4 months", "yes", "agent was Shaheen Enterprises Lahore, I paid 6 lakh for visa"}, "Shaheen Enterprises"},
		{[]string{"main riyadh me driver hun, 4 mahine se kafeel salary nahi de raha", "haan", "agent Shaheen Enterprises Lahore wala tha, 6 lakh diye"}, "Shaheen Enterprises"},
		{[]string{"میں ریاض میں ڈرائیور ہوں، چار مہینے سے کفیل تنخواہ نہیں دے رہا", "جی", "ایجنٹ Al Madina Overseas کا تھا، چھ لاکھ دیے"}, "Al Madina Overseas"},
		{[]string{"mere bete ka naam Waqas hai, wo dubai me phansa hai, tankhwa nahi mili"}, ""},
	} {
		r := playHelp(t, c.msgs...)
		require.Equal(t, c.want, r.State.Draft.Answers["recruiter"], "%q", c.msgs)
	}
}

// No word from someone for days ("2 hafte se koi rabta nai", "no contact
// for 2 weeks", "دو ہفتے سے کوئی رابطہ نہیں") is what is happening: no
// option names it (other), the words go to the officer, and "what is
// happening?" is not asked as if nothing was told.
func TestHelpLostContactIsTold(t *testing.T) {
	t.Parallel()
	for _, plea := range []string{
		"beta dunki laga k iran ke raste turkey ja raha tha 2 hafte se koi rabta nai",
		"mera bhai libya gaya tha, 10 din se uski koi khabar nahi",
		"my son went with an agent through Iran to Turkey, no contact for 2 weeks",
		"my brother went to Libya with an agent, we have not heard from him for 12 days",
		"میرا بیٹا ایران کے راستے ترکی جا رہا تھا، دو ہفتے سے کوئی رابطہ نہیں",
		"میرا بھائی لیبیا گیا تھا، دس دن سے اس کی کوئی خبر نہیں",
	} {
		r := playHelp(t, plea)
		require.Equal(t, "other", slot(r, "situation"), "%q", plea)
		require.NotEmpty(t, r.State.Draft.Danger, "%q", plea)
	}
}

// More of the account at "is this right?" that names another country with
// no "no" in it ("They took him for a computer job in Thailand and now hes
// locked in some compound") is kept as the account, not read as a
// correction of the place.
func TestHelpMoreNamingCountryIsNoCorrection(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ plea, more, place string }{
		{"Please help my brother is stuck in Myanmar", "They took him for a computer job in Thailand and now hes locked in some compound", "Myanmar"},
		{"mera bhai myanmar me phansa hua hai", "usko thailand me computer ki job ka keh kar le gaye the ab compound me band hai", "Myanmar"},
		{"میرا بیٹا ایران میں اغوا ہو گیا ہے", "وہ ایجنٹ کے ساتھ بارڈر پار کر کے گیا تھا ترکی جانے کے لیے، اب کچھ لوگ اس کے فون سے کال کر کے آٹھ لاکھ مانگ رہے ہیں", "ایران"},
	} {
		r := playHelp(t, c.plea, c.more)
		require.Contains(t, r.State.Draft.Texts, c.more)
		require.Equal(t, c.place, slot(r, "place"), c.more)
	}
}

// On a boat that set out from a country ("libya se nikle the"), the
// person is not there: where they are is asked, not read as that country.
func TestHelpLeftFromIsNoPlace(t *testing.T) {
	t.Parallel()
	for _, plea := range []string{
		"madad karo plz mera bhai kashti me hai libya se nikle the kal raat",
		"میرا بھائی کشتی میں ہے، لیبیا سے نکلے تھے کل رات",
		"my brother is on a boat, they left from Libya last night",
	} {
		r := playHelp(t, plea)
		require.Equal(t, "abroad", slot(r, "where"), plea)
		require.Empty(t, slot(r, "place"), plea)
	}
}
