package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// "کہتا تھا کمپنی کا ایجنٹ ہوں" after his name is his post, said of
// himself: no second name ("ہوں" was kept as one, C218-002).
func TestPostSaidOfHimselfNamesNoOne(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, s := range []string{"اپنا نام عمران بٹ بتاتا تھا، کہتا تھا کمپنی کا ایجنٹ ہوں", "عمران بٹ، کہتا تھا میں کمپنی کا ایجنٹ ہوں"} {
		a := sentAnswers(stepsAt(e, flows.NodeReportRecruiter, "ur", s))
		require.Equal(t, "عمران بٹ", a["recruiter"], s)
		require.Empty(t, a[flows.SlotRecruiterAlso], s)
	}
}
