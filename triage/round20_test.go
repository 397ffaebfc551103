package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Wordings learnt from blind20's misses, written here (not the blind
// set's), with neighbours that must not change.

// A minor being taken abroad whose flight is tomorrow or the day after
// ("پرسوں کی فلائٹ ہے", "parso flight h", "flight is the day after
// tomorrow") is on the way, not a plan still at home: an emergency, as
// "kal flight hai" already was (blind20 UR-009).
func TestRound20MinorFlightSoonIsEmergency(t *testing.T) {
	t.Parallel()
	requireUrgency(t, UrgencyEmergency, []string{
		"ہمارے رشتہ دار کی ۱۲ سال کی بیٹی کو ایک آدمی وزٹ ویزے پر دبئی لے جا رہا ہے، پرسوں فلائٹ ہے",
		"ایک عورت پڑوس کے ۱۴ سال کے لڑکے کو عمان لے جا رہی ہے، کہتی ہے وہاں ہوٹل میں کام ملے گا۔ پرسوں اس کی فلائٹ ہے",
		"ایک ایجنٹ گاؤں کی تیرہ سال کی بچی کو سعودیہ لے جا رہا ہے، فلائٹ پرسوں کی ہے",
		"ek agent mohalle ki 13 saal ki bachi ko umrah visa pe saudia le ja rha hai, kehta hai wahan gharon me kaam milega, parson ki flight hai",
		"hamare gaon ka 14 saal ka larka agent k sath oman ja rha h, parso flight h, kehta h hotel me kaam",
		"An agent is taking a 13 year old girl from our street to Saudi on an Umrah visa, says she will do housework there. Her flight is the day after tomorrow.",
		"a man is taking my neighbour's 12-year-old son to Dubai on a tourist visa to work in a shop, flight is tomorrow",
		"agent taking a 14 yr old girl to Oman for house work, her flight is tomorrow night",
	})
	// a minor someone means to send some day, still at home, stays urgent
	requireUrgency(t, UrgencyUrgent, []string{
		"mera beta 17 saal ka hai, agent kehta hai italy bhej dega 30 lakh me",
		"میرا بیٹا سولہ سال کا ہے، ایک ایجنٹ کہتا ہے یونان بھیج دے گا",
	})
	// a flight tomorrow with no minor and no danger is no emergency
	for _, s := range []string{
		"bhai ki kal ki flight hai dubai ki, ammi ko salam kehna",
		"پرسوں ابو کی فلائٹ ہے جدہ کی، دعا کرنا",
		"my flight to Riyadh is tomorrow, the company sent the ticket",
	} {
		require.NotEqual(t, UrgencyEmergency, Read(s).Urgency, s)
	}
}

// A job offered on an Umrah or visit visa in Urdu script, with the work
// "there" in the subjunctive ("وہاں گھر میں کام ملے گا") is red flag 4
// (blind20 UR-009).
func TestRound20UmrahVisaWorkThere(t *testing.T) {
	t.Parallel()
	requireFlag(t, FlagVisitVisaWork, []string{
		"ایجنٹ کہتا ہے عمرے کے ویزے پر چلے جاؤ، وہاں گھروں میں کام ملے گا",
		"وزٹ ویزے پر دبئی آ جاؤ، یہاں دکان پر نوکری ملے گی",
		"ek banda umrah visa pe saudia bhej raha hai, kehta hai wahan ghar me kaam milega",
		"he is sending her on an umrah visa, says she will get house work there",
	}, []string{
		"امی عمرے کے ویزے پر گئی تھیں، الحمدللہ واپس آ گئیں",
		"عمرے کا ویزا کتنے دن میں لگتا ہے؟",
	})
}

