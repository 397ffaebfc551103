package triage

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
)

// The model: a linear classifier (multinomial logistic regression) over
// hashed features (features.go), one head for the case type and one for
// the urgency, trained on the corpus's train split by `hoshyar triage
// train` and embedded as model.bin. Weights are stored as int8 with a scale
// per class, so the file is small (README "Triage").

//go:embed model.bin
var modelBin []byte

// stdModel is the embedded model, or nil when the file is empty (before
// the first training) or unreadable (a model of an older format): triage
// then uses its rules alone, and `hoshyar triage train` can still run.
// TestEmbeddedModelIsCurrent fails in either case.
var stdModel, stdModelErr = func() (*Model, error) {
	if len(modelBin) == 0 {
		return nil, errors.New("triage/model.bin is empty")
	}
	return UnmarshalModel(modelBin)
}()

// Head is one classifier: a weight per class for each feature bucket.
type Head struct {
	Classes []string
	Bias    []float32
	W       []float32 // len(buckets)*len(Classes), bucket-major
}

// Model holds the heads sharing one feature hashing.
type Model struct {
	Buckets uint32
	Case    *Head
	Urgency *Head
	// Fingerprint names what the model was trained on (TrainingFingerprint):
	// a test fails when the corpus, the lexicon or the features changed and
	// the model was not retrained.
	Fingerprint [32]byte
}

// bucket hashes a feature to its bucket and sign.
func (m *Model) bucket(f string) (uint32, float32) {
	v := uint32(2166136261) // FNV-1a, without an allocation
	for i := 0; i < len(f); i++ {
		v ^= uint32(f[i])
		v *= 16777619
	}
	sign := float32(1)
	if v&0x80000000 != 0 {
		sign = -1
	}
	return (v & 0x7fffffff) % m.Buckets, sign
}

// Prediction is a head's answer: the class and its probability, all
// probabilities, and the features that pushed it most.
type Prediction struct {
	Class string
	P     float64
	Probs map[string]float64
	Top   []string
}

// predict scores features with head h.
func (m *Model) predict(h *Head, feats []string) Prediction { return m.predictHashed(h, m.hash(feats)) }

// hashedFeature is a feature with its bucket and its signed, weighted value.
type hashedFeature struct {
	f string
	b uint32
	v float32
}

// hash dedupes the features and hashes each once, for every head.
func (m *Model) hash(feats []string) []hashedFeature {
	feats = dedupe(append([]string(nil), feats...))
	x := featureValue(len(feats))
	out := make([]hashedFeature, len(feats))
	for i, f := range feats {
		b, s := m.bucket(f)
		out[i] = hashedFeature{f: f, b: b, v: s * x * featureWeight(f)}
	}
	return out
}

// predictHashed scores hashed features with head h, and names the three
// that pushed most towards the class chosen.
func (m *Model) predictHashed(h *Head, hf []hashedFeature) Prediction {
	k := len(h.Classes)
	scores := make([]float64, k)
	for c := range scores {
		scores[c] = float64(h.Bias[c])
	}
	for _, x := range hf {
		row := h.W[int(x.b)*k : int(x.b)*k+k]
		for c := range k {
			scores[c] += float64(x.v * row[c])
		}
	}
	probs := softmax(scores)
	best := 0
	for c := range probs {
		if probs[c] > probs[best] {
			best = c
		}
	}
	p := Prediction{Class: h.Classes[best], P: probs[best], Probs: make(map[string]float64, k)}
	for c, name := range h.Classes {
		p.Probs[name] = probs[c]
	}
	type contrib struct {
		f string
		v float32
	}
	var top [3]contrib
	n := 0
	for _, x := range hf {
		v := x.v * h.W[int(x.b)*k+best]
		if v <= 0 || n == len(top) && v <= top[n-1].v {
			continue
		}
		i := min(n, len(top)-1)
		for i > 0 && top[i-1].v < v {
			if i < len(top) {
				top[i] = top[i-1]
			}
			i--
		}
		top[i] = contrib{x.f, v}
		n = min(n+1, len(top))
	}
	for _, c := range top[:n] {
		p.Top = append(p.Top, c.f)
	}
	return p
}

// featureValue is each feature's value in a message of n features: the
// message's vector has length one, so a long advert does not outweigh a
// short plea by its length alone.
func featureValue(n int) float32 {
	if n == 0 {
		return 0
	}
	return float32(1 / math.Sqrt(float64(n)))
}

