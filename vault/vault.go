// Package vault protects personal data at rest. Everything a person typed or
// sent (message bodies, conversation state, report summaries and answers,
// media bytes and their text, locations, notes) and their address (phone
// number, chat id, web chat visitor id) is sealed with AES-256-GCM; what
// must be found again (addresses, recruiters' phones and links) also gets a
// keyed hash, so the database alone reveals neither. API tokens are stored
// only as keyed hashes.
//
// # Key ring
//
// A Vault seals under one current key and opens under any key of its ring:
// the current one (HOSHYAR_SECRET_KEY) and the previous ones
// (HOSHYAR_PREVIOUS_SECRET_KEYS). A sealed value names its key:
//
//	0x01 | key id (4 bytes) | nonce (12) | ciphertext and tag
//
// where the key id is a keyed fingerprint of the secret (it says nothing
// about the key). Values sealed before the ring existed have no header
// (nonce | ciphertext); Open still reads them by trying every key, so old
// databases keep working until `hoshyar key rotate` re-seals them.
//
// # Hash key
//
// Keyed hashes are pseudonyms that must not change when the sealing key
// does: an API token is kept only as its hash and cannot be hashed again,
// and a contact is found by the hash of its address. So hashes use their
// own key, derived from HOSHYAR_HASH_SECRET_KEY when set and otherwise from
// HOSHYAR_SECRET_KEY. Rotating the sealing key therefore means setting
// HOSHYAR_HASH_SECRET_KEY to the old secret first (see the README).
//
// # Text
//
// Columns that were text or jsonb keep their type: SealText gives printable
// text ("hsv1:" and base64), and OpenText returns text without that prefix
// unchanged, so rows written before sealing still read (until rotation seals
// them).
package vault

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
)

// Vault holds keys derived from HOSHYAR_SECRET_KEY, one per purpose, and
// the sealing keys of previous secrets.
type Vault struct {
	current key
	ring    []key // current first, then the previous keys
	hashKey []byte
}

type key struct {
	id   [4]byte
	aead cipher.AEAD
}

const (
	version    = 0x01
	headerSize = 1 + 4
	// TextPrefix starts every sealed text value.
	TextPrefix = "hsv1:"
)

// ErrOpen is returned when a sealed value cannot be opened (wrong key or
// tampered data).
var ErrOpen = errors.New("vault: cannot open sealed value")

// New derives the sealing and hashing keys from secret.
func New(secret []byte) (*Vault, error) {
	return NewRing(secret, nil, nil)
}

// NewRing makes a vault that seals under current and opens values sealed
// under current or any of previous. Keyed hashes use hashSecret, or current
// when hashSecret is empty.
func NewRing(current []byte, previous [][]byte, hashSecret []byte) (*Vault, error) {
	cur, err := newKey(current)
	if err != nil {
		return nil, err
	}
	v := &Vault{current: cur, ring: []key{cur}}
	for _, p := range previous {
		k, err := newKey(p)
		if err != nil {
			return nil, fmt.Errorf("vault: previous key: %w", err)
		}
		if !v.has(k.id) {
			v.ring = append(v.ring, k)
		}
	}
	if len(hashSecret) == 0 {
		hashSecret = current
	} else if len(hashSecret) < 32 {
		return nil, errors.New("vault: hash secret must be at least 32 bytes")
	}
	v.hashKey = derive(hashSecret, "hoshyar/hash/v1")
	return v, nil
}

func newKey(secret []byte) (key, error) {
	if len(secret) < 32 {
		return key{}, errors.New("vault: secret must be at least 32 bytes")
	}
	block, err := aes.NewCipher(derive(secret, "hoshyar/seal/v1"))
	if err != nil {
		return key{}, fmt.Errorf("vault: %w", err)
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return key{}, fmt.Errorf("vault: %w", err)
	}
	k := key{aead: aead}
	copy(k.id[:], derive(secret, "hoshyar/key-id/v1"))
	return k, nil
}

func (v *Vault) has(id [4]byte) bool {
	for _, k := range v.ring {
		if k.id == id {
			return true
		}
	}
	return false
}

func derive(secret []byte, purpose string) []byte {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte(purpose))
	return m.Sum(nil)
}

// KeyID is the current key's id as it appears in sealed values (hex).
func (v *Vault) KeyID() string { return fmt.Sprintf("%x", v.current.id) }

