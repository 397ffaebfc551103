package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Lessons of blind65 and blind66 (and the conversations C77, C78), each
// with neighbours in three languages.

// A boat told by what happens on it (the engine cut off, water thrown
// out) and a Libyan port it left from is a boat at sea (blind66 EN-049).
func TestBoatToldByItsPeril(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"My son's last voice note was at 3am, he said the captain turned off the engine and everyone was throwing water out with bottles. It is now 2 in the afternoon and his phone is off. They left from Tobruk on Tuesday night",
		"bhai ka msg aya tha engine band ho gaya hai samundar ke beech, sab pani bahar phenk rahe hain",
		"بیٹے کا آخری پیغام تھا کہ کشتی میں پانی بھر رہا ہے، طبرق سے نکلے تھے",
	} {
		r := Read(s)
		require.Equal(t, UrgencyEmergency, r.Urgency, "%q: %v", s, r.Danger)
		require.Equal(t, CaseSmuggling, r.CaseType, "%q: %v", s, r.Model)
	}
	require.Contains(t, Extract("they left from Tobruk").Countries, "LY")
}

// A site the message says copies the real one, or a host with a known
// employer's name run into another word, is a phishing site (blind66
// EN-013, UR-050, RU-049); the real hosts are not.
func TestClonedSiteIsPhishing(t *testing.T) {
	t.Parallel()
	requireCase(t, CasePhishing, []string{
		"Got an email from careers@saudiaramco-jobs.net saying I am shortlisted for 'Senior Technician' in Dhahran at USD 9,000 per month. I never applied. The link opens saudiaramco-careers.net, which copies the Aramco site, and wants a $350 visa processing fee by card",
		"emiratesgroup-hr-careers.com سے ای میل آئی کہ آپ کو دبئی کی ایمریٹس ایئرلائن میں کیبن کریو کے لیے منتخب کر لیا گیا ہے، حالانکہ میں نے اپلائی ہی نہیں کیا تھا۔ ویب سائٹ ہوبہو ایمریٹس کی کاپی ہے اور 450 درہم 'ویزا فیس' مانگ رہے ہیں",
		"dpworld-recruitment.co naam ki site h jo DP World Dubai ki copy lagti h. crane operator ki job 7,000 dirham salary, CNIC ki dono taraf ki pic aur 12 hazar 'file charges' mang rahe",
	})
	require.True(t, imitatesOfficial("saudiaramco-careers.net"))
	require.True(t, imitatesOfficial("dpworld-recruitment.co"))
	require.False(t, imitatesOfficial("dpworld.com"))
	require.False(t, imitatesOfficial("careers.emirates.com"))
	require.False(t, imitatesOfficial("sofia-travels.com"), "a short name is not read inside a word")
}

// A shop its owner locked, and a passport office that keeps the old
// passport while the new one is printed, hold no one (blind65 EN-005,
// EN-032); an original document "with us" is no person held (C78-003).
func TestThingsLockedOrKeptHoldNoOne(t *testing.T) {
	t.Parallel()
	requireUrgency(t, UrgencyRoutine, []string{
		"Sorry brother the shop is band for 3 days, owner locked it and went to his village for a wedding. Your phone repair will be ready Monday InshaAllah",
		"پاسپورٹ کی فوٹو کاپی دی تھی، اصل ہمارے پاس ہے",
		"passport ki photocopy di thi, asal hamare paas hai",
	})
	r := Read("The passport office took my old passport and said they will keep it till the new one is printed")
	require.NotContains(t, r.Situations, "documents_taken", "%v", r.Danger)
	// the same words of people stay danger
	requireUrgency(t, UrgencyEmergency, []string{"تمہارا بیٹا اب ہمارے پاس ہے، پانچ لاکھ بھیجو"})
}

// A maid whose employers "keep" her passport and lock the door when they
// go out is held (blind32 EN-006, read again after a retrain).
func TestKeepAndLockTheDoor(t *testing.T) {
	t.Parallel()
	r := Read("I am maid in a house in Kuwait. sponsor's son tries to touch me every night and madam says keep quiet. they keep my passport and lock the door when they go out. please I want go home")
	require.Equal(t, UrgencyEmergency, r.Urgency, "%v", r.Danger)
	require.Contains(t, r.Situations, "documents_taken")
	require.Contains(t, r.Situations, "confined")
}

