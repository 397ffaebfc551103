package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Found in blind200 and blind201 (first played in the twenty-ninth
// session): a child put to work in a house here and kept from her family
// is forced labour; a stranger's ordeal of years ago, an old illness now
// well, a cricket win, a fall at work; a visa that shows another's name.
func TestSession29Reads(t *testing.T) {
	t.Parallel()
	requireReads(t, []readCase{
		// kept from the family at the work she was taken to (B200-UR-010,
		// B201-RU-046), and the Roman Urdu neighbour of the first
		{"باجی آپ سے بات کرنی تھی۔ میری بیٹی کو ایک عورت اسلام آباد میں گھر کے کام کے لیے لے گئی تھی۔ دو مہینے سے فون پر بات نہیں کرواتے، کہتے ہیں سو رہی ہے۔ کل اس نے کسی اور کے فون سے بس اتنا کہا 'امی مجھے لے جاؤ' اور رونے لگی۔ اس کی عمر تیرہ سال ہے۔", CaseForcedLabour, UrgencyEmergency},
		{"Meri 11 saal ki beti ko Islamabad E-11 me ek ghar me kaam pe diya tha. 4 mahine se baat nahi karwate, kehte 'busy h'. Kal gayi to gate se hi wapis kr dia, andar se rone ki awaz aa rahi thi", CaseForcedLabour, UrgencyEmergency},
		// passed on to another house: trafficked (B134-RU-027)
		{"Meri bhanji 14 saal ki h, agent ne Lahore k ek ghar me kaam pe lagwaya tha, ab pata chala usko Karachi kisi aur ghar me de dia, hamain number nahi dete. Last call pe ro rahi thi 'mujhe le jao'", CaseTrafficking, UrgencyEmergency},
		// "two years in a Libyan jail", now home: how long, no child's age (B200-UR-020)
		{"الحمدللہ، میرا بھائی جو دو سال سے لیبیا کی جیل میں تھا، پچھلے ہفتے گھر پہنچ گیا ہے۔ سفارت خانے والوں کا بہت شکریہ۔ اب وہ بالکل ٹھیک ہے، سب اسے دعاؤں میں یاد رکھیں۔", CaseOther, UrgencyRoutine},
		// a stranger's ordeal of years ago, told for posters (B200-EN-041)
		{"In our Friday gathering Maulvi sahib told about a boy from the next village who was kept in chains in Libya some years ago. Everyone was scared. Can you send some posters we can put up in the mosque for awareness?", CaseOther, UrgencyRoutine},
		// an old illness, well now, a birthday (B201-UR-024)
		{"پچھلے سال ابو کو جدہ میں دل کا دورہ پڑا تھا، اللہ کا شکر ہے اب بالکل ٹھیک ہیں اور گھر پر ہیں۔ آج ان کی سالگرہ ہے 🎂", CaseOther, UrgencyRoutine},
		// a cricket win (B201-RU-032)
		{"Pakistan ne aaj South Africa ko dho dala 🔥 Babar ne maar maar k bhurta bana dia bowlers ka, qatl e aam tha bhai", CaseOther, UrgencyRoutine},
		// an instalment paid, no drama's episode (B201-UR-033)
		{"یونیورسٹی کا طالب علم ہوں۔ ٹیلیگرام پر ایک کنسلٹنٹ نے کہا آئرلینڈ کا ورک پرمٹ گارنٹی کے ساتھ لگواؤں گا، پہلی قسط ۸۰ ہزار بینک میں جمع کروائی۔ اب اس کا ٹیلیگرام اکاؤنٹ ڈیلیٹ ہے اور دیا ہوا نمبر بند", CaseJobScamPaid, UrgencyRoutine},
		// a visa or a protector that shows another's name (B200-EN-039, B200-UR-037)
		{"The agent gave me a Saudi work visa paper with barcode for 'Al Rashid Contracting'. When I checked the visa number on the Saudi MOFA site it shows a different person's name, a woman from Indonesia! I already paid him 4,25,000. His office is closed since Friday. Name Malik Arshad, Chiniot.", CaseDocumentFraud, UrgencyRoutine},
		{"ایجنٹ نے جو پروٹیکٹر کارڈ دیا اس کا نمبر بیورو کی ویب سائٹ پر چیک کیا تو کسی اور کے نام نکلا۔ ایجنٹ نے پروٹیکٹر فیس کے نام پر ۳۸ ہزار الگ لیے تھے۔ گوجرانوالہ کا ایجنٹ ہے، نام وقاص ہے۔ میں ابھی گیا نہیں۔", CaseDocumentFraud, UrgencyRoutine},
		// held on the road, money demanded to move him on (B201-EN-038)
		{"My brother left for Spain with an agent in January, route through Mauritania. He was supposed to reach 'the camp' in 10 days. Its been 5 weeks. Now a man calls from a foreign number, says 'your brother is with us, send 8 lakh to this account and we will send him forward' and doesn't let me talk to him", CaseRansom, UrgencyEmergency},
		// the same words in a scam call, the son asleep at home: no emergency
		{"got a call from +98 915 660 2473 saying your son is with us, send 10 lakh. but my son was asleep at home. who are these people, i want to report", CaseRansom, UrgencyRoutine},
	})
	// a fall at work is no beating (B201-EN-043)
	r := Read("My husband fell from scaffolding in Sohar 3 weeks ago and broke his leg. Company paid the hospital but has stopped his salary (OMR 180) and says go home at your own expense. He has his passport but we can't afford the ticket")
	require.Equal(t, CaseWorkerDistress, r.CaseType)
	require.NotContains(t, r.Situations, "violence")
	require.NotContains(t, Read("they beat him and he fell down and broke his leg").Situations, "medical")
	// "I didn't fill anything and paid nothing": no wages withheld (B200-EN-020)
	require.NotContains(t, Read("The site asks for CNIC and card details. I didn't fill anything and paid nothing. Please get it blocked").Situations, "wages_withheld")
}

// A count of followers and a masked account's digits are no money
// (B201-EN-040, B201-UR-001). A sum taken back in the same message ("Rs
// 6,20,000 from us, no wait, 6,70,000", B201-EN-016) stays among the sums
// named: the conversation reads which one an answer settles on, and a
// conversation's referral keeps the sums its texts name (C18-013).
func TestSession29Amounts(t *testing.T) {
	t.Parallel()
	for text, want := range map[string][]float64{
		"A Facebook page 'OEC Korea Jobs Official' with 40k followers asks Rs 3,200 by card":                 {3200},
		"میزان بینک: آپ کے اکاؤنٹ ***۵۵۰۲ سے ۴,۸۰۰ روپے اے ٹی ایم کے ذریعے نکالے گئے۔ بقیہ رقم ۱۷,۲۳۰ روپے۔": {4800, 17230},
		"A/C ****1234 debited Rs 500": {500},
	} {
		require.Equal(t, want, amountValues(text), text)
	}
}

// Found in blind202 and blind203: sermons and a grandmother's memory of
// 1947, a fisherman held on his ship, a returnee who wants to talk at
// schools, a brother home with his dues, a contract the company never
// issued, a ransom with a killing threatened, an exit visa not given.
func TestSession29SecondRound(t *testing.T) {
	t.Parallel()
	requireReads(t, []readCase{
		{"جمعے کے خطبے میں مولوی صاحب نے ایک لڑکے کا قصہ سنایا جو ملائیشیا میں پھنس گیا تھا اور کیسے اللہ نے اسے واپس پہنچایا، سب کی آنکھوں میں آنسو تھے", CaseOther, UrgencyRoutine},
		{"آج جمعہ کے خطبے میں مولانا صاحب نے حضرت یوسفؑ کا واقعہ سنایا کہ کیسے بھائیوں نے انہیں کنویں میں ڈالا اور قافلے والوں نے انہیں بیچ دیا۔ سب کی آنکھیں نم تھیں", CaseOther, UrgencyRoutine},
		{"Meri nani sunati thi k 1947 me unke gaon se larkiyan utha li gayi thi aur kai kabhi wapas nahi aayi. Allah kisi ko wo waqt na dikhaye", CaseOther, UrgencyRoutine},
		{"Hum 4 Pakistani crew hain ek fishing vessel pe Somalia k samandar me. Captain ne kal 2 crew ko maara, khana bhi pura nahi deta, 11 mahine se port pe utarne nahi diya. Bari mushkil se internet mila h", CaseTrafficking, UrgencyEmergency},
		{"میرے شوہر ایک مچھلی پکڑنے والے جہاز پر ہیں، ماریشس کے جھنڈے والا۔ چھ مہینے کا کنٹریکٹ کہا تھا، اب چودہ مہینے ہو گئے، کپتان کنارے پر اترنے نہیں دیتا۔ آخری میسج میں صرف لکھا تھا 'یہاں سے نکالو'۔", CaseTrafficking, UrgencyEmergency},
		{"Two years ago I was kept 5 months in a 'safe house' in Tripoli by smugglers. Alhamdulillah I'm home in Mandi Bahauddin now and run my father's shop. I want to talk at schools and colleges so boys don't take this route. Who should I contact for that?", CaseOther, UrgencyRoutine},
		{"JazakAllah for your help last month. My brother who was stuck in Kuwait without salary got his dues and landed in Lahore this morning. The whole family is so happy.", CaseOther, UrgencyRoutine},
		{"Agent gave us a job contract from 'Al Noor General Contracting, Riyadh' with stamp and signature for my husband, steel fixer, 1,800 riyals. We emailed the company through their real website and they replied they never issued it and have no such vacancy. We already paid 3.2 lakh. Agent's office is in Jhelum near GTS chowk.", CaseDocumentFraud, UrgencyRoutine},
		{"URGENT. My brother Nadeem is held by some men in Zuwara, Libya. They called from +218 91 447 0362 and sent a video of him tied and bleeding. They want 8,000 dollars by Friday or they say he will be killed. He went for Italy by boat through an agent in Mandi Bahauddin.", CaseRansom, UrgencyEmergency},
		{"I'm a nurse at a private hospital in Hail, Saudi Arabia. My contract ended in August, the hospital is not giving my final settlement of 38,000 riyals or my exit re-entry. Passport is with me but I cant leave without the exit. HR just says wait.", CaseWorkerDistress, UrgencyUrgent},
		// migrants on a boat with its crew are still on a smuggler's road
		{"boat ka crew humein maarta tha, Libya se Italy ja rahe the samandar me, abhi bhi boat pe hain", CaseSmuggling, UrgencyEmergency},
	})
}

// Found in blind204 and blind205: "dying to go to Dubai", a poet's
// "یادوں کی قید", a stick used on a shepherd left in the desert, an
// office locked, "Haris Enterprises", a licensed promoter's money after
// an ordeal over, a man well again in a shop of his own.
func TestSession29ThirdRound(t *testing.T) {
	t.Parallel()
	requireReads(t, []readCase{
		{"I'm dying to go to Dubai this December with my wife, any cheap tour package? Only 5 days", CaseOther, UrgencyRoutine},
		{"تیری یادوں کی قید میں ہوں، رہائی کی کوئی صورت نہیں 🥀", CaseOther, UrgencyRoutine},
		{"Saudi me hun, kafeel ne registan me bakriyon k mazraa pe chor diya h, passport le liya, pani bhi theek se nai deta, kal danda mara. Yahan koi nahi. Hail k paas kahin h ye jagah", CaseTrafficking, UrgencyEmergency},
		{"Respected sir, my son received email from hr.brightwellcarehomes@outlook.com offering Care Assistant job in Manchester UK with sponsorship. We paid GBP 1,200 as 'CoS fee' into bank account of Haris Enterprises, Meezan Bank Lahore. Now they are asking another £3,000 for 'visa priority'. My son says its genuine but I dont trust. What should we do?", CaseJobScamPaid, UrgencyRoutine},
		{"I went to Riyadh as 'nurse aide' through Sea Gate Overseas Karachi, licence 1987/KHI, but they made me a house maid with 18 hours work. I came back after 2 months on my own ticket. I am home in Karachi now. The OEP took Rs 2,80,000 from me and refuses to return even one rupee.", CaseOEPMisconduct, UrgencyRoutine},
		{"Bhai ab main bilkul theek hun. Pichle saal Dubai me company ne passport rakh liya tha aur 4 mahine tankha nahi di, labour court se case jeet k wapis aa gaya. Ab Sheikhupura me apni dukan h, dua karna.", CaseOther, UrgencyRoutine},
		// still owed, and asked for: no memory (C168-034)
		{"salam. main 2023 me Saudi se wapis aya tha, company ne 7 mahine ki tankhwa nahi di thi. ab ghar Sialkot me hun, sab theek h, bs wo paise chahiye", CaseWorkerDistress, UrgencyRoutine},
	})
	require.NotContains(t, Read("Agent Naveed Butt (0321-6650934) took 9 lac from me for Romania work permit in Feb 2025. He said 3 months. Its been 11 months. His office in Shadman Plaza Gujrat is locked now.").Situations, "confined")
	require.Contains(t, Read("humein office ke kamre mein band kar diya hai Riyadh mein").Situations, "confined")
}

// Found in blind207: a friend's "hostage" phone, a sermon of boys drowned
// years ago, a bonded family freed ten years ago telling of a daughter's
// matric, a returnee who wants to volunteer.
func TestSession29FourthRound(t *testing.T) {
	t.Parallel()
	requireReads(t, []readCase{
		{"tera number kisi ne hostage bana liya h kya? 3 din se reply hi nahi kar raha 😒 zinda h to bata", CaseOther, UrgencyRoutine},
		{"جمعے کے خطبے میں مولوی صاحب نے بتایا کہ ان کے گاؤں کے دو لڑکے کئی سال پہلے غیر قانونی طریقے سے یورپ جاتے ہوئے سمندر میں ڈوب گئے تھے، اور نوجوانوں کو سمجھایا کہ ایسے راستے مت اپنائیں", CaseOther, UrgencyRoutine},
		{"دس سال پہلے میں اور میرا خاندان ایک بھٹے پر قرض میں بندھے ہوئے تھے۔ ایک تنظیم نے ہمیں آزاد کروایا۔ آج میری بیٹی نے میٹرک میں اے گریڈ لیا ہے، اللہ کا شکر ہے۔ بس سب کو بتانا چاہتا تھا", CaseOther, UrgencyRoutine},
		{"Two years ago I was stranded in Sharjah without salary for 7 months, the consulate helped me come back. Now I have a mobile shop in Mardan. I want to warn young men in my area about fake agents, can I volunteer with you?", CaseOther, UrgencyRoutine},
	})
}

// Found in blind206: "yahan se le jao" without a "mujhe" is a plea; a car
// trapped in traffic is no one held.
func TestSession29FifthRound(t *testing.T) {
	t.Parallel()
	requireReads(t, []readCase{
		{"meri baji Lahore me ek kothi me kaam krti thi, 6 mahine se ghar nahi aayi. begum sahiba kehti h wo milna nahi chahti. phone pe bas roti h aur kehti h yahan se le jao", CaseForcedLabour, UrgencyEmergency},
		{"The Traffic at Faizabad was a nightmare, we were trapped in the car for 2 hours with the kids. Finally home now", CaseOther, UrgencyRoutine},
		// one's own ordeal told "to warn other boys", settled since into a
		// life of one's own (blind16 EN-013; other since the thirty-third
		// session, as B235-EN-029 labels the same telling)
		{"Two years ago I was locked in a farm in Libya and beaten by smugglers. Now I am back home in Gujrat and working in my uncle's shop. I want to share my story to warn other boys", CaseOther, UrgencyRoutine},
	})
}

// Found in blind208: a visit visa to be turned into work there, nothing
// paid, asked about, is the offer's red flag (five writers), unless the
// bureau's register is asked; "28000 easypaisa krwai" is paid.
func TestSession29SixthRound(t *testing.T) {
	t.Parallel()
	requireReads(t, []readCase{
		{"Agent says go dubai on visit visa for 2.8 lakh, work visa will be done there in 1 month, security guard job 3000 dirham. Is this ok? my friends went like this", CaseJobOfferSuspicious, UrgencyRoutine},
		{"ایجنٹ کہتا ہے ملائیشیا وزٹ ویزے پر چلے جاؤ، وہاں جا کر ورک پرمٹ لگ جائے گا، خرچہ ایک لاکھ اسی ہزار۔ کیا ایسا ہوتا ہے؟", CaseJobOfferSuspicious, UrgencyRoutine},
		{"agent keh raha h Azerbaijan visit pe chale jao waha se work permit lagwa denge, 3.5 lakh. ye theek h ya fraud?", CaseJobOfferSuspicious, UrgencyRoutine},
		{"meri wife ko Dubai me nanny ki job ka offer aya 'Happy Homes Agency' se. wo visit visa pe bula rahe hain k wahan ja k work visa lag jayega. kia ye agency bureau me registered h?", CaseVerification, UrgencyRoutine},
		{"Insta pe ad tha Canada farm job ka, form bhara to email aya congratulations, phr processing fee 28000 easypaisa krwai 0311-5567092 pe. ab dusri baar 45000 mang rahe hn visa fee k naam pe", CaseJobScamPaid, UrgencyRoutine},
	})
}
