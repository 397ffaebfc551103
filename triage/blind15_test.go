package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A person kept until the rest is paid is held for ransom, however the
// keeper puts it: "until you pay the rest your son stays in this house"
// (blind15 UR-008). "Your son will stay" of a job or a visa is not.
func TestKeptUntilPaidIsHeld(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"the agent says until you pay the remaining 2 lakh your son will stay here with us",
		"They told my mother: your brother stays with us until the balance comes",
		"he said your husband will remain in this house till you send 3 lakh",
		"agent kehta hai jab tak baqi paise nahi doge tumhara beta yahin rahega",
		"bolta hai baqi dedh lakh bhejo warna tumhara bhai isi ghar mein rahega",
		"unho ne kaha aapka beta hamare paas rahega jab tak 2 lakh nahi aate",
		"tmhara bhai idhar hi rahega jb tak paisa nahi bhejte",
		"ایجنٹ کہتا ہے جب تک باقی پیسے نہیں دو گے تمہارا بیٹا یہیں رہے گا",
		"کہتے ہیں تمہارا بھائی اسی کمرے میں رہے گا جب تک دو لاکھ نہیں بھیجتے",
		"آپ کا بیٹا ہمارے پاس رہے گا، باقی رقم بھیجیں",
	} {
		r := Read(s)
		require.Equal(t, UrgencyEmergency, r.Urgency, "%q: %v", s, r.Danger)
	}
	for _, s := range []string{
		"your son will stay in Dubai for two years on this visa, the agent said",
		"agent ne kaha tumhara beta Dubai mein 2 saal ki job karega, fees 2 lakh",
		"ایجنٹ نے کہا آپ کا بیٹا دبئی میں دو سال نوکری کرے گا، فیس دو لاکھ",
	} {
		r := Read(s)
		require.NotEqual(t, UrgencyEmergency, r.Urgency, "%q: %v", s, r.Danger)
	}
}

// A danger put years back ("2 yrs ago", "3 sal pehle"), the person fine
// now and home, is no emergency now (blind15 EN-016); one happening now is.
func TestShortYearsAgoAndFineNow(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"A man told us his friend's son was kidnapped in Libya 2 yrs ago. He is fine now and home. How can we check an agent?",
		"my cousin was kidnapped in Libya 3 yrs back, he is fine now, how do I check a licence?",
		"mere dost ka bhai 2 yrs pehle Libya me kidnap hua tha, ab theek hai, agent check kaise karein?",
		"ہمارے رشتہ دار کو تین سال پہلے لیبیا میں اغوا کیا گیا تھا، اب ٹھیک ہے۔ ایجنٹ کیسے چیک کریں؟",
	} {
		r := Read(s)
		require.NotEqual(t, UrgencyEmergency, r.Urgency, "%q: %v", s, r.Danger)
	}
	for _, s := range []string{
		"my son was kidnapped in Libya 2 days ago, they want 20 lakh",
		"bhai ko Libya me kidnap kar liya hai, 20 lakh mang rahe hain",
		"بھائی کو لیبیا میں اغوا کر لیا ہے، بیس لاکھ مانگ رہے ہیں",
	} {
		r := Read(s)
		require.Equal(t, UrgencyEmergency, r.Urgency, "%q: %v", s, r.Danger)
	}
}

// Words that there is nothing to fear ("fikar ki baat nahi", "no need to
// worry") or that a journey has not begun ("main rokna chahta hun"), with
// no danger read by the rules, leave an emergency to a model that is sure
// (blind15 RL-012, RL-040); an agent's "don't worry" beside a boat taking
// water, or a person held, stays one.
func TestCalmWordsNeedASureModel(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Mamu ka phone 3 din se band hai magar fikar ki baat nahi, wo Eid pe call karenge. Saudi me community welfare ka number kya hai",
		"chacha ka phone 4 din se band hai, pareshani ki baat nahi, camp me signal nahi hota. OPF ka number chahiye",
		"My uncle's phone has been off for 3 days but there is no need to worry, there is no network in the camp. What is the welfare attache's number in Riyadh?",
		"ماموں کا فون تین دن سے بند ہے مگر فکر کی بات نہیں، کیمپ میں نیٹ نہیں ہوتا۔ سعودیہ میں کمیونٹی ویلفیئر کا نمبر کیا ہے؟",
		"ek bnda Mirpur me bolta hai Belarus k raste Poland, jungle se 2 din paidal, 28 lakh. mera bhai ready hai, main rokna chahta hun",
		"an agent in Gujrat offers Belarus to Poland through the forest, 2 days on foot, 25 lakh. My brother wants to go, I want to stop him",
		"ایجنٹ ایران ترکی کے راستے یونان کے پچیس لاکھ مانگ رہا ہے، میرا بھائی تیار ہے، میں اسے روکنا چاہتا ہوں",
		"ek bnda Mirpur me bolta hai Belarus k raste Poland, jungle se 2 din paidal, 28 lakh. mera bhai ready hai, main rokna chahta hun",
		"ek bnda Mirpur me bolta hai Belarus k raste Poland, jungle se 2 din paidal, 28 lakh. mera bhai ready hai, main rokna chahta hun",
		"ek anjan number se call aa rahi hai k tumhara beta Greece me hamare pas qarz me hai, 3 lakh bhejo warna police ko de denge. beta khud kehta wo theek hai",
	} {
		r := Assess(s, Extract(s))
		require.NotEqual(t, UrgencyEmergency, r.Urgency, "%q: %v", s, r.Danger)
	}
	for _, s := range []string{
		"The agent says don't worry, but my nephew's boat left Zuwara on Tuesday and water was coming in",
		"fikar ki baat nahi agent kehta hai, magar bhai ko kamre me band kar diya hai aur maarte hain",
		"ایجنٹ کہتا ہے فکر کی بات نہیں، مگر بھائی کو کمرے میں بند کر دیا ہے",
		"main rokna chahta tha magar wo chala gaya, ab Libya me kidnap ho gaya hai, 20 lakh mang rahe hain",
	} {
		r := Assess(s, Extract(s))
		require.Equal(t, UrgencyEmergency, r.Urgency, "%q: %v", s, r.Danger)
	}
}

