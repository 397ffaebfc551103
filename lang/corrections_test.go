package lang

import (
	"strings"
	"testing"
)

// The last value said wins: of the items of one kind an answer names (here
// each "[…]" marks one), Retracted tells which are taken back, in English,
// Urdu script and Roman Urdu, for sums, countries and numbers alike.
func TestRetractedLastValueWins(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, c := range []struct {
		text string
		kept string // the items kept, joined by "|"
	}{
		{"[4 lakh], sorry [4.5 lakh], for visa", "4.5 lakh"},
		{"[3 lakh]... sorry [3.2 lakh] visa ka", "3.2 lakh"},
		{"[150000] no sorry [180000]", "180000"},
		{"[Qatar], I mean [Bahrain]", "Bahrain"},
		{"[Qatar], correction: [Oman]", "Oman"},
		{"they asked [3 lakh], not [4 lakh]", "3 lakh"},
		{"not [3 lakh] but [4 lakh]", "4 lakh"},
		{"[0301 1234567] my bad, [0302 7654321]", "0302 7654321"},
		{"pehle [Qatar] keh raha tha... nahi [Bahrain]", "Bahrain"},
		{"[1.8 lakh] cash diye... nahi 1.8 nahi, [2 lakh], [20 hazar] baad me bhi diye the", "2 lakh|20 hazar"},
		{"[2 lakh], galat likha, [2.5 lakh]", "2.5 lakh"},
		{"[saudia] nahi balke [qatar]", "qatar"},
		{"[50 hazar] matlab [60 hazar]", "60 hazar"},
		{"[پانچ لاکھ]، غلط لکھا، [ساڑھے پانچ لاکھ]", "ساڑھے پانچ لاکھ"},
		{"پہلے [قطر] کہہ رہا تھا... نہیں [بحرین]", "بحرین"},
		{"[قطر]، معاف کیجیے، [عمان]", "عمان"},
		{"[تین لاکھ] نہیں بلکہ [ساڑھے تین لاکھ]", "ساڑھے تین لاکھ"},
		{"[۰۳۰۱۱۲۳۴۵۶۷] سوری [۰۳۰۲۷۶۵۴۳۲۱]", "۰۳۰۲۷۶۵۴۳۲۱"},
		// nothing taken back
		{"[Dubai] and [Qatar]", "Dubai|Qatar"},
		{"pehle [20k] phir [35k]", "20k|35k"},
		{"[2 lakh], no receipt, [50 hazar] baki", "2 lakh|50 hazar"},
		{"[50 hazar] maange. nahi diye abhi", "50 hazar"},
		// a "no" that ends the answer after an item drops it
		{"country [Kuwait] hai, [Saudi] nahi", "Kuwait"},
		{"it is [kuwait], [saudi] no", "kuwait"},
		{"mulk [kuwait] he [saudia] nai", "kuwait"},
		{"[کویت] ہے، [سعودی عرب] نہیں", "کویت"},
		{"ملک [کویت] ہے [سعودیہ] نہیں ہے", "کویت"},
		{"[2 lakh] diye, [50 hazar] nahi", "2 lakh"},
		{"[3 lakh] mange, [1 lakh] nahi diye", "3 lakh|1 lakh"},
	} {
		text, spans, items := marked(c.text)
		repl := r.Read(text).Retracted(spans)
		var kept []string
		for i, it := range items {
			if _, ok := repl[i]; !ok {
				kept = append(kept, it)
			}
		}
		if got := strings.Join(kept, "|"); got != c.kept {
			t.Errorf("%q: kept %q, want %q", c.text, got, c.kept)
		}
	}
}

// marked takes the "[…]" marks out of text and returns the items' spans.
func marked(s string) (string, [][2]int, []string) {
	var b strings.Builder
	var spans [][2]int
	var items []string
	start := -1
	for _, r := range s {
		switch r {
		case '[':
			start = b.Len()
		case ']':
			spans = append(spans, [2]int{start, b.Len()})
			items = append(items, b.String()[start:])
		default:
			b.WriteRune(r)
		}
	}
	return b.String(), spans, items
}

// The name of an account or a page said before "naam ka account" ends
// there, and a name written or said after a "don't know" is a name.
func TestNameOfAccountAndNameAfterUnknown(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]string{
		"Fast Riders UAE naam ka account hai":                "Fast Riders UAE",
		"Gulf Jobs naam ki id hai tiktok pe":                 "Gulf Jobs",
		"Ali naam ka banda tha":                              "Ali",
		"فاسٹ رائیڈرز نام کا اکاؤنٹ ہے انسٹا پر":             "فاسٹ رائیڈرز",
		"گلف جابز نام سے پیج ہے":                             "گلف جابز",
		"an account called Fast Riders UAE":                  "Fast Riders UAE",
		"a page named Gulf Jobs":                             "Gulf Jobs",
		"pata nahi, site pe OEC Korea Jobs likha tha":        "OEC Korea Jobs",
		"maloom nahi, poster pe Star Manpower likha hua tha": "Star Manpower",
		"not sure, the page said Gulf Jobs Pakistan":         "Gulf Jobs Pakistan",
		"no idea, his card said Star Manpower":               "Star Manpower",
		"پتہ نہیں، کارڈ پر الفلاح ٹریولز لکھا تھا":           "الفلاح ٹریولز",
		"معلوم نہیں، پوسٹر پر سٹار مین پاور لکھا ہوا تھا":    "سٹار مین پاور",
		"Al Noor, sorry I mean Al Huda Travels":              "Al Huda Travels",
		"النور، معاف کیجیے، الہدیٰ ٹریولز":                   "الہدیٰ ٹریولز",
		"Al Noor, galat likha, Al Huda Travels":              "Al Huda Travels",
	} {
		head, _ := r.Read(text).NameParts()
		if head != want {
			t.Errorf("NameParts(%q) = %q, want %q", text, head, want)
		}
	}
}
