// Package gormbasic is GORM's own examples: gorm.Model, associations and
// the common tags.
package gormbasic

import (
	"database/sql"
	"time"

	"gorm.io/gorm"
)

type User struct {
	gorm.Model
	Name         string
	Email        *string `gorm:"uniqueIndex;size:191"`
	Age          uint8
	Birthday     *time.Time
	MemberNumber sql.NullString
	ActivatedAt  sql.NullTime
	CompanyID    int
	Company      Company
	CreditCard   CreditCard
	Languages    []Language `gorm:"many2many:user_languages;"`
}

type Company struct {
	ID   int
	Name string `gorm:"not null;default:'acme'"`
}

type CreditCard struct {
	gorm.Model
	Number string `gorm:"check:length(number) > 10"`
	UserID uint
}

type Language struct {
	gorm.Model
	Name string `gorm:"index:idx_lang_name,unique"`
}
