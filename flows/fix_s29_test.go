package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// An answer that tells what happened and then what it comes to, in a
// clause of its own opened by "so", "to", "matlab" or "یعنی", is read by
// its conclusion (C265-005); one that opens with its answer, hedges, or
// settles on a sum is read as before.
func TestConcludedAnswers(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ node, locale, text, slot, want string }{
		{flows.NodeReportDocs, "en", "he started typing his cnic then closed the tab, didnt submit. so nothing went", "documents", "none"},
		{flows.NodeReportPaid, "en", "my brother almost paid, i stopped him. so no", "paid", "no"},
		{flows.NodeReportPaid, "ur-Latn", "dene wala tha lekin bhai ne rok diya, to nahi diye", "paid", "no"},
		{flows.NodeReportDocs, "ur-Latn", "cnic ki copy bheji thi phir delete kr di, matlab kuch nahi diya", "documents", "none"},
		{flows.NodeReportDocs, "ur", "پاسپورٹ مانگا تھا مگر میں نے دیا نہیں، یعنی کچھ نہیں دیا", "documents", "none"},
		// read whole: it opens with its answer, or hedges (C190-004, C92-007)
		{flows.NodeReportPaid, "en", "No. I know the real OEC fee goes through a bank challan, so I stopped", "paid", "no"},
		{flows.NodeReportPaid, "en", "I don't know exactly. The mother said they sold the buffaloes, so maybe they paid the first half", "paid", "unknown"},
	} {
		r := at(t, c.node, c.locale, c.text)
		require.Equal(t, c.want, sentAnswers(r)[c.slot], "%s %q", c.node, c.text)
	}
}
