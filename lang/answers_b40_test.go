package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A passport kept told with the one who keeps it between ("پاسپورٹ کفیل
// نے رکھ لیا", "پاسپورٹ مالکن کے پاس ہے", C43-019) is what is happening
// in every language, as "passport kafeel ne rakh liya" is: the same facts
// get the same situation, whatever the language (TestSameFactsSameCaseType).
func TestPassportKeptByWhomever(t *testing.T) {
	t.Parallel()
	r := Conversation()
	pref := []string{"sexual_abuse", "violence", "locked_in|forced_work|debt", "passport_taken|unpaid", "money_taken", "other"}
	for _, text := range []string{
		"اس کا پاسپورٹ کفیل نے رکھ لیا ہے اور تنخواہ ۴ مہینے سے نہیں دی",
		"uska passport kafeel ne rakh liya hai aur tankhwa 4 mahine se nahi di",
		"the kafeel has kept his passport and has not paid his salary for 4 months",
		"پاسپورٹ مالکن کے پاس ہے، مانگتی ہے تو کہتے ہیں دو سال پورے کرو",
		"passport malkin ke paas hai, wapis nahi deti",
		"agent ne passport le liya aur bhaag gaya",
	} {
		got, _ := r.Read(text).Option("what", pref...)
		require.Equal(t, "passport_taken", got, text)
	}
}

// Found in C46: "I want to know whether these people are real" and "یہ دیکھ
// دیں کہ سچے لوگ ہیں یا نہیں" ask for a check; a long account of a licensed
// firm "so we trusted, because they are registered" asks for none.
func TestC46CheckAskedInWords(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]string{
		"Before I sell anything I want to know whether these people are real": "verify",
		"please tell me if this agency is genuine":                            "verify",
		"بس یہ دیکھ دیں کہ سچے لوگ ہیں یا نہیں":                               "verify",
		"bas ye dekh lein k sachay log hain ya nahi":                          "verify",
		"is this agency registered?":                                          "verify",
		"We went to Crescent Manpower Services after seeing their advertisement. They showed their licence on the wall, so we trusted, because they are registered. They took the money in cash and gave no receipt.": "",
	} {
		require.Equal(t, want, r.Read(text).Intent(), text)
	}
}

// Found in C47/C48: "کوئی پھنسے اس سے پہلے آپ دیکھ لیں" (check it before
// someone gets trapped) is no plea; "if I complain my visa will be
// cancelled" asks for no report.
func TestC48NoWishInAConditional(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]string{
		"یہ ٹک ٹاک پر ایک ویڈیو میں نمبر دیا ہوا تھا، کوئی پھنسے اس سے پہلے آپ دیکھ لیں": "",
		"mera bhai dubai me phans gaya hai":                             "help",
		"they say if I complain my visa will be cancelled. I am scared": "",
		"I want to complain about an agent":                             "report",
	} {
		require.Equal(t, want, r.Read(text).Intent(), text)
	}
	require.False(t, r.Read("they say if I complain my visa will be cancelled").ReportAsked())
}

// Found in C43/C48: the man named after a firm by his role ("Zeeshan
// Travels Faisalabad, owner Zeeshan Ali") is kept beside the firm.
func TestManBesideFirm(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, c := range []struct{ text, firm, want string }{
		{"salam. i want to report Zeeshan Travels Faisalabad, owner Zeeshan Ali, no 0300-7651203.", "Zeeshan Travels", "Zeeshan Ali"},
		{"Sky Bridge Travels on Tariq road Karachi, owner Faraz Ahmed, gave my passport back", "Sky Bridge Travels", "Faraz Ahmed"},
		{"Gulf Star Manpower, the owner said visa is ready", "Gulf Star Manpower", ""},
	} {
		require.Equal(t, c.want, r.Read(c.text).ManBeside(c.firm), c.text)
	}
}

// Found in C51: "لائسنس نمبر نہیں لکھا" (no licence number written) tells
// the advert, it asks for no check; "dil nai maan raha sahi h" doubts an
// offer.
func TestC51LicenceAbsentAndDoubt(t *testing.T) {
	t.Parallel()
	r := Conversation()
	require.Equal(t, "", r.Read("اشتہار میں صرف پی او بکس اور ایک موبائل نمبر ہے، لائسنس نمبر نہیں لکھا").Intent())
	require.Equal(t, "verify", r.Read("licence check karna hai").Intent())
	require.True(t, r.Read("ye tiktok pe video dekhi thi Romania ki, dil nai maan raha sahi h").SuspectsFake())
}