// A person kept in a house on the way ("kept in a 'guest house' in
// Istanbul", "ek ghar me 20 logon k sath rakha h") while the smuggler asks
// more money to go on is held in a safe house: urgent, as red-flags.md
// has it, not locked in (an emergency) nor nothing (blind20 EN-044, RU-044).
func TestRound20HouseOnTheWayIsSafeHouse(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"my cousin got to Iran with the agent's people, now the agent wants 5 lakh more before they go on to Turkey. they are kept in a 'guest house' in Tehran",
		"the agent is asking 3 lakh more to take them to Italy, they are kept in a guest house in Tripoli",
		"bhai agent k sath iran pohanch gya, ab agent kehta h turkey k liye 4 lakh aur do, ek ghar me 15 logon k sath rakha h",
		"beta libya me hai, agent bolta hai italy ki kashti k liye 3 lakh aur do, ek makan me bohat logon k sath rakha hai",
		"cousin turkey me h, agent ne ek ghar me rakha h aur keh rha h 5 lakh aur bhejo greece k liye",
		"بیٹا لیبیا پہنچ گیا ہے، ایجنٹ کہتا ہے اٹلی کی کشتی کے لیے ۳ لاکھ اور دو، ایک گھر میں بہت لوگوں کے ساتھ رکھا ہوا ہے",
		"بھائی ترکی میں ہے، ایجنٹ نے ایک مکان میں رکھا ہے اور کہتا ہے یونان کے لیے ۴ لاکھ اور بھیجو",
	} {
		r := Read(s)
		require.Equal(t, UrgencyUrgent, r.Urgency, "%q: %v", s, r.Danger)
		require.Equal(t, CaseSmuggling, r.CaseType, s)
	}
	// beaten or threatened in the house stays an emergency
	requireUrgency(t, UrgencyEmergency, []string{
		"they are kept in a guest house in Tehran, the agent wants 5 lakh more and they beat him every day",
		"ek ghar me rakha h, 4 lakh aur do warna maar denge",
	})
}

// A teaching or nursing advert that names the ages of the children taught
// ("Kids aged 5–12", "بچوں کی عمریں ۵ سے ۱۲ سال") is an advert (WANTED,
// send CV, درکار), not a child in danger (blind20 EN-018).
func TestRound20AdvertChildrenAgesNoEmergency(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Fwd: WANTED – Teachers for a girls' school in Riyadh. Students aged 6–14. Salary SAR 5,000. Send CV to jobs@school.sa. Is this real?",
		"Nurses wanted for a children's hospital in Dubai, patients aged 2-10, send your CV. genuine hai?",
		"سکول کے لیے ٹیچرز درکار، بچوں کی عمریں ۵ سے ۱۲ سال، دبئی، سی وی بھیجیں",
		"teachers required for kids school in doha, bachon ki umar 5-12 saal, CV bhejen, ye sahi hai?",
	} {
		r := Read(s)
		require.Equal(t, UrgencyRoutine, r.Urgency, "%q: %v", s, r.Danger)
	}
	// a minor in danger beside the same words stays an emergency
	requireUrgency(t, UrgencyEmergency, []string{
		"my 14 year old son was sent to Dubai for a cleaner job, now they lock him in and beat him, the agent wanted 3 lakh",
	})
}

// Money sent home from abroad that is to pay a school's or a college's
// fees ("Give 10k to Bilal for his college fees", "15 hazar fees jama kra
// do") is a remittance, no agent's fee (blind20 EN-023, RU-023); a fee
// to an agent beside it is still read.
func TestRound20RemittanceForSchoolFees(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Salam ammi, sent 1,500 riyal from Jeddah today. Give 10k to Bilal for his college fees.",
		"beta abu ne saudi se 1200 riyal bheje hain, bank se nikalwa lo aur 15 hazar fees jama kra do",
		"Ammi, bhai ne Dubai se 50 hazar bheje hain, Ayesha ki school fees de dena",
		"بھائی نے قطر سے ۶۰ ہزار بھیجے ہیں، بچوں کی اسکول کی فیس جمع کروا دینا",
		"Abbu sent 900 dirham from Sharjah, please pay Hamza's tuition fees and the gas bill",
		"ابو نے سعودیہ سے پیسے بھیجے ہیں، کالج کی فیس اور بجلی کا بل دے دینا",
	} {
		r := Read(s)
		require.Equal(t, CaseOther, r.CaseType, "%q: %v", s, r.Flags)
		require.Empty(t, r.Flags, s)
	}
	r := Read("I sent 3 lakh from Dubai to the agent for my brother's visa processing fee")
	require.NotEqual(t, CaseOther, r.CaseType)
}

// "Missing everyone", "missing you all", "missing home" is longing, not a
// person missing: no lost contact (everyday20 E20-060). A person missing
// stays so.
func TestRound20MissingYouIsNoLostContact(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Can you send me a recent photo of Ammi and Abbu? Missing everyone here in Jeddah.",
		"missing you all so much, Dubai me bohat garmi hai, Eid pe aunga inshallah",
		"Missing home and ammi's food, Riyadh is so hot these days",
		"missing family a lot, Doha me kaam theek chal raha hai",
	} {
		r := Read(s)
		require.Equal(t, UrgencyRoutine, r.Urgency, "%q: %v", s, r.Danger)
		require.NotContains(t, r.Situations, "lost_contact", s)
	}
	for _, s := range []string{
		"My brother is missing in Libya since 10 days",
		"bhai 2 hafte se missing hai Iran me, agent phone nahi uthata",
		"میرا بھائی سعودیہ میں لاپتہ ہے",
	} {
		require.NotEqual(t, UrgencyRoutine, Read(s).Urgency, s)
	}
}

