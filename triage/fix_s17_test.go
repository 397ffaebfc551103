package triage

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// A boat journey a smuggler plans for someone at home, with no date and
// no danger read, is smuggling to stop, not an emergency, however sure
// the model is ("isko rokna h", C170-004: 91% from "sko", "anda"). Boys
// of 13-15 on such a boat are children: an emergency (EN2-0442).
func TestUndatedPlannedCrossingIsNoEmergency(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseSmuggling, UrgencyRoutine,
		"mera bhanja 19 saal ka h, usko gujranwala ka ek banda italy bhej raha h kashti se libya k raste. 22 lakh keh raha h. isko rokna h pls",
		"my nephew is 19, a man from Gujranwala is sending him to Italy by boat through Libya, asking 22 lakh. we want to stop him",
		"میرا بھانجا انیس سال کا ہے، ایک آدمی اسے کشتی سے لیبیا کے راستے اٹلی بھیج رہا ہے، بائیس لاکھ مانگ رہا ہے، اسے روکنا ہے",
	)
	requireRead(t, CaseSmuggling, UrgencyEmergency,
		"Agent brought 4 boys from Swat to Karachi, says he will send them to Oman by boat from Gwadar tomorrow night. They are 13-15 years. One is my nephew",
	)
}

// An age said of a pronoun with its unit ending the clause is a child's
// age ("They are 13-15 years."); a term or a stay is not.
func TestPronounAge(t *testing.T) {
	t.Parallel()
	for s, want := range map[string]bool{
		"They are 13-15 years. One is my nephew": true,
		"he was 16 years.":                       true,
		"the contract is 2 years.":               false,
		"he is 2 years in Dubai":                 false,
		"they are 25 years.":                     false,
	} {
		e := Extract(s)
		a := newAnalysis(s, e.Amounts)
		a.collect(lex.all)
		require.Equal(t, want, a.childAge(), s)
	}
}

// Prayers for miners trapped, a factory fire the fire brigade put out, a
// neighbour's son said to have been sold and now home: others' news, no
// emergency and no case (blind135 UR-026, RU-039; blind136 EN-044).
func TestOthersNewsIsNoEmergency(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseOther, UrgencyRoutine,
		"Praying for the miners trapped in the coal mine in Balochistan, rescue teams are still working. May Allah keep them safe",
		"کراچی: کورنگی کی ایک فیکٹری میں آگ لگنے سے تین مزدور زخمی، فائر بریگیڈ نے دو گھنٹے میں آگ پر قابو پا لیا",
		"mohalle me sab keh rahe Rashid sahab ka beta Libya se wapas aa gaya, log kehte the usay bech dia gaya tha, ab ghar pe h theek thaak. Allah sab ko mehfooz rakhe",
	)
}

// "He hasn't paid them" of a brother asking about an offer is his fee not
// paid, no wages withheld (blind136 EN-034 was urgent); "flight paid by
// company" is no payment by the writer (B107-EN-002 read as a paid scam).
func TestNotPaidByTheWriterIsNoWageOrPayment(t *testing.T) {
	t.Parallel()
	r := Read("A travel agency in Peshawar is telling my brother to go on a Dubai visit visa for Rs 1,80,000 and they'll convert it to a work visa there, 100% guaranteed, job in a mall. Is this ok? He hasn't paid them")
	require.Equal(t, UrgencyRoutine, r.Urgency, r.Danger)
	require.NotContains(t, r.Situations, "wages_withheld")
	requireRead(t, CaseJobOfferSuspicious, UrgencyRoutine,
		"Salam. A lady 'HR manager' messaged me on LinkedIn for a customer support job in Bangkok, $1,800 per month, flight paid by company. All the talk is on WhatsApp only, no video interview. She says come on tourist visa and their driver will take me from airport to the office which is 'near Myawaddy side', work visa will be arranged later. I have not paid anything yet. Should I go??")
	requireRead(t, "", UrgencyUrgent, "The company hasn't paid us for 3 months, they keep our passports")
}

