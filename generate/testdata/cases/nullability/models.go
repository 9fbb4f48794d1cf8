// Package models makes one column NOT NULL and another nullable.
package models

type User struct {
	ID   int64   `db:"id,pk"`
	Name string  `db:"name"`
	Bio  *string `db:"bio,default:''"`
}
