package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestMaskCNIC(t *testing.T) {
	t.Parallel()
	cases := []struct{ in, want string }{
		{"CNIC 35202-1234567-1 hai", "CNIC 35202-*******-1 hai"},
		{"3520212345671", "35202-*******-1"},
		{"شناختی کارڈ ۳۵۲۰۲-۱۲۳۴۵۶۷-۱ ہے", "شناختی کارڈ 35202-*******-1 ہے"},
		{"35202 1234567 1", "35202-*******-1"},
		{"two: 35202-1234567-1 61101-7654321-2.", "two: 35202-*******-1 61101-*******-2."},
		{"marks kept: \u200f35202-1234567-1\u200f", "marks kept: \u200f35202-*******-1\u200f"},
		{"phone 0300-1234567 stays", "phone 0300-1234567 stays"},
		{"+3520212345671 is a phone-like run", "+3520212345671 is a phone-like run"},
		{"mixed separators 35202-1234567 1", "mixed separators 35202-1234567 1"},
		{"14 digits 35202123456712", "14 digits 35202123456712"},
		{"province 8: 85202-1234567-1", "province 8: 85202-1234567-1"},
		{"", ""},
	}
	for _, c := range cases {
		require.Equal(t, c.want, MaskCNIC(c.in), c.in)
	}
	// Masking is idempotent and Extract reports the same masks.
	for _, c := range cases {
		require.Equal(t, MaskCNIC(c.want), c.want)
	}
	require.Equal(t, []string{"35202-*******-1", "61101-*******-2"}, Extract("35202-1234567-1 aur 6110176543212").CNICs)
}
