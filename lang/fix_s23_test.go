package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Where a man is from is no part of his name ("Zahid Iqbal from Gujar
// Khan", C233-005; "تخت بھائی کا", C235-017), a firm after "from" still is
// kept; words written small where names have capitals are no other name
// ("Only what the ad says", C235-001); an Urdu verb after a name in Latin
// letters is no name (C233-009).
func TestNamesWithoutPlacesAndVerbs(t *testing.T) {
	t.Parallel()
	requireNameParts(t, map[string]nameParts{
		"Agent is Zahid Iqbal from Gujar Khan, says he has a travel office but we never saw it": {"Zahid Iqbal", nil},
		"his name is Kamran from Lahore": {"Kamran", nil},
		"گل زمان نام ہے، تخت بھائی کا۔ پیسے اس کا بندہ نیاز لیتا ہے":                                   {"گل زمان", nil},
		"Only what the ad says, Al Noor Gulf Recruitment. No office address":                           {"Al Noor Gulf Recruitment", nil},
		"Bright Path Immigration Consultants نام بتاتے ہیں، کہتے ہیں لاہور میں دفتر ہے":                {"Bright Path Immigration Consultants", nil},
		"Page name is Gulf Jobs Hub Official. When I messaged, the office is 'in Dubai', nothing more": {"Gulf Jobs Hub Official", nil},
		"Two people. Irfan Afridi is the owner, Gul Rehman is his man who deals with customers":        {"Irfan Afridi", nil},
		"It only calls itself OEC Pakistan Korea Jobs Registration":                                    {"OEC Pakistan Korea Jobs Registration", nil},
		"site calls itself Overseas Employment Corporation EPS Cell":                                   {"Overseas Employment Corporation EPS Cell", nil},
		"Danish said the company is Siam Global Services. Only name we have is Danish":                 {"Siam Global Services", nil},
		"طارق وڑائچ اور اس کا ساتھی بلال۔ بات طارق کرتا ہے پیسے بلال پکڑتا ہے":                         {"طارق وڑائچ", []string{"بلال"}},
		"Zeeshan Malik aur uska partner Hafiz Kamran. office koi nai":                                  {"Zeeshan Malik", []string{"Hafiz Kamran"}},
		"محمد اکرم ولد غلام رسول، چک ۴۷ جنوبی سرگودھا":                                                 {"محمد اکرم", nil},
		"چینل کا نام گلوبل آئی ٹی جابز ہے، ایڈمن نے اپنا نام مس لینا بتایا":                            {"گلوبل آئی ٹی جابز", []string{"مس لینا"}},
		"پیج کا نام او ای سی جاپان روزگار رجسٹریشن ہے، کسی بندے کا نام نہیں لکھا":                      {"او ای سی جاپان روزگار رجسٹریشن", nil},
		"Adeel from Skyline Travels":                               {"Skyline Travels", []string{"Adeel"}},
		"Rukhsana Bibi d/o Allah Ditta, Okara wali":                {"Rukhsana Bibi", nil},
		"Haji Nawaz S/O Fazal Din":                                 {"Haji Nawaz", nil},
		"Imran Gondal walad Sher Muhammad":                         {"Imran Gondal", nil},
		"Shakeel Awan or uska bhatija Adnan, dono saath hote hain": {"Shakeel Awan", []string{"Adnan"}},
	})
}

// A "no" that takes back a sum leaves the payment said ("nahi 2 nahi,
// total 2.5 lakh bola tha. 2 de chuka hun", C233-004); a plain no is no.
// An invoice sent is no payment (C234-028). A question of what the law
// allows is a law question, whatever sum it names.
func TestSumTakenBackInvoiceAndLawQuestion(t *testing.T) {
	t.Parallel()
	r := Conversation()
	require.Equal(t, PolarYes, r.Read("nahi 2 nahi, total 2.5 lakh bola tha. 2 de chuka hun, 50 hazar protector k baad dene the").Paid())
	for _, s := range []string{"nahi, 2 lakh nahi diye", "nahi abhi tak nahi diye"} {
		require.NotEqual(t, PolarYes, r.Read(s).Paid(), s)
	}
	for _, s := range []string{"7000 pound ka invoice bheja h", "انہوں نے سات ہزار پاؤنڈ کا انوائس بھیجا ہے", "they sent me an invoice of 7000 pounds"} {
		require.Equal(t, PolarNone, r.Read(s).Paid(), s)
	}
	require.Equal(t, PolarYes, r.Read("invoice pe 7000 pound bhej diye").Paid())
	for _, s := range []string{"kya 15 hazar se zyada lena allowed h licensed walon ko?", "کیا لائسنس والے پندرہ ہزار سے زیادہ لے سکتے ہیں؟",
		"is it allowed for them to take more than 15000?"} {
		require.True(t, r.Read(s).LawQuestion(), s)
	}
	require.False(t, r.Read("unhon ne 15 hazar se zyada liye").LawQuestion())
	require.Equal(t, "report", r.Read("they want cnic pic n live location 4 verification. reportng it").Intent())
}

// A woman named with "مس", "میڈم" or "madam" beside the firm is the
// person (C203-024, C158-010, C184-020: not "مس لینا کہتی"); "dealing
// person was X", "بات کرنے والا X" name the man beside the firm.
func TestTitledAndDealingPersonBesideTheFirm(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]string{
		"یورو لنک کنسلٹنٹس، بات کرنے والی مس عائشہ تھی":                             "مس عائشہ",
		"khud ko Euro Jobs Consultancy kehte hain, banda koi nahi sirf madam Nadia": "madam Nadia",
		"خود کو 'سیام ٹیلنٹ ہب' کی ایچ آر منیجر مس لینا کہتی ہے":                    "مس لینا",
	} {
		require.Equal(t, want, r.Read(text).TitledName(), text)
	}
	for text, want := range map[string]string{
		"Pindi Star Overseas Employment Promoters, Murree Road. Dealing person was Tanveer Abbasi": "Tanveer Abbasi",
		"یورو لنک کنسلٹنٹس، بات کرنے والا عمران تھا":                                               "عمران",
	} {
		rd := r.Read(text)
		head, _ := rd.NameParts()
		require.Equal(t, want, rd.PersonBeside(head), text)
	}
	require.Empty(t, r.Read("madam ne kaha paise bhejo").TitledName())
}

// nameParts is a name answer's head and the other names kept beside it.
type nameParts struct {
	head string
	also []string
}

// requireNameParts reads each text as a name answer (NameParts).
func requireNameParts(t *testing.T, cases map[string]nameParts) {
	t.Helper()
	r := Conversation()
	for text, want := range cases {
		head, also := r.Read(text).NameParts()
		require.Equal(t, want.head, head, text)
		if want.also == nil {
			require.Empty(t, also, text)
		} else {
			require.Equal(t, want.also, also, text)
		}
	}
}
