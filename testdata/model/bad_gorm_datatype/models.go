// Package badgormdatatype has a column type whose method autogen cannot
// read: a type: tag does not stand in for it, since GORM prefers the
// method.
package badgormdatatype

import "example.com/gormtypes"

// Item has the column.
type Item struct {
	ID   uint
	Code gormtypes.Dynamic `gorm:"type:varchar(20)"`
}
