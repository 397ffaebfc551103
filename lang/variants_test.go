package lang

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"
)

// A spelling variant is read as its word everywhere, so it must name one
// word only: it is no word of its own in the variants (a key), it is
// listed under one key, and a spelling that can also mean something else
// is no variant at all ("kam" less / "kaam" work, "bata" tell / "beta"
// son, "fir" is an FIR, "sb" is sahab as often as sab, "aslam" a name).
func TestVariantsAreUnambiguous(t *testing.T) {
	t.Parallel()
	var f wordsFile
	require.NoError(t, json.Unmarshal(Default().Section("words"), &f))
	keys := map[string]bool{}
	for k := range f.Variants {
		w, ok := Word(k)
		require.True(t, ok, k)
		keys[w] = true
	}
	of := map[string]string{}
	for k, vs := range f.Variants {
		kw, _ := Word(k)
		for _, v := range vs {
			w, ok := Word(v)
			require.True(t, ok, "%s: %q", k, v)
			if w == kw {
				continue
			}
			require.False(t, keys[w], "%q is a variant of %s and a word of its own", v, k)
			prev, dup := of[w]
			require.False(t, dup && prev != kw, "%q is a variant of %s and of %s", v, prev, k)
			of[w] = kw
		}
	}
	require.Greater(t, len(of), 700, "spelling variants")
	for _, w := range []string{
		"kam", "kaam", "bata", "beta", "mar", "maar", "mara", "mera", "bro", "aslam", "pray", "pre",
		"frm", "mne", "fir", "sb", "bus", "use", "the", "pass", "tb", "mgr", "pta", "kl",
		"jali", "deny", "pure", "rat", "such", "chor", "dar", "bar", "bare", "baray", "aye",
	} {
		_, ok := of[w]
		require.False(t, ok, "%q can mean another word; it must not be a spelling variant", w)
	}
}

// Roman Urdu typed as people type it: vowels dropped (yhi, bht, kmpni,
// tkt), -y/-ay endings (mahiny, rakhay), h dropped (bai), doubled and
// single letters (pese), read as the words the lexicon knows.
func TestRomanUrduSpellings(t *testing.T) {
	t.Parallel()
	r := Conversation()
	done := []string{
		"bs yhi h",
		"bas yahee hai",
		"bs yhi tha",
		"bs yehi tha aor kch nhi",
		"aor kuch nhi",
		"bs itna hi h",
		"khtm",
		"bs ho gya",
		"bas yahi hai bhai",
		"sb bhej dia",
		"bs yhi hai, aur kch nai",
	}
	for _, text := range done {
		if !r.Read(text).Done() {
			t.Errorf("Done(%q)", text)
		}
	}
	yesNo := []struct {
		text string
		want Polarity
	}{
		{"han ji", PolarYes},
		{"han", PolarYes},
		{"ji han bilkl", PolarYes},
		{"han yhi h", PolarYes},
		{"han wohi wala", PolarYes},
		{"bilkul sahi h", PolarYes},
		{"nhi wo nhi", PolarNo},
		{"nai bhai", PolarNo},
		{"abi nhi", PolarNotYet},
		{"abhi tak nai", PolarNotYet},
	}
	for _, c := range yesNo {
		if g := r.Read(c.text).YesNo(); g != c.want {
			t.Errorf("YesNo(%q)=%v", c.text, g)
		}
	}
	paid := []struct {
		text string
		want Polarity
	}{
		{"han de diye thay 50 hzar", PolarYes},
		{"ji pesay de diye", PolarYes},
		{"kmpni ko 2 lac de diye", PolarYes},
		{"jazcash pe bhej diye the", PolarYes},
		{"tkt ke liye 80 hazar diye", PolarYes},
		{"abhi nhi diye", PolarNotYet},
		{"abi tak nai diye", PolarNotYet},
	}
	for _, c := range paid {
		got := r.Read(c.text).Paid()
		if got == PolarNotYet && c.want == PolarNo || got == PolarNo && c.want == PolarNotYet {
			got = c.want // both are no
		}
		if got != c.want {
			t.Errorf("Paid(%q)=%v", c.text, got)
		}
	}
	intents := []struct{ text, want string }{
		{"kmpni ne dhoka dia", "report"},
		{"mere sath frod hua", "report"},
		{"mjhe shkayat krni h", "report"},
		{"ye kmpni asli h ya nakli", "verify"},
		{"kisi insan se baat krni h", "human"},
		{"mjhe kisi bnde se baat krwao", "human"},
	}
	for _, c := range intents {
		if g := r.Read(c.text).Intent(); g != c.want {
			t.Errorf("Intent(%q)=%v", c.text, g)
		}
	}
}

// Each new spelling is read as its word in a phrase: the Vocab gives a
// variant its word's number.
func TestVariantsShareTheirWordsID(t *testing.T) {
	t.Parallel()
	v := Default().NewVocab()
	for variant, word := range map[string]string{
		"yhi": "yehi", "yahi": "yehi", "bht": "bohat", "bahut": "bohat", "kmpni": "company",
		"mahiny": "mahine", "mahinay": "mahine", "rkha": "rakha", "tkt": "ticket", "snd": "send",
		"bai": "bhai", "lagy": "lage", "chutti": "chhutti", "wapas": "wapis", "shikyat": "shikayat",
		"kist": "qist", "ladki": "larki", "dusri": "doosri", "aor": "aur", "lkn": "lekin",
	} {
		require.Equal(t, v.ID(word), v.ID(variant), "%s → %s", variant, word)
	}
}
