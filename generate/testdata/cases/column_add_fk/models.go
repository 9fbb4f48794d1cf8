// Package models adds a column with a foreign key.
package models

type Org struct {
	ID int64 `db:"id,pk"`
}

type User struct {
	ID    int64  `db:"id,pk"`
	OrgID *int64 `db:"org_id,fk:orgs.id,ondelete:set null"`
}
