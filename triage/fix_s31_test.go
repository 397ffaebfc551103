package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Found in blind216 and blind217 (first played in the thirty-first
// session): an uncle's story of his era, a passport in the worker's own
// hands, a border named in a threat, the road to Europe "by road", a
// demand from a stranger's calls while the agent is silent, one held and
// money demanded of the family, a child sold on.
func TestSession31Reads(t *testing.T) {
	t.Parallel()
	requireReads(t, []readCase{
		// an era long gone, told by an uncle (B216-RU-036), and its Urdu neighbour
		{"Chacha bata rahe the unke zamane me Saudi jane k liye agent ne 40 din Karachi k ek hotel me band rakha tha, phir b chale gaye aur 25 saal wahan kaam kiya", CaseOther, UrgencyRoutine},
		{"دادا بتاتے تھے کہ ان کے زمانے میں ایجنٹ نے انہیں کراچی کے ایک ہوٹل میں بند رکھا تھا، پھر بھی وہ کویت گئے اور بیس سال کام کیا", CaseOther, UrgencyRoutine},
		// the passport in his own hands, a promoter's broken promise (B216-UR-017)
		{"میرے بیٹے کو راولپنڈی کی لائسنس یافتہ کمپنی نے ریاض میں ہسپتال کی صفائی کا کام کہہ کر بھیجا، تنخواہ ۱۸۰۰ ریال بتائی تھی۔ وہاں ایک کلیننگ کمپنی سڑکیں صاف کروا رہی ہے اور ۱۱۰۰ ریال دیتی ہے۔ پاسپورٹ اس کے اپنے پاس ہے۔ کمپنی نے یہاں ساڑھے چار لاکھ لیے تھے۔", CaseOEPMisconduct, UrgencyRoutine},
		// Europe by road, the smuggler's advert (B217-UR-017)
		{"ٹک ٹاک پر ایک لڑکا روز ویڈیو ڈالتا ہے 'یورپ بائی روڈ، صرف ۱۵ لاکھ، آدھے ابھی آدھے پہنچ کر'، ساتھ نمبر ۰۳۱۸-۲۲۶۴۵۹۰ لکھا ہوتا ہے۔ ہمارے علاقے کے کئی لڑکے اس سے رابطے میں ہیں۔ اس کو روکیں", CaseSmuggling, UrgencyRoutine},
		// a stranger's calls, the one at sea silent, the agent not answering (B217-RU-025)
		{"haan ji bhai jan wo mera chhota bhai Faisal tha na jo Gwadar se Oman jane wala tha kashti se usko 2 hafte ho gaye koi khabar nahi aur ek banda baar baar call kar k keh raha h 3 lakh bhejo warna phir na kehna bataya nahi tha aur wo agent b ab phone nahi uthata ammi ka bura haal h", CaseRansom, UrgencyEmergency},
		// held in a warehouse on the road, money demanded of the family (C96-018)
		{"My nephew Zeeshan is in Libya. The people who were supposed to put him on a boat to Italy are now holding him in a warehouse and demanding 4,000 dollars from us. They sent a video of him with his hands tied.", CaseRansom, UrgencyEmergency},
		// "neither send him on nor let him go" (C260-020)
		{"میرا بیٹا لیبیا میں ہے۔ لیبیا والے کہتے ہیں ۸ لاکھ اور دو ورنہ نہ آگے بھیجیں گے نہ چھوڑیں گے۔ ۳۰ لڑکے ایک کمرے میں ہیں، کھانا ایک وقت۔", CaseRansom, UrgencyEmergency},
	})
	// from blind218 and blind219 (the session's second round)
	requireReads(t, []readCase{
		// a cricket win: England "mashed", a "massacre" (B218-RU-037)
		{"Pakistan ne aaj England ko maar maar k bhurta bana dia 🔥🔥 Shaheen ne to qatl e aam kar dia", CaseOther, UrgencyRoutine},
		// no such licence on the bureau's list (B218-EN-006)
		{"One Tariq Mehmood runs 'Gulf Star Manpower' from the back of a mobile shop. I checked the BEOE list, no such licence exists. He took Rs 3,20,000 from my son for an Oman driving visa.", CaseUnlicensedRecruiter, UrgencyRoutine},
		// a boat route the agent offers, nothing paid, no one gone (B218-UR-016)
		{"بیٹے کو ایک ایجنٹ کہہ رہا ہے کہ پہلے دبئی، پھر ایتھوپیا اور سینیگال، وہاں سے موریطانیہ سے کشتی میں اسپین۔ ۳۵ لاکھ مانگ رہا ہے، آدھے پہلے۔ ہم نے ابھی پیسے نہیں دیے، بیٹا ضد کر رہا ہے۔ کیا کریں؟", CaseSmuggling, UrgencyRoutine},
		// a new law in the news (B218-RU-038)
		{"Naye qanoon k mutabiq insani smuggling ki saza ab 10 saal tak aur jurmana 1 crore tak. Achi baat h, agents darenge", CaseOther, UrgencyRoutine},
		// an old ordeal told as advice: "without checking" asks no check (B218-UR-038)
		{"دس سال پہلے میں بھی دبئی میں ایک ایجنٹ کے ہاتھوں پھنسا تھا، پاسپورٹ چھین لیا تھا۔ اللہ نے نکالا۔ آج نوجوانوں کو یہی کہتا ہوں کہ بغیر تصدیق کسی کو پیسے نہ دیں", CaseOther, UrgencyRoutine},
		// a robbery heard of, years ago, the man settled since (B219-RU-031)
		{"Hamare padosi ka beta bata raha tha k uske dost ko 2019 me Dubai me kisi ne lutt lia tha, sab paise le gaye, phir wo wapas aa gaya aur ab yahan karyana store chalata h", CaseOther, UrgencyRoutine},
	})
	// from blind220 and blind221 (the third round): two emergencies missed
	requireReads(t, []readCase{
		// "none of them came back" is nobody safe home (B220-EN-026)
		{"Sir 6 boys from our street in Kharian went with an agent to Tehran in November. None of them came back and no calls since weeks. Now the agent's people come to their homes every few days asking for more money and they say 'if you want to see your sons again, arrange it fast'.", CaseRansom, UrgencyEmergency},
		// a boy of 14 not let go until the advance is returned (B221-EN-029)
		{"A boy from our mohalla, Shahzeb, around 14, went to work at a hotel in Murree through a thekedar in spring. His mother says he still hasn't come back and the thekedar says he won't send him until the 80,000 advance is returned. The boy called her crying last week.", CaseForcedLabour, UrgencyEmergency},
	})
	// from blind222 and blind223 (first played after the third round)
	requireReads(t, []readCase{
		// a couplet of longing: its prison and its selling are the heart's (B223-UR-038)
		{"یہ ہجر کی قید ہے صاحب، یہاں سے رہائی نہیں ملتی\nدل جس کے ہاتھ بِکا، اُس سے جدائی نہیں ملتی", CaseOther, UrgencyRoutine},
		// no one home till the loan is paid, the little ones at the bricks (B222-EN-028)
		{"My cousin posted this on Facebook and then deleted it: 'the kiln malik has kept all our CNICs, he says no one goes home till the loan is finished, even the little ones are making bricks now'. Their kiln is somewhere near Jaranwala. Can someone find them?", CaseForcedLabour, UrgencyEmergency},
		// "half now" is the agent's terms, no leaving now (B222-EN-010)
		{"My nephew (19) is talking to an agent in Gujrat who says he will send him to Italy via Libya on a boat, 24 lakh, half now and half after reaching. His father is planning to sell the land. Nothing paid yet.", CaseSmuggling, UrgencyRoutine},
	})
	// a house number is no sum (B220-EN-021)
	require.Empty(t, Extract("Please send someone now, house 214, street 7.").Amounts)
	// a border named in the threat's "otherwise" is no border they are at
	// (B217-EN-016: the rules read a threat; the model, trained on the
	// corpus, still reads an emergency there); one told as where they are
	// stays
	sits := func(text string) (atBorder, threat bool) {
		e := Extract(text)
		a := newAnalysis(text, e.Amounts)
		a.collect(lex.all)
		return a.has(kindSit, "at_sea_or_border"), a.has(kindSit, "threats")
	}
	at, threat := sits("Agent called today, wants 5 lakh more 'for next step' otherwise he says the boys will be left at the border.")
	require.False(t, at)
	require.True(t, threat)
	at, _ = sits("paise bhejo warna wo log usko samandar me phenk denge")
	require.False(t, at)
	at, _ = sits("My nephew is at the border between Iran and Turkey since yesterday, in the snow, the agent's men left them there.")
	require.True(t, at)
}
