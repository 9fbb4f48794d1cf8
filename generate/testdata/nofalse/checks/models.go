// Package models has check constraints in the forms people write.
package models

type Product struct {
	_ struct{} `db:"check:price_positive(price > 0)"`
	_ struct{} `db:"check:discount_le_price(discount <= price)"`
	_ struct{} `db:"check:status_known(status IN ('draft', 'live', 'gone'))"`
	_ struct{} `db:"check:qty_range(qty BETWEEN 0 AND 1000)"`
	_ struct{} `db:"check:name_len(length(name) > 2 AND length(name) < 100)"`
	_ struct{} `db:"check:code_like(code LIKE 'P%')"`
	_ struct{} `db:"check:either(sku IS NOT NULL OR code <> '')"`

	ID       int64   `db:"id,pk"`
	Name     string  `db:"name"`
	Code     string  `db:"code"`
	Sku      *string `db:"sku"`
	Status   string  `db:"status,default:'draft'"`
	Price    int64   `db:"price,check:price < 1000000"`
	Discount int64   `db:"discount,default:0"`
	Qty      int32   `db:"qty"`
}
