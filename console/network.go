package console

import (
	"errors"
	"math"
	"net/http"
	"strconv"
	"strings"

	"github.com/hoshyar/hoshyar/agency"
)

// A recruiter's network, drawn on the server as an SVG graph like the
// dashboard's charts: the key asked for in the middle, the keys named with
// it around it, the rest on an outer ring; a node's size says how many
// reports name it. Keys only reports of other agencies name are drawn
// without their value. The graph's numbers are also a list below it.

type networkPage struct {
	base
	Key   string // as typed
	Asked bool
	N     agency.Network
	Graph graph
}

type graph struct {
	W, H     int
	FontSize int
	Nodes    []graphNode
	Edges    []graphEdge
	Kinds    []legendItem
	More     int  // nodes not drawn
	Hidden   bool // some nodes are drawn without their value
}

type graphNode struct {
	agency.NetNode
	X, Y, R     int
	Color       string
	LabelX      int
	LabelY      int
	Anchor      string
	Short, Full string
	Href        string
}

type graphEdge struct {
	X1, Y1, X2, Y2 int
	Width          int
	Title          string
}

// graphNodes is how many nodes are drawn; the others are listed.
const graphNodes = 36

var kindColors = map[string]string{
	"phone": "#2471a3", "wallet": "#c0392b", "url": "#7d3c98", "licence": "#1e8449", "iban": "#a04000",
	"account": "#a04000", "handle": "#d68910", "company": "#2f6f62",
}

func (c *Console) network(w http.ResponseWriter, r *http.Request, s *session) {
	p := &networkPage{base: base{Title: "Networks", Nav: "network", User: s}, Key: strings.TrimSpace(r.URL.Query().Get("key"))}
	if p.Key == "" {
		c.render(w, r, http.StatusOK, "network", p)
		return
	}
	n, err := c.svc.Network(r.Context(), s.caller(), p.Key)
	var e *agency.Error
	if errors.As(err, &e) {
		p.Error = e.Message
		c.render(w, r, e.Status, "network", p)
		return
	}
	if err != nil {
		c.internal(w, r, s, err)
		return
	}
	p.Asked, p.N, p.Graph = true, n, draw(n)
	c.render(w, r, http.StatusOK, "network", p)
}

// draw lays the network out on two rings around the key asked for.
func draw(n agency.Network) graph {
	const w, h = chartW, chartW
	g := graph{W: w, H: h, FontSize: 11}
	nodes := n.Nodes
	if len(nodes) > graphNodes {
		g.More = len(nodes) - graphNodes
		nodes = nodes[:graphNodes]
	}
	if len(nodes) == 0 {
		return g
	}
	drawn := map[string]bool{}
	for _, nd := range nodes {
		drawn[nd.ID] = true
	}
	center := nodes[0].ID
	near := map[string]bool{}
	for _, e := range n.Edges {
		switch center {
		case e.From:
			near[e.To] = true
		case e.To:
			near[e.From] = true
		}
	}
	var ring1, ring2 []agency.NetNode
	for _, nd := range nodes[1:] {
		if near[nd.ID] {
			ring1 = append(ring1, nd)
		} else {
			ring2 = append(ring2, nd)
		}
	}
	cx, cy := w/2, h/2
	pos := map[string][2]int{center: {cx, cy}}
	place := func(ring []agency.NetNode, radius float64, offset float64) {
		for i, nd := range ring {
			a := 2*math.Pi*(float64(i)+offset)/float64(len(ring)) - math.Pi/2
			pos[nd.ID] = [2]int{cx + int(radius*math.Cos(a)), cy + int(radius*math.Sin(a))}
		}
	}
	r1 := 110.0
	if len(ring2) > 0 {
		r1 = 78
	}
	place(ring1, r1, 0)
	place(ring2, 138, 0.5)
	seen := map[string]bool{}
	for _, nd := range nodes {
		p := pos[nd.ID]
		gn := graphNode{NetNode: nd, X: p[0], Y: p[1], R: min(6+2*int(math.Sqrt(float64(nd.Reports))), 15), Color: kindColors[nd.Kind]}
		if nd.Hidden {
			gn.Full = wordsOf(keyWords, nd.Kind) + " in reports your agency does not hold"
			gn.Short = "hidden"
			g.Hidden = true
		} else {
			gn.Full = wordsOf(keyWords, nd.Kind) + ": " + nd.Label
			gn.Short = cut(nd.Label, 14)
			gn.Href = networkLink(nd.Kind, nd.Label)
		}
		if gn.Color == "" {
			gn.Color = palette[len(palette)-1]
		}
		gn.LabelX, gn.LabelY, gn.Anchor = gn.X, gn.Y+gn.R+g.FontSize, "middle"
		half := len([]rune(gn.Short)) * 6 / 2
		switch {
		case gn.X-half < 2:
			gn.LabelX, gn.Anchor = 2, "start"
		case gn.X+half > w-2:
			gn.LabelX, gn.Anchor = w-2, "end"
		}
		if gn.LabelY > h-2 {
			gn.LabelY = gn.Y - gn.R - 3
		}
		g.Nodes = append(g.Nodes, gn)
		if !seen[nd.Kind] {
			seen[nd.Kind] = true
			g.Kinds = append(g.Kinds, legendItem{Label: wordsOf(keyWords, nd.Kind), Color: gn.Color})
		}
	}
	for _, e := range n.Edges {
		if !drawn[e.From] || !drawn[e.To] {
			continue
		}
		a, b := pos[e.From], pos[e.To]
		g.Edges = append(g.Edges, graphEdge{X1: a[0], Y1: a[1], X2: b[0], Y2: b[1], Width: min(1+e.Reports/2, 5),
			Title: plural(e.Reports, "report names", "reports name") + " both"})
	}
	return g
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
