package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Thousands said in words after thousands of pounds are pounds ("ساڑھے
// سات ہزار پاؤنڈ کہے تھے، ہم نے پانچ ہزار دے دیے", C206-014 stored the
// 7,500 asked as paid); lakhs after a foreign sum are rupees.
func TestThousandsCarryForeignCurrency(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		text string
		want []Amount
	}{
		{"انہوں نے کل ساڑھے سات ہزار پاؤنڈ کہے تھے، ہم نے پانچ ہزار دے دیے", []Amount{{Value: 7500, Currency: "GBP"}, {Value: 5000, Currency: "GBP"}}},
		{"salary 7 hazar riyal likhi thi, ab 5 hazar de rahe", []Amount{{Value: 7000, Currency: "SAR"}, {Value: 5000, Currency: "SAR"}}},
		{"1500 riyal salary, agent ne 2 lakh liye", []Amount{{Value: 1500, Currency: "SAR"}, {Value: 200000, Currency: "PKR"}}},
		{"ویزا فیس 3 ہزار ڈالر، اس کے علاوہ ٹکٹ کے 80 ہزار", []Amount{{Value: 3000, Currency: "USD"}, {Value: 80000, Currency: "PKR"}}},
	} {
		got := Extract(c.text).Amounts
		require.Len(t, got, len(c.want), c.text)
		for k, w := range c.want {
			require.Equal(t, w.Value, got[k].Value, c.text)
			require.Equal(t, w.Currency, got[k].Currency, c.text)
		}
	}
}

// "I cannot go out to find other work" (the iqama expired) is no
// confinement, nor is "I am not locked".
func TestCannotGoOutToWorkIsNotConfined(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"My kafeel has not renewed my iqama for 10 months, so I cannot go out to find other work.",
		"Iqama not renewed so I cant go out to work somewhere else. I am not locked",
	} {
		require.NotContains(t, Read(s).Situations, "confined", s)
	}
	require.Contains(t, Read("they lock the room, I cannot go out").Situations, "confined")
}

// A social-media story is no fiction: "ab uski ek story ayi 'koi mujhe
// yahan se nikalo' phir delete kr di" is a plea from Bahrain (blind155
// RU-028 was read as fiction, routine).
func TestStoryPostedIsNoFiction(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseTrafficking, UrgencyEmergency,
		"Meri saheli ki behen Bahrain gayi thi salon job pe, ab uski ek story ayi 'koi mujhe yahan se nikalo' phir delete kr di. Call nahi uthati, msg seen nahi krti")
	requireRead(t, CaseOther, UrgencyRoutine,
		"Kal raat ek horror story parhi jis me larki ko kamre me band kar dete hain, bohat dar laga")
}

// A child taken to work in a factory here, who begs to be taken home while
// someone else takes the phone and says he is fine: forced labour, an
// emergency; the captor's "he is fine" says nothing (blind156 RU-026 was
// read as safe now, routine).
func TestCaptorSaysHeIsFine(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseForcedLabour, UrgencyEmergency,
		"sir g mein Okara se bol raha hun mera chhota bhai 14 saal ka h usko ek banda Karachi le gaya tha kaha factory me kaam h achi tankhwa milegi ab wo phone pe bas itna kehta h bhai mujhe le jao yahan se aur phir koi aur phone le leta h aur kehta h wo theek h zyada phone mat karo ghar walay pareshan hain")
	require.True(t, cueFound("phir koi aur phone le leta h", "k_held"))
}

// An advance an agent took from someone ("میرے بیٹے سے ایک لاکھ پیشگی لے
// چکا ہے") is his fee, no debt that binds (blind156 UR-003 was urgent for
// a growing debt); an advance the worker took is still one.
func TestAdvanceTakenByAgentIsNoDebt(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseUnlicensedRecruiter, UrgencyRoutine,
		"ہمارے محلے میں حاجی رفیق نام کا ایک آدمی ہے جو خود کو ایجنٹ کہتا ہے۔ کوئی دفتر نہیں، گھر کی بیٹھک میں لڑکوں کے پاسپورٹ جمع کرتا ہے۔ دبئی کے ڈرائیور ویزے کے لیے فی بندہ ڈھائی لاکھ مانگ رہا ہے، میرے بیٹے سے ایک لاکھ پیشگی لے چکا ہے اور کوئی رسید نہیں دی۔")
	require.Contains(t, Read("بھٹہ مالک کہتا ہے پیشگی کا قرض ابھی باقی ہے، ہمیں جانے نہیں دیتا").Situations, "debt_bondage")
}

