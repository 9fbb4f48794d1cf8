// Package badsyntax has tags that do not parse.
package badsyntax

// Broken has bad db tags.
type Broken struct {
	ID    int64  `db:"id,pk"`
	Paren string `db:"paren,type:varchar(10"`
	Quote string `db:"quote,default:'oops"`
	Close string `db:"close,check:a > 0)"`
	Empty string `db:"empty,type:"`
	Value string `db:"value,pk:yes"`
}

// Table has bad table-level declarations, one per blank field.
type Table struct {
	_  struct{} `db:"index:ix_t(id"`
	_  struct{} `db:"check:id > 0"`
	_  struct{} `db:"fk:(id) users(id)"`
	_  struct{} `db:"index:bad name(id)"`
	_  struct{} `db:"unique:(nope)"`
	_  struct{} `db:"index:(id sideways)"`
	_  struct{} `db:"fk:(id) references users(id) on delete explode"`
	_  struct{} `db:"comment"`
	ID int64    `db:"id,pk"`
}
