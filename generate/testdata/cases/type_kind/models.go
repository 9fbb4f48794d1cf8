// Package models changes the kind of types: integer to text, text to
// bigint (one with a default), text to timestamptz.
package models

import "time"

type Measure struct {
	ID    int64     `db:"id,pk"`
	N     string    `db:"n"`
	Code  int64     `db:"code"`
	At    time.Time `db:"at"`
	Level int64     `db:"level,default:0"`
}
