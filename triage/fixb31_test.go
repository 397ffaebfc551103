package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Trapped at an airport, in traffic, in a queue or by a late flight is no
// danger ("trapped", "qaid", "قید" beside airport, terminal, flight,
// traffic, queue, lift), and waiting at a Pakistani airport is being at
// home, not abroad (blind31 EN-008 read trafficking + emergency, "locked
// in"). Neighbours: trapped in a house or room, or stuck at an airport
// abroad with the visa cancelled, stay as they were.
func TestFixB31TrappedAtAirportIsNoDanger(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Trapped at Lahore airport for 6 hours, our Jeddah flight cancelled and nobody from the airline is telling anything. is there a helpline for this?",
		"we are trapped in Islamabad airport since morning, Dubai flight delayed again, no one tells anything, who do we call?",
		"trapped in traffic on the motorway for 3 hours",
		"trapped in the queue at the passport office for 5 hours",
		"Lahore airport pe 6 ghante se phanse hue hain, Jeddah ki flight cancel ho gayi, koi helpline hai?",
		"airport pe qaid ho kar reh gaye hain, flight 8 ghante late hai",
		"لاہور ایئرپورٹ پر چھ گھنٹے سے پھنسے ہوئے ہیں، جدہ کی فلائٹ منسوخ ہو گئی، کوئی ہیلپ لائن ہے؟",
		"ایئرپورٹ پر قید ہو کر رہ گئے ہیں، فلائٹ آٹھ گھنٹے لیٹ ہے",
	} {
		r := Read(s)
		require.Equal(t, UrgencyRoutine, r.Urgency, "%q: %v", s, r.Danger)
		require.Equal(t, CaseOther, r.CaseType, "%q", s)
	}
	// neighbours
	for _, s := range []string{
		"my brother is trapped in a house in Libya by the agent's men",
		"trapped in a room at the airport hotel, agent's men took passport and will not let us leave",
		"bhai ko Libya mein ek ghar mein qaid kar rakha hai",
		"بھائی کو لیبیا میں ایک کمرے میں قید کر رکھا ہے",
	} {
		require.Equal(t, UrgencyEmergency, Read(s).Urgency, "%q", s)
	}
	for _, s := range []string{
		"I am stuck at Sharjah airport, my employer's sponsor cancelled visa while I was flying back from leave. Immigration won't let me in. What now?",
		"bhai stuck at Jeddah airport, return flight cancelled, no money, company already cancelled my iqama",
	} {
		require.Equal(t, CaseWorkerDistress, Read(s).CaseType, "%q", s)
	}
}

// A journey offered by road, by boat or by way of Libya, Iran or Turkey,
// with or without a job named, is the smuggler's offer, however much of an
// advert (guarantee, advance, WhatsApp) it has (blind31 EN-032, UR-036
// read job_offer_suspicious). Neighbours: a work visa advertised with the
// same guarantee, advance and WhatsApp stays a suspicious offer.
func TestFixB31JourneyAdvertIsSmuggling(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"✈️ SPAIN WORK BY ROAD ✈️ Guaranteed entry, 35 lakh only, 5 lakh advance rest after arrival, WhatsApp only +92 300 9981230",
		"ITALY BY BOAT from Libya, 100% guarantee, 25 lakh, half now half on reaching. Call 0300-1234567",
		"Greece job through Iran Turkey, helper 1200 euro, guaranteed, 18 lakh, WhatsApp 0321-4455667",
		"SPAIN KAAM BY ROAD, guaranteed entry, sirf 35 lakh, 5 lakh advance baqi pohanch ke, sirf WhatsApp 0300-9981230",
		"Italy kashti se, Libya ke raste, 100 fisad guarantee, 22 lakh, adha pehle adha pohanch kar, rabta 0321-7784026",
		"اٹلی براستہ لیبیا، صرف ۲۲ لاکھ میں یورپ، ایڈوانس ۵ لاکھ باقی پہنچ کر، ۱۰۰٪ گارنٹی، رابطہ ۰۳۲۱-۷۷۸۴۰۲۶",
		"یونان بذریعہ سڑک، ہیلپر کی نوکری، ۱۸ لاکھ، آدھے ابھی آدھے پہنچ کر، واٹس ایپ ۰۳۰۰۱۲۳۴۵۶۷",
	} {
		r := Read(s)
		require.Equal(t, CaseSmuggling, r.CaseType, "%q: %v", s, r.Model)
		require.Equal(t, UrgencyRoutine, r.Urgency, "%q", s)
	}
	// neighbours
	for _, s := range []string{
		"ITALY WORK VISA, factory helper salary 1200 euro, 100% guarantee, 12 lakh, WhatsApp only 0300-1234567",
		"Italy ka work visa, helper tankhwa 1200 euro, guarantee, 12 lakh, sirf WhatsApp 0300-1234567",
		"اٹلی کا ورک ویزا، ہیلپر، تنخواہ ۱۲۰۰ یورو، ۱۰۰٪ گارنٹی، ۱۲ لاکھ، واٹس ایپ ۰۳۰۰۱۲۳۴۵۶۷",
	} {
		require.Equal(t, CaseJobOfferSuspicious, Read(s).CaseType, "%q", s)
	}
}

