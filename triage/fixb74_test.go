package triage

import (
	"strings"
	"testing"
)

// Found in C89 and blind74-blind77 (first plays, 2026-12-02): a child
// hurt where she works, a sick worker whose keeper calls it "drama", an
// old story dated by its year or decade, a debt told as growing "now"
// after an advance taken years ago, a debt that "does not let go", a false
// FIR threatened at home, and one there with no job and no money left.
func TestChildHurtWhereSheWorksIsAnEmergency(t *testing.T) {
	t.Parallel()
	requireUrgency(t, UrgencyEmergency, []string{
		"Hi. There is a small girl, maybe 11 or 12, working in the house next to ours in F-10 Islamabad. I hear her crying at night and today I saw marks on her arms. She never goes out. I don't know whom to tell",
		"ساتھ والے گھر میں ایک چھوٹی بچی کام کرتی ہے، رات کو روتی ہے، بازو پر نشان ہیں",
	})
	// a child's bruise from play, safe now, is not
	requireUrgency(t, UrgencyRoutine, []string{"My little boy fell from the swing, small bruise on his arm, nothing serious alhamdulillah"})
}

func TestFakingIsNoFiction(t *testing.T) {
	t.Parallel()
	requireUrgency(t, UrgencyEmergency, []string{
		"Sir main Saudi me Al Kharj k farm pe hun, garmi me kaam krte hue gir gaya, seene me bohat dard h, kafeel hospital nai le ja raha keh raha drama kar raha h. Mobile me 5% charge h",
		"My supervisor says I'm faking, I can't stand, fever since 4 days, they won't take me to hospital",
	})
	requireUrgency(t, UrgencyRoutine, []string{"kal raat drama me dikhaya k unho ne larki ko agwa kar liya, next episode kab aayegi"})
}

func TestOldStoriesByYearOrDecade(t *testing.T) {
	t.Parallel()
	requireUrgency(t, UrgencyRoutine, []string{
		"دادا جی بتاتے ہیں کہ ۱۹۷۴ میں وہ لانچ میں بیٹھ کر گوادر سے دبئی گئے تھے، تین دن سمندر میں رہے، کھانا ختم ہو گیا تھا۔ آج ہنس کر سناتے ہیں",
		"ہماری گلی کے ماسٹر صاحب سنا رہے تھے کہ ستر کی دہائی میں لوگ لانچوں میں چھپ کر کویت اور دبئی جاتے تھے، کئی ڈوب بھی گئے۔ کیا زمانہ تھا",
		"Mere nana batate the k 1972 me wo Iran k raste paidal Turkey gaye thay, raaste me barf me phans gaye the. Kitni mushkil zindagi thi un logon ki",
		"garmi se jaan nikal rahi hai yahan Riyadh me, AC bhi kharab",
	})
}

func TestNowAfterThePast(t *testing.T) {
	t.Parallel()
	requireUrgency(t, UrgencyUrgent, []string{
		"Near Kot Radha Kishan there is a brick kiln where 6 families work for the owner's munshi. They took an advance of around 1 lakh years ago and now he says they owe 3 lakh, every month it grows. Whenever they talk about leaving he says he will get a case registered against them.",
		"میں بوڑھا آدمی ہوں، راجن پور کا۔ زمیندار کے پاس کام کرتا ہوں، قرض کا بہانہ کر کے چھوڑتا نہیں۔ پوتا لکھ رہا ہے میری طرف سے",
		"slam. dubai me hun visit visa pe. agent ne bola tha yahan job lagwa dega. 2 mahine ho gye koi job nai, paise khatam",
	})
	requireUrgency(t, UrgencyRoutine, []string{
		"pichle saal mujhe Libya me maara tha, ab theek hun ghar pe",
		"bhai ki koi job nahi, paise khatam, ghar ka kharcha mushkil",
	})
	requireCase(t, CaseWorkerDistress, []string{"slam. dubai me hun visit visa pe. agent ne bola tha yahan job lagwa dega. 2 mahine ho gye koi job nai, paise khatam"})
}

