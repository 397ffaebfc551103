package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Red flags learnt from blind19's misses, in wordings written here (not
// the blind set's), with neighbours that must not change.

// An azad or free visa in Urdu's oblique case ("آزاد ویزے کے ۸ لاکھ") is
// red flag 3 as "آزاد ویزا" is (blind19 UR-033).
func TestRound19AzadVisaOblique(t *testing.T) {
	t.Parallel()
	requireFlag(t, FlagGuaranteedVisa, []string{
		"ہمارے محلے میں ایک آدمی سعودیہ کے آزاد ویزے کے چھ لاکھ مانگ رہا ہے",
		"وہ دبئی کے فری ویزے بیچتا ہے، سات لاکھ کا ایک",
		"ایجنٹ کہتا ہے آزاد ویزے پر جاؤ، وہاں جو مرضی کام کرو",
		"مفت ویزے کا کہہ کر دو لاکھ لے لیے",
		"آزاد ویزے کے لیے ساڑھے پانچ لاکھ دیے تھے",
		"bhai ye banda azad visay ke 6 lakh le rha hai Saudia ke",
		"he is selling azad visas for Saudi, 7 lakh each",
		"Qatar ka free visa 5 lakh me de raha hai",
	}, []string{
		"میرے بھائی کے ویزے کی میعاد ختم ہو گئی ہے",
		"ویزے کے لیے کاغذات جمع کروا دیے ہیں",
	})
}

// A claim to call or speak from a body ("ہم او ای سی سے بول رہے ہیں", "he
// says he is HR of Emirates airline") is red flag 9 when a selection or a
// job comes with it (blind19 UR-038, EN-033).
func TestRound19SpeakingFromOfficial(t *testing.T) {
	t.Parallel()
	requireFlag(t, FlagImpersonation, []string{
		"میرے ابو کو کال آئی کہ ہم او ای سی سے بول رہے ہیں، آپ کوریا کی نوکری کے لیے منتخب ہو گئے ہیں",
		"ایک بندہ کہتا ہے میں بیورو سے بول رہا ہوں، آپ کا نام سعودیہ کی نوکری کے لیے منتخب ہوا ہے",
		"فون آیا کہ ہم ایف آئی اے سے بات کر رہے ہیں، آپ کی بیرون ملک نوکری کی فائل کے ۲۰ ہزار جمع کروائیں",
		"call ayi k hum OEC se bol rahe hain, aap Korea job k liye select ho gaye ho",
		"wo keh rha tha mai bureau se bol rha hun, apki Saudia ki job ki selection hui hai",
		"a man called, said he is calling from OEC and I am selected for a Korea job",
		"he says he is HR of Qatar Airways and offering me a cabin crew job without interview",
		"the caller said he is a recruiter of Emirates airline and I am selected for ground staff job",
		"this is Ahmed from OEC, you are selected for Japan caregiver job, pay 15000 registration",
	}, []string{
		"میں نے او ای سی سے بات کی، انہوں نے کہا رجسٹریشن ابھی بند ہے",
		"my cousin works in a government office and says the Korea job test is in May",
		"my brother says he is in Dubai and his company has not paid him",
	})
}

// The price of an azad visa that people have already paid ("mere chacha de
// chuke hain", "کئی لڑکے دے چکے ہیں") is a fee, as a paid azad-visa price
// is by the table's rule (blind19 RU-031).
func TestRound19AzadVisaAlreadyPaid(t *testing.T) {
	t.Parallel()
	requireFlag(t, FlagFeeBefore, []string{
		"Mardan me ek agent Saudia k azad visa k 7 lakh le rha h, mere mamu de chuke hain",
		"Swat me ek banda Dubai ka azad visa 5 lakh ka bech rha h, 3 larke de chuke",
		"Okara wala agent azad visa ke 6 lakh leta hai, hamare gaon ke kai log dy chuky hain",
		"ایک بندہ سعودیہ کے آزاد ویزے کے سات لاکھ لیتا ہے، میرے ماموں دے چکے ہیں",
		"گاؤں کا ایک بندہ سعودیہ کے آزاد ویزے کے چھ لاکھ لیتا ہے، کوئی لائسنس نہیں، دو لڑکے دے چکے ہیں",
		"a man in Mardan sells Saudi azad visa for 7 lakh, my uncle has already paid",
	}, []string{
		"ایک بندہ سعودیہ کا آزاد ویزا ساڑھے پانچ لاکھ میں بیچ رہا ہے",
		"azad visa for 7 lakh, contact Gul Nawaz",
	})
}

