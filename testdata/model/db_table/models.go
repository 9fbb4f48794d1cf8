// Package dbtable declares what belongs to a table on a blank field.
package dbtable

import "time"

// User is referenced by Order.
type User struct {
	_     struct{} `db:"pk:(id, org_id),unique:(email) deferrable initially deferred"`
	ID    int64    `db:"id"`
	OrgID int64    `db:"org_id"`
	Email string   `db:"email"`
}

// Order has table-level declarations of every kind.
type Order struct {
	_ struct{} `db:"comment:'Orders, one per checkout',index:ix_orders_user_created(user_id, created_at DESC) where deleted_at IS NULL,uniqueindex:(OrgID, Number),index:(lower(note)),index:ix_orders_tags(tags) using gin,index:ix_orders_cover(user_id) include (total),check:total_range(total >= 0 AND total < 1000000),check:(shipped_at IS NULL OR shipped_at >= created_at),fk:fk_orders_user(user_id, org_id) references users(id, org_id) on delete cascade on update no action,fk:(org_id, user_id) references users(org_id, id) on delete set null deferrable initially deferred"`

	ID        int64      `db:"id,pk"`
	UserID    int64      `db:"user_id"`
	OrgID     int64      `db:"org_id"`
	Number    string     `db:"number"`
	Total     int64      `db:"total"`
	Note      string     `db:"note"`
	Tags      []string   `db:"tags,type:text[]"`
	CreatedAt time.Time  `db:"created_at"`
	ShippedAt *time.Time `db:"shipped_at"`
	DeletedAt *time.Time `db:"deleted_at"`
}

// Named gives its primary key a name.
type Named struct {
	_    struct{} `db:"pk:pk_named_custom(code)"`
	Code string   `db:"code"`
}
