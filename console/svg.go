package console

import (
	"strconv"
	"strings"
	"time"

	"github.com/hoshyar/hoshyar/routing"
	"github.com/hoshyar/hoshyar/store"
)

// Charts are drawn on the server as inline SVG: geometry is computed here,
// the templates only place it (and escape every label), and the page needs
// no script. Each chart also has its numbers as a table.
//
// The charts are drawn for a phone first: a viewBox about as wide as a
// 390 px screen's card, so one unit is about one CSS pixel there and text of
// fontSize units stays legible (the CSS caps their width on a desktop).
// Labels never sit left of a bar, where a long one ("United Arab Emirates")
// was clipped at the edge: each stands on its own line above its bar.

// chartW is the width of every chart's viewBox; fontSize is the size of
// every text in it; charW is a generous estimate of one character's width
// at that size, for fitting labels.
const (
	chartW   = 340
	fontSize = 13
	charW    = 8
)

// maxLabelRunes is the longest label drawn whole; longer ones are cut with
// an ellipsis, the whole label in their tooltip.
const maxLabelRunes = (chartW - 8) / charW

// palette colours the case types, in routing.CaseTypes order.
var palette = []string{
	"#2f6f62", "#c0392b", "#d68910", "#7d3c98", "#2471a3", "#a04000", "#1e8449",
	"#b03a2e", "#5d6d7e", "#117a65", "#9a7d0a", "#6c3483", "#909497",
}

func caseColor(caseType string) string {
	for i, ct := range routing.CaseTypes() {
		if ct == caseType {
			return palette[i%len(palette)]
		}
	}
	return palette[len(palette)-1]
}

type tick struct {
	Pos    int
	Label  string
	Anchor string // text-anchor: middle, or end for the last one at the right edge
}

type segment struct {
	Y, H  int
	Color string
	Title string
}

type stackBar struct {
	X, W     int
	Segments []segment
}

type legendItem struct{ Label, Color string }

// stackChart is a bar per day, stacked by case type.
type stackChart struct {
	Title          string
	W, H           int
	Left, Bottom   int // the plot's left edge and baseline
	Right          int
	FontSize       int
	Bars           []stackBar
	YTicks, XTicks []tick
	Legend         []legendItem
	Empty          bool
}

// stackedDays draws counts per day (from `from`, days long) and case type.
func stackedDays(title string, counts []store.DayCount, from time.Time, days int) stackChart {
	const w, h, right, top, bottom = chartW, 200, chartW - 4, 12, 176
	ch := stackChart{Title: title, W: w, H: h, Bottom: bottom, Right: right, FontSize: fontSize}
	perDay := map[string]map[string]int{}
	totals := map[string]int{}
	seen := map[string]bool{}
	for _, c := range counts {
		d := c.Day.Format(time.DateOnly)
		if perDay[d] == nil {
			perDay[d] = map[string]int{}
		}
		perDay[d][c.CaseType] += c.N
		totals[d] += c.N
		seen[c.CaseType] = true
	}
	maxN := 0
	for _, n := range totals {
		maxN = max(maxN, n)
	}
	ch.Empty = maxN == 0
	if ch.Empty {
		maxN = 1
	}
	// The y axis' numbers end left of the plot: room for the widest.
	left := 6 + charW*len(strconv.Itoa(maxN))
	ch.Left = left
	scale := func(n int) int { return n * (bottom - top) / maxN }
	slot := (right - left) / days
	for i := range days {
		day := from.AddDate(0, 0, i)
		d := day.Format(time.DateOnly)
		bar := stackBar{X: left + i*slot + 1, W: max(slot-2, 1)}
		y := bottom
		for _, ct := range routing.CaseTypes() {
			n := perDay[d][ct]
			if n == 0 {
				continue
			}
			hgt := max(scale(n), 1)
			y -= hgt
			bar.Segments = append(bar.Segments, segment{Y: y, H: hgt, Color: caseColor(ct),
				Title: day.Format("2 Jan") + ": " + strconv.Itoa(n) + " " + strings.ToLower(routing.CaseTypeName(ct))})
		}
		ch.Bars = append(ch.Bars, bar)
		if (days-1-i)%7 == 0 { // weekly, ending today
			t := tick{Pos: bar.X + bar.W/2, Label: day.Format("2 Jan"), Anchor: "middle"}
			if t.Pos+len(t.Label)*charW/2 > w {
				t.Pos, t.Anchor = right, "end"
			}
			ch.XTicks = append(ch.XTicks, t)
		}
	}
	for _, n := range []int{0, maxN / 2, maxN} {
		if ch.Empty && n > 0 {
			continue
		}
		if len(ch.YTicks) > 0 && ch.YTicks[len(ch.YTicks)-1].Label == strconv.Itoa(n) {
			continue
		}
		ch.YTicks = append(ch.YTicks, tick{Pos: bottom - scale(n), Label: strconv.Itoa(n)})
	}
	for _, ct := range routing.CaseTypes() {
		if seen[ct] {
			ch.Legend = append(ch.Legend, legendItem{Label: routing.CaseTypeName(ct), Color: caseColor(ct)})
		}
	}
	return ch
}

