package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// requireUrgency checks Read's urgency of every text.
func requireUrgency(t *testing.T, want string, texts []string) {
	t.Helper()
	for _, s := range texts {
		r := Read(s)
		require.Equal(t, want, r.Urgency, "%q: %v", s, r.Danger)
	}
}

// requireCase checks Read's case type of every text.
func requireCase(t *testing.T, want string, texts []string) {
	t.Helper()
	for _, s := range texts {
		r := Read(s)
		require.Equal(t, want, r.CaseType, "%q: %v %v", s, r.Danger, r.Model)
	}
}

// "They are not letting him go", in the progressive and with the verb
// first, is being kept from leaving (blind13 RL-006).
func TestNotLettingGoIsConfined(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"bhai ka akhri msg tha 'ye log jaane nahi de rahe, passport b le lia' uske baad se no. band hai",
		"wo log usay wapas jaane nahi de rahe, Basra me hai",
		"company wale mujhe bahar nikalne nahi de rahe",
		"کمپنی والے اسے جانے نہیں دے رہے، پاسپورٹ بھی لے لیا",
		"وہ لوگ ہمیں نکلنے نہیں دے رہے",
		"They are not letting him leave the camp, his passport is taken",
		"the sponsor isn't letting her go out of the house",
		"the company is not letting us leave, we are 20 men",
	} {
		ok, _ := Emergency(s)
		require.True(t, ok, s)
	}
	for _, s := range []string{
		"ammi mujhe Dubai jaane ki ijazat de rahi hain",
		"company chutti pe jaane de rahi hai, acha hai",
		"کمپنی چھٹی پر جانے دے رہی ہے",
		"They are letting us go home for Eid",
	} {
		ok, why := Emergency(s)
		require.False(t, ok, "%s: %v", s, why)
	}
}

// A person who "will stay with us" until money comes is held for it: a
// ransom, however the sum is named (blind13 UR-009); a passport that stays
// with them, or a guest who stays with them, is not.
func TestStaysWithUsUntilPaidIsRansom(t *testing.T) {
	t.Parallel()
	requireUrgency(t, UrgencyEmergency, []string{
		"ایجنٹ کہتا ہے جب تک باقی تین لاکھ نہیں دو گے تمہارا بیٹا ایران میں ہمارے پاس ہی رہے گا۔ ہم پہلے ہی سات لاکھ دے چکے ہیں",
		"وہ کہتے ہیں پیسے آنے تک تمہارا بھائی ہمارے پاس رہے گا",
		"agent keh raha jab tak baqi 3 lakh nahi doge tera beta Iran me hamare paas hi rahega",
		"bande ne phone pe kaha paise bhejo warna bhai hamare paas hi rahega, Libya me hai",
		"unhon ne kaha beta humare pas rahega jab tak 4 lakh nahi aate",
		"The agent says our son stays with us until you pay the remaining 3 lakh",
		"they said he remains with us until the rest of the money is sent, he is in Iran",
	})
	for _, s := range []string{
		"آپ کا پاسپورٹ ہمارے پاس رہے گا جب تک ویزا نہیں لگتا",
		"passport hamare paas rahega jab tak contract khatam na ho",
		"Aap hamare paas rahenge, khana rehaish free, Dubai hotel job",
	} {
		r := Read(s)
		require.NotEqual(t, UrgencyEmergency, r.Urgency, "%q: %v", s, r.Danger)
	}
}

