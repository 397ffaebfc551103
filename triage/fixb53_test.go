package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Found in blind53 and blind54: one kept in a house or flat on the
// smugglers' road until more money comes, said to be fine now, is urgent
// (five writers); a desert a kafeel leaves a shepherd in is the worker's
// peril, no smuggler's road; "ہر گھر سے ۵ لاکھ آئیں گے تو چھوڑیں گے" is a
// ransom; news of others, with "none from our area" or a prayer for the
// families, is no report.
func TestBlind53Readings(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, caseType, urgency string }{
		{"bhai Belgrade me agent k bande k flat me h 9 logon k sath, bahar nai jane dete. ab keh rahe 1500 euro aur bhejo Bosnia border cross karane k, warna yahin chor denge. bhai theek h abhi", CaseSmuggling, UrgencyUrgent},
		{"the agent's guy in Istanbul is keeping my cousin Usman in a flat with 12 others, not letting them go out, now asking 3000 euro more to send them to Greece. Usman is ok, not hurt. we already paid 18 lakh", CaseSmuggling, UrgencyUrgent},
		{"بیٹا بن غازی میں ایجنٹ کے ایک گودام میں ہے، کشتی کی باری کا انتظار ہے۔ ایجنٹ کہتا ہے ۴ لاکھ اور بھیجو تو جلدی کشتی میں بٹھا دیں گے۔ بیٹا کہتا ہے ابھی خیریت ہے لیکن کھانا کم ملتا ہے", CaseSmuggling, UrgencyUrgent},
		{"میرا کزن سعودیہ میں کفیل کی بکریاں چراتا ہے۔ کفیل اسے صحرا میں اکیلا چھوڑ گیا ہے، دو دن سے پانی ختم ہے اور پانی والا ٹرک نہیں آیا۔ اب جواب نہیں آ رہا", CaseWorkerDistress, UrgencyEmergency},
		{"میرے شوہر اور دس اور لڑکے ایران کے بارڈر پر ایجنٹ کے آدمیوں کے پاس ایک گودام میں ہیں۔ انہوں نے فون پر کہا ہر گھر سے ۵ لاکھ آئیں گے تو چھوڑیں گے، کل شام تک کا وقت دیا ہے", CaseRansom, UrgencyEmergency},
		{"yaar news dekhi? Cambodia me 200 log scam center se chhudaye gaye, kuch pakistani bhi the. shukar h hamare area ka koi nai tha", CaseOther, UrgencyRoutine},
		{"Did you see the news? another boat capsized off Libya, 40 Pakistanis missing they said. so sad, may Allah give patience to their families", CaseOther, UrgencyRoutine},
	} {
		r := Read(c.text)
		require.Equal(t, c.caseType, r.CaseType, "%q", c.text)
		require.Equal(t, c.urgency, r.Urgency, "%q", c.text)
	}
	// beaten, or held for a ransom, on the road stays an emergency
	r := Read("bhai Zahedan me agent k ghar me band h, roz maarte hain, 3 lakh aur bhejo warna aage nahi bhejenge. kehta theek hun abhi")
	require.Equal(t, UrgencyEmergency, r.Urgency)
}
