// Package models is a shop: money in numerics, stock checks, status
// strings, timestamps, and a partial index.
package models

import "time"

type Customer struct {
	ID      int64   `db:"id,pk"`
	Email   string  `db:"email,type:varchar(320),uniqueindex"`
	Country string  `db:"country,type:char(2),default:'US'"`
	Credit  float64 `db:"credit,type:numeric(12,2),default:0"`
}

type Order struct {
	_ struct{} `db:"index:ix_orders_open(customer_id) where status <> 'closed'"`

	ID         int64     `db:"id,pk"`
	CustomerID int64     `db:"customer_id,fk:customers.id"`
	Status     string    `db:"status,size:16,default:'new',check:status IN ('new', 'paid', 'closed')"`
	Total      float64   `db:"total,type:numeric(12,2),default:0"`
	PlacedAt   time.Time `db:"placed_at,default:CURRENT_TIMESTAMP"`
}

type OrderLine struct {
	OrderID int64   `db:"order_id,pk,fk:orders.id,ondelete:cascade"`
	Line    int32   `db:"line,pk"`
	SKU     string  `db:"sku,size:32"`
	Qty     int32   `db:"qty,default:1,check:qty > 0"`
	Price   float64 `db:"price,type:numeric(10,2)"`
}
