package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Lessons of C522–C525 (played once on 852f058).
func TestSession50Wave4(t *testing.T) {
	t.Parallel()
	e := realEngine()
	// a complaint made, and "any news?" in Urdu, asks how it stands
	// (C522-031 opened a report: "کوئی پیش رفت" had been written as one
	// alternative list that matched nothing)
	res := playFrom(e, "السلام علیکم", "پچھلے مہینے بیٹے کے ایجنٹ کے بارے میں شکایت کی تھی۔ نمبر یاد نہیں، اسی فون سے کی تھی۔ کوئی خبر ہے؟")
	require.Nil(t, res.State.Draft)
	require.Equal(t, flows.NodeMenu, res.State.Node)
	// whether a site is BEOE's own is a check (C523-026 opened a report)
	res = playFrom(e, "Is beoe-pk-jobs.com an official BEOE site? My friend sent me the link for Saudi driver jobs")
	require.Equal(t, flows.KindVerify, res.State.Draft.Kind)
	// "Name on the offer letter is …" is no part of the name (C525-007)
	a := sentAnswers(atWith(t, flows.NodeReportRecruiter, "en", "Name on the offer letter is Golden Lotus Digital Co. Ltd. The HR girl calls herself Ms. Nicha", nil))
	require.Equal(t, "Golden Lotus Digital Co. Ltd.", a["recruiter"])
}
