package casework

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
	"github.com/hoshyar/hoshyar/lang"
	"github.com/hoshyar/hoshyar/store"
)

// A number the person gives as their own or their family's is no
// recruiter's: not among the report's phones, never a key (a phone or a
// wallet) that links reports or that a captor could look up; and in the
// account the agencies read it is masked unless the person agreed to be
// contacted. A number they confirmed as the agent's is kept whatever their
// words say.
func TestOwnNumberIsNoRecruitersAndStaysPrivate(t *testing.T) {
	t.Parallel()
	keyed := func(a assessment, phone string) bool {
		return slices.ContainsFunc(a.keys, func(k store.Key) bool { return k.Value == phone })
	}
	for _, c := range []struct {
		text, own, agent string
	}{
		{"Dubai driver job ka ad tha, agent Rashid ne 1 lakh maange, uska number 0345-7712098. mera number 0302-1234567 hai agar call karni ho", "+923021234567", "+923457712098"},
		{"his no 0345 7712098 on whatsapp. my own no is 0302 1234567 if u need 2 call me", "+923021234567", "+923457712098"},
		{"ایجنٹ کا نمبر ۰۳۴۵۷۷۱۲۰۹۸ ہے، اس نے دو لاکھ مانگے۔ میرا نمبر ۰۳۰۲۱۲۳۴۵۶۷ ہے", "+923021234567", "+923457712098"},
		{"agent ne 80 hazar jazzcash krwaye 0345-7712098 pe. refund ho to mera jazzcash number 0302-1234567 h", "+923021234567", "+923457712098"},
		{"0345 7712098 is the agent, Qatar visa 3 lakh. 0302 1234567 is my brother's, he will talk", "+923021234567", "+923457712098"},
	} {
		for _, consent := range []string{flows.ChoiceNo, flows.ChoiceYes} {
			spec := &flows.ReportSpec{Kind: flows.KindReport, Text: c.text, Answers: map[string]string{"consent": consent}, Consent: consent == flows.ChoiceYes}
			a := assess(spec, nil)
			require.Equal(t, []string{c.agent}, a.entities.Phones, c.text)
			require.True(t, keyed(a, c.agent), c.text)
			require.False(t, keyed(a, c.own), c.text)
			if consent == flows.ChoiceYes {
				require.Contains(t, a.summary, c.text[len(c.text)-20:], c.text)
			} else {
				require.Contains(t, a.summary, ownNumberMark, c.text)
				require.NotContains(t, lang.Digits(a.summary), "1234567", c.text)
				require.Contains(t, lang.Digits(a.summary), "7712098", c.text) // the agent's stays
			}
		}
	}

	// Confirmed as the agent's when asked: kept, whatever the words say.
	spec := &flows.ReportSpec{Kind: flows.KindReport, Text: "mera number 0302-1234567 pe agent ne call ki thi",
		Answers: map[string]string{"consent": flows.ChoiceNo, "phones": "+923021234567"}}
	require.Contains(t, assess(spec, nil).entities.Phones, "+923021234567")

	// A plea: masked unless the person agreed to be reached (any way but
	// "none", as the contact is shown, flows.ReportSpec.Consent).
	plea := "main Riyadh me phansa hun, kafeel ne passport rakh liya. mera no 0302 1234567 sirf msg krna"
	for contact, masked := range map[string]bool{"here": false, "discreet": false, "none": true, "number": false} {
		a := assess(&flows.ReportSpec{Kind: flows.KindHelp, Text: plea, Answers: map[string]string{"contact": contact, "where": "abroad"}, Consent: contact != "none"}, nil)
		require.NotContains(t, a.entities.Phones, "+923021234567", contact)
		require.Equal(t, masked, !strings.Contains(a.summary, "1234567"), contact)
	}
}

// MaskOwnNumbers, message by message, as the agencies read a thread of a
// reporter who did not agree to be contacted.
func TestMaskOwnNumbers(t *testing.T) {
	t.Parallel()
	got := MaskOwnNumbers("uska no 0345-7712098 h. mera number 0302-1234567 hai agar call karni ho", "")
	require.Contains(t, got, "0345-7712098")
	require.NotContains(t, got, "1234567")
	require.Contains(t, got, ownNumberMark)
	require.Equal(t, "mera number 0302-1234567 pe agent ne call ki", MaskOwnNumbers("mera number 0302-1234567 pe agent ne call ki", "+923021234567"))
	require.Equal(t, "agent ka number 0345-7712098", MaskOwnNumbers("agent ka number 0345-7712098", ""))
}
