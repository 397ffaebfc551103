package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Held, beaten, and the families called for a sum each is a ransom, not
// trafficking (blind161 EN-031, RU-031: the "sell us" threat is the
// captors').
func TestHeldAndFamiliesCalledForEachIsRansom(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseRansom, UrgencyEmergency,
		"I am Waqas from Sheikhupura. I am being held in a house in Tripoli by Libyan men, they beat us every day and call our families for 5000 dollars each. They say they will sell us if no money comes. Please call my father 0301-4496218, tell him I am alive and tell the embassy",
		"mujhe aur 4 pakistani larkon ko Sabratha me ek godown me rakha h, roz maarte hain, ghar walon se 4 hazar dollar per banda mangte hain. mere abu ka number 0333-7724019 h unko batao main zinda hun. jaldi",
		"Last msg from my brother in Erbil was 'unho ne phone chheen liya, dont call this no.' Since 3 days nothing. He went with an agent who was taking boys to Europe from there. Now a man calls from a different number and says 'your brother is with us, arrange something quickly'")
}

// "Without a passport you can't go anywhere" says what a passport is for,
// not that he is locked in; he goes to town on Sundays (blind161 EN-044).
func TestWithoutPassportCannotGoIsNotConfinement(t *testing.T) {
	t.Parallel()
	requireRead(t, "", UrgencyUrgent,
		"My husband works on a palm oil estate in Sabah, Malaysia. Employer has kept his passport since he arrived, salary comes late and only half, RM 900 instead of RM 1,500. He can go to town on Sundays. He wants to change job but they say without passport you can't go anywhere.")
}

// A memory heard from an elder or a colleague, of decades ago, is no case
// (blind161 RU-034, blind162 UR-035, EN-035); news read of strangers is no
// emergency (blind91 EN-037).
func TestStoriesHeardOfLongAgoAreNoCase(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseOther, UrgencyRoutine,
		"Dada abu suna rahe the k 1974 me wo kaise Iran k raste paidal Dubai pohnche the, 3 din registan me pani k bina. Unki kahaniyan b kamaal hoti hain, sab bache chup kar k sunte hain",
		"میری خالہ بتا رہی تھیں کہ ان کے گاؤں کی ایک لڑکی کو ۱۹۹۵ میں کسی نے شادی کے بہانے بیچ دیا تھا، پھر وہ کبھی واپس نہیں آئی۔ اللہ ایسے لوگوں سے بچائے",
		"My colleague told me at lunch that his uncle was kidnapped in Kandahar back in 1998 and the family paid 5 lakh ransom to get him back. Crazy times, thank God things have changed.",
		"My father was a bonded labourer at a brick kiln near Kasur in the 90s. An NGO got our family free when I was 8. Today I'm a school teacher. Sharing so people know it can end.")
	requireRead(t, "", UrgencyRoutine,
		"Read that 5 Pakistani truck drivers were kidnapped in Sudan, so sad. May Allah help their families.")
	// heard of now, not of years ago, it stays a danger
	requireRead(t, "", UrgencyEmergency,
		"میری خالہ بتا رہی تھیں کہ ان کے گاؤں کی ایک لڑکی کو کسی نے شادی کے بہانے بیچ دیا ہے، اسے کمرے میں بند رکھا ہے")
}

// A voice note from a remote site: passports kept, no one goes home till
// the contract ends, and one who walked out brought back and not seen
// since (blind162 EN-027), whatever "I'm fine" says.
func TestBroughtBackAndNotSeenIsEmergency(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseTrafficking, UrgencyEmergency,
		"ok so I'm just recording this quick because the supervisor is outside, the site is in the middle of nowhere like 3 hours from Tabuk, they said nobody goes back till the contract ends and they have all our passports in the office safe and yesterday Asif walked out towards the road and they brought him back in the pickup and nobody has seen him since morning, anyway tell Abbu I'm fine dont worry")
}

// Got out with the embassy's help, the ordeal told is over (C215-013
// raised an emergency on the account of a cousin now at home).
func TestEscapedWithEmbassyHelpIsOver(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"offer tha Bangkok me 'data entry / chat support', 1200 dollar. ticket free. wahan pohanchte hi gaadi me bitha k river paar le gaye, passport le liya, din me 16 ghante logon ko online dhoka dene pe lagaya. target poora na ho to maar. embassy ki madad se nikla",
		"Escaped with the help of the embassy after 4 months, they had beaten us and kept our passports",
	} {
		require.NotEqual(t, UrgencyEmergency, Read(s).Urgency, s)
	}
}

