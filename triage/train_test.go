package triage

import (
	"os"
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