func TestFalseFIRThreatened(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"بھائی میں نے ایک ایجنٹ کو اٹلی کے ویزے کے لیے پانچ لاکھ دیے تھے سال ہو گیا کچھ نہیں ہوا اب پیسے واپس مانگے تو کل رات اس کے بندے ہمارے گھر آ گئے ابو کو دھکے دیے اور کہا زیادہ شور کیا تو جھوٹے پرچے میں اندر کروا دیں گے",
		"paise wapis mange to kehta hai jail karwa dunga tumhe",
	} {
		if r := Read(s); r.Urgency == UrgencyRoutine {
			t.Errorf("%q: routine, want the threat read (%v)", s, r.Danger)
		}
	}
}

// Found in blind76-blind77: a note thrown from a roof asking to be taken
// out, workers who "cannot go anywhere", a grown debt held over an uncle
// with a theft case threatened.
func TestHeldToldByHints(t *testing.T) {
	t.Parallel()
	requireUrgency(t, UrgencyEmergency, []string{
		"Hamare ghar k samne wali kothi me ek larki kaam karti h, kabhi bahar nazar nahi aati. Aaj chhat se ek parchi neeche phenki jis pe likha tha 'mujhe yahan se nikalo'. Model Town C block. Hum kya karen?",
		"haan ji bhai jan... wo na... voice nahi bhej sakta sab sun lete... Riyadh k bahar farm pe hun.. kafeel ne iqama b nahi banaya, keh raha pehle visa k paise poore karo... gaari raat ko aati h bas, kahin ja nahi sakte, sab aik hi kamre me... acha bas baad me",
	})
	requireUrgency(t, UrgencyUrgent, []string{
		"Hamare chacha Bahawalpur k ek zamindar k haan 3 saal se kaam kar rahe. Qarza dedh lakh tha ab wo keh raha 4 lakh ho gaya. Kehta h kahin aur kaam kiya to chori ka parcha karwa dunga. Chacha bohat darte hain",
	})
	// the writer's own case against the agent is no threat
	for _, s := range []string{"agent ne 2 lakh liye aur ab phone nahi uthata, main us pe case karwa dunga", "I will file a case against him with FIA"} {
		for _, d := range Read(s).Danger {
			if strings.Contains(d, "threats") {
				t.Errorf("%q read as a threat: %v", s, Read(s).Danger)
			}
		}
	}
}

// Found in blind78-blind79 (first plays): a man "safe with them" until a
// sum is paid, a pin and the word "help" then silence, a child the owners
// keep until a debt is brought, a boy at the looms until his father's debt
// is paid off, "I'm fine" and then "they don't let us out", a scam
// compound one cannot get out of. Past confinement, now home, stays past.
func TestHeldInTheThirdRound(t *testing.T) {
	t.Parallel()
	requireUrgency(t, UrgencyEmergency, []string{
		"Uncle went to Iran for ziyarat with a group from Parachinar. Group came back, he didn't. Now people call us from a foreign number saying he is 'safe with them' until we pay 5 lakh.",
		"can u check on my friend Bilal in Erbil, he sent only a location pin and the word 'help' then nothing. his employer had his passport since he arrived",
		"ہمسائے کی بچی کراچی میں کسی کے گھر کام کرتی ہے۔ اس کی ماں روتی ہوئی آئی کہ مالکوں نے بچی سے ملنے نہیں دیا اور فون پر کہتے ہیں پہلے قرض کے ڈیڑھ لاکھ لاؤ پھر لے جانا",
		"Faisalabad me power looms pe ek 12 saal ka bacha h jo raat ko b wahin sota h, maalik kehta h uske baap ne 80 hazar qarz liya tha jab tak utrega nahi ghar nahi jaye ga. Ghulam Muhammad Abad, gali 14",
		"باجی امی کو کہنا میں ٹھیک ہوں۔ یہ لوگ باہر نہیں نکلنے دیتے، فون بھی ہفتے میں ایک دفعہ دیتے ہیں۔ میڈم کہتی ہے دو سال پورے کرو پھر جانا۔ ریاض",
		"Mera cousin Laos me h, agent ne Dubai me computer operator ki job ka kaha tha, wahan se Laos le gaye. Ab wo log online fraud karwate hain, target pura na ho to khana band. Passport le liya. Abhi maar peet nahi hui lekin wahan se nikal nahi sakta",
	})
	requireUrgency(t, UrgencyRoutine, []string{
		"Alhamdulillah my brother is home safe from Libya since March. he was kept in a warehouse in Zawiya for 2 months before they let the boys go. now he wants to give a statement against agent Raja Tariq in Gujrat who took 24 lakh from us for Italy. how do we do it?",
		"Allah ka shukar h chacha jaan Iraq se wapis aa gaye, wahan company ne 6 mahine camp me band rakha tha lekin ab sab theek h, ghar pe hain aur sehat b achi h",
	})
	// a smuggler's price to go on is a safe house's (urgent), not a ransom
	requireUrgency(t, UrgencyUrgent, []string{"brother is in a house in Tehran with 18 other boys, the dunki agent wont send them forward until we pay 3.5 lakh more. already took 18 lakh from us in Gujranwala. agent Tariq 0300-7712640. they are ok, food is coming, but agent's men sit at the door"})
}

