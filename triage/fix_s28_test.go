package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Session 28's triage lessons.
func TestSession28Triage(t *testing.T) {
	t.Parallel()
	requireReads(t, []readCase{
		// "She is 14." ends a clause: a child's age (B189-EN-027)
		{"A girl from my village in Muzaffargarh works in a house in Islamabad F-7. Her mother told me they haven't sent her home even for Eid for 2 years, and when she calls, the begum is always on speaker listening. She is 14. The mother is scared to ask.", CaseForcedLabour, UrgencyEmergency},
		// men brought at night, a girl sent with them, in Punjabi (B193-EN-026)
		{"My cousin's daughter (19) went to Dubai with a lady for a salon job. She calls only when the lady is sitting next to her and says all is fine. Yesterday she sent one voice note in Punjabi, 'raat nu bande aande ne, menu unhan naal bhejde ne', and then her number went off.", CaseTrafficking, UrgencyEmergency},
		// forced "with the guests" in a flat instead of the salon (C255-035)
		{"Aoa, Sialkot me ek aurat h Baji Rukhsana, larkiyon ko Dubai salon aur parlour ki job ka keh k bhejti h. meri parosan ki beti Saima 4 mahine pehle gayi thi. ab chup k bata rahi h passport le liya, salon nahi kisi flat me rakha h aur 'mehmanon' k sath zabardasti...", CaseTrafficking, UrgencyEmergency},
	})
	// a bare number after "they are" counts anything; after "she is" in a
	// sentence that goes on it may be no age
	for _, text := range []string{
		"The agent said they are 20. Only 20 seats left for Dubai, fee 50000",
		"My sister works in Riyadh in a hospital. She is 24 and happy there, I only want to ask about the licence of Al Noor OEP",
	} {
		if r := Read(text); r.Urgency == UrgencyEmergency {
			t.Errorf("%q read as an emergency: %v", text, r.Danger)
		}
	}
}