// "They have our address" (with them, unke paas) is a thing they hold,
// not a person: a threat with it is urgent, not "held and threatened"
// (blind13 RL-037).
func TestTheirHoldOfAThingIsNoPersonHeld(t *testing.T) {
	t.Parallel()
	requireUrgency(t, UrgencyUrgent, []string{
		"jis agent ki complaint ki thi uske bande ab phone kr k dhamki dete hain k 1 lakh do warna complaint wapas lo, ghar ka pata b unke paas h",
		"agent ke bande dhamki de rahe hain, hamara address bhi un ke paas hai",
		"ایجنٹ کے لوگ دھمکی دیتے ہیں کہ شکایت واپس لو، ہمارے گھر کا پتہ بھی ان کے پاس ہے",
		"The agent's men threaten us to take back the complaint, our address and photos are with them",
	})
	requireUrgency(t, UrgencyEmergency, []string{
		"agent ke bande dhamki de rahe hain, mera bhai bhi unke paas hai Libya me",
	})
}

// A smuggler's "safe house" where one cannot go out, with more money
// asked to go on and no harm, threat or sale, is the domain's urgent case
// (blind13 EN-049); harm or a threat there is an emergency.
func TestSafeHouseIsUrgent(t *testing.T) {
	t.Parallel()
	requireUrgency(t, UrgencyUrgent, []string{
		"My cousin is in a 'safe house' in Tehran with 15 others. We gave 12 lakh, now the smuggler says pay 2 lakh more to continue to Turkey. He is ok but cannot go out.",
		"We are 20 in a safehouse near Van, not allowed to leave, smuggler asks 500 dollars more each",
		"bhai Iran me safe house me hai, bahar nahi jane dete, agent keh raha 2 lakh aur bhejo",
		"hum Tehran ke safe house me hain, bahar nahi nikal sakte, dunki wala kehta hai 1 lakh aur do",
		"بھائی ایران میں سیف ہاؤس میں ہے، باہر نہیں جانے دیتے، ایجنٹ کہتا ہے دو لاکھ اور بھیجو",
		"ہم ترکی کے ایک سیف ہاؤس میں ہیں، باہر نہیں جا سکتے، اسمگلر مزید پیسے مانگ رہا ہے",
	})
	requireUrgency(t, UrgencyEmergency, []string{
		"bhai safe house me hai, bahar nahi jane dete aur roz maarte hain, 2 lakh aur mang rahe",
		"My brother is in a safe house in Tripoli, they beat him and won't let him go until we pay",
		"بھائی سیف ہاؤس میں ہے، کہتے ہیں پیسے نہ بھیجے تو مار دیں گے",
	})
}

// Wages owed to one who is back home are a claim: routine (blind13 UR-047,
// RL-046, and every such line of the corpus); wages withheld from one
// still abroad stay urgent.
func TestDuesOfOneBackHomeAreRoutine(t *testing.T) {
	t.Parallel()
	requireUrgency(t, UrgencyRoutine, []string{
		"میرے والد عمان سے واپس آ گئے ہیں لیکن کمپنی نے آخری دو مہینے کی تنخواہ نہیں دی، ۴۰۰ ریال بنتے ہیں۔ کہاں درخواست دیں؟",
		"بھائی سعودیہ سے واپس آگئے، کمپنی نے سروس کے واجبات نہیں دیے",
		"Abbu Kuwait se wapis aa gaye, company ne end of service nahi di, 1,100 dinar. kis se baat karein?",
		"main Qatar se wapas aa chuka hun, 3 mahine ki tankhwa abhi tak nahi mili",
		"My father came back home from Oman but the company did not pay his last two months salary",
		"My end of service from the Abu Dhabi company was not paid. I am back in Pakistan now.",
	})
	requireUrgency(t, UrgencyUrgent, []string{
		"shohar Doha me hai, 5 mahine se company tankha nahi de rahi, wo wapis aana chahta hai",
		"میں دبئی میں ہوں، کمپنی نے چار مہینے سے تنخواہ نہیں دی، واپس آنا چاہتا ہوں",
		"My brother came back from Malaysia but the company still has his passport and his dues",
	})
}

