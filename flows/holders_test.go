package flows_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
	"github.com/hoshyar/hoshyar/lang"
)

// The name an account that money went to was in is kept as whom the money
// was paid to, from whichever answer told it, and shown on the paid line;
// the person behind the firm is still asked for (no account's holder is
// him for sure) and is the other name beside the firm.
func TestAccountHolderKeptBesideTheMan(t *testing.T) {
	t.Parallel()
	var scripts []script
	require.NoError(t, json.Unmarshal([]byte(`[
{"id": "ah-en", "lang": "en", "channel": "whatsapp", "opening": ["I want to report Falcon Gulf Manpower, they took 80,000 for a Qatar driver visa and now they do not answer"],
 "answers": {"report_offer": ["that's all"], "report_seen": ["facebook"], "report_phones_ask": ["0300 1234567"], "report_country": ["Qatar"], "report_money": ["80,000 for the visa"],
  "report_paid": ["yes"], "report_paid_how": ["easypaisa 80,000 to 0345 2210879, the account name showed Shazia Bibi"],
  "report_recruiter": ["the man in the office was Kamran Butt"], "report_docs": ["passport"], "report_consent": ["yes"], "report_summary": ["ok send"]},
 "asides": [], "expect": {"kind": "report", "case_type": "job_scam_paid", "urgency": "routine", "facts": {"recruiter": "Falcon Gulf Manpower"}}},
{"id": "ah-ur-Latn", "lang": "ur-Latn", "channel": "whatsapp", "opening": ["Falcon Gulf Manpower ki shikayat karni h, Qatar driver visa k 80 hazar liye ab jawab nahi dete"],
 "answers": {"report_offer": ["bas"], "report_seen": ["facebook"], "report_phones_ask": ["0300 1234567"], "report_country": ["qatar"], "report_money": ["80 hazar visa k"],
  "report_paid": ["haan"], "report_paid_how": ["easypaisa pe bheje the 0345 2210879, account pe naam Shazia Bibi aya"],
  "report_recruiter": ["office me Kamran Butt baithta tha"], "report_docs": ["passport"], "report_consent": ["haan"], "report_summary": ["theek hai bhej do"]},
 "asides": [], "expect": {"kind": "report", "case_type": "job_scam_paid", "urgency": "routine", "facts": {"recruiter": "Falcon Gulf Manpower"}}},
{"id": "ah-ur", "lang": "ur", "channel": "whatsapp", "opening": ["ایک کمپنی کی شکایت کرنی ہے، قطر ڈرائیور ویزا کے اسی ہزار لیے اب جواب نہیں دیتے"],
 "answers": {"report_offer": ["بس"], "report_seen": ["فیس بک"], "report_phones_ask": ["0300 1234567"], "report_country": ["قطر"], "report_money": ["اسی ہزار ویزا کے"],
  "report_paid": ["جی ہاں"], "report_paid_how": ["ایزی پیسہ اکاؤنٹ 0345-2210879 پر بھیجے تھے، نام کسی شازیہ بی بی کا آیا"],
  "report_recruiter": ["فالکن گلف مین پاور، دفتر میں کامران بٹ بیٹھتا تھا"], "report_docs": ["پاسپورٹ"], "report_consent": ["جی"], "report_summary": ["ٹھیک ہے"]},
 "asides": [], "expect": {"kind": "report", "case_type": "job_scam_paid", "urgency": "routine", "facts": {"recruiter": "فالکن گلف مین پاور"}}}
]`), &scripts))
	for _, sc := range scripts {
		p := play(realEngine(), sc)
		require.NotNil(t, p.spec, "%s\n%v", sc.ID, p.transcript)
		also := p.spec.Answers[flows.SlotRecruiterAlso]
		man, holder := "Kamran Butt", "Shazia Bibi"
		if sc.Lang == "ur" {
			man, holder = "کامران بٹ", "شازیہ بی بی"
		}
		require.Equal(t, man, also, "%s\n%v", sc.ID, p.transcript)
		require.Equal(t, holder, p.spec.Answers[flows.SlotPaidTo], sc.ID)
	}
}

// The summary's paid line says into whose account the money went.
func TestSummaryShowsPaidTo(t *testing.T) {
	t.Parallel()
	for locale, want := range map[string]string{"en": "to Shazia Bibi", "ur-Latn": "Shazia Bibi ke account mein", "ur": "Shazia Bibi کے اکاؤنٹ میں"} {
		s := flows.AtQuestion(flows.NodeReportConsent, locale)
		for k, v := range map[string]string{"recruiter": "Falcon Gulf Manpower", "paid": flows.ChoiceYes, "paid_amount": "Rs 80,000", "paid_how": "easypaisa", flows.SlotPaidTo: "Shazia Bibi"} {
			s.Draft.Answers[k] = v
		}
		s.Draft.Settled = append(s.Draft.Settled, "seen", "recruiter", "recruiter_person", "phones", "country", "money_asked", "paid", "paid_how", "documents")
		r := realEngine().Step(s, flows.Input{Text: map[string]string{"en": "yes", "ur-Latn": "haan", "ur": "جی ہاں"}[locale], MessageID: 3}, t0)
		var all []string
		for _, rp := range r.Replies {
			all = append(all, rp.Text)
		}
		require.Contains(t, strings.Join(all, "\n"), want, locale)
	}
}