// Session 28's first round (blind194, blind195).
func TestSession28Round1(t *testing.T) {
	t.Parallel()
	requireReads(t, []readCase{
		// little girls in a car, a man threatening to beat them (B194-UR-023)
		{"ابھی موٹر وے کے سروس ایریا پر ایک گاڑی میں تین چھوٹی بچیاں دیکھیں، رو رہی تھیں، ایک آدمی انہیں دھمکا رہا تھا کہ لاہور میں گھروں میں کام پر لگا دوں گا، آواز نکالی تو ماروں گا۔ سفید کرولا LEB-4471، پنڈی بھٹیاں کے قریب", CaseForcedLabour, UrgencyEmergency},
		// a boy shut in a "کوٹھڑی" at night, sounds of beating (B195-UR-028)
		{"ساتھ والے گھر میں کام کرنے والا لڑکا مشکل سے دس سال کا ہوگا، رات کو اسے سیڑھیوں کے نیچے والی کوٹھڑی میں بند کر دیتے ہیں۔ آج صبح سے اس کے رونے اور مار کی آوازیں آ رہی ہیں۔ ڈیفنس فیز ۵، کراچی", CaseForcedLabour, UrgencyEmergency},
		// a girl forced into a car, "this is not my mother" (B195-UR-022)
		{"ابھی ابھی فیصل آباد ڈائیوو اڈے کے باہر ایک عورت ۱۱ سال کی بچی کو زبردستی گاڑی میں ڈال رہی تھی، بچی چیخ رہی تھی کہ یہ میری امی نہیں ہے۔ سفید کرولا تھی، سرگودھا روڈ کی طرف گئی ہے۔ فوراً کچھ کریں", CaseTrafficking, UrgencyEmergency},
		// "held hostage in this car" by the traffic (B195-EN-037)
		{"Traffic on Murree Road is a nightmare, I've been held hostage in this car for two hours", CaseOther, UrgencyRoutine},
		// a grandfather's story of 1975 (B194-RU-035); one's own past, now home and well, and a prayer (B194-RU-029)
		{"Mere nana batate the k 1975 me wo Karachi se lanch me Muscat gaye the, poori raat samandar me rahe, ulti kar kar k bura haal. Aaj kal log jahaz me jate hain aram se", CaseOther, UrgencyRoutine},
		{"2022 me mujhe b agent ne Azerbaijan me phansa diya tha, sara paisa gaya, lekin ab ghar wapas hun aur theek hun. Bas dua karo sab k liye", CaseOther, UrgencyRoutine},
		// collapsed in a labour camp at Jebel Ali, no vehicle till morning (B195-EN-023)
		{"Urgent - my roommate in the labour camp at Jebel Ali collapsed 20 min ago, chest pain, sweating, cant talk properly. Supervisor says no vehicle until morning. We called 999 but they dont understand our address. Please help", CaseWorkerDistress, UrgencyEmergency},
		// shut in on the route, told to call the families for money (B194-EN-025)
		{"sir voice note nhi bhej sakta they check phones so typing fast my cousin and me in a warehouse outside Erbil agent said Germany by road now they dont open the door food once a day they said call ur families for money", CaseRansom, UrgencyEmergency},
		// more asked of the family or the police told where he is (B195-RU-011)
		{"Mera bhai dunki laga k Turkey pohanch gaya h Alhamdulillah, lekin ab agent k bande humain phone kr k keh rahe k 4 lakh aur do warna Turkey police ko uska pata de denge aur yahan tumhare ghar b aa jayenge", CaseRansom, UrgencyUrgent},
		// an advert's "File charges Rs 15,000" is no agent collecting in person (B195-EN-001)
		{"Fwd: got this in our mohalla group\n\n*** URGENT REQUIREMENT - DOHA ***\nWarehouse Helper / Forklift Operator / Cleaner\nSalary QAR 3,800 + free food + room\nAge 20-40, no experience needed\nInterview NOT required, selection on CV only\nFile charges Rs 15,000 only (refundable)\nSend CV + CNIC pic on WhatsApp 0322-5148870\nLIMITED SEATS hurry up!!!", CaseJobOfferSuspicious, UrgencyRoutine},
		// the smuggler who took us across into Iran collects again (B195-EN-030)
		{"In 2022 an agent called Tariq Butt kept me and 9 others in a house in Quetta for 3 weeks before taking us across into Iran. I am safe now in Gujranwala. I just heard he is collecting money from boys in Kamoke again for the same route. His number is 0312-9948105.", CaseSmuggling, UrgencyRoutine},
		// "we still have the passport with the fake stamp" (B194-EN-005)
		{"My husband was offloaded at Islamabad airport yesterday. FIA officer told us the protector stamp on his passport is forged and the Saudi visa number does not exist in the system. Agent Tariq Mehmood from Chandni Chowk took 1,80,000 from us. We still have the passport with the fake stamp", CaseDocumentFraud, UrgencyRoutine},
		// scam work, a fine to leave and "just threats": urgent (C81-018)
		{"میں کمبوڈیا میں پھنسا ہوا ہوں۔ آئی ٹی کی نوکری کا کہہ کر لائے تھے، یہاں فراڈ کا کام کرواتے ہیں\nصرف میسج کریں، کال نہیں۔ رات گیارہ بجے کے بعد فون دیکھتا ہوں\nسیہانوک ویل، ایک بڑی بلڈنگ ہے، نام نہیں پتا۔ منڈی بہاؤالدین سے آیا تھا\nروز چودہ گھنٹے فیس بک پر جعلی لڑکی بن کر لوگوں سے پیسے لگواتے ہیں۔ میں نے منع کیا تو کہتے ہیں تین ہزار ڈالر جرمانہ دو پھر جاؤ۔ پاسپورٹ ابھی میرے پاس ہے، چھینا نہیں۔ بلڈنگ سے باہر مارکیٹ تک جا سکتے ہیں۔ ابھی تک کسی نے ہاتھ نہیں لگایا، بس دھمکیاں", CaseTrafficking, UrgencyUrgent},
		// a kiln's debt "on us" that grows each year (C182-020)
		{"ہم شیخوپورہ کے پاس ایک بھٹے پر کام کرتے ہیں۔ مالک کہتا ہے ہم پر دو لاکھ اسی ہزار قرضہ ہے، ہر سال بڑھتا جاتا ہے۔ یہ پڑوسی کے فون سے لکھوا رہا ہوں", CaseForcedLabour, UrgencyUrgent},
		// a boy of 15 shut in at a workshop in Karachi (blind174 RU-028)
		{"Mera chota bhai 15 saal ka h, ek banda usko Karachi le gaya tha workshop pe kaam k liye. Aaj kisi k phone se bola bhai mujhe yahan se le jao ye mujhe kamre me band rakhte hain, phir phone band ho gaya", CaseForcedLabour, UrgencyEmergency},
	})
	// a company that collapsed is no medical emergency
	r := Read("The company collapsed last year and the owner ran away, we are 40 workers in Sharjah without salary for 5 months")
	require.NotContains(t, r.Situations, "medical")
}

