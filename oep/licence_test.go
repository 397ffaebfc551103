package oep

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestNormaliseLicence(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"3456/RWP", "3456/RWP"},
		{"oep 3456 / rwp", "3456/RWP"},
		{"  3456/rwp ", "3456/RWP"},
		{"OEP No. 3456/RWP", "3456/RWP"},
		{"Licence No: 3456/LHR", "3456/LHR"},
		{"license # 12/khi", "12/KHI"},
		{"Lic.No.0789/ISB", "0789/ISB"}, // leading zero kept as written
		{"#3456/RWP", "3456/RWP"},
		{"No. 3456/RWP", "3456/RWP"},
		{"3456-RWP", "3456/RWP"},
		{`3456\RWP`, "3456/RWP"},
		{"OEP 3456 RWP", "3456/RWP"}, // no slash, but after a prefix
		{"۳۴۵۶/RWP", "3456/RWP"},     // Urdu digits
		{"٣٤٥٦/rwp", "3456/RWP"},     // Arabic-Indic digits
		{"3456\u200b/\u200fRWP", "3456/RWP"},
		{"3456\t/\u00a0RWP", "3456/RWP"},

		{"", ""},
		{"   ", ""},
		{"OEP", ""},
		{"3456", ""},
		{"3456RWP", ""}, // without a slash or prefix it could be anything
		{"RWP/3456", ""},
		{"3456/", ""},
		{"/RWP", ""},
		{"1234567/RWP", ""},
		{"3456/R", ""},
		{"3456/RAWALPINDI", ""},
		{"3456/RWP/2019", ""},
		{"3456/RW1", ""},
		{"0300-1234567", ""},
		{"Rs 50,000", ""},
	}
	for _, tt := range tests {
		require.Equal(t, tt.want, NormaliseLicence(tt.in), "%q", tt.in)
	}
}

// Normalising twice changes nothing: stored and looked-up numbers agree.
func TestNormaliseLicenceIdempotent(t *testing.T) {
	t.Parallel()
	for _, in := range []string{"oep 3456 / rwp", "12-khi", "Licence No. 9/GRW"} {
		once := NormaliseLicence(in)
		require.NotEmpty(t, once, in)
		require.Equal(t, once, NormaliseLicence(once))
	}
}