// A question about a lawful step itself (a degree attested, the
// protector's fee), with nothing to check beside it, reports nothing
// (blind13 EN-044, UR-044); with an agent or a sum it checks them.
func TestProcedureQuestionIsOther(t *testing.T) {
	t.Parallel()
	requireCase(t, CaseOther, []string{
		"How do I get my degree attested for a job in Saudi?",
		"What is the protector fee for going abroad and where is it deposited?",
		"degree attestation kaise hoti hai Saudi job ke liye?",
		"protector ki fee kitni hai aur kahan jama hoti hai?",
		"بیرون ملک ملازمت کے لیے پروٹیکٹر کی فیس کتنی ہے اور کہاں جمع ہوتی ہے؟",
		"سعودیہ کی نوکری کے لیے ڈگری کی تصدیق کیسے ہوتی ہے؟",
	})
	for _, s := range []string{
		"Is protector fee really 10,000? the agent says protector + insurance + OPF = 48,000 total, sounds too much",
		"agent keh raha protector ki fee 1 lakh hai, kya ye sahi hai?",
	} {
		require.NotEqual(t, CaseOther, Read(s).CaseType, s)
	}
}

// What people in the area say, asked about "for awareness" by one who is
// going nowhere, is no report and no danger now (blind13 EN-016); the same
// told of one's own brother is.
func TestRumourAskedForAwarenessIsOther(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"People in our area are saying a gang kidnaps boys who go by donkey through Iran. Is this true? I am not going anywhere, just asking for awareness.",
		"There is a rumour that smugglers in Iran kidnap boys on the dunki route. Is it true? Not planning to go, only asking for information",
		"hamare ilaqe me log keh rahe hain dunki walay larkon ko Iran me agwa karte hain, kya ye sach hai? main kahin nahi ja raha, bas awareness ke liye pooch raha",
		"ہمارے علاقے میں لوگ کہتے ہیں ایران کے راستے جانے والے لڑکوں کو گینگ اغوا کر لیتا ہے، کیا یہ سچ ہے؟ میں کہیں نہیں جا رہا، صرف آگاہی کے لیے پوچھ رہا ہوں",
	} {
		r := Read(s)
		require.Equal(t, CaseOther, r.CaseType, "%q: %v", s, r.Model)
		require.Equal(t, UrgencyRoutine, r.Urgency, "%q: %v", s, r.Danger)
	}
	requireUrgency(t, UrgencyEmergency, []string{
		"gaon wale log keh rahe hain ke agent ke bande ne mere bhai ko agwa kar liya, 10 lakh mang rahe",
		"Wo log keh rahe hain jab tak 5 lakh nahi aate Usman ko nahi chhorenge, wo Nouadhibou me hai",
	})
}

// One who takes money, passports or forms from the people around him for
// jobs abroad recruits without a licence, paid or not (blind13 RL-041; 38
// of 43 such reports); an online page or a licensed promoter is not.
func TestCollectingFromPeopleIsUnlicensedRecruiter(t *testing.T) {
	t.Parallel()
	requireCase(t, CaseUnlicensedRecruiter, []string{
		"Gaon me ek banda Dubai jobs k form bhar raha h, sab se CNIC copy, photo aur ghar ka address 'survey' k naam pe le raha, 5 hazar registration fee b. mujh se b mang raha",
		"mohalle me ek aadmi logon se Saudi visa ke paise le raha hai, mujh se bhi mang raha",
		"hamare gaon ka ek banda larkon se passport jama kar raha hai Qatar bhejne ke liye",
		"ہمارے گاؤں میں ایک آدمی لوگوں سے دبئی بھیجنے کے پیسے لے رہا ہے، مجھ سے بھی مانگ رہا ہے",
		"ایک بندہ لڑکوں سے پاسپورٹ اور فارم جمع کر رہا ہے سعودیہ کی نوکری کے لیے",
		"A man in our village is collecting passports and 20,000 from boys for Malaysia jobs. He asked me too.",
		"Someone near our mosque is taking CNIC copies and fees from people for Kuwait visas",
	})
	for _, s := range []string{
		"sab se pehle paise do phir Dubai ka visa milega, WhatsApp 0301-2345678",
		"ہمسفر کے بعد سب سے اچھا ڈرامہ یہی ہے",
	} {
		require.NotEqual(t, CaseUnlicensedRecruiter, Read(s).CaseType, s)
	}
}

