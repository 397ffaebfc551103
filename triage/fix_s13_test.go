package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Lessons of blind103-blind106: a birth announced ("Allah ne rehmat
// bheji ... bachi theek hai") sends no child anywhere; a girl of 13 "they
// have not let come home" is held; "K-Electric has kidnapped our light"
// and "trapped in traffic" are idioms, a car boot is not; "kaam karwa
// rahe hain 14 14 ghante" is forced work, a 14-hour journey is not; a
// relative's jail told as heard, "ab wapas aa k", is over.
func TestLessonsOfBlind103To106(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseOther, UrgencyRoutine,
		"Mubarak ho! Hamare ghar beti hui h 🎉 Allah ne rehmat bheji. Maa aur bachi dono theek hain, sab dua karen",
		"Traffic on Shahrah-e-Faisal today was a nightmare, I was trapped in my car for two hours and now K-Electric has kidnapped our light since morning 😤")
	requireRead(t, CaseForcedLabour, UrgencyEmergency,
		"Our cousin Rabia is only 13, her father sent her to work in a house in Bahria Town Rawalpindi last year for 12,000 a month which he collects himself. For 8 months they have not let her come home, not even for Eid, and when Ammi called the begum said she is 'busy'. We could hear her crying in the background.")
	requireUrgency(t, UrgencyEmergency, []string{"I am trapped in a car boot, they are taking me somewhere"})
	requireUrgency(t, UrgencyRoutine, []string{"Humare mohalle k Rashid bhai ne bataya k unka koi rishtedar Greece me 2 saal jail me raha tha, ab wapas aa k sab ko kehta h kabhi ghalat raste mat jana. Dil dehal gaya sun k"})
	r := Read("mera bhai Baku me hai, hotel ki job ka keh k bheja tha ab construction pe kaam karwa rahe hain 14 14 ghante")
	require.Contains(t, r.Situations, "forced_work")
	require.NotContains(t, Read("bhai ne kal msg kiya tha truck me charh gaye, 14 ghante ka safar hai Bulgaria tak").Situations, "forced_work")
}

// A number told in words with its hundreds ("zero teen sau do", "صفر تین
// سو بارہ", "zero three hundred and twelve", A55-A57) is read; hundreds of
// people are no number.
func TestSpokenPhoneWithHundreds(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]string{
		"صفر تین سو بارہ، سات سات چھ، پانچ پانچ آٹھ دو":                       "+923127765582",
		"zero teen sau do, saat saat chaar, nau nau ek ek":                    "+923027749911",
		"اس کا نمبر صفر تین سو چودہ، پانچ چھ سات، دو دو آٹھ نو ہے":            "+923145672289",
		"صفر تین سو تینتیس، آٹھ سات دو، نو ایک صفر چار":                       "+923338729104",
		"zero three hundred and twelve, seven seven six, five five eight two": "+923127765582",
	} {
		require.Equal(t, []string{want}, Extract(text).Phones, text)
	}
	require.Empty(t, Extract("teen sau log the, do sau mar gaye").Phones)
}

// Wages unpaid for months, told with the months first ("آٹھ مہینے سے پیسے
// نہیں دیے", C135-017); money an agent has not given back is no wage.
func TestMonthsUnpaid(t *testing.T) {
	t.Parallel()
	require.Contains(t, Read("بیٹی اسلام آباد میں ایک گھر میں کام کرتی ہے، آٹھ مہینے سے پیسے نہیں دیے").Situations, "wages_withheld")
	require.Contains(t, Read("3 mahine se tankhwa nahi mili, kafeel kehta hai sabar karo").Situations, "wages_withheld")
	require.NotContains(t, Read("agent ne 8 mahine se paise wapas nahi diye").Situations, "wages_withheld")
}

