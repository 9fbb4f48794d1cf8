// Package models has unique constraints: on a column, named, composite.
package models

type Seat struct {
	ID     int64  `db:"id,pk"`
	Code   string `db:"code,unique"`
	Row    string `db:"row_label,unique:uq_seats_row_number"`
	Number int32  `db:"number,unique:uq_seats_row_number"`
	Badge  string `db:"badge,unique:seat_badge"`
}
