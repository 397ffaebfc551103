package triage

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"sync"

	"github.com/hoshyar/hoshyar/lang"
)

// TrainOptions set how the model is trained. The defaults (zero values
// replaced by DefaultTrainOptions) are what `hoshyar triage train` uses;
// training is deterministic, so the same corpus gives the same model.
type TrainOptions struct {
	Buckets uint32  // feature hash buckets
	Epochs  int     // passes over the training examples
	Rate    float64 // AdaGrad learning rate
	L2      float64 // weight decay per update
	Seed    uint64  // order of the examples
	// Runs is how many models, trained on the examples in different
	// orders (seeds Seed, Seed+1, …), are averaged into the one kept. One
	// run's weights depend on the order it saw the examples in, so a small
	// change to the corpus or the lexicon flipped borderline messages at
	// random; the average of several runs is steadier. Zero means one.
	Runs int
}

// DefaultTrainOptions are the settings chosen on the dev split.
var DefaultTrainOptions = TrainOptions{Buckets: 1 << 17, Epochs: 100, Rate: 0.3, L2: 1e-6, Seed: 7, Runs: 5}

// CaseTypes are the model's case classes, in a fixed order.
var CaseTypes = []string{CaseJobOfferSuspicious, CaseJobScamPaid, CaseUnlicensedRecruiter, CaseOEPMisconduct, CaseVerification,
	CaseWorkerDistress, CaseTrafficking, CaseForcedLabour, CaseSmuggling, CaseRansom, CaseDocumentFraud, CasePhishing, CaseOther}

// Urgencies are the model's urgency classes.
var Urgencies = []string{UrgencyEmergency, UrgencyUrgent, UrgencyRoutine}

// Features returns the model's features of text (features.go).
func Features(text string) []string {
	e := Extract(text)
	a := newAnalysis(text, e.Amounts)
	a.collect(lex.all)
	r := a.rules(e)
	return append(append(a.features(e), languageFeature(text)), ruleFeatures(r.caseType, a.ruleUrgency(r))...)
}

// Train fits the model to examples.
func Train(examples []Example, opt TrainOptions) *Model {
	if opt.Buckets == 0 {
		opt = DefaultTrainOptions
	}
	m := &Model{Buckets: opt.Buckets, Fingerprint: TrainingFingerprint(examples, opt)}
	feats := make([][]string, len(examples))
	for i, ex := range examples {
		feats[i] = dedupe(Features(ex.Text))
	}
	m.Case = m.trainRuns(examples, feats, CaseTypes, func(e Example) string { return e.CaseType }, opt)
	m.Urgency = m.trainRuns(examples, feats, Urgencies, func(e Example) string { return e.Urgency }, opt)
	return m
}

// trainRuns trains opt.Runs heads, each on its own order of the examples,
// at once, and averages their weights: the average of linear classifiers
// scores as the mean of their scores.
func (m *Model) trainRuns(examples []Example, feats [][]string, classes []string, label func(Example) string, opt TrainOptions) *Head {
	runs := max(opt.Runs, 1)
	heads := make([]*Head, runs)
	var wg sync.WaitGroup
	for r := range runs {
		wg.Go(func() {
			o := opt
			o.Seed += uint64(r)
			heads[r] = m.trainHead(examples, feats, classes, label, o)
		})
	}
	wg.Wait()
	h := heads[0]
	for _, o := range heads[1:] {
		for i := range h.W {
			h.W[i] += o.W[i]
		}
		for c := range h.Bias {
			h.Bias[c] += o.Bias[c]
		}
	}
	n := float32(runs)
	for i := range h.W {
		h.W[i] /= n
	}
	for c := range h.Bias {
		h.Bias[c] /= n
	}
	return h
}

// featureVersion changes when features.go or the way rules and model are
// combined changes what the model sees, so a model trained before is
// known to be stale.
const featureVersion = "features-4: words, pairs, 4-grams, lexicon hits, concept pairs, shape"

// TrainingFingerprint is a hash of what a model trained on examples with
// opt depends on: the examples and their labels, the lexicon, the
// features and the options.
func TrainingFingerprint(examples []Example, opt TrainOptions) [32]byte {
	h := sha256.New()
	fp := lang.Default().Fingerprint()
	h.Write(fp[:])
	fmt.Fprintf(h, "%s\nlexicon weight %v\n%+v\n", featureVersion, lexiconWeight, opt)
	enc := json.NewEncoder(h)
	for _, ex := range examples {
		enc.Encode(ex)
	}
	var out [32]byte
	h.Sum(out[:0])
	return out
}

func dedupe(fs []string) []string {
	seen := make(map[string]bool, len(fs))
	out := fs[:0]
	for _, f := range fs {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out
}

// trainHead fits one softmax classifier with AdaGrad, weighting classes by
// the inverse square root of their frequency so rare ones are learned.
func (m *Model) trainHead(examples []Example, feats [][]string, classes []string, label func(Example) string, opt TrainOptions) *Head {
	k := len(classes)
	index := map[string]int{}
	for i, c := range classes {
		index[c] = i
	}
	count := make([]float64, k)
	for _, ex := range examples {
		count[index[label(ex)]]++
	}
	weight := make([]float64, k)
	for c := range weight {
		weight[c] = math.Sqrt(float64(len(examples)) / float64(k) / math.Max(count[c], 1))
	}
	h := &Head{Classes: classes, Bias: make([]float32, k), W: make([]float32, int(m.Buckets)*k)}
	g2 := make([]float32, len(h.W))
	b2 := make([]float64, k)
	type hashed struct {
		b uint32
		s float32
	}
	hf := make([][]hashed, len(examples))
	for i, fs := range feats {
		x := featureValue(len(fs))
		for _, f := range fs {
			b, s := m.bucket(f)
			hf[i] = append(hf[i], hashed{b, s * x * featureWeight(f)})
		}
	}
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opt.Seed, opt.Seed^0x9e3779b97f4a7c15))
	scores := make([]float64, k)
	for range opt.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			y := index[label(examples[i])]
			for c := range scores {
				scores[c] = float64(h.Bias[c])
			}
			for _, x := range hf[i] {
				row := h.W[int(x.b)*k : int(x.b)*k+k]
				for c := range k {
					scores[c] += float64(x.s * row[c])
				}
			}
			p := softmax(scores)
			w := weight[y]
			for c := range k {
				g := p[c]
				if c == y {
					g -= 1
				}
				g *= w
				b2[c] += g * g
				h.Bias[c] -= float32(opt.Rate * g / math.Sqrt(b2[c]+1e-8))
				for _, x := range hf[i] {
					j := int(x.b)*k + c
					gj := float32(g)*x.s + float32(opt.L2)*h.W[j]
					g2[j] += gj * gj
					h.W[j] -= float32(opt.Rate) * gj / float32(math.Sqrt(float64(g2[j])+1e-8))
				}
			}
		}
	}
	return h
}
