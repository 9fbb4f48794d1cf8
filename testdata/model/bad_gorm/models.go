// Package badgorm has GORM models that GORM itself rejects, or that
// autogen cannot read statically.
package badgorm

import (
	"database/sql/driver"
	"strings"
)

// Custom is a Valuer autogen does not know.
type Custom struct{ v string }

// Value implements driver.Valuer.
func (c Custom) Value() (driver.Value, error) { return c.v, nil }

// Bad has GORM tags GORM rejects.
type Bad struct {
	ID      uint
	Typo    string            `gorm:"uniqe"`
	Flag    bool              `gorm:"default:maybe"`
	Count   int               `gorm:"default:many"`
	Tags    []string          //
	Attrs   map[string]string //
	Val     Custom
	ValT    Custom `gorm:"type:varchar(10)"`
	Comp    int    `gorm:"index:,composite"`
	Class   string `gorm:"index:idx_ft,class:FULLTEXT"`
	Gone    string `gorm:"-;column:gone"`
	Sort    string `gorm:"index:idx_sort,sort:sideways"`
	Embeds  []int  `gorm:"embedded"`
	Action  uint
	Company Company `gorm:"foreignKey:Action;constraint:OnDelete:EXPLODE"`
}

// Company is referenced.
type Company struct {
	ID uint
}

// Orphan has an association GORM cannot key.
type Orphan struct {
	ID     uint
	Parent Company `gorm:"foreignKey:Missing"`
}

// Dynamic has a TableName that is not a constant.
type Dynamic struct {
	ID uint
}

// TableName is computed.
func (Dynamic) TableName() string { return strings.ToLower("Dyn") }

// Loop embeds itself.
//
//autogen:model
type Loop struct {
	ID uint
	*Loop
}

// Firm is the table of Company too.
type Firm struct {
	ID uint
}

// TableName makes it so.
func (Firm) TableName() string { return "companies" }