// A car advert ("62,000 km", "Karachi number", "no dealers pls", "ڈیلر
// حضرات معذرت") is everyday: its asking price is no fee and its "pls" no
// haste (everyday20 E20-084, E20-280). An agent's price stays read.
func TestRound20CarAdvertIsEveryday(t *testing.T) {
	t.Parallel()
	requireCase(t, CaseOther, []string{
		"Suzuki Alto 2021 VXR, Islamabad registered, 45,000 km, demand 24 lakh, dealer hazraat maazrat",
		"کلٹس 2018 لاہور نمبر، 70 ہزار کلومیٹر، ڈیمانڈ 22 لاکھ، ڈیلر حضرات معذرت",
		"Civic 2020 for sale, 30k km, asking 60 lakh, no dealers please, 0321-1234567",
		"Mehran 2012 Pindi number, 1 lakh 20 hazar km, asking 9 lakh. No dealers plz",
		"Toyota Vitz 2016, Lahore registered, 55,000 km, total genuine, asking 31 lakh",
	})
	r := Read("agent asking 8 lakh for Dubai visa, no receipt, call 0300-1234567")
	require.NotEqual(t, CaseOther, r.CaseType)
}

// A worker writing home that he has arrived and all is well ("Dubai
// pohanch gaya hun sab theek hai", "room bhi acha hai", "the company's
// driver picked me up") is a worker well, no distress (everyday20
// E20-294); a "but" that turns it is still read.
func TestRound20ArrivedWellIsEveryday(t *testing.T) {
	t.Parallel()
	requireCase(t, CaseOther, []string{
		"Riyadh pohnch gya hun, sb thik hai, kamra bhi acha hai, ammi ko bata dena",
		"Reached Doha safely, the company's driver picked me up, room is also good",
		"میں جدہ پہنچ گیا ہوں، سب ٹھیک ہے، کمپنی کی گاڑی لینے آئی تھی",
		"Muscat pohanch gaye hain sab khairiyat hai, company ki bus lene aayi thi",
	})
	r := Read("Reached Riyadh, but the company took my passport and room is very bad")
	require.NotEqual(t, CaseOther, r.CaseType)
	require.NotEqual(t, UrgencyRoutine, r.Urgency)
}

// A Saudi or Emirati salary of 3,500 to 4,000 a month for a driver, guard
// or muezzin is no salary "far above the market": 10 of the 11 such
// adverts in blind10-20 leave it unmarked (blind20 EN-028, UR-028,
// RU-028; blind10 EN-026, UR-026, blind11 EN-016, blind14 RU-026, blind16
// EN-027, blind17 EN-033, blind19 UR-028; not blind19 EN-027). The limit
// is now 4,000 SAR or AED; above it is still red flag 6.
func TestRound20GulfSalaryLimit(t *testing.T) {
	t.Parallel()
	requireFlag(t, FlagUnrealistic, []string{
		"URGENT HIRING SAUDI ARABIA. Drivers needed. Salary 5500 SAR + food. Processing fee 40,000. WhatsApp only 0312-1112223",
		"Dubai jobs, cleaner, salary 6000 AED + room, advance 3 lakh, sirf whatsapp 0300-1231231",
		"سعودی عرب میں ڈرائیور کی نوکری، تنخواہ ۶۰۰۰ ریال، فائل چارجز ۴۰ ہزار، رابطہ واٹس ایپ ۰۳۰۰۱۲۳۴۵۶۷",
	}, []string{
		"URGENT HIRING SAUDI ARABIA. Drivers needed. Salary 3500 SAR + food. Processing fee 40,000. WhatsApp only 0312-1112223",
		"Dubai jobs, security guard, salary 3800 AED + room, advance 3 lakh, sirf whatsapp 0300-1231231",
		"سعودی عرب میں مؤذن کی نوکری، تنخواہ ۴۰۰۰ ریال، فائل چارجز ۳۰ ہزار، رابطہ واٹس ایپ ۰۳۰۰۱۲۳۴۵۶۷",
	})
}

