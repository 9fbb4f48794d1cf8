// Package models indexes email instead of name.
package models

type User struct {
	ID    int64  `db:"id,pk"`
	Email string `db:"email,index"`
	Name  string `db:"name"`
}
