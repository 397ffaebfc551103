package triage

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

// An errand or an agent's offence with no word of harm, hold, threat or
// peril is no emergency on the model's unsure reading (blind28 EN-049,
// C31-025: "ab phone nai uthata" is the agent not answering); the same
// messages with a word of danger, or a relative gone silent abroad, are.
func TestFixB28CalmIsNoEmergency(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"bhai the plumber said he will come at 10, still not here. plz call him again",
		"plumber ne 10 baje aana tha abhi tak nahi aaya, plz usko dobara call karo",
		"پلمبر نے دس بجے آنا تھا، ابھی تک نہیں آیا، پلیز اسے دوبارہ کال کریں",
		"sain hamaray goth ka bnda Rustam Jatoi oman visa ka bol k paise le gya. 6 mahine hogye. Nawabshah bola tha muscat me chowkidar ka kam 150 rial. ab phone nai uthata",
		"a man from our village took 2 lakh for an Oman visa six months ago, now he does not pick up the phone",
		"ہمارے گاؤں کا ایک بندہ عمان کے ویزے کا کہہ کر دو لاکھ لے گیا، چھ مہینے ہو گئے، اب فون نہیں اٹھاتا",
	} {
		r := Read(s)
		require.NotEqual(t, UrgencyEmergency, r.Urgency, "%q %v", s, r.Danger)
	}
	for _, s := range []string{
		"agent took my brother to Libya for 20 lakh, now they beat him and want 5 lakh more",
		"ایجنٹ نے بھائی کو ایران میں بند کر رکھا ہے، مار رہے ہیں، پانچ لاکھ مانگ رہے ہیں",
		"bhai ko agent ne malaysia bheja tha, ab 3 din se phone band hai aur agent kehta hai 2 lakh do warna usay kuch ho jayega",
	} {
		require.Equal(t, UrgencyEmergency, Read(s).Urgency, "%q", s)
	}
}

// blind28's amounts as families: a sum followed by a comma and the next
// clause ("only 15,000, no receipt"); a fee paid by a wallet whose verb
// follows ("3000 Easypaisa karein"); Punjabi number words and "لکھ" for a
// lakh; visas of a kind counted, not paid. Neighbours: "1 لکھ کر جواب دیں"
// is "write 1", a visa of a kind priced stays money, a number of SMS stays
// none.
func TestFixB28Amounts(t *testing.T) {
	t.Parallel()
	pkr := func(vs ...float64) []Amount {
		var out []Amount
		for _, v := range vs {
			out = append(out, Amount{Value: v, Currency: "PKR"})
		}
		return out
	}
	for _, c := range []struct {
		text string
		want []Amount
	}{
		// a sum before a comma and a clause starting "no"
		{"they took 3.5 lakh cash and gave receipt of only 15,000, no receipt for the rest", pkr(350000, 15000)},
		{"3.5 lakh liye aur receipt sirf 15,000 ki di, no receipt baqi ki", pkr(350000, 15000)},
		{"ساڑھے تین لاکھ لیے، رسید صرف 15,000، نمبر بھی نہیں دیا", pkr(350000, 15000)},
		// a fee paid by a wallet, the verb after it
		{"Registration fee sirf 3000 Easypaisa karein 0348-2207719", pkr(3000)},
		{"registration fee only 3000, JazzCash karein", pkr(3000)},
		{"رجسٹریشن فیس صرف 3000 ایزی پیسہ کریں", pkr(3000)},
		// Punjabi (Shahmukhi) number words and lakh
		{"پیشگی سٹھ ہزار لئی سی، ہن مالک کہندا اے ڈھائی لکھ ہو گیا اے", pkr(60000, 250000)},
		{"ایجنٹ نے پنجاہ ہزار لئے سن", pkr(50000)},
		{"اوہنے ساڈے کولوں دو لکھ لئے", pkr(200000)},
		// a visa of a kind priced is money
		{"agent ne 7 lakh work visa ke liye liye", pkr(700000)},
		{"ایجنٹ نے سات لاکھ ورک ویزے کے لیے لیے", pkr(700000)},
		{"he took 7 lakh for a work visa", pkr(700000)},
		// counts of visas, of a kind or not, are no money
		{"سنا ہے اٹلی نے پاکستانیوں کے لیے ستر ہزار ورک ویزے کھول دیے ہیں", nil},
		{"heard Italy opened 70 thousand work visas for Pakistanis", nil},
		{"Italy ne 70 thousand visas khol diye", nil},
		{"suna hai Italy ne 70 hazar work visas khol diye", nil},
		{"Italy ne 70 hazar visas diye hain", nil},
		// "write 1", and numbers that are no sums
		{"زونگ: تصدیق کے لیے 1 لکھ کر جواب دیں۔", nil},
		{"جواب میں 2 لکھ دیں", nil},
		{"668 pe SMS karein", nil},
	} {
		got := Read(c.text).Entities.Amounts
		require.Len(t, got, len(c.want), "%q %v", c.text, got)
		for i := range got {
			require.Equal(t, c.want[i].Value, got[i].Value, "%q", c.text)
			require.Equal(t, c.want[i].Currency, got[i].Currency, "%q", c.text)
		}
	}
}

