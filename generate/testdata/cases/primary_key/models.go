// Package models adds a composite primary key and changes another.
package models

type Membership struct {
	UserID  int64 `db:"user_id,pk"`
	GroupID int64 `db:"group_id,pk"`
}

type Tag struct {
	Code string `db:"code,pk"`
	Lang string `db:"lang,pk,default:'en'"`
	Name string `db:"name"`
}
