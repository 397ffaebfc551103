package console

import (
	"strconv"
	"time"

	"github.com/hoshyar/hoshyar/routing"
	"github.com/hoshyar/hoshyar/store"
)

// Charts are drawn on the server as inline SVG: geometry is computed here,
// the templates only place it (and escape every label), and the page needs
// no script. Each chart also has its numbers as a table.

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
	Pos   int
	Label string
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
	Bars           []stackBar
	YTicks, XTicks []tick
	Legend         []legendItem
	Empty          bool
}

// stackedDays draws counts per day (from `from`, days long) and case type.
func stackedDays(title string, counts []store.DayCount, from time.Time, days int) stackChart {
	const w, h, left, right, top, bottom = 400, 190, 26, 394, 10, 166
	ch := stackChart{Title: title, W: w, H: h, Left: left, Bottom: bottom, Right: right}
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
				Title: day.Format("2 Jan") + ": " + strconv.Itoa(n) + " " + ct})
		}
		ch.Bars = append(ch.Bars, bar)
		if (days-1-i)%7 == 0 { // weekly, ending today
			ch.XTicks = append(ch.XTicks, tick{Pos: bar.X + bar.W/2, Label: day.Format("2 Jan")})
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
			ch.Legend = append(ch.Legend, legendItem{Label: ct, Color: caseColor(ct)})
		}
	}
	return ch
}

type hbarRow struct {
	Y, BarW, TextX int
	Label, Href    string
	N              int
}

// hbarChart is one horizontal bar per key, largest first.
type hbarChart struct {
	Title string
	W, H  int
	Left  int
	Rows  []hbarRow
	Empty bool
}

// hbars draws counts; label names a key and href (optional) links it.
func hbars(title string, counts []store.Count, label, href func(string) string) hbarChart {
	const w, left, right, rowH = 400, 150, 370, 24
	ch := hbarChart{Title: title, W: w, Left: left, H: max(len(counts), 1)*rowH + 8, Empty: len(counts) == 0}
	maxN := 1
	for _, c := range counts {
		maxN = max(maxN, c.N)
	}
	for i, c := range counts {
		bw := max(c.N*(right-left)/maxN, 2)
		row := hbarRow{Y: 4 + i*rowH, BarW: bw, TextX: left + bw + 6, Label: label(c.Key), N: c.N}
		if href != nil {
			row.Href = href(c.Key)
		}
		ch.Rows = append(ch.Rows, row)
	}
	return ch
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
