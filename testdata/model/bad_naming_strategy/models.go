// Package badnamingstrategy configures GORM's naming in ways autogen
// cannot follow.
package badnamingstrategy

import (
	"strings"

	"gorm.io/gorm"
	"gorm.io/gorm/schema"
)

// Config is what the app opens GORM with.
var Config = &gorm.Config{NamingStrategy: schema.NamingStrategy{
	TablePrefix:   "app_",
	SingularTable: true,
	NameReplacer:  strings.NewReplacer("CID", "Cid"),
}}

// Namer is a naming strategy of its own.
type Namer struct{ schema.NamingStrategy }

// User is a model.
type User struct {
	ID uint
}
