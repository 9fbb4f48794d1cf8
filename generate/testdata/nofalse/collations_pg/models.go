// Package models gives columns a collation in the type, as GORM users
// write it.
package models

type Word struct {
	ID    int64  `db:"id,pk"`
	Text  string `db:"text,type:varchar(20) COLLATE \"C\",index"`
	Plain string `db:"plain,type:text collate \"POSIX\""`
}