// A child burnt with a hot iron in a house in Pakistan is violence, and
// forced labour (blind66 RU-014).
func TestBurntWithAnIron(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"meri cousin 14 saal ki h, Lahore DHA me ek ghar me kaam krti h. kal raat usne call ki ro rahi thi k baji ne garam istri laga di, phir phone kat gaya, ab band aa raha h",
		"گھر میں کام کرنے والی بارہ سال کی بچی کو مالکن نے استری سے جلایا",
	} {
		r := Read(s)
		require.Contains(t, r.Situations, "violence", "%q: %v", s, r.Danger)
		require.Equal(t, UrgencyEmergency, r.Urgency, "%q", s)
	}
	requireCase(t, CaseForcedLabour, []string{"meri cousin 14 saal ki h, Lahore DHA me ek ghar me kaam krti h. kal raat usne call ki ro rahi thi k baji ne garam istri laga di, phir phone kat gaya, ab band aa raha h"})
}

// A debt that keeps growing is urgent (C77-022).
func TestDebtPilingUp(t *testing.T) {
	t.Parallel()
	requireUrgency(t, UrgencyUrgent, []string{
		"میرے بیٹے پر قطر میں قرضہ چڑھتا جا رہا ہے، کیا کریں",
		"mere bete pe qatar me qarza charhta ja raha hai",
		"my son's debt to the camp contractor keeps piling up in Qatar",
	})
}

// A phone number told digit by digit in words, in three languages (A35,
// A36), is a number; a few number words are not ("do teen din").
func TestSpokenPhoneNumbers(t *testing.T) {
	t.Parallel()
	for s, want := range map[string]string{
		"zero three four two, double six one, eight nine zero three": "+923426618903",
		"oh three one one, six two two, nine zero four eight":        "+923116229048",
		"zero teen teen do, char saat paanch, ek ek nau chhe":        "+923324751196",
		"صفر تین دو ایک، پانچ پانچ آٹھ، چار صفر سات تین":             "+923215584073",
		"his number is 0345 triple two, one nine eight four":         "+923452221984",
	} {
		require.Equal(t, []string{want}, Extract(s).Phones, s)
	}
	for _, s := range []string{"do teen din lagenge", "one two three four five six", "I paid two lakh in three parts, one by one"} {
		require.Empty(t, Extract(s).Phones, s)
	}
}

// blind67: pay cut short abroad, given now and the rest "next month",
// is wages withheld (urgent); so is work paid for by no one, and a worker
// thrown out unpaid who sleeps in a mosque. A salary cut told of a job
// that was not as promised is no withholding (blind4 EN-036).
func TestPayShortAbroadIsWithheld(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"I work in a restaurant in Kuala Lumpur since 2023. Contract says RM 1,800 but boss gives only RM 800 and says balance next month, every month. My permit expires in August. What can I do from here?",
		"دبئی میں سیکیورٹی گارڈ ہوں، کمپنی ہر مہینے آدھی تنخواہ دیتی ہے، ۱۸۰۰ درہم کی جگہ ۹۰۰۔ شکایت کریں تو کہتے ہیں واپس پاکستان بھیج دیں گے",
		"Romania me warehouse me kaam krta hun, contract me 3000 lei likha tha, 2 mahine se sirf 1000 de rahe hain baki 'next month'. Pakistan wala agent ab phone nahi uthata",
		"We are 11 Pakistanis in Baku, Azerbaijan. Company closed, nobody paid us for 2 months and the hotel is throwing us out tomorrow",
		"نجف میں ایک ہوٹل والے نے دو مہینے کام کروایا اور پیسے دیے بغیر نکال دیا، اب وہ ایک مسجد میں سو رہا ہے",
	} {
		r := Read(s)
		require.Equal(t, UrgencyUrgent, r.Urgency, "%q: %v", s, r.Danger)
		require.Contains(t, r.Situations, "wages_withheld", s)
	}
	r := Read("I went through Al-Habib Overseas Employment Promoters (licence 2817/RWP) for a Saudi electrician job. They charged Rs 4,80,000 and gave a receipt for only 20,000. In Saudi they made me a cleaner at half the promised salary.")
	require.NotContains(t, r.Situations, "wages_withheld")
}

