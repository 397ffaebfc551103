package casework

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// One back home from abroad asks for help against the agent who sold him
// there (C307-024): trafficking still (not forced labour here, where he
// is now), and routine, as triage reads one safe at home. The same
// answers from one held at a kiln in Pakistan stay forced labour, urgent.
func TestReturnedHome(t *testing.T) {
	t.Parallel()
	answers := map[string]string{"where": "pakistan", "whom": "self", "situation": "forced_work", "place": "ڈیرہ غازی خان"}
	ct, urgency, _ := Classify(&flows.ReportSpec{Kind: flows.KindHelp, Answers: answers,
		Text: "السلام علیکم، میں پچھلے مہینے عراق سے واپس آیا ہوں۔ وہاں ایجنٹ نے ہمیں بیچ دیا تھا۔ اب گھر پر ہوں، ایجنٹ کے خلاف مدد چاہیے\n" +
			"زیارت کے ویزے پر بھیجا کہ وہاں ہوٹل میں نوکری ملے گی۔ بصرہ میں ایک ٹھیکیدار کے حوالے کیا، اس نے پاسپورٹ رکھ لیا، دس مہینے بغیر تنخواہ تعمیراتی کام کروایا۔ پھر پولیس نے پکڑ کر واپس بھیج دیا۔"})
	require.Equal(t, "trafficking", ct)
	require.Equal(t, "routine", urgency)

	ct, urgency, _ = Classify(&flows.ReportSpec{Kind: flows.KindHelp, Answers: answers,
		Text: "ہم بھٹے پر کام کرتے ہیں قصور کے پاس۔ مالک زبردستی کام کرواتا ہے، تنخواہ نہیں دیتا۔ اب گھر پر ہوں لیکن کل پھر جانا ہے"})
	require.Equal(t, "forced_labour", ct)
	require.Equal(t, "urgent", urgency)
}
