package flows_test

import (
	"testing"

	"github.com/hoshyar/hoshyar/flows"
	"github.com/stretchr/testify/require"
)

// The recruiter is the firm when the answer names one beside a man ("Imran
// Butt, shop is called Butt Travel & Tours": the firm is what a licence, a
// board and other reports go by; C36-003, C36-013, C37-005, C38-001,
// C38-019), else the name the person gives first; the other names the
// answer gives (the man, the owner or manager, what people call him, a
// title in a signature) are kept beside it as another fact, for the staff
// (C7-018, C7-025, C16-028, C17-002, C17-005, C17-016, C17-026).
func TestRound18RecruiterIsTheFirm(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want, also string }{
		{"en", "Al Hamd Travels, owner's name is Saeed Ullah", "Al Hamd Travels", "Saeed Ullah"},
		{"en", "Imran Butt, shop is called Butt Travel & Tours", "Butt Travel & Tours", "Imran Butt"},
		{"en", "Malik Tariq, his shop is Al-Madina Travels", "Al-Madina Travels", "Malik Tariq"},
		{"en", "Javed Iqbal, his office is Star Overseas", "Star Overseas", "Javed Iqbal"},
		{"en", "Star Overseas, the owner is Javed Iqbal", "Star Overseas", "Javed Iqbal"},
		{"en", "Email is signed 'Gulf Aviation Careers, Recruitment Partner of Qatar Airways'", "Gulf Aviation Careers", "Recruitment Partner of Qatar Airways"},
		{"en", "The letter is signed 'Sky Gate Manpower, Authorised Agent of Emirates'", "Sky Gate Manpower", "Authorised Agent of Emirates"},
		{"en", "Al-Noor Manpower Services, OEP licence 2187/LHR, Mr. Waqas is office manager", "Al-Noor Manpower Services", "Mr. Waqas"},
		{"en", "Zahid Khan, people call him Zahid Lala", "Zahid Khan", "Zahid Lala"},
		{"ur", "چوہدری ٹریولز، مالک چوہدری ندیم", "چوہدری ٹریولز", "چوہدری ندیم"},
		{"ur", "الفلاح ٹریولز، مالک کا نام اکرم ہے", "الفلاح ٹریولز", "اکرم"},
		{"ur", "اکرم بھٹی، دکان کا نام الفلاح ٹریولز ہے", "الفلاح ٹریولز", "اکرم بھٹی"},
		{"ur", "امتیاز سومرو، سومرو ٹریولز سکھر", "سومرو ٹریولز", "امتیاز سومرو"},
		{"ur", "راشد، لوگ کالا راشد بھی کہتے ہیں", "راشد", "کالا راشد"},
		{"ur", "ارشد ڈنکی والا، اصل نام ارشد محمود", "ارشد محمود", "ارشد ڈنکی"},
		{"ur-Latn", "Zahid Khan urf Zahid Lala", "Zahid Khan urf Zahid Lala", ""},
		{"ur-Latn", "nadeem, log nadeem gujjar b kehte hn", "nadeem", "nadeem gujjar"},
		{"ur-Latn", "Shafiq, log usay Shafiq Bhatti bhi kehte hain", "Shafiq", "Shafiq Bhatti"},
		{"ur-Latn", "Rashid, log Kala Rashid b bolte", "Rashid", "Kala Rashid"},
		{"ur-Latn", "Akram Bhatti, dukaan ka naam Al Falah Travels", "Al Falah Travels", "Akram Bhatti"},
		{"ur-Latn", "akram bhatti, uski dukan ka nam al falah travel hai", "al falah travel", "akram bhatti"},
		{"ur-Latn", "Al Falah Travels, owner ka naam Akram", "Al Falah Travels", "Akram"},
		{"ur-Latn", "Ch. Travels, owner Naveed Cheema", "Ch. Travels", "Naveed Cheema"},
		// neighbours: one name, a firm's legal form, a name given again
		{"en", "Siam Star Digital Co., Ltd", "Siam Star Digital Co., Ltd", ""},
		{"en", "Gulf Links OEP, license 1189/ISB hai", "Gulf Links OEP", ""},
		{"ur-Latn", "uska naam Waqas hai", "Waqas", ""},
		{"ur-Latn", "Al Noor Travels, nahi balke Al Huda Travels", "Al Huda Travels", ""},
		{"ur", "گل زمان، سب اسے گل زمان ایجنٹ کہتے ہیں", "گل زمان", ""},
	} {
		a := answers(at(t, flows.NodeReportRecruiter, c.locale, c.text))
		require.Equal(t, c.want, a["recruiter"], "%s: %q", c.locale, c.text)
		require.Equal(t, c.also, a[flows.SlotRecruiterAlso], "%s: %q: also named", c.locale, c.text)
	}
}

