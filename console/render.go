package console

import (
	"bytes"
	"html/template"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/hoshyar/hoshyar/lang"
)

// base is what every page's template reads.
type base struct {
	Title string
	Nav   string // the menu entry to mark current
	User  *session
	CSRF  string
	Flash string // what just succeeded
	Error string // what was refused, and why
	// Refresh reloads the page every so many seconds (the queue): the
	// console runs no script.
	Refresh int
	Badges  badges
}

// badges are the counts the menu shows a signed-in user.
type badges struct {
	Overdue  int // the agency's open referrals past due: supervisors
	Requests int // early warnings waiting for the agency's review
}

type page struct{ t *template.Template }

// pageNames are the templates/<name>.html files, each rendered inside layout.html.
var pageNames = []string{"login", "error", "queue", "referral", "recruiters", "dashboard", "network", "requests", "team", "users"}

func parsePages(funcs template.FuncMap) map[string]*page {
	pages := map[string]*page{}
	for _, name := range pageNames {
		t := template.Must(template.New(name).Funcs(funcs).ParseFS(files, "templates/layout.html", "templates/"+name+".html"))
		pages[name] = &page{t}
	}
	return pages
}

func (c *Console) funcs() template.FuncMap {
	fm := template.FuncMap{
		// when shows a time in the console's zone, labelled: "2 Jan 2026
		// 15:04 PKT".
		"when": func(t time.Time) string {
			if t.IsZero() {
				return ""
			}
			return c.when(t)
		},
		"whenp": func(t *time.Time) string {
			if t == nil {
				return ""
			}
			return c.when(*t)
		},
		// iso is a time for <time datetime>, with its offset.
		"iso":     func(t time.Time) string { return t.In(c.loc).Format(time.RFC3339) },
		"join":    strings.Join,
		"money":   money,
		"zone":    func() string { return c.zoneName() },
		"ltr":     ltr,
		"clock":   func(due time.Time, status string) string { return clock(due, status, c.opts.Now()) },
		"network": networkLink,
		"add":     func(a, b int) int { return a + b },
		"rupees":  rupees,
	}
	for k, v := range wordFuncs() {
		fm[k] = v
	}
	return fm
}

// when writes a time in the console's zone with its abbreviation.
func (c *Console) when(t time.Time) string { return t.In(c.loc).Format("2 Jan 2006 15:04 MST") }

// zoneName is the console's zone as people name it: "PKT (Asia/Karachi)".
func (c *Console) zoneName() string {
	abbr := time.Now().In(c.loc).Format("MST")
	if abbr == c.loc.String() {
		return abbr
	}
	return abbr + " (" + c.loc.String() + ")"
}

// render writes a page with status; the user's CSRF token is filled in.
func (c *Console) render(w http.ResponseWriter, r *http.Request, status int, name string, data interface{ b() *base }) {
	b := data.b()
	if b.User != nil && b.CSRF == "" {
		b.CSRF = b.User.CSRF
	}
	if b.User != nil {
		b.Badges = c.badges(r, b.User)
	}
	var buf bytes.Buffer
	if err := c.pages[name].t.ExecuteTemplate(&buf, "layout", data); err != nil {
		c.log.Error("console_render_failed", "page", name, "error", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

func (b *base) b() *base { return b }

type errorPage struct {
	base
	Status int
}

// fail shows a page that says what went wrong, with status.
func (c *Console) fail(w http.ResponseWriter, r *http.Request, s *session, status int, msg string) {
	title := http.StatusText(status)
	c.render(w, r, status, "error", &errorPage{base: base{Title: title, User: s, Error: msg}, Status: status})
}

// internal logs an unexpected error once, naming the route only, and shows
// a page that asks to try again.
func (c *Console) internal(w http.ResponseWriter, r *http.Request, s *session, err error) {
	c.log.Error("console_failed", "route", r.Pattern, "error", err)
	c.fail(w, r, s, http.StatusInternalServerError, "Something went wrong on our side. Please try again in a moment.")
}

// rupees writes a sum of rupees as people in Pakistan read it, in lakhs:
// 300000 → "Rs 3,00,000".
func rupees(v int64) string { return "Rs " + lang.GroupLakh(v) }

// money writes an amount with thousands separators: 300000 → "300,000".
func money(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	whole, frac, _ := strings.Cut(s, ".")
	neg := strings.HasPrefix(whole, "-")
	whole = strings.TrimPrefix(whole, "-")
	var b strings.Builder
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	out := b.String()
	if frac != "" {
		out += "." + frac
	}
	if neg {
		out = "-" + out
	}
	return out
}
