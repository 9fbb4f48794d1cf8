// Package db opens the database with a naming strategy autogen cannot
// apply.
package db

import (
	"gorm.io/gorm"
	gschema "gorm.io/gorm/schema"
)

// Config is how the application configures GORM.
var Config = &gorm.Config{
	NamingStrategy: gschema.NamingStrategy{
		TablePrefix:   "app_",
		SingularTable: true,
	},
}
