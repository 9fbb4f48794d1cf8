// Package models changes a check, drops one and adds one.
package models

type Product struct {
	_ struct{} `db:"check:discount(discount <= price),check:price(price > 0)"`

	ID       int64 `db:"id,pk"`
	Price    int64 `db:"price"`
	Qty      int64 `db:"qty"`
	Discount int64 `db:"discount,default:0"`
}
