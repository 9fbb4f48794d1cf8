// Package models removes an enum value, and adds a column of the type:
// the draft says what to do by hand.
package models

type Status string

const (
	StatusPending Status = "pending"
	StatusActive  Status = "active"
)

type Order struct {
	ID     int64  `db:"id,pk"`
	Status Status `db:"status,type:enum"`
	// Previous is new: the type's manual steps stand before it is added,
	// and it is created with the new type.
	Previous *Status `db:"previous,type:enum"`
}
