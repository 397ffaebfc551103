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
		"Zahid Khan urf Zahid Lala":              "Zahid Khan (Zahid Lala)",
		"Rafaqat alias Feeka":                    "Rafaqat (Feeka)",
		"زاہد خان عرف زاہد لالہ":                 "زاہد خان (زاہد لالہ)",
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
		// a licence number after the name is no part of it
		"Sky Link Overseas Employment Promoters lic 3370/RWP": "Sky Link Overseas Employment Promoters",
		"Al Noor Travels licence no. 2231/LHR":                "Al Noor Travels",
		"Gulf Links OEP, license 1189/ISB hai":                "Gulf Links OEP",
		"الحبیب اوورسیز لائسنس 3370/RWP":                      "الحبیب اوورسیز",
		// a place abroad he is known by ("the Libya one") is no part of it
		"log usay Chaudhry Nadeem Libya wala kehte hain": "Chaudhry Nadeem",
		"sab usay Malik Riaz Dubai wala kehte hain":      "Malik Riaz",
		"لوگ اسے چوہدری ندیم لیبیا والا کہتے ہیں":        "چوہدری ندیم",
		"Haji Aslam Saudia wale":                         "Haji Aslam",
		// a page's name after "page pe", with the person's name
		"page pe Gulf Star Manpower likha tha, banda apna nam Waqas btata tha": "Gulf Star Manpower, Waqas",
		"فیس بک پر گلف سٹار مین پاور لکھا تھا، بندہ اپنا نام وقاص بتاتا تھا":   "گلف سٹار مین پاور، وقاص",
		"log usko Nadeem Dubai wala kehte hain":                                "Nadeem",
		"Haji Saab from Kharian":                                               "Haji Saab",
		"Rashid Butt of Gujrat":                                                "Rashid Butt",
		// where the name was read, before it
		"ad me Gulf Star Manpower likha tha, banda apna naam Waqas batata tha": "Gulf Star Manpower, Waqas",
		"on the page it said Gulf Star Manpower, the guy called himself Waqas": "Gulf Star Manpower, Waqas",
		"اشتہار میں گلف سٹار مین پاور لکھا تھا، بندہ اپنا نام وقاص بتاتا تھا":  "گلف سٹار مین پاور، وقاص",
		// a person behind the firm, in the same clause
		"Al Hamd Travels ka malik Saeed Ullah hai": "Al Hamd Travels, Saeed Ullah",
		"الحمد ٹریولز کا مالک سعید اللہ ہے":        "الحمد ٹریولز، سعید اللہ",
		// a name corrected as it is written
		"Al Noor Travels, nahi balke Al Huda Travels": "Al Huda Travels",
		"Zahid, sorry I mean Zahir Khan":              "Zahir Khan",
		"الفلاح ٹریولز، نہیں معاف کریں الفتح ٹریولز":  "الفتح ٹریولز",
		// unchanged neighbours
		"Tariq Mehmood, Euro Gate Consultants":  "Tariq Mehmood, Euro Gate Consultants",
		"Dubai Jobs Official":                   "Dubai Jobs Official",
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

// Options read by what the words do: a relative named with "my" is someone
// else (the "my" is not the writer); "no" before a postposition of place
// is a number ("is no pe call karo"), not a refusal; a spelling of
// tankhwah is a salary; "other" is a situation only when none is named
// ("with other boys … the agent took everything").
func TestOptionsKinNumberSituation(t *testing.T) {
	t.Parallel()
	r := Conversation()
	cases := []struct{ set, text, want string }{
		{"whom", "apni behn k liye likh raha hun", "other"},
		{"whom", "meri bhen ke liye", "other"},
		{"whom", "mera bhatija hai", "other"},
		{"whom", "میری خالہ کا گھرانہ ہے، میں خود وہاں کام نہیں کرتا", "other"},
		{"whom", "میری بہن کے لیے", "other"},
		{"whom", "for my sister in law", "other"},
		{"whom", "my aunt's son", "other"},
		{"whom", "me n my family", "self"},
		{"whom", "main khud", "self"},
		{"whom", "میرے لیے", "self"},
		{"contact", "is no pe call kr lo", "number"},
		{"contact", "mjhe is no pe call kr lena, behn ko mat krna wo pakri jaye gi", "number"},
		{"contact", "mere no par call karein", "number"},
		{"contact", "call me on this no please", "number"},
		{"contact", "no", "none"},
		{"contact", "no, dont contact me", "none"},
		{"what", "tnkhwa ni de rhe 4 mah se, kafeel kehta ha ruk jao", "unpaid"},
		{"what", "tankhwa nahi mili 3 mahine se", "unpaid"},
		{"what", "he lives with other boys, the agent took everything and wants more", "money_taken"},
		{"what", "agent sab kuch le gaya, ab dost ke sath rehta hai", "money_taken"},
		{"what", "ایجنٹ سب کچھ لے گیا، دوسرے لڑکوں کے ساتھ ہے", "money_taken"},
		{"what", "haven't received salary in 4 months", "unpaid"},
		{"what", "he has not received his salary for 4 months", "unpaid"},
		{"what", "پانچ مہینے سے تنخواہ نہیں ملی", "unpaid"},
		{"what", "passport b madam k pas ha", "passport_taken"},
		{"what", "پاسپورٹ کفیل کے پاس ہے", "passport_taken"},
		{"what", "the employer kept her passport", "passport_taken"},
		{"what", "passport mere paas hai", ""},
		{"contact", "isi number par call kar lein", "number"},
		{"contact", "اسی نمبر پر کال کر لیں", "number"},
		{"contact", "iss no pr call krna", "number"},
		{"contact", "is no pe msg kr dena", "here"},
		{"whom", "mere chachu", "other"},
		{"whom", "میری بھابھی", "other"},
		{"what", "kuch aur masla hai", "other"},
		{"what", "something else", "other"},
	}
	for _, c := range cases {
		got, _ := r.Read(c.text).Option(c.set)
		require.Equal(t, c.want, got, "%s: %q", c.set, c.text)
	}
}

