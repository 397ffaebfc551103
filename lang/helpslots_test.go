package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A place in Pakistan told with presence ("I am in Lahore", "gujrat me
// hun", "میں لاہور میں ہوں") or alone is where the person is; a place named
// otherwise, or a home word, is not.
func TestPlaceHere(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, c := range []struct{ text, want string }{
		{"I am in Lahore. agent has my passport", "Lahore"},
		{"we are in islamabad", "islamabad"},
		{"I'm in Karachi now", "Karachi"},
		{"gujrat me hun", "gujrat"},
		{"main abhi pindi me hn", "pindi"},
		{"mandi bahauddin me hun", "mandi bahauddin"},
		{"میں لاہور میں ہوں، ایجنٹ نے پاسپورٹ رکھ لیا ہے", "لاہور"},
		{"ہم اسلام آباد میں ہیں", "اسلام آباد"},
		{"Sialkot", "Sialkot"},
		{"agent Lahore ka hai", ""},
		{"ghar me hun", ""},
		{"پاکستان میں ہوں", ""},
		{"agency ne bheja tha faisalabad se", ""},
	} {
		require.Equal(t, c.want, r.Read(c.text).PlaceHere(), c.text)
	}
}

// A complaint that the place was told already ("I told you", "bataya to
// hai", "بتایا تو ہے", "upar likha hai") is no part of it.
func TestPlaceWithoutComplaint(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, c := range []struct{ text, want string }{
		{"Lahore, I told you", "Lahore"},
		{"I told you, Lahore", "Lahore"},
		{"karachi as i said", "karachi"},
		{"gujrat bataya to hai", "gujrat"},
		{"upar likha hai karachi", "karachi"},
		{"sialkot, bata chuka hun", "sialkot"},
		{"لاہور، بتایا تو ہے", "لاہور"},
		{"اوپر لکھا ہے ملتان", "ملتان"},
		{"گجرات، پہلے بتایا ہے", "گجرات"},
	} {
		require.Equal(t, c.want, r.Read(c.text).Place(), c.text)
	}
}

// "bhai", "yar" opening a message are forms of address: "bhai me dammam me
// hn" is about the writer; "apni baat kr rha hn", "me khud" say so too.
// "mera bhai", "bhai mera beta" are about someone else.
func TestWhomAddressIsNoBrother(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, c := range []struct{ text, want string }{
		{"bhai me dammam me hn 3 mahine se tankhwa ni mili", "self"},
		{"bhai mn riyadh me hun salary nahi mil rahi", "self"},
		{"yar me saudi me hun", "self"},
		{"بھائی میں دمام میں ہوں", "self"},
		{"nai yar apni baat kr rha hn me khud dammam me hn", "self"},
		{"نہیں یار میں اپنی بات کر رہا ہوں", "self"},
		{"no bro, I am talking about myself", "self"},
		{"no, I am the one in dubai", "self"},
		{"mera bhai me dubai me hai", "other"},
		{"bhai mera beta dubai me hai", "other"},
		{"bhai jan mera chota bhai bosnia me phasa hua hy", "other"},
	} {
		v, ok := r.Read(c.text).WhomTold()
		require.True(t, ok, c.text)
		require.Equal(t, c.want, v, c.text)
	}
	// "me" after a place is "in": no one is named
	for _, s := range []string{"nahi wo libya me hai, italy nahi pohncha", "dubai me hai", "wo saudia me hai"} {
		_, ok := r.Read(s).WhomTold()
		require.False(t, ok, s)
	}
}

// A yes opens an answer when it leads, or when "ji" is followed by a
// break, a "but" or an "and".
func TestOpensWithYes(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, s := range []string{"yes, and he has my passport also", "haan lekin wo maarti bhi hai", "جی لیکن وہ مارتی بھی ہے", "جی، اور وہ مارتی بھی ہے", "ji, aur wo marti bhi hai"} {
		require.True(t, r.Read(s).OpensWithYes(), s)
	}
	for _, s := range []string{"wo kehte hain qarza utaro warna sab ko marenge", "ji bhai wo dubai me hai", "نہیں، وہ قطر میں ہے"} {
		require.False(t, r.Read(s).OpensWithYes(), s)
	}
}

// Places abroad named only as where a journey set out from ("libya se
// nikle the", "لیبیا سے نکلے تھے", "they left from Libya") say the person
// is on the way, not there.
func TestLeftFrom(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, s := range []string{
		"madad karo plz mera bhai kashti me hai libya se nikle the kal raat",
		"boat turkey se rawana hui thi",
		"میرا بھائی کشتی میں ہے، لیبیا سے نکلے تھے کل رات",
		"کشتی ترکی سے روانہ ہوئی تھی",
		"my brother is on a boat, they left from Libya last night",
		"they left Libya by boat yesterday",
	} {
		require.True(t, r.Read(s).LeftFrom(), s)
	}
	for _, s := range []string{"mera bhai libya me hai", "he called from Libya", "وہ لیبیا میں ہے", "kashti me hai", "libya se nikle the, ab italy me hain"} {
		require.False(t, r.Read(s).LeftFrom(), s)
	}
}