// A number said twice before its multiplier is so much each ("ساڑھے تین
// تین لاکھ", "sarhe teen teen lakh"), and a fraction before it still
// counts (blind20 UR-030).
func TestRound20AmountSaidTwiceEach(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		text string
		want float64
	}{
		{"۱۲ لڑکوں سے ساڑھے تین تین لاکھ نقد لے چکا ہے", 350000},
		{"har larke se sarhe teen teen lakh liye", 350000},
		{"sab larkon se sadhe 4 4 lakh liye hain", 450000},
		{"each boy paid two two lakh to him", 200000},
		{"ہر ایک سے پونے دو دو لاکھ لیے", 175000},
	} {
		e := Extract(c.text)
		require.Len(t, e.Amounts, 1, c.text)
		require.Equal(t, c.want, e.Amounts[0].Value, c.text)
	}
}

// A minor taken abroad on a visit visa or for work "there", in danger or
// on the way, is trafficked, whatever money the agent paid the parents
// ("larki k abba ko paise b de diye", blind20 RU-009): the model read
// the money as a paid recruiter.
func TestRound20MinorTakenForWorkIsTrafficking(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"ek agent hamare mohalle ki 14 saal ki larki ko visit visa pe dubai le ja rha h, kehta h wahan ghar me kaam milega. kal flight h, larki k abba ko paise b de diye",
		"agent 13 saal ke larke ko oman le ja raha hai, wahan hotel me kaam milega kehta hai, uske walid ko 50 hazar de diye, kal raat flight hai",
		"ایک ایجنٹ ۱۴ سال کی لڑکی کو وزٹ ویزے پر دبئی لے جا رہا ہے، کہتا ہے وہاں گھروں میں کام ملے گا، لڑکی کے ابو کو پیسے بھی دے دیے، کل فلائٹ ہے",
		"An agent is taking a 14 year old girl to Dubai on a visit visa to work in a salon, he paid her father 1 lakh, flight is tonight",
	} {
		r := Read(s)
		require.Equal(t, UrgencyEmergency, r.Urgency, "%q: %v", s, r.Danger)
		require.Equal(t, CaseTrafficking, r.CaseType, "%q: %v", s, r.Model)
	}
}

// A "consultant" who takes money for a job or visa abroad is an agent, so
// the sum paid to him is a fee before any contract, as an unlicensed
// recruiter's paid sum is by the table's rule (blind20 RU-049).
func TestRound20ConsultantIsAgent(t *testing.T) {
	t.Parallel()
	requireFlag(t, FlagFeeBefore, []string{
		"Lahore me ek consultant h jo Italy k liye 9 lakh le rha h, mere cousin ne de diye",
		"a consultant in Islamabad took 6 lakh from my brother for Romania, no office now",
		"ملتان میں ایک کنسلٹنٹ پرتگال کے لیے آٹھ لاکھ لے رہا ہے، میرے دوست نے دے دیے",
	}, []string{
		"my cousin is a consultant at a hospital in Riyadh, salary is fine",
	})
}

// A threat to leave or throw a worker in the jungle or the desert
// ("warna jungle me chor denge", "جنگل میں پھینک دیں گے") is a threat to
// life, not a journey through a jungle: the case is the worker's, not a
// smuggler's (blind20 RU-010). One already left in the jungle by an agent
// is still at a border.
func TestRound20JungleThreatIsNoCrossing(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"bhai malaysia me palm farm pe hun, supervisor kehta h awaz nikali to jungle me chor denge, 4 mahine se paisa nai mila, passport un k paas",
		"ملائیشیا کے باغ میں ہوں، سپروائزر کہتا ہے شور کیا تو جنگل میں پھینک دیں گے، پاسپورٹ ان کے پاس ہے",
		"the supervisor says he will leave us in the jungle if we complain, no salary for 3 months, they keep our passports",
	} {
		r := Read(s)
		require.Equal(t, UrgencyEmergency, r.Urgency, "%q: %v", s, r.Danger)
		require.NotEqual(t, CaseSmuggling, r.CaseType, s)
		require.NotContains(t, r.Situations, "at_sea_or_border", s)
	}
	for _, s := range []string{
		"agent ne hamein jungle me chor diya, 2 din se khana nahi",
		"the agent left us in the jungle near the border, no water",
	} {
		r := Read(s)
		require.Equal(t, UrgencyEmergency, r.Urgency, s)
		require.Contains(t, r.Situations, "at_sea_or_border", s)
	}
}