// blind28's red flags plainly shown, as families in three languages:
// selected by one who says he never applied or sat no interview, paid or
// not (EN-007, UR-001); a ministry's name used ("k naam se", RU-023) and a
// known employer's name in a free e-mail address (RU-044); a licence
// claimed and its number withheld (EN-023); a visa to one country to go on
// to Europe from there (UR-025). Neighbours: a selection told by one who
// paid and says nothing of applying, a licence number given with only its
// paper withheld, an employer's real domain, a journey on to a Gulf
// country.
func TestFixB28FlagsShown(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, flag string }{
		{"Got email from 'Qatar Airways HR' hr.qatarairways.recruit@gmail.com saying i am selected for ground staff. I paid 18,500 by bank transfer for visa processing. i never even gave interview", FlagSelected},
		{"email aai k aap Qatar Energy me technician select ho gaye hain, maine 40 hazar bank se bhej diye. maine to kahin apply hi nahi kiya tha", FlagSelected},
		{"مجھے ای میل آئی کہ آپ قطر انرجی میں ٹیکنیشن کے لیے سلیکٹ ہو گئے ہیں، حالانکہ میں نے کہیں اپلائی نہیں کیا تھا۔ انہوں نے ۴۰ ہزار مانگے اور میں نے بینک سے بھیج دیے", FlagSelected},
		{"whatsapp msg from 'Ministry of Overseas Pakistanis': your name is in the Kuwait job list, send 5000 fee to this number", FlagImpersonation},
		{"Ministry of Overseas Pakistanis k naam se whatsapp msg: 'Aap ka naam Kuwait job list me aa gaya hai, 5000 fee is number pe bhejen'", FlagImpersonation},
		{"وزارت سمندر پار پاکستانیز کے نام سے واٹس ایپ میسج آیا کہ آپ کا نام کویت کی نوکری کی لسٹ میں آ گیا ہے، ۵۰۰۰ فیس بھیجیں", FlagImpersonation},
		{"I gave an interview to 'Emaar Dubai HR' on LinkedIn, they sent an offer letter and asked 650 AED for visa stamping. email was emaar.careers.hr@gmail.com", FlagImpersonation},
		{"maine LinkedIn pe 'Emaar Dubai HR' se interview diya, unho ne offer letter bheja aur visa stamping k 650 AED mange. email tha emaar.careers.hr@gmail.com", FlagImpersonation},
		{"ایمار دبئی کی ایچ آر نے آفر لیٹر بھیجا اور ویزا کے ۶۵۰ درہم مانگے، ای میل emaar.careers.hr@gmail.com سے آئی", FlagImpersonation},
		{"a man in Mardan says he has licence but wont show any number. he is offering Kuwait driver job", FlagNoLicence},
		{"Mardan ka banda kehta hai licence hai lekin number nahi dikhata, Kuwait driver job de raha hai", FlagNoLicence},
		{"مردان کا ایک بندہ کہتا ہے لائسنس ہے لیکن کوئی نمبر نہیں دکھاتا، کویت میں ڈرائیور کی نوکری دے رہا ہے", FlagNoLicence},
		{"ہری پور کے ایک ٹریول ایجنٹ نے سربیا کے ورک ویزا کے ۷ لاکھ لیے، کہتا تھا وہاں سے آگے اٹلی آرام سے چلے جانا", FlagIrregularRoute},
		{"Haripur ke travel agent ne Serbia ke work visa ke 7 lakh liye, kehta tha wahan se aage Italy aaram se chale jana", FlagIrregularRoute},
		{"a travel agent took 7 lakh for a Serbia work visa, said from there you can easily go to Italy", FlagIrregularRoute},
	} {
		r := Read(c.text)
		require.True(t, hasFlag(r, c.flag), "%q %s: %v", c.text, c.flag, r.Flags)
	}
	for _, c := range []struct{ text, flag string }{
		{"I sent 45000 to the agent for Qatar and he sent me a selection letter", FlagSelected},
		{"qatar.recruitment.dept@yahoo.com سے ای میل آئی کہ آپ سلیکٹ ہو گئے ہیں۔ میں نے ویزا پروسیسنگ کے ۸۵ ہزار بینک میں جمع کرا دیے", FlagSelected},
		{"maine online form bhara tha, phir email aai ke aap select ho gaye, 30 hazar processing fee bhejo", FlagSelected},
		{"how can i check if a recruiting agent is licensed? he says his licence is 2290/KHI but wont show me the paper", FlagNoLicence},
		{"he won't give his number, only talks on the phone he calls from", FlagNoLicence},
		{"offer letter from careers@emaar.com for a Dubai job, is it real?", FlagImpersonation},
		{"ایجنٹ کے نام سے ایک میسج آیا ہے کہ کل دفتر آ جائیں", FlagImpersonation},
		{"agent ne Dubai ka visa diya, wahan se aage Saudi chala gaya kaam ke liye", FlagIrregularRoute},
		{"my brother works in Serbia on a work visa, from there he sends money home every month", FlagIrregularRoute},
	} {
		r := Read(c.text)
		require.False(t, hasFlag(r, c.flag), "%q %s: %v", c.text, c.flag, r.Flags)
	}
}

