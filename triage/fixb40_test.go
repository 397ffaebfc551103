package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Found in blind39/blind40 and C43/C44 (first plays of this session): words
// of danger denied, said in another sense, or about a plan, are no danger.
func TestFixB40DangerNotMeant(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, notSituation string }{
		// "no one hit him so far" (C44-020): a denial with no "has"
		{"the debt keeps growing, he gets maybe 100 euro a month in hand after cuts. they threaten him with police. no one hit him so far", "violence"},
		{"nobody beat us till now but they keep our passports", "violence"},
		{"ابھی مار پیٹ نہیں ہوئی لیکن پاسپورٹ لے لیا", "violence"},
		{"kafeel maarta nahi hai lekin gaaliyan deta hai", "violence"},
		// land or gold mortgaged to pay the agent (C43-028) is no hostage
		{"kitna time lagega? hum ne zameen girvi rakh k diye thay", "kidnap_ransom"},
		{"ہم نے زمین گروی رکھ کر ایجنٹ کو پیسے دیے", "kidnap_ransom"},
		{"we mortgaged our land to pay the agent 12 lakh", "kidnap_ransom"},
		// an agent who "will take my nephew to Spain" plans a journey (blind40 EN-041)
		{"an agent in Sargodha says he will take my nephew to Spain via Dubai and Mauritania for 35 lakh, half now half there. we have not paid anything. how to report him", "threats"},
		// an age written two years less (blind40 UR-050) is no child's age
		{"ایجنٹ نے نیا پاسپورٹ بنوا کر دیا جس میں میری عمر دو سال کم لکھی ہے تاکہ کوریا کا ٹیسٹ دے سکوں، ۶۰ ہزار لیے", "child"},
		{"agent ne passport me meri umar 3 saal kam likhwa di, 80 hazar liye", "child"},
	} {
		r := Read(c.text)
		require.NotContains(t, r.Situations, c.notSituation, c.text)
		require.NotEqual(t, UrgencyEmergency, r.Urgency, c.text)
	}
	// the same words as a threat or a hold still are
	for _, c := range []struct{ text, situation string }{
		{"unho ne mere bhai ko girvi rakh liya hai jab tak paise na do", "kidnap_ransom"},
		{"they said they will take my son if we dont pay", "threats"},
		{"sheikh ne bohat maara hai, haath toot gaya", "violence"},
		{"میری بیٹی کی عمر ۱۴ سال ہے، ایجنٹ اسے دبئی لے جا رہا ہے", "child"},
	} {
		require.Contains(t, Read(c.text).Situations, c.situation, c.text)
	}
}

// A worker abroad who is paid and fine, complaining of a contract broken or
// a room shared (blind40 EN-042, RL-042), is the mission's routine case:
// the model may not make it urgent from a worker's words alone.
func TestFixB40WorkerFine(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"I am in Poland since 1 year, contract says welder but company put me in packing section. salary is ok and I am fine, but I want to know if I can change employer",
		"mera bhai Romania me h, company ne contract wali accommodation nahi di, 8 log 1 kamre me rehte hain. salary mil rahi h. complaint kahan kare",
	} {
		r := Read(s)
		require.Equal(t, CaseWorkerDistress, r.CaseType, s)
		require.Equal(t, UrgencyRoutine, r.Urgency, s)
	}
	// unpaid is still urgent
	r := Read("mera bhai Romania me h, company 3 mahine se salary nahi de rahi, complaint kahan kare")
	require.Equal(t, UrgencyUrgent, r.Urgency)
}

// A boat or a dunki named as the way an agent sends someone is smuggling,
// however the model weighs the office and the money (C44-027); a person
// held for money on that road is still a ransom (C21-007).
func TestFixB40BoatIsSmuggling(t *testing.T) {
	t.Parallel()
	s := "میں کوٹلی آزاد کشمیر سے لکھ رہا ہوں۔ ایک ایجنٹ راجہ ٹریول ایجنسی والا میرے بیٹے کو لیبیا اور وہاں سے کشتی پر اٹلی بھیجنے کا کہہ رہا ہے۔ اٹھائیس لاکھ کا کہا ہے، تین لاکھ دے چکے ہیں۔\nراجہ ٹریول ایجنسی، کوٹلی\nتین لاکھ نقد دفتر میں دیے\nبیٹے کا پاسپورٹ ان کے پاس ہے"
	require.Equal(t, CaseSmuggling, Read(s).CaseType)
	s = "my son is in Libya with smugglers they are beating him. they want 10 lakh or they will kill him. He left 2 months ago with an agent to go to Europe by boat"
	require.Equal(t, CaseRansom, Read(s).CaseType)
}

