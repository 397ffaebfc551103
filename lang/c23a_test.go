package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A Certificate of Sponsorship is a visa's paper, as a visa or a permit
// is: one handed over that turned out fake is a fake document (C23-006).
// An offer or sponsor letter stays the job's paper (C20-025).
func TestFakeSponsorshipCertificate(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]bool{
		"An agency gave me a Certificate of Sponsorship for UK care worker visa, but the CoS turned out fake": true,
		"the CoS they sent was fake":                            true,
		"agent ne UK ka CoS diya tha, check kiya to jali nikla": true,
		"CoS fake nikla, 3 lakh de chuke hain":                  true,
		"ایجنٹ نے سی او ایس دیا تھا، چیک کیا تو جعلی نکلا":      true,
		"سی او ایس جعلی نکلا":                                   true,
		"they are asking 7000 pounds for the CoS":               false,
		"usne LMIA letter bheja tha, dost ne bola fake hai":     false,
	} {
		require.Equal(t, want, r.Read(text).FakeDocument(), text)
	}
}

// A name given "in the name of" ("X ke naam se baat karte hain"), as they
// call themselves ("X bolte thy khud ko", "X calls itself"), or as an
// account is called on a platform ("ٹک ٹاک پر نام X ہے"), is X as
// written: the words around it dropped, a firm's leading country kept
// (C23-015, C23-016, C23-025).
func TestNameAsTheyCallThemselves(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]string{
		"Qatar Gulf Contracting کے نام سے بات کرتے ہیں، بندہ اپنا نام HR manager عمران بتاتا ہے": "Qatar Gulf Contracting",
		"Qatar Gulf Contracting کے نام سے بات کرتے ہیں":                                          "Qatar Gulf Contracting",
		"Qatar Gulf Contracting ke naam se baat karte hain":                                      "Qatar Gulf Contracting",
		"Saudi Star Manpower ke naam se kaam karta hai, banda apna naam Rashid batata hai":       "Saudi Star Manpower",
		"under the name Qatar Gulf Contracting, the man is HR manager Imran":                     "Qatar Gulf Contracting",
		"Al Haramain Services bolte thy khud ko":                                                 "Al Haramain Services",
		"Al Haramain Services kehte hain apne aap ko":                                            "Al Haramain Services",
		"الحرمین سروسز کہتے تھے خود کو":                                                          "الحرمین سروسز",
		"Al Haramain Services they call themselves":                                              "Al Haramain Services",
		"ٹک ٹاک پر نام ملک یورپ والا ہے":                                                         "ملک یورپ والا",
		"tiktok pe naam Malik Europe wala hai":                                                   "Malik Europe wala",
		"on tiktok the name is Malik Europe wala":                                                "Malik Europe wala",
		"fb page ka naam Gulf Jobs Official hai":                                                 "Gulf Jobs Official",
		// a descriptor after a name given plainly is still dropped
		"khud ko Al Noor Manpower wala kehta tha": "Al Noor Manpower",
	} {
		head, _ := r.Read(text).NameParts()
		require.Equal(t, want, head, text)
	}
}