// A selection told by one who paid for the job ("I sent 45000 ... he sent
// me selection letter") is no selection without applying: no blind set
// marks any of its 7 such accounts (blind19 EN-028).
func TestRound19PaidThenSelected(t *testing.T) {
	t.Parallel()
	requireFlag(t, FlagSelected, []string{
		"Congratulations! You are selected for Dubai driver job without interview. Send CNIC on WhatsApp",
		"aap Saudia ki job ke liye select ho gaye hain, bina interview, 20 hazar processing fee bhejein",
		"آپ قطر کی نوکری کے لیے منتخب ہو گئے ہیں، انٹرویو کی ضرورت نہیں، فیس بھیجیں",
	}, []string{
		"I sent 45000 by JazzCash to a man on facebook for a Qatar guard job, then he sent me a selection letter by email. now his number is off",
		"I paid 60,000 to an agent for Oman driver job, he said I was selected, now he is not answering",
		"maine 50 hazar easypaisa kiye Dubai job ke liye, phir selection letter aya, ab number band hai",
		"bhai ne 40 hazar jazzcash kiye the Saudia ki naukri ke liye, unhon ne kaha select ho gaye, ab koi jawab nahi",
		"میں نے قطر کی نوکری کے لیے ۴۵ ہزار جاز کیش کیے، پھر سلیکشن لیٹر آیا، اب نمبر بند ہے",
		"ہم نے دبئی کی نوکری کے لیے ایجنٹ کو ۸۰ ہزار دیے، اس نے کہا آپ منتخب ہو گئے، اب فون نہیں اٹھاتا",
	})
}

// One held, kidnapped or beaten in Libya or Iran on the way, told over and
// done from home, is a smuggler's ordeal with its route, as every blind
// set labels it (blind19 EN-012, UR-012; blind16 RU-016); "held in a
// house" and "بند رکھا گیا تھا" are being locked in. Held there now, it
// is an emergency; made to work there with papers kept, trafficking.
func TestRound19HeldOnTheRouteIsSmuggling(t *testing.T) {
	t.Parallel()
	past := []string{
		"Last year I was held in a house in Benghazi for two months. Thank God I am back in Gujrat since March. I want to report the agent who sent me, he took 20 lakh",
		"In 2022 I was kept in a warehouse in Libya for 4 months. Now I am home in Kharian and fine. The same agent is still sending boys",
		"Two years ago I was held in a room in Zahedan by the agent's men, now I am safe at home in Mandi Bahauddin. I want to give his name",
		"پچھلے سال مجھے طرابلس میں ایک گودام میں بند رکھا گیا تھا، اب اللہ کا شکر ہے سیالکوٹ میں گھر پر ہوں۔ جس ایجنٹ نے بھیجا تھا اس کی شکایت کرنی ہے",
		"دو سال پہلے مجھے ایران میں ایک گھر میں بند رکھا گیا تھا، اب میں گھر واپس آ گیا ہوں۔ وہ ایجنٹ ابھی بھی لڑکے بھیج رہا ہے",
		"2021 me mujhe Libya me ek ghar me band rakha gaya tha 3 mahine, ab Alhamdulillah Gujranwala me ghar pe hun. us agent ki shikayat karni hai",
		"pichle saal mujhe Iran me smuglaron ne band rakha tha, ab wapis ghar aa gya hun theek hun. wo agent ab b larke bhej rha h",
		"mere bhai ko 2023 me Libya me qaid rakha gaya tha, ab wo ghar pe hai. jis agent ne bheja tha uska number 0321 4567890",
	}
	requireRead(t, CaseSmuggling, UrgencyRoutine, past...)
	requireFlag(t, FlagIrregularRoute, past, nil)
	requireRead(t, "", UrgencyEmergency,
		"my son is held in a house in Tripoli, they beat him and want 20 lakh",
		"میرے بھائی کو لیبیا میں ایک گھر میں بند رکھا گیا ہے، روز مارتے ہیں",
		"bhai ko Iran me ek kamre me band rakha gaya hai, khana nahi dete",
	)
	requireRead(t, CaseTrafficking, "",
		"بیٹا اٹلی کے بجائے لیبیا میں کسی کے فارم پر کام کر رہا ہے، ایجنٹ کے بندوں نے اس کا پاسپورٹ رکھ لیا ہے، تنخواہ نہیں دیتے",
	)
}

