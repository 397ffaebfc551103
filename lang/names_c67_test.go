package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Found in C67 and C68: the person dealt with, named in a later clause
// ("wo khud ko Waqas Butt bolta tha", "جس سے بات ہوئی وہ گل زمان تھا", "calls
// himself Faisal"), is kept after the firm; a firm in quotes after its word
// ("company is 'Golden Apex Tech'") is the head even when a person's name
// follows; a post in quotes ("'HR manager'") names no one; where the firm's
// name was read ("is on the letter") is no part of it; "speaks English only"
// is no name.
func TestC67PersonBesideTheFirm(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, c := range []struct{ text, head, also string }{
		{"Gulf Link Recruitment Services. jo banda baat krta tha wo khud ko Waqas Butt bolta tha", "Gulf Link Recruitment Services", "Waqas Butt"},
		{"خیبر گلف مین پاور۔ دفتر میں جس سے بات ہوئی وہ گل زمان تھا", "خیبر گلف مین پاور", "گل زمان"},
		{"She says company is 'Golden Apex Tech'. Her name is 'Cindy', speaks English only", "Golden Apex Tech", "Cindy"},
		{"Al Wakra Logistics WLL is on the letter. the guy on whatsapp calls himself Faisal, 'HR manager'", "Al Wakra Logistics WLL", "Faisal"},
		{"Star Gulf Overseas, the man i spoke to was Adnan Qureshi", "Star Gulf Overseas", "Adnan Qureshi"},
		{"Al Hamd Travels, manager Saeed", "Al Hamd Travels", "Saeed"},
		// C68-C70: the one who talked, a role with what he did, a role word
		{"المدینہ مین پاور سروسز، فون پر کوئی ملک صاحب بات کرتے تھے", "المدینہ مین پاور سروسز", "ملک صاحب"},
		{"Star Travels, ek Bilal call karta tha", "Star Travels", "Bilal"},
		{"page name is Al Haramain Hajj Services. the man who talks is Qari Naveed, says he is manager", "Al Haramain Hajj Services", "Qari Naveed"},
		{"Maple Route Immigration Services. The local guy who took the money is Usman Qureshi in Islamabad", "Maple Route Immigration Services", "Usman Qureshi"},
		{"Britannia Care Link. consultant is Hassan Raza", "Britannia Care Link", "Hassan Raza"},
		// C71-C72: what he says he is, his post beside it
		{"Qatar Prime Logistics. guy on whatsapp says he is Faisal, HR officer", "Qatar Prime Logistics", "Faisal"},
		{"Euro Jobs Pakistan, a lady Sana handled the whatsapp", "Euro Jobs Pakistan", "Sana"},
		{"Al Madina Manpower Services, license 1932/LHR. dealing Rana Tahir sb se hui", "Al Madina Manpower Services", "Rana Tahir"},
		// C75-C76
		{"Shaheen Manpower Services (OEP). The owner's son Fahad deals with everyone", "Shaheen Manpower Services", "Fahad"},
		{"Maple Route Immigration, office Gulberg Lahore bataya tha, main banda Sohail Akhtar", "Maple Route Immigration", "Sohail Akhtar"},
		{"Sadaat Overseas Employment Promoters, wahan Rana Shafqat se deal hui", "Sadaat Overseas Employment Promoters", "Rana Shafqat"},
		{"Doha Logix Manpower Solutions, the HR guy is Faisal", "Doha Logix Manpower Solutions", "Faisal"},
		{"خیبر اوورسیز ایمپلائمنٹ پروموٹرز، مالک حاجی ظاہر شاہ ہیں", "خیبر اوورسیز ایمپلائمنٹ پروموٹرز", "حاجی ظاہر شاہ"},
		{"Siam Bright Digital Co., Ltd, aur jo baat kar rahi thi wo Sara", "Siam Bright Digital Co., Ltd", "Sara"},
	} {
		head, also := r.Read(c.text).NameParts()
		require.Equal(t, c.head, head, c.text)
		require.Equal(t, []string{c.also}, also, c.text)
	}
	// a denial of a person is no name; what the site calls itself is
	head, also := r.Read("no person, the site calls itself 'BEOE Japan Cell'").NameParts()
	require.Equal(t, "BEOE Japan Cell", head)
	require.Empty(t, also)
	head, also = r.Read("Star Travels, koi banda baat karta tha").NameParts()
	require.Equal(t, "Star Travels", head)
	require.Empty(t, also)
	// a name said on a call, or what they called themselves
	head, _ = r.Read("call ki to banda bola Qari Zubair bol raha hun").NameParts()
	require.Equal(t, "Qari Zubair", head)
	head, _ = r.Read("انہوں نے خود کو Global Canada Hiring Team کہا").NameParts()
	require.Equal(t, "Global Canada Hiring Team", head)
	// one name alone is still the answer
	head, also = r.Read("Imran, the manager").NameParts()
	require.Equal(t, "Imran", head)
	require.Empty(t, also)
}
