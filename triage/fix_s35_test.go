package triage

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/lang"
)

// Found in blind245-blind252 (first played in the thirty-fifth session).
func TestSession35Reads(t *testing.T) {
	t.Parallel()
	requireReads(t, []readCase{
		// others' journeys of the past, over and well: told, no report
		{"Meri phuppo k sasural me kisi ka beta Greece wali kashti me tha, wo bach gaya tha, ab Italy me h. Log kehte hain bara khush qismat tha", CaseOther, UrgencyRoutine},
		{"Our neighbour's uncle was on the boat that sank off Greece last year, they never found his body. The whole street went for the dua today.", CaseOther, UrgencyRoutine},
		{"میرا کزن دو سال پہلے ڈنکی لگا کر یونان گیا تھا، بارڈر پر بہت مار کھائی۔ اب وہاں اس کے کاغذات بن گئے ہیں اور ایک فارم پر کام کر رہا ہے۔ آج ویڈیو کال کی، بہت خوش تھا ماشاءاللہ", CaseOther, UrgencyRoutine},
		// a sharecropper's debt that grows every harvest, a threat of the police if they run
		{"Sanghar me zamindar k paas hamara khandan haari h. 5 saal se qarz keh rha h 4 lakh ho gaya, har fasal pe barhta jata h. Abba ko kehta h bhaage to thane me parcha katwa dunga", CaseForcedLabour, UrgencyUrgent},
		// the kafeel's price to let a worker go home is no ransom
		{"My cousin Imran went to Riyadh on a driver visa 5 months ago. The kafeel took his passport the day he arrived and now makes him look after camels on a farm outside the city, no driving at all. He gets 800 riyal instead of 1,500. He can call us at night only. He wants to come back but kafeel says pay 10,000 riyal for release.", CaseTrafficking, UrgencyUrgent},
		// girls kept at work in a house: never at school or outside, a note thrown for help
		{"ustad ji hamare saath wali gali me ek ghar h jahan 4-5 chhoti larkiyan rehti hain, koi school nahi jati, subah gari aati h unko le jati h raat ko wapis. Aaj ek bachi ne chhat se parchi phenki 'hume ghar jana h'. Dar lagta h kuch galat h", CaseForcedLabour, UrgencyEmergency},
		{"Hamare mohalle me ek kothi me 2 choti bachiyan kaam karti hain, 8 9 saal ki hongi. Kabhi school jaate ya bahar nahi dekha, raat ko rone ki awaz aati h aur begum sahiba cheekhti hain. Samanabad Faisalabad", CaseForcedLabour, UrgencyEmergency},
		// "the agent says all is well" is the agent's word, not the family's
		{`بھائی کمبوڈیا گیا تھا کال سینٹر کی نوکری کے لیے۔ کل رات ایک میسج آیا "مجھے یہاں سے نکالو" پھر ڈیلیٹ ہو گیا۔ تب سے آن لائن نہیں آیا، جس ایجنٹ نے بھیجا تھا وہ کہتا ہے سب ٹھیک ہے`, CaseTrafficking, UrgencyEmergency},
		// a maid of fourteen locked in and beaten in Lahore: the phone she took is madam's
		{"pls help me i am in a house in DHA phase 5 Lahore, i am maid here, they lock me and beat me, i am 14. i took madam phone she is sleeping", CaseForcedLabour, UrgencyEmergency},
		// "if you want her back", with a sum: a ransom
		{"My sister in Dubai used to call every Friday. For 3 weeks nothing, her phone is off. Today someone from her number wrote 'she owes us, send 4 lakh if u want her back'. What should we do??", CaseRansom, UrgencyEmergency},
		// a visa "stuck" is no worker stranded
		{"I want to complain against one Haji Rafaqat who sits at a mobile shop in Daska, Sialkot. He is not a licensed promoter, I checked the BEOE list and his name is nowhere. He took six and a half lakh cash each from me and two other boys of our village for Oman labour visa in August. No receipt, only a handwritten parchi. Now he says visa is 'stuck'. His number 0300-6192384", CaseUnlicensedRecruiter, UrgencyRoutine},
		// a question about this service, not a report
		{"یہ ہوشیار سروس کیا ہے؟ کیا اس پر شکایت کرنے کی کوئی فیس ہے؟ اور کیا یہ سرکاری ہے؟", CaseOther, UrgencyRoutine},
		// a girl of sixteen: the master comes to her room at night, and she
		// was shut in the store for telling: "store me band" is no shop shut
		{"Main 16 saal ki hun, Islamabad F-10 me ek ghar me kaam karti hun, sahib raat ko kamre me aata h, begum ko bataya to mujhe store me band kr dia. Ghar wale Muzaffargarh me hain. Madad", CaseForcedLabour, UrgencyEmergency},
		// all well now, and thanks told; a life of one's own, and advice
		{"میرا بیٹا دو سال لیبیا کی جیل میں رہا، الحمدللہ پچھلے مہینے واپس آ گیا ہے اور اب بالکل ٹھیک ہے۔ سفارت خانے والوں کا بہت شکریہ۔", CaseOther, UrgencyRoutine},
		{"دس سال پہلے میں سعودیہ میں ایک کفیل کے پاس پھنس گیا تھا، تنخواہ نہیں ملتی تھی۔ اللہ کا شکر ہے اب اپنا ٹرک چلاتا ہوں۔ نوجوانوں سے کہتا ہوں کہ جانے سے پہلے ایجنٹ کی تصدیق ضرور کریں", CaseOther, UrgencyRoutine},
		// the passport "now with us" is the family's paper, no captor's words
		{"پاسپورٹ دیا تھا ویزا لگوانے کے لیے، وہ اب ہمارے پاس ہے جعلی ویزے سمیت۔ ایجنٹ نے جعلی ویزا لگا کر دیا", CaseDocumentFraud, UrgencyRoutine},
	})
}

