package triage

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

// Found in blind210 and blind211 (first played in the thirtieth session).
func TestSession30Reads(t *testing.T) {
	t.Parallel()
	requireReads(t, []readCase{
		// a voice to hear again for a price: a ransom (B210-EN-026, B211-EN-017)
		{"My husband left 12 days ago, said he is going to Turkey through the mountains with Qadir agent from Wazirabad. Last call was from Iran side 6 days ago. Since then nothing. Now some man keeps calling me from a foreign number saying send 8 lakh if you want to hear his voice again", CaseRansom, UrgencyEmergency},
		{"Asslam o alaikum sir, this is Rizwan's phone, I'm his roommate in Jeddah. Rizwan went with the kafeel's brother on Sunday to 'sort his papers' and hasnt come back. Today someone called his father in Bannu from a Saudi number asking for money if they want to see him again", CaseRansom, UrgencyEmergency},
		{"beta Oman gaya tha, ab koi call kr ke kehta h agar beta dobara dekhna chahte ho to 5 lakh bhejo", CaseRansom, UrgencyEmergency},
		// papers expired, "cannot go anywhere": no lock (B211-EN-014, B207-EN-012)
		{"I am in Riyadh working for a cleaning contractor. Company is closed since December, 4 months no salary, iqama expired and they are not renewing. Passport is with me but without exit re-entry I cant go anywhere. 11 of us in the same camp, food running out", CaseWorkerDistress, UrgencyUrgent},
		{"I am in Riyadh with a construction company, 4 months no salary. Passport is with me but my iqama expired in January and the company is not renewing it, so I cannot go anywhere for work or even to the hospital. 11 Pakistanis in the same camp. We only want our wages and to go home.", CaseWorkerDistress, UrgencyUrgent},
		// a driving licence to be made there is no promoter's (B211-RU-003)
		{"maine 60 hazar jazzcash kiye the aik bande ko FB pe, keh raha tha Saudi me driver ka visa 2 hafte me aa jaye ga, license b waheen ban jaye ga. ab 1 mahina ho gya, msg seen kr k reply nai krta. uska no 0349-7731025", CaseJobScamPaid, UrgencyRoutine},
		// a country of Africa named (B211-RU-045)
		{"Dar es Salaam Tanzania me plastic factory me hun, 6 mahine ki salary nahi mili, 400 dollar mahina tha. Contract me 2 saal likha tha lekin ab keh rahe factory band kr rahe, ghar jao apne kharche pe. Passport mere paas h", CaseWorkerDistress, UrgencyUrgent},
		// a marriage proposal (B211-RU-036)
		{"Aslam o alaikum, Kohat se Rishta: larka 28 saal, MSc, Dubai me job, apna ghar. Syed family pasand. Contact: 0333-9054172", CaseOther, UrgencyRoutine},
		// a raid in the news; "200 se zyada passport" is a count (B211-RU-030)
		{"FIA ne Multan me jaali visa aur protector banane wala giroh pakar liya, 3 mulzim giraftar, 200 se zyada passport baramad — khabar Geo", CaseOther, UrgencyRoutine},
		// a form filled on a bare site, a registration fee paid (B211-RU-015, B110-RU-016)
		{"WhatsApp pe link aya 'Pakistan Overseas Employment Registration' overseas-jobs-pk.xyz, mere bhai ne form bhar diya, CNIC ki tasveer, selfie aur live location sab de di aur 1000 rupay registration b jazzcash kr diye. Ab us se aur paise maang rahe hain", CasePhishing, UrgencyRoutine},
		{"FB pe post thi 'Japan me 3 lakh 40 hazar Pakistanion k liye naukriyan, Kamyab Jawan program', link japan-kamyabjawan-registration.com pe form bhara aur 1,200 registration fee JazzCash kar di. Baad me pata chala sab fake h. Wo site abhi b chal rahi h", CasePhishing, UrgencyRoutine},
		// home safe, asks whether to close the complaint (B211-EN-048)
		{"Sir last month I messaged you when I was stuck in Dubai without salary. Now I am home in Swabi safe Alhamdulillah. Do I need to do anything else or close the complaint?", CaseOther, UrgencyRoutine},
	})
	// the kafeel who does not let them out still confines them
	require.Contains(t, Read("iqama expired, kafeel dont let us go out of the camp and took our phones").Situations, "confined")
	require.Contains(t, Read("visa khatam ho gaya, malik ne kamre me band kar diya, kahin nahi ja sakte").Situations, "confined")
	// a site applied on with no registration fee stays the job scam it was (B50-UR-012)
	require.Equal(t, CaseJobScamPaid, Read("السلام علیکم، میں نے canadafarmjobs-pk.com پر کینیڈا فارم ورکر کے لیے اپلائی کیا۔ انہوں نے ویزا پروسیسنگ کے 2,75,000 روپے بینک اکاؤنٹ میں منگوائے۔ اب ویب سائٹ بھی بند ہے اور نمبر بھی").CaseType)
	require.Empty(t, Read("FIA ne jaali visa giroh pakar liya, 200 se zyada passport baramad").Entities.Amounts)
	// a passport given back is no longer taken; one not given back is (C234-004)
	require.NotContains(t, Read("His original passport was with them 3 months, they gave it back with the papers").Situations, "documents_taken")
	require.Contains(t, Read("they took my passport and didn't give it back").Situations, "documents_taken")
	require.Contains(t, Read("agent ne passport rakh liya, wapis nahi kiya").Situations, "documents_taken")
	require.Equal(t, []string{"TZ"}, Read("Dar es Salaam me hun").Entities.Countries)
	require.Equal(t, "Tanzania", CountryName("TZ", "en"))
}

