package console

import (
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/store"
)

// Every text of a chart fits its viewBox, at a size legible on a phone,
// where the viewBox is drawn about one unit to the pixel.
func TestChartsFitAPhone(t *testing.T) {
	t.Parallel()
	width := func(s string) int { return len([]rune(s)) * charW }
	require.GreaterOrEqual(t, fontSize, 12)
	require.LessOrEqual(t, chartW, 360, "a 390 px screen's card, padding off")

	countries := []store.Count{{Key: "AE", N: 1234}, {Key: "SA", N: 7}, {Key: "XX", N: 1}}
	ch := hbars("By country", countries, func(k string) string {
		if k == "XX" {
			return "A destination whose name is much longer than any country's (XX)"
		}
		return countryLabel(k)
	}, nil)
	require.Equal(t, "United Arab Emirates (AE)", ch.Rows[0].Label, "whole, not clipped")
	for _, r := range ch.Rows {
		require.LessOrEqual(t, width(r.Label), ch.W, r.Label)
		require.Greater(t, r.LabelY, 0)
		require.Greater(t, r.BarY, r.LabelY, "the bar is under its label")
		require.LessOrEqual(t, r.TextX+width(strconv.Itoa(r.N)), ch.W, "the count after the bar fits")
		require.LessOrEqual(t, r.BarY+ch.BarH, ch.H)
	}
	long := ch.Rows[2]
	require.Equal(t, "…", string([]rune(long.Label)[len([]rune(long.Label))-1:]))
	require.Equal(t, "A destination whose name is much longer than any country's (XX)", long.Full)

	today := time.Date(2026, 3, 31, 0, 0, 0, 0, time.UTC)
	from := today.AddDate(0, 0, -29)
	st := stackedDays("Per day", []store.DayCount{{Day: today, CaseType: "trafficking", N: 150}, {Day: from, CaseType: "other", N: 3}}, from, 30)
	require.Equal(t, chartW, st.W)
	for _, tk := range st.YTicks {
		require.GreaterOrEqual(t, st.Left-4-width(tk.Label), 0, "y label %s fits left of the plot", tk.Label)
	}
	require.NotEmpty(t, st.XTicks)
	for _, tk := range st.XTicks {
		half := width(tk.Label) / 2
		switch tk.Anchor {
		case "middle":
			require.GreaterOrEqual(t, tk.Pos-half, 0, tk.Label)
			require.LessOrEqual(t, tk.Pos+half, st.W, tk.Label)
		case "end":
			require.GreaterOrEqual(t, tk.Pos-width(tk.Label), 0, tk.Label)
			require.LessOrEqual(t, tk.Pos, st.W, tk.Label)
		default:
			t.Fatalf("anchor %q", tk.Anchor)
		}
	}
	for _, b := range st.Bars {
		require.GreaterOrEqual(t, b.X, st.Left)
		require.LessOrEqual(t, b.X+b.W, st.Right)
	}
}