// A sum taken back for a number with no unit is in the unit of the sum
// taken back ("14 lakh.. no sorry 14.5", "پانچ لاکھ... نہیں ساڑھے پانچ",
// C43-005); "saray 6.5 lakh" is 6.5 lakh, its half in the decimal
// (C43-027). A number after a "no" that counts something is no sum.
func TestFixB40CorrectedSumKeepsItsUnit(t *testing.T) {
	t.Parallel()
	require.Contains(t, amountValues("package was 14 lakh.. no sorry 14.5, the 50 hazar 'biometric fee' was extra"), 1450000.0)
	require.Contains(t, amountValues("پانچ لاکھ مانگے... نہیں ساڑھے پانچ"), 550000.0)
	require.Contains(t, amountValues("12 lakh.. nai 12.5 diye"), 1250000.0)
	require.Equal(t, []float64{650000}, amountValues("50k advance aur 6 lakh baad me, total saray 6.5 lakh")[2:])
	require.Equal(t, []float64{200000}, amountValues("2 lakh diye, nahi 3 bhai log the"))
	require.Equal(t, []float64{400000}, amountValues("4 lakh mangay, nahi 2 din pehle"))
}

// Found in blind41/blind42: "how do I complain to FIA?" with no case told
// is a question about the process; a worker abroad who tells his case and
// asks how to complain is still that case. A design or a campaign poster
// with children in it is no child in danger. "nobody is beating" is no
// violence; a debt written up from 1.8 to 3 lakh that keeps one working is
// bondage, urgent; a threat to hand a relative to the police unless paid
// is no kidnap; families called for money by those who hold people is a
// ransom. A road or a boat told as the agent's way is smuggling, unless
// it is asked about ("ye sahi rasta hai ya dunki?").
func TestFixB42Readings(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, caseType, urgency string }{
		{"how do i register a complaint with FIA online against an agent? which website", CaseOther, UrgencyRoutine},
		{"FIA ki shikayat wali helpline ka number kya h? agent ki complain krni h", CaseOther, UrgencyRoutine},
		{"ایف آئی اے میں ایجنٹ کے خلاف شکایت کیسے درج کروائیں؟ کون سے کاغذات چاہییں", CaseOther, UrgencyRoutine},
		{"Oman me hoon, contract me 200 rial likha tha ab company 130 de rahi hai aur kaam 12 ghante. complain kaise karun", CaseWorkerDistress, UrgencyRoutine},
		{"sir the poster with small children working in a factory is for our anti child labour campaign. please send final design by Monday", CaseOther, UrgencyRoutine},
		{"اسکول کے داخلوں کے اشتہار میں بچوں کی تصویریں لگانی ہیں، والدین سے اجازت لے لی ہے، ڈیزائن بھیج دیں", CaseOther, UrgencyRoutine},
		{"we are 9 guys in labour camp in Doha, company has our passports and not paid salary since 3 months. food is ok, nobody is beating, but we have no money to send home", "", UrgencyUrgent},
		{"zameendar ne hamara qarz 1.8 lakh se 3 lakh likh diya h, kehta h jab tak nahi utarta kisi aur ki zameen pe kaam nai karoge. Sanghar", CaseForcedLabour, UrgencyUrgent},
		{"my son is in Istanbul in agent's house for 2 months with 15 other boys. now agent wants 6 lakh more to send them to Greece, says if we dont pay he will hand them over to police", "", UrgencyUrgent},
		{"I am in Zuwara Libya, came for boat to Italy. the smugglers keep 60 pakistani in warehouse and beat us with pipes, they call our families for money, 2 boys very sick. this is my only chance to msg plz help us", CaseRansom, UrgencyEmergency},
		{"ہمارے گاؤں میں ایک بندہ یونان بھیجنے کے لیے لوگوں سے نقد پیسے لے رہا ہے، کوئی رسید نہیں دیتا، کوئی دفتر نہیں، کہتا ہے ایران ترکی سے آگے سڑک کے راستے لے جائے گا", CaseSmuggling, ""},
		{"Meri ammi ne Facebook pe dekha k Italy ki seasonal visa nikli hai, 'Decreto Flussi', aik agent 14 lac keh raha. ye sahi rasta hai ya dunki?", CaseVerification, UrgencyRoutine},
	} {
		r := Read(c.text)
		if c.caseType != "" {
			require.Equal(t, c.caseType, r.CaseType, c.text)
		}
		if c.urgency != "" {
			require.Equal(t, c.urgency, r.Urgency, c.text)
		}
	}
}

