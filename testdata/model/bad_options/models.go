// Package badoptions has options nobody knows.
package badoptions

// Unknown has unknown options.
type Unknown struct {
	ID    int64  `db:"id,pk"`
	Name  string `db:"name,uniq"`
	Other string `db:"other,index,nullable"`
	Size  string `db:"size,size:big"`
	Act   int64  `db:"act,fk:unknowns.id,ondelete:explode"`
}

// Table has an unknown table option.
type Table struct {
	_  struct{} `db:"partition:(id)"`
	ID int64    `db:"id,pk"`
}
