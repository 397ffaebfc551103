package store

import (
	"context"
	"fmt"
	"time"
)

// Promoter is a licensed Overseas Employment Promoter.
type Promoter struct {
	Licence    string     `db:"licence"`
	Name       string     `db:"name"`
	City       string     `db:"city"`
	Address    string     `db:"address"`
	Phone      string     `db:"phone"`
	Status     string     `db:"status"`
	ValidUntil *time.Time `db:"valid_until"`
}

const upsertPromoter = `
INSERT INTO oep_promoters (licence, name, city, address, phone, status, valid_until, imported_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, now())
ON CONFLICT (licence) DO UPDATE
   SET name = EXCLUDED.name, city = EXCLUDED.city, address = EXCLUDED.address, phone = EXCLUDED.phone,
       status = EXCLUDED.status, valid_until = EXCLUDED.valid_until, imported_at = now()`

// UpsertPromoter adds or refreshes a registry entry.
func UpsertPromoter(ctx context.Context, db DBTX, p Promoter) error {
	if _, err := db.Exec(ctx, upsertPromoter, p.Licence, p.Name, p.City, p.Address, p.Phone, p.Status, p.ValidUntil); err != nil {
		return fmt.Errorf("store: upsert promoter: %w", err)
	}
	return nil
}

const promoterByLicence = `
SELECT licence, name, city, address, phone, status, valid_until FROM oep_promoters WHERE licence = $1`

// PromoterByLicence looks a licence up in the registry.
func PromoterByLicence(ctx context.Context, db DBTX, licence string) (Promoter, error) {
	return collectOne[Promoter](ctx, db, "promoter by licence", promoterByLicence, licence)
}