// A number grouped in thousands said as a price ("for 28,000", "28,000 ka
// medical") is a sum of rupees (blind13 EN-050); a count of people is not.
func TestPricedGroupedNumberIsAnAmount(t *testing.T) {
	t.Parallel()
	for s, want := range map[string]float64{
		"An OEP in Lahore (licence 1502/LHR) sent me for medical only to 'Al Shifa Diagnostic' for 28,000, then said the job is cancelled": 28000,
		"agent ne apni lab se medical 22,000 ka karwaya":       22000,
		"ان کی بتائی لیب سے ۲۸,۰۰۰ میں میڈیکل کروایا":          28000,
		"the GAMCA test at their centre, done for 18,500 only": 18500,
	} {
		am := Extract(s).Amounts
		require.Len(t, am, 1, s)
		require.Equal(t, want, am[0].Value, s)
		require.Equal(t, "PKR", am[0].Currency, s)
	}
	for _, s := range []string{
		"we were 1,200 people at the seminar",
		"tickets for 1,200 people were booked",
	} {
		require.Empty(t, Extract(s).Amounts, s)
	}
}

// A known employer's name inside a free e-mail address is one passing
// itself off as that employer (blind13 EN-039, RL-038; blind10 EN-027);
// the same service without the name is only a free e-mail.
func TestEmployerNameInFreeMailIsImpersonation(t *testing.T) {
	t.Parallel()
	requireFlag(t, FlagImpersonation, []string{
		"Got an email from hr.emiratesairline.careers@gmail.com saying I am selected as cabin crew. I never applied.",
		"Mujhe email ayi 'Congratulations you are selected for Maersk Denmark, salary 4500 euro' email recruitment.maersk.dk@outlook.com se ayi",
		"مجھے qatarairways.hiring@gmail.com سے ای میل آئی کہ گراؤنڈ اسٹاف کی نوکری کے لیے منتخب ہو گئے ہیں",
		"aramco_jobs_ksa@yahoo.com se offer letter aya, driver job 5000 riyal",
		"Offer letter for a Dubai driver job came from dp-world.hr@hotmail.com, they want 80,000 for the visa",
	}, []string{
		"Got an email from gulfjobs.hr2025@gmail.com saying I am selected for a Dubai warehouse job",
		"hr.recruitment2025@gmail.com se email ayi ke Denmark ki shipping company me select ho gaye, 4500 euro",
	})
}

// "جاب" is a job as Urdu script writes the English word (blind13 UR-048):
// a free e-mail address beside it is red flag 12.
func TestUrduJabIsAJob(t *testing.T) {
	t.Parallel()
	requireFlag(t, FlagFreeEmail, []string{
		"آن لائن ایجنسی کے کہنے پر آسٹریلیا کی فارم جاب کے لیے ۸۵,۰۰۰ جمع کروائے، ای میل australiafarmjobs2025@gmail.com سے آتی تھی",
		"کینیڈا کی جاب کا آفر لیٹر canadajobs.offer@gmail.com سے آیا ہے",
	}, []string{
		"میری بہن کی شادی کا کارڈ ای میل پر بھیج دیا ہے ali.family@gmail.com",
	})
}

// A sum asked "for visa stamping" is a fee before any contract (blind13
// EN-039).
func TestVisaStampingIsAFee(t *testing.T) {
	t.Parallel()
	requireFlag(t, FlagFeeBefore, []string{
		"Selected as cabin crew. They want my passport copy and 350 USD for 'visa stamping'.",
		"company keh rahi hai 40 hazar visa stamping ke liye bhejo, phir ticket",
		"ویزا سٹیمپنگ کے لیے پچاس ہزار مانگ رہے ہیں، سعودیہ کی نوکری ہے",
	}, []string{
		"My visa stamping is done, flight is next week, alhamdulillah",
		"ویزا سٹیمپ لگ گیا ہے، اگلے ہفتے فلائٹ ہے",
	})
}

