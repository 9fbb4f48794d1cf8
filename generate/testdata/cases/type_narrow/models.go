// Package models narrows types.
package models

type Measure struct {
	ID     int64   `db:"id,pk"`
	N      int32   `db:"n"`
	Code   string  `db:"code,size:50"`
	Note   string  `db:"note,type:varchar(100)"`
	Amount float64 `db:"amount,type:numeric(10,2)"`
}
