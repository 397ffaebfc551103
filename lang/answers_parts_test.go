package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A name answer cut into its parts: a cited source dropped, an alias kept
// in brackets, a person named by a role and a firm named by its trade word
// kept beside the name, in the three languages.
func TestNameParts(t *testing.T) {
	t.Parallel()
	r := Conversation()
	cases := map[string]string{
		// a source cited after the name
		"Zamzam Trade Links as per the ad":           "Zamzam Trade Links",
		"Gulf Star Manpower according to the poster": "Gulf Star Manpower",
		"Al Habib Overseas ad ke mutabiq":            "Al Habib Overseas",
		"Faisal Travels, us ad ke mutabiq":           "Faisal Travels",
		"الحبیب اوورسیز اشتہار کے مطابق":             "الحبیب اوورسیز",
		"Sadaf Enterprises jaisa post me likha tha":  "Sadaf Enterprises",
		"Carpathia HR as the ad says":                "Carpathia HR",
		"Gulf Star Travels as that post said":        "Gulf Star Travels",
		"Noor Manpower, as it says on the card":      "Noor Manpower",
		"Rashid Khan like the message says":          "Rashid Khan",
		// an alias in a later clause
		"Jahangir, people call him Jaggi":        "Jahangir (Jaggi)",
		"Rafaqat, also known as Feeka":           "Rafaqat (Feeka)",
		"Rafaqat hai, log usko Feeka kehte hain": "Rafaqat (Feeka)",
		"رفاقت، لوگ اسے فیکا کہتے ہیں":           "رفاقت (فیکا)",
		// a person named by a role
		"Maple Leaf Immigration. owner Sohail Rana":                   "Maple Leaf Immigration, Sohail Rana",
		"Star Gulf Links, its manager is Asif Butt":                   "Star Gulf Links, Asif Butt",
		"Chaudhry Travels. Sohail Rana malik hai":                     "Chaudhry Travels, Sohail Rana",
		"Noor Overseas. malik ka naam Sohail hai":                     "Noor Overseas, Sohail",
		"Gulf Star Travels, manager ka naam Imran hai":                "Gulf Star Travels, Imran",
		"Al Fajr Promoters, the manager's name is Imran":              "Al Fajr Promoters, Imran",
		"الفجر پروموٹرز، مینیجر کا نام عمران":                         "الفجر پروموٹرز، عمران",
		"Al-Fajr Overseas Employment Promoters، مالک کا نام عمران ہے": "Al-Fajr Overseas Employment Promoters، عمران",
		"نور اوورسیز۔ مالک سہیل رانا ہے":                              "نور اوورسیز، سہیل رانا",
		// a firm named in a later clause
		"his name Shakeel Anjum, said he works for Al Noor Travels":   "Shakeel Anjum, Al Noor Travels",
		"naam Waqas hai, kehta hai wo al habib overseas ka banda hai": "Waqas, al habib overseas",
		"اس کا نام وقاص ہے، وہ الحرمین ٹریولز میں کام کرتا ہے":        "وقاص، الحرمین ٹریولز",
		// unchanged neighbours
		"Tariq Mehmood, Euro Gate Consultants":  "Tariq Mehmood, Euro Gate Consultants",
		"Al Noor Overseas Employment Promoters": "Al Noor Overseas Employment Promoters",
		"his name is Rashid":                    "Rashid",
		"Shahid, Commercial Market Rawalpindi":  "Shahid",
	}
	for text, want := range cases {
		require.Equal(t, want, r.Read(text).Name(), text)
	}
}

// A request refused: asked for, then "but" and a negation.
func TestAskedNotGiven(t *testing.T) {
	t.Parallel()
	r := Conversation()
	cases := map[string]bool{
		"passport ki photo mang raha tha lekin maine nahi di": true,
		"they asked for my CNIC but I didn't send it":         true,
		"he wanted my passport but we refused, never gave it": true,
		"پاسپورٹ مانگا تھا مگر میں نے نہیں دیا":               true,
		"passport manga tha magar hum ne nahi bheja":          true,
		"asked for the passport but I gave my CNIC":           false,
		"passport mang raha tha lekin sirf cnic ki copy di":   false,
		"passport de diya, lekin CNIC nahi di":                false,
		"haan passport unke paas hai":                         false,
	}
	for text, want := range cases {
		require.Equal(t, want, r.Read(text).AskedNotGiven("docs"), text)
	}
}

