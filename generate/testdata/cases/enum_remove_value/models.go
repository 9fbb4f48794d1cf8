// Package models removes an enum value: the draft says what to do by
// hand.
package models

type Status string

const (
	StatusPending Status = "pending"
	StatusActive  Status = "active"
)

type Order struct {
	ID     int64  `db:"id,pk"`
	Status Status `db:"status,type:enum"`
}
