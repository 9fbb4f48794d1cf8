// Package models adds an enum value and makes it the column's default,
// a use PostgreSQL refuses in the transaction that added the value.
package models

type Status string

const (
	StatusPending  Status = "pending"
	StatusActive   Status = "active"
	StatusArchived Status = "archived"
)

type Order struct {
	ID     int64  `db:"id,pk"`
	Status Status `db:"status,type:enum,default:'archived'"`
	// Previous is new: the downgrade drops it before it recreates the
	// type, so the type's manual steps must not name it.
	Previous *Status `db:"previous,type:enum"`
}