// Found in C46 (older parents who write long accounts): "children believe
// everything", "ہمارے بچوں کے منہ سے نوالہ چھینا ہے" (snatched the bread
// from our children's mouths) name no child in danger; "کویت نے ویزے بند
// کر دیے" (Kuwait stopped the visas) locks no one in.
func TestFixC46Idioms(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"He never gave any paper beta. Only once he showed on his phone a picture of a visa with some other boy's name. Kamran believed it, what can I say, children believe everything",
		"ایک سال ہو گیا۔ اب کہتا ہے کویت نے ویزے بند کر دیے، اللہ کی مرضی۔ ہمارے بچوں کے منہ سے نوالہ چھینا ہے اس نے",
		"agent ne hamare bachon ke munh se niwala cheen liya, 3 lakh le kar bhaag gaya",
		"he says Saudi visas are band now, wait. we paid 2 lakh",
	} {
		r := Read(s)
		require.NotContains(t, r.Situations, "child", s)
		require.NotContains(t, r.Situations, "confined", s)
		require.NotEqual(t, UrgencyEmergency, r.Urgency, s)
	}
	require.Contains(t, Read("ایجنٹ نے ہمارے بچوں کو ایک کمرے میں بند کر رکھا ہے").Situations, "confined")
}

// Found in C47/C48: an advert for security guards and gate keepers locks no
// one in; "I came to UK on a care worker visa 7 months ago" is there now;
// "the owner has my passport and pays nothing" is a passport kept and wages
// withheld, but "he pays nothing for the flat" withholds nothing.
func TestFixC48Readings(t *testing.T) {
	t.Parallel()
	ad := "🔥URGENT HIRING DUBAI🔥\nSecurity Guards / Gate Keepers required for 5 star hotels Dubai\nSalary: AED 3800 + accomodation\nVisa + ticket + medical total Rs 3,50,000 only (50% advance)\nGulf Star Manpower Services\nCall/WA: 0321-7745093"
	r := Read(ad)
	require.NotContains(t, r.Situations, "confined")
	require.Equal(t, UrgencyRoutine, r.Urgency)
	require.Contains(t, Read("guards at the gate, we cannot leave the camp").Situations, "confined")
	r = Read("Hello, I came to UK on a health and care worker visa 7 months ago. The care home gives me almost no shifts, I have not been paid properly for 3 months. I am scared")
	require.True(t, r.Abroad)
	r = Read("Now the owner has my passport and pays nothing, only food.")
	require.Contains(t, r.Situations, "documents_taken")
	require.Contains(t, r.Situations, "wages_withheld")
	require.NotContains(t, Read("he pays nothing for the flat, rent is included").Situations, "wages_withheld")
}

// Found in blind43/blind44: a debt abroad that grows as it is paid is the
// trafficker's hold (11 of 12 blind labels), unless it is claimed from the
// family with threats; "not allowed to work anywhere else" beside a kiln's
// growing debt is bondage, urgent ("else" is no threat there); "پانی بھی
// تھوڑا بچا ہے" (little water left) names no child; an electricity bill
// sent money for is a family's errand, no shock; a video sent with a sum
// asked by those who hold someone is a ransom; more money asked to take one
// on from Istanbul to Greece is the smuggler's price; a TV advert against
// child labour is no child at work.
func TestFixB44Readings(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, caseType, urgency string }{
		{"my cousin Farhan in Bahrain, company cuts 'ticket money' every month and now says he owes 900 dinar, more than when he came. they say if he leaves they will file absconding", CaseTrafficking, UrgencyUrgent},
		{"میرے دیور کو دبئی میں کمپنی نے کہا کہ ٹکٹ اور ویزے کا قرضہ ۱۲ ہزار درہم ہے، ہر مہینے کاٹتے ہیں مگر قرضہ کم نہیں ہوتا", CaseTrafficking, UrgencyUrgent},
		{"Sir im at a palm oil estate in Johor. contractor says my debt is now RM 4,500 for flight visa and room, every month it goes up not down. he says no going home until its paid", CaseTrafficking, ""},
		{"agent in Mandi Bahauddin who sent my son to Greece now says we owe him 8 lakh more, every month he adds 50 thousand 'interest' and sent 2 men to our house saying they will take our land", CaseRansom, UrgencyUrgent},
		{"brick kiln in Sheikhupura, my cousin and his wife took 2 lakh peshgi, now the owner says they owe 5 lakh and cuts their wages every week. they are not allowed to work anywhere else", CaseForcedLabour, UrgencyUrgent},
		{"me, my wife and my brother work at a kiln in Sheikhupura. munshi says our debt is now 4,80,000 and he keeps adding. we are not allowed to work anywhere else", CaseForcedLabour, UrgencyUrgent},
		{"آپا، بجلی کا بل ۱۸ ہزار آیا ہے، ابو کہہ رہے تھے جدہ سے پیسے بھیجو تو بل بھر دیں گے", CaseOther, UrgencyRoutine},
		{"ammi salam, Jeddah se 40 hazar bheje hain bank me, Sadia ki fees bhar dena. main theek hun", CaseOther, UrgencyRoutine},
		{"میرے شوہر کو لیبیا میں بنغازی کے ایک گودام میں بند کر رکھا ہے، روز مارتے ہیں اور ویڈیو بھیج کر ۲۵ لاکھ مانگ رہے ہیں۔ خدا کے لیے مدد کریں", CaseRansom, UrgencyEmergency},
		{"mera beta Istanbul pohanch gya agent k bando k sath, ab wo keh rahe Greece wale hisse k liye sawa do lakh aur bhejo warna wahin rahega. beta roz baat karta h", CaseSmuggling, UrgencyUrgent},
		{"TV ad me ek bacha bhatte pe kaam krta dikhaya phir wo school jata h, acha ad tha child labour k khilaf", "", UrgencyRoutine},
	} {
		r := Read(c.text)
		if c.caseType != "" {
			require.Equal(t, c.caseType, r.CaseType, c.text)
		}
		if c.urgency != "" {
			require.Equal(t, c.urgency, r.Urgency, c.text)
		}
	}
	require.NotContains(t, Read("Saudi me hun bhai, kafeel ne registan me bakriyon k sath chor dia, 3 din se khana nai aya pani b thora bacha h").Situations, "child")
}

