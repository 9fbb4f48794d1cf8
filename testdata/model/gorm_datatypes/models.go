// Package gormdatatypes uses column types whose methods say their SQL
// type, from a dependency and from the package itself.
package gormdatatypes

import (
	"gorm.io/gorm"
	"gorm.io/gorm/schema"

	"example.com/gormtypes"
)

// Money says its type here.
type Money int64

// GormDBDataType is the column type by database.
func (Money) GormDBDataType(db *gorm.DB, field *schema.Field) string {
	switch db.Dialector.Name() {
	case "postgres":
		return "numeric(12,2)"
	default:
		return "NUMERIC"
	}
}

// Doc has columns of those types.
type Doc struct {
	ID    uint
	Body  gormtypes.JSON
	Pair  gormtypes.Pair[int]
	Total Money
	// The method wins over the tag, as in GORM's migrator.
	Other gormtypes.JSON `gorm:"type:text"`
}