// Session 28's second round (blind196, blind197, C261, C262).
func TestSession28Round2(t *testing.T) {
	t.Parallel()
	requireReads(t, []readCase{
		// "is this an official OEC number?" (B196-EN-015)
		{"Is this an official OEC number? 0332-7781940. Someone called saying I am shortlisted for Korea EPS and should come to their office in G-9 with my original documents. No fee mentioned yet.", CaseVerification, UrgencyRoutine},
		// an old hardship, a shop of one's own now, thanks (B196-UR-029)
		{"تین سال پہلے کویت میں کفیل نے بہت تنگ کیا تھا، تنخواہ بھی روک لی تھی۔ اب الحمدللہ اپنے شہر میں موبائل کی دکان ہے۔ بس یہ کہنا تھا کہ آپ جیسے ادارے ہونے چاہئیں، شکریہ۔", CaseOther, UrgencyRoutine},
		// the family threatened: "they know which college my younger brother goes to" (B197-EN-015)
		{"My brother came back from Libya in January after we paid the people who were holding him. Now a man from Kharian keeps calling my father, says 5 lakh is still 'due' and if we don't pay they know which college my younger brother goes to. We are scared. His number 0342-8810936.", CaseRansom, UrgencyUrgent},
		// a caller posing as an OEC officer, paid at a distance (B197-UR-004)
		{"میرے شوہر کو ایک شخص کا فون آیا جو خود کو او ای سی کا افسر بتاتا تھا، کہا کوریا کے سرکاری پروگرام میں آپ کا نام آ گیا ہے۔ تین قسطوں میں تین لاکھ چالیس ہزار لے چکا ہے، اب کہتا ہے ٹکٹ کے پیسے الگ۔ او ای سی کے دفتر سے پتا کیا تو انہوں نے کہا ہمارا ایسا کوئی بندہ نہیں۔", CaseJobScamPaid, UrgencyRoutine},
		// "an online agent" paid (B197-RU-004)
		{"Mere bhai ne Belarus ki factory job k liye ek online agent ko 4 lakh diye the, 2 installment me. Ab kehta h embassy band h 6 mahine wait kro. Na contract dikhaya na kuch. Bhai ka number bhi block kr dia us ne", CaseJobScamPaid, UrgencyRoutine},
		// a wife kept in and threatened to be sent to others for money (B197-UR-028)
		{"میری بہن کی شادی دو سال پہلے ایک چینی شہری سے ہوئی تھی۔ اب فون پر بس روتی ہے، کہتی ہے گھر سے نکلنے نہیں دیتے اور پیسوں کے لیے کسی اور کے پاس بھیجنے کی دھمکی دیتے ہیں۔ ہم سے بات بھی صرف ان کے سامنے کرواتے ہیں۔", CaseTrafficking, UrgencyEmergency},
		// "send 10 lakh and we take him on, or he stays here" (B197-UR-026)
		{"میرا بیٹا ڈنکی لگا کر یورپ جانے نکلا تھا، دو مہینے ہو گئے ابھی تک کوئی خبر نہیں۔ اب ایک نمبر سے کال آتی ہے کہ دس لاکھ بھیجو تو آگے بھیجیں گے ورنہ یہیں رکھیں گے۔ بیٹے سے بات نہیں کرواتے۔", CaseRansom, UrgencyEmergency},
		// who runs this service, will my name stay secret if I report an agent (B197-UR-050)
		{"یہ سروس کون چلا رہا ہے؟ اگر میں کسی ایجنٹ کی شکایت کروں تو کیا میرا نام خفیہ رہے گا؟", CaseOther, UrgencyRoutine},
		// unconscious in a Sonapur labour camp, the doctor "tomorrow" (B197-RU-022)
		{"Dubai Sonapur labour camp se likh raha hun, mera sathi Nadeem subah se behosh h, saans mushkil se le raha. Company supervisor keh raha doctor kal ayega. Passport hamare paas hain. Ambulance ka number kya h yahan?", CaseWorkerDistress, UrgencyEmergency},
		// an uncle's dunki of the 90s, a restaurant now (B197-RU-035)
		{"Mere dost ka chacha 90s me Greece gaya tha dunki laga k, ab wahan uska restaurant h. Wo kehta h ab wo zamana nahi raha, ab to log raste me marte hain", CaseOther, UrgencyRoutine},
		// "2 saal pehle" is no age; the agent who sent him is reported (B197-RU-038)
		{"Mera bhai 2 saal pehle Malaysia me phans gaya tha, company ne passport rakh lia tha, bari mushkil se embassy walon ne wapis bhejwaya. Ab wo ghar pe h theek h. Jis agent Tanveer ne bheja tha uska koi license nahi tha, wo Gujranwala me ab bhi logon se paise le raha h. Uski report krni h", CaseUnlicensedRecruiter, UrgencyRoutine},
		// over a border by car to a scam compound (C261-026)
		{"mera cousin thailand gaya tha call centre job k liye, ab kehta h usko myanmar le aye hain aur passport rakh liya. report krni h agent ki\nlahore k agent ne kaha bangkok me IT company h, 1500 dollar salary, english chat ka kaam. wahan pohncha to gari me bitha k border paar le gaye. ab ek compound me h, logon ko fake investment k msg krne parte hain. target pura na ho to tankha kaat dete hain. passport pehle din le liya", CaseTrafficking, UrgencyUrgent},
	})
}

