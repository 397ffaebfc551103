package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A worker abroad now, stranded (no work, no money, wanting to come back),
// is in distress abroad, however the model reads "agent" and "visit visa"
// beside it: it gave a paid scam at 27% and a forged document at 49% and
// 93%, overruling the rules (C8-023, C18-031 are help, distress abroad).
// One who already came back reports the agent (C-048, C-065, C3-014): the
// model still decides those; so does a danger read beside the plight.
func TestStrandedAbroadNow(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"my brother is in dubai, agent sent him on visit visa, now no job no money, he wants to come back",
		"my son is in Saudi, agent sent him on a visit visa, no work no money, he wants to return",
		"my husband is stuck in Oman, agnt sent him on visit visa, no job no money, wants to come back home",
		"I am in Dubai on visit visa, agent sent me, no job, no money, i want to go back",
		"میرا بھائی دبئی میں ہے، ایجنٹ نے وزٹ ویزا پر بھیجا تھا اب نہ کام ہے نہ پیسے، واپس آنا چاہتا ہے",
		"میرا بیٹا سعودیہ میں ہے ایجنٹ نے وزٹ ویزے پر بھیجا، نہ نوکری ہے نہ پیسے، واپس آنا چاہتا ہے",
		"میں دبئی میں ہوں، ایجنٹ نے وزٹ ویزا پر بھیجا، اب نہ کام نہ پیسہ، واپس جانا چاہتا ہوں",
		"میرے شوہر عمان میں پھنسے ہوئے ہیں، ایجنٹ نے وزٹ ویزا پر بھیجا تھا، کام نہیں ملا، واپس آنا چاہتے ہیں",
		"mera bhai dubai me hai agent ne visit visa pe bheja tha ab na kaam hai na paise wapis ana chahta hai",
		"mera beta saudia me h agent ne visit visa pr bheja, na job h na pese, wapas aana chahta h",
		"mai dubai me hun agnt ne visit visa pe bheja tha, ab na kam na paisa, wapis jana chahta hun",
		"shohar oman me phansa hua hai, agent ne visit visa pe bheja, kaam nahi mila, wapis ana chahte hain",
	} {
		r := Read(s)
		require.Equal(t, CaseWorkerDistress, r.CaseType, "%q: %v", s, r.Model)
		require.True(t, r.Abroad, "%q", s)
	}
	// Neighbours that must not change: a passport made in another name
	// (a forged document, whoever is stranded by it), a threat, and one
	// who came back.
	for s, want := range map[string]string{
		"agent ne mere bhai ka naya passport banwaya doosre naam aur umar ke saath taake Saudi ki age limit me aa jaye. ab bhai wahan phansa hua hai kyun ke iqama me naam galat": CaseDocumentFraud,
		"ایجنٹ نے بھائی کا پاسپورٹ دوسرے نام سے بنوایا، اب وہ سعودیہ میں پھنسا ہوا ہے":                                                                                            CaseDocumentFraud,
		"The agent who sent my brother to Greece is now calling us, pay 5 lakh more or he will tell the police there and get him deported":                                        CaseRansom,
		"tiktok pe ek banda Dubai visit visa pe job on arrival de raha tha. Bhai ne 1.6 lac bank me daale, wahan gaya to koi job nahi thi, 1 mahine baad wapis aa gaya":           CaseJobOfferSuspicious,
	} {
		r := Read(s)
		require.Equal(t, want, r.CaseType, "%q: %v", s, r.Model)
	}
	for _, s := range []string{
		"my brother went to dubai on visit visa through an agent, no job there, no money, he came back last month",
		"mera bhai agent ke zariye visit visa pe dubai gaya tha, wahan na kaam tha na paise, wapis aa gaya",
		"میرا بھائی ایجنٹ کے ذریعے وزٹ ویزا پر دبئی گیا تھا، وہاں نہ کام تھا نہ پیسے، واپس آ گیا",
	} {
		e := Extract(s)
		a := newAnalysis(s, e.Amounts)
		a.collect(lex.all)
		require.False(t, a.rules(e).stranded, "%q: came back, no plight now", s)
	}
}

// "wants to come back home" is a wish, not being home (ctx_home).
func TestWishToReturnIsNotHome(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"my son is in Kuwait, no job, he wants to come back home",
		"my brother needs to go back home, he is stuck in Baku",
	} {
		a := newAnalysis(s, nil)
		a.collect(lex.all)
		require.False(t, a.cue("ctx_home"), "%q", s)
	}
	a := newAnalysis("he came back home last week from Dubai", nil)
	a.collect(lex.all)
	require.True(t, a.cue("ctx_home"))
}