// blind28's case types as families: a smuggler's service advertised on a
// page with its number (UR-037) is smuggling with its route; a question
// whether so many work visas were opened is a check (UR-036, through the
// count read as no sum); a local man with no office, on WhatsApp only,
// who took money from the boys of the neighbourhood, is an unlicensed
// recruiter (UR-039). Neighbours: such videos seen with no number or
// service, and money sent by a wallet to a WhatsApp-only company.
func TestFixB28CaseTypes(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, want string }{
		{"A TikTok account 'Europe Dunki Service' posts videos of boats going from Libya to Italy, with a number under them +216 27 448 913. many boys from our area are contacting it", CaseSmuggling},
		{"TikTok pe 'Europe dunki service' naam ka account Libya se Italy jane wali kashtiyon ki videos dalta hai, neeche number likha hota hai +216 27 448 913. hamare ilaqe ke bohat larke us se rabta kar rahe hain", CaseSmuggling},
		{"ٹک ٹاک پر 'یورپ ڈنکی سروس' نام کا اکاؤنٹ لیبیا سے اٹلی جانے والی کشتیوں کی ویڈیوز ڈالتا ہے، نیچے نمبر لکھا ہوتا ہے +216 27 448 913۔ ہمارے علاقے کے بہت سے لڑکے اس سے رابطہ کر رہے ہیں", CaseSmuggling},
		{"heard Italy opened 70,000 work visas for Pakistanis, is it true? where to apply?", CaseVerification},
		{"suna hai Italy ne Pakistanion ke liye 70 hazar work visas khol diye hain, kya ye sach hai? kahan apply karna hai?", CaseVerification},
		{"سنا ہے اٹلی نے پاکستانیوں کے لیے ستر ہزار ورک ویزے کھول دیے ہیں، کیا یہ سچ ہے؟ اس کے لیے کہاں اپلائی کرنا ہے؟", CaseVerification},
		{"in Dera Ismail Khan a man called Gul Zaman has no office, only talks on WhatsApp. he has taken 1.5 lakh each from six boys of our mohalla for Dubai jobs, no receipt to anyone", CaseUnlicensedRecruiter},
		{"Dera Ismail Khan me Gul Zaman naam ka ek banda hai jiska koi daftar nahi, sirf WhatsApp pe baat karta hai. hamare mohalle ke 6 larkon se Dubai ki naukri ke liye dedh dedh lakh le chuka hai, raseed kisi ko nahi di", CaseUnlicensedRecruiter},
		{"ڈیرہ اسماعیل خان میں گل زمان نام کا ایک بندہ ہے جس کا کوئی دفتر نہیں، صرف واٹس ایپ پر بات کرتا ہے۔ ہمارے محلے کے چھ لڑکوں سے دبئی کی نوکری کے لیے ڈیڑھ ڈیڑھ لاکھ لے چکا ہے، رسید کسی کو نہیں دی", CaseUnlicensedRecruiter},
		// neighbours
		{"a company with no office, only on WhatsApp, offered a Dubai job, I sent 1.5 lakh by JazzCash to 0301-1234567", CaseJobScamPaid},
		{"koi daftar nahi, sirf whatsapp pe baat hoti thi, maine Dubai job ke liye 80 hazar easypaisa kiye", CaseJobScamPaid},
		{"کوئی دفتر نہیں، صرف واٹس ایپ پر بات ہوتی تھی، میں نے دبئی کی نوکری کے لیے جاز کیش سے ۸۰ ہزار بھیجے", CaseJobScamPaid},
		{"Facebook page pe dunki ki videos dekhi, Italy wali, bas dekhne mein dar lagta hai", CaseOther},
	} {
		r := Read(c.text)
		require.Equal(t, c.want, r.CaseType, "%q", c.text)
		if c.want == CaseSmuggling {
			require.True(t, hasFlag(r, FlagIrregularRoute), "%q %v", c.text, r.Flags)
		}
	}
}

