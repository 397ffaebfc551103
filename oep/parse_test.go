package oep

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestParseSample(t *testing.T) {
	t.Parallel()
	f, err := os.Open("sample.csv")
	require.NoError(t, err)
	defer f.Close()
	ps, err := Parse(f)
	require.NoError(t, err)
	require.Len(t, ps, 15)

	count := map[string]int{}
	cities := map[string]bool{}
	for _, p := range ps {
		count[p.Status]++
		require.Equal(t, p.Licence, NormaliseLicence(p.Licence))
		cities[p.Licence[strings.Index(p.Licence, "/")+1:]] = true
	}
	require.Equal(t, map[string]int{StatusActive: 11, StatusSuspended: 2, StatusCancelled: 1, StatusExpired: 1}, count)
	for _, c := range []string{"RWP", "LHR", "KHI", "ISB", "PEW", "MUX", "SKT", "GRW"} {
		require.True(t, cities[c], c)
	}

	until := time.Date(2027, 6, 30, 0, 0, 0, 0, time.UTC)
	require.Equal(t, Promoter{
		Licence:    "9001/RWP",
		Name:       "Example Manpower Services (Pvt) Ltd",
		City:       "Rawalpindi",
		Address:    "Office 4, First Floor, Example Plaza, Murree Road",
		Phone:      "051-0000101",
		Status:     StatusActive,
		ValidUntil: &until,
	}, ps[0])
	require.Nil(t, ps[5].ValidUntil) // 9006/KHI has no date
}

func TestParseTolerates(t *testing.T) {
	t.Parallel()
	in := "\ufeffName , LICENSE_NO,Status,city,address,phone,notes\r\n" +
		"\r\n" +
		"  Example  Manpower \t Services , oep 9001 / rwp ,Active,Rawalpindi,\"Office 4,\nMurree Road\",051-0000101,extra\r\n" +
		",,,,,,\r\n" +
		"Sample Overseas,9002/LHR,SUSPENDED,,,,\r\n" +
		"Short Row Ltd,9003/KHI,active,Karachi,,\n"
	ps, err := Parse(strings.NewReader(in))
	require.NoError(t, err)
	require.Equal(t, []Promoter{
		{Licence: "9001/RWP", Name: "Example Manpower Services", City: "Rawalpindi", Address: "Office 4, Murree Road", Phone: "051-0000101", Status: StatusActive},
		{Licence: "9002/LHR", Name: "Sample Overseas", Status: StatusSuspended},
		{Licence: "9003/KHI", Name: "Short Row Ltd", City: "Karachi", Status: StatusActive},
	}, ps)
}