// Pages and links that pass themselves off as an embassy or the OEC.
func TestSession35Pages(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		// a page on a social site named as the embassy
		"فیس بک پر ایک پیج ہے 'سعودی ایمبیسی اسلام آباد آفیشل' facebook.com/SaudiEmbassyPK.Visa — یہ ویزا چیک کرنے کے ۵۰۰۰ روپے لیتے ہیں اور پاسپورٹ اور شناختی کارڈ کی تصویریں مانگتے ہیں۔ میرے کزن نے پیسے بھی بھیج دیے۔ یہ ایمبیسی کا اصل پیج نہیں لگتا",
		// a page quoted as the embassy's, and its site
		"فیس بک پر 'سعودی سفارت خانہ ویزا ویریفکیشن' کا پیج ہے، ان کی ویب سائٹ ksa-visa-check.pk پر پاسپورٹ کی کاپی ڈالی اور ۵,۰۰۰ روپے فیس ایزی پیسہ کر دی۔ بعد میں پتہ چلا اصلی سفارت خانہ ایسا نہیں کرتا",
		// a link's quoted title "check your visa status" is no check asked
		"واٹس ایپ پر لنک آیا 'سعودی ویزا سٹیٹس چیک کریں' enjazit-sa.info وہاں پاسپورٹ نمبر اور بینک کارڈ کی تفصیل مانگی گئی۔ میں نے ڈال دی، اب اکاؤنٹ سے ۲۳ ہزار کٹ گئے",
	} {
		require.Equal(t, CasePhishing, Read(text).CaseType, text)
	}
	require.Equal(t, "saudiembassypk.visa", socialPage("facebook.com/SaudiEmbassyPK.Visa"))
	require.Equal(t, "", socialPage("saudiembassy-visa.com/apply"))
	require.Equal(t, [][2]int{{8, 13}}, lang.QuotedSpans(`a link 'check' there, don't`))
}

// A caller who says he is from the OEC and wants a fee, asked about, is
// a check; asking whether this chat is FIA's number is a question about
// us; asking whether a number is the OEC's is a check.
func TestSession35Checks(t *testing.T) {
	t.Parallel()
	require.Equal(t, CaseVerification, Read("AoA, I got a call from someone saying he is from OEC and my name is in the Korea EPS list, he wants 10,000 to send the contract. does OEC call people like this? number was 0330 7781245").CaseType)
	require.Equal(t, CaseOther, Read("Hello, is this the FIA number? What exactly do you people do? Do I have to give my CNIC to talk to you?").CaseType)
	require.True(t, Read("Is 0345-2290871 an OEC number? Someone called from it said im selected for korea job").CaseType != CaseOther)
}
