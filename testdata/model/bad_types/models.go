// Package badtypes has Go types with no column type.
package badtypes

import (
	"net/netip"

	"github.com/google/uuid"
)

// UserID is defined from uuid.UUID: a [16]byte, without its methods.
type UserID uuid.UUID

// Point is a struct autogen does not know.
type Point struct{ X, Y float64 }

// Shapes has unmappable fields.
type Shapes struct {
	ID    int64             `db:"id,pk"`
	Where Point             `db:"where"`
	Tags  []string          `db:"tags"`
	Attrs map[string]string `db:"attrs"`
	Addr  netip.Addr        `db:"addr"`
	Any   any               `db:"any"`
	Typed []string          `db:"typed,type:text[]"`
	Owner UserID            `db:"owner"`
	Given UserID            `db:"given,type:uuid"`
}

// Loop embeds itself.
//
//autogen:model
type Loop struct {
	ID int64 `db:"id,pk"`
	*Loop
}
