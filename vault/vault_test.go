package vault

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func newVault(t *testing.T, secret string) *Vault {
	t.Helper()
	v, err := New([]byte(secret))
	require.NoError(t, err)
	return v
}

func TestSealOpen(t *testing.T) {
	t.Parallel()
	v := newVault(t, strings.Repeat("k", 32))
	sealed := v.Seal("+923001234567", "whatsapp")
	require.NotContains(t, string(sealed), "923001234567")

	got, err := v.Open(sealed, "whatsapp")
	require.NoError(t, err)
	require.Equal(t, "+923001234567", got)

	// Sealing twice gives different ciphertexts (random nonce).
	require.False(t, bytes.Equal(sealed, v.Seal("+923001234567", "whatsapp")))

	_, err = v.Open(sealed, "sms")
	require.ErrorIs(t, err, ErrOpen, "context is bound")
	_, err = newVault(t, strings.Repeat("x", 32)).Open(sealed, "whatsapp")
	require.ErrorIs(t, err, ErrOpen, "another key cannot open it")
	tampered := bytes.Clone(sealed)
	tampered[len(tampered)-1] ^= 1
	_, err = v.Open(tampered, "whatsapp")
	require.ErrorIs(t, err, ErrOpen)
	_, err = v.Open([]byte{1, 2}, "whatsapp")
	require.ErrorIs(t, err, ErrOpen)
}

func TestHash(t *testing.T) {
	t.Parallel()
	v := newVault(t, strings.Repeat("k", 32))
	h := v.Hash("telegram", "12345")
	require.Len(t, h, 32)
	require.Equal(t, h, v.Hash("telegram", "12345"))
	require.NotEqual(t, h, v.Hash("webchat", "12345"), "namespaces differ")
	require.NotEqual(t, h, v.Hash("telegram", "12346"))
	require.NotEqual(t, h, newVault(t, strings.Repeat("x", 32)).Hash("telegram", "12345"), "keyed")
}

func TestNewRejectsShortSecret(t *testing.T) {
	t.Parallel()
	_, err := New([]byte("short"))
	require.Error(t, err)
}
