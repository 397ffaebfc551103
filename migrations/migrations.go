// Package migrations holds Hoshyar's forward-only schema changes as numbered
// SQL files (0001_name.sql, …), embedded in the binary. store.Migrate applies
// them, each in its own transaction, together with River's own migrations.
package migrations

import "embed"

// FS holds the SQL files.
//
//go:embed *.sql
var FS embed.FS
