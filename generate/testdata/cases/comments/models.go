// Package models sets, changes and drops table and column comments.
package models

type Account struct {
	_ struct{} `db:"comment:'accounts, one per customer'"`

	ID int64   `db:"id,pk"`
	A  *string `db:"a,comment:new a"`
	B  *string `db:"b"`
	C  *string `db:"c,comment:'added, with a comma'"`
}

type Note struct {
	ID int64 `db:"id,pk"`
}