// Red flags the writers of the blind sets do not mark: a fee due only
// after the visa or at the protector (23 verification requests of
// blind55-blind211), pay that is only called high, and pay within the
// market of the currency (salary_limits_monthly, set from 2,700 salaries
// of the blind sets).
func TestSession30Flags(t *testing.T) {
	t.Parallel()
	has := func(text, code string) bool {
		return slices.ContainsFunc(Read(text).Flags, func(f Flag) bool { return f.Code == code })
	}
	for _, s := range []string{
		"Can you please check if Falcon Crest Manpower, licence no. 3307/KHI, is a genuine OEP? They have offered my son a welder job in Kuwait with proper protector, and said service charges only after visa comes. We haven't paid anything.",
		"Assalam o alaikum. Ye agent sahi hai? 'Gulf Star Manpower' license 4012/RWP, Saudi me electrician k liye 1,800 riyal salary bata rahe hain aur kehte hain fees sirf protector k waqt. Check kr k bata dein",
		"کیا یہ کمپنی ٹھیک ہے؟ کہتے ہیں ویزا آنے کے بعد فیس دینی ہے، پہلے کچھ نہیں",
	} {
		require.False(t, has(s, FlagFeeBefore), s)
	}
	require.True(t, has("Saudi driver visa, processing fee 40,000 advance, WhatsApp 0312-1112223", FlagFeeBefore))
	for _, s := range []string{
		"Oman me driver chahiye, tankhwa 350 rial, rabta 0301-2223334",
		"Qatar hotel waiter salary 3000 QAR, interview in Lahore",
		"Saudi Arabia jobs with high salary, contact 0300-1112223",
		"سعودیہ میں زیادہ تنخواہ والی نوکریاں، رابطہ 0300-1112223",
	} {
		require.False(t, has(s, FlagUnrealistic), s)
	}
	for _, s := range []string{
		"Dubai security guard salary 1.5 lakh mahina, visa 2 hafte me, 0300-1112223",
		"Wanted Imam for mosques in Madinah, salary SAR 6,000, free visa",
		"Kuwait driver 550 KD salary, send CV",
	} {
		require.True(t, has(s, FlagUnrealistic), s)
	}
}