// blind28's urgency as families. A threat to have a husband abroad put in
// jail, with money asked, is a threat of the law against the family:
// urgent (UR-008). A ransom call about a son the writer says was asleep
// at home is a hoax: no emergency (RU-034). Kept in a house on the way
// until more is paid to be sent forward is the smuggler's price: smuggling,
// urgent (EN-043). A marriage abroad arranged for money, nothing done yet
// and the writer only afraid, is no emergency (UR-046). Neighbours: a
// husband locked in and threatened, a son kept "until we pay" and a son
// missing after such a call stay emergencies; a girl of 15 already given
// for money stays one.
func TestFixB28Urgency(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, urgency, caseType string }{
		{"The agent who sent my husband to Oman now phones me with threats: if you complain I will have your husband put in jail there. He is also asking 1 lakh. his number 0315-4402786", UrgencyUrgent, CaseRansom},
		{"jis agent ne mere shohar ko Oman bheja tha wo ab mujhe phone kar ke dhamkiyan deta hai ke shikayat ki to tumhare shohar ko wahan jail me dalwa dunga. sath 1 lakh bhi mang raha hai", UrgencyUrgent, CaseRansom},
		{"جس ایجنٹ نے میرے شوہر کو عمان بھیجا تھا وہ اب مجھے فون کر کے دھمکیاں دیتا ہے کہ شکایت کی تو تمہارے شوہر کو وہاں جیل میں ڈلوا دوں گا۔ ساتھ ایک لاکھ بھی مانگ رہا ہے", UrgencyUrgent, CaseRansom},
		{"got a call from +98 915 660 2473 saying your son is with us, send 10 lakh. but my son was asleep at home. who are these people, i want to report", UrgencyRoutine, ""},
		{"ek number se call aya k aap ka beta hamare paas hai 10 lakh bhejo. lekin beta to ghar me soya hua tha, ye log kaun hain, report karna hai", UrgencyRoutine, ""},
		{"ایک نمبر سے کال آئی کہ آپ کا بیٹا ہمارے پاس ہے دس لاکھ بھیجو۔ لیکن بیٹا تو گھر میں سویا ہوا تھا، یہ لوگ کون ہیں، رپورٹ کرنی ہے", UrgencyRoutine, ""},
		{"brother is in a house in Tehran with other boys, the dunki agent wont send them forward until we pay 3.5 lakh more. they are ok, food is coming", UrgencyUrgent, CaseSmuggling},
		{"bhai Tehran me ek ghar me hai 18 larkon ke sath, dunki agent kehta hai jab tak 3.5 lakh aur nahi doge aage nahi bhejunga. wo theek hain, khana mil raha hai", UrgencyUrgent, CaseSmuggling},
		{"بھائی تہران میں ایک گھر میں ہے اٹھارہ لڑکوں کے ساتھ، ڈنکی ایجنٹ کہتا ہے ساڑھے تین لاکھ اور دو تب آگے بھیجوں گا۔ سب ٹھیک ہیں، کھانا مل رہا ہے", UrgencyUrgent, CaseSmuggling},
		{"a marriage bureau man in our area brings proposals from Chinese men, says the girl's family will get 5 lakh and right after the wedding the girl will go to China. my aunt wants to marry her daughter there, i am scared", UrgencyRoutine, ""},
		{"hamare mohalle me ek marriage bureau wala Chinese larkon ke rishte la raha hai, kehta hai larki walon ko 5 lakh denge aur shadi ke foran baad larki China chali jayegi. meri khala apni beti ka rishta karna chahti hain, mujhe dar lag raha hai", UrgencyRoutine, ""},
		{"ہمارے محلے میں ایک میرج بیورو والا چینی لڑکوں کے رشتے لا رہا ہے، کہتا ہے لڑکی والوں کو ۵ لاکھ دیں گے اور شادی کے فوراً بعد لڑکی چین چلی جائے گی۔ میری خالہ اپنی بیٹی کا رشتہ کرنا چاہتی ہیں، مجھے ڈر لگ رہا ہے", UrgencyRoutine, ""},
		// neighbours that stay emergencies
		{"agent ne shohar ko Oman me ek kamre me band kar rakha hai, dhamkiyan deta hai, 1 lakh mang raha hai", UrgencyEmergency, ""},
		{"they said they will hold my brother till we pay 3 lakh more, he is in a house in Quetta", UrgencyEmergency, CaseRansom},
		{"ek number se call aya k aap ka beta hamare paas hai 10 lakh bhejo. beta do din se ghar nahi aaya", UrgencyEmergency, CaseRansom},
		{"my neighbour daughter Sana is only 15. her father fixed her nikah with a man from Oman, he is about 40 and gave them 6 lakh. they will send her with him on the 14th, next week. she cries all day", UrgencyEmergency, ""},
	} {
		r := Read(c.text)
		require.Equal(t, c.urgency, r.Urgency, "%q %v", c.text, r.Danger)
		if c.caseType != "" {
			require.Equal(t, c.caseType, r.CaseType, "%q", c.text)
		}
	}
}

