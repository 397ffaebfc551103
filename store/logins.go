package store

import (
	"context"
	"fmt"
	"time"
)

// Console sign-in attempts, counted per account and per address (the
// keyed hash of an IPv4 address or an IPv6 /64, never the address), and
// the addresses each officer has signed in from. An attempt is recorded
// before the password is checked and removed when it succeeds, so
// concurrent guesses count too.

// LoginCounts are the attempts in the window that bear on one sign-in.
type LoginCounts struct {
	Pair    int  // this account from this address
	Address int  // any account from this address
	Account int  // this account from addresses it has not signed in from
	Known   bool // this account has signed in from this address lately
}

const (
	lockLoginEmail   = `SELECT pg_advisory_xact_lock(hashtextextended('hoshyar.login.' || $1, 0))`
	lockLoginAddress = `SELECT pg_advisory_xact_lock(hashtextextended('hoshyar.login.addr.' || encode($1, 'hex'), 0))`
)

// LockLoginAttempt serialises sign-in attempts for one e-mail and for one
// address until the transaction ends, so that counting and recording an
// attempt is atomic across replicas. The e-mail is always locked first, so
// two attempts never wait for each other in a circle. db must be a
// transaction.
func LockLoginAttempt(ctx context.Context, db DBTX, email string, addrHash []byte) error {
	if _, err := db.Exec(ctx, lockLoginEmail, email); err != nil {
		return fmt.Errorf("store: lock login email: %w", err)
	}
	if _, err := db.Exec(ctx, lockLoginAddress, addrHash); err != nil {
		return fmt.Errorf("store: lock login address: %w", err)
	}
	return nil
}

const countLoginAttempts = `
WITH known AS (
  SELECT a.addr_hash FROM console_login_addresses a JOIN console_users u ON u.id = a.user_id
   WHERE u.email = $1 AND a.last_at > $4
)
SELECT count(*) FILTER (WHERE f.email = $1 AND f.addr_hash = $2)::int,
       count(*) FILTER (WHERE f.addr_hash = $2)::int,
       count(*) FILTER (WHERE f.email = $1 AND (f.addr_hash IS NULL OR f.addr_hash NOT IN (SELECT addr_hash FROM known)))::int,
       EXISTS (SELECT 1 FROM known WHERE addr_hash = $2)
  FROM login_failures f
 WHERE f.at > $3 AND (f.email = $1 OR f.addr_hash = $2)`

// CountLoginAttempts counts the failed (or unfinished) sign-ins since a
// time that bear on email signing in from addrHash; an address counts as
// known when the account signed in from it after knownSince.
func CountLoginAttempts(ctx context.Context, db DBTX, email string, addrHash []byte, since, knownSince time.Time) (LoginCounts, error) {
	var c LoginCounts
	if err := db.QueryRow(ctx, countLoginAttempts, email, addrHash, since, knownSince).Scan(&c.Pair, &c.Address, &c.Account, &c.Known); err != nil {
		return LoginCounts{}, fmt.Errorf("store: count login attempts: %w", err)
	}
	return c, nil
}

const recordLoginAttempt = `INSERT INTO login_failures (email, addr_hash) VALUES ($1, $2)`

// RecordLoginAttempt records a sign-in attempt; a successful one is
// cleared with ClearLoginAttempts.
func RecordLoginAttempt(ctx context.Context, db DBTX, email string, addrHash []byte) error {
	if _, err := db.Exec(ctx, recordLoginAttempt, email, addrHash); err != nil {
		return fmt.Errorf("store: record login attempt: %w", err)
	}
	return nil
}

const clearLoginAttempts = `DELETE FROM login_failures WHERE email = $1 AND addr_hash = $2`

// ClearLoginAttempts forgets the attempts of one account from one address
// after a successful sign-in from it. Attempts from elsewhere still count.
func ClearLoginAttempts(ctx context.Context, db DBTX, email string, addrHash []byte) error {
	if _, err := db.Exec(ctx, clearLoginAttempts, email, addrHash); err != nil {
		return fmt.Errorf("store: clear login attempts: %w", err)
	}
	return nil
}

const rememberLoginAddress = `
INSERT INTO console_login_addresses (user_id, addr_hash, last_at) VALUES ($1, $2, $3)
ON CONFLICT (user_id, addr_hash) DO UPDATE SET last_at = GREATEST(console_login_addresses.last_at, EXCLUDED.last_at)`

// RememberLoginAddress records that a user signed in from addrHash at a
// time.
func RememberLoginAddress(ctx context.Context, db DBTX, userID int64, addrHash []byte, at time.Time) error {
	if _, err := db.Exec(ctx, rememberLoginAddress, userID, addrHash, at); err != nil {
		return fmt.Errorf("store: remember login address: %w", err)
	}
	return nil
}

const pruneLoginAddresses = `DELETE FROM console_login_addresses WHERE last_at < $1`

// PruneLoginAddresses forgets the addresses no one has signed in from
// since a time.
func PruneLoginAddresses(ctx context.Context, db DBTX, before time.Time) error {
	if _, err := db.Exec(ctx, pruneLoginAddresses, before); err != nil {
		return fmt.Errorf("store: prune login addresses: %w", err)
	}
	return nil
}
