package triage

import (
	"testing"
)

// Found in blind315–blind321 (first played in the forty-second
// session): a boy of seventeen whose passport is taken and who is not
// let out of the room ("kamre se nikalne b na dein") is held, an
// emergency; two brothers kept at a landlord's dera "qarz k badle" are
// bonded; boys leaving next week by Quetta and Iran are not yet on the
// road, whatever "kuch karo" makes the model read; news heard of a boat
// ("Sun rahe the k Greece wali boat me …") and a neighbour's boy caught
// in Iran who "2 saal baad aya" are no one in danger now.
func TestSession42Urgency(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, caseType, urgency string }{
		{"bhai bas itna bata do k agar kisi ka passport company ne le lia ho aur usko kamre se nikalne b na dein aur wo 17 saal ka ho to kahan shikayat karen.. Dubai me h", "", UrgencyEmergency},
		{"Hamare gaon (Chiniot k pas) me ek zamindar ne 2 bhaiyon ko qarz k badle apne dere pe rakha hua h, 3 saal se. Qarza 2 lakh tha ab wo 5 lakh bata raha h. Koi hisaab nahi deta", CaseForcedLabour, UrgencyUrgent},
		{"Mere mohalle k 4 larke agle hafte Quetta ja rahe hain, wahan se Iran phir Turkey. Agent Naveed h Sialkot ka, 12 lakh per banda le raha. Unke gharwalon ko b nahi pata. Kuch karo pls", CaseSmuggling, UrgencyRoutine},
		{"Sun rahe the k Greece wali boat me Kotli k 12 larke bhi the, Allah sab k ghar walon ko sabar de", CaseOther, UrgencyRoutine},
		{"Meri Phuppo batati hain unke mohalle ka larka Iran me pakra gaya tha dunki lagate hue, 2 saal baad aya. Isliye main kabhi aise nahi jaunga bhai, tension na lo", "", UrgencyRoutine},
		// still on the road, and gone silent: an emergency
		{"haan ji sir wo mera beta hai na Adnan wo Libya me tha do mahine se phir kal raat uska voice note aya k hamein boat pe bitha diya hai 80 log hain aur pani bohat hai phir aadha ghanta pehle ek call ayi bas shor tha aur koi ro raha tha uske baad se number band sir hum kya karein", "", UrgencyEmergency},
		// a message weeks late is no ordeal over
		{"Bhai ka 2 hafte baad msg aya bas itna 'sehra me hun, bakriyan charata hun, kafeel ne passport rakh liya, yahan se koi rasta nahi, ammi ko mat batana'. Wo Hafizabad se house driver visa pe gaya tha. Ab phone off h", "", UrgencyEmergency},
	} {
		requireAssessed(t, c.text, c.caseType, c.urgency)
	}
}

// "fine", quoted as he said it, beside a door kept shut on him, frees no
// one (B323-RU-036 was routine); what a son's keepers "are saying" is no
// news of others (B88-EN-025).
func TestSession42Context(t *testing.T) {
	t.Parallel()
	requireAssessed(t, "Ammi ka phone aya tha Muscat se mamu ki baat hui, keh rahe the wo 'theek hai' bas bahar nahi nikalne dete, kaam khatam hone k baad b kamre me rakhte hain. Awaz dari hui thi. Kia karein?", "", UrgencyEmergency)
	requireAssessed(t, "hello assalamualaikum ji so basically my son Usman he went to Turkey in October with an agent from Gujrat and he said he will call when he reaches Istanbul and now the agent says he is in Van and everything is fine but abhi tak wapas nahi aaya aur wo log paise maang rahe hain they are saying send 5 lakh then he will talk to you and I have not heard his voice in 10 days", CaseRansom, UrgencyEmergency)

}
