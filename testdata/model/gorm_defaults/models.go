// Package gormdefaults has GORM's defaults: parsed values are rendered
// as literals (strings quoted ' on PostgreSQL and " on SQLite), functions
// as they are.
package gormdefaults

import "time"

// Defaults has one of each.
type Defaults struct {
	ID       uint
	Str      string    `gorm:"default:hello"`
	Quoted   string    `gorm:"default:'hi'"`
	Empty    string    `gorm:"default:''"`
	Apos     string    `gorm:"default:it's"`
	Int      int       `gorm:"default:0x1F"`
	Uint     uint      `gorm:"default:7"`
	Float    float64   `gorm:"default:2.50"`
	Bool     bool      `gorm:"default:t"`
	Func     string    `gorm:"default:lower('X')"`
	Null     *string   `gorm:"default:null"`
	Now      time.Time `gorm:"default:CURRENT_TIMESTAMP"`
	Date     time.Time `gorm:"default:2024-02-29"`
	Stamp    time.Time `gorm:"default:2024-02-29 13:14:15"`
	Skip     string    `gorm:"default:(-)"`
	NotNull  int       `gorm:"not null;default:1"`
	Comment  string    `gorm:"comment:shown on PostgreSQL"`
	Unsigned uint64
}
