// Package gormembedded embeds structs as GORM does.
package gormembedded

import (
	"time"

	"gorm.io/gorm"
)

// Address is embedded with and without a prefix.
type Address struct {
	Street string `gorm:"size:100"`
	City   string `gorm:"not null"`
}

// Base is embedded anonymously; its ID becomes the key.
type Base struct {
	ID        uint
	CreatedAt time.Time
}

// Audit is embedded through a pointer.
type Audit struct {
	CreatedBy string
	UpdatedBy string
}

// Customer embeds every way.
type Customer struct {
	Base
	*Audit
	Home    Address `gorm:"embedded;embeddedPrefix:home_"`
	Work    Address `gorm:"embedded"`
	Name    string
	Ignored Address `gorm:"-"`
}

// Legacy embeds gorm.Model and a field of the same column as one of it.
type Legacy struct {
	gorm.Model
	ID   uint `gorm:"primaryKey;column:id"`
	Name string
}
