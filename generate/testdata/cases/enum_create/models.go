// Package models adds a column of a new enum type.
package models

type Status string

const (
	StatusPending Status = "pending"
	StatusActive  Status = "active"
)

type Order struct {
	ID     int64  `db:"id,pk"`
	Status Status `db:"status,type:enum,default:'pending'"`
}