// Session 28's third round (blind198, blind199) and the itemdiff's review.
func TestSession28Round3(t *testing.T) {
	t.Parallel()
	requireReads(t, []readCase{
		// "will take Rs 15,000 service charges" is no threat (B199-EN-009)
		{"Can you check whether Crescent Star Manpower, Licence No. 3104/LHR, is a real licensed promoter? They have offered my son a welding job in Oman at OMR 280 a month and say they will take Rs 15,000 service charges after the visa comes. Nothing paid so far.", CaseVerification, UrgencyRoutine},
		// a question about the service, the agent only supposed (B199-EN-017)
		{"Hi, quick question before I say anything: if I report the agent who cheated us, will you tell him my name? He is a distant relative and lives in the same street.", CaseOther, UrgencyRoutine},
		// never came back, money asked, "returned" after payment (B199-EN-025)
		{"My cousin went to Quetta 12 days ago with some agent's people to cross into Iran. He never came back or called. Now unknown numbers are calling my uncle asking 8 lakh and saying he will be 'returned' after payment. My uncle is a rickshaw driver.", CaseRansom, UrgencyEmergency},
		// stories of the 90s and of the partition (B199-EN-035, B199-UR-035)
		{"My uncle again told the story at lunch about how his friend was sold to a farm in Greece in the 90s and escaped after a year. Anyway, dinner at 8 tonight at Khala's, don't be late", CaseOther, UrgencyRoutine},
		{"دادی اماں آج پھر سنا رہی تھیں کہ تقسیم کے وقت ان کے گاؤں سے کتنے لوگ اغوا ہوئے اور وہ کیسے قافلے کے ساتھ بچ کر آئیں۔ ان کی باتیں سن کر رونگٹے کھڑے ہو جاتے ہیں۔", CaseOther, UrgencyRoutine},
		// an exam "going to murder me" (B198-EN-030); a boss's "qaid" (blind144 RU-030)
		{"This accounts paper tomorrow is going to murder me 😭 I have done nothing since morning, pray for me guys", CaseOther, UrgencyRoutine},
		{"Yar ye boss to jaan le k chhorega, aaj phir raat 10 baje tak office me qaid rakha 😤", CaseOther, UrgencyRoutine},
		// "they are listening" from a house abroad (blind191 RU-026)
		{"hello hello awaz aa rahi h.. bhai me Muscat se.. yahan jis ghar me hun wo log.. na na me theek hun.. bas ye bata do embassy ka number kia h.. wo log sun rahe hain.. baad me baat krti hun", CaseTrafficking, UrgencyEmergency},
		// one who calls himself a 'travel consultant' is no impostor of an office (blind187 UR-043)
		{"میں سرگودھا میں موٹر مکینک ہوں۔ ایک بندہ جو خود کو 'ٹریول کنسلٹنٹ' کہتا ہے، عمان میں مکینک کی نوکری دلوانے کا کہہ کر مجھ سے ایک لاکھ اسی ہزار لے گیا، کہتا تھا وزٹ پر چلے جاؤ وہاں ورک ویزا لگ جائے گا۔ بیورو کی لسٹ میں اس کا نام ہی نہیں ہے۔ نمبر 0302-7718834", CaseUnlicensedRecruiter, UrgencyRoutine},
		// a girl of 15 shut in and sold on for sex, a boy of 12 taken: no firm forced labour (B100-RU-022, B4-EN-007)
		{"Meri 15 saal ki beti ko ek aurat Lahore me ghar ki naukri k liye le gai thi, ab pata chala h usay kisi ghar me band rakha h aur galat kaam karwa rahe hain. Us aurat ka number 0323-6640198 h. Khuda k liye meri beti ko bachao", CaseTrafficking, UrgencyEmergency},
		{"A man took my 12 year old son from outside the madrassa in Korangi, said he will get him work in a hotel in Quetta. It's been 5 hours and the man's number 0312 7745109 is off", CaseTrafficking, UrgencyEmergency},
		// more asked to take him on from Istanbul is the smuggler's price (blind129 UR-023)
		{"بیٹا ترکی کی سرحد پار کر کے استنبول کے ایک گھر میں ہے، ایجنٹ کے آدمی کہتے ہیں یونان جانے کے لیے مزید ۵ لاکھ دو ورنہ یہیں رکھیں گے۔ ان کو پہلے ہی ۱۸ لاکھ دے چکے ہیں", CaseSmuggling, UrgencyUrgent},
	})
	// a number written with a Pakistani area code's grouping in an advert
	// for Jeddah is the Islamabad landline (B198-EN-038)
	e := Extract("WANTED: Nanny for a family in Jeddah to look after 2 children (4 and 7 yrs). Salary SAR 1,800, visa + ticket by employer. Processing charges Rs 60,000 to be deposited in advance. Contact 051-2874410 (10am-5pm)")
	require.Equal(t, []string{"+92512874410"}, e.Phones)
	// a kafeel's number so written is his Saudi mobile
	e = Extract("کفیل کا نمبر 055-3812047 ہے، سعودی عرب")
	require.Equal(t, []string{"+966553812047"}, e.Phones)
}
