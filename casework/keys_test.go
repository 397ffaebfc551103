package casework

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
	"github.com/hoshyar/hoshyar/store"
	"github.com/hoshyar/hoshyar/triage"
)

// A report's keys: what joins it to others into a recruiter's network.
func TestNetworkKeys(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name      string
		text      string
		recruiter string
		want      []store.Key
		not       []store.Key
	}{
		{
			name: "a number money is sent to is a wallet as well as a phone",
			text: "Visa ke liye 3 lakh advance JazzCash pe bhejein 0345-1112233. WhatsApp pe rabta: 0300-1234567",
			want: []store.Key{{Kind: "phone", Value: "+923451112233"}, {Kind: "wallet", Value: "+923451112233"}, {Kind: "phone", Value: "+923001234567"}},
			not:  []store.Key{{Kind: "wallet", Value: "+923001234567"}},
		},
		{
			name: "Easypaisa in Urdu script",
			text: "ایزی پیسہ اکاؤنٹ 03451112233 پر پیسے بھیجیں۔",
			want: []store.Key{{Kind: "wallet", Value: "+923451112233"}},
		},
		{
			name: "an IBAN, spaced or not, and a bank account after its word",
			text: "Fee deposit karein IBAN PK36 SCBL 0000 0011 2345 6702 ya Meezan account no: 0101-2345678901",
			want: []store.Key{{Kind: "iban", Value: "PK36SCBL0000001123456702"}, {Kind: "account", Value: "01012345678901"}},
		},
		{
			name: "a phone number after 'account' is not a bank account",
			text: "JazzCash account 0345-1112233",
			want: []store.Key{{Kind: "wallet", Value: "+923451112233"}},
			not:  []store.Key{{Kind: "account", Value: "03451112233"}},
		},
		{
			name: "an identity card number is never a key",
			text: "Account number 35202-1234567-1 pe bhejo",
			not:  []store.Key{{Kind: "account", Value: "3520212345671"}},
		},
		{
			name: "links, handles and licences",
			text: "Apply at gulf-jobs.pk/apply, follow @gulfjobs786, licence 1234/LHR",
			want: []store.Key{{Kind: "url", Value: "gulf-jobs.pk/apply"}, {Kind: "handle", Value: "@gulfjobs786"}, {Kind: "licence", Value: "1234/LHR"}},
		},
		{
			name:      "the firm named in the advert and by the person, one key",
			text:      "Al-Haram Manpower Services Pvt Ltd needs drivers for Saudi Arabia",
			recruiter: "al-haram manpower services",
			want:      []store.Key{{Kind: "company", Value: "al-haram manpower services"}},
		},
		{
			name: "a kind of firm, or a public body, is no one's name",
			text: "Only licensed Overseas Employment Promoters may recruit; ask the Overseas Employment Corporation or the Bureau of Emigration & Overseas Employment",
			not: []store.Key{{Kind: "company", Value: "overseas employment promoters"}, {Kind: "company", Value: "overseas employment corporation"},
				{Kind: "company", Value: "bureau of emigration & overseas employment"}, {Kind: "company", Value: "licensed overseas employment promoters"}},
		},
		{
			name:      "a person's name is not a firm",
			text:      "Agent ne paise le liye",
			recruiter: "Rashid bhai",
			not:       []store.Key{{Kind: "company", Value: "rashid bhai"}},
		},
	}
	for _, c := range cases {
		keys := networkKeys(c.text, triage.Extract(c.text), c.recruiter)
		for _, k := range c.want {
			require.Contains(t, keys, k, "%s: %v", c.name, keys)
		}
		for _, k := range c.not {
			require.NotContains(t, keys, k, c.name)
		}
		seen := map[store.Key]bool{}
		for _, k := range keys {
			require.False(t, seen[k], "%s: %v twice", c.name, k)
			seen[k] = true
		}
	}
}

// What was asked and paid, in rupees: the person's answers first.
func TestAmounts(t *testing.T) {
	t.Parallel()
	v := func(n int64) *int64 { return &n }
	cases := []struct {
		name        string
		answers     map[string]string
		fee         *triage.Amount
		asked, paid *int64
	}{
		{"answers", map[string]string{"money_asked": "Rs 3,00,000", "paid": "yes", "paid_amount": "Rs 1,00,000"}, nil, v(300000), v(100000)},
		{"the fee triage read", map[string]string{}, &triage.Amount{Value: 250000, Currency: "PKR"}, v(250000), nil},
		{"another currency is not converted", map[string]string{"money_asked": "AED 3,500"}, &triage.Amount{Value: 3500, Currency: "AED"}, nil, nil},
		{"not paid", map[string]string{"paid": "no", "paid_amount": "Rs 5,000"}, nil, nil, nil},
	}
	for _, c := range cases {
		asked, paid := amounts(c.answers, c.fee)
		require.Equal(t, c.asked, asked, c.name)
		require.Equal(t, c.paid, paid, c.name)
	}
	a := assess(&flows.ReportSpec{Kind: flows.KindReport, Text: "Qatar visa, 3 lakh advance JazzCash 0345-1112233",
		Answers: map[string]string{"paid": "yes", "paid_amount": "Rs 1,00,000"}}, nil)
	require.Equal(t, v(300000), a.asked)
	require.Equal(t, v(100000), a.paid)
}

// Only a big platform's bare address is no one's to take down.
func TestPlatformLinks(t *testing.T) {
	t.Parallel()
	for link, want := range map[string]bool{
		"facebook.com": true, "https://www.facebook.com/": true, "wa.me": true,
		"https://www.facebook.com/GulfJobs123": false, "gulf-jobs.pk": false, "wa.me/923001234567": false,
	} {
		require.Equal(t, want, platform(link), link)
	}
}