// An office "now it's locked" is shut, no one locked in (C216-005 was an
// emergency); pay "per hour" is a salary, no sum asked (C216-005 asked
// GBP 12).
func TestOfficeLockedAndHourlyPay(t *testing.T) {
	t.Parallel()
	r := Read("Bright Path Consultants, the man is Usman Ghani. Office is in Blue Area Islamabad but now it's locked")
	require.NotContains(t, r.Danger, "locked in, cannot leave")
	e := Extract("Agent said care worker job in Birmingham, £11.50 per hour, and 'no need to actually work as a carer'. The invoice was £7,000")
	a := newAnalysis("Agent said care worker job in Birmingham, £11.50 per hour, and 'no need to actually work as a carer'. The invoice was £7,000", e.Amounts)
	a.collect(lex.all)
	require.Len(t, a.salaries(e), 1)
	require.Equal(t, 11.5, a.salaries(e)[0].Value)
}

// A phone used only at night, in a compound with a debt to leave, is
// urgent unless the model is sure (blind29 EN-010); writing in secret at
// night from one who "is theirs now" is not (blind12 UR-010).
func TestPhoneAtNightAndSecretMessages(t *testing.T) {
	t.Parallel()
	requireRead(t, "", UrgencyUrgent,
		"i am in sihanoukville cambodia. came for customer service job, they gave us romance scripts to cheat people on facebook, 14 hours daily. my passport is with HR and they say i owe 6000 dollar if i leave. i can use phone only at night. please inform embassy")
	requireRead(t, "", UrgencyEmergency,
		"میری بہن کہتی ہے کہ اب وہ 'ان کی' ہو گئی ہے کیونکہ ایجنٹ نے ان سے پیسے لے لیے۔ وہ ریاض میں ہے اور صرف رات کو چھپ کر میسج کرتی ہے، بہت ڈری ہوئی ہے")
	requireRead(t, CaseOther, UrgencyRoutine,
		"Chachu Dubai se wapas aa gaye, wahan unki company band ho gayi thi aur 3 mahine ki tankhwa b nahi mili thi, lekin ab yahan apni dukaan khol li h, Alhamdulillah")
}

// Gone last year, held now: "kal raat bol raha tha k abbu yahan bahar nahi
// nikalne dete" after "pichle saal gaya tha" is now (blind164 RU-025 was
// lowered to routine as past).
func TestHeldNowAfterGoneLastYear(t *testing.T) {
	t.Parallel()
	requireRead(t, "", UrgencyEmergency,
		"haan ji assalam alaikum wo main ye kehna chah raha tha k mera beta jo h na wo Malaysia gaya tha pichle saal wo kal raat bol raha tha k abbu yahan bahar nahi nikalne dete aur khana b ek waqt ka aur ye sab aur phir line kat gayi aur ab us ka number band ja raha h to aap log bata dain kia karun")
	// of no one of their own, a child kiln told beside one's own past
	// stays the rules' urgency (RU-0288)
	requireRead(t, "", UrgencyUrgent,
		"bachpan me 5 saal bhatte pe kaam kiya tha karz ke liye, ab main 22 saal ka hun aur NGO ke sath hun. Kasur road pe ek bhatta abhi bhi bachon se kaam leta hai, location bhej raha hun")
}

// Drowned in debt is no one at sea (blind164 RU-016); WhatsApp still used
// at night is a phone rationed, urgent unless the model is sure (blind163
// EN-047); an old ordeal told to warn, with advice and no question, is no
// case (blind163 EN-035, blind101 RU-034).
func TestIdiomsRationedPhonesAndWarnings(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseWorkerDistress, UrgencyUrgent,
		"Oman Sohar me hun, company 5 mahine se salary nahi de rahi, 180 riyal banti h mahine ki. Visa cancel karne k 500 riyal mangte hain. Ghar walay qarz me doob gaye. kuch karo bhai")
	requireRead(t, "", UrgencyUrgent,
		"My friend from Mardan is in Laos in some 'crypto company' in the Golden Triangle zone. He says they force him to chat with foreigners and cheat them 16 hours a day, and they say he owes $6,000 if he wants to leave. He can still use WhatsApp at night.")
	requireRead(t, CaseOther, UrgencyRoutine,
		"2019 me Malaysia me phans gaya tha, agent ne dhoka diya tha. Allah ka shukar ab Pakistan me apni karyana ki dukaan h. Bas batana tha k agents se bacho, pehle tasdeeq karo")
}
