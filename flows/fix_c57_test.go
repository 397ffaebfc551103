package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Found in C57 and C58: "I want to report him so other boys dont get
// trapped" raised an emergency and a plea for someone locked in (the "don't"
// of "don't get trapped" now negates it); "I am so scared he will die on
// the boat" of a brother leaving next week is a fear, not a boat at sea (the
// report is urgent, not an emergency plea); a long account that says the
// page was deleted is no wish to erase; "bhai koi banda h? mujhe call kr
// sakte ho? likhna zyada nai ata" asks for a person.
func TestC57Openings(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text, want string }{
		{"en", "bro there is a guy on tiktok saying Romania factory jobs, 1200 euro salary, visa in 45 days. he wants 4500 euro in 2 parts, half now half after visa. i didnt pay anything but i want to report him so other boys dont get trapped", flows.NodeReportOffer},
		{"en", "Please I need to report an agent. My younger brother Hamza is 19, he is planning to go to Italy through Libya. Agent Chaudhry Arshad from Gujranwala has taken 10 lakh advance from my father, total is 25 lakh. They say he flies to Benghazi via Dubai next Tuesday. I am so scared he will die on the boat like those boys from our area", flows.NodeReportOffer},
		{"en", "Assalam o alaikum sir. I am Waqas from Faisalabad. Sir i want to tell about one fraud which happen with me. In september i saw a post on facebook page they are giving job in warehouse in Poland. I pay registration fee 45000. After that she is not replying and facebook page also delete. Sir please do something i borrowed this money from my brother", flows.NodeReportOffer},
		{"ur-Latn", "bhai koi banda h? mujhe call kr sakte ho? likhna zyada nai ata", flows.NodeHuman},
		{"ur", "میری بیوی نے پرسوں میرے فون سے آپ کو میرے ایجنٹ کے بارے میں شکایت بھیج دی تھی۔ میں نہیں چاہتا، ایجنٹ نے پیسے واپس کرنے کا وعدہ کیا ہے۔ وہ سب ڈیلیٹ کر دیں", flows.NodeErase},
	} {
		res := e.Step(flows.State{}, flows.Input{Text: c.text, MessageID: 1, Reference: "HSY-TEST01"}, t0)
		require.Equal(t, c.want, res.State.Node, c.text)
	}
}

// Found in C58: "yes full, 2 lakh in june, 1.2 lakh in august" paid what was
// asked (Rs 3,20,000) in parts, and "yes paid all" too; "ik agnt k khlaf
// shkyt krni h" (heavy SMS) is a report; "اس اشتہار کی تصدیق کرنی ہے" asks
// for a check of what follows, not a report of it; a brother who insists
// on going by boat next week is the agent's report, not a plea.
func TestC58Readings(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text, want string }{
		{"ur-Latn", "ik agnt k khlaf shkyt krni h", flows.NodeReportOffer},
		{"ur", "میرا چھوٹا بھائی اٹلی جانے کی ضد کر رہا ہے، ایک ایجنٹ نے اسے کہا ہے دبئی سے لیبیا پھر کشتی سے اٹلی۔ پچیس لاکھ مانگے ہیں، ابو نے زمین بیچ کر دس لاکھ دے دیے ہیں۔ اگلے ہفتے کی فلائٹ ہے۔ مجھے بہت ڈر لگ رہا ہے، پچھلے سال ہمارے گاؤں کے دو لڑکے کشتی میں مر گئے تھے", flows.NodeReportOffer},
	} {
		res := e.Step(flows.State{}, flows.Input{Text: c.text, MessageID: 1, Reference: "HSY-TEST01"}, t0)
		require.Equal(t, c.want, res.State.Node, c.text)
	}
	// a check asked in the word for verification keeps the advert that
	// follows for the check
	state := flows.State{}
	for i, text := range []string{"اس اشتہار کی تصدیق کرنی ہے", "📢 جنوبی کوریا میں فیکٹری ورکرز کی فوری ضرورت 📢\nتنخواہ 2 لاکھ 50 ہزار ماہانہ\nرجسٹریشن فیس صرف 15000\nواٹس ایپ: 0336-7703219\nسیول ہیومن ریسورس"} {
		res := e.Step(state, flows.Input{Text: text, MessageID: int64(i + 1), Reference: "HSY-TEST01"}, t0)
		state = res.State
	}
	require.NotEqual(t, flows.NodeReportOffer, state.Node)
	require.Equal(t, flows.KindVerify, state.Draft.Kind)
	readsAsJSON(t, e, "report_paid", "en", "yes paid all", `{"answer":"yes"}`)
}

// Found in C61 and C62: "They gave licence no 3387/LHR … they want 9 lakh
// fee" is no payment (a check became a report of money paid); "جاپان نے …
// نوکریاں دی ہیں … کیا یہ سچ ہے؟" gives jobs, pays nothing (a check became a
// report); "i want to check one agent" waits for the agent's details, and
// those details are checked, not turned into a report.
func TestC61Checks(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, steps := range [][]string{
		{"Hi, is Eurolink Manpower Services a licensed OEP? They gave licence no 3387/LHR. Romania factory worker job, they want 9 lakh fee. Office in Johar Town Lahore"},
		{"یہ میسج واٹس ایپ گروپوں میں آ رہا ہے کہ جاپان نے پاکستانیوں کے لیے تین لاکھ چالیس ہزار نوکریاں دی ہیں اور رجسٹریشن کے لیے ۳۰۰۰ روپے فیس ہے۔ کیا یہ سچ ہے؟"},
		{"salam beta this is my first time using whatsapp my son set it up. i want to check one agent is he real", "agent name rana asif . number 0312 8840561 . he say malaysia palm oil factory job, 1 lakh 80 hazar. he say license is there but not showing"},
	} {
		state := flows.State{}
		kinds := []string{}
		for i, text := range steps {
			res := e.Step(state, flows.Input{Text: text, MessageID: int64(i + 1), Reference: "HSY-TEST01"}, t0)
			state = res.State
			for _, ef := range res.Effects {
				if ef.Report != nil {
					kinds = append(kinds, ef.Report.Kind)
				}
			}
		}
		require.NotEqual(t, flows.NodeReportOffer, state.Node, steps[0])
		require.NotContains(t, kinds, flows.KindReport, steps[0])
	}
}
