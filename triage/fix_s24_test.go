package triage

import (
	"testing"
)

// Workers not let go home over a debt, threatened only with the law ("or
// I'll get your father jailed", C242-021), are bonded labour: urgent, not
// "held and threatened". A threat to life or a child taken stays an
// emergency.
func TestHeldForDebtWithTheLawsThreat(t *testing.T) {
	t.Parallel()
	requireRead(t, "forced_labour", "urgent",
		"thekedar ghar nai jane deta, kehta hai pehle qarza utaro warna tumhare abba ko andar karwa dunga",
		"ٹھیکیدار گھر نہیں جانے دیتا، کہتا ہے پہلے قرضہ اتارو ورنہ تمہارے ابا کو اندر کروا دوں گا",
		"the contractor does not let us go home, says first pay the loan or he will get my father jailed")
	requireRead(t, "forced_labour", "emergency",
		"thekedar ghar nai jane deta, kehta hai pehle qarza utaro warna jaan se maar dunga",
		"malik bhatta chhorne nahi deta, kehta hai qarza utaro warna tumhari beti ko utha lunga")
}

// Workers abroad who cannot go out for fear of arrest, their iqama
// expired (C242-007, C243-007, C87-017), are stranded, urgent: no one
// holds them. Kept in by the kafeel, or locked in, stays an emergency.
// "Nobody is beating" is no harm.
func TestKeptInByPapers(t *testing.T) {
	t.Parallel()
	requireRead(t, "worker_distress_abroad", "urgent",
		"Company not paying 5 month salary. iqama expired 2 month ago, kafeel not renewing so I cant go out, police can catch. passport is with me",
		"اقامہ ختم ہو گیا ہے، کفیل رینیو نہیں کرتا، اس لیے باہر نہیں نکل سکتے، پولیس پکڑ لے گی۔ پانچ مہینے سے تنخواہ نہیں ملی",
		"5 mahine se tankhwa nahi mili, iqama khatam ho gaya company renew nahi kr rahi, bahar nahi nikal sakte police pakar legi",
		"Iqama also expired 2 months ago, company not renewing, so we cannot go outside, police checking. Nobody is beating or anything, but we are stuck.")
	requireRead(t, "", "emergency",
		"iqama expired, kafeel dont let us go out of the camp and took our phones",
		"iqama khatam hai, bahar nahi nikal sakte, kamre me band kar rakha hai")
}

// First heard in blind179-180: a nanny's advert that gives the children's
// ages is an advert; an uncle "sold in the 90s", fine now, and a boy who
// reached Italy ten years ago, settled there, are memories; a page that
// took a fee and then deleted its "story" told no tale; a passport FIA
// kept for inquiry is the law's hold.
func TestBlind179And180(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseOther, "routine",
		"WANTED: Nanny for 2 children (3 & 5 yrs) in Gulshan-e-Iqbal Karachi. Live-out, 9am-5pm, salary Rs 40,000. Call 0300-2918364 between 10 and 6 only.",
		"Maid required for a family with 3 kids (2, 4 and 7 years) in DHA Lahore, salary 30000",
		"At dinner my friend's uncle told us how he was sold to a camel farm in Saudi in the 90s. He ran away after a year and is fine now, 70 years old and still tells jokes. Crazy stories",
		"Phuppo bata rahi thi unke mohalle ka larka 10 saal pehle boat se Italy pohncha tha, bohat mushkil raasta tha. Ab wahan settled h, bachay bhi hain")
	requireRead(t, CaseJobScamPaid, "",
		"main BZU Multan me parhta hun, insta pe ek consultant tha 'Deutsch Pathway' Germany Ausbildung ka, keh raha tha job + stipend 1100 euro. Unki processing fee 18000 JazzCash ki thi 0322-6619043 pe. ab na reply na call, story bhi hata di")
	requireRead(t, "", "routine",
		"At Lahore airport the FIA immigration stopped my brother, they said the protector stamp on his passport is fake and his Saudi visa is not in the system. Agent Tariq from Khyber Bazaar Peshawar charged us 4.5 lakh. Brother was offloaded and FIA kept the passport for inquiry. What should we do now?")
	requireRead(t, "", "urgent", "the agent took our passports and said the police will check them")
}