// Found in blind212 and blind213: money asked of a family while the one
// on the road is silent, a danger told last week with no word since,
// notices, news and questions about the service, a threat to post a
// family's pictures.
func TestSession30SecondRound(t *testing.T) {
	t.Parallel()
	requireReads(t, []readCase{
		{"میرا بھائی تربت گیا تھا کہ ایران کے راستے آگے جائے گا۔ دس دن ہو گئے ابھی تک کوئی رابطہ نہیں ہوا، اور وہ لوگ بار بار فون کر کے ۴ لاکھ اور مانگ رہے ہیں۔", CaseRansom, UrgencyEmergency},
		{"Husband went to Quetta 10 days ago to go 'via Iran' with the agent's people. He still hasn't come back and hasn't called, and those people phoned me yesterday asking for 5 lakh more or 'he will stay where he is'.", CaseRansom, UrgencyEmergency},
		{"Abu ko Quetta gaye 10 din ho gaye, keh k gaye the Iran ja rahe mazdoori k liye. Kal raat ek Irani number se call ai, koi Balochi me baat kar raha tha, paison ka bol raha tha aur Abu ka naam le raha tha. Abu ka phone band h", CaseRansom, UrgencyEmergency},
		// the family's own agent asking more for the next stage: the smuggler's price (B142-EN-042)
		{"My husband left with agent Jamshed from Gujrat for Spain through Mauritania. 11 days ago was the last call, he said 'we are getting in the boat tonight, pray for us'. Since then nothing. The agent says he is 'on the way' and now wants 3 lakh more for the 'next stage'. I have 3 small kids.", CaseSmuggling, UrgencyEmergency},
		{"شوہر کو عراق گئے چھ مہینے ہو گئے، زائرین کے ویزے پر گئے تھے، ایجنٹ نے کہا تھا وہاں کام مل جائے گا۔ پچھلے ہفتے آخری بار بات ہوئی، کہہ رہے تھے 'یہ لوگ باہر نہیں نکلنے دیتے، پاسپورٹ بھی لے لیا'۔ اس کے بعد سے نمبر بند ہے۔", CaseTrafficking, UrgencyEmergency},
		{"Hi, is this number for overseas job complaints? What time do you reply, and can I write in Urdu?", CaseOther, UrgencyRoutine},
		{"Read an article today about 40 bonded labourers freed from kilns in Sanghar after a court order. Good to see. Keep up the work.", CaseOther, UrgencyRoutine},
		{"میں نے پرسوں ایجنٹ کے خلاف شکایت بھیجی تھی، ابھی تک کوئی جواب نہیں آیا اور نہ ہی کوئی شکایت نمبر ملا۔ براہِ کرم بتائیں کارروائی کب ہو گی؟", CaseOther, UrgencyRoutine},
		{"ایف آئی اے کی اپیل: بیرونِ ملک نوکری کے لیے صرف لائسنس یافتہ پروموٹر سے رابطہ کریں۔ غیر قانونی راستے سے سفر جان لیوا ہو سکتا ہے۔ آگے شیئر کریں۔", CaseOther, UrgencyRoutine},
		{"Forward: FIA ne Mandi Bahauddin me ek jaali agent pakar liya jo 50 logon se Europe k naam pe paise le chuka tha. Bachen aise logon se!", CaseOther, UrgencyRoutine},
		{"Our car broke down on Babusar top last night and we were stuck in the cold for 4 hours, thank God some army jawans helped. All safe in Chilas now, dont worry", CaseOther, UrgencyRoutine},
		// a son who will not eat is no one kept without food (B213-UR-031)
		{"میرے بیٹے نے فیس بک پر اشتہار دیکھ کر پرتگال کے ورک ویزے کے لیے ایزی پیسہ سے ۶۵ ہزار روپے بھیجے، دو قسطوں میں۔ اب وہ نمبر بند ہے اور صفحہ بھی غائب ہو گیا ہے۔ بیٹا ڈیرہ غازی خان میں ہے، بہت پریشان ہے، کھانا بھی نہیں کھا رہا۔", CaseJobScamPaid, UrgencyRoutine},
		// pictures to be posted unless paid: a threat, urgent (B213-EN-029)
		{"Following up on my complaint from last week about the Dubai visa agent who took my 70k. Now someone is calling from 0333-7801126 saying he will put my CNIC photo and my sisters pictures on facebook if I dont pay 20,000 'cancellation charges'. What should I do??", CaseJobScamPaid, UrgencyUrgent},
	})
	// a relative arrested is no news (B97-RU-016)
	require.NotEqual(t, CaseOther, Read("Mere abbu Iraq gaye the ziyarat visa pe, wahan agent ne Karbala me hotel me kaam dilwa diya. 2 hafte pehle police ne pakar liya, ab deportation center me hain Baghdad me. Unko wapis kaise layein?").CaseType)
}

// Found in blind214 and blind215: follow-ups, questions about the service
// or a programme, news of arrests, a video of the held sent to the family.
func TestSession30ThirdRound(t *testing.T) {
	t.Parallel()
	requireReads(t, []readCase{
		{"ye kaunsa number h? kisi ne WhatsApp group me share kia k yahan bahar ki job ki shikayat kar sakte hain. kia ye 24 ghante chalta h?", CaseOther, UrgencyRoutine},
		{"Following up on my complaint last Tuesday about the Serbia agent in Mirpur (ref HS-20931). I sent the bank slips yesterday. Has FIA looked at it yet? He is still taking money from other boys", CaseOther, UrgencyRoutine},
		{"میں نے پرسوں اپنے بیٹے کے پاسپورٹ اور ایجنٹ کی رسید کی تصویریں بھیجی تھیں، کیا آپ کو مل گئیں؟ میرا شکایت نمبر ۴۴۱۸ ہے۔", CaseOther, UrgencyRoutine},
		{"Two years ago I was kept in a warehouse in Zuwara, Libya for 4 months by smugglers. Alhamdulillah I came back with IOM and now I run a phone shop in Sialkot. Is there any programme where I can talk to young boys so they don't make my mistake?", CaseOther, UrgencyRoutine},
		{"Suna FIA ne Kharian me 3 agent pakre jo larkon ko Libya se kashti pe bhejte thay, acha hua", CaseOther, UrgencyRoutine},
		{"Im being kept in a house near Zahedan Iran by the dunki people. they beat me and make video to send to my father in Sialkot. they want 15 lakh more before taking us to Turkey. 8 of us in one room. pls help my father number 0300-6627194", CaseRansom, UrgencyEmergency},
	})
}