// A threat to put a woman's photos or videos online ("viral", "leak",
// "post", "upload") unless paid is extortion of the family: ransom_extortion,
// urgent (red-flags.md: "threats or extortion against the family"; blind31
// EN-021 read other, routine). Neighbours: a video gone viral, photos given
// for a visa file, are no threat.
func TestFixB31PhotosThreatIsExtortion(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Agent Javed from Gujrat who we complained about to FIA is now sending messages to my family that he will make my sister's pictures viral unless we pay 2 lakh and withdraw the complaint. she had given him photos for the 'visa file'",
		"the agent says he will make my sister's pictures viral unless we pay 2 lakh",
		"the agent says he will post my sister's photos online if we don't send 2 lakh",
		"agent keh raha hai 2 lakh do warna behen ki tasveerein viral kar dega",
		"agent ne dhamki di hai ke behen ki tasveerein facebook pe viral kar denge agar 2 lakh nahi diye",
		"ایجنٹ کہہ رہا ہے دو لاکھ دو ورنہ بہن کی تصویریں وائرل کر دے گا",
		"ایجنٹ نے کہا میری بہن کی تصویریں انٹرنیٹ پر ڈال دیں گے اگر دو لاکھ نہ دیے",
	} {
		r := Read(s)
		require.Equal(t, CaseRansom, r.CaseType, "%q: %v", s, r.Model)
		require.Equal(t, UrgencyUrgent, r.Urgency, "%q: %v", s, r.Danger)
	}
	// neighbours
	for _, s := range []string{
		"my cousin's video went viral on tiktok, he is in Dubai now",
		"meri video viral ho gayi hai tiktok pe, Dubai mein sab theek hai",
	} {
		r := Read(s)
		require.Equal(t, CaseOther, r.CaseType, "%q", s)
		require.Equal(t, UrgencyRoutine, r.Urgency, "%q", s)
	}
}

// Kept in a house on the way with more money asked to take him on, and a
// threat only to leave him there or at the border ("or they will leave him
// at the border", "ورنہ یہیں پڑا رہے گا", "warna border pe chhor denge"),
// is the smuggler's price: smuggling, urgent (red-flags.md), not ransom
// and not "at the border" now (blind31 EN-048 read emergency, UR-022
// ransom). "Tab aage" is "then onward", no "until". Neighbours: a threat
// to kill, or one at the border now with no water, stays an emergency.
func TestFixB31LeftThereIsNoDanger(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"my son left 10 days ago with an agent for Turkey through Iran. now agent says pay 3 lakh more or they will leave him at the border. he is in some house in Urmia with 30 other boys",
		"my brother is in some house in Iran, agent wants 3 lakh more to take him on or they will leave him there",
		"بیٹا ایران میں کسی گھر میں ہے ایجنٹ کے بندوں کے ساتھ، وہ کہتے ہیں ۲ لاکھ اور بھیجو تب آگے لے کر جائیں گے ورنہ یہیں پڑا رہے گا",
		"بھائی ایران میں ایک گھر میں ہے، ایجنٹ کہتا ہے ۳ لاکھ اور دو ورنہ بارڈر پر چھوڑ دیں گے",
		"beta Iran mein kisi ghar mein hai agent ke bandon ke sath, kehte hain 2 lakh aur bhejo tab aage le kar jayenge warna yahin para rahega",
		"bhai Turkey ke raste mein ek ghar mein hai, agent keh raha 3 lakh aur do warna border pe chhor denge",
	} {
		r := Read(s)
		require.Equal(t, CaseSmuggling, r.CaseType, "%q: %v", s, r.Model)
		require.Equal(t, UrgencyUrgent, r.Urgency, "%q: %v", s, r.Danger)
	}
	// neighbours
	for _, s := range []string{
		"they will kill him if we don't send 3 lakh, he is in a house in Iran",
		"my brother is at the border now, no water, agent left them",
		"bhai sarhad par phansa hai, pani khatam",
		"بھائی بارڈر پر ہے، پانی ختم ہو گیا",
	} {
		require.Equal(t, UrgencyEmergency, Read(s).Urgency, "%q", s)
	}
}

// A protector stamp that looks different or printed, or put on without
// going to the Protector's office, is a forged stamp: document_fraud, as
// the blind sets label every stamp got without the office (blind31 EN-045
// read verification_request). Neighbours: a question about the protector
// process stays other.
func TestFixB31StampLooksDifferentIsForged(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"can someone check, the protector stamp on my passport looks different from my friends. agent got it done in one day without me going to the Protector office. is that possible?",
		"the protector stamp looks different from my cousin's, agent did it in one day. is it ok?",
		"agent ne protector ki mohar ek din mein laga di, dosto wali se alag lagti hai. kya ye mumkin hai?",
		"mere passport pe protector ki mohar alag lagti hai, agent ne bina protector office jaye laga di",
		"میرے پاسپورٹ پر پروٹیکٹر کی مہر دوستوں والی سے مختلف لگتی ہے، ایجنٹ نے ایک دن میں لگوا دی۔ کیا یہ ممکن ہے؟",
		"میرے پاسپورٹ پر پروٹیکٹر کی مہر الگ لگتی ہے، ایجنٹ نے بغیر بیورو گئے لگا دی",
	} {
		r := Read(s)
		require.Equal(t, CaseDocumentFraud, r.CaseType, "%q: %v", s, r.Model)
	}
	// neighbours
	for _, s := range []string{
		"How many days does protector take at the Protectorate in Rawalpindi? I have Saudi visa from a licensed OEP",
		"protector office ka process kya hai, kitne din lagte hain?",
	} {
		require.Equal(t, CaseOther, Read(s).CaseType, "%q", s)
	}
}
