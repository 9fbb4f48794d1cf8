// Package models adds indexes on expressions.
package models

type User struct {
	_ struct{} `db:"index:ix_users_lower_email(lower(email))"`
	_ struct{} `db:"uniqueindex:ix_users_lower_handle(lower(handle))"`

	ID     int64  `db:"id,pk"`
	Email  string `db:"email"`
	Handle string `db:"handle"`
}
