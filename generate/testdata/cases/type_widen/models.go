// Package models widens types.
package models

type Measure struct {
	ID     int64   `db:"id,pk"`
	N      int64   `db:"n"`
	Code   string  `db:"code,size:200"`
	Amount float64 `db:"amount,type:numeric(12,2)"`
	Ratio  float64 `db:"ratio"`
	Score  float64 `db:"score,default:0"`
}
