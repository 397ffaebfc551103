package triage

import "testing"

// Found in blind283-blind290 and C349-C358 (first played in the
// thirty-eighth session): companions still held after one came back, a
// 22-year-old read as a child through "ek", kids "not with them", wages
// "kept" read as a person held, a viva's "hostage situation", a drama's
// writers, hearsay asked about out of curiosity, ransoms said as "send it
// then he will call you", and a job's place read as where someone is.
func TestSession38Reads(t *testing.T) {
	t.Parallel()
	requireReads(t, []readCase{
		{"Saamne wale ghar me Aslam Saudi se wapis aya h, bata raha tha k uske 4 saathi abhi b Al Kharj k ek farm pe ek kamre me band hain, kafeel maarta h aur passport b rakha hua h. Unke ghar walon ko nai pata kya karen", CaseTrafficking, UrgencyEmergency},                                                                                                        // B290-RU-028
		{"ہمارے گاؤں کا ایک بائیس سالہ لڑکا زمیندار کے ڈیرے پر دو سال سے کام کر رہا ہے۔ اس کے باپ نے علاج کے لیے اسی ہزار قرض لیا تھا۔ تنخواہ نہیں دیتے، حساب میں قرضہ بڑھتا جاتا ہے اور زمیندار کہتا ہے جب تک پورا نہیں ہوتا کہیں نہیں جا سکتا۔ ضلع بدین", CaseForcedLabour, UrgencyUrgent},                                                                              // B289-UR-009
		{"In a brick kiln on Raiwind road towards Kasur, a couple from our village are working for 3 years on a loan of 1.5 lakh which the munshi says is now 4 lakh. Owner has kept their CNICs and says if they go to another kiln he will file a theft case. Their kids are not with them, they stay with the grandmother.", CaseForcedLabour, UrgencyUrgent},          // B285-EN-013
		{"mera bhai Dammam k hospital me dakhil h, kaam pe uper se gir gaya tha, 2 haddiyan tooti hain. Company ilaj ka kharcha nai de rahi aur 3 mahine ki salary b rok rakhi h. Passport uske apne paas h. Usko wapis lana chahte hain", CaseWorkerDistress, UrgencyUrgent},                                                                                             // B289-RU-016
		{"bro today's viva was literally a hostage situation 😭 Sir Waqar kept me locked in that room 40 mins grilling me on thermo. I'm dead. Send notes of ch 4 pls", CaseOther, UrgencyRoutine},                                                                                                                                                                         // B283-EN-004
		{"Anyone watching 'Pardes ki Dhoop' on Thursday nights? Yesterday the agent sold Rabia to the kafeel and they locked her in the basement 😢 couldn't sleep after that. Writers went too far this time honestly", CaseOther, UrgencyRoutine},                                                                                                                        // B283-EN-013
		{"My friend's cousin says people going to Libya get kidnapped for ransom all the time and families pay lakhs. Is that true or just stories? Just curious, nobody in my family is going.", CaseOther, UrgencyRoutine},                                                                                                                                              // B286-EN-049
		{"چھوٹا بھائی پرسوں ایک آدمی کے ساتھ دبئی کا ویزا لینے کراچی گیا تھا۔ ابھی تک واپس نہیں آیا، اس کا فون کوئی اور اٹھاتا ہے اور کہتا ہے ۵ لاکھ کا بندوبست کرو پھر بات کرنا۔", CaseRansom, UrgencyEmergency},                                                                                                                                                         // B285-UR-026
		{"Salam. my brother went for Greece via Iran 5 weeks back. From 10 days no contact. Yesterday a man called from unknown number and said send 8 lakh to this account then he will call you. Abhi tak he has not called himself. Ammi is not eating", CaseRansom, UrgencyEmergency},                                                                                 // B287-EN-024
		{"bhai ye abba ka voice note sun k likh raha hun.. Zubair Libya pohanch gaya tha.. phir 2 hafte se koi call nai.. aaj kisi ne call ki bola paise bhejo warna uska pata nahi.. abba bohat pareshan hain.. kya karen", CaseRansom, UrgencyEmergency},                                                                                                                // B287-RU-025
		{"Qatar me store keeper ki job thi 2200 riyal salri. fb pe link tha form ka. phr email ai 'Al Wakra Logistics' ki taraf se k visa processing k 45000 bhejo. bhej diye to ab keh rahe 80 hazar aur do ticket or medical k. tab samjh aya. pehle 45 hazar processing k, ab 80 hazar or mang rahe. total 1 lakh 25 hazar ban gaya", CaseJobScamPaid, UrgencyRoutine}, // C351-002: the job's place, no one there
	})
	// held hostage by a city, as by its traffic (B292-EN-036)
	requireReads(t, []readCase{
		{"Stuck on Shahrah-e-Faisal for 2 hours, held hostage by this city 😤 tell ammi I'll be late for dinner", CaseOther, UrgencyRoutine},
	})
	// Punjabi: a girl of 11 ("kuri, 11 saal di") kept from home and
	// beaten ("ghar nai aan dende", "maar de ne"), C359-031
	requireReads(t, []readCase{
		{"sade pind di ik kuri, 11 saal di, Islamabad F-10 ch ik ghar ch kam kardi e. saal ho gaya ghar nai aan dende. kal us ne maa nu phone te dasya k maar de ne", CaseForcedLabour, UrgencyEmergency},
	})
	// kept at work until paid, or by a kafeel's release fee, is no ransom
	requireReads(t, []readCase{
		{"امی میں ٹھیک ہوں ۔۔ بس ۔۔ یہ لوگ فون چھین لیتے ہیں ۔۔ ابھی کسی اور کا فون ہے ۔۔ باہر نہیں نکلنے دیتے ۔۔ ابو کو مت بتانا ۔۔ کہتے ہیں پیسے پورے ہوں گے تو چھوڑیں گے", CaseTrafficking, UrgencyEmergency}, // B115-UR-024
	})
}