// The summary the person confirms shows the other names beside the
// recruiter, as the referral does for the staff.
func TestRound18SummaryShowsTheOtherNames(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, recruiter, also, want string }{
		{"en", "Imran Butt", "Butt Travel & Tours", "Agent or company: Imran Butt (Butt Travel & Tours)"},
		{"ur-Latn", "nadeem", "nadeem gujjar", "Agent ya company: nadeem (nadeem gujjar)"},
		{"ur", "چوہدری ٹریولز", "چوہدری ندیم", "ایجنٹ یا کمپنی: چوہدری ٹریولز (چوہدری ندیم)"},
		{"en", "Imran Butt", "", "Agent or company: Imran Butt\n"},
	} {
		s := flows.AtQuestion(flows.NodeReportConsent, c.locale)
		s.Draft.Answers["recruiter"] = c.recruiter
		if c.also != "" {
			s.Draft.Answers[flows.SlotRecruiterAlso] = c.also
		}
		res := realEngine().Step(s, flows.Input{Text: "yes", MessageID: 7, Reference: "HSY-TYPED2"}, t0)
		require.Contains(t, joinReplies(res), c.want, "%s", c.locale)
	}
}

// Of situations as bad as each other (a passport kept and wages unpaid;
// held in a compound and forced to work), the answer is the one told
// first (C14-008, C17-006, C5-022, and C12-007 told the other way); a
// worse one still wins (debt, violence). Guards and "nobody can go out"
// are being held in.
func TestRound18SituationToldFirst(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"en", "4 months salary not paid and they kept his passport", "unpaid"},
		{"en", "they kept his passport and have not paid him for 4 months", "passport_taken"},
		{"ur-Latn", "4 mahine se tankhwah nahi di aur passport bhi rakh liya", "unpaid"},
		{"ur-Latn", "passport rakh liya hai aur tankhwah nahi dete", "passport_taken"},
		{"ur", "چار مہینے سے تنخواہ نہیں دی اور پاسپورٹ بھی رکھ لیا", "unpaid"},
		{"en", "Compound with high walls and guards with guns, nobody can go out of the gate. passport taken on first day. forced to scam people on facebook 16 hrs", "locked_in"},
		{"en", "they took his passport and make him do online scam chats 16 hours a day. guards with guns, he cant go out of the compound", "forced_work"},
		{"ur-Latn", "compound se koi bahar nahi ja sakta, pehra hai, zabardasti fraud karwate hain", "locked_in"},
		{"ur", "زبردستی آن لائن فراڈ کرواتے ہیں، کمپاؤنڈ پر پہرہ ہے، کوئی باہر نہیں جا سکتا", "forced_work"},
		// a worse one wins wherever it is told
		{"en", "they kept his passport and beat him", "violence"},
	} {
		a := answers(at(t, flows.NodeHelpWhat, c.locale, c.text))
		require.Equal(t, c.want, a["situation"], "%s: %q", c.locale, c.text)
	}
}