// lexiconWeight is how much more a feature of the lexicon (a situation, a
// cue, a pair of concepts, the rules' verdict) counts than a word or a piece
// of one: a few of them say more than the many words around them.
var lexiconWeight float32 = 2

func featureWeight(f string) float32 {
	if strings.HasPrefix(f, "x:") || strings.HasPrefix(f, "k2:") || strings.HasPrefix(f, "r:") {
		return lexiconWeight
	}
	return 1
}

func softmax(scores []float64) []float64 {
	mx := math.Inf(-1)
	for _, s := range scores {
		mx = math.Max(mx, s)
	}
	out := make([]float64, len(scores))
	var sum float64
	for i, s := range scores {
		out[i] = math.Exp(s - mx)
		sum += out[i]
	}
	for i := range out {
		out[i] /= sum
	}
	return out
}

const modelMagic = "HSYM2"

// MarshalBinary writes the model: magic, fingerprint, bucket count, then
// each head's classes, biases, a scale per class and the weights as int8.
func (m *Model) MarshalBinary() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(modelMagic)
	b.Write(m.Fingerprint[:])
	binary.Write(&b, binary.LittleEndian, m.Buckets)
	for _, h := range []*Head{m.Case, m.Urgency} {
		k := len(h.Classes)
		b.WriteByte(byte(k))
		for _, c := range h.Classes {
			b.WriteByte(byte(len(c)))
			b.WriteString(c)
		}
		binary.Write(&b, binary.LittleEndian, h.Bias)
		scales := make([]float32, k)
		for i, w := range h.W {
			if a := float32(math.Abs(float64(w))); a > scales[i%k] {
				scales[i%k] = a
			}
		}
		for c := range scales {
			scales[c] /= 127
			if scales[c] == 0 {
				scales[c] = 1
			}
		}
		binary.Write(&b, binary.LittleEndian, scales)
		q := make([]int8, len(h.W))
		for i, w := range h.W {
			q[i] = int8(math.Round(float64(w / scales[i%k])))
		}
		binary.Write(&b, binary.LittleEndian, q)
	}
	return b.Bytes(), nil
}

// UnmarshalModel reads what MarshalBinary wrote.
func UnmarshalModel(data []byte) (*Model, error) {
	r := bytes.NewReader(data)
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(r, magic); err != nil || string(magic) != modelMagic {
		return nil, errors.New("not a Hoshyar triage model")
	}
	m := &Model{}
	if _, err := io.ReadFull(r, m.Fingerprint[:]); err != nil {
		return nil, fmt.Errorf("fingerprint: %w", err)
	}
	if err := binary.Read(r, binary.LittleEndian, &m.Buckets); err != nil || m.Buckets == 0 {
		return nil, fmt.Errorf("bucket count: %v", err)
	}
	heads := make([]*Head, 2)
	for i := range heads {
		k, err := r.ReadByte()
		if err != nil || k == 0 {
			return nil, fmt.Errorf("head %d: class count", i)
		}
		h := &Head{Classes: make([]string, k), Bias: make([]float32, k)}
		for c := range h.Classes {
			n, err := r.ReadByte()
			if err != nil {
				return nil, err
			}
			name := make([]byte, n)
			if _, err := io.ReadFull(r, name); err != nil {
				return nil, err
			}
			h.Classes[c] = string(name)
		}
		scales := make([]float32, k)
		q := make([]int8, int(m.Buckets)*int(k))
		for _, v := range []any{h.Bias, scales, q} {
			if err := binary.Read(r, binary.LittleEndian, v); err != nil {
				return nil, fmt.Errorf("head %d: %w", i, err)
			}
		}
		h.W = make([]float32, len(q))
		for j, v := range q {
			h.W[j] = float32(v) * scales[j%int(k)]
		}
		heads[i] = h
	}
	if r.Len() != 0 {
		return nil, errors.New("trailing bytes")
	}
	m.Case, m.Urgency = heads[0], heads[1]
	return m, nil
}

// bestWhere is the likeliest class that ok accepts, ties going to the
// name first in order, or start when ok accepts none: the model's next
// reading after one the rules rule out.
func (p Prediction) bestWhere(start string, ok func(string) bool) string {
	out, best := start, 0.0
	for c, pr := range p.Probs {
		if ok(c) && (pr > best || pr == best && c < out) {
			out, best = c, pr
		}
	}
	return out
}
