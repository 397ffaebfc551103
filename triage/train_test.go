package triage

import (
	"maps"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestTrainExperiment trains on the train split and reports the model's
// accuracy on dev; it runs only when asked (TRIAGE_EXPERIMENT=1).
func TestTrainExperiment(t *testing.T) {
	if os.Getenv("TRIAGE_EXPERIMENT") == "" {
		t.Skip("set TRIAGE_EXPERIMENT=1")
	}
	all, err := Corpus()
	require.NoError(t, err)
	opt := envTrainOptions()
	m := Train(Split(all, "train"), opt)
	for _, split := range []string{"train", "dev"} {
		var okC, okU, n, emTP, emFN, emFP int
		for _, ex := range Split(all, split) {
			f := Features(ex.Text)
			c := m.predict(m.Case, f)
			u := m.predict(m.Urgency, f)
			n++
			if c.Class == ex.CaseType {
				okC++
			}
			if u.Class == ex.Urgency {
				okU++
			}
			switch {
			case u.Class == "emergency" && ex.Urgency == "emergency":
				emTP++
			case ex.Urgency == "emergency":
				emFN++
			case u.Class == "emergency":
				emFP++
			}
		}
		t.Logf("%s: case %d/%d %.1f%% urgency %d/%d %.1f%% emergency recall %d/%d precision %d/%d", split, okC, n, 100*float64(okC)/float64(n),
			okU, n, 100*float64(okU)/float64(n), emTP, emTP+emFN, emTP, emTP+emFP)
	}
}

func TestTrainConfusion(t *testing.T) {
	if os.Getenv("TRIAGE_CONFUSION") == "" {
		t.Skip()
	}
	all, err := Corpus()
	require.NoError(t, err)
	m := Train(Split(all, "train"), DefaultTrainOptions)
	conf := map[string]map[string]int{}
	for _, ex := range Split(all, "dev") {
		c := m.predict(m.Case, Features(ex.Text))
		if conf[ex.CaseType] == nil {
			conf[ex.CaseType] = map[string]int{}
		}
		conf[ex.CaseType][c.Class]++
		if c.Class != ex.CaseType && os.Getenv("TRIAGE_CONFUSION") == "v" {
			t.Logf("%s want %s got %s (%.2f) %v\n   %q", ex.ID, ex.CaseType, c.Class, c.P, c.Top, ex.Text)
		}
	}
	for _, want := range CaseTypes {
		t.Logf("%-24s %v", want, conf[want])
	}
}

// TestCombinedExperiment trains on train and scores the combined triage on
// dev (TRIAGE_EXPERIMENT=combined).
func TestCombinedExperiment(t *testing.T) {
	if os.Getenv("TRIAGE_EXPERIMENT") != "combined" {
		t.Skip()
	}
	all, err := Corpus()
	require.NoError(t, err)
	saved := stdModel
	defer func() { stdModel = saved }()
	stdModel = Train(Split(all, "train"), DefaultTrainOptions)
	if v := os.Getenv("EMERGENCY_AT"); v != "" {
		emergencyAt, _ = strconv.ParseFloat(v, 64)
	}
	if v := os.Getenv("RULE_EMERGENCY_AT"); v != "" {
		ruleEmergencyAt, _ = strconv.ParseFloat(v, 64)
	}
	var b strings.Builder
	WriteReport(&b, Evaluate(Split(all, "dev")))
	t.Log("dev\n" + b.String())
}

func TestCombinedMisses(t *testing.T) {
	if os.Getenv("TRIAGE_EXPERIMENT") != "misses" {
		t.Skip()
	}
	all, err := Corpus()
	require.NoError(t, err)
	saved := stdModel
	defer func() { stdModel = saved }()
	stdModel = Train(Split(all, "train"), DefaultTrainOptions)
	for _, ex := range Split(all, os.Getenv("SPLIT")) {
		r := Read(ex.Text)
		if os.Getenv("WHAT") == "everyday" && ex.HasTag("everyday") && r.CaseType != CaseOther ||
			os.Getenv("WHAT") == "emergency" && (ex.Urgency == UrgencyEmergency) != (r.Urgency == UrgencyEmergency) {
			t.Logf("%s want %s/%s got %s/%s %v %v\n   %q", ex.ID, ex.CaseType, ex.Urgency, r.CaseType, r.Urgency, r.Danger, r.Model, ex.Text)
		}
	}
}

func TestRulePrecision(t *testing.T) {
	if os.Getenv("TRIAGE_EXPERIMENT") != "rules" {
		t.Skip()
	}
	all, err := Corpus()
	require.NoError(t, err)
	n, ok := map[string]int{}, map[string]int{}
	for _, ex := range append(Split(all, "train"), Split(all, "dev")...) {
		e := Extract(ex.Text)
		a := newAnalysis(ex.Text, e.Amounts)
		a.collect(lex.all)
		r := a.rules(e)
		n[r.caseType]++
		if r.caseType == ex.CaseType {
			ok[r.caseType]++
		}
	}
	for _, c := range CaseTypes {
		t.Logf("%-24s %3d/%3d = %.0f%%", c, ok[c], n[c], 100*float64(ok[c])/float64(max(n[c], 1)))
	}
}

func TestEmbeddedMisses(t *testing.T) {
	if os.Getenv("TRIAGE_EXPERIMENT") != "embedded" {
		t.Skip()
	}
	all, err := Corpus()
	require.NoError(t, err)
	for _, ex := range Split(all, os.Getenv("SPLIT")) {
		r := Read(ex.Text)
		if ex.Urgency == UrgencyEmergency && r.Urgency != UrgencyEmergency {
			t.Logf("%s want %s/%s got %s/%s %v\n   %q", ex.ID, ex.CaseType, ex.Urgency, r.CaseType, r.Urgency, r.Danger, ex.Text)
		}
	}
}

func TestFrighteningMisses(t *testing.T) {
	if os.Getenv("TRIAGE_EXPERIMENT") != "fright" {
		t.Skip()
	}
	all, err := Corpus()
	require.NoError(t, err)
	saved := stdModel
	defer func() { stdModel = saved }()
	stdModel = Train(Split(all, "train"), DefaultTrainOptions)
	for _, ex := range Split(all, os.Getenv("SPLIT")) {
		r := Read(ex.Text)
		if ex.HasTag("frightening_nonemergency") && r.Urgency == UrgencyEmergency {
			t.Logf("FP %s want %s/%s got %s/%s %v\n   %q", ex.ID, ex.CaseType, ex.Urgency, r.CaseType, r.Urgency, r.Danger, ex.Text)
		}
		if ex.Urgency == UrgencyEmergency && r.Urgency != UrgencyEmergency {
			t.Logf("FN %s want %s/%s got %s/%s %v\n   %q", ex.ID, ex.CaseType, ex.Urgency, r.CaseType, r.Urgency, r.Danger, ex.Text)
		}
	}
}

func TestBinaryEmergencyExperiment(t *testing.T) {
	if os.Getenv("TRIAGE_EXPERIMENT") != "binary" {
		t.Skip()
	}
	all, err := Corpus()
	require.NoError(t, err)
	train := Split(all, "train")
	m := &Model{Buckets: DefaultTrainOptions.Buckets}
	feats := make([][]string, len(train))
	for i, ex := range train {
		feats[i] = dedupe(Features(ex.Text))
	}
	bin := m.trainHead(train, feats, []string{"emergency", "not"}, func(e Example) string {
		if e.Urgency == UrgencyEmergency {
			return "emergency"
		}
		return "not"
	}, DefaultTrainOptions)
	u := m.trainHead(train, feats, Urgencies, func(e Example) string { return e.Urgency }, DefaultTrainOptions)
	dev := Split(all, "dev")
	for _, th := range []float64{0.2, 0.3, 0.4, 0.5} {
		var tpB, fpB, fnB, tpU, fpU, fnU, frB, frU int
		for _, ex := range dev {
			f := Features(ex.Text)
			pb := m.predict(bin, f).Probs["emergency"]
			pu := m.predict(u, f).Probs["emergency"]
			want := ex.Urgency == UrgencyEmergency
			for _, x := range []struct {
				p              float64
				tp, fp, fn, fr *int
			}{{pb, &tpB, &fpB, &fnB, &frB}, {pu, &tpU, &fpU, &fnU, &frU}} {
				got := x.p >= th
				switch {
				case got && want:
					*x.tp++
				case want:
					*x.fn++
				case got:
					*x.fp++
					if ex.HasTag("frightening_nonemergency") {
						*x.fr++
					}
				}
			}
		}
		t.Logf("th %.2f binary rec %d/%d fp %d fright %d | 3-class rec %d/%d fp %d fright %d", th, tpB, tpB+fnB, fpB, frB, tpU, tpU+fnU, fpU, frU)
	}
}

// TestCrossValidated prints out-of-fold mistakes on the train split (5
// folds), so rules can be improved without looking at dev or test.
func TestCrossValidated(t *testing.T) {
	if os.Getenv("TRIAGE_EXPERIMENT") != "cv" {
		t.Skip()
	}
	all, err := Corpus()
	require.NoError(t, err)
	train := Split(all, "train")
	if os.Getenv("CV_DEV") != "" {
		train = append(train, Split(all, "dev")...)
	}
	saved := stdModel
	defer func() { stdModel = saved }()
	if v := os.Getenv("EMERGENCY_AT"); v != "" {
		emergencyAt, _ = strconv.ParseFloat(v, 64)
	}
	if v := os.Getenv("RULEF"); v != "" {
		ruleFeaturesMode = v
	}
	if v := os.Getenv("LEXW"); v != "" {
		w, _ := strconv.ParseFloat(v, 64)
		lexiconWeight = float32(w)
	}
	if v := os.Getenv("RERAISE"); v != "" {
		reraiseAt, _ = strconv.ParseFloat(v, 64)
	}
	if v := os.Getenv("OFF_AT"); v != "" {
		offTopicAt, _ = strconv.ParseFloat(v, 64)
	}
	if v := os.Getenv("OFF_EM"); v != "" {
		offTopicEmergencyAt, _ = strconv.ParseFloat(v, 64)
	}
	if v := os.Getenv("GRAMS"); v != "" {
		a, b, _ := strings.Cut(v, "-")
		gramMin, _ = strconv.Atoi(a)
		gramMax, _ = strconv.Atoi(b)
	}
	if v := os.Getenv("SHAPE"); v != "" {
		shapeFeatures = v == "1"
	}
	if v := os.Getenv("NEGW"); v != "" {
		negatedWords = v == "1"
	}
	sc := &Scores{}
	type sweepKey struct{ em, re float64 }
	sweep := map[sweepKey]*Scores{}
	var sweepEm, sweepRe []float64
	for _, v := range strings.Fields(os.Getenv("SWEEP_EM")) {
		f, _ := strconv.ParseFloat(v, 64)
		sweepEm = append(sweepEm, f)
	}
	for _, v := range strings.Fields(os.Getenv("SWEEP_RE")) {
		f, _ := strconv.ParseFloat(v, 64)
		sweepRe = append(sweepRe, f)
	}
	if len(sweepRe) == 0 {
		sweepRe = []float64{reraiseAt}
	}
	var tp, fn, fp, fr, caseOK int
	urg := map[string]int{}
	cases := map[string]int{}
	for k := 0; k < 5; k++ {
		var in, out []Example
		for i, ex := range train {
			if i%5 == k {
				out = append(out, ex)
			} else {
				in = append(in, ex)
			}
		}
		opt := envTrainOptions()
		stdModel = Train(in, opt)
		for _, ex := range out {
			if len(sweepEm) > 0 {
				em0, re0 := emergencyAt, reraiseAt
				for _, em := range sweepEm {
					for _, re := range sweepRe {
						emergencyAt, reraiseAt = em, re
						k := sweepKey{em, re}
						if sweep[k] == nil {
							sweep[k] = &Scores{}
						}
						score(sweep[k], ex, Read(ex.Text), false)
					}
				}
				emergencyAt, reraiseAt = em0, re0
			}
			r := Read(ex.Text)
			score(sc, ex, r, false)
			if r.CaseType == ex.CaseType {
				caseOK++
			} else {
				cases[ex.CaseType+" -> "+r.CaseType]++
			}
			if r.Urgency != ex.Urgency {
				urg[ex.Urgency+" -> "+r.Urgency]++
				if strings.Contains(os.Getenv("SHOW"), "urg") && r.Urgency != UrgencyEmergency && ex.Urgency != UrgencyEmergency {
					t.Logf("URG %s %s %s->%s %v\n   %q", ex.ID, ex.CaseType, ex.Urgency, r.Urgency, r.Danger, ex.Text)
				}
			}
			if strings.Contains(os.Getenv("SHOW"), "case") && r.CaseType != ex.CaseType {
				t.Logf("CASE %s %s->%s\n   %q", ex.ID, ex.CaseType, r.CaseType, ex.Text)
			}
			got, want := r.Urgency == UrgencyEmergency, ex.Urgency == UrgencyEmergency
			switch {
			case got && want:
				tp++
			case want:
				fn++
				if strings.Contains(os.Getenv("SHOW"), "fn") {
					t.Logf("FN %s %s %v\n   %q", ex.ID, ex.CaseType, r.Danger, ex.Text)
				}
			case got:
				fp++
				if ex.HasTag("frightening_nonemergency") {
					fr++
				}
				if strings.Contains(os.Getenv("SHOW"), "fp") {
					t.Logf("FP %s %s/%s %v\n   %q", ex.ID, ex.CaseType, ex.Urgency, r.Danger, ex.Text)
				}
			}
		}
	}
	t.Logf("urgency confusions: %v", urg)
	t.Logf("case confusions: %v", cases)
	for _, em := range sweepEm {
		for _, re := range sweepRe {
			s := sweep[sweepKey{em, re}]
			t.Logf("sweep emergencyAt %.2f reraiseAt %.2f: fully %d urgency %d emergency %d/%d false %d (frightening %d)", em, re, s.FullyRight, s.UrgencyRight,
				s.EmergencyTP, s.EmergencyTP+s.EmergencyFN, s.EmergencyFP, s.FrighteningFalse)
		}
	}
	t.Logf("out of fold: fully right %d, with flags %d, urgency %d, everyday cased %d/%d", sc.FullyRight, sc.StrictRight, sc.UrgencyRight, sc.EverydayCased, sc.Everyday)
	t.Logf("out of fold: case %d/%d, emergency recall %d/%d, false %d (frightening %d)", caseOK, len(train), tp, tp+fn, fp, fr)
}

// TestConceptPairs prints, for each pair of concepts, how often the train
// split's messages that have it are emergencies.
func TestConceptPairs(t *testing.T) {
	if os.Getenv("TRIAGE_EXPERIMENT") != "pairs" {
		t.Skip()
	}
	all, err := Corpus()
	require.NoError(t, err)
	type stat struct{ n, em, fr int }
	st := map[string]*stat{}
	for _, ex := range Split(all, "train") {
		for _, f := range Features(ex.Text) {
			if !strings.HasPrefix(f, "k2:") && !strings.HasPrefix(f, "x:cue:k_") {
				continue
			}
			s := st[f]
			if s == nil {
				s = &stat{}
				st[f] = s
			}
			s.n++
			if ex.Urgency == UrgencyEmergency {
				s.em++
			}
			if ex.HasTag("frightening_nonemergency") {
				s.fr++
			}
		}
	}
	for f, s := range st {
		if s.n >= 5 {
			t.Logf("%-40s n=%3d em=%3d (%.0f%%) fright=%d", f, s.n, s.em, 100*float64(s.em)/float64(s.n), s.fr)
		}
	}
}

// TestExplain prints what the lexicon found in TRIAGE_EXPLAIN.
func TestExplain(t *testing.T) {
	text := os.Getenv("TRIAGE_EXPLAIN")
	if text == "" {
		t.Skip()
	}
	a := newAnalysis(text, Extract(text).Amounts)
	a.collect(lex.all)
	for l, hs := range a.hits {
		for _, h := range hs {
			var ws []string
			for _, tk := range a.toks[h.I:h.J] {
				ws = append(ws, tk.S)
			}
			t.Logf("%s:%s %q neg=%v", l.Kind, l.Key, strings.Join(ws, " "), a.negated(h))
		}
	}
	t.Logf("%+v", Read(text).Assessment)
}

// TestCVExplain trains without the example CV_ID and shows how the model
// reads it.
func TestCVExplain(t *testing.T) {
	id := os.Getenv("CV_ID")
	if id == "" {
		t.Skip()
	}
	all, err := Corpus()
	require.NoError(t, err)
	var in []Example
	var ex Example
	for _, e := range append(Split(all, "train"), Split(all, "dev")...) {
		if e.ID == id {
			ex = e
		} else {
			in = append(in, e)
		}
	}
	m := Train(in, DefaultTrainOptions)
	f := Features(ex.Text)
	pu := m.predict(m.Urgency, f)
	pc := m.predict(m.Case, f)
	t.Logf("%s\n urgency %v top %v\n case %s %.2f", ex.Text, pu.Probs, pu.Top, pc.Class, pc.P)
	var fs []string
	for _, x := range f {
		if strings.HasPrefix(x, "x:") || strings.HasPrefix(x, "k2:") || strings.HasPrefix(x, "r:") {
			fs = append(fs, x)
		}
	}
	t.Logf("lexicon features %v", fs)
}

// envTrainOptions are the default training options with EPOCHS, L2 and
// RATE from the environment, for experiments.
func envTrainOptions() TrainOptions {
	opt := DefaultTrainOptions
	if v := os.Getenv("EPOCHS"); v != "" {
		opt.Epochs, _ = strconv.Atoi(v)
	}
	if v := os.Getenv("L2"); v != "" {
		opt.L2, _ = strconv.ParseFloat(v, 64)
	}
	if v := os.Getenv("RATE"); v != "" {
		opt.Rate, _ = strconv.ParseFloat(v, 64)
	}
	return opt
}

// TestFlagMisses tallies red-flag mistakes by code on train and dev
// (TRIAGE_EXPERIMENT=flags), with examples when FLAG names a code.
func TestFlagMisses(t *testing.T) {
	if os.Getenv("TRIAGE_EXPERIMENT") != "flags" {
		t.Skip()
	}
	all, err := Corpus()
	require.NoError(t, err)
	if os.Getenv("FLAGPOL") == "0" {
		flagPolicy = false
		defer func() { flagPolicy = true }()
	}
	fpc, fnc := map[string]int{}, map[string]int{}
	tpc := map[string]int{}
	for _, ex := range append(Split(all, "train"), Split(all, "dev")...) {
		r := Read(ex.Text)
		if r.CaseType != ex.CaseType {
			continue
		}
		got := map[string]bool{}
		for _, f := range r.Flags {
			got[f.Code] = true
			if slices.Contains(ex.Flags, f.Code) {
				tpc[ex.CaseType+" "+f.Code]++
			} else {
				fpc[ex.CaseType+" "+f.Code]++
				if os.Getenv("FLAG") == f.Code {
					t.Logf("FP %s %s %s\n   %q", f.Code, ex.ID, ex.CaseType, ex.Text)
				}
			}
		}
		for _, f := range ex.Flags {
			if !got[f] {
				fnc[ex.CaseType+" "+f]++
				if os.Getenv("FLAG") == f {
					t.Logf("FN %s %s %s\n   %q", f, ex.ID, ex.CaseType, ex.Text)
				}
			}
		}
	}
	keys := map[string]bool{}
	for k := range tpc {
		keys[k] = true
	}
	for k := range fpc {
		keys[k] = true
	}
	for k := range fnc {
		keys[k] = true
	}
	for _, k := range slices.Sorted(maps.Keys(keys)) {
		t.Logf("%-50s tp %3d fp %3d fn %3d", k, tpc[k], fpc[k], fnc[k])
	}
	t.Logf("false flags %v", fpc)
	t.Logf("missed flags %v", fnc)
}
