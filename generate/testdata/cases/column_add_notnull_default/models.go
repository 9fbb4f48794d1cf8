// Package models adds NOT NULL columns with defaults to a table with rows.
package models

type User struct {
	ID     int64  `db:"id,pk"`
	Email  string `db:"email"`
	Active bool   `db:"active,default:true"`
	Score  int32  `db:"score,default:0"`
	Status string `db:"status,size:20,default:'new'"`
}