// A kidnapping last year, the husband home and well now, is no emergency
// (blind67 RU-018); a children's camp advert's "3 din jungle me band" and
// an escape room's "locked" are a game (RU-044, blind66 EN-034).
func TestOverOrAGame(t *testing.T) {
	t.Parallel()
	requireUrgency(t, UrgencyRoutine, []string{
		"Mera husband pichle saal Basra, Iraq me 3 din kidnap raha tha, hum ne 5 lakh de k chhurwaya. Ab wo ghar pe h aur theek h. Kya is ki report ab b ho sakti h?",
		"Bachon ka summer camp 🏕️ 'Survival Challenge — 3 din jungle me band!' Age 8-14, fees sirf 4500. Abhi register krein",
		"Little Explorers Summer Camp, DHA Phase 6 Karachi ESCAPE ROOM CHALLENGE! Kids get 'locked' in a pirate cabin and must solve clues to get out. Ages 6-12, Rs 4,500 per week. Register: 0333-2109874",
	})
	requireCase(t, CaseOther, []string{"Bachon ka summer camp 🏕️ 'Survival Challenge — 3 din jungle me band!' Age 8-14, fees sirf 4500. Abhi register krein"})
	requireUrgency(t, UrgencyEmergency, []string{"mera beta 3 din se jungle me band hai, agent ne chhor diya, khana nahi"})
}

// blind68: a maid's 14-year-old daughter not let home for two months who
// says "amma mujhe le jao" is held (an emergency); a family made haaris
// by a landlord with a debt that grows each year is forced labour; thanks
// for help given years ago is no case; a new advert with children in it,
// asked about, is no emergency (blind60 RU-012).
func TestBlind68Lessons(t *testing.T) {
	t.Parallel()
	r := Read("hamari kaamwali ki beti Karachi Clifton me kisi k ghar kaam krti h, 14 saal ki h. 2 mahine se ghar nai aane diya, aaj phone pe bs itna bola 'amma mujhe le jao' aur phone kat gaya")
	require.Equal(t, UrgencyEmergency, r.Urgency, "%v", r.Danger)
	require.Equal(t, CaseForcedLabour, r.CaseType)
	requireCase(t, CaseForcedLabour, []string{"سانگھڑ میں زمیندار نے ہمارے پورے خاندان کو ہاری بنا رکھا ہے۔ کہتا ہے ۳ لاکھ قرض ہے جو ہر سال بڑھتا جاتا ہے، ہم سب کے شناختی کارڈ بھی اسی کے پاس ہیں"})
	requireCase(t, CaseOther, []string{
		"Salam. My brother was locked in by his kafeel in Riyadh back in 2021, your people guided us then and he came home safely. He now runs a mobile shop in Sialkot. He just asked me to say JazakAllah to your team.",
		"Ek doodh company ka naya ad dekha? chhote bachay subah 4 baje cycle pe doodh bech rahe hain, ye child labour promote nahi ho raha?",
	})
	requireUrgency(t, UrgencyRoutine, []string{"Ek doodh company ka naya ad dekha? chhote bachay subah 4 baje cycle pe doodh bech rahe hain, ye child labour promote nahi ho raha?"})
}

// C82: others drowned on the same road last year is no one at sea now,
// beside a crossing still planned (C82-013); a passport "now back with
// us" holds no one (C82-005).
func TestOthersDrownedOnAPlannedRoad(t *testing.T) {
	t.Parallel()
	requireUrgency(t, UrgencyRoutine, []string{
		"There's a man in Mandi Bahauddin who is sending boys to Italy by boat through Libya. My brother Usman (19) has been meeting him. The man says: fly to Dubai on a visit visa, then Benghazi, then 'a big ship' to Italy, 28 lakh per person. Boys from the next village drowned off Libya last year, everyone knows, and he is still doing it openly.",
		"اصل پاسپورٹ اس کو دیا تھا ویزا کے لیے، اب واپس ہمارے پاس ہے۔ شناختی کارڈ کی کاپی بھی دی تھی",
	})
	requireUrgency(t, UrgencyEmergency, []string{"my son is in a boat from Libya since last night, the boat is sinking"})
}

