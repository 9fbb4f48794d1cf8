// Package db opens the database with a naming strategy autogen cannot
// apply.
package db

import (
	"gorm.io/gorm"
	gschema "gorm.io/gorm/schema"
)

// singular is read from this package's constants.
const singular = true

// Config is how the application configures GORM.
var Config = &gorm.Config{
	NamingStrategy: gschema.NamingStrategy{
		TablePrefix:   "app_",
		SingularTable: singular,
	},
}
