package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A bone broken by an owner, an agent or a kafeel is violence now ("the
// owner broke my hand", "malik ne mera haath tor diya", "مالک نے میرا ہاتھ
// توڑ دیا"): an emergency, as beating is. The same words of years ago, by
// one a court has freed, are the past; a bone broken at cricket is a game.
func TestRound25BrokenBoneIsViolence(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"the owner broke my hand yesterday, I cannot work, he says he will do it again",
		"kafeel broke my brother's arm last night because he asked for his salary, he is still in the house",
		"the agent's men fractured his ribs in the camp, please do something",
		"malik ne mera haath tor diya, ab bhi kaam karwata hai",
		"sponsor ne bhai ki taang tod di, kamre me para hai",
		"bhatta malik ne abba ka bazu tor diya jab humne jaane ka kaha",
		"مالک نے میرا ہاتھ توڑ دیا، اب بھی کام کرواتا ہے",
		"کفیل نے میرے بھائی کی ٹانگ توڑ دی، وہ کمرے میں پڑا ہے",
		"ایجنٹ کے بندوں نے اس کی پسلیاں توڑ دیں",
	} {
		r := Read(s)
		require.Equal(t, UrgencyEmergency, r.Urgency, "%q", s)
	}
	for _, s := range []string{
		"Two years ago the kiln owner in Okara broke my arm when I asked to leave. Court freed us. Now he is asking my old co-workers for double peshgi",
		"do saal pehle bhatta malik ne mera bazu tor diya tha. police ne raid kar ke humein azad karwa liya. ab hum theek hain",
		"دو سال پہلے بھٹہ مالک نے میرا بازو توڑ دیا تھا۔ عدالت نے ہمیں آزاد کروایا۔ اب ہم گھر پر ہیں",
		"I broke my arm playing cricket yesterday lol, no match this week",
		"cricket khelte hue bhai ne meri ungli tor di haha",
	} {
		r := Read(s)
		require.NotEqual(t, UrgencyEmergency, r.Urgency, "%q", s)
	}
}

// A place at home named after a holy city or a Gulf one ("Madina Town",
// "Makkah Colony", "Dubai Chowk", a kiln called "Madina Bhatta") is no
// destination (C22-009: a Kasur kiln read as Saudi Arabia, with its
// emergency number); the city itself still is.
func TestRound25PlaceNamedAfterACityAbroad(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Kasur, Raiwind road side. the bhatta is called Madina Bhatta",
		"agent ka office Madina Town Faisalabad mein hai",
		"the office is near Dubai Chowk, Lahore",
		"ہم مکہ کالونی لاہور میں رہتے ہیں",
		"دفتر مدینہ مارکیٹ میں ہے",
	} {
		require.Empty(t, Extract(s).Countries, "%q", s)
	}
	for _, s := range []string{
		"mera bhai madina me hai, kafeel tang karta hai",
		"he works in Jeddah, in a bakery",
		"میرا بیٹا دبئی میں ہے",
	} {
		require.NotEmpty(t, Extract(s).Countries, "%q", s)
	}
}

// A minor taken abroad tonight for a house job, or married to one who takes
// her abroad, is trafficked, whatever money the family took (blind24
// EN-009, RU-009): the rules' case stands against the model's recruiter.
// A child who travels with a parent for Eid or Umrah is a family's
// journey: the model read the age beside the journey as an emergency.
func TestRound25MinorTakenAbroadIsTrafficking(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"my neighbour's daughter is 14, a woman is taking her to Muscat tonight on a 'house job' visa, flight at 2:40 am from Sialkot. her parents took 2 lakh advance from the woman",
		"hamare mohalle ki 13 saal ki larki ka nikah ek Saudi bande se kar ke aaj raat ki flight se le ja rahe hain, us ne 5 lakh diye hain gharwalon ko",
		"ہمارے محلے کی ۱۴ سال کی لڑکی کا نکاح ایک عمانی آدمی سے کر کے کل اس کو مسقط لے جا رہے ہیں، اس نے گھر والوں کو پیسے دیے ہیں",
		"my neighbours married their 15 year old daughter to a man from Dubai, he is taking her with him on friday",
		"پڑوس کی ۱۳ سال کی بچی کو ایک عورت آج رات گھر کے کام کے ویزے پر ریاض لے جا رہی ہے، والدین نے ایک لاکھ ایڈوانس لیا ہے",
		"padosi ki 14 saal ki beti ko ek aurat kal subah Dubai le ja rahi hai ghar ke kaam ke liye, maa baap ne 2 lakh le liye",
	} {
		r := Read(s)
		require.Equal(t, CaseTrafficking, r.CaseType, "%q", s)
		require.NotEqual(t, UrgencyRoutine, r.Urgency, "%q", s)
	}
	for _, s := range []string{
		"my 16 year old son is going to Dubai for Eid with his father tomorrow",
		"meri 15 saal ki beti kal apne abbu ke sath umrah pe saudi ja rahi hai",
		"میری ۱۴ سال کی بیٹی اپنے ابو کے ساتھ کل دبئی جا رہی ہے چھٹیوں پر",
		"my cousin's wedding is in Dubai next week, we are all flying on friday",
	} {
		r := Read(s)
		require.NotEqual(t, UrgencyEmergency, r.Urgency, "%q", s)
		require.NotEqual(t, CaseTrafficking, r.CaseType, "%q", s)
	}
}

