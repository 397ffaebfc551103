package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Round C15: answers read with the real triage, each family in three
// languages with neighbours that must not change.

// An evening beside a call asked for ("فون کر لو شام کو", "call kr len
// sham ko", "call me in the evening") is when to call: the number. Marked
// "only", or said with no call asked for, it still asks for care, and so
// does the night (C15-020, C8-020).
func TestRound15TimeBesideACall(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"ur", "فون کر لو شام کو", "number"},
		{"ur", "شام کے بعد فون کر لیں", "number"},
		{"ur", "شام کو کال کر لینا", "number"},
		{"ur-Latn", "is number pe call kr len sham ko", "number"},
		{"ur-Latn", "call kr lena sham ko", "number"},
		{"ur-Latn", "shaam ko fon kr lo", "number"},
		{"en", "call me in the evening", "number"},
		{"en", "you can call in the evening", "number"},
		// neighbours: "only" a time, a time alone, care said outright
		{"ur", "صرف شام کو کال کریں", "discreet"},
		{"ur-Latn", "sirf raat ko call krna", "discreet"},
		{"ur-Latn", "sham ko", "discreet"},
		{"ur-Latn", "raat ko call karna", "discreet"},
		{"ur", "رات کو فون کریں", "discreet"},
		{"en", "only at night", "discreet"},
		{"ur-Latn", "chupke se call karna sham ko", "discreet"},
	} {
		a := answers(at(t, flows.NodeHelpContact, c.locale, c.text))
		require.Equal(t, c.want, a["contact"], "%s: %q", c.locale, c.text)
	}
}

// A negation said once after a list of documents ("شناختی کارڈ یا
// پاسپورٹ نہیں", "cnic ya passport nahi", "CNIC or passport no") denies
// each of them (C15-015); a document given beside one denied stays.
func TestRound15ListDeniedOnce(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"ur", "صرف سی وی بھیجی تھی، شناختی کارڈ یا پاسپورٹ نہیں", "none"},
		{"ur", "پاسپورٹ یا شناختی کارڈ نہیں دیا", "none"},
		{"ur-Latn", "sirf cv bheji thi, cnic ya passport nahi", "none"},
		{"ur-Latn", "passport ya shanakhti card nai diya", "none"},
		{"ur-Latn", "passport aur cnic nahi diye", "none"},
		{"en", "only my CV, not passport or CNIC", "none"},
		{"en", "just the cv, CNIC or passport no", "none"},
		{"en", "CNIC and passport not given", "none"},
		// neighbours: one given, one denied; both given
		{"en", "passport yes, cnic no", "passport"},
		{"ur-Latn", "cnic di thi passport nahi", "cnic"},
		{"ur", "شناختی کارڈ دیا، پاسپورٹ نہیں", "cnic"},
		{"ur-Latn", "passport aur cnic dono diye", "both"},
	} {
		a := answers(at(t, flows.NodeReportDocs, c.locale, c.text))
		require.Equal(t, c.want, a["documents"], "%s: %q", c.locale, c.text)
	}
}

// Hidden contact in Roman Urdu's spellings ("chup k", "chupky se", "chori
// se") and a call refused because others would hear ("wo sun lein gy",
// "وہ سن لیں گے", "they will hear") ask for care (C15-031); a message
// asked for with no reason stays here.
func TestRound15QuietOrOverheard(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"ur-Latn", "chup k msg kro call mat krna wo sun lein gy", "discreet"},
		{"ur-Latn", "chupky se msg krna", "discreet"},
		{"ur-Latn", "call mat krna madam sun legi, msg karo", "discreet"},
		{"ur-Latn", "chori se msg krna", "discreet"},
		{"ur", "چپ کے سے میسج کرنا، کال نہیں", "discreet"},
		{"ur", "کال مت کرنا وہ سن لیں گے", "discreet"},
		{"ur", "چوری سے میسج کریں", "discreet"},
		{"en", "text me, dont call, they will hear", "discreet"},
		{"en", "message quietly, madam might overhear a call", "discreet"},
		// neighbours: a message asked for with no reason, a call
		{"en", "just text here, no calls", "here"},
		{"ur-Latn", "msg kro call nahi", "here"},
		{"ur-Latn", "call kr lo", "number"},
	} {
		a := answers(at(t, flows.NodeHelpContact, c.locale, c.text))
		require.Equal(t, c.want, a["contact"], "%s: %q", c.locale, c.text)
	}
}

