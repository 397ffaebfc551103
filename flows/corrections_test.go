package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Found in blind rounds (test20 conversations, test4 answers): the last
// value said wins, for every kind of answer; a sum called the total wins
// over its parts; a name written on the page stands after a "don't know";
// more wordings of don't know, skip and cancel.
func TestLastValueSaidWins(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ node, locale, text, slot, want string }{
		{flows.NodeReportMoney, "en", "4 lakh, sorry 4.5 lakh, for visa", "money_asked", "Rs 4,50,000"},
		{flows.NodeReportMoney, "en", "150000 no sorry 180000", "money_asked", "Rs 1,80,000"},
		{flows.NodeReportMoney, "en", "not 3 lakh but 4 lakh", "money_asked", "Rs 4,00,000"},
		{flows.NodeReportMoney, "ur", "۱۵۰۰۰۰ نہیں سوری ۱۸۰۰۰۰", "money_asked", "Rs 1,80,000"},
		{flows.NodeReportMoney, "ur-Latn", "150000 nahi sorry 180000", "money_asked", "Rs 1,80,000"},
		{flows.NodeReportPaidHow, "en", "jazzcash 50000 sorry 60000", "paid_amount", "Rs 60,000"},
		{flows.NodeReportPaid, "en", "yes 150000 no sorry 180000", "paid_amount", "Rs 1,80,000"},
		{flows.NodeReportPaid, "ur", "جی ۵۰۰۰۰ دیے، سوری ۶۰۰۰۰", "paid_amount", "Rs 60,000"},
		{flows.NodeReportMoney, "en", "they asked 3 lakh, not 4 lakh", "money_asked", "Rs 3,00,000"},
		{flows.NodeReportMoney, "ur-Latn", "3 lakh... sorry 3.2 lakh visa ka", "money_asked", "Rs 3,20,000"},
		{flows.NodeReportMoney, "ur-Latn", "2 lakh, galat likha, 2.5 lakh", "money_asked", "Rs 2,50,000"},
		{flows.NodeReportMoney, "ur", "پانچ لاکھ، غلط لکھا، ساڑھے پانچ لاکھ", "money_asked", "Rs 5,50,000"},
		{flows.NodeReportCountry, "ur-Latn", "pehle Qatar keh raha tha... nahi Bahrain", "country", "Bahrain"},
		{flows.NodeReportCountry, "en", "Qatar, sorry I mean Oman", "country", "Oman"},
		{flows.NodeReportCountry, "en", "not Qatar but Oman", "country", "Oman"},
		{flows.NodeReportCountry, "ur", "پہلے قطر کہہ رہا تھا... نہیں بحرین", "country", "بحرین"},
		{flows.NodeReportCountry, "ur", "قطر، معاف کیجیے، عمان", "country", "عمان"},
		{flows.NodeReportCountry, "en", "Dubai and Qatar", "country", "UAE, Qatar"},
		{flows.NodeReportPhonesAsk, "en", "03011234567, sorry I mean 03027654321", "phones", "+923027654321"},
		{flows.NodeReportPhonesAsk, "ur", "۰۳۰۱۱۲۳۴۵۶۷ نہیں بلکہ ۰۳۰۲۷۶۵۴۳۲۱", "phones", "+923027654321"},
		{flows.NodeReportPhones, "ur-Latn", "nahi, 03011234567 nahi 03027654321 hai uska", "phones", "+923027654321"},
		{flows.NodeReportPaidHow, "ur-Latn", "1.8 lakh cash diye... nahi 1.8 nahi, 2 lakh, 20 hazar baad me bhi diye the", "paid_amount", "Rs 2,00,000"},
		{flows.NodeReportPaidHow, "en", "paid 50000 by jazzcash, sorry, 60000", "paid_amount", "Rs 60,000"},
		{flows.NodeReportPaidHow, "ur", "جاز کیش سے پچاس ہزار، نہیں بلکہ ساٹھ ہزار دیے", "paid_amount", "Rs 60,000"},
		{flows.NodeReportRecruiter, "en", "Al Noor Travels, sorry I mean Al Huda Travels", "recruiter", "Al Huda Travels"},
		// totals
		{flows.NodeReportMoney, "en", "25 thousand first then 40 thousand, so 65000 altogether", "money_asked", "Rs 65,000"},
		{flows.NodeReportMoney, "ur", "پہلے تیس ہزار پھر پینتالیس ہزار، کل ملا کے پچھتر ہزار", "money_asked", "Rs 75,000"},
		{flows.NodeReportMoney, "ur-Latn", "pehle 20k phir 35k, total 55 hazar", "money_asked", "Rs 55,000"},
		{flows.NodeReportMoney, "ur-Latn", "pehle 30 hazar phir 45 hazar, kul mila ke 75 hazar", "money_asked", "Rs 75,000"},
		// names
		{flows.NodeReportRecruiter, "ur-Latn", "Fast Riders UAE naam ka account hai", "recruiter", "Fast Riders UAE"},
		{flows.NodeReportRecruiter, "ur", "فاسٹ رائیڈرز نام کا اکاؤنٹ ہے", "recruiter", "فاسٹ رائیڈرز"},
		{flows.NodeReportRecruiter, "en", "an account called Fast Riders UAE", "recruiter", "Fast Riders UAE"},
		{flows.NodeReportRecruiter, "ur-Latn", "pata nahi, site pe OEC Korea Jobs likha tha", "recruiter", "OEC Korea Jobs"},
		{flows.NodeReportRecruiter, "en", "not sure, the page said Gulf Jobs Pakistan", "recruiter", "Gulf Jobs Pakistan"},
		{flows.NodeReportRecruiter, "ur", "پتہ نہیں، کارڈ پر الفلاح ٹریولز لکھا تھا", "recruiter", "الفلاح ٹریولز"},
		{flows.NodeReportRecruiter, "ur-Latn", "Gulf Jobs naam ki id hai tiktok pe", "recruiter", "Gulf Jobs"},
		{flows.NodeReportRecruiter, "ur", "معلوم نہیں، پوسٹر پر سٹار مین پاور لکھا ہوا تھا", "recruiter", "سٹار مین پاور"},
		{flows.NodeReportRecruiter, "ur-Latn", "pata nahi kya naam tha", "recruiter", ""},
		{flows.NodeReportRecruiter, "en", "sorry i dont know the name", "recruiter", ""},
	} {
		r := at(t, c.node, c.locale, c.text)
		require.Equal(t, c.want, answers(r)[c.slot], "%s %s: %q", c.node, c.locale, c.text)
	}
}

