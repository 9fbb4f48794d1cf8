// Package models renames users.email to login (--rename-column).
package models

type User struct {
	ID    int64  `db:"id,pk"`
	Login string `db:"login,size:100"`
}
