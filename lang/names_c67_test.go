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
	} {
		head, also := r.Read(c.text).NameParts()
		require.Equal(t, c.head, head, c.text)
		require.Equal(t, []string{c.also}, also, c.text)
	}
	// one name alone is still the answer
	head, also := r.Read("Imran, the manager").NameParts()
	require.Equal(t, "Imran", head)
	require.Empty(t, also)
}
