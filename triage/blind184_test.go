package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A permit or visa the agency handed over, called fake in a sentence of
// its own, is the agency's document fraud (B66-UR-034), in each language;
// "it is fake" of an offer no one handed over is no such paper.
func TestHandedPaperCalledFake(t *testing.T) {
	t.Parallel()
	requireRead(t, "document_fraud", UrgencyRoutine,
		"باکو (آذربائیجان) کا ورک پرمٹ جو ایجنسی نے دیا، وہاں کی مائیگریشن سروس نے ای میل پر بتایا کہ یہ جعلی ہے۔ ہمارے محلے کے ۶ لڑکوں میں سے ہر ایک نے ۶ لاکھ دیے ہیں",
		"agent ne Romania ka work permit diya tha 5 lakh le kar, embassy walon ne kaha ye fake hai",
		"The agency handed me a visa for Qatar after I paid 4 lakh. At the airport they told me it is fake.")
	requireRead(t, "job_offer_suspicious", "",
		"Saw this ad on facebook, Dubai driver job, salary 2 lakh, send 20000 for processing. My cousin says it is fake")
}

// Lessons of blind184/185 and C249/C250, each with its neighbour that
// must not change.
func TestBlind184Lessons(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, caseType, urgency string }{
		// held, and money asked by calling home: a ransom
		{"agent ne italy boat ka bola tha. ab kisi aur group ne godown me band kia h. ghar call kr k 30 lakh mangte h", "ransom_extortion", UrgencyEmergency},
		{"pay 5 lakh more otherwise they will not be released, his phone is off since tuesday, they are in Iran", "ransom_extortion", UrgencyEmergency},
		// "LMIA no. pay 25000": a number, not "no pay"
		{"msg said 'Maple Harvest Agro Inc. Ontario' and some LMIA no. pay 25000 to easypaisa in 48 hrs or seat goes to next person", "", UrgencyRoutine},
		{"no pay for 3 months, kafeel says wait", "worker_distress_abroad", UrgencyUrgent},
		// a company's "زیادتی" is an injustice, no sexual abuse
		{"میرے بھائی کے ساتھ راولپنڈی کی ایک لائسنس والی کمپنی نے زیادتی کی ہے۔ میں اس کی بہن بات کر رہی ہوں", "", UrgencyRoutine},
		// a boy named and aged after "a boy": a child
		{"A boy from our village, Bilal, 12 years, went with a man to work in a hotel in Quetta 4 months ago. His mother has not heard his voice for 6 weeks. The man now says Bilal 'owes' 50,000 for food and room and will not send him home until paid.", "forced_labour", UrgencyEmergency},
		// one writing in secret, locked in at night, however calm
		{"Assalam o alaikum, can you tell my Abba Ghulam Rasool in Okara, number 0300-6712459, that I am fine? This phone is not mine. They lock the gate at night and keep the key. Dont call this number. I will try again next week.", "", UrgencyEmergency},
		// a mother's confiscating a phone for exams is an idiom; a malik's is not
		{"Ammi ne mobile chheen liya exams ki wajah se 😭 ab Abbu k phone se msg kar rahi hun, qaid me hun yaar bilkul", "other", UrgencyRoutine},
		{"malik ne mobile chheen liya, kamre me band hain", "", UrgencyEmergency},
		// shared and over, news on the radio, a teacher's tale, a joke of last year
		{"Just to share. Alhamdulillah I came back from Tripoli last month after 5 months held in a warehouse by the smugglers, my family sold land to get me out. I am home in Kharian now and safe. Please warn young boys, never take this route", "other", UrgencyRoutine},
		{"Heard on the radio that a boat sank near Greece and many people died, some from Pakistan. May Allah grant them jannah, so sad 💔", "other", UrgencyRoutine},
		{"ہمارے استاد صاحب نے آج کلاس میں بتایا کہ ان کے ایک شاگرد کو ۲۰۱۸ میں ایجنٹ ملائیشیا میں چھوڑ کر بھاگ گیا تھا، اب وہ وکیل بن گیا ہے اور ایسے لوگوں کے مقدمے لڑتا ہے", "other", UrgencyRoutine},
		// a visa handed over with no record of it: document fraud
		{"Agent ne Bahrain ka visa aur job contract diya tha, contract pe company ki muhar bhi thi. Bahrain ki site pe visa check kia to koi record nai. 2,40,000 le chuka h. Agent ka naam Asif Mughal", "document_fraud", UrgencyRoutine},
		// "how can I go back to Pakistan" is a wish, not a return
		{"I am driver in Jeddah with Al-Sahel Transport company since 2022. My iqama expired 2 months back, company not renewing. 3 months salary pending. Passport is with me thank God. How can I go back to Pakistan with my dues?", "worker_distress_abroad", UrgencyUrgent},
		// sleeping in a container and afraid of the police without a passport: held papers, no lock
		{"Employer took his passport on first day and never returned. They work 14 hrs, sleep in a container. He says he cant leave bcz without passport police will catch him. He is in Malaysia", "trafficking", UrgencyUrgent},
		// a safe house while the boat is awaited: urgent, the crossing still a plan
		{"ہمسائے کا بیٹا عاطف بن غازی میں ایک مکان میں بیس لڑکوں کے ساتھ ٹھہرایا ہوا ہے، کہتے ہیں اگلے ہفتے کشتی جائے گی", "smuggling", UrgencyUrgent},
	} {
		requireRead(t, c.caseType, c.urgency, c.text)
	}
	// home now and safe: the country of the ordeal is not where he is
	require.False(t, Read("I came back from Iraq three weeks ago. There they took our passports and locked us in a container at night. I am home now in Mardan, safe.").Abroad)
	// no country named: the route's reason is not left empty
	for _, f := range Read("they locked us in a container for 3 days").Flags {
		require.NotEqual(t, "Irregular route through ", f.Reason)
	}
	// "40 hzr … nai nai 45 the": the sum said instead is in thousands
	require.Contains(t, Extract("jazzcash se 40 hzr bheje.. nai nai 45 the").Amounts, Amount{Value: 45000, Currency: "PKR", Text: "45"})
}