// Seal encrypts plain; context (for example the channel, or the column) is
// bound to the ciphertext so a value cannot be moved to another row kind
// unnoticed.
func (v *Vault) Seal(plain, context string) []byte {
	return v.SealBytes([]byte(plain), context)
}

// SealBytes is Seal for bytes (media).
func (v *Vault) SealBytes(plain []byte, context string) []byte {
	a := v.current.aead
	out := make([]byte, headerSize+a.NonceSize(), headerSize+a.NonceSize()+len(plain)+a.Overhead())
	out[0] = version
	copy(out[1:headerSize], v.current.id[:])
	if _, err := rand.Read(out[headerSize:]); err != nil {
		panic("vault: no randomness: " + err.Error()) // crypto/rand never fails on Linux
	}
	return a.Seal(out, out[headerSize:], plain, []byte(context))
}

// Open decrypts what Seal produced with the same context.
func (v *Vault) Open(sealed []byte, context string) (string, error) {
	b, err := v.OpenBytes(sealed, context)
	return string(b), err
}

// OpenBytes decrypts what SealBytes (or Seal) produced with the same context.
func (v *Vault) OpenBytes(sealed []byte, context string) ([]byte, error) {
	if len(sealed) > headerSize && sealed[0] == version {
		for _, k := range v.ring {
			if bytes.Equal(sealed[1:headerSize], k.id[:]) {
				if b, err := open(k.aead, sealed[headerSize:], context); err == nil {
					return b, nil
				}
				break // a legacy value may start with these bytes by chance
			}
		}
	}
	// Sealed before the ring: no header, the key unnamed.
	for _, k := range v.ring {
		if b, err := open(k.aead, sealed, context); err == nil {
			return b, nil
		}
	}
	return nil, ErrOpen
}

func open(a cipher.AEAD, sealed []byte, context string) ([]byte, error) {
	n := a.NonceSize()
	if len(sealed) < n+a.Overhead() {
		return nil, ErrOpen
	}
	b, err := a.Open(nil, sealed[:n], sealed[n:], []byte(context))
	if err != nil {
		return nil, ErrOpen
	}
	if b == nil {
		b = []byte{}
	}
	return b, nil
}

// Current reports whether sealed names the current key: rotation re-seals
// whatever does not.
func (v *Vault) Current(sealed []byte) bool {
	return len(sealed) > headerSize && sealed[0] == version && bytes.Equal(sealed[1:headerSize], v.current.id[:])
}

// SealText seals plain as printable text for a text or jsonb column. The
// empty string stays empty: there is nothing to hide, and SQL that tests
// for blanked texts (body <> ”) keeps working.
func (v *Vault) SealText(plain, context string) string {
	if plain == "" {
		return ""
	}
	return TextPrefix + base64.RawStdEncoding.EncodeToString(v.Seal(plain, context))
}

// OpenText opens what SealText produced. Text without the prefix was
// written before sealing and is returned as it is.
func (v *Vault) OpenText(s, context string) (string, error) {
	if !strings.HasPrefix(s, TextPrefix) {
		return s, nil
	}
	b, err := base64.RawStdEncoding.DecodeString(s[len(TextPrefix):])
	if err != nil {
		return "", ErrOpen
	}
	return v.Open(b, context)
}

// CurrentText reports whether s is sealed text under the current key (or
// empty, which needs no sealing).
func (v *Vault) CurrentText(s string) bool {
	if s == "" {
		return true
	}
	if !strings.HasPrefix(s, TextPrefix) || len(s) < len(TextPrefix)+8 {
		return false
	}
	// The header is 5 bytes: its base64 is the first 8 characters' 6 bytes.
	head, err := base64.RawStdEncoding.DecodeString(s[len(TextPrefix) : len(TextPrefix)+8])
	if err != nil {
		return false
	}
	return len(head) >= headerSize && head[0] == version && bytes.Equal(head[1:headerSize], v.current.id[:])
}

// Hash is the keyed look-up hash of value within a namespace (for example
// "telegram"): equal inputs give equal hashes, and without the key the hash
// says nothing about the value.
func (v *Vault) Hash(namespace, value string) []byte {
	m := hmac.New(sha256.New, v.hashKey)
	m.Write([]byte(namespace))
	m.Write([]byte{0})
	m.Write([]byte(value))
	return m.Sum(nil)
}
