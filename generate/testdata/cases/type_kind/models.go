// Package models changes the kind of types: integer to text, text to
// bigint, text to timestamptz.
package models

import "time"

type Measure struct {
	ID   int64     `db:"id,pk"`
	N    string    `db:"n"`
	Code int64     `db:"code"`
	At   time.Time `db:"at"`
}
