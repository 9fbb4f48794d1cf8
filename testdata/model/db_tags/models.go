// Package dbtags uses every option of the db tag.
package dbtags

import "time"

// Org is referenced by Account.
type Org struct {
	ID   int64  `db:"id,pk"`
	Name string `db:"name,size:100,unique"`
}

// Account uses every field option.
type Account struct {
	ID        int64     `db:"id,pk"`
	OrgID     int64     `db:"org_id,fk:orgs.id,ondelete:cascade,onupdate:restrict,index"`
	Email     string    `db:"email,type:varchar(255),unique"`
	Code      string    `db:"code,size:40,unique:uq_accounts_org_code"`
	OrgCode   int64     `db:"org_code,unique:uq_accounts_org_code"`
	Nickname  *string   `db:"nickname"`
	Forced    *string   `db:"forced,notnull,default:''"`
	Optional  string    `db:"optional,null"`
	Balance   int64     `db:"balance,default:0,check:balance >= 0"`
	Status    string    `db:"status,default:'new',index:ix_accounts_status_created"`
	CreatedAt time.Time `db:"created_at,default:now(),index:ix_accounts_status_created"`
	Note      string    `db:"note,comment:'free text, for humans'"`
	Lookup    string    `db:"lookup,uniqueindex"`
	Skipped   string    `db:"-"`
	Untagged  string
	HTTPPort  int
	internal  string
	Price     float64 `db:",type:numeric(10,2)"`
}

// Ledger has a composite primary key in field order.
type Ledger struct {
	Year   int32 `db:"year,pk"`
	Number int32 `db:"number,pk"`
	Seq    int64 `db:"seq"`
}

// Event's key is AUTOINCREMENT on SQLite (rowids never reused).
type Event struct {
	ID int64 `db:"id,pk,autoincrement"`
}

// Counter's integer key is not an identity.
type Counter struct {
	ID    int64 `db:"id,pk,autoincrement:false"`
	Value int64 `db:"value"`
}

// Base is embedded without a tag: its fields are the model's (as pgx,
// sqlx and scany read them); it is no table itself.
type Base struct {
	ID        int64     `db:"id,pk"`
	CreatedAt time.Time `db:"created_at,default:CURRENT_TIMESTAMP"`
}

// Note embeds Base.
type Note struct {
	Base
	Body string `db:"body"`
}
