package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Held, told by what the captors do: caught "in the smugglers' hands",
// screaming on the voice notes they send, and "now only they call"
// (blind143 RU-050, blind144 EN-024 were read as routine).
func TestCaptorsWordsAreHeld(t *testing.T) {
	t.Parallel()
	requireRead(t, "", UrgencyEmergency,
		"Bhai Iran me smugglers k hath pakra gaya h. Woh log roz voice note bhejte hain jis me wo cheekh raha hota h, 12 lakh mangte hain",
		"Ammi says Bilal still hasn't come back from the 'guest house' and those people keep asking us for money, today they asked 5 lakh more. He used to call every day, now only they call.",
		"bhai ka 10 din se phone nahi aya, ab sirf wohi log call karte hain aur 8 lakh mangte hain",
	)
	require.True(t, cueFound("ab sirf wohi log call karte hain", "k_held"))
	require.False(t, cueFound("ab sirf wohi log aate hain dukan pe", "k_held"))
}

// A child of an age said as a trait ("10-11 saal ki kaam wali bachi")
// is a minor; beaten by the employer now, an emergency (blind143
// RU-047). Children crying to go home while a man takes them away for
// work are held (blind144 RU-023).
func TestChildWorkerBeatenAndChildrenTaken(t *testing.T) {
	t.Parallel()
	requireRead(t, "", UrgencyEmergency,
		"Hamare samne wale ghar me 10-11 saal ki kaam wali bachi ko abhi maalkin ne chimte se maara, bachi chat pe ro rahi h",
		"Abhi Lahore railway station pe ek banda 3 bachon ko le k ja raha h, bache ro rahe k humein ghar jana h, wo keh raha Karachi factory me kaam milega",
	)
	requireRead(t, "", UrgencyRoutine, "main bachon ko le k nani ke ghar ja rahi hun, bache khush hain")
}

// Bleeding that does not stop, left in a room with no care, is an
// emergency (blind144 UR-022); a broken leg with a bill to pay, in
// hospital, is not (blind49 UR-006).
func TestBleedingLeftInRoom(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseWorkerDistress, UrgencyEmergency,
		"میں عمان کے شہر صحار میں ہوں۔ کام پر ایکسیڈنٹ ہوا، ٹانگ ٹوٹ گئی ہے اور خون نہیں رک رہا۔ کفیل کہتا ہے ہسپتال کا خرچہ خود کرو، میرے پاس پیسے نہیں، مجھے کمرے میں ڈال گئے ہیں",
	)
	requireRead(t, CaseWorkerDistress, UrgencyUrgent,
		"میرا بھائی دمام میں کام کے دوران سیڑھی سے گر گیا، ٹانگ ٹوٹ گئی ہے، ہسپتال میں داخل ہے۔ کمپنی کہتی ہے علاج کا خرچہ خود دو اور واپسی کی ٹکٹ بھی خود لو۔ اس کے پاس پیسے نہیں ہیں",
	)
}

// A camp's rule that no child goes out alone is no one locked in
// (blind143 RU-025 was an emergency).
func TestNotOutAloneIsNoConfinement(t *testing.T) {
	t.Parallel()
	requireRead(t, "", UrgencyRoutine,
		"Summer Camp 2025\nBachon ko roz swimming aur horse riding pe le jaya jayega\nGate pe guard, koi bacha akela bahar nahi ja sakta\nFee sirf 6,000\nRabta 0300-4471258",
	)
}

// Money a firm took to send someone who is still waiting is the firm's
// case, not a worker's distress abroad (C190-005: 56% from "کمپنی"); a
// sum deducted from wages is no payment (blind47 RU-024); pay "not what
// was promised" is no wage withheld (C189-006).
func TestWaitingAtHomeDeductedAndNotAsPromised(t *testing.T) {
	t.Parallel()
	r := Read("میں اپنے ابو کی طرف سے لکھ رہی ہوں، وہ موبائل نہیں چلا سکتے۔ راولپنڈی کی ایک اوورسیز کمپنی نے ملائیشیا بھیجنے کے پیسے لیے ہیں اور پانچ مہینے سے ٹال رہے ہیں")
	require.NotEqual(t, CaseWorkerDistress, r.CaseType)
	require.False(t, cueFound("agency ne room rent 900 zloty kaat lia", "paid"))
	require.True(t, cueFound("agency ne 900 zloty le lia", "paid"))
	for _, s := range []string{
		"بس کام اور تنخواہ وہ نہیں جو کہا تھا",
		"the job and salary are not what they promised",
	} {
		require.NotContains(t, Read(s).Situations, "wages_withheld", s)
	}
	require.Contains(t, Read("3 mahine se tankhwa nahi di").Situations, "wages_withheld")
}