// Intents read by what the words do: an officer someone claims to be is
// no wish to talk to one; a question about a licence is a check; a check
// already done and a document that turned out fake are an account.
func TestIntentByWhatWordsDo(t *testing.T) {
	t.Parallel()
	r := Conversation()
	cases := map[string]string{
		"ایک بندہ خود کو او ای سی کا افسر کہتا ہے اور کوریا کی نوکری کا کہہ رہا ہے، کیا یہ سچ ہے؟": "verify",
		"a man says he is an OEC officer and offers Korea jobs, is this real?":                     "verify",
		"ek banda khud ko OEC ka afsar kehta hai, kya ye sach hai?":                                "verify",
		"mujhe kisi afsar se baat karni hai":                                                       "human",
		"I want to talk to an officer":                                                             "human",
		"OEP licence no 3341/LHR sahi hai? Kuwait driver job ki ad di hai unhone":                  "verify",
		"is licence 2231/RWP valid?":                                                               "verify",
		"لائسنس نمبر 1234/LHR درست ہے؟":                                                            "verify",
		"agent ne mujhe Qatar ka work visa diya tha pdf me, maine check kiya to wo jali nikla":     "report",
		"I checked the visa online and it turned out to be fake":                                   "report",
		"میں نے ویزا چیک کروایا تو جعلی نکلا":                                                      "report",
		"ye agent check karna hai":                                                                 "verify",
		// someone's talk of a thing is an account, not a wish to talk
		"ek banda larkon ko Italy bhejne ki baat kar raha hai, shikayat karni hai": "report",
		"ایک ایجنٹ یونان بھیجنے کی بات کر رہا ہے، رپورٹ کرنی ہے":                   "report",
		"agent dubai ki naukri ki baat karta hai, report karna hai":                "report",
		"he is talking about sending boys to Greece by road, I want to report":     "report",
		"mujhe kisi se baat karni hai":                                             "human",
		"officer se baat karwa dein":                                               "human",
		"کسی افسر سے بات کرنی ہے":                                                  "human",
		// asking to be called, or unable to type it all
		"I don't want to type all this, my father is old, can someone from your office call us please": "human",
		"koi mujhe call kar le please, likhna nahi aata":                                               "human",
		"کوئی آپ کے دفتر سے ہمیں کال کر لے، لکھنا نہیں آتا":                                            "human",
		"please call me back": "human",
		// being called by the agent is no wish to be called
		"a man called me and offered a job in Dubai":              "",
		"koi agent call kar ke naukri offer kar raha hai":         "",
		"someone called me from a Saudi number saying visa ready": "",
	}
	for text, want := range cases {
		require.Equal(t, want, r.Read(text).Intent(), text)
	}
}

// A document handed over that was, or turned out, fake.
func TestFakeDocument(t *testing.T) {
	t.Parallel()
	r := Conversation()
	cases := map[string]bool{
		"agent ne mujhe Qatar ka work visa diya tha pdf me, maine check kiya to wo jali nikla": true,
		"agent gave me a canada visa, at the airport they told me it is fake":                  true,
		"he sent the visa copy, it turned out to be forged":                                    true,
		"ایجنٹ نے ویزا دیا تھا، ایئرپورٹ پر پتا چلا جعلی ہے":                                   true,
		"visa ki pdf bheji, online check kiya to koi record nahi mila":                         true,
		"the work permit was fake": true,
		"UK care worker visa complaint, we paid 15 lakh, now the sponsor letter turned out fake": false,
		"agent ne 2 lakh liye, visa nahi diya":                                                   false,
		"fake job on facebook, asked 50000 for visa":                                             false,
	}
	for text, want := range cases {
		require.Equal(t, want, r.Read(text).FakeDocument(), text)
	}
}

// Someone afraid now asks for help; fearing that an offer is a scam does not.
func TestIntentFear(t *testing.T) {
	t.Parallel()
	r := Conversation()
	cases := map[string]string{
		"mera bhai azerbaijan gaya tha, ab wo log jungle ke raste europe bhejenge, bhai dar raha hai": "help",
		"my brother is in Libya and he is terrified, they want to put him on a boat":                  "help",
		"میرا بھائی لیبیا میں ہے، بہت ڈرا ہوا ہے":                                                     "help",
		"I'm afraid this job offer is a scam, want to report it":                                      "report",
		"mujhe dar hai ke ye fraud hai, report karni hai":                                             "report",
	}
	for text, want := range cases {
		require.Equal(t, want, r.Read(text).Intent(), text)
	}
}

// A payment governed by "before" did not happen.
func TestPaidBefore(t *testing.T) {
	t.Parallel()
	r := Conversation()
	require.NotEqual(t, PolarYes, r.Read("We stopped my nephew before he paid.").PaidDone())
	require.NotEqual(t, PolarYes, r.Read("they caught him before he paid anything").PaidDone())
	require.Equal(t, PolarYes, r.Read("I paid 50000 before the medical").PaidDone())
	require.Equal(t, PolarYes, r.Read("paid 1 lakh, before that he took my passport").PaidDone())
}