// One placed in a town here who takes a sum a head and talks only on
// WhatsApp recruits in person (blind19 RU-032): an unlicensed recruiter,
// as one who collects money around him is, not an online offer.
func TestRound19LocalRecruiterOnWhatsApp(t *testing.T) {
	t.Parallel()
	requireCase(t, CaseUnlicensedRecruiter, []string{
		"ek banda Larkana me Oman k visit visa pe bhej rha h, 3 lakh per banda leta h, bas WhatsApp pe baat krta h office koi nai",
		"Sialkot me ek aadmi Dubai ke visay bechta hai 4 lakh ka, sirf whatsapp pe baat karta hai",
		"a man in Okara takes 2 lakh per head for Malaysia jobs, only talks on WhatsApp, no office",
		"سکھر میں ایک بندہ ملائیشیا کے لیے فی بندہ ڈھائی لاکھ لیتا ہے، صرف واٹس ایپ پر بات کرتا ہے، دفتر کوئی نہیں",
		"ملتان کا ایک آدمی لوگوں سے دبئی بھیجنے کے پیسے لے رہا ہے، واٹس ایپ پر ہی بات کرتا ہے",
	})
	// an offer on a page or a link is still an online one
	requireCase(t, CaseJobOfferSuspicious, []string{
		"Facebook page 'Dubai Jobs Lahore' says driver jobs, 2 lakh per head, WhatsApp 0300 1234567",
	})
}

// "3.4 lakh pakistanion k liye naukriyan" counts people, and "k liye" is
// "for", no money taken: an announcement asking a fee is an offer, not a
// paid scam (blind19 RU-050).
func TestRound19CountOfPeopleIsNoSum(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Japan ne 2.5 lakh pakistanion k liye naukriyon ka elaan kr dia, registration fee 3000 is link pe bhejen jp-jobs.blogspot.com",
		"Korea me 1.2 lakh pakistaniyon ke liye jobs, fee 2000 bhejein korea-jobs-pk.blogspot.com",
		"جاپان نے تین لاکھ پاکستانیوں کے لیے نوکریوں کا اعلان کر دیا، رجسٹریشن فیس ۲۰۰۰ بھیجیں",
		"Saudi Arabia announces 3 lakh 40 thousand jobs for Pakistanis, send 5000 registration fee on this link saudi-jobs.blogspot.com",
	} {
		r := Read(s)
		require.Len(t, r.Entities.Amounts, 1, "%q: %v", s, r.Entities.Amounts)
		require.Equal(t, CaseJobOfferSuspicious, r.CaseType, "%q", s)
		require.Contains(t, flagCodes(r), FlagFeeBefore, "%q", s)
	}
}