// Whom a message says it is about when it answers another question: a
// "mein" after a word of its clause is "in", not "I".
func TestWhomTold(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]string{
		"پاکستان میں ہی، پتوکی ضلع قصور":                          "",
		"قرضہ ختم ہی نہیں ہوتا، ہر مہینے کھاتے میں بڑھا دیتے ہیں": "",
		"bahir kuwait mein":                        "",
		"main Dubai mein phansa hua hoon":          "self",
		"میں دبئی میں پھنسا ہوا ہوں":               "self",
		"انہوں نے مجھے کمرے میں بند کر دیا ہے":     "self",
		"meri behn riyadh me ghar ka kaam krti ha": "other",
		"mera bhai aur main dono wahan hain":       "self", // the writer is among them (A61-0293, A63-0292, A63-0297, A64-0300)
		"they locked me in a room":                 "self",
	} {
		got, _ := r.Read(text).WhomTold()
		require.Equal(t, want, got, text)
	}
}

// Asking whose a number is asks us to check it.
func TestIntentWhoseNumber(t *testing.T) {
	t.Parallel()
	r := Conversation()
	cases := map[string]string{
		"ye number kis ka he 0331-7208846 keh raha Japan me job dilata hun 3 lakh me": "verify",
		"is number ka pata karein ye kiska hai 03001234567":                           "verify",
		"kis ka number hai ye? Dubai job ki baat karta hai":                           "verify",
		"یہ نمبر کس کا ہے 03001234567 سعودیہ میں نوکری کا کہتا ہے":                    "verify",
		"whose number is this, he says he can get me a job in Qatar":                  "verify",
		"is number pe call kr lain 03001234567":                                       "human",
	}
	for text, want := range cases {
		require.Equal(t, want, r.Read(text).Intent(), text)
	}
}

// A licence told in an account ("through a licensed promoter") is not a
// wish to check one; a licence asked about is.
func TestIntentLicensedInAnAccount(t *testing.T) {
	t.Parallel()
	r := Conversation()
	cases := map[string]string{
		"میں نے ایک لائسنس یافتہ اوورسیز ایمپلائمنٹ پروموٹر کے ذریعے قطر کا ویزا لیا۔ سرکاری فیس کے علاوہ ساڑھے تین لاکھ نقد لیے، رسید نہیں دی": "",
		"I went through a licensed promoter for a Saudi visa, they took 4 lakh extra in cash with no receipt and now the job is different":      "",
		"maine ek licence yafta promoter ke zariye Dubai ka visa liya, unhon ne 3 lakh extra liye aur receipt nahi di":                          "",
		"is this agent licensed? he wants 2 lakh for Qatar":     "verify",
		"ye promoter licence yafta hai ya nahi, pata karna hai": "verify",
		"Hello, I would like to know if Blue Sky Overseas Employment Promoters in Karachi is a licensed agency. They are recruiting for Saudi": "verify",
	}
	for text, want := range cases {
		require.Equal(t, want, r.Read(text).Intent(), text)
	}
}

// A name said, then given again in full after a comma ("he said Kamran,
// Kamran Travels", C29-002), is the full one; a different name after the
// comma stays beside the first.
func TestNameGivenAgainInFull(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, c := range []struct{ text, head string }{
		{"he said Kamran, Kamran Travels", "Kamran Travels"},
		{"Bilal, Bilal Overseas Employment Promoters", "Bilal Overseas Employment Promoters"},
		{"بلال، بلال ٹریولز", "بلال ٹریولز"},
		{"Imran Butt, shop is called Butt Travel & Tours", "Butt Travel & Tours"},
		{"Imran Butt", "Imran Butt"},
	} {
		head, _ := r.Read(c.text).NameParts()
		require.Equal(t, c.head, head, c.text)
	}
}

// A page's name with its year ("page name Qatar Airport Jobs 2025",
// C28-003) keeps the year; a sum after a name is no part of it.
func TestNameWithItsYear(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, c := range []struct{ text, head string }{
		{"page name Qatar Airport Jobs 2025. man on whatsapp says he is Mr Faisal HR", "Qatar Airport Jobs 2025"},
		{"page ka naam Dubai Jobs 2026 hai", "Dubai Jobs 2026"},
	} {
		head, _ := r.Read(c.text).NameParts()
		require.Equal(t, c.head, head, c.text)
	}
}
