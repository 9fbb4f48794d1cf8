// Package singular has singular table names (singular_table: true).
package singular

import "gorm.io/gorm"

// Person is "person", not "people".
type Person struct {
	ID   int64  `db:"id,pk"`
	Name string `db:"name"`
}

// Category is a GORM model: "category".
type Category struct {
	gorm.Model
	Title string
	Tags  []Tag `gorm:"many2many:CategoryTag"`
}

// Tag is "tag"; the join table "category_tag".
type Tag struct {
	ID   uint
	Name string
}
