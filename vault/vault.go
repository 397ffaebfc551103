// Package vault protects personal data at rest. Reporter addresses (phone
// numbers, chat ids, web chat visitor ids) are sealed with AES-256-GCM and
// found again through a keyed hash, so the database alone reveals neither.
// API tokens are stored only as keyed hashes.
package vault

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"
)

// Vault holds keys derived from HOSHYAR_SECRET_KEY, one per purpose.
type Vault struct {
	aead    cipher.AEAD
	hashKey []byte
}

// ErrOpen is returned when a sealed value cannot be opened (wrong key or
// tampered data).
var ErrOpen = errors.New("vault: cannot open sealed value")

// New derives the sealing and hashing keys from secret.
func New(secret []byte) (*Vault, error) {
	if len(secret) < 32 {
		return nil, errors.New("vault: secret must be at least 32 bytes")
	}
	block, err := aes.NewCipher(derive(secret, "hoshyar/seal/v1"))
	if err != nil {
		return nil, fmt.Errorf("vault: %w", err)
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, fmt.Errorf("vault: %w", err)
	}
	return &Vault{aead: aead, hashKey: derive(secret, "hoshyar/hash/v1")}, nil
}

func derive(secret []byte, purpose string) []byte {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte(purpose))
	return m.Sum(nil)
}

// Seal encrypts plain; context (for example the channel) is bound to the
// ciphertext so a value cannot be moved to another row kind unnoticed.
func (v *Vault) Seal(plain, context string) []byte {
	nonce := make([]byte, v.aead.NonceSize(), v.aead.NonceSize()+len(plain)+v.aead.Overhead())
	if _, err := rand.Read(nonce); err != nil {
		panic("vault: no randomness: " + err.Error()) // crypto/rand never fails on Linux
	}
	return v.aead.Seal(nonce, nonce, []byte(plain), []byte(context))
}

// Open decrypts what Seal produced with the same context.
func (v *Vault) Open(sealed []byte, context string) (string, error) {
	n := v.aead.NonceSize()
	if len(sealed) < n {
		return "", ErrOpen
	}
	plain, err := v.aead.Open(nil, sealed[:n], sealed[n:], []byte(context))
	if err != nil {
		return "", ErrOpen
	}
	return string(plain), nil
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
