// Package models widens a serial key to bigserial: its sequence must
// widen too.
package models

type Employee struct {
	ID   int64  `db:"id,pk,type:bigserial"`
	Name string `db:"name"`
}