// An account money was asked into, with nothing paid (or not sure), is
// on the paid line too, as asked, not as paid.
func TestSummaryShowsAskedIntoAccount(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, paid, want, not string }{
		{"en", flows.ChoiceNo, "No, asked to pay Shazia Bibi", "to Shazia Bibi\n"},
		{"ur-Latn", flows.ChoiceUnknown, "Shazia Bibi ko dene ka kaha gaya", "ke account mein"},
		{"ur", flows.ChoiceNo, "Shazia Bibi کو دینے کو کہا گیا", "کے اکاؤنٹ میں"},
	} {
		s := flows.AtQuestion(flows.NodeReportConsent, c.locale)
		for k, v := range map[string]string{"recruiter": "Falcon Gulf Manpower", "paid": c.paid, flows.SlotPaidTo: "Shazia Bibi"} {
			s.Draft.Answers[k] = v
		}
		s.Draft.Settled = append(s.Draft.Settled, "seen", "recruiter", "recruiter_person", "phones", "country", "money_asked", "paid", "paid_how", "documents")
		r := realEngine().Step(s, flows.Input{Text: map[string]string{"en": "yes", "ur-Latn": "haan", "ur": "جی ہاں"}[c.locale], MessageID: 3}, t0)
		var all []string
		for _, rp := range r.Replies {
			all = append(all, rp.Text)
		}
		text := strings.Join(all, "\n")
		require.Contains(t, text, c.want, c.locale)
		require.NotContains(t, text, c.not, c.locale)
	}
}

// A question about the embassy, asked when the country is, is an aside:
// answered, and the country asked again; a country told before it answers.
func TestEmbassyQuestionAtCountry(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, country string }{
		{"en", "Is there even a Pakistan embassy in Myanmar? who do we call?", ""},
		{"ur", "کیا دبئی میں پاکستانی سفارتخانہ ہے؟", ""},
		{"ur-Latn", "kya riyadh me pakistani embassy hai? kis ko call karein", ""},
		{"ur-Latn", "Saudi me hai, kya wahan ki embassy madad karegi?", "Saudi Arabia"},
	} {
		r := at(t, flows.NodeReportCountry, c.locale, c.text)
		require.Equal(t, c.country, answers(r)["country"], c.text)
		if c.country == "" {
			require.Equal(t, flows.NodeReportCountry, r.State.Node, c.text)
		}
	}
}

// One handed the money in cash, named in the answer to "how, and to
// whom?", is whom it was paid to and the other name beside the agent.
func TestPayeeKept(t *testing.T) {
	t.Parallel()
	r := at(t, flows.NodeReportPaidHow, "en", "Cash, father gave it to Naveed at our home")
	require.Equal(t, "Naveed", r.State.Draft.Answers[flows.SlotPaidTo])
	require.Equal(t, "cash", r.State.Draft.Answers["paid_how"])
}

// Typed answers of A95, in their words: "go ahead" deletes, "the
// complaint to go ahead" keeps; "have them ring me" and "jaise ap
// munasib samjhein" consent; asking whether a firm "has a licence or
// not" checks it; "معلومات سب ختم کروانی ہیں" erases.
func TestA95Wordings(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ node, locale, text, slot, want string }{
		{flows.NodeReportConsent, "en", "I've got nothing to hide, have them ring me", "consent", "yes"},
		{flows.NodeReportConsent, "ur-Latn", "jaise ap munasib samjhein", "consent", "yes"},
	} {
		require.Equal(t, c.want, answers(at(t, c.node, c.locale, c.text))[c.slot], c.text)
	}
	require.Empty(t, at(t, flows.NodeErase, "en", "go ahead").State.Node, "erased")
	require.Empty(t, at(t, flows.NodeErase, "ur-Latn", "kr do bhai, koi faida to hua nahi").State.Node, "erased")
	require.Equal(t, flows.NodeMenu, at(t, flows.NodeErase, "en", "I still want the complaint to go ahead, so keep it").State.Node)
	require.Equal(t, flows.NodeErase, at(t, flows.NodeMenu, "ur", "میں نے پچھلے مہینے جو معلومات دی تھیں وہ سب ختم کروانی ہیں").State.Node)
	require.Equal(t, "verify", lang.Conversation().Read("is there any way to find out if Al-Barakah Overseas actually has a licence or not").Intent())
}
