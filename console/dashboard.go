package console

import (
	"fmt"
	"net/http"
	"time"

	"github.com/hoshyar/hoshyar/agency"
	"github.com/hoshyar/hoshyar/store"
)

// dashboardDays is the window the dashboard counts.
const dashboardDays = 30

type dashboardPage struct {
	base
	Days     int
	PerDay   stackChart
	Bars     []hbarChart // by country, by channel, recruiter numbers
	Months   []monthView // how each agency handled its referrals, per month
	Export   bool        // a supervisor may export
	From, To string      // the export form's defaults
}

// statMonths is how many months the handling figures go back.
const statMonths = 6

// monthView is one month's handling, per agency.
type monthView struct {
	Month string
	Rows  []statRow
}

// statRow is how one agency handled the referrals it received in a month:
// the share it claimed within the due time (of those claimed or past due),
// and the median times to claim and to close.
type statRow struct {
	Agency      string
	Own         bool
	Referrals   int
	OnTime      string // "75% (6 of 8)", "–" when none is due yet
	MedianClaim string
	MedianClose string
	Closed      int
}

// dashboard draws the agency's last 30 days: reports per day by case type,
// by destination country and by channel, and the recruiter numbers named
// most. Only the agency's own referrals are counted.
func (c *Console) dashboard(w http.ResponseWriter, r *http.Request, s *session) {
	ctx := r.Context()
	today := c.today()
	from := today.AddDate(0, 0, -(dashboardDays - 1))
	perDay, err := store.DailyCaseCounts(ctx, c.pool, s.Agency, from, c.opts.TimeZone)
	var countries, channels, phones []store.Count
	if err == nil {
		countries, err = store.CountryCounts(ctx, c.pool, s.Agency, from, 12)
	}
	if err == nil {
		channels, err = store.ChannelCounts(ctx, c.pool, s.Agency, from)
	}
	if err == nil {
		phones, err = store.TopRecruiterKeys(ctx, c.pool, s.Agency, "phone", from, 10)
	}
	var months []store.MonthStats
	if err == nil {
		first := time.Date(today.Year(), today.Month()-statMonths+1, 1, 0, 0, 0, 0, c.loc)
		months, err = store.MonthlyStats(ctx, c.pool, first, c.opts.TimeZone, c.opts.Now())
	}
	if err != nil {
		c.internal(w, r, s, err)
		return
	}
	same := func(k string) string { return k }
	c.render(w, r, http.StatusOK, "dashboard", &dashboardPage{
		base:   base{Title: "Dashboard", Nav: "dashboard", User: s},
		Days:   dashboardDays,
		PerDay: stackedDays("Reports per day by case type", perDay, from, dashboardDays),
		Bars: []hbarChart{
			hbars("Reports by destination country", countries, countryLabel, nil),
			hbars("Reports by channel", channels, func(k string) string { return wordsOf(channelWords, k) }, nil),
			hbars("Most-reported recruiter numbers", phones, same, func(k string) string { return networkLink("phone", k) }),
		},
		Months: monthViews(months, s.Agency),
		Export: s.caller().Can(agency.RoleSupervisor),
		From:   from.Format(time.DateOnly), To: today.Format(time.DateOnly),
	})
}

// monthViews groups the handling figures by month, newest first, the
// caller's agency first in each. They are counts and times only: no case is
// named, so every agency sees every other's.
func monthViews(stats []store.MonthStats, own string) []monthView {
	var out []monthView
	for _, m := range stats {
		label := m.Month.Format("January 2006")
		if len(out) == 0 || out[len(out)-1].Month != label {
			out = append(out, monthView{Month: label})
		}
		row := statRow{Agency: m.Agency, Own: m.Agency == own, Referrals: m.Referrals, Closed: m.Closed, OnTime: "–",
			MedianClaim: "–", MedianClose: "–"}
		if m.Decided > 0 {
			row.OnTime = fmt.Sprintf("%d%% (%d of %d)", (100*m.OnTime+m.Decided/2)/m.Decided, m.OnTime, m.Decided)
		}
		if m.MedianClaimS != nil {
			row.MedianClaim = span(time.Duration(*m.MedianClaimS * float64(time.Second)))
		}
		if m.MedianCloseS != nil {
			row.MedianClose = span(time.Duration(*m.MedianCloseS * float64(time.Second)))
		}
		mv := &out[len(out)-1]
		if row.Own {
			mv.Rows = append([]statRow{row}, mv.Rows...)
		} else {
			mv.Rows = append(mv.Rows, row)
		}
	}
	return out
}

// today is midnight of today in the console's zone.
func (c *Console) today() time.Time {
	now := c.opts.Now().In(c.loc)
	return time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, c.loc)
}
