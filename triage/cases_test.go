package triage

import (
	"encoding/json"
	"os"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

// caseRow is one realistic message from testdata/cases.json with what
// staff should see. Lists that are absent must come out empty; urls,
// handles, abroad, online and danger are checked only when given.
type caseRow struct {
	Name      string       `json:"name"`
	Lang      string       `json:"lang"` // en, ur, ur-Latn, mixed
	Text      string       `json:"text"`
	Phones    []string     `json:"phones"`
	URLs      *[]string    `json:"urls"`
	Handles   *[]string    `json:"handles"`
	Amounts   []wantAmount `json:"amounts"`
	Countries []string     `json:"countries"`
	Licences  []string     `json:"licences"`
	Payments  []string     `json:"payments"`
	CNICs     []string     `json:"cnics"`
	CaseType  string       `json:"case_type"`
	Urgency   string       `json:"urgency"`
	Flags     []string     `json:"flags"`
	Abroad    *bool        `json:"abroad"`
	Online    *bool        `json:"online"`
	Danger    *[]string    `json:"danger"`
}

type wantAmount struct {
	Value    float64 `json:"value"`
	Currency string  `json:"currency"`
	Text     string  `json:"text"` // checked when given
}

func loadCases(t *testing.T) []caseRow {
	t.Helper()
	data, err := os.ReadFile("testdata/cases.json")
	require.NoError(t, err)
	var rows []caseRow
	require.NoError(t, json.Unmarshal(data, &rows))
	return rows
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func TestCases(t *testing.T) {
	t.Parallel()
	rows := loadCases(t)
	perLang := map[string]int{}
	for _, c := range rows {
		perLang[c.Lang]++
	}
	require.GreaterOrEqual(t, len(rows), 80)
	for _, lang := range []string{"en", "ur", "ur-Latn"} {
		require.GreaterOrEqual(t, perLang[lang], 25, "cases in %s", lang)
	}

	for _, c := range rows {
		t.Run(c.Name, func(t *testing.T) {
			t.Parallel()
			require.NotEmpty(t, c.Text)
			e := Extract(c.Text)
			require.Equal(t, orEmpty(c.Phones), e.Phones, "phones")
			require.Equal(t, orEmpty(c.Countries), e.Countries, "countries")
			require.Equal(t, orEmpty(c.Licences), e.Licences, "licences")
			require.Equal(t, orEmpty(c.Payments), e.Payments, "payments")
			require.Equal(t, orEmpty(c.CNICs), e.CNICs, "cnics")
			if c.URLs != nil {
				require.Equal(t, orEmpty(*c.URLs), e.URLs, "urls")
			}
			if c.Handles != nil {
				require.Equal(t, orEmpty(*c.Handles), e.Handles, "handles")
			}
			require.Len(t, e.Amounts, len(c.Amounts), "amounts: %+v", e.Amounts)
			for i, w := range c.Amounts {
				require.Equal(t, w.Value, e.Amounts[i].Value, "amount %d: %+v", i, e.Amounts[i])
				require.Equal(t, w.Currency, e.Amounts[i].Currency, "amount %d: %+v", i, e.Amounts[i])
				require.NotEmpty(t, e.Amounts[i].Text)
				require.Contains(t, c.Text, e.Amounts[i].Text, "amount text is as written")
				if w.Text != "" {
					require.Equal(t, w.Text, e.Amounts[i].Text, "amount %d text", i)
				}
			}

			// The table pins the rules' reading; the rules and the model
			// together are measured on the corpus (eval_test.go).
			a := rulesOnly(c.Text, e)
			require.Equal(t, c.CaseType, a.CaseType, "case type; flags %+v danger %v", a.Flags, a.Danger)
			require.Equal(t, c.Urgency, a.Urgency, "urgency; danger %v", a.Danger)
			codes := []string{}
			for _, f := range a.Flags {
				codes = append(codes, f.Code)
				require.NotEmpty(t, f.Reason, "flag %s has a reason", f.Code)
			}
			require.ElementsMatch(t, orEmpty(c.Flags), codes, "flags: %+v", a.Flags)
			if c.Abroad != nil {
				require.Equal(t, *c.Abroad, a.Abroad, "abroad")
			}
			if c.Online != nil {
				require.Equal(t, *c.Online, a.Online, "online")
			}
			if c.Danger != nil {
				require.Equal(t, orEmpty(*c.Danger), a.Danger, "danger")
			}
			require.Equal(t, a.Urgency != UrgencyRoutine, len(a.Danger) > 0, "danger reasons exactly when not routine")

			// Emergency agrees with Assess on emergencies.
			em, reasons := Emergency(c.Text)
			require.Equal(t, c.Urgency == UrgencyEmergency, em, "Emergency: %v", reasons)
		})
	}
}

// rulesOnly is Assess without the model.
func rulesOnly(text string, e Entities) Assessment {
	a := newAnalysis(text, e.Amounts)
	a.collect(lex.all)
	r := a.rules(e)
	if ctx := a.lowered(); ctx != "" && r.Urgency == UrgencyEmergency {
		return a.decideWith(nil, e, r)
	}
	return r.Assessment
}

// A boat from the Makran coast to Oman or Iran, a nakhuda, a launch that
// left Jiwani, a departure from Zuwara for Lampedusa are a smuggler's
// journey in the three languages; a fishing job on boats in Oman is not.
func TestSmugglingByBoat(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"پسنی اور اورماڑہ میں کچھ ناخدا رات کو لوگوں کو عمان لے جاتے ہیں، فی بندہ ایک لاکھ بیس ہزار",
		"ابا کہتے تھے جمعرات تک عمان کے کنارے پہنچ جائیں گے۔ کشتی پسنی سے منگل کی رات نکلی تھی",
		"گوادر سے لانچ میں ایران جا رہے ہیں، ایجنٹ کو پیسے دیے",
		"in Pishukan some boat owners are taking people at night to Oman coast, 1.5 lakh per head",
		"my cousin paid the nakhuda 2 lakh, the launch left Jiwani last night",
		"Brother left from Zuwara Tuesday night, said he will call when he reaches Lampedusa",
		"bhai log Pasni se Oman wali launch ka bata rahe dedh lakh me, raat ko nikalti hai",
		"chacha Gwadar se kashti pe nikla tha Iran k liye, nakhoda ka number band hai",
	} {
		a := rulesOnly(s, Extract(s))
		require.Equal(t, CaseSmuggling, a.CaseType, "%q", s)
	}
	for _, s := range []string{
		"'گلف روٹس اوورسیز' کوئٹہ، لائسنس 4408/QTA، عمان میں ماہی گیری کشتیوں پر کام کے لیے بندے لے رہے ہیں۔ کیا یہ لائسنس درست ہے؟",
		"Oman me fishing company ko boat pe kaam ke liye helper chahiye, licence 1234/KHI, kya ye sahi hai?",
	} {
		a := rulesOnly(s, Extract(s))
		require.NotEqual(t, CaseSmuggling, a.CaseType, "%q", s)
	}
}

// A family made to work for a landlord because of a debt that grows or
// that binds them ("قرض اتارے بغیر زمین نہیں چھوڑ سکتے", "baap pe qarz
// hai") is forced labour at home, and a child in it is in danger.
func TestLandlordDebtIsForcedLabour(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"ٹنڈو محمد خان میں ہمارا خاندان زمیندار کی زمین پر ہاری ہے۔ وہ ہر سال قرضہ بڑھا دیتا ہے، کہتا ہے قرض اتارے بغیر زمین نہیں چھوڑ سکتے",
		"ہمارے گاؤں کے دس سال کے بچے کو زمیندار اپنے ڈیرے پر کام کرواتا ہے کیونکہ باپ پر قرض ہے",
		"zamindar har saal qarza barha deta hai, kehta hai qarz utare baghair zameen nahi chor sakte",
		"Sanghar me ek bacha wadera ke ghar kaam karta hai kyun k uske baap pe qarz hai",
		"in Badin a hari family cannot leave the land, the landlord says their debt is 3 lakh",
		"a 12 year old boy works at the landlord's dera because his father owes the landlord",
	} {
		a := rulesOnly(s, Extract(s))
		require.Equal(t, CaseForcedLabour, a.CaseType, "%q", s)
	}
	s := "ہمارے گاؤں کے دس سال کے بچے کو زمیندار اپنے ڈیرے پر کام کرواتا ہے کیونکہ باپ پر قرض ہے"
	ok, reasons := Emergency(s)
	require.True(t, ok, "%v", reasons)
}

