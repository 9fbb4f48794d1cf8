// Package models adds a unique index and makes another one unique.
package models

type User struct {
	ID     int64  `db:"id,pk"`
	Email  string `db:"email,uniqueindex"`
	Handle string `db:"handle,uniqueindex:ix_users_handle"`
}
