// Package models has unique indexes: single, named, composite.
package models

type Account struct {
	ID     int64  `db:"id,pk"`
	Email  string `db:"email,uniqueindex"`
	Handle string `db:"handle,uniqueindex:ix_accounts_handle_unique"`
	OrgID  int64  `db:"org_id,uniqueindex:ix_accounts_org_number"`
	Number int32  `db:"number,uniqueindex:ix_accounts_org_number"`
}