// A question whether an agent is genuine, told as not knowing, is a
// verification; a payment beside it is a report still. A safe house on
// the route, gone silent since, stays an emergency.
func TestNotKnowingIfLegit(t *testing.T) {
	t.Parallel()
	requireRead(t, "verification_request", UrgencyRoutine,
		"my cousin got an offer from some agent in Sialkot, dont know if hes legit",
		"pata nahi ye agent asli hai ya nahi")
	require.NotEqual(t, "verification_request", Read("I dont know if he is real, he took 2 lakh from me").CaseType)
	requireRead(t, "smuggling", UrgencyEmergency, "Bhai Azhar ka kal raat 2 baje msg aya tha 'bhaijan jaldi kuch karo' bs itna, phir se phone band. 3 din se kuch pata nahi. Wo Libya me agent k ghar pe tha kashti ka intezar kar raha tha")
}

// Lessons of blind186/187 and C251/C252.
func TestBlind186Lessons(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, caseType, urgency string }{
		// cricket's "murdered" and "held hostage"; police calling kidnapping rumours baseless
		{"Shaheen absolutely murdered their top order 🔥🔥 Australia held hostage at 45/5. What a spell!!", "other", UrgencyRoutine},
		{"کراچی: پولیس نے بچوں کے اغوا کی افواہوں کو بے بنیاد قرار دے دیا، شہریوں سے اپیل کی گئی ہے کہ جعلی ویڈیوز آگے نہ بھیجیں", "other", UrgencyRoutine},
		// a house on the route, more asked to go on: urgent, "or stay here" no threat
		{"Sir my son is in Iran near Zahedan in a house with 20 boys. Agent took 12 lakh for Turkey. Now the Iranian guys say pay 3 lakh more or they will not move them forward. He said they get one meal a day.", "smuggling", UrgencyUrgent},
		{"bhai mera cousin Turkey pohanch gya h, Istanbul me ek ghar me 30 bande rakhe hain, agent keh raha h Greece k liye 4 lakh aur do warna yahin pare raho. pehle 18 lakh diye thay", "smuggling", UrgencyUrgent},
		{"main Kasur ke paas bhatte pe kaam karta hun, maalik kehta ha qarza utaaro warna ghar wale bhi yahin rahenge, jaane nahi deta", "forced_labour", ""},
		// not beaten yet is no beating
		{"اب وہاں والا کہتا ہے تین لاکھ اور بھیجو سمندر کا خرچہ۔ بھائی کہتا ہے دکان تک جا سکتا ہے لیکن پاسپورٹ ان کے پاس ہے۔ مارا پیٹا نہیں ابھی تک۔ وہ لیبیا میں ہے", "smuggling", UrgencyUrgent},
		// back home, the wages of the work abroad unpaid: the worker's claim
		{"I came back from Malaysia in March. The palm oil company never paid my last 5 months wages, around RM 7,000. I'm home in Mardan now, safe alhamdulillah. Can anyone help get my money?", "worker_distress_abroad", UrgencyRoutine},
	} {
		requireRead(t, c.caseType, c.urgency, c.text)
	}
	// settled since with a shop of his own: no claim left
	require.Equal(t, "other", Read("Chachu Dubai se wapas aa gaye, wahan unki company band ho gayi thi aur 3 mahine ki tankhwa b nahi mili thi, lekin ab yahan apni dukaan khol li h, Alhamdulillah").CaseType)
}

// A claim at home is wages only: papers an agent kept abroad, or an agent
// reported as still sending boys, stay his offence; a thanks for prayers
// after a brother's safe return is no report.
func TestClaimAtHomeIsWagesOnly(t *testing.T) {
	t.Parallel()
	require.NotEqual(t, "worker_distress_abroad", Read("میں ۲۰۲۲ میں ملائیشیا کی ایک فیکٹری میں پھنسا ہوا تھا، ایجنٹ نے پاسپورٹ رکھ لیا تھا اور تنخواہ نہیں ملتی تھی۔ اب میں خیریت سے واپس آ گیا ہوں۔ وہی ایجنٹ اب بھی منڈی بہاؤالدین میں لوگوں کو بھیج رہا ہے، اس کی اطلاع دینا چاہتا ہوں").CaseType)
	requireRead(t, "other", UrgencyRoutine, "Shukar h Allah ka bhai Saudi se wapis aa gaya, kafeel ne 2 saal bohat tang kiya tha magar ab sab theek h, ghar pe h. Dua ka shukriya sab ka")
}
