package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// The person dealt with, however the sentence goes ("the man we dealt
// with is", "the person who handled me is"), is kept beside the firm;
// a firm's "Ltd." followed by a new sentence ends the firm's name
// (C243-002, C244-004), "Pvt. Ltd." does not.
func TestDealtWithAndLegalFormEnds(t *testing.T) {
	t.Parallel()
	requireNameParts(t, map[string]nameParts{
		"Zenith Digital Careers. The man we dealt with is Sameer Qureshi":                   {"Zenith Digital Careers", []string{"Sameer Qureshi"}},
		"Harbour Lane Staffing Ltd. The person in Pakistan who handled me is Bilal Qureshi": {"Harbour Lane Staffing Ltd.", []string{"Bilal Qureshi"}},
		"Skyways Manpower, the guy I talked to was Rashid Mehmood":                          {"Skyways Manpower", []string{"Rashid Mehmood"}},
		"Crescent Gulf Recruiters, the lady who processed my file is Sadia Noreen":          {"Crescent Gulf Recruiters", []string{"Sadia Noreen"}},
		"Al Noor Pvt. Ltd. Lahore": {"Al Noor Pvt. Ltd.", nil},
	})
}

// A wish to report, in the first clause, against an agent or an agency
// names a recruiter as what is reported; a report of "something" next
// door, or a report wished for after a plea, does not.
func TestReportOfRecruiter(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, s := range []string{
		"I want to report an agency in Karachi that sent my brother to Myanmar",
		"میں اپنے بھائی کے ایجنٹ کی شکایت درج کرانا چاہتی ہوں۔ بھائی کو میانمار لے گئے",
		"mujhe apne bhai ke agent ki shikayat karni hai, usko Libya me band kiya hua hai",
		"report karni hai ek company ki jo larkon ko Cambodia bhej rahi hai",
	} {
		require.True(t, r.Read(s).ReportOfRecruiter(), s)
	}
	for _, s := range []string{
		"I want to report something happening in the house next to ours. A girl works there",
		"my cousin in Malaysia says the agent took his passport, and i also want to report that agent in Gujrat. what do i do first??",
		"agent ne paise le liye, report nahi karni bas paise wapis chahiye",
	} {
		require.False(t, r.Read(s).ReportOfRecruiter(), s)
	}
}

// A firm's name in quote marks, in any script, is a firm when it holds a
// word of the trade (C245-013 kept only "النور" of «النور اوورسیز
// ایمپلائمنٹ»); a quoted phrase without one is not.
func TestQuotedFirms(t *testing.T) {
	t.Parallel()
	require.Equal(t, []string{"النور اوورسیز ایمپلائمنٹ"}, FirmNames("راولپنڈی کی ایک لائسنس یافتہ کمپنی «النور اوورسیز ایمپلائمنٹ» لائسنس نمبر 3317/RWP کے خلاف شکایت ہے۔"))
	require.Equal(t, []string{"al hijaz travels"}, FirmNames(`agent ka office "al hijaz travels" ke naam se hai`))
	require.Equal(t, []string{"Gulf Star Manpower"}, FirmNames(`ad me likha tha "Gulf Star Manpower", owner Tariq`))
	require.Empty(t, FirmNames(`usne kaha "visa pakka hai" aur paise le liye`))
}
