// Package tablename names tables with TableName methods.
package tablename

const prefix = "app_"

// User's TableName returns a literal.
type User struct {
	ID int64 `db:"id,pk"`
}

// TableName is the table.
func (User) TableName() string { return "members" }

// Order's TableName has a pointer receiver and a constant expression.
type Order struct {
	ID int64 `db:"id,pk"`
}

// TableName is the table.
func (*Order) TableName() string { return prefix + "orders" }

// LineItem has GORM's default name, line_items.
type LineItem struct {
	ID int64 `db:"id,pk"`
}
