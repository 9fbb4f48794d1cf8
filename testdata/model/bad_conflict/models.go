// Package badconflict has options that contradict each other.
package badconflict

// Conflicts has conflicting options.
type Conflicts struct {
	ID      int64   `db:"id,pk,null"`
	Both    *string `db:"both,null,notnull"`
	Typed   string  `db:"typed,type:text,size:10"`
	Action  int64   `db:"action,ondelete:cascade"`
	Auto    string  `db:"auto,autoincrement"`
	Sized   int64   `db:"sized,size:10"`
	Twice   string  `db:"twice,type:text,type:varchar(3)"`
	Mixed   string  `db:"mixed,unique:shared"`
	Mixed2  string  `db:"mixed2,index:shared"`
	NoValue string  `db:"novalue,default"`
}

// TwoKeys declares its key on fields and on the table.
type TwoKeys struct {
	_ struct{} `db:"pk:(b)"`
	A int64    `db:"a,pk"`
	B int64    `db:"b"`
}
