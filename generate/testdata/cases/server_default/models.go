// Package models sets, changes and drops server defaults, and spells one
// the database already has another way.
package models

import "time"

type Setting struct {
	ID      int64     `db:"id,pk"`
	A       int32     `db:"a,default:0"`
	B       *string   `db:"b,default:'y'"`
	C       *int32    `db:"c"`
	Created time.Time `db:"created,default:CURRENT_TIMESTAMP"`
}
