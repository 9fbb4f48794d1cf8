// Package models replaces a unique constraint by a composite one.
package models

type User struct {
	ID    int64  `db:"id,pk"`
	Email string `db:"email"`
	OrgID int64  `db:"org_id,unique:uq_users_org_code"`
	Code  string `db:"code,unique:uq_users_org_code"`
}