// The medical's price at the one named lab is red flag 8's, not a fee
// before a contract (10 of 14 such prices in the blind sets unmarked;
// blind19 RU-028, EN-048), and a grouped sum after the lab's name and town
// is a sum.
func TestRound19NamedLabPriceIsNoFee(t *testing.T) {
	t.Parallel()
	lab := []string{
		"Saudia driver jobs\nsalary 2000 riyal\nmedical sirf Al-Shifa Lab Gujranwala se 35,000\nrabta sirf WhatsApp +966 50 111 2233",
		"The agent says medical only from City Diagnostic Centre Lahore, fee 30000, no other lab accepted. is this ok?",
		"ایجنٹ کہتا ہے میڈیکل صرف النور لیب ملتان سے ہوگا، فیس ۳۵ ہزار",
		"agent keh raha medical sirf unki batai hui lab se hoga 30 hazar ka",
	}
	requireFlag(t, FlagNamedMedical, lab, nil)
	requireFlag(t, FlagFeeBefore, []string{
		"Qatar guard jobs\nmedical sirf Al-Noor Lab Multan se\nregistration fee 15,000\nWhatsApp 0300 1234567",
		"میڈیکل صرف الشفاء لیب سے، رجسٹریشن فیس ۱۵۰۰۰، سعودی عرب کی نوکری",
	}, lab)
	r := Read(lab[0])
	require.Contains(t, r.Entities.Amounts, Amount{Value: 35000, Currency: "PKR", Text: "35,000"})
}

// A boat or road route to Europe advertised ("اٹلی بذریعہ کشتی، گارنٹی کے
// ساتھ", blind19 UR-044) is smuggling with its route; the smuggler's
// guarantee is of the crossing, not red flag 3's visa.
func TestRound19ItalyByBoatAdvert(t *testing.T) {
	t.Parallel()
	ads := []string{
		"ایک بندہ کہہ رہا ہے یونان بذریعہ سڑک ۱۸ لاکھ میں پہنچا دے گا، گارنٹی کے ساتھ",
		"ایک ایجنٹ کہتا ہے اٹلی کشتی کے ذریعے ۲۰ لاکھ میں پہنچا دوں گا",
		"TikTok pe video chal rahi hai 'Italy by boat 100% guarantee' aur Libya ka number diya hai +218 91 555 1234",
		"agent keh raha Italy kashti se bhej dega 25 lakh me",
		"agent in Kharian says Spain via boat, guaranteed, 24 lakh, half now",
	}
	requireCase(t, CaseSmuggling, ads)
	requireFlag(t, FlagIrregularRoute, ads, nil)
	requireFlag(t, FlagGuaranteedVisa, nil, ads)
}

// A death on the road heard of in the neighbourhood, with nobody of the
// writer's house going ("ہمارے گھر سے کوئی باہر نہیں جا رہا"), is news of
// others, no report (blind13 UR-018, read again after retraining).
func TestRound19NobodyOfOursGoing(t *testing.T) {
	t.Parallel()
	requireCase(t, CaseOther, []string{
		"ہمارے محلے میں سنا ہے کسی کا بیٹا ایران کے راستے گیا تھا اور راستے میں فوت ہو گیا، ہمارے گھر سے کوئی باہر نہیں جا رہا",
		"mohalle me suna hai kisi ka beta Turkey ke raste gaya tha aur raste me fot ho gaya, hamare ghar se koi bahar nahi ja raha",
		"news: people in our mohalla say someone's son died on the way through Iran. no one from our family is going",
	})
}