// One back home safe, told only to thank or to tell, is no report
// (blind28 UR-049, RU-019): other, routine, no flags, whatever the model
// reads of the old journey. Neighbours: the same with a complaint against
// the agent keeps the agent's case, and one still in jail told "just to
// tell" stays a report.
func TestFixB28BackHomeOnlyTelling(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Mashallah my cousin is back from Azerbaijan. the agent had left him there but the embassy got him a ticket. now he is home and totally fine, just wanted to say thanks",
		"mashallah mera cousin Azerbaijan se wapis aa gaya hai. wahan agent ne chhor diya tha lekin embassy ne ticket dilwa diya. ab ghar pe hai bilkul khairiyat se, bas shukriya kehna tha",
		"ماشاءاللہ میرا کزن آذربائیجان سے واپس آ گیا ہے۔ وہاں ایجنٹ نے چھوڑ دیا تھا لیکن سفارت خانے نے ٹکٹ دلوا دیا۔ اب گھر پر ہے اور بالکل خیریت سے ہے، بس شکریہ کہنا تھا",
		"thank God my brother got deported from Iran and reached Taftan, he was 2 months in jail. now on the bus coming home. just wanted to tell you, no problem now",
		"shukar hai bhai Iran se deport ho k Taftan aa gaya hai, 2 mahine jail me raha. ab bus me hai ghar aa raha hai. bas bata rha tha, koi masla nahi ab",
		"شکر ہے بھائی ایران سے ڈیپورٹ ہو کر تفتان آ گیا ہے، دو مہینے جیل میں رہا۔ اب بس میں ہے گھر آ رہا ہے۔ بس بتانا تھا، اب کوئی مسئلہ نہیں",
	} {
		r := Read(s)
		require.Equal(t, CaseOther, r.CaseType, "%q", s)
		require.Equal(t, UrgencyRoutine, r.Urgency, "%q", s)
		require.Empty(t, r.Flags, "%q", s)
	}
	for _, s := range []string{
		"my cousin is back from Azerbaijan, the agent had left him there and took 4 lakh from him, I want to file a complaint against the agent",
		"cousin Azerbaijan se wapis aa gaya, agent ne wahan chhor diya tha aur 4 lakh liye the, agent ke khilaf shikayat karni hai",
		"کزن آذربائیجان سے واپس آ گیا ہے، ایجنٹ نے وہاں چھوڑ دیا تھا اور چار لاکھ لیے تھے، ایجنٹ کے خلاف شکایت کرنی ہے",
		"my brother is in jail in Iran for 2 months, just wanted to tell you, what should we do",
		"bhai Iran me jail me hai 2 mahine se, bas bata rha tha, kya karein",
	} {
		require.NotEqual(t, CaseOther, Read(s).CaseType, "%q", s)
	}
}

// An offer shown by a relative, told with no word of danger, is no
// emergency however the model reads "his phone" and "face book" (C33-001,
// 95%); an agent's phone switched off "too" ("فون بھی بند کر دیا ہے",
// C33-013) shuts no one in.
func TestFixC33CalmOffers(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"my son showed me this thing on his phone, it came on that face book where they put the job pictures. i am his father, not good with these mobiles so please be patient with me",
		"mere bete ne apne phone pe ye dikhaya, face book pe aya tha naukri wala. main baap hun, mobile chalana nahi aata, sabar se baat karna",
		"میرے بیٹے نے اپنے فون پر یہ دکھایا، فیس بک پر نوکری کا اشتہار تھا۔ میں اس کا باپ ہوں، موبائل چلانا نہیں آتا",
		"میں مردان سے بات کر رہی ہوں۔ ہمارے گاؤں کے ایک آدمی ملک شاہد نے بڑے بیٹے سے سعودیہ کے ڈرائیور ویزا کے پیسے لیے تھے، اب سال ہونے کو ہے نہ ویزا آیا نہ پیسے۔ فون بھی بند کر دیا ہے",
		"gaon ke aadmi ne bete se saudia ke visa ke paise liye, saal hone ko hai, phone bhi band kar diya hai",
		"a man from our village took money for a Saudi visa a year ago, now his phone is also switched off",
	} {
		r := Read(s)
		require.NotEqual(t, UrgencyEmergency, r.Urgency, "%q %v", s, r.Danger)
		require.NotContains(t, r.Situations, "confined", s)
	}
	for _, s := range []string{
		"فون بھی چھین لیا اور مجھے کمرے میں بند کر دیا ہے",
		"unhon ne phone bhi le liya aur mujhe kamre me band kar diya",
		"they took my phone and locked me in a room",
	} {
		require.Equal(t, UrgencyEmergency, Read(s).Urgency, s)
	}
}

// "this is not what they sold me" sells no one: no one is shut in; "they
// sold me to a factory owner" still is (C33-003).
func TestFixC33SoldAnIdea(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"this is not what they sold me",
		"they sold me a dream of Europe",
	} {
		require.NotContains(t, Read(s).Situations, "confined", s)
	}
	for _, s := range []string{
		"the agent sold me to a factory owner",
		"agent ne hume bech diya",
		"ایجنٹ نے ہمیں بیچ دیا",
	} {
		require.Equal(t, UrgencyEmergency, Read(s).Urgency, s)
	}
}

