package console

import (
	"bytes"
	"html/template"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// base is what every page's template reads.
type base struct {
	Title string
	Nav   string // the menu entry to mark current
	User  *session
	CSRF  string
	Flash string // what just succeeded
	Error string // what was refused, and why
}

type page struct{ t *template.Template }

// pageNames are the templates/<name>.html files, each rendered inside layout.html.
var pageNames = []string{"login", "error", "queue", "referral", "recruiters", "dashboard"}

func parsePages(funcs template.FuncMap) map[string]*page {
	pages := map[string]*page{}
	for _, name := range pageNames {
		t := template.Must(template.New(name).Funcs(funcs).ParseFS(files, "templates/layout.html", "templates/"+name+".html"))
		pages[name] = &page{t}
	}
	return pages
}

func (c *Console) funcs() template.FuncMap {
	return template.FuncMap{
		// when shows a time in the console's zone.
		"when": func(t time.Time) string {
			if t.IsZero() {
				return ""
			}
			return t.In(c.loc).Format("2 Jan 2006 15:04")
		},
		"iso": func(t time.Time) string { return t.UTC().Format(time.RFC3339) },
		// label turns a code into words: "job_scam_paid" → "job scam paid".
		"label": func(s string) string { return strings.ReplaceAll(s, "_", " ") },
		"join":  strings.Join,
		"money": money,
		"zone":  func() string { return c.loc.String() },
	}
}

// render writes a page with status; the user's CSRF token is filled in.
func (c *Console) render(w http.ResponseWriter, r *http.Request, status int, name string, data interface{ b() *base }) {
	b := data.b()
	if b.User != nil && b.CSRF == "" {
		b.CSRF = b.User.CSRF
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
