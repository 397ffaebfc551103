package triage

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestEmergency(t *testing.T) {
	t.Parallel()
	yes := map[string][]string{
		"en": {
			"They locked me in a room",
			"he beats me every day",
			"We are on a boat and water is coming in",
			"The kidnappers are asking for ransom",
			"I am 16 years old and they brought me here",
			"my daughter is 15 years old, the agent took her",
			"he raped me",
			"they will kill me if I complain",
			"my friend is unconscious in the camp",
			"help, save me please",
			"I cannot leave the house, they keep the key",
			"we are in the desert for two days",
		},
		"ur-Latn": {
			"mujhe band kar diya",
			"hum kamre mein band hain",
			"woh maar rahe hain",
			"roz maarte hain",
			"bachao",
			"bachaaaoooo",
			"kashti mein hain",
			"samundar mein phanse hue hain",
			"paise mang rahe hain warna maar denge",
			"meri bachi ko le gaye",
			"under 18 larki hai",
			"jaan ka khatra hai",
			"ransom mang rahe hain",
			"woh 14 saal ka larka hai",
			"MUJHE BAND KAR DIYA HAI",
		},
		"ur": {
			"مجھے کمرے میں بند کر دیا",
			"یہ لوگ مارتے ہیں",
			"بچاؤ",
			"ہم کشتی میں ہیں",
			"میرے بھائی کو اغوا کر لیا",
			"جان سے مار دیں گے",
			"بچی کو لے گئے",
			"میرے ساتھ زیادتی کی",
			"سولہ نہیں، 16 سال کی لڑکی ہے",
			"مجهے بچاو",
		},
	}
	no := map[string][]string{
		"en": {
			"I am safe",
			"I'm safe now, thank you",
			"I was not locked in, I just want information",
			"Nobody beat me",
			"Is this job real?",
			"The bandwidth is slow",
			"Desert safari guide job in Dubai",
			"Boat-building jobs in Italy, salary 2000 euro",
			"I want a job to feed my children",
			"2 years contract, age 21-40",
			"",
			"🙂",
		},
		"ur-Latn": {
			"mujhe kisi ne band nahi kiya",
			"mujhe kisi ne nahi maara",
			"main theek hoon, mehfooz hoon",
			"agent ka number band hai",
			"agent ne phone band kar diya",
			"dukaan band hai aaj",
			"paise bacha ke rakhe the",
			"bachon ke liye naukri chahiye",
			"samundar ke raste Italy bhejenge",
			"dhoke se bachaen",
			"2 saal ka contract hai",
			"qaidi nahi, bas naukri ka sawal",
		},
		"ur": {
			"میں محفوظ ہوں",
			"کسی نے مجھے بند نہیں کیا",
			"ایجنٹ کا فون بند ہے",
			"بچوں کے لیے نوکری چاہیے",
			"کیا یہ نوکری اصلی ہے؟",
			"دو سال کا معاہدہ",
		},
	}
	for lang, texts := range yes {
		for _, s := range texts {
			ok, reasons := Emergency(s)
			require.True(t, ok, "%s: %q should be an emergency", lang, s)
			require.NotEmpty(t, reasons, s)
		}
	}
	for lang, texts := range no {
		for _, s := range texts {
			ok, reasons := Emergency(s)
			require.False(t, ok, "%s: %q is not an emergency: %v", lang, s, reasons)
			require.Empty(t, reasons, s)
		}
	}
}

func TestEmergencyReasons(t *testing.T) {
	t.Parallel()
	ok, reasons := Emergency("Libya mein qaid hai, smugglers 30 lakh tawaan maang rahe hain warna maar denge")
	require.True(t, ok)
	require.Equal(t, []string{"threat to life", "locked in, cannot leave", "kidnapped or ransom demanded"}, reasons)

	_, reasons = Emergency("a 15-year-old girl is locked in the house")
	require.Equal(t, []string{"locked in, cannot leave", "a child is involved"}, reasons)
	ok, _ = Emergency("bachon wale bhi rabta karen, family visa available")
	require.False(t, ok, "children named in an advert are no danger")
	ok, _ = Emergency("a 15-year-old girl")
	require.True(t, ok, "a minor named as such is")
}

// Urgent situations do not make an emergency on their own.
func TestUrgentIsNotEmergency(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"kafeel ne passport rakh liya",
		"3 mahine se tankhwah nahi mili",
		"they took my phone",
		"qarz barhta ja raha hai",
		"smuggler aur paise mang raha hai",
		"we are kept in a safe house",
	} {
		ok, reasons := Emergency(s)
		require.False(t, ok, "%q: %v", s, reasons)
		a := rulesOnly(s, Extract(s))
		require.Equal(t, UrgencyUrgent, a.Urgency, s)
		require.NotEmpty(t, a.Danger, s)
	}
}