// A visa, a ticket or a sticker sold to someone is a sale of a thing, no
// person sold (blind29 EN-043: "agent sold us Portugal visa for 12 lakh"
// read as locked in, an emergency); a person sold to a man abroad still is.
func TestFixB29SoldAVisaIsNoSale(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"agent in Mirpur sold us a Portugal visa for 12 lakh, we checked on VFS it is not in the system",
		"agent ne humein Portugal ka visa 12 lakh mein bech diya, VFS pe check kiya system me nahi hai",
		"ایجنٹ نے ہمیں پرتگال کا ویزا بارہ لاکھ میں بیچ دیا، وی ایف ایس پر چیک کیا تو سسٹم میں نہیں ہے",
	} {
		r := Read(s)
		require.NotEqual(t, UrgencyEmergency, r.Urgency, "%q %v", s, r.Danger)
		require.NotContains(t, r.Situations, "confined", "%q", s)
	}
	for _, s := range []string{
		"the agent sold us to a man in Libya for 5 lakh each",
		"agent ne humein Libya me ek aadmi ko 5 lakh me bech diya",
		"ایجنٹ نے ہمیں لیبیا میں ایک آدمی کو پانچ لاکھ میں بیچ دیا",
	} {
		require.Equal(t, UrgencyEmergency, Read(s).Urgency, "%q", s)
	}
}

// A cricket score is a game: "qatal kar dia ... 48 balls pe 100" is an
// innings, not a killing, and its 100 no money (blind29 RU-016); balls
// and runs count no sum. A threat to kill over 100 more is still one.
func TestFixB29CricketIsAGame(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Rizwan ne aj to qatal kr dia bhai 48 balls pe 100, England ki band baja di",
		"Rizwan killed it today, 100 runs off 48 balls, England destroyed",
		"رضوان نے آج تو قتل کر دیا، 48 گیندوں پر 100، انگلینڈ کی بینڈ بجا دی",
	} {
		r := Read(s)
		require.Equal(t, UrgencyRoutine, r.Urgency, "%q %v", s, r.Danger)
		require.Empty(t, r.Entities.Amounts, "%q", s)
	}
	for _, s := range []string{
		"they will kill my brother if we do not pay 100 dollars more",
		"bhai ko qatal kar denge agar 100 dollar aur na diye",
		"بھائی کو قتل کر دیں گے اگر سو ڈالر اور نہ دیے",
	} {
		require.Equal(t, UrgencyEmergency, Read(s).Urgency, "%q", s)
	}
	for _, s := range []string{
		"agent ne 48 hazar liye aur phir 100 aur mangay",
		"the agent took 48 thousand and asked 100 more",
		"ایجنٹ نے 48 ہزار لیے اور پھر 100 اور مانگے",
	} {
		require.Len(t, Read(s).Entities.Amounts, 2, "%q", s)
	}
}

// Asking where the bureau's list is, to check a licence, is a
// verification request (blind29 RU-048); a licence named in a complaint
// with money paid stays the complaint.
func TestFixB29LicenceListIsAVerification(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"BEOE ki list kahan milti hai licence check krne k liye?",
		"where can i find the BEOE list to check a licence?",
		"بی ای او ای کی لسٹ کہاں ملتی ہے لائسنس چیک کرنے کے لیے؟",
	} {
		require.Equal(t, CaseVerification, Read(s).CaseType, "%q", s)
	}
	for _, s := range []string{
		"Makran Overseas, licence 4108/QTA, took 3 lakh from my son for an Oman visa and gave a receipt of only 15000",
		"Makran Overseas licence 4108/QTA ne bete se Oman visa ke 3 lakh liye, receipt sirf 15000 ki di",
		"مکران اوورسیز، لائسنس 4108/QTA، نے بیٹے سے عمان کے ویزے کے تین لاکھ لیے، رسید صرف 15000 کی دی",
	} {
		require.Equal(t, CaseOEPMisconduct, Read(s).CaseType, "%q", s)
	}
}

