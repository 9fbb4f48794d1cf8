// Package directives shows how model structs are recognised.
package directives

import (
	"time"

	"gorm.io/gorm"
)

// Base carries gorm tags but is only embedded: no table.
type Base struct {
	ID        uint `gorm:"primaryKey"`
	CreatedAt time.Time
}

// Post embeds Base.
type Post struct {
	Base
	Title string
}

// Plain has no tags but an ID field in a package that imports GORM: a
// model.
type Plain struct {
	ID   uint
	Name string
}

// Forced has neither tags nor ID; the directive makes it a model.
//
//autogen:model
type Forced struct {
	Code string
}

// Skipped would be a model; the directive leaves it out.
//
//autogen:ignore
type Skipped struct {
	ID uint
}

// NativeHere reads its db tags natively although the package imports
// GORM.
//
//autogen:model db
type NativeHere struct {
	ID   int64  `db:"id,pk"`
	Name string `db:"name"`
}

// DTO has only json tags and no ID: not a model.
type DTO struct {
	Name string `json:"name"`
}

// Soft is a GORM model through gorm.Model.
type Soft struct {
	gorm.Model
}
