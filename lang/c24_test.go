package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A name said to be the one they use ("they use the name X", "X naam use
// karte hain", "X نام استعمال کرتے ہیں") is X, the words around it dropped
// (C24-004).
func TestNameTheyUse(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]string{
		"they use the name OEC Korea Desk":         "OEC Korea Desk",
		"he uses the name Gulf Star Manpower":      "Gulf Star Manpower",
		"they r using the name OEC Korea Desk":     "OEC Korea Desk",
		"OEC Korea Desk naam use karte hain":       "OEC Korea Desk",
		"OEC Korea Desk ka naam use krte hain":     "OEC Korea Desk",
		"Gulf Star Manpower naam use karta hai":    "Gulf Star Manpower",
		"او ای سی کوریا ڈیسک نام استعمال کرتے ہیں": "او ای سی کوریا ڈیسک",
		"گلف سٹار مین پاور کا نام استعمال کرتا ہے": "گلف سٹار مین پاور",
		"گلف سٹار نام استعمال کرتے ہیں":            "گلف سٹار",
	} {
		head, _ := r.Read(text).NameParts()
		require.Equal(t, want, head, text)
	}
}

// Money not paid to the writer ("they have not paid me", "company ne
// mujhe paise nahi diye", "مجھے پیسے نہیں دیے") is wages withheld, not a
// payment denied: the agent's fee told before stays paid (C24-006).
func TestNotPaidMeIsNotUnpaid(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]Polarity{
		"I paid an agent in Lahore 7,000 pounds for the CoS. For the last 3 months they have not paid me at all.": PolarYes,
		"I paid the agent 5 lakh. The company has not paid us for 2 months":                                       PolarYes,
		"Lahore mein agent ko 7 lakh diye CoS ke liye. 3 mahine se company ne mujhe paise nahi diye":              PolarYes,
		"agent ko 5 lakh diye, ab seth hamein kuch nahi deta, 2 mahine se mujhy nahi diye":                        PolarYes,
		"لاہور میں ایجنٹ کو 7 لاکھ دیے۔ 3 مہینے سے کمپنی نے مجھے پیسے نہیں دیے":                                   PolarYes,
		"ایجنٹ کو 5 لاکھ دیے، دو مہینے سے ہمیں کچھ نہیں دیا":                                                      PolarYes,
		// the writer's own payment denied stays denied
		"I have not paid anything yet": PolarNo,
		"maine koi paisa nahi diya":    PolarNo,
		"میں نے کوئی پیسہ نہیں دیا":    PolarNo,
	} {
		require.Equal(t, want, r.Read(text).PaidDone(), text)
	}
}

// A yes with a sum, then a second sum denied ("yes 35k only, I did not
// send the 80"), is paid: the denial is of the second sum, not the first
// (C24-001).
func TestSecondSumDeniedIsPaid(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]Polarity{
		"yes 35k only, I did not send the 80":     PolarYes,
		"yes, 35000 only. I did not pay the 80k":  PolarYes,
		"ya 35k, didnt send 80k":                  PolarYes,
		"haan 35k sirf, 80 nahi bheje":            PolarYes,
		"ji 35 hazar diye, 80 hazar nahi diye":    PolarYes,
		"haan 35000 bheja tha. 80 wala nai bheja": PolarYes,
		"جی 35 ہزار بس، 80 نہیں بھیجے":            PolarYes,
		"ہاں 35 ہزار دیے، 80 ہزار نہیں دیے":       PolarYes,
		"جی ۳۵ ہزار، ۸۰ ہزار نہیں بھیجے":          PolarYes,
		// a denial with no sum paid before it stays a denial
		"no, I did not send the 80": PolarNo,
		"I did not send the 35k":    PolarNo,
		"nahi, 80 nahi bheje":       PolarNo,
		"نہیں، 35 ہزار نہیں بھیجے":  PolarNo,
	} {
		got := r.Read(text).Paid()
		if want == PolarNo {
			require.NotEqual(t, PolarYes, got, text) // no, or not yet
			continue
		}
		require.Equal(t, want, got, text)
	}
}