// A round sum set against another ("1200 riyal instead of 2000", "2000
// ki jagah", "2000 کی بجائے 1200 ریال") is in the other's currency and no
// year (blind29 EN-028); a year set against a year, with no currency,
// stays none. A relief or grant promised is money (RU-033).
func TestFixB29InsteadOfAndRelief(t *testing.T) {
	t.Parallel()
	sar := func(vs ...float64) []Amount {
		var out []Amount
		for _, v := range vs {
			out = append(out, Amount{Value: v, Currency: "SAR"})
		}
		return out
	}
	for _, c := range []struct {
		text string
		want []Amount
	}{
		{"the contract shows 1200 riyal instead of 2000", sar(1200, 2000)},
		{"contract me 1200 riyal likha hai 2000 ki jagah", sar(1200, 2000)},
		{"معاہدے میں 2000 کی بجائے 1200 ریال لکھا ہے", sar(2000, 1200)},
		{"he went in 2000 instead of 2001", nil},
		{"2000 ki jagah 2001 me gaya tha", nil},
		{"وہ 2019 کی بجائے 2020 میں گیا", nil},
		{"site says families of overseas workers will get 50000 relief, enter CNIC", []Amount{{Value: 50000, Currency: "PKR"}}},
		{"overseas workers ki families ko 50000 relief milega, CNIC dalo", []Amount{{Value: 50000, Currency: "PKR"}}},
		{"اوورسیز ورکرز کی فیملیز کو 50000 ریلیف ملے گا، شناختی کارڈ ڈالیں", []Amount{{Value: 50000, Currency: "PKR"}}},
	} {
		got := Read(c.text).Entities.Amounts
		var vs []Amount
		for _, a := range got {
			vs = append(vs, Amount{Value: a.Value, Currency: a.Currency})
		}
		require.Equal(t, c.want, vs, "%q", c.text)
	}
}

// A smuggler who asks more to go on "or I leave him here" (ورنہ یہیں
// چھوڑ دوں گا) demands more money mid-journey: urgent (blind29 UR-010,
// routine before). Someone at home who will leave and go, or leave a
// thing behind, demands nothing of a journey.
func TestFixB29MoreOrLeftHere(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"چچا زاد استنبول کے ایک گھر میں ہے۔ ایجنٹ کہتا ہے یونان کے لیے ۵ لاکھ اور بھیجو ورنہ یہیں چھوڑ دوں گا",
		"cousin Istanbul ke ek ghar me hai. agent kehta hai Greece ke liye 5 lakh aur bhejo warna yahin chhor dunga",
		"my cousin is in a house in Istanbul. the agent says send 5 lakh more for Greece or he will leave him here",
	} {
		r := Read(s)
		require.Equal(t, CaseSmuggling, r.CaseType, "%q", s)
		require.Equal(t, UrgencyUrgent, r.Urgency, "%q %v", s, r.Danger)
		require.Contains(t, r.Situations, "more_money", "%q", s)
	}
	for _, s := range []string{
		"امی کہتی ہیں ۵۰۰ اور بھیجو ورنہ یہیں چھوڑ کر چلی جاؤں گی",
		"rickshaw wala kehta hai 200 aur do warna yahin utaar dunga",
		"mom says send 500 more or i will leave the bike here at the shop",
	} {
		r := Read(s)
		require.Equal(t, UrgencyRoutine, r.Urgency, "%q %v", s, r.Danger)
		require.NotContains(t, r.Situations, "more_money", "%q", s)
	}
}

// Freed and home, asking where to complain of the agent who took the
// journey's price, is no ransom however the model reads a relative and a
// sum: on a smugglers' route, the journey's case (blind29 UR-013). Home
// but threatened for more is still extortion.
func TestFixB29FreedHomeComplaintIsNoRansom(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"اللہ کا شکر ہے میرا بیٹا لیبیا کی جیل سے رہا ہو کر گھر پہنچ گیا ہے۔ بس یہ پوچھنا تھا کہ اس ایجنٹ کے خلاف شکایت کہاں کریں جس نے ۲۵ لاکھ لیے تھے",
		"Allah ka shukar mera beta Libya ki jail se reha ho kar ghar pohanch gaya hai. us agent ke khilaf shikayat kahan karen jis ne 25 lakh liye the",
		"Thank God my son was released from jail in Libya and reached home. Where do we complain against the agent who took 25 lakh?",
	} {
		r := Read(s)
		require.Equal(t, CaseSmuggling, r.CaseType, "%q", s)
		require.Equal(t, UrgencyRoutine, r.Urgency, "%q %v", s, r.Danger)
	}
	for _, s := range []string{
		"my brother is back home now but the men who held him in Libya call and say pay 5 lakh or we will take him again. where to complain against them?",
		"bhai ghar pohanch gaya hai magar Libya wale phone kar ke kehte hain 5 lakh do warna dobara utha lenge. un ke khilaf shikayat kahan karen",
		"بھائی گھر پہنچ گیا ہے مگر لیبیا والے فون کر کے کہتے ہیں پانچ لاکھ دو ورنہ دوبارہ اٹھا لیں گے۔ ان کے خلاف شکایت کہاں کریں",
	} {
		r := Read(s)
		require.Equal(t, CaseRansom, r.CaseType, "%q", s)
		require.Equal(t, UrgencyUrgent, r.Urgency, "%q %v", s, r.Danger)
	}
}