// A name said before "naam hai" ("naveed butt naam hy uska dina wala",
// "نوید بٹ نام ہے اس کا دینہ والا", "Naveed Butt is his name, from Dina")
// ends there (C15-025); an account's handle in a later clause
// ("@mapleroute.jobs", "insta id gulfstar_jobs") is no second name
// (C15-026). Names given after "naam hai" stay.
func TestRound15NameBeforeNaamHaiAndHandles(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"ur-Latn", "naveed butt naam hy uska dina wala", "naveed butt"},
		{"ur-Latn", "naveed butt naam hai uska", "naveed butt"},
		{"ur-Latn", "Naveed Butt nam he us ka, jhelum ka hai", "Naveed Butt"},
		{"ur", "نوید بٹ نام ہے اس کا دینہ والا", "نوید بٹ"},
		{"ur", "نوید بٹ نام تھا اس کا", "نوید بٹ"},
		{"en", "Naveed Butt is his name, from Dina", "Naveed Butt"},
		{"ur-Latn", "Maple Route Immigration, account ka naam @mapleroute.jobs", "Maple Route Immigration"},
		{"ur-Latn", "Gulf Star Manpower, insta id gulfstar_jobs", "Gulf Star Manpower"},
		{"en", "Maple Route Immigration, their handle is @mapleroute.jobs", "Maple Route Immigration"},
		{"ur", "میپل روٹ امیگریشن، اکاؤنٹ کا نام @mapleroute.jobs", "میپل روٹ امیگریشن"},
		// neighbours: the name after "naam hai", a name alone
		{"ur-Latn", "uska naam hai naveed butt", "naveed butt"},
		{"ur-Latn", "agent ka naam hy naveed", "naveed"},
		{"ur", "اس کا نام نوید بٹ ہے", "نوید بٹ"},
		{"en", "his name is Naveed Butt", "Naveed Butt"},
	} {
		a := answers(at(t, flows.NodeReportRecruiter, c.locale, c.text))
		require.Equal(t, c.want, a["recruiter"], "%s: %q", c.locale, c.text)
	}
}

// A bare sum said to be paid so many times ("three times 60,000 each",
// "60000 each, 3 times", "teen dafa 60000 har dafa", "تین بار، ہر بار
// 60000") is money, and their sum (C15-002); a bare sum said once stays
// itself.
func TestRound15BareSumSoManyTimes(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"en", "easypaisa, three times 60,000 each", "Rs 1,80,000"},
		{"en", "easypaisa, 3 times 60,000 each", "Rs 1,80,000"},
		{"en", "easypaisa 60,000 each, three times", "Rs 1,80,000"},
		{"en", "jazzcash twice, 50000 each", "Rs 1,00,000"},
		{"ur-Latn", "easypaisa se teen dafa 60000 har dafa", "Rs 1,80,000"},
		{"ur-Latn", "jazzcash pe 2 bar 50000 har bar", "Rs 1,00,000"},
		{"ur", "ایزی پیسہ سے تین بار، ہر بار 60000", "Rs 1,80,000"},
		{"ur", "جاز کیش پر دو دفعہ 50000 ہر دفعہ", "Rs 1,00,000"},
		// neighbours: once, or several sums
		{"en", "easypaisa, 60,000", "Rs 60,000"},
		{"ur-Latn", "easypaisa se 60000 bheje", "Rs 60,000"},
	} {
		a := answers(at(t, flows.NodeReportPaidHow, c.locale, c.text))
		require.Equal(t, c.want, a["paid_amount"], "%s: %q", c.locale, c.text)
	}
}

// A link is where the offer was seen only when nothing says where it was
// shared ("link was shared in a facebook group", "link fb group me share
// hua tha", "واٹس ایپ پر لنک آیا"): the place it was shared answers
// (C15-001); a link alone is a website.
func TestRound15LinkSharedSomewhere(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"en", "link was shared in a facebook group 'Korea EPS Pakistan'", "facebook"},
		{"en", "someone posted the link on whatsapp", "whatsapp"},
		{"ur-Latn", "link fb group me share hua tha", "facebook"},
		{"ur-Latn", "tiktok pe link diya hua tha", "tiktok"},
		{"ur", "لنک فیس بک گروپ میں شیئر ہوا تھا", "facebook"},
		{"ur", "واٹس ایپ پر لنک آیا", "whatsapp"},
		// neighbours: a link alone, a website's link
		{"en", "a link", "website"},
		{"en", "website link", "website"},
		{"ur-Latn", "link tha", "website"},
		{"ur", "لنک", "website"},
	} {
		a := answers(at(t, flows.NodeReportSeen, c.locale, c.text))
		require.Equal(t, c.want, a["seen"], "%s: %q", c.locale, c.text)
	}
}
