// Package models adds partial indexes.
package models

import "time"

type User struct {
	_ struct{} `db:"uniqueindex:ix_users_live_email(email) where deleted_at IS NULL"`
	_ struct{} `db:"index:ix_users_deleted(deleted_at) where deleted_at IS NOT NULL"`

	ID        int64      `db:"id,pk"`
	Email     string     `db:"email"`
	DeletedAt *time.Time `db:"deleted_at"`
}
