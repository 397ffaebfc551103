package agency

import (
	"context"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/hoshyar/hoshyar/store"
	"github.com/hoshyar/hoshyar/triage"
)

// A recruiter's network: the reports joined, hop by hop, by the phones,
// wallets, links, IBANs, accounts, handles, licences and company names they
// share, drawn as nodes (the keys) and edges (keys named together). An
// agency sees the whole graph's shape and counts, and the content (a key's
// value, a report's reference) only of what reports it holds name.

// Network is a recruiter's network as the caller may see it.
type Network struct {
	Key            string      `json:"key"` // the node asked for
	Nodes          []NetNode   `json:"nodes"`
	Edges          []NetEdge   `json:"edges"`
	Reports        int         `json:"reports"`
	AmountAskedPKR int64       `json:"amount_asked_pkr"`
	AmountPaidPKR  int64       `json:"amount_paid_pkr"`
	Agencies       []string    `json:"agencies"`
	Yours          []NetReport `json:"your_reports"` // the reports the caller's agency holds
	First, Last    *time.Time  `json:"-"`            // the earliest and latest report
	Truncated      bool        `json:"truncated,omitempty"`
}

// NetNode is a key of the network; a key only reports the caller does not
// hold name is Hidden: its kind and count, not its value.
type NetNode struct {
	ID      string `json:"id"`
	Kind    string `json:"kind"`
	Label   string `json:"label"`
	Reports int    `json:"reports"`
	Hidden  bool   `json:"hidden,omitempty"`
}

// NetEdge joins two keys named by the same reports.
type NetEdge struct {
	From    string `json:"from"`
	To      string `json:"to"`
	Reports int    `json:"reports"`
}

// NetReport is one of the caller's referrals in the network.
type NetReport struct {
	Reference   string    `json:"reference"`
	ReferralID  int64     `json:"referral_id"`
	CaseType    string    `json:"case_type"`
	Urgency     string    `json:"urgency"`
	CreatedAt   time.Time `json:"created_at"`
	AmountAsked *int64    `json:"amount_asked_pkr,omitempty"`
	AmountPaid  *int64    `json:"amount_paid_pkr,omitempty"`
}

// Bounds of a network: reports gathered, and hops from the key asked for.
const (
	networkReports = 200
	networkHops    = 3
)

var keyKinds = []string{store.KeyPhone, store.KeyWallet, store.KeyURL, store.KeyLicence, store.KeyIBAN,
	store.KeyAccount, store.KeyHandle, store.KeyCompany}

var (
	ibanRe    = regexp.MustCompile(`^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$`)
	accountRe = regexp.MustCompile(`^\d{10,20}$`)
)

// ParseKey reads what a person looks up: a node's id ("phone:+92…"), a
// phone or wallet number as written (0345-1112233), a link, a licence
// number, an IBAN, an account number, a @handle or a firm's name. A number
// is looked up as a phone and as a wallet.
func ParseKey(s string) ([]store.Key, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 300 {
		return nil, false
	}
	if kind, value, ok := strings.Cut(s, ":"); ok && slices.Contains(keyKinds, kind) && value != "" {
		if kind == store.KeyPhone || kind == store.KeyWallet {
			return numberKeys(value), true
		}
		return []store.Key{{Kind: kind, Value: value}}, true
	}
	if strings.HasPrefix(s, "@") && !strings.ContainsAny(s, " /") {
		return []store.Key{{Kind: store.KeyHandle, Value: strings.ToLower(s)}}, true
	}
	compact := strings.ToUpper(strings.Join(strings.Fields(s), ""))
	if ibanRe.MatchString(compact) {
		return []store.Key{{Kind: store.KeyIBAN, Value: compact}}, true
	}
	e := triage.Extract(s)
	switch {
	case len(e.Phones) > 0:
		return numberKeys(e.Phones[0]), true
	case len(e.URLs) > 0:
		return []store.Key{{Kind: store.KeyURL, Value: e.URLs[0]}}, true
	case len(e.Licences) > 0:
		return []store.Key{{Kind: store.KeyLicence, Value: e.Licences[0]}}, true
	}
	digits := strings.NewReplacer("-", "", " ", "").Replace(s)
	if accountRe.MatchString(digits) {
		return []store.Key{{Kind: store.KeyAccount, Value: digits}}, true
	}
	return []store.Key{{Kind: store.KeyCompany, Value: strings.ToLower(strings.Join(strings.Fields(s), " "))}}, true
}

func numberKeys(v string) []store.Key {
	return []store.Key{{Kind: store.KeyPhone, Value: v}, {Kind: store.KeyWallet, Value: v}}
}

// nodeOf is the node a key is drawn as: a number is one node, a wallet
// when money was sent to it.
func nodeOf(k store.Key, wallets map[string]bool) store.Key {
	if k.Kind == store.KeyPhone && wallets[k.Value] {
		return store.Key{Kind: store.KeyWallet, Value: k.Value}
	}
	return k
}

