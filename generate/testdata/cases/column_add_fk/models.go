// Package models adds a column with a foreign key and an index, and a
// plain indexed column.
package models

type Org struct {
	ID int64 `db:"id,pk"`
}

type User struct {
	ID    int64  `db:"id,pk"`
	OrgID *int64 `db:"org_id,fk:orgs.id,ondelete:set null,index"`
	Role  string `db:"role,index,default:''"`
}