// Wages owed to one abroad, with nothing of force, a sale or a hold, are
// the mission's case however the model weighs the agent who sent him; and
// "he has not paid anything" is what the writer's person paid, no wages.
func TestRound25WagesOwedAbroadAndPaidNothing(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"mera beta saudia me hai\n6 mahine se tankhwah nahi mili, jis agent ne bheja tha wo ab phone nahi uthata",
		"my son is in saudia\n6 months no salary, and the agent who sent him is not answering",
		"میرا بیٹا سعودیہ میں ہے\nچھ مہینے سے تنخواہ نہیں ملی، جس ایجنٹ نے بھیجا تھا وہ اب فون نہیں اٹھاتا",
	} {
		require.Equal(t, CaseWorkerDistress, Read(s).CaseType, "%q", s)
	}
	r := Read("my brother got a whatsapp message about a call centre job in Thailand, 1500 dollars salary, free ticket and stay. He has not paid anything")
	require.NotContains(t, r.Situations, "wages_withheld")
	require.Contains(t, Read("the company has not paid anything for 3 months, we are in Dammam").Situations, "wages_withheld")
}

// A branchless-banking receipt ("Cash deposit of Rs. 10,000 received
// through UBL Omni agent ... Agent ID 40871. Fee Rs. 0.00", everyday25
// E25-129) is no fee paid to an agent.
func TestRound25BankAgentReceiptIsEveryday(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"UBL Omni: Cash deposit of Rs. 10,000 received through UBL Omni agent at Shah Jewna Chowk, Jhang. Agent ID 40871. Fee Rs. 0.00.",
		"HBL Konnect: Cash deposit of Rs. 5,500 successful at agent ID 22871. Fee Rs. 0. Avl Bal Rs. 12,340",
		"JazzCash: Rs. 3,000 deposit received at retailer ID 77123. Trx ID 8812231. Fee Rs. 0.00",
	} {
		r := Read(s)
		require.Equal(t, CaseOther, r.CaseType, "%q", s)
		require.Empty(t, r.Flags, "%q", s)
	}
	r := Read("I paid 2 lakh to the agent for a Dubai visa, transaction id 88231, he gave no receipt")
	require.NotEqual(t, CaseOther, r.CaseType)
}

// A ransom asked now beside money sent last month is an emergency: the
// past is what was sent, not the demand (a tester's play: "they are asking
// 30 lakh ransom, we already sent 5 lakh last month" read routine).
func TestRound25RansomAskedNowBesideAPastPayment(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"my brother is in Libya, they are asking 30 lakh ransom, we already sent 5 lakh last month",
		"bhai libya me hai, 30 lakh taawan maang rahe hain, pichle mahine 5 lakh bhej chuke",
		"بھائی لیبیا میں ہے، تیس لاکھ تاوان مانگ رہے ہیں، پچھلے مہینے پانچ لاکھ بھیجے تھے",
	} {
		r := Read(s)
		require.Equal(t, CaseRansom, r.CaseType, "%q", s)
		require.Equal(t, UrgencyEmergency, r.Urgency, "%q", s)
	}
	r := Read("last year they kidnapped my cousin in Libya for ransom, now he is home safe")
	require.NotEqual(t, UrgencyEmergency, r.Urgency)
}