type hbarRow struct {
	LabelY, BarY, BarW int
	TextX, TextY       int    // the count's baseline, after the bar
	Label, Full, Href  string // Full is the label uncut, for the tooltip
	N                  int
}

// hbarChart is one horizontal bar per key, largest first, its label above.
type hbarChart struct {
	Title    string
	W, H     int
	BarH     int
	FontSize int
	Rows     []hbarRow
	Empty    bool
}

// hbars draws counts; label names a key and href (optional) links it.
func hbars(title string, counts []store.Count, label, href func(string) string) hbarChart {
	const barH, rowH = 14, 40
	maxN := 1
	for _, c := range counts {
		maxN = max(maxN, c.N)
	}
	// The count follows its bar: room for the widest.
	right := chartW - 6 - charW*len(strconv.Itoa(maxN))
	ch := hbarChart{Title: title, W: chartW, H: max(len(counts), 1)*rowH + 4, BarH: barH, FontSize: fontSize, Empty: len(counts) == 0}
	for i, c := range counts {
		bw := max(c.N*right/maxN, 2)
		full := label(c.Key)
		row := hbarRow{LabelY: i*rowH + fontSize + 2, BarY: i*rowH + fontSize + 8, BarW: bw, TextX: bw + 6, TextY: i*rowH + fontSize + 8 + barH - 2,
			Label: cut(full, maxLabelRunes), Full: full, N: c.N}
		if href != nil {
			row.Href = href(c.Key)
		}
		ch.Rows = append(ch.Rows, row)
	}
	return ch
}

// cut shortens s to at most n runes, ending it with an ellipsis.
func cut(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// countryNames names the destinations reports most often name; others
// show their ISO code.
var countryNames = map[string]string{
	"SA": "Saudi Arabia", "AE": "United Arab Emirates", "QA": "Qatar", "OM": "Oman", "KW": "Kuwait",
	"BH": "Bahrain", "MY": "Malaysia", "LY": "Libya", "IT": "Italy", "GR": "Greece", "ES": "Spain",
	"GB": "United Kingdom", "TR": "Türkiye", "IR": "Iran", "AF": "Afghanistan", "IQ": "Iraq",
	"AZ": "Azerbaijan", "RU": "Russia", "BY": "Belarus", "PL": "Poland", "RO": "Romania",
	"KH": "Cambodia", "MM": "Myanmar", "LA": "Laos", "TH": "Thailand", "CN": "China", "JP": "Japan",
	"KR": "South Korea", "DE": "Germany", "FR": "France", "US": "United States", "CA": "Canada",
	"AU": "Australia", "JO": "Jordan", "EG": "Egypt", "SD": "Sudan", "CY": "Cyprus", "MT": "Malta",
}

func countryLabel(code string) string {
	if n, ok := countryNames[code]; ok {
		return n + " (" + code + ")"
	}
	return code
}
