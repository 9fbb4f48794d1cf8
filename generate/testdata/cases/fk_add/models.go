// Package models adds a foreign key and drops another.
package models

type Org struct {
	ID int64 `db:"id,pk"`
}

type Team struct {
	ID int64 `db:"id,pk"`
}

type User struct {
	ID     int64  `db:"id,pk"`
	OrgID  int64  `db:"org_id,fk:orgs.id"`
	TeamID *int64 `db:"team_id"`
}
