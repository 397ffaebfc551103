package webchat

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestLinkerParts(t *testing.T) {
	t.Parallel()
	l := newLinker([]string{"15", "1122", "1799", "999", "051-9207887", "0800-55055"})
	tel := func(text, to string) part { return part{Text: text, Tel: to} }
	txt := func(text string) part { return part{Text: text} }
	ref := func(text string) part { return part{Text: text, Ref: true} }
	tests := []struct {
		name string
		in   string
		want []part
	}{
		{"the help answer", "call Police 15 or Rescue 1122. Outside Pakistan, the crisis cell on +92-51-9207887. FIA helpline: 051-111-247-786.",
			[]part{txt("call Police "), tel("15", "15"), txt(" or Rescue "), tel("1122", "1122"),
				txt(". Outside Pakistan, the crisis cell on "), tel("+92-51-9207887", "+92519207887"),
				txt(". FIA helpline: "), tel("051-111-247-786", "+9251111247786"), txt(".")}},
		{"Urdu text, Urdu digits", "پولیس ۱۵ یا ریسکیو ۱۱۲۲ پر کال کریں، یا ۰۳۰۰-۱۲۳۴۵۶۷",
			[]part{txt("پولیس "), tel("۱۵", "15"), txt(" یا ریسکیو "), tel("۱۱۲۲", "1122"), txt(" پر کال کریں، یا "), tel("۰۳۰۰-۱۲۳۴۵۶۷", "+923001234567")}},
		{"mobile with spaces", "his number 0345 1112233 and +966 11 488 7272",
			[]part{txt("his number "), tel("0345 1112233", "+923451112233"), txt(" and "), tel("+966 11 488 7272", "+966114887272")}},
		{"00 prefix", "0092 51 9207887", []part{tel("0092 51 9207887", "+92519207887")}},
		{"toll-free stays national", "PTA 0800-55055", []part{txt("PTA "), tel("0800-55055", "080055055")}},
		{"two short numbers side by side", "1122 15", []part{tel("1122", "1122"), txt(" "), tel("15", "15")}},
		{"a reference", "Your reference is HSY-7KQ3MZ. Call 15 in danger.",
			[]part{txt("Your reference is "), ref("HSY-7KQ3MZ"), txt(". Call "), tel("15", "15"), txt(" in danger.")}},
		{"reference in Urdu", "آپ کا حوالہ HSY-FK54U4 ہے", []part{txt("آپ کا حوالہ "), ref("HSY-FK54U4"), txt(" ہے")}},
		{"amounts, counts and dates stay text", "Rs 15,000 paid on 12/2024 at 10:30, 2500000 asked, 15% off, Rs15, 3 reports, 1122nd, 112",
			[]part{txt("Rs 15,000 paid on 12/2024 at 10:30, 2500000 asked, 15% off, Rs15, 3 reports, 1122nd, 112")}},
		{"a short number with a dash is not one", "15-1122", []part{txt("15-1122")}},
		{"too short for international", "+92 51", []part{txt("+92 51")}},
		{"no digits", "Assalam o alaikum!", []part{txt("Assalam o alaikum!")}},
		{"a lone plus", "1 + 1", []part{txt("1 + 1")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := l.parts(tt.in)
			require.Equal(t, tt.want, got)
			var joined strings.Builder
			for _, p := range got {
				joined.WriteString(p.Text)
			}
			require.Equal(t, tt.in, joined.String(), "the parts are the text")
		})
	}
	require.Nil(t, l.parts(""))
}

func TestDirection(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"آپ کی رپورٹ درج ہو گئی":             "rtl",
		"HSY-7KQ3MZ آپ کی رپورٹ کا حوالہ ہے": "rtl", // dir=auto would read the H
		"Assalam o alaikum":                  "ltr",
		"FIA helpline: 051-111-247-786":      "ltr",
		"Language / زبان":                    "ltr",
		"15 / 1122":                          "auto",
		"":                                   "auto",
		"ایف آئی اے ہیلپ لائن: FIA 051-111-247-786": "rtl",
	} {
		require.Equal(t, want, direction(in), in)
	}
}