// A reporter who has not paid the agent is not a worker whose wages are
// withheld; a worker who has not been paid is.
func TestNotPaidByTheReporterIsNoWages(t *testing.T) {
	t.Parallel()
	for s, want := range map[string]string{
		"no, we have not paid, I told him don't pay a single paisa till we check": UrgencyRoutine,
		"I have not paid anything yet":                                            UrgencyRoutine,
		"we haven't paid, we got suspicious":                                      UrgencyRoutine,
		"nothing paid":                                                            UrgencyRoutine,
		"they have not paid us for 3 months":                                      UrgencyUrgent,
		"we have not been paid for 4 months":                                      UrgencyUrgent,
		"the company has not paid my brother for 3 months":                        UrgencyUrgent,
		"salary not paid, we work 14 hours":                                       UrgencyUrgent,
		"3 mahine se tankhwah nahi mili":                                          UrgencyUrgent,
		"چار مہینے سے تنخواہ نہیں دی":                                             UrgencyUrgent,
	} {
		a := rulesOnly(s, Extract(s))
		require.Equal(t, want, a.Urgency, "%q: %v", s, a.Danger)
	}
}

// "Pay more or we go no further" stops a journey: no threat of harm, so a
// passport kept with it is urgent, not an emergency; a threat to hurt
// still is one.
func TestNoFurtherIsNoThreat(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]string{
		"hum 6 larke quetta me ek ghar me hain, agent keh raha 1 lakh aur do warna aage nahi jayenge. passport rakh liya ha": UrgencyUrgent,
		"ہم چھ لڑکے کوئٹہ میں ایک گھر میں ہیں، ایجنٹ کہتا ہے ایک لاکھ اور دو ورنہ آگے نہیں جائیں گے، پاسپورٹ رکھ لیا ہے":     UrgencyUrgent,
		"we are 6 boys in a house in Quetta, the agent kept our passports and says pay 1 lakh more otherwise no further":     UrgencyUrgent,
		"agent ne passport rakh liya, kehta hai 1 lakh do warna maar denge":                                                  UrgencyEmergency,
	} {
		require.Equal(t, want, Assess(text, Extract(text)).Urgency, text)
	}
}

// A debt that must be cleared before anyone may go is debt bondage, in
// every language ("qarz khatam hone tak", "قرض ختم ہونے تک").
func TestDebtUntilClearedIsBondage(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"ہم بھٹے پر کام کرتے ہیں، مالک کہتا ہے قرض ختم ہونے تک کوئی یہاں سے نہیں جا سکتا",
		"مالک کہتا ہے قرضہ ادا ہونے تک یہیں کام کرو",
		"zamindar kehta hai qarza khatam hone tak yahin kaam karo",
		"malik bolta hai qarz ada karne tak kaam karna paray ga",
		"the owner says we work here until the debt is paid",
	} {
		a := rulesOnly(s, Extract(s))
		require.Contains(t, a.Situations, "debt_bondage", s)
	}
}

// The writer who holds a relative back from a journey ("main ne bhai ko
// roka hua he") confines no one; an agent who holds him does.
func TestWriterHoldsBackIsNoConfinement(t *testing.T) {
	t.Parallel()
	for s, want := range map[string]bool{
		"nai abhi tak kuch nai diya, main ne bhai ko roka hua he": false,
		"maine apne bete ko roka hai, ab wo ghar pe hai":          false,
		"میں نے بھائی کو روکا ہوا ہے":                             false,
		"I stopped my brother from going":                         false,
		"agent ne bhai ko roka hua he":                            true,
	} {
		a := rulesOnly(s, Extract(s))
		require.Equal(t, want, slices.Contains(a.Situations, "confined"), s)
	}
}

// A kafeel (sponsor) who does something to the writer or the one written
// about places them in the Gulf now, in the three languages; a kafeel named
// in an advert places nobody.
func TestKafeelPlacesAbroad(t *testing.T) {
	for _, c := range []struct {
		text   string
		abroad bool
	}{
		{"ایجنٹ نے میرے بیٹے کو سعودیہ بھیجا تھا اب کفیل اس سے بکریاں چرواتا ہے اور تنخواہ نہیں دیتا", true},
		{"کفیل مجھ سے سولہ گھنٹے کام کرواتا ہے", true},
		{"کفیل انہیں کھانا نہیں دیتا", true},
		{"mere bete ko saudia bheja tha ab kafeel us se bakriyan charwata hai", true},
		{"kafeel mujh se 16 ghante kaam karwata hai", true},
		{"kafil usko chutti nahi deta", true},
		{"my kafeel took my passport", true},
		{"ad: azad visa, kafeel acha hai, 5 lakh", false},
		{"آزاد ویزا، کفیل اچھا ہے، پانچ لاکھ", false},
	} {
		require.Equal(t, c.abroad, Assess(c.text, Extract(c.text)).Abroad, c.text)
	}
}

// Kept from going out, said of a woman ("deti", the feminine of "dete"),
// is confinement in Roman Urdu as it is in Urdu script.
func TestNotLetOutFeminine(t *testing.T) {
	for _, text := range []string{
		"madam usay bahar nai jane deti",
		"malkin usko ghar se nikalne nahi deti",
		"meri behan oman me ghar ka kaam krti hai, madam usay bahar nai jane deti aur phone b cheen liya",
		"مالکن اسے باہر نہیں جانے دیتی",
	} {
		require.Contains(t, Assess(text, Extract(text)).Situations, "confined", text)
	}
}
