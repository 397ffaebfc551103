package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Found in the unseen conversations C26: a debt cut from the wage that
// never ends and only grows is debt bondage ("qarz khatam hi nahi hota
// ulta barhta ja raha h", C26-031); scam work told as what the days are
// ("we work 14-15 hours scamming people online", C26-007) is forced scam
// work, which makes a compound's price of leaving its bondage, not a
// ransom. Neighbours that must not change are with them.
func TestC26DebtThatGrowsAndScamWork(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ lang, text string }{
		{"ur-Latn", "company ne passport rakh lia hai aur har mahine tankha se 'agent fee ka qarz' kaat lete hain. 9 mahine ho gaye qarz khatam hi nahi hota ulta barhta ja raha h"},
		{"ur-Latn", "malik har hafte mazdoori se qarza kaat leta hai, qarz khatam hi nahi hota"},
		{"ur", "کمپنی ہر مہینے تنخواہ سے ایجنٹ کا قرض کاٹ لیتی ہے، قرض ختم ہی نہیں ہوتا الٹا بڑھتا جا رہا ہے"},
		{"en", "they deduct the agent fee debt from my salary every month and the debt never ends, it keeps going up"},
	} {
		require.Contains(t, Read(c.text).Assessment.Situations, "debt_bondage", "%s: %q", c.lang, c.text)
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "they took passport first day. we work 14-15 hours scamming people online. nobody can go out"},
		{"en", "we have to chat with foreigners for crypto investment, 16 hours a day"},
		{"ur-Latn", "hum se goron se chat karwate hain paise invest karwane ke liye, passport rakh liya"},
	} {
		require.Contains(t, Read(c.text).Assessment.Situations, "forced_scam", "%s: %q", c.lang, c.text)
	}
	for _, text := range []string{
		"mera qarz khatam ho gaya, ab apni tankhwa poori milti hai",
		"I took a loan for the visa, I am paying it back slowly",
		"the agent is scamming people in our village with fake visas",
	} {
		a := Read(text).Assessment
		require.NotContains(t, a.Situations, "debt_bondage", text)
		require.NotContains(t, a.Situations, "forced_scam", text)
	}
}
