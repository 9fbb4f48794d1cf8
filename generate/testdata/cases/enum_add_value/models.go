// Package models adds enum values, one between two and one at the end.
package models

type Status string

const (
	StatusPending  Status = "pending"
	StatusPaused   Status = "paused"
	StatusActive   Status = "active"
	StatusArchived Status = "archived"
)

type Order struct {
	ID     int64  `db:"id,pk"`
	Status Status `db:"status,type:enum,default:'pending'"`
}
