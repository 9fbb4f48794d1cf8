// Package models has PostgreSQL types without a portable kind.
package models

type Host struct {
	ID      int64  `db:"id,pk"`
	Addr    string `db:"addr,type:inet"`
	Net     string `db:"net,type:cidr"`
	Mac     string `db:"mac,type:macaddr"`
	Cost    string `db:"cost,type:money"`
	Search  string `db:"search,type:tsvector,null"`
	Doc     string `db:"doc,type:xml,null"`
	Wait    string `db:"wait,type:interval"`
	WaitP   string `db:"wait_p,type:interval(3)"`
	JSON    string `db:"json_col,type:json"`
	Zone    string `db:"zone,type:timetz"`
	Bits    string `db:"bits,type:bit(8)"`
	VarBits string `db:"var_bits,type:varbit(16)"`
}