// A visa or a permit given, then found false on a check ("ایمبیسی کی ویب
// سائٹ پر چیک کیا تو نمبر ہی غلط نکلا۔ جعلی ہے", "checked on the embassy
// site, the number was wrong"), is a fake document (C24-015). A visa
// asked about, or a number that is not a document's, is not.
func TestDocumentCheckedFoundFalse(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]bool{
		"پشاور میں خان ٹریول اینڈ ٹورز والے نے کینیڈا کا ورک پرمٹ اور ویزا دیا، میں نے ایمبیسی کی ویب سائٹ پر چیک کیا تو نمبر ہی غلط نکلا۔ جعلی ہے": true,
		"ایجنٹ نے اٹلی کا ورک پرمٹ دیا، آن لائن چیک کیا تو جعلی ہے":                                                                                 true,
		"ویزا دیا تھا، سفارت خانے سے تصدیق کی، دونوں جعلی ہیں":                                                                                      true,
		"Khan Travels gave me a work permit and visa for Canada. I checked on the embassy website, the number was wrong":                            true,
		"they gave us a Romania permit, we verified it online, it was fake":                                                                         true,
		"agent sent the visa, embassy checked and it's forged":                                                                                      true,
		"Khan travels walon ne Canada ka work permit aur visa diya, embassy ki site pe check kiya to number hi ghalat nikla":                        true,
		"agent ne visa diya tha, online chk kiya to fake":                                                                                           true,
		"permit mila tha, dono jaali hain": true,
		// no document given, or none found false
		"agent ne Canada ka work permit dene ka kaha hai, 5 lakh maang raha hai": false,
		"visa diya hai, abhi check nahi kiya":                                    false,
		"ویزا دیا ہے، ٹکٹ کا انتظار ہے":                                          false,
	} {
		require.Equal(t, want, r.Read(text).FakeDocument(), text)
	}
}

// An answer to "what is the agent's name?" that says the name is not
// known, in one clause ("مجھے اس کا اصلی نام نہیں پتا"), or that gives only
// a number or a page after "no name" ("نام نہیں معلوم، بس نمبر ہے"), gives
// no name (test6 A6-0070, A6-0071).
func TestNameNotKnown(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]bool{
		"مجھے اس کا اصلی نام نہیں پتا":            true,
		"اس بندے کا پورا نام مجھے معلوم نہیں":     true,
		"I don't know his real name at all":       true,
		"honestly I do not know the agent's name": true,
		"mujhe us ka asli naam nahi pata":         true,
		"uska pura naam mujhe maloom nahi hai":    true,
		// a name given, or a second clause, is not this
		"I don't know his real name, he calls himself Bilal": false,
		"Bilal, pura naam nahi pata":                         false,
		"naam Shahid hai, baqi nahi pata":                    false,
	} {
		require.Equal(t, want, r.Read(text).NameNotKnown(), text)
	}
	for text, want := range map[string]bool{
		"نمبر":         true,
		"number":       true,
		"page":         true,
		"Star Travels": false,
		"سٹار ٹریولز":  false,
		"Bilal":        false,
	} {
		require.Equal(t, want, r.Read(text).OnlyThings(), text)
	}
}

// A wish not to answer for now ("skip for the moment", "abhi ke liye skip",
// "فی الحال چھوڑ دیں", "I'm not comfortable saying here", "اس کا جواب نہیں
// دینا") is a skip; "they never even told" is a don't know (test6).
func TestSkipForNowAndNeverToldUs(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, text := range []string{
		"skip for the moment", "skip for the time being", "I'm not comfortable saying here",
		"abhi ke liye skip", "filhal chhor dein", "jawab nahi dena",
		"فی الحال چھوڑ دیں", "ابھی کے لیے چھوڑ دیں", "اس کا جواب نہیں دینا",
	} {
		require.True(t, r.Read(text).Skip(), text)
	}
	for _, text := range []string{
		"they never even told us", "he didn't even tell me",
		"unho ne bataya hi nahi", "usne kabhi bataya hi nahi",
		"انہوں نے بتایا ہی نہیں", "کبھی بتایا ہی نہیں",
	} {
		require.True(t, r.Read(text).Unknown(), text)
	}
}

// An account's id given beside a name not known is the answer
// (TestAccountNameIsTheName), in three languages.
func TestNameNotKnownBesideAnID(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, text := range []string{
		"uski id italy_jobs_official hai naam nahi pta",
		"his account is italy_jobs_official, name I don't know",
		"اس کی آئی ڈی italy_jobs_official ہے نام نہیں پتا",
	} {
		require.False(t, r.Read(text).NameNotKnown(), text)
	}
}
