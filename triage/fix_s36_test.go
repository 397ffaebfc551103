package triage

import "testing"

// Found in blind255-blind261 and conversations C322-C328 (first played in
// the thirty-sixth session): ransoms asked of a family while a person is
// held on the road or abroad, news and others' settled lives told, a visa
// in another's name, a firm's locked gate, a boy held back by his own
// family, a worker kept from hospital, a question about this service.
func TestSession36Reads(t *testing.T) {
	t.Parallel()
	requireReads(t, []readCase{
		{"bhai jan vois note nai ja rha... bas itna suno... hum 4 log hain ek camp me Libya me... wo log bolte ghar walon se paise mangwao... khana ek dafa milta... kal ek larke ko bohat mara... mere ghar abhi mat batana", CaseRansom, UrgencyEmergency},                                                             // B255-RU-026
		{"Dawn: FIA arrests two agents in Gujrat for sending youths to Europe via Libya; victims' families had paid Rs2.5m each, officials said.", CaseOther, UrgencyRoutine},                                                                                                                                            // B258-EN-031
		{"Breaking news: Mauritania k sahil k qareeb kashti doob gayi, 40 log lapata jin me Pakistani b shamil, Dafter-e-Kharja ne tasdeeq kr di", CaseOther, UrgencyRoutine},                                                                                                                                            // B258-RU-031
		{"Hamare hamsaye ka beta pichle saal kashti se Italy pohanch gaya, ab wahan pizza ki dukaan pe kaam krta h aur roz TikTok pe video dalta h. Mohalle k sab larke ab usi ki misaal dete hain", CaseOther, UrgencyRoutine},                                                                                          // B258-RU-035
		{"بھائی سلیم دس دن پہلے کام کا کہہ کر تربت گیا تھا۔ پرسوں رات اس کا فون آیا، بس اتنا کہا 'فون چھین لیا ہے، جو یہ کہیں وہ کرنا'۔ اب اسی کے نمبر سے کوئی اور آدمی بات کرتا ہے اور کہتا ہے ۶ لاکھ ایزی پیسہ کرو۔", CaseRansom, UrgencyEmergency},                                                                    // B258-UR-024
		{"OEP ka naam Chenab Overseas h, license 4012/GRW likha h board pe, Gujranwala. Saudi ka visa unki ghalti se cancel ho gaya, ab 2 lakh 70 hazar wapis nahi kr rahe, kehte hain sirf 50 hazar milenge baqi kharcha ho gaya. BEOE me shikayat kaise karun?", CaseOEPMisconduct, UrgencyRoutine},                    // B258-RU-004
		{"meri phuppo ki saas batati hain k 47 me unke khandan ko kaise qaid kiya gaya tha, sun k rongtey kharay ho jate hain", CaseOther, UrgencyRoutine},                                                                                                                                                               // B256-RU-036
		{"دادی اماں بتاتی تھیں کہ ان کے گاؤں میں زمیندار غریبوں سے بیگار لیتا تھا اور کوئی کچھ نہیں کہہ سکتا تھا۔ اللہ کا شکر ہے وہ زمانہ گزر گیا۔", CaseOther, UrgencyRoutine},                                                                                                                                          // B257-UR-034
		{"ایجنٹ نے میرے شوہر کو کویت کا ورک ویزا دیا تھا۔ کویت کی سرکاری ویب سائٹ پر ویزا نمبر ڈالا تو کسی بنگالی کے نام کا نکلا۔ ایجنٹ کو ایک لاکھ اسی ہزار روپے دے چکے ہیں۔ اس کا دفتر ڈیرہ غازی خان میں بلاک ۱۴ میں ہے۔", CaseDocumentFraud, UrgencyRoutine},                                                          // B259-UR-005
		{"mera dost kal Quetta se Taftan k raaste Iran ja raha h, wahan se Turkey. agent ne dunki ka 9 lakh bola h, 3 de diye hain. ghar walon ko nahi pata. usko kaise rokun", CaseSmuggling, UrgencyRoutine},                                                                                                           // B256-RU-015
		{"Beta Lahore k ek dhabe pe kaam pe gaya tha Ravi road k paas. 2 hafte ho gaye abhi tak wapas nahi aaya aur wo log paise maang rahe k pehle 80 hazar qarza utaro phir bhejenge. Beta sirf 15 saal ka h", CaseForcedLabour, UrgencyEmergency},                                                                     // B76-RU-027
		{"bro listen bro my cousin Waqas went dunki from Quetta 3 weeks ago towards Iran yeah and he hasnt called since then and yesterday someone called my chacha from unknown number said if u want him back send the money and we will tell where, chacha is panicking what do we do", CaseRansom, UrgencyEmergency}, // B261-EN-025
		{"Mera roommate Abu Dhabi me site pe garmi se gir gaya h, behosh h, foreman keh raha h usko side pe lita do kaam chalta rahe. Hospital le jane nahi de rahe. Kya karun jaldi btao", CaseWorkerDistress, UrgencyEmergency},                                                                                        // B261-RU-023
		{"یہ سروس کس کی ہے؟ کیا یہ سرکاری ہے؟ اگر میں کسی ایجنٹ کی شکایت کروں تو کیا میرا نام اسے بتایا جائے گا؟", CaseOther, UrgencyRoutine},                                                                                                                                                                            // B261-UR-049
		{"Read a long thread about a guy from Karachi who was trafficked to Cambodia in 2022 and escaped after 8 months. Scary stuff, please be careful with these IT job offers guys", CaseOther, UrgencyRoutine},                                                                                                       // B260-EN-035
		{"ہمارے پڑوسی کا بیٹا دو سال پہلے ڈنکی لگا کر یونان گیا تھا، اب وہاں کام کرتا ہے اور ہر مہینے گھر پیسے بھیجتا ہے۔ اس کی ماں سارے محلے کو بتاتی پھرتی ہے", CaseOther, UrgencyRoutine},                                                                                                                             // B260-UR-035
		{"پچھلے سال مجھے بھی فون آیا تھا کہ آپ کا بیٹا پولیس نے پکڑ لیا ہے، پچاس ہزار بھیجیں۔ بیٹا اس وقت میرے ساتھ بیٹھا چائے پی رہا تھا 😅 سب ہوشیار رہیں، آگے بھیجیں", CaseOther, UrgencyRoutine},                                                                                                                      // B260-UR-036
		{"Mujhe pichle mahine kisi ne kaha tha Poland ka visa 100% guarantee, maine BEOE ki site pe check kiya to agent ka naam hi nahi tha list me, shukar h paise nahi diye. Sab log check kiya karo", CaseOther, UrgencyRoutine},                                                                                      // B261-RU-038
		{"Is there any government scheme for nurses to Germany through OEC? There is a WhatsApp group saying registration is open at oec.gov.pk till 30th. I just want to confirm before I apply.", CaseVerification, UrgencyRoutine},                                                                                    // B260-EN-015
		// blind262-blind263: a ransom "then they will release him"; one's own maybe on the
		// boat in the news; a worker taken ill abroad; an exam's "qaid"; a
		// question about this service; a maid beaten abroad; "dying to go"
		{"Abbu k cousin ka beta Turbat gaya tha ek agent k sath kashti se Oman janay k liye. 2 hafte ho gaye na wahan pohncha na abhi tak wapas aaya, aur wo log ghar walon se paise maang rahe hain, 4 lakh, kehte hain tab chhorenge", CaseRansom, UrgencyEmergency}, // B262-RU-004
		{"Chacha ka beta Greece wali kashti me tha shayad, TV pe khabar chal rahi h k Pylos k paas kashti doob gai, uska koi pata nahi, agent phone nahi utha raha", CaseSmuggling, UrgencyEmergency},                                                                  // B263-RU-027
		{"My roommate collapsed in the camp, Jeddah industrial area phase 3, he is breathing very slow, company driver not coming and supervisor not answering. We dont know saudi ambulance number please quick", CaseWorkerDistress, UrgencyEmergency},               // B262-EN-025
		{"بھائی کے ساتھ کام کرنے والے ایک لڑکے نے مسقط سے میسج کیا ہے کہ بھائی کل سائٹ پر اوپر سے گر گیا تھا، کمپنی والے اسپتال لے جانے کے بجائے کمرے میں لٹا گئے ہیں، ٹانگ سوجی ہوئی ہے اور بخار ہے، بول بھی کم رہا ہے", CaseWorkerDistress, UrgencyEmergency},        // B262-UR-026
		{"Ammi ne mujhe ghar me qaid kar diya h jab tak paper khatam nahi hote 😭 na phone na dost", CaseOther, UrgencyRoutine},                                                                                                                                         // B263-RU-036
		{"ye number asli h? mujhe kisi ne forward kiya k yahan agent ki complaint hoti h. Urdu me baat ho sakti h?", CaseOther, UrgencyRoutine},                                                                                                                        // B262-RU-033
		{"meri behan Dubai me ek ghar me kaam krti h, aaj malik ne itna maara k sar se khoon beh raha, wo bathroom me chupi hui h aur mujhe call ki. uska no +971 55 318 0642. khatre me h plz", CaseTrafficking, UrgencyEmergency},                                    // B36-RU-023
		{"I'm dying to go to Dubai this December with my wife, any cheap tour package? Only 5 days", CaseOther, UrgencyRoutine},                                                                                                                                        // B204-EN-036
		// blind264-blind265: "not responsible for his safety" asked with money; a
		// SIM's biometric check; girls kept for "galat kaam"; a father's curfew;
		// a smuggler's journey still ahead; the boat men on the coast
		{"My husband left for Greece via Iran 3 weeks ago with an agent from Kharian. He hasn't come online since. Now the agent's men keep calling asking 5 lakh more and said 'we can't be responsible for his safety if you don't send'.", CaseRansom, UrgencyEmergency},                    // B264-EN-025
		{"میرا یہ نمبر دو دن بند رہے گا، سم کی دوبارہ بائیومیٹرک تصدیق کروانی ہے۔ ضرورت ہو تو ابو کے نمبر پر کال کرنا", CaseOther, UrgencyRoutine},                                                                                                                                             // B264-UR-037
		{"Karachi Orangi Town sector 11 me ek ghar h jahan 3-4 larkiyon ko band kr k rakha h, wo log unse galat kaam krwate hain. Aaj ek larki ne khidki se parchi phenki 'bachao'. Jaldi kuch karein", CaseTrafficking, UrgencyEmergency},                                                     // B264-RU-022
		{"Abbu raat 9 baje k baad bahar nahi nikalne dete, kehte zamana kharab h, isliye mehndi pe nahi aa sakti 🙁", CaseOther, UrgencyRoutine},                                                                                                                                                // B264-RU-037
		{"My younger brother (19) has given Rs 12 lakh to an agent in Gujranwala who says he will take him to Italy via Dubai and Libya. He is supposed to leave on the 14th. Whole family is against it but he won't listen. Can you people stop this agent?", CaseSmuggling, UrgencyRoutine}, // B265-EN-013
		{"ابو، کشتی والے کہتے ہیں آج رات نکلیں گے۔ طبرق کے ساحل پر دو دن سے بیٹھے ہیں، جو بات کرے گارڈ اسے مارتے ہیں۔ فون کی بیٹری ختم ہونے والی ہے، دعا کریں", CaseSmuggling, UrgencyEmergency},                                                                                               // B265-UR-028
		// a licensed promoter named by its licence, paid by bank: its misconduct (C98-015)
		{"لائسنس یافتہ کمپنی کی شکایت کرنی ہے۔ رومانیہ کا ورک پرمٹ کہہ کر ہمارے گاؤں کے چھ لڑکوں سے پیسے لیے، ایک سال ہو گیا\nراولپنڈی کی کمپنی ہے، کہتے تھے رومانیہ میں فیکٹری کا کام، ۷۰۰ یورو تنخواہ، چار مہینے میں ورک پرمٹ۔ دو لڑکے چلے گئے، باقی ہم چار ایک سال سے انتظار میں۔ پیسے واپس مانگیں تو کہتے ہیں کٹوتی ہو گی آدھے ملیں گے۔ رسید سروس چارجز کی صرف ۱۵۰۰۰ کی دی\nہاشمی اوورسیز ایمپلائمنٹ پروموٹرز، مری روڈ۔ لائسنس نمبر ۱۸۷۶/RWP دفتر میں لگا ہے۔ بات ملک شہزاد کرتا ہے\nرومانیہ\nہر ایک سے بارہ لاکھ\nکمپنی کے اکاؤنٹ میں بینک سے\nپاسپورٹ انہی کے پاس ہے، پولیس کریکٹر سرٹیفکیٹ بھی\nرومانیہ\npassport\n1876/RWP\nRs 12,00,000\nRs 7,00,000\nbank\n+92514842719, +923215098364\nہاشمی اوورسیز ایمپلائمنٹ پروموٹرز\nملک شہزاد\nnewspaper", CaseOEPMisconduct, UrgencyRoutine},
		// a lock on the company, the owner fled: closed, no one locked in
		{"مالک بھاگ گیا ہے، کمپنی پر تالا لگا ہے۔ تین مہینے کی تنخواہ اور گیارہ سال کی گریجویٹی رہتی ہے۔ ویزا ختم ہونے کے بعد روز جرمانہ لگ رہا ہے۔ پاسپورٹ ابو کے اپنے پاس ہے", CaseWorkerDistress, UrgencyUrgent},
		// held back by the family from a smuggler's journey; held by them is held
		{"ہم نے ابھی کچھ نہیں دیا، بھتیجے کو روک رکھا ہے", CaseOther, UrgencyRoutine},
		{"hum ne abhi kuch nahi diya, bhateejay ko rok rakha hai", CaseOther, UrgencyRoutine},
		{"ہم نے پیسے دیے، اب انہوں نے بھائی کو روک رکھا ہے", CaseForcedLabour, UrgencyEmergency},
		// "approved for" asked of a centre: a check
		{"is Al Noor Trade Test Centre in faisalabad approved for saudi takamol test? they charge 35000", CaseVerification, UrgencyRoutine},
		// a smuggler's past kidnapping, the same agent reported now: no ransom now
		{"My neighbour's son was 'kidnapped' by smugglers in Iran in 2023 but he came back fine. Now another agent is in our mohalla offering Greece by road for 25 lakh. Who do I tell?", CaseSmuggling, UrgencyRoutine},
	})
}

// A kafeel's knife and "maar dunga", told from the room he stands outside
// of, is an emergency (B266-RU-022; its case type, a worker's distress by
// its label, is read as trafficking: left open).
func TestSession36ThreatToLife(t *testing.T) {
	t.Parallel()
	r := Read("Riyadh me kafeel ne abhi mujhe chaqu dikha k kaha agar labour office me shikayat ki to maar dunga. main room me hun wo bahar khara h. passport mere pas h lekin niklun kaise")
	if r.Urgency != UrgencyEmergency {
		t.Fatalf("urgency %s, want emergency", r.Urgency)
	}
}
