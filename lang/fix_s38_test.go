package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestSession38OtherPerson reads the second man named beside the
// recruiter: after "dealt with", before "نامی", beside "from <firm>",
// one of two named with "or", his kin when the head has an alias, and
// no address or village kept as a man.
func TestSession38OtherPerson(t *testing.T) {
	t.Parallel()
	r := Conversation()
	requireOtherPerson(t, r, []otherPerson{
		{"Maple Route Consultants. I dealt with Faisal Raza, he says he is the director", "Maple Route Consultants", "Faisal Raza"},
		{"Frontier Gulf Manpower, licence 2764/PSW. Person I dealt with is Gul Rehman", "Frontier Gulf Manpower", "Gul Rehman"},
		{"ٹیک برج ریکروٹمنٹ، انٹرویو فرحان نامی آدمی نے لیا تھا", "ٹیک برج ریکروٹمنٹ", "فرحان"},
		{"الفلاح ٹریولز، پیسے شفقت علی نامی بندے نے لیے", "الفلاح ٹریولز", "شفقت علی"},
		{"Gulf Star HR, ek Farhan naami banda milta tha", "Gulf Star HR", "Farhan"},
		{"استاد نذیر احمد، لوگ نذیرا ایجنٹ کہتے ہیں۔ اس کا بھانجا وقاص پیسے گنتا ہے", "استاد نذیر احمد", "وقاص"},
		{"naam Sajjad Gondal h, log 'Sajjad Europe wala' kehte hain. uska ek banda Nadeem paise collect krta h", "Sajjad Gondal", "Nadeem"},
		{"no company in the ad. on whatsapp he said he is Faizan from 'Bright Horizon Global', couldnt find any website of them", "Bright Horizon Global", "Faizan"},
		{"Imran Ghumman or Bilal Butt", "Imran Ghumman", "Bilal Butt"},
		{"Ch Ikram, his brother Waqas helps him", "Ch Ikram", "Waqas"},
		{"page ka naam Baku Jobs Official. whatsapp pe Tahir Mehmood baat krta tha, khud ko manager kehta tha", "Baku Jobs Official", "Tahir Mehmood"},
		{"Sky Route Travels, Gulshan-e-Iqbal. The man is Kashif Ansari", "Sky Route Travels", "Kashif Ansari"},
	})
	// a village named after the man is where he is from, no other man
	head, also := r.Read("Shafqat Butt, pind Kot Hussain, mandi bahauddin. ohda munda Waqas v naal hunda paisay ginan layi").NameParts()
	require.Equal(t, "Shafqat Butt", head)
	require.Empty(t, also)
	// an alias alone, with no other man, stays beside the head
	_, also = r.Read("nadeem, log nadeem gujjar b kehte hn").NameParts()
	require.Equal(t, []string{"nadeem gujjar"}, also)
}

// otherPerson is a recruiter's answer, the head read from it and the
// other man named beside him.
type otherPerson struct{ text, head, also string }

// requireOtherPerson reads each answer's head and the man beside him (the
// other names, or the man named by his role when there are none).
func requireOtherPerson(t *testing.T, r *Reader, cases []otherPerson) {
	t.Helper()
	for _, c := range cases {
		rd := r.Read(c.text)
		head, also := rd.NameParts()
		if len(also) == 0 {
			also = []string{rd.PersonBeside(head)}
		}
		require.Equal(t, c.head, head, c.text)
		require.Equal(t, []string{c.also}, also, c.text)
	}
}

// TestSession38Intents reads a wrong done by a licensed firm as a report,
// "how far has the case got" as a status asked, and "what can I do" as
// at a loss.
func TestSession38Intents(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, c := range []struct{ text, want string }{
		{"میرے بیٹے کے ساتھ ایک لائسنس والی کمپنی نے زیادتی کی ہے، کراچی کی ہے", "report"},
		{"agent ne mere sath ziyadti ki hai", "report"},
		{"AoA. 2 hafte pehle mere bhai ne yahan Multan wale agent ki shikayt ki thi. ref no nai mil rha. kuch pata chal skta h k case kithay tak pohncha?", "status"},
		{"meri shikayat kahan tak pohnchi?", "status"},
	} {
		require.Equal(t, c.want, r.Read(c.text).Intent(), c.text)
	}
	for _, s := range []string{"what can i do now", "ab main kya kar sakta hun", "ہم کیا کر سکتے ہیں"} {
		require.True(t, r.Read(s).AtALoss(), s)
	}
}
