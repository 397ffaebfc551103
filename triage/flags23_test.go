package triage

import (
	"slices"
	"testing"
)

// A "smuggler" said in anger of a licensed promoter or of a job scam with
// no journey of its own is no irregular route (blind23 EN-034, RU-034,
// UR-031); a smuggler's crossing still is.
func TestSmugglerAsSlurIsNoRoute(t *testing.T) {
	has := func(text string) bool {
		a := Assess(text, Extract(text))
		return slices.ContainsFunc(a.Flags, func(f Flag) bool { return f.Code == FlagIrregularRoute })
	}
	for _, text := range []string{
		"These smugglers at Crescent Manpower (lic 3310/LHR) took 3.8 lakh from me, receipt only 20,000. In Riyadh they made me a cleaner, not a driver.",
		"Golden Overseas Employment Promoters licence 1187/ISB are real smugglers, took 4 lakh for Qatar and gave another job there",
		"ye Gulf Star Overseas walay (lic 2207/LHR) asli smuggler hain, 4 lakh le kar Dubai bheja aur wahan kaam hi koi aur diya, raseed sirf 20 hazar ki",
		"Al Falah Manpower lic 3391/RWP wale smuglar hain, 3.5 lac liye aur Oman me mazdoori pe laga diya",
		"یہ النور اوورسیز (لائسنس 2210/LHR) والے اسمگلر ہیں، چار لاکھ لے کر سعودیہ بھیجا اور وہاں کام کوئی اور دیا",
		"میرے ساتھ انسانی اسمگلنگ ہو گئی، فیس بک پر ایک کمپنی نے کینیڈا کے ورک پرمٹ کے نام پر ڈیڑھ لاکھ لے لیے اور اب نمبر بند ہے",
	} {
		if has(text) {
			t.Errorf("irregular route on %q", text)
		}
	}
	for _, text := range []string{
		"My brother is in a house in Tehran with 15 others. We gave 12 lakh, now the smuggler wants 3 lakh more before taking them to Turkey.",
		"smuggler ne 20 lakh liye Italy bhejne ke, Libya se boat pe bithaya, ab 3 din se rabta nahi",
	} {
		if !has(text) {
			t.Errorf("no irregular route on %q", text)
		}
	}
}

// Money taken above what is due by a promoter, told without a sum
// ("پروموٹر نے زیادہ پیسے لیے", blind23 UR-035), is a fee before contract,
// as blind4-22 mark 5 of their 6 such accounts.
func TestOverchargedIsFee(t *testing.T) {
	for _, text := range []string{
		"The licensed promoter took more money than the legal fee, where can I complain?",
		"OEP lic 2231/LHR charged us extra fees for the Saudi visa, how to complain?",
		"licensed promoter overcharged my brother for the Oman visa, where to complain",
		"پروموٹر نے زیادہ پیسے لیے، شکایت کہاں کروں؟",
		"لائسنس یافتہ پروموٹر نے ہم سے اضافی رقم وصول کی، کہاں شکایت کریں",
		"OEP walon ne zyada paise liye, complaint kahan karun?",
		"promoter ne ziada pesay liye saudi visa ke, shikayat kahan krun",
	} {
		a := Assess(text, Extract(text))
		if !slices.ContainsFunc(a.Flags, func(f Flag) bool { return f.Code == FlagFeeBefore }) {
			t.Errorf("no fee on %q (%s %v)", text, a.CaseType, a.Flags)
		}
	}
}

// An official body named in another clause than the job, as the one that
// found the fraud ("ایئرپورٹ پر ایف آئی اے نے بتایا کہ جعلی ہے", blind23
// UR-036), is no one claiming to recruit for it: blind4-22 mark
// impersonation on none of their 53 document frauds that name the FIA, an
// airport, VFS or an embassy. A job offered in its name still is.
func TestOfficialInAnotherClauseIsNoImpersonation(t *testing.T) {
	imp := func(text string) bool {
		a := Assess(text, Extract(text))
		return slices.ContainsFunc(a.Flags, func(f Flag) bool { return f.Code == FlagImpersonation })
	}
	for _, text := range []string{
		"ایجنٹ نے برطانیہ کا کیئر ورکر ویزا دیا، ایئرپورٹ پر ایف آئی اے نے بتایا کہ جعلی ہے۔ ۲۲ لاکھ لیے تھے اس نے",
		"ایجنٹ نے اٹلی کا ورک ویزا لگوایا، ایف آئی اے والوں نے بتایا کہ جعلی ہے، ۱۵ لاکھ دیے تھے",
		"agent ne Italy ka worker visa diya, FIA ne airport pe bataya fake hai. 12 lakh liye the",
		"The agent gave me a UK care worker visa, at the airport FIA told me it is fake. I paid 20 lakh",
	} {
		if imp(text) {
			t.Errorf("impersonation on %q", text)
		}
	}
	for _, text := range []string{
		"FIA mein naukriyan, registration fee 2000 jama karwayen, rabta 0300-1234567",
		"ایف آئی اے میں نوکریاں، رجسٹریشن فیس ۲۰۰۰ جمع کروائیں",
	} {
		if !imp(text) {
			t.Errorf("no impersonation on %q", text)
		}
	}
}
