package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/internal/dbtest"
	"github.com/hoshyar/hoshyar/store"
	"github.com/hoshyar/hoshyar/vault"
)

// `hoshyar key rotate` with a new key and the old one as previous leaves
// everything sealed under the new key, says what it did, and is audited.
// (store's TestRotateKeys checks every column and writes during rotation.)
func TestKeyRotateCommand(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := dbtest.New(t)
	a, b := dbtest.SecretKey, strings.Repeat("r", 40)
	contact, err := store.EnsureContact(ctx, db.Pool, "sms", []byte("h"), dbtest.Vault.Seal("+923001234567", "sms"))
	require.NoError(t, err)
	conv, id, _, err := store.InsertArrival(ctx, db.Pool, store.NewArrival{ContactID: contact, Channel: "sms", ProviderID: "SM1", Kind: "text", Body: "mera naam Amina hai"})
	require.NoError(t, err)
	require.NotZero(t, conv)

	var out, errOut bytes.Buffer
	err = run(ctx, []string{"key", "rotate"}, envFor(db, "HOSHYAR_SECRET_KEY", b, "HOSHYAR_PREVIOUS_SECRET_KEYS", a), &out, &errOut)
	require.ErrorContains(t, err, "HOSHYAR_HASH_SECRET_KEY", "the hash key must be named in a rotation")
	require.NoError(t, run(ctx, []string{"key", "rotate"},
		envFor(db, "HOSHYAR_SECRET_KEY", b, "HOSHYAR_PREVIOUS_SECRET_KEYS", a, "HOSHYAR_HASH_SECRET_KEY", a), &out, &errOut), errOut.String())
	require.Contains(t, out.String(), "messages")
	require.Contains(t, out.String(), "everything is sealed under key")

	onlyB, err := vault.NewRing([]byte(b), nil, []byte(a))
	require.NoError(t, err)
	var body string
	var address []byte
	require.NoError(t, db.Pool.QueryRow(ctx, `SELECT m.body, c.address_sealed FROM messages m, contacts c WHERE m.id = $1 AND c.id = $2`, id, contact).Scan(&body, &address))
	plain, err := onlyB.OpenText(body, "messages.body")
	require.NoError(t, err)
	require.Equal(t, "mera naam Amina hai", plain)
	phone, err := onlyB.Open(address, "sms")
	require.NoError(t, err)
	require.Equal(t, "+923001234567", phone)
	onlyA, err := vault.New([]byte(a))
	require.NoError(t, err)
	_, err = onlyA.OpenText(body, "messages.body")
	require.ErrorIs(t, err, vault.ErrOpen, "the old key no longer opens it")

	var audited int
	require.NoError(t, db.Pool.QueryRow(ctx, `SELECT count(*) FROM audit_log WHERE action = 'key.rotate'`).Scan(&audited))
	require.Equal(t, 1, audited)
}
