package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestFirmNames(t *testing.T) {
	t.Parallel()
	require.Equal(t, []string{"Al-Haram Manpower Services"}, FirmNames("Contact Al-Haram Manpower Services today"))
	require.Equal(t, []string{"Falcon Gulf Manpower", "Sadaf Travels"}, FirmNames("through Falcon Gulf Manpower, then Sadaf Travels, Karachi"))
	require.Empty(t, FirmNames("manpower required, visa services available"))
	require.Empty(t, FirmNames("Visa Services"))
}

func TestGroupLakh(t *testing.T) {
	t.Parallel()
	for v, want := range map[int64]string{0: "0", 999: "999", 1000: "1,000", 350000: "3,50,000", 12500000: "1,25,00,000", -150000: "-1,50,000"} {
		require.Equal(t, want, GroupLakh(v))
	}
}

// A firm's name is on one line: the answer above it ("Saudi Arabia", the
// country answer joined before the recruiter's) is no part of it.
func TestFirmNameOnOneLine(t *testing.T) {
	t.Parallel()
	require.Equal(t, []string{"Gulf Star Manpower"}, FirmNames("Saudi Arabia\nGulf Star Manpower"))
	require.Equal(t, []string{"Saudi Gulf Star Manpower"}, FirmNames("contact Saudi Gulf Star Manpower today"))
}