// A threat to take a family member if a complaint is made is extortion
// ("no one is kidnapped yet" takes nobody).
func TestThreatToTakeAFamilyMember(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"ایجنٹ کہتا ہے ایف آئی اے گئے تو تمہارے گھر والوں کو اٹھوا لوں گا۔ ابھی تک کسی کو کچھ نہیں ہوا",
		"agent kehta hai FIA gaye to teri behan ko utha lunga, abhi kisi ko kuch nahi hua",
		"the agent threatens that if I go to FIA he will pick up my younger sister. no one is kidnapped yet",
	} {
		a := rulesOnly(s, Extract(s))
		require.Equal(t, CaseRansom, a.CaseType, "%q", s)
		require.NotContains(t, a.Situations, "kidnap_ransom", "%q", s)
	}
}

// A passport left with a promoter to have a visa stamped, or one a worker
// keeps herself, is not a passport taken; one an employer keeps still is.
func TestPassportNotTaken(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"میرا پاسپورٹ ان کے پاس کویت کا ویزا لگوانے کے لیے ہے",
		"mera passport unke paas Kuwait ka visa lagwane ke liye hai",
		"امی جدہ میں کام کرتی ہیں، پاسپورٹ امی کے اپنے پاس ہے",
		"ammi Jeddah me hain, passport ammi ke apne paas hai",
		"ابھی تک مارا پیٹا نہیں",
		"abhi tak maara peeta nahi, bas kaam zyada hai",
	} {
		a := rulesOnly(s, Extract(s))
		require.NotContains(t, a.Situations, "documents_taken", "%q", s)
		require.NotContains(t, a.Situations, "violence", "%q", s)
	}
	for _, s := range []string{
		"کفیل نے پاسپورٹ اپنے پاس رکھ لیا ہے",
		"the kafeel keeps my passport",
	} {
		a := rulesOnly(s, Extract(s))
		require.Contains(t, a.Situations, "documents_taken", "%q", s)
	}
}