// A driving licence is no recruiter's licence, nor is one he says he
// works "under" (C207-027, C208-003 were read as a licensed promoter's
// misconduct).
func TestDrivingLicenceIsNoRecruiterLicence(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"kehnda si saudi azad visa, driving license wala, 2000 riyal tankhah",
		"he said he works 'under' some Lahore company's licence but never showed anything",
		"ڈرائیونگ لائسنس والا ویزا بتایا تھا",
		"kehta h kisi company ke license pe kaam karta hun",
	} {
		require.False(t, cueFound(s, "licensed"), s)
	}
	require.True(t, cueFound("Crescent Overseas Employment Promoters, licence 2417/KHI", "licensed"))
}

// One of one's own at the border town, the crossing set for tomorrow
// night ("کہتا ہے کل رات بارڈر پار کروائیں گے"), is about to leave on the
// smugglers' road: urgent, as the Roman Urdu "kal raat border cross
// karwayenge" already was (blind155 UR-013 was routine).
func TestCrossingTomorrowNightIsUrgent(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseSmuggling, UrgencyUrgent,
		"میرا بھتیجا ایران کے راستے ترکی جانے کے لیے کوئٹہ پہنچ گیا ہے۔ ایجنٹ کو ۱۰ لاکھ دے چکے ہیں، کہتا ہے کل رات بارڈر پار کروائیں گے۔ ہم اسے روکنا چاہتے ہیں، کیا کریں؟")
	require.True(t, cueFound("agent kehta h kal raat border cross karwayenge", "k_leave_soon"))
}

// Overstaying abroad with the money finished, wanting to go home, is a
// worker stranded: urgent (blind155 EN-017 was routine).
func TestOverstayingMoneyFinishedIsStranded(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseWorkerDistress, UrgencyUrgent,
		"We came to Malaysia on visit visa in November, agent in Faisalabad promised the work permit would be done here. No permit, the 'company' vanished. Now 3 of us overstaying in one room in Klang, money finished. We want to go home.")
}

// Everyday words that looked like danger (blind158): a petrol pump shut
// "subah 6 se raat 10 tak" is no forced work, a child's school test and
// fee no child in danger.
func TestShopHoursAndSchoolFeesAreEveryday(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseOther, UrgencyRoutine,
		"Kal subah 6 se raat 10 tak sab petrol pump band rahenge owners ki strike ki wajah se, aaj hi tanki full kara lo",
		"Sir is mahine ki tuition fee 4500 h, kal tak bhej dein. Bachay ka test b Friday ko h",
		"بچے کا ٹیسٹ جمعہ کو ہے، اسکول کی فیس کل تک جمع کروا دیں",
	)
	require.Contains(t, Read("bhatte pe subah 4 se raat 10 tak kaam karwate hain, chhutti nahi").Situations, "forced_work")
}

// The group came back and he did not, and a call from there asks for
// dollars: a ransom (blind157 RU-050 was read as a pilgrimage, routine).
func TestGroupCameBackHeDidNot(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseRansom, UrgencyEmergency,
		"Chacha ka beta Iraq ziarat pe gaya tha group k sath. Group wapas aa gaya wo nahi aya. Kal ek Iraqi number +964 770 412 8856 se call ai k 5000 dollar bhejo. Chacha ko kuch samajh nahi aa raha",
		"ہمارا بیٹا زیارت کے گروپ کے ساتھ عراق گیا تھا۔ گروپ واپس آ گیا وہ نہیں آیا۔ کل ایک عراقی نمبر سے کال آئی کہ پانچ ہزار ڈالر بھیجو",
	)
	requireRead(t, CaseOther, UrgencyRoutine, "Our group came back from umrah last week, all of us. Alhamdulillah")
}

// A kinsman said to be 12 is a child ("My nephew Sajid is 12", blind158
// EN-028): kept at work in Karachi, forced labour; a husband of 40 is not.
func TestKinOfTwelveIsAChild(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseForcedLabour, UrgencyEmergency,
		"My nephew Sajid is 12. A thekedar took him to Karachi for work in a hotel kitchen, said 8,000 a month. Last night he called crying, said they don't let him come home and he sleeps on the floor next to the tandoor. Now the thekedar's number is off.")
	require.NotContains(t, Read("My husband is 40. He went to Dubai for work").Situations, "child")
}