// Found in C53 and C54: the man beside a firm is named by a word for a
// person ("the man is Hafiz Imran", "the lady is Sana Mirza", "بندہ عدنان
// ہے"), or as the name an account is in ("in name of Sana Iqbal"); a firm
// may end in "Group" or "Immigration".
func TestC53ManBesideFirm(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, c := range []struct{ text, head, also string }{
		{"Makkah Services Group, the man is Hafiz Imran", "Makkah Services Group", "Hafiz Imran"},
		{"Bright Path Care Solutions, the lady is Sana Mirza", "Bright Path Care Solutions", "Sana Mirza"},
		{"Ealing Care Solutions. The person was Faraz Ahmed, claimed he is based in London but the number is Pakistani", "Ealing Care Solutions", "Faraz Ahmed"},
		{"Doha Manpower Solutions, easypaisa account is in name of Sana Iqbal", "Doha Manpower Solutions", "Sana Iqbal"},
		{"کمپنی کا نام Emirates Link Manpower بتاتا ہے، بندہ عدنان ہے", "Emirates Link Manpower", "عدنان"},
		{"Maple Route Immigration, banda khud ko consultant Usman kehta tha", "Maple Route Immigration", ""},
		{"Golden Bridge HR Services, the contact person is Bilal", "Golden Bridge HR Services", "Bilal"},
	} {
		head, also := r.Read(c.text).NameParts()
		require.Equal(t, c.head, head, c.text)
		if c.also != "" {
			require.Equal(t, []string{c.also}, also, c.text)
		}
	}
	require.Equal(t, []string{"Golden Bridge HR Services", "Bilal"},
		r.Read("Golden Bridge HR Services naam ki company h, Bilal naam ka banda messenger pe baat krta h").NamedAll())
}

// Found in C55 and C56: a role names the man beside the firm ("admin
// Rizwan", "سب ایجنٹ شوکت"); a bracket after a titled name is no part of it
// ("Contact Mr Adeel (Britannia Care Solutions)"); a plight told first is
// the need ("mai malaysia me phasa hua hun. company band ho gai agent bhag
// gya").
func TestC55NamesAndNeeds(t *testing.T) {
	t.Parallel()
	r := Conversation()
	head, also := r.Read("Sakura Manpower, admin Rizwan").NameParts()
	require.Equal(t, "Sakura Manpower", head)
	require.Equal(t, []string{"Rizwan"}, also)
	head, also = r.Read("النور اوورسیز ایمپلائمنٹ پروموٹرز راولپنڈی، لائسنس بورڈ پر لگا ہے۔ سب ایجنٹ شوکت").NameParts()
	require.Equal(t, "النور اوورسیز ایمپلائمنٹ پروموٹرز", head)
	require.Equal(t, []string{"شوکت"}, also)
	require.Equal(t, "Mr Adeel", r.Read("📲 Contact Mr Adeel (Britannia Care Solutions)\nWhatsApp: +92 321 7045832").TitledName())
	require.Equal(t, "help", r.Read("salam mai malaysia me phasa hua hun. company band ho gai agent bhag gya. visa khatam").Intent())
	require.Equal(t, "report", r.Read("agent bhag gya paise le ke, ab mai phasa hua hun qarz me").Intent())
}

// Found in C65 and C66 (the session's last round): "they just say 'sir' on
// call" names no one (the firm beside it is the recruiter); a handle is
// kept whole ("europe_safar_786").
func TestC65NamesAndHandles(t *testing.T) {
	t.Parallel()
	r := Conversation()
	head, _ := r.Read("Euro Link Manpower Solutions. no person name, they just say 'sir' on call").NameParts()
	require.Equal(t, "Euro Link Manpower Solutions", head)
	head, also := r.Read("account ka naam europe_safar_786, banda apna naam Shani batata hai videos me").NameParts()
	require.Equal(t, "europe_safar_786", head)
	require.Equal(t, []string{"Shani"}, also)
}

// Found in C57-C66: a titled name beside the firm is the person ("the
// consultant is Ms Sana Rehman", "ek Mr Kevin baat krta h, company ka naam
// Golden Bridge Tech bataya", "unki taraf se Mrs Rubina baat krti thi");
// "Flight miss ho gayi" names no one.
func TestTitledPersonBesideFirm(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, c := range []struct{ text, head, also string }{
		{"CareBridge UK Recruitment, the consultant is Ms Sana Rehman", "CareBridge UK Recruitment", "Ms Sana Rehman"},
		{"ek Mr Kevin baat krta h, company ka naam Golden Bridge Tech bataya", "Golden Bridge Tech", "Mr Kevin"},
		{"UK Care Pathways, unki taraf se Mrs Rubina baat krti thi", "UK Care Pathways", "Mrs Rubina"},
	} {
		head, also := r.Read(c.text).NameParts()
		require.Equal(t, c.head, head, c.text)
		require.Equal(t, []string{c.also}, also, c.text)
	}
	require.Equal(t, "", r.Read("Flight miss ho gayi. 90 hazar liye the usne").TitledName())
}
