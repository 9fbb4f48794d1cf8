// Package models has every spelling of the character types.
package models

import "database/sql"

type Word struct {
	ID        int64          `db:"id,pk"`
	Plain     string         `db:"plain"`
	Sized     string         `db:"sized,size:40"`
	Varchar   string         `db:"varchar_col,type:varchar(20)"`
	CharVar   string         `db:"char_var,type:character varying(30)"`
	VarUpper  string         `db:"var_upper,type:VARCHAR(50)"`
	VarSpaced string         `db:"var_spaced,type:varchar( 60 )"`
	Unbounded string         `db:"unbounded,type:varchar"`
	Text      string         `db:"text_col,type:TEXT"`
	Char3     string         `db:"char3,type:char(3)"`
	Charac    string         `db:"charac,type:character(5)"`
	Nullable  sql.NullString `db:"nullable"`
	Pointer   *string        `db:"pointer,size:10"`
}
