package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Lessons of C502–C505 read by the conversation's reader.
func TestSession49Options(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ set, text, want string }{
		// here, a call allowed besides: here still (eight guarded
		// conversations; C504-006 labels number)
		{"contact", "isi whatsapp pe msg kr do, call b kr skte ho sham ko", "here"},
		{"contact", "yahan msg karein, call mat karna", "here"},
		// not openly is care (C505-008); "contact me here" after "don't
		// contact him" is here (C503-023)
		{"contact", "Please don't call me openly, I live close by. Message here on telegram, only at night", "discreet"},
		{"contact", "usko direct na karna, thekedar ka banda uska phone dekhta h. mujhse rabta karo yahin telegram pe", "here"},
		// locked in with a typo, and "nobody can leave" (C504-010, C505-006):
		// phrases whose alternatives were two words read none of them
		{"what", "madam took passport n phone at airport. lockd inside when they go out. no salary 3 months", "locked_in"},
		{"what", "nobody can leave, guards at the gate", "locked_in"},
		{"what", "they cant get out of the compound", "locked_in"},
		// "مارا پیٹا نہیں": the pair verb denied whole (C503-031)
		{"what", "بیٹا کہتا ہے مارا پیٹا نہیں، لیکن پیسے ختم ہیں اور ایجنٹ تین لاکھ اور مانگ رہا ہے", ""},
		{"what", "roz mar peet krte hain", "violence"},
	} {
		var prefer []string
		if c.set == "what" { // as flows asks it
			prefer = []string{"sexual_abuse", "violence|locked_in|forced_work|debt", "passport_taken|unpaid", "money_taken", "other"}
		}
		got, _ := stdReader.Read(c.text).Option(c.set, prefer...)
		if c.want == "" {
			require.NotEqual(t, "violence", got, c.text)
			continue
		}
		require.Equal(t, c.want, got, c.text)
	}
}

// Trade words joined by "and" are one firm ("گجر ٹریول اینڈ ٹورز", C504-011
// kept "گجر ٹریول"); the writer's own number, named so, is theirs.
func TestSession49FirmAndOwnNumber(t *testing.T) {
	t.Parallel()
	head, also := stdReader.Read("ایجنٹ کا نام شہباز گجر ہے، دفتر پر گجر ٹریول اینڈ ٹورز لکھا ہے").NameParts()
	require.Equal(t, "گجر ٹریول اینڈ ٹورز", head)
	require.Equal(t, []string{"شہباز گجر"}, also)
	rd := stdReader.Read("uska 0345 7712098 h. refund ho to mera jazzcash number 0302-1234567 h")
	own, others := rd.SplitOwn([]string{"+923457712098", "+923021234567"})
	require.Equal(t, []string{"+923021234567"}, own)
	require.Equal(t, []string{"+923457712098"}, others)
}

// Intents: a complaint told as made, its number not at hand, asks how it
// stands (C506-032); a threat over complaining, an absconding case or any
// case, is no wish to complain (C509-036).
func TestSession49Intents(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]string{
		"january me Butt sahab k khilaf shikayat dali thi, Gujranwala se. ref no nai h mere paas, purana phone kho gaya": "status",
		"میں نے پچھلے مہینے ایجنٹ کے خلاف شکایت درج کی تھی، ریفرنس نمبر نہیں ہے میرے پاس":                                "status",
		"bhai oman me h, 3 mahine se tankhwa nai mili. kafeel kehta h shikayat ki to bhagoda case kr dunga":              "",
		"agent kehta hai shikayat ki to tum pe case kar dunga":                                                           "",
		"mujhe agent ke khilaf shikayat karni hai":                                                                       "report",
	} {
		got := stdReader.Read(text).Intent()
		if want == "" {
			require.NotEqual(t, "report", got, text)
			continue
		}
		require.Equal(t, want, got, text)
	}
}

// A name and "everyone calls him so" after it (C509-019 kept the clause).
func TestSession49NameCalledSo(t *testing.T) {
	t.Parallel()
	require.Equal(t, "ch Naveed", stdReader.Read("ch Naveed kehte hain sb usko. uska ek banda Zubair b h jo paise collect krta").Name())
	require.Equal(t, "Rana Ashraf", stdReader.Read("Rana Ashraf kehte hain log").Name())
}
