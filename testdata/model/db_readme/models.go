// Package dbreadme holds the README's examples of the db tag, so that they
// stay true.
package dbreadme

import "time"

// Org is referenced.
type Org struct {
	ID int64 `db:"id,pk"`
}

// Account is the README's db tag example.
type Account struct {
	ID      int64     `db:"id,pk"`
	OrgID   int64     `db:"org_id,fk:orgs.id,ondelete:cascade,index"`
	Email   string    `db:"email,type:varchar(255),unique"`
	Code    string    `db:"code,size:40,unique:uq_accounts_org_code"`
	OrgCode int64     `db:"org_code,unique:uq_accounts_org_code"`
	Balance int64     `db:"balance,default:0,check:balance >= 0"`
	Note    *string   `db:"note,comment:'free text, for humans'"`
	Created time.Time `db:",default:now()"`
	Cache   string    `db:"-"`
}

// User is referenced by Order.
type User struct {
	_     struct{} `db:"pk:(id, org_id)"`
	ID    int64    `db:"id"`
	OrgID int64    `db:"org_id"`
}

// Order is the README's blank-field example.
type Order struct {
	_ struct{} `db:"comment:'Orders, one per checkout'"`
	_ struct{} `db:"index:ix_orders_user_created(user_id, created_at DESC) where deleted_at IS NULL"`
	_ struct{} `db:"uniqueindex:(org_id, number),check:total_range(total >= 0 AND total < 1000000)"`
	_ struct{} `db:"fk:fk_orders_user(user_id, org_id) references users(id, org_id) on delete cascade"`

	ID        int64      `db:"id,pk"`
	UserID    int64      `db:"user_id"`
	OrgID     int64      `db:"org_id"`
	Number    string     `db:"number"`
	Total     int64      `db:"total"`
	CreatedAt time.Time  `db:"created_at"`
	DeletedAt *time.Time `db:"deleted_at"`
}

// Status is the README's enum.
type Status string

// The statuses.
const (
	StatusPending Status = "pending"
	StatusActive  Status = "active"
)

// Ticket uses the enum.
type Ticket struct {
	ID     int64  `db:"id,pk"`
	Status Status `db:"status,type:enum,default:'pending'"`
}
