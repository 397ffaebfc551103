package triage

import "testing"

// Found in blind351–354 (the forty-sixth session): a child tied at night
// "so he doesn't run off" is held (B353-EN-049, read as nothing); a head
// injury at a site abroad is a medical emergency (B353-RU-025); a father
// kept at a kiln owner's dera "till the debt is paid, I won't let him go
// back" is held now (B354-RU-026); scam work of "taking money from people"
// is no local recruiter's collection (B352-UR-026); an ordeal over, told
// with a question about us or a wish for posters, is no case (B353-UR-046,
// B354-EN-029, B352-RU-029); threats after a ransom paid are extortion
// (B353-EN-022); a licensed promoter that put one to another job there is
// its misconduct (B354-RU-017); "game lagwata h Iran se Turkey" is a
// smuggler's (B354-RU-010); "phone uthana b band kr diya" locks no one in
// (C476-032); a kafeel's desert beating, "phr mara", is no smuggler's road
// (C48-021); men kept in the agent's guest house and a nephew caught in
// Libya are held (C480-032, C480-008).
func TestSession46Triage(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, caseType, urgency string }{
		{"The little boy at the tea stall near our office in Saddar hasn't gone home in weeks. Today I noticed marks on his wrists and the owner laughed and said he ties him at night 'so he doesn't run off'. He can't be more than 9", CaseForcedLabour, UrgencyEmergency},
		{"Mera husband Kuwait me site pe upar se gira h, sar pe chot h, bol nahi raha. Company wale hospital le gaye lekin ab kehte paise do tab ilaaj. Passport uske apne paas h. Kia karun", CaseWorkerDistress, UrgencyEmergency},
		{"Bhatte wale ne kal raat se mere abbu ko apne dere pe rakha hua h, keh raha h jab tak baqi qarz nahi dete wapas nahi jane dunga, wahin kaam karwa raha h. Pattoki k paas", CaseForcedLabour, UrgencyEmergency},
		{"[وائس نوٹ] بھائی... زور سے نہیں بول سکتا... یہ لوگ باہر نہیں نکلنے دیتے... رات کو دروازے پر تالا... تھائی لینڈ سے گاڑی میں لائے تھے... پتہ نہیں کون سا ملک ہے... کمپیوٹر پر لوگوں سے پیسے نکلواتے ہیں...", CaseTrafficking, UrgencyEmergency},
		{"دو سال پہلے میں لیبیا میں چھ مہینے قید رہا، اب الحمدللہ پاکستان میں ہوں اور ٹھیک ہوں۔ بس یہ پوچھنا تھا کہ یہ سروس حکومت کی ہے یا کسی این جی او کی؟", CaseOther, UrgencyRoutine},
		{"Three years ago I was stuck in a scam compound in Cambodia. Alhamdulillah the embassy got me home in 2022. I now give awareness talks at colleges in Mardan. Can you share your posters so I can use them?", CaseOther, UrgencyRoutine},
		{"2019 me mujhe b ek agent ne Malaysia me phansa dia tha, 6 mahine detention me raha. Ab Alhamdulillah ghar pe hun aur gaon ke larkon ko samjhata hun k bina license wale agent ko paise na do", CaseOther, UrgencyRoutine},
		{"Last month we paid 15 lakh to get my cousin released from a house in Tripoli. He is back home in Kharian now. But the agent's man in Gujranwala keeps calling my uncle saying another 5 lakh is 'pending' and if we don't pay they know where we live. Should we go to FIA?", CaseRansom, UrgencyUrgent},
		{"Crescent Overseas (lic 1329/KHI) k zariye Saudi gaya tha. Contract me electrician likha tha 1800 riyal, yahan laa k cleaning company me laga diya 900 riyal pe. OEP wale Karachi me phone nahi uthate. Passport mere paas h. Shikayat darj karwani h", CaseOEPMisconduct, UrgencyRoutine},
		{"Mandi Bahauddin me ek agent h jo 'game' lagwata h Iran se Turkey, per banda 9 lakh leta h. Hamare mohalle k 4 larke agle hafte ja rahe hain, unke ghar walon ko b nahi pata. Report karni ae", CaseSmuggling, UrgencyRoutine},
		{"ref HSY-B3XW9N wali complain ka kya bana? agent ne phone uthana b band kr diya h ab", "", UrgencyRoutine},
		{"mera bhai saudia me bakriyon k farm pe h, sehra me. kafeel usko maarta h, kal raat phr mara, aaj voice note me ro raha tha k sar pe chot h. wahan koi aabadi nai", CaseTrafficking, UrgencyEmergency},
		// kept in the agent's house on the way, CNICs held (C480-032); a
		// nephew caught in Libya (C480-008); an agent caught here is news
		{"im in quetta in agent guest house with 6 boys. supposed to go iran then turkey. now they say pay 1 lakh more each or we wait here. they have our cnic", CaseSmuggling, UrgencyUrgent},
		{"mera bhanja libya me pakra gaya h", "", UrgencyUrgent},
		{"FIA ka raid hua, agent Gujranwala me pakra gaya", CaseOther, UrgencyRoutine},
	} {
		requireAssessed(t, c.text, c.caseType, c.urgency)
	}
}