// Network gathers the network around key. The read is audited.
func (s *Service) Network(ctx context.Context, c Caller, key string) (Network, error) {
	start, ok := ParseKey(key)
	if !ok {
		return Network{}, invalid("key must be a phone or wallet number, a link, a licence number, an IBAN, an account number, a @handle or a company's name")
	}
	n := Network{Nodes: []NetNode{}, Edges: []NetEdge{}, Agencies: []string{}, Yours: []NetReport{}}
	// Gather the reports, hop by hop.
	seen := map[store.Key]bool{}
	frontier := start
	for _, k := range start {
		seen[k] = true
	}
	have := map[int64]bool{}
	var ids []int64
	var keys []store.ReportKey
	for hop := 0; hop < networkHops && len(frontier) > 0; hop++ {
		found, err := store.ReportsNaming(ctx, s.pool, frontier, networkReports+1)
		if err != nil {
			return Network{}, err
		}
		var fresh []int64
		for _, id := range found {
			if !have[id] {
				have[id] = true
				fresh = append(fresh, id)
			}
		}
		if len(ids)+len(fresh) > networkReports {
			fresh = fresh[:networkReports-len(ids)]
			n.Truncated = true
		}
		ids = append(ids, fresh...)
		more, err := store.KeysOf(ctx, s.pool, fresh)
		if err != nil {
			return Network{}, err
		}
		keys = append(keys, more...)
		frontier = nil
		for _, k := range more {
			kk := store.Key{Kind: k.Kind, Value: k.Value}
			if !seen[kk] {
				seen[kk] = true
				frontier = append(frontier, kk)
			}
		}
		if n.Truncated {
			break
		}
	}
	reports, err := store.NetworkReports(ctx, s.pool, ids, c.Agency)
	if err != nil {
		return Network{}, err
	}
	n.build(start, keys, reports)
	if err := store.Audit(ctx, s.pool, c.Actor, "network.read", "agency", 0,
		map[string]any{"agency": c.Agency, "key_kind": start[0].Kind, "reports": n.Reports, "yours": len(n.Yours)}); err != nil {
		return Network{}, err
	}
	return n, nil
}

// build draws the graph of keys over reports, showing the caller the
// values only of keys their reports name.
func (n *Network) build(start []store.Key, keys []store.ReportKey, reports []store.NetworkReport) {
	held := map[int64]bool{}
	agencies := map[string]bool{}
	n.Reports = len(reports)
	for _, r := range reports {
		if r.AmountAsked != nil {
			n.AmountAskedPKR += *r.AmountAsked
		}
		if r.AmountPaid != nil {
			n.AmountPaidPKR += *r.AmountPaid
		}
		for _, a := range r.Agencies {
			agencies[a] = true
		}
		created := pkt(r.CreatedAt)
		if n.First == nil || created.Before(*n.First) {
			n.First = &created
		}
		if n.Last == nil || created.After(*n.Last) {
			n.Last = &created
		}
		if r.ReferralID != nil {
			held[r.ID] = true
			n.Yours = append(n.Yours, NetReport{Reference: r.Reference, ReferralID: *r.ReferralID, CaseType: r.CaseType,
				Urgency: r.Urgency, CreatedAt: created, AmountAsked: r.AmountAsked, AmountPaid: r.AmountPaid})
		}
	}
	for a := range agencies {
		n.Agencies = append(n.Agencies, a)
	}
	slices.Sort(n.Agencies)

	wallets := map[string]bool{}
	for _, k := range keys {
		if k.Kind == store.KeyWallet {
			wallets[k.Value] = true
		}
	}
	byReport := map[int64][]store.Key{}
	count := map[store.Key]int{}
	visible := map[store.Key]bool{}
	for _, k := range keys {
		node := nodeOf(store.Key{Kind: k.Kind, Value: k.Value}, wallets)
		if slices.Contains(byReport[k.ReportID], node) {
			continue
		}
		byReport[k.ReportID] = append(byReport[k.ReportID], node)
		count[node]++
		visible[node] = visible[node] || held[k.ReportID]
	}
	for _, k := range start {
		visible[nodeOf(k, wallets)] = true // the caller named it
	}
	startNode := nodeOf(start[0], wallets)
	// Nodes in a stable order: the key asked for first, then by count.
	order := make([]store.Key, 0, len(count))
	for k := range count {
		order = append(order, k)
	}
	slices.SortFunc(order, func(a, b store.Key) int {
		switch {
		case a == startNode:
			return -1
		case b == startNode:
			return 1
		case count[a] != count[b]:
			return count[b] - count[a]
		case a.Kind != b.Kind:
			return strings.Compare(a.Kind, b.Kind)
		}
		return strings.Compare(a.Value, b.Value)
	})
	ids := map[store.Key]string{}
	hidden := 0
	for _, k := range order {
		node := NetNode{ID: k.Kind + ":" + k.Value, Kind: k.Kind, Label: k.Value, Reports: count[k]}
		if !visible[k] {
			hidden++
			node.ID, node.Label, node.Hidden = "hidden:"+strconv.Itoa(hidden), "", true
		}
		ids[k] = node.ID
		n.Nodes = append(n.Nodes, node)
	}
	n.Key = ids[startNode]
	if n.Key == "" {
		n.Key = startNode.Kind + ":" + startNode.Value
	}
	type pair struct{ a, b string }
	edges := map[pair]int{}
	for _, ks := range byReport {
		for i := range ks {
			for j := i + 1; j < len(ks); j++ {
				a, b := ids[ks[i]], ids[ks[j]]
				if a > b {
					a, b = b, a
				}
				edges[pair{a, b}]++
			}
		}
	}
	for p, c := range edges {
		n.Edges = append(n.Edges, NetEdge{From: p.a, To: p.b, Reports: c})
	}
	slices.SortFunc(n.Edges, func(x, y NetEdge) int {
		if x.Reports != y.Reports {
			return y.Reports - x.Reports
		}
		if x.From != y.From {
			return strings.Compare(x.From, y.From)
		}
		return strings.Compare(x.To, y.To)
	})
}
