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
		{"seen", "a friend forwarded it on whatsapp", "whatsapp"},
		{"seen", "A website - someone shared the link in a Facebook group", "website"},
		{"seen", "agent khud ghar aya tha", "agent"},
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
		// a sum with "took" right after it; "ke liye" is "for"
		{"ایجنٹ نے ملائیشیا کے لیے ڈیڑھ لاکھ لیے، کچھ نہیں کیا", PolarYes},
		{"agent ne dubai ke liye 2 lakh liye aur gayab", PolarYes},
		{"he took 2 lakh for a Dubai visa", PolarYes},
		{"ملائیشیا کے لیے ڈیڑھ لاکھ مانگ رہا ہے", PolarNone},
		{"dubai ke liye 2 lakh mang raha hai", PolarNone},
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