// A page in an embassy's name asking for documents through a form link
// is phishing (forms.gle is a link), and the impersonation flag names the
// body claimed (blind135 UR-006; RU-004's reason read "Claims to speak
// for " with nothing after it).
func TestEmbassyFormIsPhishingAndNamesTheBody(t *testing.T) {
	t.Parallel()
	r := Read("فیس بک پر 'پاکستان ایمبیسی قطر جابز' کے نام سے پیج ہے، وہ فارم کا لنک دیتے ہیں forms.gle/Qx7PakEmbJobs اور پاسپورٹ، تصویر اور بینک کارڈ کی تفصیل مانگتے ہیں۔ میرے بھائی نے فارم بھر دیا ہے، پیسے ابھی نہیں دیے۔")
	require.Equal(t, CasePhishing, r.CaseType, r.Model)
	require.Contains(t, Extract("link: forms.gle/Qx7PakEmbJobs").URLs, "forms.gle/Qx7PakEmbJobs")
	r = Read("Whatsapp pe msg aya h Pakistan Embassy Abu Dhabi k naam se k amnesty scheme me naam likhwao, link pak-embassy-uae.help/amnesty pe 150 dirham fee jama karao. Ye asli h?")
	found := false
	for _, f := range r.Flags {
		if f.Code == FlagImpersonation {
			found = true
			require.False(t, strings.HasSuffix(f.Reason, "for "), f.Reason)
			require.Contains(t, f.Reason, "Embassy")
		}
	}
	require.True(t, found, r.Flags)
}

// A job promised, another written in the contract, is a complaint about
// the recruiter at home, not a worker's distress abroad (C177-014: 53%
// from "company").
func TestContractSwapAtHomeIsNoDistressAbroad(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Assalam o alaikum mai apne bete ki taraf se likh raha hun. Rawalpindi ki ek company ne Saudi ka electrician ka visa kaha tha, ab contract me cleaner likha h",
		"They told my son driver visa for Oman but now the contract says labourer, salary half",
	} {
		r := Read(s)
		require.NotEqual(t, CaseWorkerDistress, r.CaseType, "%q: %v", s, r.Model)
		require.Equal(t, UrgencyRoutine, r.Urgency, s)
	}
	require.True(t, cueFound("اب معاہدے میں کلینر لکھا ہے", "misconduct"))
	require.False(t, cueFound("contract me 1800 riyal likha hai", "misconduct"))
}

// "bacha" of a grown man whose age is said is no child (C178-014: "mujhe
// dar h bacha mar na jaye, sirf 19 saal ka h" raised an emergency); a
// father who "has not paid anything" withholds no wages (C178-028).
func TestGrownBachaAndFatherNotPaid(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseSmuggling, UrgencyRoutine,
		"Gujrat ka agent Sajid Jutt mere bhanje ko Iran Turkey k raste Greece bhej raha h, 22 lakh me deal hui h 10 lakh de chuke hain baqi Greece pohnch k. jane ki date abhi nahi di. mujhe dar h bacha mar na jaye, sirf 19 saal ka h")
	requireRead(t, "", UrgencyEmergency, "agent mere bache ko kashti me Libya le gaya, 15 saal ka h")
	r := Read("An agent in our area is collecting names for Japan jobs, they ask Rs 10,000 to put the name in the list. My father has not paid anything")
	require.Equal(t, UrgencyRoutine, r.Urgency, r.Danger)
	require.NotContains(t, r.Situations, "wages_withheld")
}

// An ordeal over and done, told by one now settled to thank or to warn,
// with no report asked for, is no case (blind137 EN-036, RU-029,
// RU-038); told to report an agent still sending boys it is one
// (B12-RL-014).
func TestTestimonyIsNoCase(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseOther, UrgencyRoutine,
		"Last year I was offloaded at Lahore airport because my agent's visa was fake and I lost 2 lakh. This time I went through a licensed OEP and now I'm working in Doha happily. Please keep making those awareness videos!",
		"3 saal pehle Malaysia me agent ne phasa diya tha, 2 mahine ek room me band rahe. Ab Alhamdulillah Pakistan me apna kaam h. Sab ko bolta hun licensed OEP se hi jao",
		"Alhamdulillah bhai jaan Iraq se wapas aa gaye, wahan kafeel ne paspot rakh liya tha magar embassy walon ne madad ki. Ab ghar pe hain sab theek",
	)
	for _, s := range []string{
		"2022 me mujhe Libya me smugglers ne pakra hua tha, ab Allah ka shukar h ghar wapis aa gaya hun. Jis agent ne bheja tha wo Gujranwala me phir se larkay bhej raha h, shikayat karni h",
		"پچھلے سال سعودیہ میں کفیل نے میرا پاسپورٹ رکھ لیا تھا اور مارا بھی تھا، اب الحمدللہ گھر واپس آ گیا ہوں۔ جس ایجنٹ نے بھیجا تھا وہ اب بھی لوگوں کو بھیج رہا ہے، اس کی شکایت کرنی ہے",
	} {
		require.NotEqual(t, CaseOther, Read(s).CaseType, s)
	}
}

