// Package models has text defaults: empty, quoted, with quotes inside.
package models

type Label struct {
	ID      int64   `db:"id,pk"`
	Empty   string  `db:"empty,default:''"`
	Plain   string  `db:"plain,default:'x'"`
	Sized   string  `db:"sized,size:20,default:'draft'"`
	Quote   string  `db:"quote,default:'it''s'"`
	Spaces  string  `db:"spaces,default:'a b  c'"`
	Comma   string  `db:"comma,default:'a,b'"`
	Char    string  `db:"char_col,type:char(2),default:'ab'"`
	Null    *string `db:"null_col,default:NULL"`
	Numeric string  `db:"numeric_text,default:'42'"`
}
