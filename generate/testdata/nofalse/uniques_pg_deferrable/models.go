// Package models has deferrable unique constraints (PostgreSQL).
package models

type Slot struct {
	_ struct{} `db:"unique:uq_slots_position(position) deferrable"`
	_ struct{} `db:"unique:(day, position) deferrable initially deferred"`

	ID       int64 `db:"id,pk"`
	Day      int32 `db:"day"`
	Position int32 `db:"position"`
}