// A house in Turbat or Panjgur where a smuggler keeps people's CNICs and
// asks more to take them on is a safe house: urgent; "or forget the money
// you paid" is no ransom (blind137 EN-017 routine, UR-017 an emergency).
func TestBorderSafeHouseIsUrgent(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseSmuggling, UrgencyUrgent,
		"We are 11 people in a house in Turbat. Agent Kareem brought us here 6 days ago to cross into Iran. Now he says each person must pay 50,000 more or he won't take us across, and he is keeping our CNICs. He says you can leave if you want but then your money is gone.",
		"ہم سات لوگ پنجگور کے ایک گھر میں ہیں۔ ایجنٹ ایک ہفتہ پہلے یہاں لایا تھا کہ ایران کا بارڈر پار کروائے گا۔ اب کہتا ہے ہر بندہ ۸۰ ہزار اور دے تو آگے لے جاؤں گا، ورنہ واپس جاؤ اور پہلے والے پیسے بھول جاؤ۔ ہمارے شناختی کارڈ بھی اسی کے پاس ہیں۔",
	)
	// a call from another man's phone there is still the urgent case; locked in, an emergency
	requireRead(t, "", UrgencyUrgent, "My cousin is in Libya waiting for a boat to Italy. The agent's people are keeping him in a house in Zuwara and now they want 5 lakh more before putting him on the boat. They took his passport and phone, he called from another man's phone. He says they are not beating anyone")
	requireRead(t, "", UrgencyEmergency, "cant talk much. we are 7 in a house in Tehran, they dont let us step out, food once a day. they say 5 lakh more each then we move. pls tell my father 0300-5512847")
}

// Held "safe with them until we pay" is a ransom's word, no safety
// (blind79 EN-027 lost its emergency on a retrain); writing from another's
// phone to say one is alive is a secret plea (blind137 RU-024); a selfie
// holding one's CNIC takes no document (blind25 EN-027 turned urgent).
func TestHostageWordsAndSecretPhone(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseRansom, UrgencyEmergency,
		"Uncle went to Iran for ziyarat with a group from Parachinar. Group came back, he didn't. Now people call us from a foreign number saying he is 'safe with them' until we pay 5 lakh.")
	requireRead(t, "", UrgencyEmergency, "phone chheen liya unho ne, ye kisi aur ka phone h. Bas ammi ko bata dena k mai zinda hun. Riyadh me hun, ghar ka number yaad nahi")
	r := Read("got whatsapp msg saying I'm shortlisted for warehouse job in Poland. they want CNIC front/back, a selfie holding the CNIC. havent sent anything yet")
	require.NotContains(t, r.Situations, "documents_taken")
	require.Equal(t, UrgencyRoutine, r.Urgency)
	require.True(t, cueFound("abhi tak gaya nahi, bas ap log note kar len", "ctx_calm"))
}

// A key kept by the employer or the one who brought them is being locked
// in (blind139 UR-027, RU-027 read no danger; blind135 EN-029 too); "pata
// nahi kia scene h" is no film's scene.
func TestKeyKeptIsLockedIn(t *testing.T) {
	t.Parallel()
	requireRead(t, "", UrgencyEmergency,
		"آپی یہ میسج کسی کو نہ دکھانا۔ میں ٹھیک ہوں بس یہ لوگ کہتے ہیں جب تک ایڈوانس پورا نہیں ہوتا گھر نہیں جا سکتی۔ سیٹھانی رات کو گیٹ کی چابی اپنے پاس رکھتی ہے۔ بحریہ ٹاؤن کراچی۔ میرے لیے دعا کرنا۔",
		"haan bhai sun na wo jo mamu ka beta Oman gaya tha na Sohar wala wo kal raat call kiya tha bohat ahista bol raha tha k malik ne kamre ki chabi rakh li h aur passport b aur kehta tha k koi b puche to kehna main theek hun pata nahi kia scene h tu kuch kr sakta h?",
		"Can you tell me how to reach the Pakistan consulate from Deira? The lady who brought us from Lahore keeps the key and our passports. We are 4 girls.",
		"Nobody here lets me off the farm and they hit the new boy yesterday. I am in Italy near Latina. I don't have my documents.",
	)
}

