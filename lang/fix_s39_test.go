package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestSession39OtherPerson: the second man beside the recruiter when the
// other names are only the head's own ("Gul", "Shah jee"), a locality or a
// department written beside the firm, a post someone calls herself, the
// man one "dealt with" in Roman Urdu, and one "along with him".
func TestSession39OtherPerson(t *testing.T) {
	t.Parallel()
	r := Conversation()
	requireOtherPerson(t, r, []otherPerson{
		{"sab usko Shah jee kehte hain, asal naam Sajjad Shah. uska Libya wala saathi Bilal hai", "Sajjad Shah", "Bilal"},
		{"Gul Rehman, shop ka naam 'Gul Mobile & Travel'. peshawar wala uska saathi Fazal", "Gul Rehman", "Fazal"},
		{"Crown Bridge Immigration Consultants, Blue Area. The man handling it is Adnan Qureshi", "Crown Bridge Immigration Consultants", "Adnan Qureshi"},
		{"Al Hijaz Overseas Employment Promoters, license 1942/RWP, banda jis se deal ki Raja Tanveer", "Al Hijaz Overseas Employment Promoters", "Raja Tanveer"},
		{"عثمان، اور اس کے ساتھ ثنا جو خود کو کوآرڈینیٹر کہتی تھی", "عثمان", "ثنا"},
	})
	// a department beside the firm is no man; a name quoted as all there
	// is stays the recruiter, however much it looks like a post
	_, also := r.Read("Doha Petro Services, HR Department. Someone called Mr Faisal Siddiqui signs the emails").NameParts()
	require.NotContains(t, also, "Department")
	head, _ := r.Read("I don't know his real name, on whatsapp it just shows 'HR Dept'").NameParts()
	require.Equal(t, "HR Dept", head)
	// two men who share a family name are two men
	_, also = r.Read("Imran Khan, uska bhai Bilal Khan paise leta hai").NameParts()
	if len(also) > 0 {
		require.Equal(t, []string{"Bilal Khan"}, also)
	}
}

// TestSession39Reads: "apne paas rakh liya" is the keeper's; a report
// wished in a closing sentence of its own is the recruiter's report; a
// report for later, if a check fails, leaves the check first.
func TestSession39Reads(t *testing.T) {
	t.Parallel()
	r := Conversation()
	requireOptions(t, r, "docs", map[string]string{
		"usne passport bhi apne paas rakh liya tha": "passport",
		"اس نے پاسپورٹ اپنے پاس رکھ لیا":            "passport",
		"maine passport apne paas rakh liya":        "none",
		"passport apne paas hai":                    "none",
	})
	require.True(t, r.Read("میرا بیٹا لاہور کے ایک ایجنٹ کے ذریعے تھائی لینڈ گیا تھا۔ اب لاؤس میں ہے، پاسپورٹ لے لیا ہے۔ ایجنٹ کی شکایت کرنی ہے").ReportOfRecruiter())
	require.False(t, r.Read("my brother is stuck in Libya with an agent. i also want to report that agent. what do i do first??").ReportOfRecruiter())
	require.Equal(t, "verify", r.Read("پہلے یہ پتا کرنا ہے کہ یہ کمپنی رجسٹرڈ ہے بھی یا نہیں، اگر نہیں ہوئی تو پھر شاید شکایت بھی کروں").Intent())
	require.Equal(t, "میں اسے ڈیڑھ لاکھ دے چکا ہوں", r.Read("میں نے کمپنی کو فون کیا تو کہتے ہیں ہم اس بندے کو نہیں جانتے۔ میں اسے ڈیڑھ لاکھ دے چکا ہوں").PaidClause())
	require.Empty(t, r.Read("They want 50,000 now and the rest after the visa comes").PaidClause())
}