// Held, beaten, and told to have the family send the money: a ransom,
// however sure the model is of trafficking (blind74-blind79: seven such,
// every one labelled a ransom). A ransom paid and over is not made one.
func TestHeldAndFamilyToldToPay(t *testing.T) {
	t.Parallel()
	requireCase(t, CaseRansom, []string{
		"haan bhai sun... mein abhi Tripoli k paas kisi godaam me hun... yahan 100 se zyada bande hain... arabi log danday se maarte hain... phone bas 2 minute k liye diya h ghar call krne ko... kehte hain ghar walon se 5000 dollar mangwao... ammi ko abhi mat batana",
		"میں ایران کے شہر زاہدان میں ہوں۔ ایجنٹ کے آدمیوں نے ہمیں ایک گھر میں قید کر رکھا ہے، روز مارتے ہیں اور کہتے ہیں گھر فون کر کے پانچ پانچ لاکھ منگواؤ۔ ہم سات لوگ ہیں، سب پاکستانی",
		"bhai jaldi kuch kro hum 3 larke Muscat k ek ghar me band hain, agent k bande maar rahe hain aur kehte har ek ka 2 lakh do. ye msg chhup k kr rha hun",
	})
	requireUrgency(t, UrgencyEmergency, []string{
		"They are beating us every night in this house in Zawiya. 3 Pakistanis, the agent's men took our passports and phones, this is a friend's phone he hid. They make us call home and ask 20 lakh each. One boy has fever since 5 days.",
	})
	for _, s := range []string{"Alhamdulillah my brother reached home in Gujrat last night. He was in an Iranian jail for 7 months after the dunki attempt and they deported him via Taftan. He is weak but fine. Will he face any case here now?"} {
		if r := Read(s); r.CaseType == CaseRansom || r.Urgency != UrgencyRoutine {
			t.Errorf("%q: %s/%s", s, r.CaseType, r.Urgency)
		}
	}
}

// Questions about the service itself report nothing (blind75, blind77:
// everyday messages given a case).
func TestServiceQuestionsAreOther(t *testing.T) {
	t.Parallel()
	requireCase(t, CaseOther, []string{
		"What is this number exactly? Someone at the mosque gave it to me saying it's for overseas job complaints. What are your timings and do you reply in Pashto?",
		"Ye Hoshyar kia cheez h? Meri cousin ne ye number dia tha k yahan overseas job ka pooch sakte hain. Kia ye free h?",
		"Hi, how does this service work? If I report an agent, will my name be shared with him? He lives in the same street as me.",
		"Salam, apke bot ne jo FIA ka number diya tha wo lag nahi raha. Koi aur number h? Mujhe ek agent ki shikayat karni h",
	})
	// an offer asked about is still checked
	requireCase(t, CaseVerification, []string{"Is this job real? Dubai security guard, 2 lakh advance, call 0300-1234567"})
}
