// Package models gives columns a collation in the type, as GORM users
// write it.
package models

type Member struct {
	ID     int64  `db:"id,pk"`
	Handle string `db:"handle,type:varchar(40) collate nocase,unique"`
	Note   string `db:"note,type:TEXT COLLATE RTRIM"`
	Code   string `db:"code,type:varchar(8) COLLATE \"BINARY\""`
}