// C83, C84 and blind69: "they dont lock her or hit her" denies both; a
// boat boarded only after more money is paid is no one at sea yet (the
// safe house is urgent); a passport locked in the office safe holds no
// one.
func TestDeniedOrLaterOrAThingLocked(t *testing.T) {
	t.Parallel()
	requireUrgency(t, UrgencyUrgent, []string{
		"She went through an agent in Faisalabad last year, salary 100 KD. Since March no pay, madam says wait next month. She has her phone and calls us daily, they dont lock her or hit her. But she works 6am to midnight and just wants to come home with her money",
		"السلام علیکم۔ میرا بھائی لیبیا میں ہے، بن غازی میں۔ ایجنٹ نے اسے ایک گھر میں رکھا ہوا ہے اور اب کہتا ہے کشتی پر بٹھانے سے پہلے چار لاکھ اور بھیجو۔ ہم کیا کریں؟",
		"My brother's employer in Kuala Lumpur keeps his passport locked in the office safe and won't give it back. He works in the restaurant 14 hours a day and they say RM 9,000 'agent debt' must be cut from his salary first. He can call us at night and nobody has hurt him, but without a passport or money he can't come back.",
	})
	requireUrgency(t, UrgencyEmergency, []string{"they lock her in the room and hit her", "kashti me pani bhar raha hai, sab dare hue hain"})
}

// Found in blind70: a drama's episode told ("did u watch Meri Zindagi last
// nite?? They kidnapped Zara … next ep on friday") is fiction; a complaint
// made here and asked after ("… شکایت کی تھی، اس کا کیا بنا؟") reports
// nothing new.
func TestBlind70FictionAndStatus(t *testing.T) {
	t.Parallel()
	requireUrgency(t, UrgencyRoutine, []string{
		"did u watch Meri Zindagi last nite?? They kidnapped Zara and locked her in a basement, I cried so much 😭😭 next ep on friday",
		"kal ki ep dekhi? villain ne heroine ko kamre me band kar diya, agli ep kab aayegi",
	})
	requireCase(t, CaseOther, []string{
		"میں نے پچھلے ہفتے یہاں ایجنٹ کے خلاف شکایت کی تھی، اس کا کیا بنا؟ ابھی تک کوئی جواب نہیں آیا",
		"maine 10 din pehle agent ki shikayat ki thi, shikayat ka kya bana?",
	})
}

// Found in blind73 and blind72: a child chained at night where he works
// ("The owner chains his leg to the charpai at night so he doesn't run
// away") is held, an emergency; left abroad with the money gone ("Baku
// airport pe 2 din se baithe hain … koi nai aya … Paise khatam ho gaye")
// is a worker's distress, urgent, not an emergency the model guesses.
func TestBlind73ChainedAndStrandedBroke(t *testing.T) {
	t.Parallel()
	requireUrgency(t, UrgencyEmergency, []string{
		"There is a boy of maybe 11 or 12 working at the tea hotel near Sabzi Mandi, Faisalabad. The owner chains his leg to the charpai at night so he doesn't run away. I saw it myself today when I went for chai.",
		"hotel wala us bachay ko raat ko zanjeer se bandh deta hai ta ke bhag na jaye",
		"ہوٹل والا رات کو بچے کو زنجیر سے باندھ دیتا ہے",
	})
	requireUrgency(t, UrgencyUrgent, []string{
		"Ham 6 larke Baku airport pe 2 din se baithe hain, agent ne kaha tha company wale lene aayen ge, koi nai aya, agent ka number b off. Paise khatam ho gaye",
		"My uncle reached Baku on Tuesday for a construction job the agent promised. Nobody came to receive him, the company number is off, the hotel wants money and he has only 40 dollars left.",
	})
	requireCase(t, CaseWorkerDistress, []string{
		"Ham 6 larke Baku airport pe 2 din se baithe hain, agent ne kaha tha company wale lene aayen ge, koi nai aya, agent ka number b off. Paise khatam ho gaye",
	})
	// the money gone at home is no one stranded
	requireUrgency(t, UrgencyRoutine, []string{"bhai mahine ke akhir me paise khatam ho gaye, thora easypaisa kar do"})
}