// Old stories (blind157): forced labour "in the British days", a walk to
// Greece in 1998 an uncle "keeps telling" at every dinner: memories, no
// case.
func TestOldStoriesAreMemories(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseOther, UrgencyRoutine,
		"ہمارے محلے کے بابا جی بتاتے ہیں کہ ان کے والد سے انگریزوں کے زمانے میں بیگار لی جاتی تھی، سڑکیں بنواتے تھے اور پیسے نہیں دیتے تھے",
		"My colleague's uncle keeps telling how he went to Greece by road in 1998, walked 9 days through the mountains of Iran and Turkey and slept in a cave. Every family dinner same story 😂",
	)
}

// A boat still to be taken ("Mauritania se kashti me Spain jana h") puts
// no one at sea (blind158 RU-010 was an emergency); "passport uske paas"
// is a passport taken.
func TestBoatPlannedIsNotAtSea(t *testing.T) {
	t.Parallel()
	require.NotContains(t, Read("Mera dost kal Dubai ki flight le raha h, wahan se Senegal aur phir Mauritania se kashti me Spain jana h. Agent ne 40 lakh bola tha").Situations, "at_sea_or_border")
	require.Contains(t, Read("hum kashti me hain, pani andar aa raha hai").Situations, "at_sea_or_border")
	require.Contains(t, Read("Kafeel ne mujhe registan me chhor diya h, 8 mahine se tankhwa nahi, passport uske paas.").Situations, "documents_taken")
	require.Contains(t, Read("passport uske paas hai aur wapis nahi de raha").Situations, "documents_taken")
	// with them for a while and back now (C68-035): no passport taken
	require.NotContains(t, Read("passport unke paas 3 mahine raha, ab mere paas hai").Situations, "documents_taken")
}

// Scam work told in other words (C206-008, C209-025, C211-016): "we had
// to run crypto romance scams", "chat with people from fake profiles",
// "online logon ko paise k liye phansao, target pura na ho to fine".
func TestScamWorkInOtherWords(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"When we landed they took our passports and drove us to a compound in Sihanoukville. We had to run crypto romance scams.",
		"We had to chat with people from fake profiles for crypto investment, 15 hours a day",
		"wahan online logon ko paise k liye phansao, target pura na ho to fine aur khana band",
	} {
		require.Contains(t, Read(s).Situations, "forced_scam", s)
	}
	require.NotContains(t, Read("Thailand IT job, data entry, 1500 dollar salary, no experience needed").Situations, "forced_scam")
}

// After the held-out play of blind160: the heat "is murder", "I'm dying
// here"; a boss "Firon" who keeps one "qaid" in the office till ten, "naukri
// nahi jail h"; an uncle's 1990 story he still tells over tea; one's own
// past told "to tell others" from one's own shop now: no danger, no case.
func TestIdiomsAndOldStoriesOfBlind160(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseOther, UrgencyRoutine,
		"Bhai this heat is murder, 47 degrees in Jacobabad today. I'm dying here, sending my love from the oven 🔥",
		"Mera boss to bilkul Firon h, aaj b 10 baje tak office me qaid kar k rakha 😤 naukri nahi jail h ye",
		"Humare mohalle ke Chacha Rasheed 1990 me Dubai gaye the, kafeel ne 2 saal tankhwa nahi di thi, wo qissa ab b chai pe sunate hain 😄 ab to unka pota b Dubai me engineer h",
	)
}

// One's own at a border town ("abhi Turbat me h") is on the smugglers'
// road, not home: crossing "kal raat" is urgent (blind160 RU-018).
func TestBorderTownIsNotHome(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseSmuggling, UrgencyUrgent,
		"Mera bhai abhi Turbat me h, agent ne kaha kal raat Iran border cross karwayenge, phir Turkey. 18 lakh me deal hui h, 9 de diye hain. Hum chahte hain wo wapas aa jaye, kya karen?")
	require.False(t, cueFound("mera bhai abhi Quetta me h", "ctx_safe_now"))
}

// Paid "through a money changer" ("گجرات کے ایک صراف کے ذریعے", C213-014)
// is hawala.
func TestMoneyChangerIsHawala(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"حوالے سے، گجرات کے ایک صراف کے ذریعے", "paid through a money changer in Gujrat", "sarraf ke zariye bheje"} {
		require.Contains(t, Extract(s).Payments, "hawala", s)
	}
}