// Don't know, skip and cancel in more words: the question moves on with
// nothing kept, or the report is thrown away.
func TestMoreWaysToPass(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ node, locale, text, next string }{
		{flows.NodeReportSeen, "en", "cant recall honestly", flows.NodeReportRecruiter},
		{flows.NodeReportSeen, "ur-Latn", "zehan mein nahi hai", flows.NodeReportRecruiter},
		{flows.NodeReportSeen, "ur", "ذہن میں نہیں", flows.NodeReportRecruiter},
		{flows.NodeReportMoney, "en", "dont want to say", flows.NodeReportPaid},
		{flows.NodeReportMoney, "ur-Latn", "ye batana nahi chahta", flows.NodeReportPaid},
		{flows.NodeReportMoney, "ur", "یہ بتانا نہیں چاہتا", flows.NodeReportPaid},
		{flows.NodeReportConsent, "en", "let me skip this for now", flows.NodeReportSummary},
		{flows.NodeReportConsent, "ur-Latn", "abhi ke liye skip karo", flows.NodeReportSummary},
		{flows.NodeReportConsent, "ur", "فی الحال چھوڑ دیں", flows.NodeReportSummary},
		{flows.NodeReportPhones, "en", "not sure, he kept changing numbers", flows.NodeReportCountry},
		{flows.NodeReportPhones, "ur", "پتہ نہیں", flows.NodeReportCountry},
	} {
		r := at(t, c.node, c.locale, c.text)
		require.Equal(t, c.next, r.State.Node, "%s %s: %q", c.node, c.locale, c.text)
		require.Empty(t, answers(r)[flows.Slot(c.node)], "%s %s: %q", c.node, c.locale, c.text)
	}
	for _, c := range []struct{ locale, text string }{
		{"en", "delete this, i dont want to report anymore"},
		{"ur-Latn", "delete kar do, report nahi karni"},
		{"ur", "ڈیلیٹ کر دیں، مجھے رپورٹ نہیں کرنی"},
	} {
		r := at(t, flows.NodeReportSummary, c.locale, c.text)
		require.Nil(t, r.State.Draft, "%s: %q", c.locale, c.text)
		for _, e := range r.Effects {
			require.NotEqual(t, flows.EffectCreateReport, e.Kind, "%s: %q", c.locale, c.text)
		}
	}
}
