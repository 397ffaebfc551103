package store

import (
	"context"
	"fmt"
	"time"
)

// Recruiter networks: reports are joined by the phones, wallets, links,
// IBANs, accounts, handles, licences and company names they share
// (report_keys). These reads return the raw material; package agency draws
// the graph and decides what the caller may see of it.

// Key kinds.
const (
	KeyPhone   = "phone"
	KeyWallet  = "wallet" // a JazzCash or Easypaisa number (E.164)
	KeyURL     = "url"
	KeyLicence = "licence"
	KeyIBAN    = "iban"
	KeyAccount = "account" // a bank account number
	KeyHandle  = "handle"  // "@name"
	KeyCompany = "company" // a recruiting firm's name, lower-cased
)

const reportsNaming = `
SELECT DISTINCT k.report_id FROM report_keys k
  JOIN unnest($1::text[], $2::text[]) AS w(kind, value) ON k.kind = w.kind AND k.value = w.value
 ORDER BY 1 LIMIT $3`

// ReportsNaming lists (up to limit) the reports that name any of keys.
func ReportsNaming(ctx context.Context, db DBTX, keys []Key, limit int) ([]int64, error) {
	kinds, values := make([]string, len(keys)), make([]string, len(keys))
	for i, k := range keys {
		kinds[i], values[i] = k.Kind, keyHash(k.Kind, k.Value)
	}
	rows, err := db.Query(ctx, reportsNaming, kinds, values, limit)
	if err != nil {
		return nil, fmt.Errorf("store: reports naming: %w", err)
	}
	return collectIDs(rows, "reports naming")
}

// ReportKey is a key a report names.
type ReportKey struct {
	ReportID    int64  `db:"report_id"`
	Kind        string `db:"kind"`
	Value       string `db:"value"`
	ValueSealed []byte `db:"value_sealed"` // opened into Value
}

const keysOf = `SELECT report_id, kind, value, value_sealed FROM report_keys WHERE report_id = ANY($1) ORDER BY report_id, kind, value`

// KeysOf lists the keys the reports name.
func KeysOf(ctx context.Context, db DBTX, reportIDs []int64) ([]ReportKey, error) {
	return collectAll[ReportKey](ctx, db, "keys of", keysOf, reportIDs)
}

// NetworkReport is a report in a network: no personal data, and which
// agencies hold it (and the caller's own referral, when it holds it).
type NetworkReport struct {
	ID          int64     `db:"id"`
	Reference   string    `db:"reference"`
	CaseType    string    `db:"case_type"`
	Urgency     string    `db:"urgency"`
	CreatedAt   time.Time `db:"created_at"`
	AmountAsked *int64    `db:"amount_asked_pkr"`
	AmountPaid  *int64    `db:"amount_paid_pkr"`
	Agencies    []string  `db:"agencies"`
	ReferralID  *int64    `db:"referral_id"` // the caller's
}

const networkReports = `
SELECT r.id, r.reference, r.case_type, r.urgency, r.created_at, r.amount_asked_pkr, r.amount_paid_pkr,
       COALESCE(array_agg(DISTINCT f.agency_code) FILTER (WHERE f.id IS NOT NULL), '{}') AS agencies,
       max(f.id) FILTER (WHERE f.agency_code = $2) AS referral_id
  FROM reports r LEFT JOIN referrals f ON f.report_id = r.id
 WHERE r.id = ANY($1)
 GROUP BY r.id ORDER BY r.created_at, r.id`

// NetworkReports loads the reports of a network as agency may know them.
func NetworkReports(ctx context.Context, db DBTX, reportIDs []int64, agency string) ([]NetworkReport, error) {
	return collectAll[NetworkReport](ctx, db, "network reports", networkReports, reportIDs, agency)
}

const setAmounts = `UPDATE reports SET amount_asked_pkr = $2, amount_paid_pkr = $3 WHERE id = $1`

// SetAmounts records what a report says was asked and paid, in rupees (nil
// when it does not say).
func SetAmounts(ctx context.Context, db DBTX, reportID int64, asked, paid *int64) error {
	if _, err := db.Exec(ctx, setAmounts, reportID, asked, paid); err != nil {
		return fmt.Errorf("store: set amounts: %w", err)
	}
	return nil
}
