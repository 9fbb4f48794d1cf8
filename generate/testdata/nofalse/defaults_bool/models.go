// Package models has boolean defaults as models write them.
package models

type Switch struct {
	ID int64 `db:"id,pk"`
	A  bool  `db:"a,default:true"`
	B  bool  `db:"b,default:false"`
	C  bool  `db:"c,default:TRUE"`
	D  bool  `db:"d,default:False"`
	E  *bool `db:"e,default:true"`
	F  *bool `db:"f"`
}
