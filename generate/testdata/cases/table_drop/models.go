// Package models no longer has the table legacy_notes.
package models

type User struct {
	ID    int64  `db:"id,pk"`
	Email string `db:"email"`
}