func TestParseErrors(t *testing.T) {
	t.Parallel()
	const header = Header + "\n"
	const good = "9001/RWP,Example Manpower,Rawalpindi,Murree Road,051-0000101,active,2027-06-30\n"
	tests := []struct {
		name, in string
		want     []string
	}{
		{"empty file", "", []string{"oep: line 1: the file is empty"}},
		{"no header", good, []string{"oep: line 1: the header row is missing"}},
		{"missing columns", "licence_no,name,city,status\n" + good,
			[]string{"oep: line 1: the header lacks the column(s) address, phone"}},
		{"duplicate column", "licence_no,name,city,address,phone,status,Name\n" + good,
			[]string{"oep: line 1: column name appears twice"}},
		{"not UTF-8", "\xff\xfel\x00i\x00", []string{"oep: line 1: the file is not UTF-8"}},
		{"header only", header, []string{"oep: line 1: no promoters after the header row"}},
		{"header and blank lines", header + "\n,,,,,,\n", []string{"no promoters after the header row"}},
		{"unknown status", header + good + "9002/LHR,Demo,Lahore,,,revoked,\n",
			[]string{`oep: line 3, column status: unknown status "revoked" (want active, suspended, cancelled, expired)`}},
		{"empty status", header + "9002/LHR,Demo,Lahore,,,,\n",
			[]string{`oep: line 2, column status: is empty`}},
		{"duplicate licence", header + good + "\n9001/rwp,Other Name,Rawalpindi,,,active,\n",
			[]string{"oep: line 4, column licence_no: duplicate licence 9001/RWP (first on line 2)"}},
		{"bad licence", header + "RWP-ABC,Demo,Rawalpindi,,,active,\n",
			[]string{`oep: line 2, column licence_no: "RWP-ABC" is not a licence number`}},
		{"empty licence", header + ",Demo,Rawalpindi,,,active,\n",
			[]string{"oep: line 2, column licence_no: is empty"}},
		{"empty name", header + "9002/LHR,  ,Lahore,,,active,\n",
			[]string{"oep: line 2, column name: is empty"}},
		{"bad date", header + "9002/LHR,Demo,Lahore,,,active,30/06/2027\n",
			[]string{`oep: line 2, column valid_until: "30/06/2027" is not a date YYYY-MM-DD`}},
		{"impossible date", header + "9002/LHR,Demo,Lahore,,,active,2027-02-30\n",
			[]string{`oep: line 2, column valid_until: "2027-02-30" is not a date`}},
		{"row not UTF-8", header + "9002/LHR,D\xe9mo,Lahore,,,active,\n",
			[]string{"oep: line 2: not UTF-8"}},
		{"short row", header + "9002/LHR,Demo,Lahore\n",
			[]string{"oep: line 2: has 3 fields, want at least 7"}},
		{"bad quoting", header + good + "9002/LHR,Demo \"Quoted\" Name,Lahore,,,active,\n",
			[]string{`oep: line 3: character`, `bare " in non-quoted-field`}},
		{"line numbers count quoted line breaks", header + "9001/RWP,Demo,Rawalpindi,\"Line one\nline two\",,active,\n9002/LHR,Demo,Lahore,,,closed,\n",
			[]string{`oep: line 4, column status: unknown status "closed"`}},
		{"every problem reported", header + "9002/LHR,,Lahore,,,revoked,\nbad,Demo,Lahore,,,active,\n",
			[]string{"oep: line 2, column name: is empty", "oep: line 2, column status: unknown status", "oep: line 3, column licence_no"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ps, err := Parse(strings.NewReader(tt.in))
			require.Error(t, err)
			require.Nil(t, ps)
			for _, w := range tt.want {
				require.ErrorContains(t, err, w)
			}
			var pe *ParseError
			require.True(t, errors.As(err, &pe), "want a *ParseError in %v", err)
			require.Positive(t, pe.Line)
		})
	}
}

func TestParseErrorCap(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	b.WriteString(Header + "\n")
	for i := range 50 {
		fmt.Fprintf(&b, "%d/RWP,Demo,Rawalpindi,,,unknown,\n", 100+i)
	}
	_, err := Parse(strings.NewReader(b.String()))
	require.ErrorContains(t, err, "oep: 30 more errors not shown")
	require.Equal(t, 21, strings.Count(err.Error(), "\n")+1)
}

func TestParseErrorExactlyAtCap(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	b.WriteString(Header + "\n")
	for i := range 20 {
		fmt.Fprintf(&b, "%d/RWP,Demo,Rawalpindi,,,unknown,\n", 100+i)
	}
	_, err := Parse(strings.NewReader(b.String()))
	require.Equal(t, 20, strings.Count(err.Error(), "\n")+1)
	require.NotContains(t, err.Error(), "more errors")
}

func TestParseErrorFields(t *testing.T) {
	t.Parallel()
	_, err := Parse(strings.NewReader(Header + "\n9001/RWP,Demo,Rawalpindi,,,active,tomorrow\n"))
	var pe *ParseError
	require.True(t, errors.As(err, &pe))
	require.Equal(t, 2, pe.Line)
	require.Equal(t, "valid_until", pe.Column)
}

func TestLicensed(t *testing.T) {
	t.Parallel()
	until := time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)
	pkt := time.FixedZone("PKT", 5*3600)
	p := Promoter{Status: StatusActive, ValidUntil: &until}
	require.True(t, p.Licensed(time.Date(2026, 6, 30, 23, 59, 0, 0, pkt)))
	require.False(t, p.Licensed(time.Date(2026, 7, 1, 0, 1, 0, 0, pkt)))
	p.ValidUntil = nil
	require.True(t, p.Licensed(time.Date(2030, 1, 1, 0, 0, 0, 0, pkt)))
	p.Status = StatusSuspended
	require.False(t, p.Licensed(time.Date(2026, 1, 1, 0, 0, 0, 0, pkt)))
}
