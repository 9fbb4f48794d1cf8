// Package models renames table people to members (--rename-table).
package models

type Member struct {
	ID   int64  `db:"id,pk"`
	Name string `db:"name,index"`
}
