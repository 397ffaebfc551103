package store

import (
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// The row types a web chat answer reads (its conversation, its message,
// the feed) are scanned by position: pgx's scan by name costs reflection
// on every row, about a tenth of the server's work on the hot path. A
// row whose columns are not the ones expected, in order, is scanned by
// name as every other row is, so a query that changes its columns is
// never read into the wrong fields.

// byPosition is a row type that lists its columns, in a query's order,
// and the fields they are scanned into. A JSON column is scanned as its
// bytes (a json.RawMessage is otherwise decoded and copied on every row).
type byPosition interface {
	columns() []string
	fields() []any
}

// scanByPosition scans row into v when v reads its columns by position
// and the row has exactly those; ok is false otherwise.
func scanByPosition(row pgx.CollectableRow, v any) (ok bool, err error) {
	p, is := v.(byPosition)
	if !is || !sameColumns(row.FieldDescriptions(), p.columns()) {
		return false, nil
	}
	return true, row.Scan(p.fields()...)
}

func sameColumns(fds []pgconn.FieldDescription, names []string) bool {
	if len(fds) != len(names) {
		return false
	}
	for i, fd := range fds {
		if fd.Name != names[i] {
			return false
		}
	}
	return true
}

// columnList splits a SELECT list of plain column names.
func columnList(s string) []string {
	out := strings.Split(s, ",")
	for i, c := range out {
		out[i] = strings.TrimSpace(c)
	}
	return out
}

var (
	messageColumnList      = columnList(messageColumns)
	arrivedColumnList      = append(columnList(messageColumns), "contact_id", "contact_status")
	conversationColumnList = columnList(conversationColumns)
	lockedColumnList       = append(columnList(conversationColumns), "pending_out")
	feedColumnList         = columnList(feedColumns)
)

func (m *Message) columns() []string { return messageColumnList }

func (m *Message) fields() []any {
	return []any{&m.ID, &m.ConversationID, &m.Direction, &m.Channel, &m.ProviderID, &m.Seq, &m.Kind, &m.Body, &m.Choice,
		(*[]byte)(&m.Buttons), &m.InReplyTo, &m.Status, &m.ErrorCode, &m.Attempts, &m.CreatedAt, &m.SendingAt, &m.LeaseUntil}
}

func (a *arrivedMessage) columns() []string { return arrivedColumnList }

func (a *arrivedMessage) fields() []any {
	return append(a.Message.fields(), &a.ContactID, &a.ContactStatus)
}

func (c *Conversation) columns() []string { return conversationColumnList }

func (c *Conversation) fields() []any {
	return []any{&c.ID, &c.ContactID, &c.Channel, &c.Locale, (*[]byte)(&c.State), &c.LastSeq, &c.ExpiresAt, &c.UpdatedAt, &c.Source}
}

func (c *LockedConversation) columns() []string { return lockedColumnList }

func (c *LockedConversation) fields() []any {
	return append(c.Conversation.fields(), &c.PendingOut)
}

func (m *FeedMessage) columns() []string { return feedColumnList }

func (m *FeedMessage) fields() []any {
	return []any{&m.ID, &m.Direction, &m.Kind, &m.Body, &m.Choice, (*[]byte)(&m.Buttons), &m.CreatedAt}
}
