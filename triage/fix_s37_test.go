package triage

import "testing"

// Found when the model became the mean of five runs (train.go, Runs) and
// in blind267-blind270 (first played in the thirty-seventh session): a
// wife taken until a debt is paid, a brother "you won't get back" unless
// money is sent, a boat silent for days after the agent's promise, a
// worker stuck on an expired iqama, wages "not given", and dangers that
// are a game's, a class's or a video's.
func TestSession37Reads(t *testing.T) {
	t.Parallel()
	requireReads(t, []readCase{
		{"Bhatte pe munshi meri biwi ko utha k le gaya h aur keh raha h qarz wapis kro to chhorunga. Jhang road Chiniot, abhi k abhi koi bhejo", CaseForcedLabour, UrgencyEmergency},                                                                                                             // B103-RU-005
		{"Zama wror (mera bhai) Dubai me tha, 2 hafte se call nai. Aj kisi ne uske number se msg kia 'paisay bhejo warna bhai nai milega', 5000 dirham. Police ko batayen ya kya karen?", CaseRansom, UrgencyEmergency},                                                                          // B187-RU-044
		{"bhai ka phone 10 din se band h. wo Saudia me tha. aaj kisi arab ka whatsapp aya k wo mere paas h, kafeel ka qarz 20 hazar riyal h, do to chhodunga warna police ko de dunga", CaseRansom, UrgencyEmergency},                                                                            // B168-RU-028
		{"Beta Waleed Benghazi se kashti me baitha tha jumme ki raat, agent keh raha tha 2 din me Italy pohanch jayenge. aaj 5 din ho gaye na koi call na msg. agent ka phone bhi ab band hai 0312 4478106", CaseSmuggling, UrgencyEmergency},                                                    // B27-RU-004
		{"bhatta owner near Kasur beat my father with iron rod last night, he is bleeding from head and they are not letting us take him to hospital. saying first clear peshgi 4 lakh. 3 families locked inside the kiln boundary. munshi no 0306-4418275", CaseForcedLabour, UrgencyEmergency}, // B28-EN-020: a kiln's boundary is no cricket
		{"Our Urdu teacher held the whole class hostage for an extra hour today 😤 I am dead tired, not coming to academy", CaseOther, UrgencyRoutine},                                                                                                                                            // B101-EN-030
		{"سوشل میڈیا پر ویڈیو چل رہی ہے کہ موریطانیہ سے اسپین جانے والی کشتی میں 40 پاکستانی ڈوب گئے", CaseOther, UrgencyRoutine},                                                                                                                                                                // UR-0529
		{"دروازہ باہر سے بند کر دینا جاتے ہوئے، چابی گملے کے نیچے رکھ دینا", CaseOther, UrgencyRoutine},                                                                                                                                                                                          // an errand, no one locked in
		{"Bachon ka summer camp 🏕️ 'Survival Challenge — 3 din jungle me band!' Age 8-14, fees sirf 4500. Abhi register krein", CaseOther, UrgencyRoutine},                                                                                                                                       // a camp's game
		{"Iqama also expired 2 months ago, company not renewing, so we cannot go outside, police checking. Nobody is beating or anything, but we are stuck.", CaseWorkerDistress, UrgencyUrgent},
		{"slam. dubai me hun visit visa pe. agent ne bola tha yahan job lagwa dega. 2 mahine ho gye koi job nai, paise khatam", CaseWorkerDistress, UrgencyUrgent}, // stranded: the model's trafficking at 35%
		{"bhai ko ek ghar me rakha hua hai, 2 lakh aur do warna wapis pakistan bhej denge", CaseSmuggling, UrgencyUrgent},                                          // a safe house's price, the model's ransom at 94%
		{"ek page Dubai ki job de raha hai 30 hazar le kar, maine abhi nahi diye", CaseJobOfferSuspicious, UrgencyRoutine},                                         // nothing paid, said so
		{"mera beta dubai gaya tha, sab khatam hi kar diya us agent ne", CaseJobOfferSuspicious, UrgencyRoutine},                                                   // no word of a smuggler's way
	})
	// a smuggler's "game" is the crossing, no game played
	requireCase(t, CaseSmuggling, []string{"bhai ek banda tiktok pe videos dalta hai 'Europe by road' Iran Turkey Greece, 35 lakh me pohncha dete hain, game lagwa dete hain"})
	// a selection that asks a fee, or is for a job abroad, is still read
	requireCase(t, CaseJobOfferSuspicious, []string{"Congratulations! After your interview you have been selected for a Dubai hotel job. Pay Rs 25,000 processing fee to 0301-5566778 on JazzCash"})
	requireSituations(t, []string{"wages_withheld"}, []string{"He went to Malaysia 1 year ago. From 4 months the factory has not given salary, they say business is down."})
	requireReads(t, []readCase{
		{"my husband went to Dubai on visit visa 2 months back for a job the agent promised. last week he called from a new number, talked very little, said 'don't worry, they don't let us go outside but food is ok'. today a man called from that number and said his ticket and room charges are 3 lakh, pay and then he can leave", CaseTrafficking, UrgencyEmergency}, // B267-EN-025
		{"Hamari dukaan k samne ek hotel pe chota sa larka kaam karta h 9-10 saal ka, raat ko wahin bench pe sota h. Aaj uske munh pe neel tha, poocha to dar k bola 'ustad maarega', ghar ka pata b nahi batata. Sadiqabad, Rahim Yar Khan road", CaseForcedLabour, UrgencyEmergency},                                                                                       // B268-RU-027: a child's work is Hoshyar's
		{"Ammi kehti hain agar result kharab aya to ghar me qaid kar dungi aur mobile b chheen lungi 😭", CaseOther, UrgencyRoutine},                                                                                                                                                                                                                                          // B271-RU-036
		{"Stuck on Shahrah-e-Faisal for 2 hours, held hostage by this traffic. pls tell Ammi I will be late, don't wait for dinner", CaseOther, UrgencyRoutine},                                                                                                                                                                                                              // B273-EN-037
		{"Pichle saal mera dost Iran me agent k safe house me phansa hua tha, ab wapas aa gaya h theek thaak, aaj uski shadi h 🎉 sab dua karna", CaseOther, UrgencyRoutine},                                                                                                                                                                                                  // B270-RU-032
		{"Reading about the scam compounds in Cambodia, terrifying stuff. Sharing so nobody in our family falls for these 'Bangkok IT jobs'", CaseOther, UrgencyRoutine},                                                                                                                                                                                                     // B269-EN-038
	})
	requireReads(t, []readCase{
		{"It's been 12 days since Bilal left Quetta with those people. No call from him. Since yesterday someone keeps calling my husband saying 'if you want to hear his voice, arrange the money first'. We are poor people sir", CaseRansom, UrgencyEmergency}, // B279-EN-025
		{"Mere shohar ka Dammam me site pe accident hua h, ICU me hain. Kafeel hospital ka kharcha nai de raha aur hospital wale keh rahe kal discharge kr denge. Unki saans b theek nai. Hum kya karein", CaseWorkerDistress, UrgencyEmergency},                  // B279-RU-023
	})
	requireSituations(t, []string{"documents_taken", "wages_withheld"}, []string{"I work in Dubai for a cleaning company. They keep all our passports in the office, say its normal 'safe custody'. Salary late 2 months. Is this allowed?"})
	requireReads(t, []readCase{
		{"beta Nouadhibou se kashti me nikla tha Spain k liye, 6 din ho gaye. agent kehta h sab theek h lekin na phone lagta na koi khabar. kuch pata karwa saktay ho?", CaseSmuggling, UrgencyEmergency}, // B281-RU-028: "no news" is no news story
		{"دادا جان بتاتے تھے کہ جوانی میں وہ ایک کشتی میں چھپ کر مسقط گئے تھے اور سمندر میں طوفان آ گیا تھا۔ اللہ ان کی مغفرت کرے، بڑے دلیر آدمی تھے", CaseOther, UrgencyRoutine},                         // B281-UR-035
	})
}