// A fee word inside a link names a site, asks no fee (blind13 EN-046); the
// same word beside the link still does.
func TestFeeWordInALinkIsNoFee(t *testing.T) {
	t.Parallel()
	requireFlag(t, FlagFeeBefore, []string{
		"site oec-jobs-registration.com pe registration fee 5000 maang rahe",
		"ویب سائٹ oec-registration.pk.info پر رجسٹریشن فیس دو ہزار مانگ رہے ہیں",
	}, []string{
		"This site https://oec-jobs-registration.com looks exactly like the OEC site but asks for CNIC and your bank card PIN. Please get it blocked.",
		"yeh site www.overseas-fee-refund.com OEC jaisi lagti hai, CNIC maang rahi hai",
		"یہ ویب سائٹ protector-fee-online.com او ای سی جیسی ہے، شناختی کارڈ مانگ رہی ہے",
	})
}

// An official named in the writer's own yes-or-no question is asked about,
// claimed by no one (blind13 UR-040).
func TestOfficialAskedAboutIsNoClaim(t *testing.T) {
	t.Parallel()
	requireFlag(t, FlagImpersonation, []string{
		"The caller said that he is from the OEC and wants 20,000 for a Korea EPS job seat",
	}, []string{
		"کیا حکومت کی طرف سے کوریا کے ای پی ایس ٹیسٹ کی رجسٹریشن شروع ہو گئی ہے؟ ایک صاحب ۵۰ ہزار میں سیٹ پکی کروانے کا کہہ رہے ہیں",
		"kya govt ki taraf se Korea EPS ki registration shuru ho gayi hai? ek banda 50 hazar me seat pakki karwane ka keh raha",
		"Has the government started registration for Korea EPS? a man says he can confirm a seat for 50,000",
	})
}

// A visit sold with a job ("visit + job ka package") is red flag 4
// (blind13 RL-047).
func TestVisitWithJobPackage(t *testing.T) {
	t.Parallel()
	requireFlag(t, FlagVisitVisaWork, []string{
		"ek online 'travel consultant' ne Canada visit + job ka package 3.5 lac me bola, 1 lac Easypaisa pe de dia",
		"Dubai visit and job package for 2 lakh",
		"UK tourist package with job, 12 lakh",
		"ایجنٹ نے ملائیشیا وزٹ اور جاب کا پیکج دو لاکھ میں بتایا",
		"agent keh raha Baku visit ke sath job bhi dilwa dega, 3 lakh",
	}, []string{
		"Dubai visit kar ke aaye, ab Pakistan me job dhoond raha hun",
		"Saudi work visa 2 lakh, licence 1234/RWP, job contract attached",
	})
}

// A smuggler's guide (the one who walks a group across, armed or gone) is
// a word of smuggling, and so of an irregular route (blind13 EN-011, and
// the corpus's 'guide left us' lines); "plz guide me" and a tour guide's
// job are not.
func TestSmugglersGuide(t *testing.T) {
	t.Parallel()
	requireFlag(t, FlagIrregularRoute, []string{
		"agent larkon ko Mashhad me ek kamre me band rakhta hai, guide ke paas bandook hai",
		"ایجنٹ لڑکوں کو مشہد میں ایک کمرے میں بند رکھتا ہے، گائیڈ کے پاس بندوق ہے",
		"we are 9 in the mountains near the Turkish border, the guide left us yesterday",
		"bhai ka msg aya guide bhaag gaya, pahar me phanse hain",
	}, []string{
		"plz guide me sir, kafeel not paying salary 3 months",
		"Tour guide job in Dubai, salary 3000 AED, fee 50,000",
	})
}
