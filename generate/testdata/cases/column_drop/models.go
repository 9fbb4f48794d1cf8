// Package models drops five columns.
package models

type User struct {
	ID    int64  `db:"id,pk"`
	Email string `db:"email"`
}
