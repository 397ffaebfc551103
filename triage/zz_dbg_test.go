package triage

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

// TDBG="t1|t2": hits, rules, model, final
func TestZZDbg(t *testing.T) {
	for _, s := range strings.Split(os.Getenv("TDBG"), "|") {
		e := Extract(s)
		a := newAnalysis(s, e.Amounts)
		a.collect(lex.all)
		var hs []string
		for l, hits := range a.hits {
			for _, h := range hits {
				hs = append(hs, fmt.Sprintf("%s:%s«%s»", l.Kind, l.Key, a.span(h)))
			}
		}
		sort.Strings(hs)
		r := a.rules(e)
		feats := append(append(a.features(e), languageFeature(a.text)), ruleFeatures(r.caseType, r.urgency)...)
		hf := stdModel.hash(feats)
		pc := stdModel.predictHashed(stdModel.Case, hf)
		pu := stdModel.predictHashed(stdModel.Urgency, hf)
		fin := a.decide(e, r)
		t.Logf("%s\n  hits %s\n  rules %s/%s lowered=%q firm=%v precise=%v paid=%v licensed=%v\n  model %s %.2f / %s %.2f\n  FINAL %s/%s flags=%v danger=%v", s, strings.Join(hs, " "), r.caseType, r.urgency, a.lowered(), r.firm, r.precise, r.f.paid, r.f.licensed, pc.Class, pc.P, pu.Class, pu.P, fin.CaseType, fin.Urgency, fin.Flags, fin.Danger)
	}
}
