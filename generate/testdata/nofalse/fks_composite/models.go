// Package models has composite foreign keys and foreign keys to unique
// columns.
package models

type Account struct {
	_ struct{} `db:"unique:uq_accounts_org_code(org_id, code)"`

	ID    int64  `db:"id,pk"`
	OrgID int64  `db:"org_id"`
	Code  string `db:"code"`
	Email string `db:"email,unique"`
}

type Invoice struct {
	_ struct{} `db:"fk:fk_invoices_account(org_id, account_code) references accounts(org_id, code) on delete cascade"`

	ID          int64  `db:"id,pk"`
	OrgID       int64  `db:"org_id"`
	AccountCode string `db:"account_code"`
	Email       string `db:"email,fk:accounts.email"`
}
