package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// "dukaan ka scene h" is how things are at the shop, no scene of a film:
// a child of twelve locked in a shop at night, asked as a question, is
// an emergency (blind161 RU-040); a drama's scene is still fiction.
func TestSceneOfAPlaceIsNoFiction(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseForcedLabour, UrgencyEmergency,
		"bhai ek sawal tha. agar koi bacha apne ustaad k paas kaam karta ho aur ustaad uski tankhwa rakh le, raat ko dukaan ka shutter bahar se taala laga k usko andar chhor de, aur bacha 12 saal ka ho, to kya karna chahiye? hamare saamne wali dukaan ka scene h, aaj b andar h")
	requireRead(t, CaseOther, UrgencyRoutine,
		"kal wale drama me villain ne sab ko container me band kr diya tha, kya scene tha yaar 🔥")
}

// Bare numbers listed before a sum in lakhs share its unit, unless they are
// far larger than it: "50, 50 aur 1 lakh" is fifty thousand twice and a
// lakh (C221-002 read fifty lakh, a crore in all).
func TestBareNumbersBeforeALakh(t *testing.T) {
	t.Parallel()
	for text, want := range map[string][]float64{
		"jazzcash se 3 dafa me, 50, 50 aur 1 lakh": {50000, 100000},
		"50 aur 30 hazar diye":                     {50000, 30000},
		"1.5 then 1 lakh":                          {150000, 100000},
		"20, 30 aur 50 hazar diye":                 {20000, 30000, 50000},
	} {
		var got []float64
		for _, a := range Extract(text).Amounts {
			got = append(got, a.Value)
		}
		require.Equal(t, want, got, text)
	}
}

// "came back" said of another, then "abhi tak wapas nahi aaya and now
// someone … asking 2 lakh for his 'release'": he is held now (blind166
// EN-028 was lowered as safe); "اس وقت" of a ransom paid is "at that
// time", no now (UR-0341 stays routine), and a plea's "please" names no
// time (C16-003's journey stays a plan).
func TestSafeNowOfAnotherAndRansomNow(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseRansom, UrgencyEmergency,
		"Assalam o alaikum, my husband went to Iraq for ziyarat with a group, he was supposed to return on the 12th. The group leader came back and says my husband stayed to work. Abhi tak wapas nahi aaya and now someone sends messages from his whatsapp asking 2 lakh for his 'release'")
	requireRead(t, CaseRansom, UrgencyRoutine,
		"الحمدللہ میرا بیٹا لیبیا کی قید سے چھوٹ کر کل اسلام آباد پہنچ گیا، اس وقت 12 لاکھ تاوان دیا تھا، اب ہم اس ایجنٹ کو پکڑوانا چاہتے ہیں")
}

// Children kept at work for a father's debt "instead of wages" are in
// danger (blind167 RU-008); a sister forced "galat kaam k liye" is
// (blind168 RU-009).
func TestDebtInsteadOfWagesAndForcedWrongWork(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseForcedLabour, UrgencyEmergency,
		"Hamare ilaqay me Sialkot ki ek sports goods factory wala 12-13 saal ke larkon se raat 11 baje tak silai karwata h, tankhwa ki jagah kehta h tumhare baap ka qarza utar raha h. 6-7 bachay hain")
	requireRead(t, CaseTrafficking, UrgencyEmergency,
		"meri behan ko Lahore ki ek agent aurat ne Malaysia me salon ka kaam dilwane ka kaha tha. wahan pohanch k usko ek ghar me rakha h, passport le liya, aur kehte hain k 2 saal kaam karogi bina tankha tab qarz utrega. wo keh rahi thi majboor kar rahe hain galat kaam k liye")
}

// "I got out with help of the embassy" after an ordeal told in the past
// puts its dangers behind (C225-012's second message raised an emergency
// in the middle of a report of the agent).
func TestGotOutWithTheEmbassysHelp(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseTrafficking, UrgencyUrgent,
		"He offered a data entry job in Phnom Penh, $1,200 salary. There they took our passports and forced us to do online scams, romance and crypto, 16 hours a day. If target not met, no food or electric shock. I got out with help of the embassy")
}
