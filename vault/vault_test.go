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

func TestRing(t *testing.T) {
	t.Parallel()
	a, b := strings.Repeat("a", 32), strings.Repeat("b", 32)
	va := newVault(t, a)
	sealedA := va.Seal("+923001234567", "sms")
	textA := va.SealText("mera naam Amina hai", "messages.body")

	vb, err := NewRing([]byte(b), [][]byte{[]byte(a)}, []byte(a))
	require.NoError(t, err)
	got, err := vb.Open(sealedA, "sms")
	require.NoError(t, err, "a previous key still opens")
	require.Equal(t, "+923001234567", got)
	txt, err := vb.OpenText(textA, "messages.body")
	require.NoError(t, err)
	require.Equal(t, "mera naam Amina hai", txt)
	require.False(t, vb.Current(sealedA))
	require.False(t, vb.CurrentText(textA))
	require.True(t, va.CurrentText(textA))
	require.Equal(t, va.Hash("telegram", "1"), vb.Hash("telegram", "1"), "the hash key is stable across rotation")

	sealedB := vb.Seal("+923001234567", "sms")
	require.True(t, vb.Current(sealedB))
	require.True(t, vb.CurrentText(vb.SealText("x", "c")))
	onlyB := newVault(t, b)
	_, err = onlyB.Open(sealedA, "sms")
	require.ErrorIs(t, err, ErrOpen, "once A is dropped, A's values are gone")
	got, err = onlyB.Open(sealedB, "sms")
	require.NoError(t, err)
	require.Equal(t, "+923001234567", got)
}

func TestLegacyAndText(t *testing.T) {
	t.Parallel()
	secret := strings.Repeat("k", 32)
	v := newVault(t, secret)
	// A value sealed before the key ring: nonce | ciphertext, no header.
	k, err := newKey([]byte(secret))
	require.NoError(t, err)
	nonce := make([]byte, 12)
	legacy := k.aead.Seal(nonce, nonce, []byte("03001234567"), []byte("whatsapp"))
	got, err := v.Open(legacy, "whatsapp")
	require.NoError(t, err)
	require.Equal(t, "03001234567", got)
	require.False(t, v.Current(legacy), "rotation re-seals legacy values")

	// Text: empty stays empty, clear text from before sealing reads as it is.
	require.Equal(t, "", v.SealText("", "c"))
	plain, err := v.OpenText("written before sealing", "c")
	require.NoError(t, err)
	require.Equal(t, "written before sealing", plain)
	require.False(t, v.CurrentText("written before sealing"))
	require.False(t, v.CurrentText("hsv1:x"))
	s := v.SealText("میرا نام", "c")
	require.True(t, strings.HasPrefix(s, TextPrefix))
	require.NotContains(t, s, "میرا")
	_, err = v.OpenText(s, "other")
	require.ErrorIs(t, err, ErrOpen)
	_, err = v.OpenText("hsv1:!!", "c")
	require.ErrorIs(t, err, ErrOpen)
	b, err := v.OpenBytes(v.SealBytes([]byte{0, 1, 2}, "media"), "media")
	require.NoError(t, err)
	require.Equal(t, []byte{0, 1, 2}, b)
}

func BenchmarkSealText(b *testing.B) {
	v, _ := New([]byte(strings.Repeat("k", 32)))
	msg := strings.Repeat("mujhe Saudi mein naukri ka jhansa diya gaya ", 4)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		s := v.SealText(msg, "messages.body")
		if _, err := v.OpenText(s, "messages.body"); err != nil {
			b.Fatal(err)
		}
	}
}
