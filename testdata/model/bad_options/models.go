// Package badoptions has options nobody knows.
package badoptions

// Unknown has unknown options.
type Unknown struct {
	ID    int64  `db:"id,pk"`
	Name  string `db:"name,uniq"`
	Other string `db:"other,index,nullable"`
	Size  string `db:"size,size:big"`
	Act   int64  `db:"act,fk:unknowns.id,ondelete:explode"`
	Qty   int64  `db:"qty,default:0 check:qty >= 0"`
	Note  string `db:"note,comment:default size: large"`
}

// Table has an unknown table option.
type Table struct {
	_  struct{} `db:"partition:(id)"`
	ID int64    `db:"id,pk"`
}
