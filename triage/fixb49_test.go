package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Found in blind49 and blind50: a licence number said but not on the
// bureau's list is no licence ("license number 2211/GRT batate hain lekin
// beoe ki list me ye number hai hi nai"); a work permit or visa shown fake
// ("یہ کاغذ جعلی ہے", "ویزا نمبر … کسی اور بندے کے نام پر") is document
// fraud; "bache hue paison" (money left over) is no child; a school trip
// stuck in the snow is no one sent away; a question of the legal way, of
// protector papers or for a school project is no report.
func TestBlind49Readings(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, caseType, urgency string }{
		{"Gujrat me ek office 'Italy Decreto Flussi' k naam pe 12 lakh le rha h, kehte hain nulla osta aa jayega. license number 2211/GRT batate hain lekin beoe ki list me ye number hai hi nai. 50 se zyada larkon se paise le chuke", CaseUnlicensedRecruiter, UrgencyRoutine},
		{"کوئٹہ میں ایک ٹریول ایجنسی ملائیشیا میں پام آئل پلانٹیشن کے ویزے کے لیے ۳ لاکھ ۸۰ ہزار فی بندہ لے رہی ہے۔ بیورو کی ویب سائٹ پر لائسنس والوں کی لسٹ میں ان کا نام نہیں ہے", CaseUnlicensedRecruiter, UrgencyRoutine},
		{"ایک بندے نے میرے بیٹے کو اٹلی کا 'نولا اوستا' (ورک پرمٹ) واٹس ایپ پر بھیجا اور نو لاکھ مانگے، ساڑھے چار لاکھ ہم دے چکے ہیں۔ اطالوی سفارت خانے میں دکھایا تو انہوں نے کہا یہ کاغذ جعلی ہے", CaseDocumentFraud, UrgencyRoutine},
		{"ایجنٹ نے سعودیہ کا ورک ویزا دیا تھا، میں نے ویزا نمبر آن لائن چیک کیا تو وہ کسی اور بندے کے نام پر نکلا۔ ٹکٹ بھی جعلی تھی۔ ۵ لاکھ ۲۰ ہزار دے چکا ہوں", CaseDocumentFraud, UrgencyRoutine},
		{"hum 35 bande Kuwait me ek cleaning company me hain, 4 mahine se tankhwa nai mili, company wale kehte Eid k baad. khana apne bache hue paison se kha rahe. kis se baat karen?", CaseWorkerDistress, UrgencyUrgent},
		{"mera beta school trip pe Murree gaya tha, raste me barf ki wajah se bus 5 ghante phansi rahi, bachay dar gaye thy. ab sab ghar aa gaye hain, shukar h", CaseOther, UrgencyRoutine},
		{"2 saal pehle mera bhai Libya me agwa hua tha, Allah ka shukar wapis aa gaya. ab wo Italy jana chahta h lekin legal tareeqe se, kaise apply kare?", CaseOther, UrgencyRoutine},
		{"what documents do i need for protector? going to Saudi on company visa next month through a licensed OEP, they told me to ask the bureau. is the fee fixed?", CaseOther, UrgencyRoutine},
	} {
		r := Read(c.text)
		require.Equal(t, c.caseType, r.CaseType, "%q", c.text)
		require.Equal(t, c.urgency, r.Urgency, "%q", c.text)
	}
}
