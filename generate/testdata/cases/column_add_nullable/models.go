// Package models adds nullable columns.
package models

type User struct {
	ID       int64   `db:"id,pk"`
	Email    string  `db:"email"`
	Nickname *string `db:"nickname,size:40"`
	Age      *int32  `db:"age"`
}
