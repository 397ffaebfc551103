package store

import "github.com/jackc/pgx/v5"

// For the external tests: rowTo and the column lists it knows.

func CollectRowsTo[T any](rows pgx.Rows) ([]T, error) { return pgx.CollectRows(rows, rowTo[T]) }

const (
	MessageColumns      = messageColumns
	ConversationColumns = conversationColumns
	FeedColumns         = feedColumns
)
