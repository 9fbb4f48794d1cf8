// Package models has a GORM model; the application sets a naming
// strategy elsewhere, where it opens the database.
package models

import "gorm.io/gorm"

// User is a GORM model.
type User struct {
	gorm.Model
	Name string
}
