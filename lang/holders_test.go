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

// One handed the money, named in an answer to "how, and to whom?" or in
// an account, is whom it was paid to; a passport handed over, or money
// given to the agent or a relative, names no one.
func TestPaidTo(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]string{
		"Cash, father gave it to Naveed at our home":                                 "Naveed",
		"Cash, 2 times. 3 lakh to Shakeel in Lahore, 1.3 lakh to Tariq at his house": "Shakeel",
		"naveed ko 2 lakh diye the":                                                  "naveed",
		"نقد نوید کو دیے تھے":                                                        "نوید",
		"jazzcash se bheje Muhammad Irfan k account me":                              "Muhammad Irfan",
		"agent ko diye cash":                                                         "",
		"abbu ne apne bhai ko diye 50 hazar":                                         "",
		"gave the passport to Tariq":                                                 "",
		"passport Tariq ko de diya":                                                  "",
		"نوید کو پاسپورٹ دیا":                                                        "",
		"I sent the money to the agent":                                              "",
	} {
		require.Equal(t, want, r.Read(text).PaidTo(), text)
	}
}

// A question about an embassy asks; the country it names is the
// mission's, not the job's.
func TestAsksMission(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, s := range []string{"Is there even a Pakistan embassy in Myanmar? who do we call?", "کیا دبئی میں پاکستانی سفارتخانہ ہے؟",
		"kya riyadh me embassy madad karti hai?"} {
		require.True(t, r.Read(s).AsksMission(), s)
	}
	for _, s := range []string{"Myanmar", "the embassy told us to wait", "Dubai?"} {
		require.False(t, r.Read(s).AsksMission(), s)
	}
}

// A man called the agent is the recruiter beside the company he said
// the job is with; a firm called his stays first (C248-004, C220-012);
// "in" a town of Pakistan is where he sits, no part of his name.
func TestAgentBesideTheCompanyHeNamed(t *testing.T) {
	t.Parallel()
	requireNameParts(t, map[string]nameParts{
		"Agent is Adnan Butt in Johar Town Lahore. He said the company is Golden Lotus Tech": {"Adnan Butt", []string{"Golden Lotus Tech"}},
		"The agent is Bilal Qureshi, his firm is called NextGen Careers Consultancy":         {"NextGen Careers Consultancy", []string{"Bilal Qureshi"}},
		"Agent is Adnan Butt in Johar Town Lahore":                                           {"Adnan Butt", nil},
	})
}

// A sum paid, then a second sum to be paid later in the same breath, is
// paid (C248-014); nothing paid and a sum later is not yet.
func TestPaidThenSumLater(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]Polarity{
		"پانچ لاکھ مانگے تھے جن میں سے چار لاکھ اسی ہزار دے چکا ہوں بیس ہزار ٹکٹ کے بعد دینے تھے": PolarYes,
		"50 hazar de diye 2 lakh baad me dene hain":      PolarYes,
		"maine abhi nahi diye, 2 lakh baad me dene hain": PolarNotYet,
	} {
		require.Equal(t, want, r.Read(text).PaidDone(), text)
	}
}

// "written below the message is X" names X (C247-009).
func TestWrittenBelow(t *testing.T) {
	t.Parallel()
	requireNameParts(t, map[string]nameParts{
		"میسج کے نیچے لکھا ہے میپل لیف اوورسیز ریکروٹمنٹ":        {"میپل لیف اوورسیز ریکروٹمنٹ", nil},
		"msg k neeche likha hai Maple Leaf Overseas Recruitment": {"Maple Leaf Overseas Recruitment", nil},
	})
}
