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
