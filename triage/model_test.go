package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// The embedded model was trained on the corpus and lexicon as they are:
// `hoshyar triage train` must be run after either changes.
func TestEmbeddedModelIsCurrent(t *testing.T) {
	t.Parallel()
	require.NoError(t, stdModelErr, "run `go run ./cmd/hoshyar triage train`")
	all, err := Corpus()
	require.NoError(t, err)
	trained := append(Split(all, "train"), Split(all, "dev")...)
	require.Equal(t, TrainingFingerprint(trained, DefaultTrainOptions), stdModel.Fingerprint,
		"the corpus, the lexicon or the features changed since triage/model.bin was trained: run `go run ./cmd/hoshyar triage train`")
}

// Training is reproducible: the same examples give the same bytes, and
// what is written reads back the same.
func TestTrainingIsDeterministic(t *testing.T) {
	t.Parallel()
	all, err := Corpus()
	require.NoError(t, err)
	some := Split(all, "train")[:150]
	opt := DefaultTrainOptions
	opt.Buckets, opt.Epochs = 1<<10, 3
	a, err := Train(some, opt).MarshalBinary()
	require.NoError(t, err)
	b, err := Train(some, opt).MarshalBinary()
	require.NoError(t, err)
	require.Equal(t, a, b)
	m, err := UnmarshalModel(a)
	require.NoError(t, err)
	c, err := m.MarshalBinary()
	require.NoError(t, err)
	require.Equal(t, a, c)
	require.Equal(t, TrainingFingerprint(some, opt), m.Fingerprint)
}

// Staff read the model's reasons in words, never a feature's code.
func TestModelReasonsReadable(t *testing.T) {
	t.Parallel()
	got := readable([]string{"w:naukri", "b:^_agent", "c:<nah", "x:sit:confined", "x:cue:k_held", "x:cue:k_gone:neg", "k2:threat+gone", "k2:held+child_age", "r:case:trafficking", "r:urg:urgent", "e:pay:jazzcash"})
	require.Equal(t, []string{"“naukri”", "“agent”", "“nah”", "locked in, cannot leave", "held", "gone silent", "threatened and gone silent",
		"held and a child's age", "rules say trafficking", "rules say urgent", "a jazzcash named"}, got)
	for _, r := range got {
		require.NotContains(t, r, "k_")
		require.NotContains(t, r, "k2:")
	}
}

// A model of several runs is the mean of the runs it averages: each run
// is its own seed's model, so a model of two runs scores every message
// halfway between the two.
func TestRunsAreAveraged(t *testing.T) {
	t.Parallel()
	all, err := Corpus()
	require.NoError(t, err)
	some := Split(all, "train")[:120]
	opt := DefaultTrainOptions
	opt.Buckets, opt.Epochs, opt.Runs = 1<<10, 2, 1
	a := Train(some, opt)
	opt.Seed++
	b := Train(some, opt)
	opt.Seed, opt.Runs = opt.Seed-1, 2
	both := Train(some, opt)
	require.NotEqual(t, a.Case.W, b.Case.W, "two seeds should give two models")
	for _, pair := range [][3]*Head{{a.Case, b.Case, both.Case}, {a.Urgency, b.Urgency, both.Urgency}} {
		for i := range pair[2].W {
			require.InDelta(t, (pair[0].W[i]+pair[1].W[i])/2, pair[2].W[i], 1e-6)
		}
		for c := range pair[2].Bias {
			require.InDelta(t, (pair[0].Bias[c]+pair[1].Bias[c])/2, pair[2].Bias[c], 1e-6)
		}
	}
}
