package oep

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// Header is the header row of the registry CSV; valid_until may be left out.
const Header = "licence_no,name,city,address,phone,status,valid_until"

const (
	colLicence    = "licence_no"
	colName       = "name"
	colCity       = "city"
	colAddress    = "address"
	colPhone      = "phone"
	colStatus     = "status"
	colValidUntil = "valid_until"
)

var (
	columns   = strings.Split(Header, ",")
	optional  = []string{colValidUntil}
	aliases   = map[string]string{"license_no": colLicence}
	maxErrors = 20
)

// ParseError is a problem at one line of the CSV file, in one column when
// Column is set.
type ParseError struct {
	Line   int
	Column string
	Err    error
}

func (e *ParseError) Error() string {
	if e.Column == "" {
		return fmt.Sprintf("oep: line %d: %v", e.Line, e.Err)
	}
	return fmt.Sprintf("oep: line %d, column %s: %v", e.Line, e.Column, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

// Parse reads the registry CSV (see README.md). It reports every problem it
// finds, up to 20, each a *ParseError naming the line and column, and
// returns no promoters unless the whole file is good: a registry is imported
// whole or not at all. Blank lines are skipped, extra columns ignored and a
// UTF-8 byte-order mark tolerated; a file with no promoters is an error.
func Parse(r io.Reader) ([]Promoter, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, &ParseError{Line: 1, Err: fmt.Errorf("the file is empty: want the header row %s", Header)}
	}
	if err != nil {
		return nil, csvError(err)
	}
	line, _ := cr.FieldPos(0)
	idx, err := readHeader(header)
	if err != nil {
		return nil, &ParseError{Line: line, Err: err}
	}

	p := &parser{idx: idx, seen: map[string]int{}}
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			p.errs = append(p.errs, csvError(err))
			break // a quoting error leaves the reader out of step
		}
		if blank(rec) {
			continue
		}
		line, _ := cr.FieldPos(0)
		p.row(line, rec)
	}
	if p.dropped > 0 {
		p.errs = append(p.errs, fmt.Errorf("oep: %d more errors not shown; fix these first", p.dropped))
	}
	if len(p.errs) > 0 {
		return nil, errors.Join(p.errs...)
	}
	if len(p.out) == 0 {
		return nil, &ParseError{Line: line, Err: errors.New("no promoters after the header row")}
	}
	return p.out, nil
}

// readHeader maps each column name to its index in the row.
func readHeader(header []string) (map[string]int, error) {
	idx := map[string]int{}
	for i, h := range header {
		if !utf8.ValidString(h) || strings.ContainsRune(h, 0) {
			return nil, errors.New("the file is not UTF-8: save it as \"CSV UTF-8\"")
		}
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		h = strings.NewReplacer(" ", "_", "-", "_").Replace(h)
		if a, ok := aliases[h]; ok {
			h = a
		}
		if !slices.Contains(columns, h) {
			continue // extra columns are ignored
		}
		if _, dup := idx[h]; dup {
			return nil, fmt.Errorf("column %s appears twice in the header", h)
		}
		idx[h] = i
	}
	if len(idx) == 0 {
		return nil, fmt.Errorf("the header row is missing: the first row must be %s", Header)
	}
	var missing []string
	for _, c := range columns {
		if _, ok := idx[c]; !ok && !slices.Contains(optional, c) {
			missing = append(missing, c)
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("the header lacks the column(s) %s (want %s)", strings.Join(missing, ", "), Header)
	}
	return idx, nil
}

type parser struct {
	idx  map[string]int
	seen map[string]int // licence → line
	out  []Promoter
	errs []error

	failed  bool // the current row has a problem
	dropped int  // problems beyond maxErrors
}

func (p *parser) fail(line int, column, format string, args ...any) {
	p.failed = true
	if len(p.errs) >= maxErrors {
		p.dropped++
		return
	}
	p.errs = append(p.errs, &ParseError{Line: line, Column: column, Err: fmt.Errorf(format, args...)})
}

func (p *parser) row(line int, rec []string) {
	p.failed = false
	get := func(col string) string {
		i, ok := p.idx[col]
		if !ok || i >= len(rec) {
			return ""
		}
		return strings.Join(strings.Fields(rec[i]), " ")
	}
	for _, f := range rec {
		if !utf8.ValidString(f) {
			p.fail(line, "", "not UTF-8: save the file as \"CSV UTF-8\"")
			return
		}
	}
	want := 0
	for _, i := range p.idx {
		want = max(want, i+1)
	}
	if len(rec) < want {
		p.fail(line, "", "has %d fields, want at least %d (a missing comma or an unquoted line break?)", len(rec), want)
		return
	}
	pr := Promoter{Name: get(colName), City: get(colCity), Address: get(colAddress), Phone: get(colPhone)}
	raw := get(colLicence)
	switch pr.Licence = NormaliseLicence(raw); {
	case raw == "":
		p.fail(line, colLicence, "is empty")
	case pr.Licence == "":
		p.fail(line, colLicence, "%q is not a licence number (want digits/CITY, such as 3456/RWP)", raw)
	case p.seen[pr.Licence] != 0:
		p.fail(line, colLicence, "duplicate licence %s (first on line %d)", pr.Licence, p.seen[pr.Licence])
	default:
		p.seen[pr.Licence] = line
	}
	if pr.Name == "" {
		p.fail(line, colName, "is empty")
	}
	switch pr.Status = strings.ToLower(get(colStatus)); {
	case pr.Status == "":
		p.fail(line, colStatus, "is empty (want %s)", strings.Join(statuses, ", "))
	case !slices.Contains(statuses, pr.Status):
		p.fail(line, colStatus, "unknown status %q (want %s)", get(colStatus), strings.Join(statuses, ", "))
	}
	if v := get(colValidUntil); v != "" {
		t, err := time.Parse(time.DateOnly, v)
		if err != nil {
			p.fail(line, colValidUntil, "%q is not a date YYYY-MM-DD", v)
		} else {
			pr.ValidUntil = &t
		}
	}
	if !p.failed {
		p.out = append(p.out, pr)
	}
}

func blank(rec []string) bool {
	for _, f := range rec {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

func csvError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &ParseError{Line: pe.Line, Err: fmt.Errorf("character %d: %w", pe.Column, pe.Err)}
	}
	return fmt.Errorf("oep: read: %w", err)
}
