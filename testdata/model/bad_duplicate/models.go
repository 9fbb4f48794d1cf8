// Package badduplicate has two models on one table.
package badduplicate

// User is the users table.
type User struct {
	ID int64 `db:"id,pk"`
}

// Account is the users table too.
type Account struct {
	ID int64 `db:"id,pk"`
}

// TableName makes it so.
func (Account) TableName() string { return "users" }

// Twice has two fields on one column.
type Twice struct {
	ID    int64  `db:"id,pk"`
	Name  string `db:"name"`
	Other string `db:"name"`
}

// Bounded has two checks on one column, which the convention names alike.
type Bounded struct {
	ID  int64 `db:"id,pk"`
	Qty int64 `db:"qty,check:qty >= 0,check:qty < 100"`
}