// A number, agent or offer the writer asks to have checked is a check
// asked for, however much of the offer it quotes (blind19 RU-036): the
// model may overrule it only when it is sure.
func TestRound19CheckThisNumber(t *testing.T) {
	t.Parallel()
	checks := []string{
		"bhai ye number check kro +971 55 765 4321, kehta h Emirates airline ka HR hun, bina interview selection, 40 hazar processing fee",
		"yar ye number check kro +971 52 111 2233, kehta h Etihad airways ka HR hun, bina interview selection, 60 hazar processing fee",
		"ye no check kro +971 56 999 8877, bolta h Qatar Airways ka recruiter hun, bina interview selection, 35 hazar file charges",
		"bhai ye number check karo 0345 1122334, kehta hai Aramco ka HR hun, bina interview selection, 45 hazar processing fee",
		"check this number +971 55 123 9876, says he is Emirates airline HR, selection without interview, 50 thousand processing fee",
		"یہ نمبر چیک کرو +971 55 123 4567، کہتا ہے ایمریٹس ایئرلائن کا ایچ آر ہوں، بغیر انٹرویو سلیکشن، ۵۰ ہزار پروسیسنگ فیس",
		"بھائی یہ نمبر چیک کریں 0300 1234567، کہتا ہے قطر ایئرویز کا ایچ آر ہوں، بغیر انٹرویو سلیکشن، ۴۰ ہزار فیس",
	}
	requireCase(t, CaseVerification, checks)
	// an advert forwarded with no check asked stays an offer
	requireCase(t, CaseJobOfferSuspicious, []string{
		"Qatar Airways HR, selected without interview, 40 hazar processing fee, WhatsApp +971 55 765 4321",
	})
}

// A protector stamp the agent had put on himself ("مہر ایجنٹ خود لگوا",
// "mohar khud lagwa di") is document fraud even when asked about, and "no
// BEOE receipt", "بیورو کی کوئی رسید نہیں" is no receipt (blind19 UR-042,
// EN-037). Every wording read otherwise before but the first and third.
func TestRound19SelfStampedProtectorNoBureauReceipt(t *testing.T) {
	t.Parallel()
	texts := []string{
		"protector stamp on my passport looks fake, agent did it himself and there is no BEOE receipt. flight is on monday to Oman",
		"کیا پروٹیکٹر کی مہر ایجنٹ خود لگوا سکتا ہے؟ میرے بھائی کے پاسپورٹ پر مہر ہے لیکن بیورو کی کوئی رسید نہیں ملی",
		"the agent put the protector stamp himself, no bureau receipt given, is it valid? flight to Dubai next week",
		"kya protector ki mohar agent khud lagwa sakta hai? mere passport pe mohar hai magar bureau ki koi raseed nahi mili",
		"agent ne protector ki mohar khud lagwa di, koi sarkari raseed nahi di",
		"ایجنٹ نے پروٹیکٹر کی مہر خود لگوا دی، بیورو کی کوئی رسید نہیں دی",
	}
	requireCase(t, CaseDocumentFraud, texts)
	requireFlag(t, FlagNoReceipt, texts, []string{
		"the bureau gave a receipt for the protector fee, flight on friday",
	})
}

// When the model says "other" of a danger the rules read and its next
// reading stands, forced labour needs work named: a child taken away with
// no word of work is no forced labour (retraining moved "woh aadmi bachi
// ko utha kar le gaya" there at a margin of 0.0002).
func TestRound19ChildTakenIsNoForcedLabourUnnamed(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"woh aadmi bachi ko utha kar le gaya",
		"ek aadmi bache ko utha kar le gaya",
		"وہ آدمی بچی کو اٹھا کر لے گیا",
		"a man picked up the girl and took her away",
	} {
		require.NotEqual(t, CaseForcedLabour, Read(s).CaseType, s)
	}
}

// A journey still to come that the model reads as smuggling where the rules
// read an offer, nobody abroad or hurt, is a plan: the model must be sure
// to raise it (the test split's EN2-0607 was raised at 20% after merging
// main and retraining).
func TestRound19RoutePlanIsNoEmergency(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"The agent is asking for my son's passport and 10 lakh to send him 'to Europe via Belarus' in a group next month",
		"agent mere bete ka passport aur 12 lakh mang raha hai, agle mahine group me Belarus ke raste Europe bhejega",
		"ایجنٹ میرے بیٹے کا پاسپورٹ اور دس لاکھ مانگ رہا ہے، اگلے مہینے گروپ میں بیلاروس کے راستے یورپ بھیجے گا",
	} {
		r := Read(s)
		require.NotEqual(t, UrgencyEmergency, r.Urgency, "%q: %v", s, r.Danger)
	}
}
