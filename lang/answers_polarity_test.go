package lang

import "testing"

// Negation, denial and SMS short forms as the conversation reads them.
func TestPolarityMechanisms(t *testing.T) {
	t.Parallel()
	r := Conversation()
	yesNo := []struct {
		text string
		want Polarity
	}{
		{"that's not wrong", PolarYes},
		{"ye galat nahi hai", PolarYes},
		{"غلط نہیں ہے", PolarYes},
		{"nope not his", PolarNo},
		{"nahi ye uska nahi", PolarNo},
		{"it's not a problem if they call", PolarYes},
		{"galat hai", PolarNo},
		{"not yet", PolarNotYet},
		// "koi baat nahi" (no problem) in its spellings is a yes, not a no.
		{"koi bat nai", PolarYes},
		{"koi baat nahi", PolarYes},
		{"koi bat nhi g", PolarYes},
		{"کوئی بات نہیں", PolarYes},
		{"no problem", PolarYes},
	}
	for _, c := range yesNo {
		if got := r.Read(c.text).YesNo(); got != c.want {
			t.Errorf("YesNo(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	paid := []struct {
		text string
		want Polarity
	}{
		{"it's not that I didn't pay, I paid 30000 cash", PolarYes},
		{"aisa nahi hai ke nahi diye, 40 hazar diye hain", PolarYes},
		{"ایسا نہیں ہے کہ نہیں دیے، پچاس ہزار دیے ہیں", PolarYes},
		{"shayad bhai ne de diye hon, mujhe nahi pata", PolarUnknown},
		{"i did pay him 25000 on easypaisa", PolarYes},
		{"nhi diye abhi", PolarNo},
		{"they asked 1 lakh but I didn't pay", PolarNotYet},
	}
	for _, c := range paid {
		got := r.Read(c.text).Paid()
		if got == PolarNotYet && c.want == PolarNo || got == PolarNo && c.want == PolarNotYet {
			got = c.want // both are no
		}
		if got != c.want {
			t.Errorf("Paid(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	done := []struct {
		text string
		want bool
	}{
		{"nahi aur koi msg nahi hai", true},
		{"اور کوئی میسج نہیں", true},
		{"no, nothing more", true},
		{"i sent evrything already", true},
		{"no thats all", true},
		{"nahi bas yehi tha", true},
		{"thats the whole msg", true},
		{"no, here is one more: Qatar driver 0300 1234567", false},
	}
	for _, c := range done {
		if got := r.Read(c.text).Done(); got != c.want {
			t.Errorf("Done(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	options := []struct {
		set, text, want string
	}{
		{"contact", "msg me on this no", "here"},
		{"contact", "pls no calls, only text here", "here"},
		// Another number, in any spelling of "other" and "number".
		{"contact", "doosray number pe karein, ye wala boss dekhta hai", "number"},
		{"contact", "alag nmbr pe msg karna", "number"},
		{"contact", "dosri sim pe call karo", "number"},
		{"contact", "on a different phone please, he checks this one", "number"},
		{"contact", "use my other mobile", "number"},
		{"contact", "دوسرے فون پر رابطہ کریں", "number"},
		{"contact", "الگ نمبر پر کال کریں، یہ وہ دیکھتا ہے", "number"},
		{"contact", "isi number pe theek hai", "here"},
		{"contact", "yahin chat pe", "here"},
		// Message only at a time of day, or on a phone that is not theirs:
		// here, but with care.
		{"contact", "mujhe sirf msg karen, call nahi, main shaam ko dekhta hun", "discreet"},
		{"contact", "call mat krna, ye fon kisi or ka h, sirf msg", "discreet"},
		{"contact", "only text please, no calls, he checks in the evening", "discreet"},
		{"contact", "only msg here, dont call, this is a borrowed phone", "discreet"},
		{"contact", "اس کا اپنا واٹس ایپ نمبر دیتے ہیں، مگر شام کے بعد ہی بات کر سکتا ہے کفیل کے سامنے نہیں", "discreet"},
		{"contact", "صرف میسج کریں، کال نہیں، یہ فون کسی اور کا ہے", "discreet"},
		{"contact", "sms only, not in front of the supervisor", "discreet"},
		// "Call me", or call a relative's number: a number to call.
		{"contact", "امی کا نمبر دے دیتا ہوں اس پر کال کر لیں", "number"},
		{"contact", "مجھے کال کر لیں", "number"},
		{"contact", "ammi ka number de deta hun us pe call kar lena", "number"},
		{"contact", "mujhe call kr lo", "number"},
		{"contact", "call me please", "number"},
		{"contact", "call me on my mother's number", "number"},
		{"contact", "dusre number pe call kro, ye phone munshi ka h", "number"},
		{"seen", "a friend forwarded it on whatsapp", "whatsapp"},
		{"seen", "A website - someone shared the link in a Facebook group", "website"},
		{"seen", "agent khud ghar aya tha", "agent"},
		// someone known who came in person, or who meets people himself
		{"seen", "jan pehchan wala h, khud aya tha ghar", "agent"},
		{"seen", "wo khud milta hai larkon se, bazar me dukaan hai uski", "agent"},
		{"seen", "جان پہچان والا ہے، خود گھر آیا تھا", "agent"},
		{"seen", "وہ بازار میں دکان پر بیٹھتا ہے", "agent"},
		{"seen", "he came to our house himself, an acquaintance", "agent"},
		{"seen", "tiktok pe dekha, phir wo khud milta hai", "tiktok"},
		{"seen", "wtsp", "whatsapp"},
		{"whom", "mere liye", "self"},
		{"where", "واپس آ گیا ہوں", "pakistan"},
		// told by an acquaintance: in person
		{"seen", "ہمارے محلے کے ایک صاحب نے ان کا بتایا تھا", "agent"},
		{"seen", "hamare mohalle ke ek sahab ne bataya tha", "agent"},
		{"seen", "a gentleman from our street told us about them", "agent"},
		{"seen", "ek sahab ne whatsapp pe bheja tha", "whatsapp"},
		// a phone that others check: messages, discreetly
		{"contact", "only message, after 11pm. they check my phone", "discreet"},
		{"contact", "sirf message karein, ye log mera phone check karte hain", "discreet"},
		{"contact", "صرف میسج کریں، یہ لوگ میرا فون چیک کرتے ہیں", "discreet"},
		// a list of documents given: each item counts
		{"docs", "passport copy, CNIC, degree, everything", "both"},
		{"docs", "CNIC, passport copy", "both"},
		{"docs", "پاسپورٹ، شناختی کارڈ کی کاپی", "both"},
		{"docs", "pasport, shanakhti card, degree sab kuch", "both"},
		{"docs", "passport rakh liya, CNIC mere paas hai", "passport"},
		// someone who watches the phone, or messages only: discreet
		{"contact", "please only msg, after 9pm saudi time. supervisor checks our phones", "discreet"},
		{"contact", "منشی فون دیکھتا ہے، صرف جمعہ کو مغرب کے بعد فون کریں", "discreet"},
		{"contact", "صرف میسج کریں، اس کے ابو کو نہیں پتا", "discreet"},
		{"contact", "munshi phone dekhta hai, sirf jumma ko maghrib ke baad call karein", "discreet"},
		{"contact", "sirf msg karna, kafeel mobile check karta hai", "discreet"},
		{"contact", "the foreman reads our messages, text only", "discreet"},
		{"contact", "sms only pls, dont call", "discreet"},
		{"contact", "message only, no calls", "discreet"},
		// when someone else can use a phone, after choosing this chat: here
		{"contact", "mujh se isi whatsapp pe rabta karein, bhai ke pas phone sirf raat ko hota hai", "here"},
		{"contact", "اسی چیٹ پر بات کریں، بیٹا صرف رات کو کبھی کبھی میسج کر پاتا ہے", "here"},
		{"contact", "message me here, my brother only gets his phone at night", "here"},
		// here, and the time told beside it, is here: the writers of the
		// conversations say so (C239-020 "isi whatsapp pe, raat ko",
		// C125-023 "sms pe hi, raat ko", C387-032 "yahin chat me, raat ko
		// free hota hun"; forty-first session); with a "but", or "only
		// here", the time is care
		{"contact", "yahin baat karein, raat ko", "here"},
		{"contact", "yahin baat karein, lekin sirf raat ko", "discreet"},
		{"contact", "only message here, at night after 1am. never call, they check phone", "discreet"},
		{"contact", "raat ko message karein, bhai ko pata na chale", "discreet"},
		// through a relative: the relative's number
		{"contact", "میرے بھائی کے ذریعے رابطہ کریں، میں خود فون پر بات نہیں کر سکتی", "number"},
		{"contact", "mere bhai ke zariye rabta karein, main khud phone pe baat nahi kar sakti", "number"},
		{"contact", "please contact me through my brother, I cannot talk on the phone", "number"},
	}
	for _, c := range options {
		if got, _ := r.Read(c.text).Option(c.set); got != c.want {
			t.Errorf("Option(%s, %q) = %q, want %q", c.set, c.text, got, c.want)
		}
	}
	for _, c := range []struct {
		text string
		want Polarity
	}{
		{"they took his passport and beat him", PolarNone},
		{"agent ne passport le liya", PolarNone},
		{"agent took 3 lakh and disappeared", PolarYes},
		{"3 lakh le liye aur gayab", PolarYes},
		{"25 lakh per person, half before leaving", PolarNone},
		{"half of it, the rest after reaching there", PolarYes},
		{"a friend gave me his number", PolarNone},
		{"usne number diya tha bas", PolarNone},
		{"gave him 50000 cash", PolarYes},
		// wages not paid are no answer to "have you paid them?"
		{"wahan company 3 mahine se tankhwa nai de rahi aur passport bhi rakh lia hai", PolarNone},
		{"the company has not paid his salary for 3 months", PolarNone},
		{"کمپنی تین مہینے سے تنخواہ نہیں دے رہی", PolarNone},
		{"tankhwa nahi mili, 2 lakh agent ko diye the", PolarYes},
		{"I did not pay anything", PolarNo},
		// a sum with "took" right after it; "ke liye" is "for"
		{"ایجنٹ نے ملائیشیا کے لیے ڈیڑھ لاکھ لیے، کچھ نہیں کیا", PolarYes},
		{"agent ne dubai ke liye 2 lakh liye aur gayab", PolarYes},
		{"he took 2 lakh for a Dubai visa", PolarYes},
		{"ملائیشیا کے لیے ڈیڑھ لاکھ مانگ رہا ہے", PolarNone},
		{"dubai ke liye 2 lakh mang raha hai", PolarNone},
		// a "later" after what was given is the rest or the receipt
		{"85000 jazzcash kiye 2 dafa me, baqi baad me dene thy", PolarYes},
		{"ساڑھے تین لاکھ نقد دیے، رسید مانگی تو کہا بعد میں ملے گی", PolarYes},
		{"I paid 50000 by jazzcash, the rest I will pay later", PolarYes},
		{"50 hazar de diye, baqi visa ke baad", PolarYes},
		{"پچاس ہزار دے دیے، باقی بعد میں دینے ہیں", PolarYes},
		{"abhi nahi diye, baad me dene hain", PolarNotYet},
		{"not yet, I will pay after the visa", PolarNotYet},
		{"ابھی نہیں دیے، بعد میں دینے ہیں", PolarNotYet},
	} {
		if got := r.Read(c.text).PaidDone(); got != c.want {
			t.Errorf("PaidDone(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	for text, want := range map[string]string{
		"dont want my name anywhere": "",
		"آپ کا نام کینیڈا ورک ویزا قرعہ اندازی میں نکل آیا": "",
		"uska naam Rashid hai":      "Rashid",
		"his name is Tariq Mehmood": "Tariq Mehmood",
	} {
		if got := r.Read(text).NamedIn(); got != want {
			t.Errorf("NamedIn(%q) = %q, want %q", text, got, want)
		}
	}
	if got := FirmNames("He says he works for Star Link Recruiting Agency. He took 1.5 lac"); len(got) != 1 || got[0] != "Star Link Recruiting Agency" {
		t.Errorf("FirmNames drops a sentence's full stop: %q", got)
	}
	if !r.Read("no thats my own no.").OwnNumber() {
		t.Errorf("'my own no.' is the person's own number")
	}
	if r.Read("there is no money asked").OwnNumber() || !r.Read("there is no money asked").NoMoney() {
		t.Errorf("'is no' is not a number")
	}
	if !r.Read("not yet, he asked for the passport though").LeadAlone() {
		t.Errorf("'not yet,' leads alone")
	}
}

// An answer that takes itself back is read from where it settled; one that
// does not is read whole.
func TestAfterCorrection(t *testing.T) {
	r := Conversation()
	for _, c := range []struct{ text, want string }{
		{"I'd rather stay anonymous... actually, you can contact me", "you can contact me"},
		{"ہاں رابطہ کر لیں... نہیں رکو، گمنام رکھیں", "گمنام رکھیں"},
		{"g rabta kr lo... nai nai rehne do, anonymous hi rakho", "anonymous hi rakho"},
		{"gumnaam rakho, balke rabta kar lo", "rabta kar lo"},
		{"yes you can contact me", ""},
		{"nahi nahi", ""},
		{"wait", ""},
	} {
		if got := r.Read(c.text).AfterCorrection(); got != c.want {
			t.Errorf("AfterCorrection(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// Where an account says the offer was seen: a newspaper is a paper that
// carried an advert, not the visa's or the contract's papers.
func TestSeenOn(t *testing.T) {
	r := Conversation()
	for _, c := range []struct{ text, want string }{
		{"it says no record found. The visa paper looks fake, the stamp is blurry.", ""},
		{"the contract papers came by courier", ""},
		{"ویزا پیپر آیا تو جعلی نکلا", ""},
		{"the ad came in the paper last week", "newspaper"},
		{"akhbar me ad aya tha", "newspaper"},
		{"جنگ اخبار میں اشتہار آیا تھا", "newspaper"},
		{"facebook pe dekha tha", "facebook"},
	} {
		if got := r.Read(c.text).SeenOn(); got != c.want {
			t.Errorf("SeenOn(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