// An Umrah, Hajj or ziyarat visa with work to be found there is a job on
// a visit visa (red flag 4), in the three languages; a pilgrimage alone is
// not.
func TestPilgrimVisaForWork(t *testing.T) {
	t.Parallel()
	has := func(fs []Flag) bool {
		return slices.ContainsFunc(fs, func(f Flag) bool { return f.Code == FlagVisitVisaWork })
	}
	for _, s := range []string{
		"agent keh raha hai umrah visa pe chale jao wahan ja k kafeel mil jaye ga, 2.5 lakh me umrah + job",
		"عمرہ ویزا پر چلے جاؤ، وہاں نوکری مل جائے گی، ایجنٹ دو لاکھ مانگ رہا ہے",
		"A travel agent is selling Hajj visa for 6 lakh, he says the job will be found there",
	} {
		a := rulesOnly(s, Extract(s))
		require.True(t, has(a.Flags), "%q: %v", s, a.Flags)
	}
	for _, s := range []string{
		"going for umrah with my mother next month, the umrah visa is done",
		"امی ابو عمرہ ویزا پر جا رہے ہیں، دعا کریں",
	} {
		a := rulesOnly(s, Extract(s))
		require.False(t, has(a.Flags), "%q: %v", s, a.Flags)
	}
}

// "Visa free", "visa and ticket free", "ویزا اور ٹکٹ فری" promise a free
// visa (red flag 3) as "free visa" does.
func TestVisaFreeIsAFreeVisa(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Auraton k liye Dubai me housemaid jobs, salary 2500 dirham, visa free ticket free, sirf whatsapp 0333 9081246",
		"دبئی میں ایک فیملی کو بچوں کی دیکھ بھال کے لیے خاتون چاہیے، تنخواہ ۲۰۰۰ درہم، ویزا اور ٹکٹ فری، صرف واٹس ایپ",
		"Cleaners needed for Doha, visa and ticket free, salary 1500 riyal, WhatsApp only",
	} {
		a := rulesOnly(s, Extract(s))
		require.True(t, slices.ContainsFunc(a.Flags, func(f Flag) bool { return f.Code == FlagGuaranteedVisa }), "%q: %v", s, a.Flags)
	}
}

// "Is the licence real or not" asks; it does not say there is no licence.
func TestLicenceOrNotIsAQuestion(t *testing.T) {
	t.Parallel()
	has := func(fs []Flag) bool {
		return slices.ContainsFunc(fs, func(f Flag) bool { return f.Code == FlagNoLicence })
	}
	for _, s := range []string{
		"بس یہ بتا دیں کہ 'الفلاح مین پاور' سکھر کا لائسنس اصلی ہے یا نہیں؟ سعودیہ کا ویزا دینے کا کہا تھا، لائسنس 1234/SKR",
		"Al Falah Manpower Sukkur, licence 1234/SKR, ye licence asli hai ya nahi? Saudi visa ka keh rahe",
		"Al Falah Manpower Sukkur, licence 1234/SKR, Saudi visa: is their licence valid or not?",
	} {
		a := rulesOnly(s, Extract(s))
		require.False(t, has(a.Flags), "%q: %v", s, a.Flags)
	}
	for _, s := range []string{
		"ایجنٹ کے پاس کوئی لائسنس نہیں، سعودیہ کا ویزا دینے کا کہتا ہے",
		"is agent ka licence nahi hai, Saudi visa ke 3 lakh mang raha hai",
		"he has no licence and wants 3 lakh for a Saudi visa",
	} {
		a := rulesOnly(s, Extract(s))
		require.True(t, has(a.Flags), "%q: %v", s, a.Flags)
	}
}