// An agency named is Hoshyar's business, as an agent is: "agency wala
// office 2 hafte se band h, mera file aur 70 hazar unke pas h" is a report,
// not small talk (blind15 RL-011, UR-012).
func TestAgencyIsOnTopic(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"agency wala office 2 hafte se band h, mera file aur 70 hazar unke pas h. kia kru?",
		"ajency ka daftar band ho gaya, hamare 90 hazar wapis nahi kar rahe",
		"the agency's office has been shut for a week and they still have my 80,000 and passport",
		"Our agency closed its office and disappeared with 1 lakh of mine, what can I do?",
		"ایجنسی کا دفتر کئی دن سے بند ہے، میرے ۹۵ ہزار ان کے پاس ہیں",
		"ایجنسی والے غائب ہو گئے، میرا پاسپورٹ اور پیسے ان کے پاس ہیں",
	} {
		e := Extract(s)
		a := newAnalysis(s, e.Amounts)
		a.collect(lex.all)
		require.True(t, a.onTopic(a.rules(e)), "%q", s)
	}
	for _, s := range []string{
		"bijli ka bill kitna aya is mahine?",
		"ہمارے محلے کی دکان کئی دن سے بند ہے",
	} {
		e := Extract(s)
		a := newAnalysis(s, e.Amounts)
		a.collect(lex.all)
		require.False(t, a.onTopic(a.rules(e)), "%q", s)
	}
}

// A bare sum beside a word of earning is rupees: "roz 3000 kamao" (blind15
// RL-049), "earn 2500 daily", "روزانہ ۳۰۰۰ کمائیں".
func TestEarnedSumIsRupees(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"ghar bethe app install karo aur roz 3000 kamao",
		"ghar baithe kaam, daily 2500 kamaen",
		"work from home and earn 3000 daily, just share your CNIC",
		"earn 3000 daily by liking videos",
		"گھر بیٹھے روزانہ 3000 کمائیں",
		"روز ۳۰۰۰ کماؤ، بس ایپ انسٹال کرو",
	} {
		e := Extract(s)
		require.NotEmpty(t, e.Amounts, "%q", s)
		require.Equal(t, "PKR", e.Amounts[0].Currency, "%q", s)
	}
	for _, s := range []string{
		"he earned for 3 years in Dubai",
		"kamai 2 saal se nahi hui",
		"دو سال کمائی کی",
	} {
		e := Extract(s)
		require.Empty(t, e.Amounts, "%q", s)
	}
}

// A threat to a family at home, no one held or hurt and no danger read by
// the rules, is urgent (the corpus's policy): the model alone must be sure
// to make it an emergency (blind15 EN-047). One held abroad, or a threat to
// kill, stays one.
func TestThreatToFamilyAtHomeIsUrgent(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Since my son complained to FIA about agent Naeem in Mardan, Naeem's men call us at night: 'your son owes us 4 lakh for the Greece trip, pay or we will harm your daughters'.",
		"The agent's men phone my father every night, pay the 3 lakh or else you will regret it",
		"FIA me complaint ki to agent walay abbu ko phone kar ke kehte hain 4 lakh do warna tumhari behno ko nuksan pohnchayenge",
		"ایجنٹ کے بندے رات کو فون کرتے ہیں، چار لاکھ دو ورنہ نقصان اٹھاؤ گے",
	} {
		r := Assess(s, Extract(s))
		require.NotEqual(t, UrgencyEmergency, r.Urgency, "%q: %v", s, r.Danger)
	}
	for _, s := range []string{
		"agent ke bande keh rahe hain 4 lakh do warna maar denge",
		"they have my son in Libya, pay 20 lakh or else you will never see him",
		"ایجنٹ کہتا ہے پیسے دو ورنہ جان سے مار دیں گے",
	} {
		r := Assess(s, Extract(s))
		require.Equal(t, UrgencyEmergency, r.Urgency, "%q: %v", s, r.Danger)
	}
}
