package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// The name an account that money went to is in, however the wallet showed
// it or whose it was said to be, in three languages (C200–C246 lost
// twenty-one such names); an account with no money about it is a page,
// and a name in one's own or God's name holds no account.
func TestAccountHolder(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]string{
		"The JazzCash account was 0309-4418273, name showed M. Irfan":                                         "M. Irfan",
		"The Easypaisa account was 0315 4478120, title showed M. Arslan":                                      "M. Arslan",
		"No person named, except the JazzCash account title showed M Tariq":                                   "M Tariq",
		"The Easypaisa account was 0345-2210879, the name shown was Bilal Ahmed. No other number on the site": "Bilal Ahmed",
		"Easypaisa number was 0345-2290716, account title Muhammad Arif":                                      "Muhammad Arif",
		"I sent it to a Meezan bank account in the name of Tariq Enterprises":                                 "Tariq Enterprises",
		"jazzcash 0329 6614027 pe bheje the, account pe naam Asif Khan aya":                                   "Asif Khan",
		"jazzcash wala 0309 5571824 tha, account pe naam 'Muhammad Aslam' aya":                                "Muhammad Aslam",
		"meezan bank se transfer kiya Hina Malik k account me":                                                "Hina Malik",
		"meezan bank se transfer kiya hina malik k account me":                                                "hina malik",
		"bank account kisi Zeeshan Ali k naam pe tha":                                                         "Zeeshan Ali",
		"jazzcash se bheje Muhammad Irfan k account me, 0309 wale no pe":                                      "Muhammad Irfan",
		"ایزی پیسہ اکاؤنٹ ۰۳۱۵۶۶۲۹۰۴۱ پر بھیجے تھے، نام کسی نصرت بی بی کا آیا":                                "نصرت بی بی",
		"ایزی پیسہ اکاؤنٹ 0345-8812096 ہے، کسی نسرین بی بی کے نام پر":                                         "نسرین بی بی",
		"جاز کیش سے بھیجے، پہلے ۲۵ ہزار پھر ۲۰ ہزار۔ اکاؤنٹ کسی نسرین بی بی کے نام پر تھا":                    "نسرین بی بی",
		"جاز کیش اکاؤنٹ 0306-2281954، نام رخسانہ بی بی لکھا آیا":                                              "رخسانہ بی بی",
		// no holder
		"اکاؤنٹ کا نام 'یورپ ٹریولر منڈی' ہے، روز ویڈیو ڈالتا ہے": "",
		"instagram account ka naam Gulf Jobs Hub hai":             "",
		"mere account me paise nahi aye":                          "",
		"allah k naam pe madad karo":                              "",
		"account mere naam pe hai, jazzcash wala":                 "",
		"the account name was not clear, I sent by easypaisa":     "",
		"uske account me bheje":                                   "",
	} {
		require.Equal(t, want, r.Read(text).AccountHolder(), text)
	}
}
