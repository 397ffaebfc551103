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