// Money asked for a husband who has not come back, whom they will not let
// his wife speak to, is a ransom (blind139 EN-026 was urgent); phones taken
// from all in a truck at night is danger to act on now (blind90 EN-025).
func TestHeldAndCutOffForMoney(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseRansom, UrgencyEmergency,
		"My husband went to Quetta with his friend in May for 'work in Iran'. He still hasn't come back, and those people keep calling us for money. They say send 8 lakh and he will be home in a week. They don't let me talk to him.")
	r := Read("hello? bhai can u hear me.. network is going.. they are taking everyones phone now.. we are in back of a truck 30 people.. they say tonight we walk across the mountain.. dont tell ammi..")
	require.Contains(t, r.Situations, "phone_taken")
	require.Equal(t, UrgencyEmergency, r.Urgency)
}

// Frightening words in other senses: an office "band" and its gate locked
// for a strike (the opening "Bhai" addresses the reader, names no
// brother), a web series, an agent's "don't tell anyone" (C27-003), an
// uncle met at the airport (E22-227), old stories told with a prayer.
func TestFrightWordsInOtherSenses(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseOther, UrgencyRoutine,
		"Bhai office is band today because of the strike, gate is locked, come tomorrow after 10",
		"Yar 'Kaala Dhanda' series dekhi? Usme agent larkon ko kashti me bitha k Libya bhejta h aur phir unko godown me band kar deta h, bohot dark h but must watch",
		"ماموں امریکہ سے اگلے ہفتے آ رہے ہیں، ایئرپورٹ لینے جانا ہے۔",
		"My friend's uncle told us at dinner how in the 80s he was taken to the UAE as a 7 year old camel jockey. Today he owns three shops in Sialkot. Crazy story.",
	)
	requireRead(t, "", UrgencyRoutine,
		"i gave money to one agent Shafqat Bajwa he said Italy seasonal agriculture work visa, he showed me a paper with Italian writing and said its nulla osta, now i think it was fake. also he said dont tell anyone otherwise quota will finish")
}

// An agent's debt cut from the wages every month and never ending is debt
// bondage (C179-024 read none and went to report an offer).
func TestDebtCutFromWages(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"main Malaysia me palm k bagh me kaam krta hun Pahang me. agent ka qarz har mahine tankhwa se katte hain aur khatam hi nai hota",
		"ملائیشیا میں کام کرتا ہوں، ایجنٹ کا قرض ہر مہینے تنخواہ سے کاٹتے ہیں اور ختم ہی نہیں ہوتا",
	} {
		require.Contains(t, Read(s).Situations, "debt_bondage", s)
	}
}

// "He says she is fine" of a girl of 13 he never lets talk to her mother
// is his word, no safety: a child in domestic work, an emergency
// (blind142 EN-049 read it as safe now, routine).
func TestCaptorSaysFine(t *testing.T) {
	t.Parallel()
	requireRead(t, "", UrgencyEmergency,
		"assalam o alaikum sir this is Shabana from Okara. my daughter Kiran is 13, the man who took her for house work in Islamabad F-10 said she will come home on Eid. Eid has passed, he says she is fine but never lets her talk to us. today she called from someone's phone crying and line cut.")
	require.True(t, cueFound("he never lets her talk to us", "k_held"))
}

// A landlord's debt that grows and "hum kahin aur kaam nahi kr sakte" is
// bonded labour, a plea for help (C186-033 went to report an offer).
func TestCannotWorkElsewhereIsBonded(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"sain asan haari aahiyon, zameendar kehta h 3 lakh qarz h, har saal barh jata h. hum kahin aur kaam nahi kr sakte",
		"زمیندار کہتا ہے تین لاکھ قرض ہے، ہم کہیں اور کام نہیں کر سکتے",
		"the landlord says we owe him 3 lakh and we cannot work anywhere else",
	} {
		require.Contains(t, Read(s).Situations, "debt_bondage", s)
	}
}
