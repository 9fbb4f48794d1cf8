// Package gormtypes is a dependency of the model tests with column types
// that say their SQL type through GORM's interfaces, as gorm.io/datatypes
// does: autogen reads these methods from the source in the module cache.
package gormtypes

import (
	"gorm.io/gorm"
	"gorm.io/gorm/schema"
)

// JSON is stored as JSONB on PostgreSQL and JSON on SQLite.
type JSON []byte

// GormDataType is GORM's data type.
func (JSON) GormDataType() string { return "json" }

// GormDBDataType is the column type by database.
func (JSON) GormDBDataType(db *gorm.DB, field *schema.Field) string {
	switch db.Dialector.Name() {
	case "sqlite":
		return "JSON"
	case "mysql":
		return "JSON"
	case "postgres":
		return "JSONB"
	}
	return ""
}

// Pair is a generic JSON value, as datatypes.JSONType.
type Pair[T any] struct{ A, B T }

// GormDataType is GORM's data type: a column, not an association.
func (Pair[T]) GormDataType() string { return "json" }

// GormDBDataType is the column type by database.
func (Pair[T]) GormDBDataType(db *gorm.DB, field *schema.Field) string {
	if db.Dialector.Name() == "postgres" {
		return "JSONB"
	}
	return "TEXT"
}

// Dynamic computes its type: autogen cannot read it.
type Dynamic string

// GormDBDataType is the column type by database.
func (Dynamic) GormDBDataType(db *gorm.DB, field *schema.Field) string {
	return "VARCHAR(" + field.Name + ")"
}