// Lessons of blind107-blind112: a girl of 13 her employers "won't send"
// home and who "never comes outside" is held; "the 'game' from Iran to
// Turkey" is the smugglers' crossing, no game; hearsay told by a relative
// ("my friend's cousin told us how the agents beat people", "سب کہتے ہیں
// کہ ...") is about others; "won't let us go to another kiln" is a
// kiln's debt, not a lock, and "nobody is locked" locks no one; "the
// agent says she is fine" frees no one unheard from for days; "yahan se
// nikalna mushkil h" is held; "ek banda paise le gaya" sent no one.
func TestLessonsOfBlind107To112(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseForcedLabour, UrgencyEmergency, "How can someone get a child back home if the family she works for won't send her? My cousin Saima is 13, working in a house in Bahria Town Karachi. Her mother hasn't seen her for a year, when she calls the begum says she is 'busy', and the guard told my uncle she never comes outside.")
	requireUrgency(t, UrgencyEmergency, []string{
		"My son went on the 'game' from Iran to Turkey 3 weeks back. He still hasn't called home and now those people are phoning us asking 5 lakh more, they say otherwise we won't see him again. His agent was from Mandi Bahauddin.",
		"میری بہن شازیہ ریاض میں ایک گھر میں کام کرتی ہے۔ پچھلے ہفتے فون پر رو رہی تھی کہ باجی رات کو اس کا فون لے لیتی ہے۔ اب چار دن سے کوئی خبر نہیں، نمبر بند جا رہا ہے۔ ایجنٹ کہتا ہے وہ ٹھیک ہے لیکن بات نہیں کرواتا",
		"Beta ka raat ko phone aya tha, sirf itna bola 'ammi dua karna, yahan se nikalna mushkil h' aur phir band ho gya. Wo 3 mahine pehle Cambodia gya tha call center ki job pe, agent Lahore ka tha. 2 din se whatsapp pe msg deliver hi nai ho raha",
		"gaon ke log keh rahe hain mere bhai ko agwa kar liya",
	})
	requireUrgency(t, UrgencyRoutine, []string{
		"My friend's cousin told us how the agents beat people in the mountains on the Iran route. Scary stuff honestly. Thank God my brother listened and stayed home.",
		"ہمارے محلے میں سب کہتے ہیں کہ ڈنکی لگانے والوں کو ایران میں ایجنٹ مارتے ہیں اور بھوکا رکھتے ہیں، میرے ماموں کا بیٹا بھی بتاتا تھا۔ کیا یہ سچ ہے؟",
		"salam. mere hamsaye chacha Ghulam Rasool parhe likhe nai hain unki taraf se likh raha hun. unke bete ko Kuwait bhejne ka keh k ek banda paise le gaya",
		"we played a game of ludo, my brother killed me",
	})
	requireRead(t, CaseForcedLabour, UrgencyUrgent,
		"We are 3 families working at a brick kiln near Kasur. The owner gave us peshgi of Rs 80,000 four years ago, now he says we owe Rs 3,50,000. He won't let us go to another kiln and says he will file theft case on us if we try. Nobody is locked but we are scared.",
		"I teach at a govt school near Jhang. 3 families work at the brick kiln nearby, they took peshgi years ago and the munshi says the debt is now 4 lakh and keeps adding to it. he has kept their CNICs and does not let them go to another kiln")
	requireUrgency(t, UrgencyEmergency, []string{"they locked us in the room and won't let us go"})
}

// A licensed firm asking more money after months of waiting misbehaves
// (C141-014): oep_misconduct, not a worker's distress abroad.
func TestLicensedFirmAsksMore(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseOEPMisconduct, UrgencyRoutine, "میری بہن نرس ہے، فیصل آباد کی ایک اوورسیز کمپنی نے کویت کے ہسپتال میں نوکری کا کہا تھا۔ لائسنس والی کمپنی ہے۔ دس مہینے ہو گئے، اب مزید پیسے مانگ رہے ہیں")
}

// Safety lessons of the held-out blind113-blind114: a girl of 14 gone on
// a "modelling" offer, from whose phone a woman writes "she is safe with
// us, don't call police", is an emergency (the keepers' word, with a
// warning, frees no one; a modelling offer is no film); a cousin home
// "but that is over now" is over; a kidnapping "in the 90s" is past; "we
// will not call police" warns no one.
func TestHeldOutSafetyLessons(t *testing.T) {
	t.Parallel()
	requireUrgency(t, UrgencyEmergency, []string{"My 14 year old daughter got a 'modelling' offer online for Dubai and she left home this morning. She is not answering and a woman messaged me from her phone: she is safe with us, don't call police."})
	requireUrgency(t, UrgencyRoutine, []string{
		"Alhamdulillah my cousin is back home in Sialkot after 8 months in Libya. They had kept him in a warehouse and beat him, but that is over now, he is with us and gaining weight. Thank you all for the duas.",
		"My colleague told me his uncle was kidnapped in Karachi in the 90s and released after a week. Crazy times. Anyway, are we still meeting on Sunday?",
		"we will not call police, he is our son",
	})
}
