// Package models has PostgreSQL arrays, spelled as raw types.
package models

type Bag struct {
	ID      int64  `db:"id,pk"`
	Tags    string `db:"tags,type:text[]"`
	Ints    string `db:"ints,type:int[]"`
	Bigs    string `db:"bigs,type:bigint[]"`
	Codes   string `db:"codes,type:varchar(10)[]"`
	Grid    string `db:"grid,type:integer[][]"`
	Stamps  string `db:"stamps,type:timestamptz[],null"`
	Default string `db:"default_tags,type:text[],default:'{}'"`
	Listed  string `db:"listed,type:varchar(5)[],default:ARRAY['a', 'b']::varchar[]"`
}
