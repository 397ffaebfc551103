package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Lessons of C558–C567 (the fifty-fourth session), read by the language
// layer.

// A number taken back after the sum given instead is in that sum's unit,
// in Urdu digits too; a sum denied paid is no correction.
func TestSession54DeniedAfterSum(t *testing.T) {
	t.Parallel()
	for text, want := range map[string][]string{
		"ایک بات، ۷۰ ہزار ہیں ۷۵ نہیں۔ باقی ٹھیک ہے": {"75"},
		"3.5 lakh likhna, 3 nahi. baqi theek":        {"3"},
		"جی ۴۸ ہزار تو دے چکے، ۹۰ نہیں دیے":          nil,
		"25 nahi 30 hazar": nil,
	} {
		got, _ := Conversation().Read(text).DeniedAfterSum()
		require.Equal(t, want, got, text)
	}
	got, _ := Conversation().Read("نہیں ۷۵ نہیں ۸۰ ہزار").DeniedNumbers()
	require.Equal(t, []string{"75"}, got)
}

// A man of the agent's named by his role, in Urdu script beside "سے"
// (with him, not from a place), or by what he handled.
func TestSession54ManBeside(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, head, want string }{
		{"الفلاح ٹریولز اینڈ اوورسیز، لائسنس ۱۹۰۷/FSD۔ سارا معاملہ ان کے منیجر ندیم سے ہوا", "الفلاح ٹریولز اینڈ اوورسیز", "ندیم"},
		{"Maple Route Consultants. My file was handled by Zeeshan Abbasi", "Maple Route Consultants", "Zeeshan Abbasi"},
		{"1 ka naam Tariq Jatoi h, dusra Sohail, sb usko chhota kehte", "Tariq Jatoi", "Sohail"},
		{"kehta h mere 40 larke pohanch chuke. Haji Arshad. libya me uska banda Bilal sambhalta h", "Haji Arshad", "Bilal"},
		{"Qadir. uska banda Gujrat se hai", "Qadir", ""},
	} {
		require.Equal(t, c.want, Conversation().Read(c.text).PersonBeside(c.head), c.text)
	}
	require.True(t, Conversation().Read("libya me uska banda Bilal sambhalta h").HisMan("Bilal"))
	require.False(t, Conversation().Read("cousin Saad 5 mahine pehle gaya").HisMan("Saad"))
}

// "bhai" after the verb calls the reader, it tells of no brother; "galat
// fehmi" is no "wrong"; "I'm back home", "ab ghar pe hun" tell one's own
// return; "where to complain" asks the way.
func TestSession54Words(t *testing.T) {
	t.Parallel()
	whom, ok := Conversation().Read("mere sath dhoka hua h bhai kya karun").WhomTold()
	require.True(t, ok)
	require.Equal(t, "self", whom)
	whom, _ = Conversation().Read("mere bhai ke sath dhoka hua h").WhomTold()
	require.Equal(t, "other", whom)
	require.Equal(t, PolarYes, Conversation().Read("ji mita do sab, galat fehmi thi").YesNo())
	require.Equal(t, PolarNo, Conversation().Read("nahi galat hai").YesNo())
	for _, text := range []string{"I'm back home in Lahore since September", "I got out in February", "ab 3 mahine se ghar pe hun"} {
		require.True(t, Conversation().Read(text).OwnReturn(), text)
	}
	for _, text := range []string{"I want to know where to complain about the agent who sent me", "kahan shikayat karun?", "کہاں شکایت کروں"} {
		require.True(t, Conversation().Read(text).ComplainWhere(), text)
	}
	first, _, ok := Conversation().Read("ok but write 25k sure, 40k maybe").SureThenDoubted()
	require.True(t, ok)
	require.Equal(t, "ok but write 25k sure", first)
}

// A firm to check with its licence number given is a check, even beside
// where its advert came (C567-020 opened a report).
func TestSession54CheckWithLicence(t *testing.T) {
	t.Parallel()
	require.Equal(t, "verify", Conversation().Read("bhai ye company check kr do, facebook pe Romania k work permit ka ad aya h. Danube Manpower Services, licence no 4120/LHR likha h").Intent())
}

// Typed answers of A190–A191: "say you're from the bank" is care; "nobody knows it was me"
// is anonymous; "can it all be removed?" and "I don't want you to keep
// what I wrote" erase.
func TestSession54TypedAnswers(t *testing.T) {
	t.Parallel()
	v, _ := Conversation().Read("call, but say you're from the bank, not the police").Option("contact")
	require.Equal(t, "discreet", v)
	for _, text := range []string{"I'd prefer nobody knows it was me who reported", "میرا نام کسی کو پتہ نہیں چلنا چاہیے"} {
		v, _ := Conversation().Read(text).Option("consent")
		require.Equal(t, "no", v, text)
	}
	for _, text := range []string{"I changed my mind, I don't want you to keep what I wrote before", "I shared some stuff with you earlier and now I regret it. can it all be removed?"} {
		require.Equal(t, "erase", Conversation().Read(text).Intent(), text)
	}
}

// Papers: a council card is no CNIC (C558-013); a passport with the
// brother, then taken by the company, was taken (C564-008); a photo of it
// sent was given, the original kept (C563-010); a copy only kept is not.
func TestSession54Papers(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]string{
		"passport scan and my nursing council card": "passport",
		"پاسپورٹ بھائی کے پاس تھا، وہاں میانمار میں کمپنی والوں نے رکھ لیا": "passport",
		"passport ki photo bhej di thi 😕 original mere pas h":               "passport",
		"passport ki copy mere paas hai": "none",
		"passport mere paas hai":         "none",
	} {
		v, _ := Conversation().Read(text).Option("docs")
		require.Equal(t, want, v, text)
	}
}

// LinkedIn is where an offer was seen, and it is no website of jobs: the
// writers put it under "other" (C559-019 and thirty older conversations).
func TestSession54SeenOnLinkedIn(t *testing.T) {
	t.Parallel()
	for _, text := range []string{"an ad on linkedin, then an interview on zoom", "linkedin pe msg aya tha", "linked in"} {
		v, _ := Conversation().Read(text).Option("seen")
		require.Equal(t, "other", v, text)
	}
	v, _ := Conversation().Read("rozee.pk pe").Option("seen")
	require.Equal(t, "website", v)
}
