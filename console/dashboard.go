package console

import (
	"net/http"
	"net/url"
	"time"

	"github.com/hoshyar/hoshyar/store"
)

// dashboardDays is the window the dashboard counts.
const dashboardDays = 30

type dashboardPage struct {
	base
	Days     int
	PerDay   stackChart
	Bars     []hbarChart // by country, by channel, recruiter numbers
	From, To string      // the export form's defaults
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
			hbars("Reports by channel", channels, same, nil),
			hbars("Most-reported recruiter numbers", phones, same, func(k string) string {
				return "/console/recruiters?" + url.Values{"kind": {"phone"}, "value": {k}}.Encode()
			}),
		},
		From: from.Format(time.DateOnly), To: today.Format(time.DateOnly),
	})
}

// today is midnight of today in the console's zone.
func (c *Console) today() time.Time {
	now := c.opts.Now().In(c.loc)
	return time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, c.loc)
}
