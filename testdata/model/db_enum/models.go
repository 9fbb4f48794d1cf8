// Package dbenum has PostgreSQL enums from Go string types.
package dbenum

// Status is an enum: its constants, in source order, are the values.
type Status string

// The statuses.
const (
	StatusPending  Status = "pending"
	StatusActive   Status = "active"
	StatusDisabled Status = "disabled"
	DefaultStatus         = StatusActive // untyped alias of a value: no new label
)

// OrderKind is another enum, nullable where it is used by pointer.
type OrderKind string

// The kinds.
const (
	KindRetail    OrderKind = "retail"
	KindWholesale OrderKind = "wholesale"
)

// Order uses both enums.
type Order struct {
	ID     int64      `db:"id,pk"`
	Status Status     `db:"status,type:enum,default:'pending'"`
	Kind   *OrderKind `db:"kind,type:enum"`
	Plain  Status     `db:"plain"`
}

// Invoice uses Status too: one enum type.
type Invoice struct {
	ID     int64  `db:"id,pk"`
	Status Status `db:"status,type:enum"`
}
