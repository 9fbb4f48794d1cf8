// Package models has numerics: unconstrained, with precision, with scale,
// spelled numeric and decimal.
package models

type Price struct {
	ID        int64    `db:"id,pk"`
	Free      float64  `db:"free,type:numeric"`
	Money     float64  `db:"money_col,type:numeric(10,2)"`
	Spaced    float64  `db:"spaced,type:numeric(12, 4)"`
	Decimal   float64  `db:"decimal_col,type:decimal(8,3)"`
	Whole     int64    `db:"whole,type:numeric(7)"`
	DecUpper  float64  `db:"dec_upper,type:DECIMAL(5,1)"`
	Nullable  *float64 `db:"nullable,type:numeric(6,2)"`
	Defaulted float64  `db:"defaulted,type:numeric(10,2),default:0"`
}