// Found in blind45 (an emergency missed): walking in snow to cross the
// Turkish border, then four days with no phone reaching him or the agent,
// is an emergency; a herder in the desert for his kafeel is at work there,
// not on a smuggler's road.
func TestFixB45Readings(t *testing.T) {
	t.Parallel()
	r := Read("bete ne Turkey border cross krne se pehle voice note bheja tha k barf me chal rahe hain. 4 din ho gaye, na uska na agent ka phone lag raha")
	require.Equal(t, UrgencyEmergency, r.Urgency)
	require.Equal(t, CaseSmuggling, r.CaseType)
	r = Read("my husband grazes camels for a kafeel in the desert near Hafr al Batin. he has fever for 3 days and kafeel wont take him to hospital. this morning his voice was very weak and now the phone is off")
	require.Equal(t, UrgencyEmergency, r.Urgency)
	require.NotEqual(t, CaseSmuggling, r.CaseType)
	require.Contains(t, Read("we are 12 people in the desert between Niger and Libya, the truck left us, no water").Situations, "at_sea_or_border")
}

// Found in blind46 (two emergencies missed at first play): a son put on
// the line crying, then a sum to arrange, and "if you want to talk to your
// son, arrange 20 lakh by tomorrow" are ransom calls, emergencies; people
// made to trap others through fake accounts are forced into scam work, and
// phones collected by the company are taken (urgent, were routine).
func TestFixB46Readings(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, caseType, urgency string }{
		{"we got a call from +218 91 445 7321, they put my son Hamza on the line for few seconds he was only crying. then a man said arrange 30 lakh in 2 days, he will send account no. what should we do", CaseRansom, UrgencyEmergency},
		{"ابو کو لیبیا کے ایک نمبر +۲۱۸۹۲۳۳۰۱۸۷۴ سے کال آئی، کہنے لگے بیٹے سے بات کرنی ہے تو کل تک بیس لاکھ کا بندوبست کر لو۔ بیٹا پچھلے مہینے اٹلی جانے کے لیے نکلا تھا", CaseRansom, UrgencyEmergency},
		{"abbu ko call aayi, kaha bete se baat karni hai to 15 lakh ka intezam karo", CaseRansom, UrgencyEmergency},
		{"میرے شوہر کو کمبوڈیا ڈیٹا انٹری کا کہہ کر لے گئے، اب فیس بک پر جعلی اکاؤنٹ بنا کر لوگوں کو پھنسانے کا کام کرواتے ہیں، انکار کرے تو جرمانہ لگاتے ہیں", CaseTrafficking, UrgencyUrgent},
		{"قطر میں کمپنی نے ہم سب کے فون جمع کر لیے ہیں، ہفتے میں صرف جمعہ کو ایک گھنٹے کے لیے دیتے ہیں۔ یہ میسج دوست کے فون سے کر رہا ہوں", CaseTrafficking, UrgencyUrgent},
	} {
		r := Read(c.text)
		require.Equal(t, c.caseType, r.CaseType, c.text)
		require.Equal(t, c.urgency, r.Urgency, c.text)
	}
}
