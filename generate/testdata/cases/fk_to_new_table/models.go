// Package models moves a foreign key to a new table.
package models

type Team struct {
	ID int64 `db:"id,pk"`
}

type Squad struct {
	ID   int64  `db:"id,pk"`
	Name string `db:"name"`
}

type User struct {
	ID     int64  `db:"id,pk"`
	TeamID *int64 `db:"team_id,fk:squads.id"`
}