// Kept in, told another way: "باہر نہیں نکل سکتا" (blind147 UR-008), "the
// gate is always closed" written in secret with a cover "haha" (EN-026),
// "bhaag b nahi sakta" in the desert (RU-023), "kamra bahar se lagate
// hain" (blind148 RU-028). A laughing face over exams is still a joke.
func TestKeptInToldOtherwise(t *testing.T) {
	t.Parallel()
	requireRead(t, "", UrgencyEmergency,
		"میرا بیٹا تھائی لینڈ گیا تھا۔ وہاں سے اسے میانمار لے گئے۔ اب وہ ایک احاطے میں ہے جہاں سے باہر نہیں نکل سکتا، پاسپورٹ ان کے پاس ہے۔ کہتے ہیں ۵ ہزار ڈالر دو تو چھوڑیں گے۔",
		"ok ok i cant talk long its a friends phone, mine they took. im fine dont worry, they say i have to finish 2 years first and the gate is always closed, they say its for our safety haha. ok bye dont call this number",
		"Main Saudi me sehra me bakriyan charata hu, kafeel ne passport le liya, 8 mahine se tankhwa nahi di, kal mara b. Yahan se 100 km tak koi abadi nahi, bhaag b nahi sakta",
		"bhai msg mt krna. 2 din baad krunga. ye log phone check krte. raat ko kamra bahar se lagate hain. agent ko ab paise mat bhejna. KL",
	)
	requireRead(t, CaseOther, UrgencyRoutine,
		"امتحان کے دنوں میں امی نے مجھے کمرے میں قید کر رکھا ہے، موبائل بھی ضبط 😂 نتیجے کے بعد رہائی ملے گی",
		"Mere dost ka bhai 10 saal pehle Greece gaya tha kisi tarah, ab wahan ki nationality mil gayi h aur restaurant chalata h. Log kehte hain wo lucky tha, warna kitne hi raste me mar jate hain",
	)
	require.True(t, cueFound("آج اس کے نمبر سے کسی اور نے فون کیا", "k_held"))
}

// "اب گھر پر ہے" (now at home) puts an ordeal over (C195-012); "اب وہ ایک
// گھر میں ہے" (now she is in a house) does not (blind83 UR-031).
func TestNowAtHomeIsSafe(t *testing.T) {
	t.Parallel()
	r := Read("میری کزن پچھلے سال دبئی گئی تھی۔ وہاں جا کر پاسپورٹ لے لیا اور غلط کام پر مجبور کیا۔ تین مہینے بعد ایمبیسی کی مدد سے واپس آئی، اب گھر پر ہے۔")
	require.NotEqual(t, UrgencyEmergency, r.Urgency)
	require.True(t, r.Over)
	requireRead(t, "", UrgencyEmergency,
		"میری بیٹی کو ملازمت کے نام پر عراق لے گئے تھے۔ اب وہ ایک گھر میں ہے، پاسپورٹ ان کے پاس ہے اور اس سے ایسے کام کروا رہے ہیں جو وہ فون پر بتا بھی نہیں سکتی۔ ہفتے میں ایک بار چھپ کر فون کرتی ہے اور بس روتی رہتی ہے",
	)
}

// Deaths heard of ("we hear about boys dying in the mountains") are
// others' news; a motorbike sold is no one sold; a mild fever in a
// smuggler's house one may leave for the market is the house's urgency
// (C196-015, C196-017).
func TestHearsayDeathsSoldThingsMildFever(t *testing.T) {
	t.Parallel()
	// (the son leaving on Friday: routine, see TestLeavingSoonOnASmugglersRoute)
	requireRead(t, "", UrgencyRoutine,
		"Please I need help. My son is 19 and he says he is leaving on Friday with an agent, by road through Iran to Turkey. The agent is some man from Gujranwala. He has already taken 8 lakh, my son sold his motorbike and took my gold. I'm terrified, we hear about boys dying in the mountains",
	)
	requireRead(t, "", UrgencyUrgent,
		"mera bhai Libya me hai, Italy jane k liye agent k paas. boat next week, ab 5 lakh aur maang rahe. Zuwara k paas ek ghar hai jahan 40-50 bande rakhe hain. bhai wahan se market tak ja sakta hai lekin passport unho ne rakh liya. khana thora milta hai, bhai ko bukhar b hai halka",
	)
	require.False(t, cueFound("my son sold his motorbike", "k_sold"))
	require.True(t, cueFound("agent ne humein bech diya", "k_sold"))
	require.False(t, cueFound("bhai ko bukhar b hai halka", "k_sick"))
	require.True(t, cueFound("bhai ko tez bukhar hai", "k_sick"))
}

