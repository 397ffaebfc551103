package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Where names are written with capitals, what a man is or does, written
// small after his name, is no part of it (C224-010); a single word after
// it ("Malik sahab") and a trade ("Butt travel agency") stay.
func TestSmallWordsAfterACapitalName(t *testing.T) {
	t.Parallel()
	r := Conversation()
	head, also := r.Read("Sher Zaman is main, Jawad collects money. they sit in a mobile shop near Mardan bus adda, no board").NameParts()
	require.Equal(t, "Sher Zaman", head)
	require.Equal(t, []string{"Jawad"}, also)
	require.Equal(t, "Jawad", r.smallTailCut("Jawad collects money"))
	require.Equal(t, "Malik sahab", r.smallTailCut("Malik sahab"))
	require.Equal(t, "Butt travel agency", r.smallTailCut("Butt travel agency"))
	require.Equal(t, "jawad collects money", r.smallTailCut("jawad collects money"))
}

// A clause that tells where he posts names no one beside a firm and a
// man (C228-007); a post in quotes is his post (C229-001); a name in
// quotes is whole, its place word too (C228-013).
func TestHandlesPostsAndQuotedNames(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string][]string{
		"his tiktok is @jobs.asia.hr, he says his name is Kevin, company Golden Star Tech":                {"Golden Star Tech", "Kevin"},
		"Royal Crest Care Recruitment. The lady calls herself Hina Malik, says she is the 'case manager'": {"Royal Crest Care Recruitment", "Hina Malik"},
		"page ka naam 'Japan Rozgar Scheme Pakistan' tha, koi banda ka naam nahi":                         {"Japan Rozgar Scheme Pakistan"},
		"tiktok id @saudi_jobs_official_pk, naam Qari Usman batata h":                                     {"Qari Usman", "saudi_jobs_official_pk"},
	} {
		head, also := r.Read(text).NameParts()
		require.Equal(t, want, append([]string{head}, also...), text)
	}
}

// A wish to erase inside the writer's own care ("i will delete chat",
// "main chat delete kar deti hun") is none (C228-016).
func TestDeletingChatAsCareIsNoErase(t *testing.T) {
	t.Parallel()
	r := Conversation()
	require.False(t, r.Read("only here on telegram, they check our phones sometimes, i will delete chat").EraseAsked())
	require.True(t, r.Read("please delete my chat and data").EraseAsked())
}

// Firms named with "Careers", "Tech" and a "Pakistan" or "Official" after
// them (C231-012, C230-016, C209-027).
func TestFirmsOfCareersAndTech(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]string{
		"I want to file a complaint against Nexa Tech Careers, Shahrah-e-Faisal Karachi.": "Nexa Tech Careers",
		"Aramco Careers Pakistan, HR wala khud ko Engr Sajid kehta tha":                   "Aramco Careers Pakistan",
		"page Emirates Careers Pakistan Official pe ad tha":                               "Emirates Careers Pakistan Official",
		"Golden Star Technologies ka banda Kevin":                                         "Golden Star Technologies",
	} {
		require.Equal(t, []string{want}, FirmNames(text), text)
	}
}
