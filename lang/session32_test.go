package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Found in C291-C292 and A114 (first played in the thirty-second session).
func TestSession32Readings(t *testing.T) {
	t.Parallel()
	r := Conversation()

	// whether a fee is legal is asked about the fee; the offer's charges
	// told are no question of what we cost
	require.Equal(t, "legal_fee", r.Read("is 35k even legal for file charges?").Aside())
	told := r.Read("35k file charges first then 6 lakh when visa comes, so 6,35,000 in total")
	require.NotEqual(t, "cost", told.Aside())
	require.True(t, told.Asked())
	require.Equal(t, "cost", r.Read("charges?").Aside())

	// a role, "is", then the man: "hota hai" is a copula too
	for _, text := range []string{"چوہدری ارشد، چک ۲۷ شمالی والا۔ ساتھ اس کا منشی ہوتا ہے ندیم", "Chaudhry Arshad. saath uska munshi hota hai Nadeem"} {
		_, also := r.Read(text).NameParts()
		require.Len(t, also, 1, text)
	}
	// "فیصل" is a man before it is Faisalabad
	rd := r.Read("یورو لنک کنسلٹنٹس، مالک کا نام فیصل جاوید")
	head, _ := rd.NameParts()
	require.Equal(t, "فیصل جاوید", rd.PersonBeside(head))

	// whom: one the writer is no kin of, a husband named
	for text, want := range map[string]string{
		"main truck driver hun, bacha mera kuch nahi lagta, bas dekha nai gya": "other",
		"میرے میاں وہاں ہیں، انہی کے لیے":                                      "other",
		"mere miyan ke liye": "other",
	} {
		got, _ := r.Read(text).Option("whom")
		require.Equal(t, want, got, text)
	}
	// contact: one watched; another's phone watched is no care of theirs
	got, _ := r.Read("cant talk much they check phone").Option("contact")
	require.Equal(t, "discreet", got)
	got, _ = r.Read("please dont message on his number they check phones").Option("contact")
	require.Equal(t, "number", got)
	first, ok := r.Read("Here on telegram, or my number 0331 4482907").FirstOfTwo("contact")
	require.True(t, ok)
	require.Equal(t, "here", first)
	_, ok = r.Read("here, my number is 0331 4482907").FirstOfTwo("contact")
	require.False(t, ok)

	// a number said in words with no unit
	require.Positive(t, r.Read("ji sadhe teen de chuke").SpokenNumberEnd())
	require.Positive(t, r.Read("ڈھائی دے دیے").SpokenNumberEnd())
	require.Equal(t, -1, r.Read("do dafa diye").SpokenNumberEnd())
	require.Equal(t, -1, r.Read("3 lakh diye").SpokenNumberEnd())

	// a sum not known is no payment not known
	require.Equal(t, PolarYes, r.Read("not sure how much. abu says he gave 1 lakh but my uncle says 2").Paid())
	require.Equal(t, PolarUnknown, r.Read("pata nahi. bhai kehta abhi nai diye").Paid())

	// "ye kya scene h?" asks what the message is, not a report's status
	require.Equal(t, "report", r.Read("msg aya k aap shortlisted hain, maine kabhi apply hi nai kiya. ye kya scene h? report krna h isko").Intent())
	require.Equal(t, "status", r.Read("meri report ka kya scene hai?").Intent())

	// a person asked for only as one cannot type
	require.True(t, r.Read("it was something else, I dont want to write it here").HumanOnlyForTyping())
	require.False(t, r.Read("mujhe kisi insan se baat karni h, likhna nahi aata").HumanOnlyForTyping())

	// keeping, after a doubled "na"; not keeping
	require.True(t, r.Read("na na rakho, shikayat to zaroor krni h").KeepsData())
	require.False(t, r.Read("mat rakho").KeepsData())
	require.True(t, r.Read("delete kr do bas, agent ko shayd pata chal gya h").IntentFirst("erase"))

	// the passport with him, the sponsor gone: no passport taken, no money taken
	for _, text := range []string{"passport uske apne pas h", "پاسپورٹ اس کے اپنے پاس ہے", "اقامہ ختم ہو گیا ہے اور کفیل غائب ہے، باہر نکلتے ڈر لگتا ہے"} {
		got, _ := r.Read(text).Option("what")
		require.NotEqual(t, "passport_taken", got, text)
		require.NotEqual(t, "money_taken", got, text)
	}
	got, _ = r.Read("میرا نمبر ان کو دے دیں، مجھے کوئی ڈر نہیں").Option("consent")
	require.Equal(t, "yes", got)
}

// Found in A115 and C293-C294 (first played after the first round's lessons).
func TestSession32SecondRound(t *testing.T) {
	t.Parallel()
	r := Conversation()
	require.Equal(t, "erase", r.Read("مجھے یہاں اپنا کچھ نہیں چھوڑنا، جو لکھا ہے سب ختم کریں").Intent())
	require.Equal(t, "verify", r.Read("Need to confirm a company before paying. Crescent Gulf Manpower, Karachi, licence 3305/KHI").Intent())
	require.True(t, r.Read("نہیں نہیں، ایسے ہی رہنے دیں").KeepsData())
	require.True(t, r.Read("dubai job k liye fb pe ek bnde ne 1.5 lac bola tha total, 12 hzr abhi easypaisa kiye registration k. ab wo aur mang rha h. kia krun").PleaOnlyAtEnd())
	for set, cases := range map[string]map[string]string{
		"docs":    {"I kept everything with me, he only saw my CV": "none"},
		"consent": {"I'd prefer nobody calls, my husband checks my phone": "no"},
	} {
		for text, want := range cases {
			got, _ := r.Read(text).Option(set)
			require.Equal(t, want, got, text)
		}
	}
}