// With the smuggler, out of touch, more money asked "warna hum zimmedar
// nahi", and the agent's "wo theek h" (blind149 RU-028); "یہ لوگ فون نہیں
// کرنے دیتے، آج چھپ کر کر رہی ہوں" beside a debt (blind150 UR-028): held.
func TestWithTheSmugglerAndPhoneForbidden(t *testing.T) {
	t.Parallel()
	requireRead(t, "", UrgencyEmergency,
		"Bhai Turkey me h smuggler k paas, 3 din se koi rabta nahi. Agent keh raha h 'wo theek h bas 2 lakh aur bhejo warna hum zimmedar nahi'",
		"باجی میں ٹھیک ہوں، بس یہ لوگ فون نہیں کرنے دیتے، آج چھپ کر کر رہی ہوں۔ ابو سے کہیں مجھے لینے آئیں۔ کراچی میں جس گھر میں کام پر لگوایا تھا وہ کہتے ہیں ۳ لاکھ قرض ہے پہلے وہ اتارو",
	)
	require.True(t, cueFound("wo log phone nahi karne dete", "k_held"))
}

// "ساحل اوورسیز" is a firm, no shore; "slry ni de rhi" is wages
// withheld; "نہ ویزا دیتے ہیں نہ پاسپورٹ واپس" of a registered firm is
// its misconduct (C198-016, C199-021).
func TestSahilFirmAndSmsSalary(t *testing.T) {
	t.Parallel()
	require.False(t, cueFound("کراچی کی ایک رجسٹرڈ کمپنی ہے ساحل اوورسیز", "k_peril"))
	require.True(t, cueFound("کشتی ساحل سے دور ڈوب رہی ہے", "k_peril"))
	require.Contains(t, Read("co 3 mnth s slry ni de rhi").Situations, "wages_withheld")
	requireRead(t, CaseOEPMisconduct, "",
		"کراچی کی ایک رجسٹرڈ کمپنی ہے ساحل اوورسیز، انہوں نے ملائیشیا فیکٹری ورکر کے لیے میرا پاسپورٹ سات مہینے سے رکھا ہوا ہے، نہ ویزا دیتے ہیں نہ پاسپورٹ واپس کرتے ہیں")
}

// Fixed after the held-out blind151-152 were played: an age set off by
// commas after a daughter's name ("My daughter Sana, 15, went…") is a
// child's; "I can't come out" is kept in; "some man is calling that send
// 10 lakh otherwise" with a son not back is a ransom; a traffic jam's
// "hostage situation" is an idiom.
func TestHeldOutRound18Emergencies(t *testing.T) {
	t.Parallel()
	requireRead(t, "", UrgencyEmergency,
		"My daughter Sana, 15, went with Nasreen baji to work in a house in Clifton Karachi 6 months ago. Last time Sana called she only cried and said Ammi they don't give me food and I can't come out. Now her phone is off.",
		"ok so this is voice typing my son Hamza went from Quetta 2 months back with the agent for Iran side he has not come back till now and some man is calling that send 10 lakh otherwise and then he cuts the phone what do I do",
	)
	requireRead(t, CaseOther, UrgencyRoutine, "Traffic on Shahrah-e-Faisal today was a full hostage situation, stuck for 2 hours 😤")
	requireRead(t, "", UrgencyUrgent, "I am in Jeddah 8 months, kafeel not paid 5 months salary. iqama expired and he is not renewing so i cant go outside because of police checking.")
}

// Talk of sending boys is a plan; money wanted back is no more money
// demanded (C202-012, C200-030).
func TestTalkOfSendingAndMoneyBack(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseSmuggling, UrgencyRoutine, "ek banda hamare mohalle me larkon ko greece bhejne ki baat kr raha h 'road se'. mera bhatija 19 saal ka h, uske chakkar me a gya h")
	require.NotContains(t, Read("us agent k khilaf kuch krna chahta hun aur paise wapis chahiye").Situations, "more_money")
	require.Contains(t, Read("Libya me hai, ab 5 lakh aur maang rahe hain warna aage nahi bhejenge").Situations, "more_money")
}

// After the second held-out play: a hurried call from one held ("ye log
// keh rahe hain abbu ko bolo paise bhejo … ammi ko mat batana … hamein
// kisi aur jaga le aaye hain … raat ko phir try karunga", blind154
// RU-025, UR-025) writes in secret from where he is held.
func TestHurriedCallFromOneHeld(t *testing.T) {
	t.Parallel()
	requireRead(t, "", UrgencyEmergency,
		"haan Kashif bhai sun rahe ho... yaar ye log keh rahe hain abbu ko bolo paise bhejo jo number diya hai... main theek hun bas... ammi ko mat batana... hamein kisi aur jaga le aaye hain... raat ko phir try karunga... bas bas ye aa gaye",
		"بھائی سنو جلدی جلدی بتا رہا ہوں ۔۔ یہ لوگ کہتے ہیں ابو کو بولو پیسے بھیجیں جو نمبر انہوں نے دیا ہے ۔۔ میں ٹھیک ہوں بس ۔۔ امی کو نہ بتانا ۔۔ ہمیں کسی اور جگہ لے آئے ہیں ۔۔ کل پھر کوشش کروں گا",
	)
}