// A caller who says he is from the FIA ("saying he is from FIA", "main
// FIA se hun", "میں ایف آئی اے سے ہوں") and asks money "or they will
// arrest him" extorts as an impersonated body: urgent, impersonation; a
// name "in the human smuggling list" is no route (blind29 EN-038, an
// emergency with an irregular route before). A journey by human
// smuggling keeps its route.
func TestFixB29FakeOfficialExtortion(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"someone called my mother in Larkana saying he is from FIA and my brother's name is in human smuggling list, pay 50,000 to clear it or they will arrest him. brother is working legally in Bahrain",
		"ammi ko kisi ne call ki ke main FIA se hun, aap ke bete ka naam human smuggling list me hai, 50 hazar do warna giraftar kar lenge",
		"امی کو کسی نے فون کیا کہ میں ایف آئی اے سے ہوں، آپ کے بیٹے کا نام انسانی اسمگلنگ کی لسٹ میں ہے، پچاس ہزار دو ورنہ گرفتار کر لیں گے",
	} {
		r := Read(s)
		require.Equal(t, CaseRansom, r.CaseType, "%q", s)
		require.Equal(t, UrgencyUrgent, r.Urgency, "%q %v", s, r.Danger)
		var codes []string
		for _, f := range r.Flags {
			codes = append(codes, f.Code)
		}
		require.Equal(t, []string{FlagImpersonation}, codes, "%q", s)
	}
	for _, s := range []string{
		"agent sent my brother by human smuggling route through Iran to Turkey",
		"agent ne bhai ko human smuggling ke raste Iran se Turkey bheja",
		"ایجنٹ نے بھائی کو انسانی اسمگلنگ کے راستے ایران سے ترکی بھیجا",
	} {
		r := Read(s)
		require.True(t, slices.ContainsFunc(r.Flags, func(f Flag) bool { return f.Code == FlagIrregularRoute }), "%q %v", s, r.Flags)
	}
}

// A film's hero who goes by the donkey route ("the hero goes to London by
// donkey route", "hero donkey route se London jata hai", "ہیرو ڈنکی روٹ
// سے لندن جاتا ہے") is fiction: no smuggling case, no route (blind29
// EN-018). An agent's dunki route for a cousin stays smuggling.
func TestFixB29FilmHeroIsFiction(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"just watched Dunki with my kids, the hero goes to London by donkey route lol. is this thing real? my cousin says people still go like this",
		"abhi bachon ke sath Dunki dekhi, hero donkey route se London jata hai lol. kya ye sach hota hai? cousin kehta hai log ab bhi aise jate hain",
		"ابھی بچوں کے ساتھ ڈنکی دیکھی، ہیرو ڈنکی روٹ سے لندن جاتا ہے۔ کیا یہ سچ ہوتا ہے؟ کزن کہتا ہے لوگ اب بھی ایسے جاتے ہیں",
	} {
		r := Read(s)
		require.Equal(t, CaseOther, r.CaseType, "%q", s)
		require.Empty(t, r.Flags, "%q", s)
	}
	for _, s := range []string{
		"agent says my cousin will go to Italy by dunki route next month, 20 lakh",
		"agent kehta hai cousin agle mahine dunki route se Italy jayega, 20 lakh",
		"ایجنٹ کہتا ہے کزن اگلے مہینے ڈنکی روٹ سے اٹلی جائے گا، بیس لاکھ",
	} {
		require.Equal(t, CaseSmuggling, Read(s).CaseType, "%q", s)
	}
}

// The FIA's own officer at the airport who finds a visa fake ("FIA
// officer said visa is fake", "FIA officer ne kaha", "ایف آئی اے افسر نے
// کہا") is the body acting, not one claiming to recruit for it: no
// impersonation (blind29 EN-031). One who says he is from the FIA and
// asks money still impersonates it.
func TestFixB29RealOfficerIsNoImpersonation(t *testing.T) {
	t.Parallel()
	has := func(s string) bool {
		return slices.ContainsFunc(Read(s).Flags, func(f Flag) bool { return f.Code == FlagImpersonation })
	}
	for _, s := range []string{
		"Agent gave my husband a Qatar work visa and he went to Karachi airport, FIA officer said visa is fake and the protector stamp also not real. Agent Kamran took 3.2 lakh",
		"agent ne shohar ko Qatar ka work visa diya, Karachi airport pe FIA officer ne kaha visa jaali hai aur protector stamp bhi naqli. agent Kamran ne 3.2 lakh liye",
		"ایجنٹ نے شوہر کو قطر کا ورک ویزا دیا، کراچی ایئرپورٹ پر ایف آئی اے افسر نے کہا ویزا جعلی ہے اور پروٹیکٹر کی مہر بھی نقلی۔ ایجنٹ کامران نے 3.2 لاکھ لیے",
	} {
		require.False(t, has(s), "%q", s)
	}
	for _, s := range []string{
		"someone called my mother saying he is from FIA, my brother's name is on a list, pay 50,000 or they will arrest him",
		"ammi ko kisi ne call ki ke main FIA se hun, 50 hazar do warna bete ko giraftar kar lenge",
		"امی کو کسی نے فون کیا کہ میں ایف آئی اے سے ہوں، پچاس ہزار دو ورنہ بیٹے کو گرفتار کر لیں گے",
	} {
		require.True(t, has(s), "%q", s)
	}
}
