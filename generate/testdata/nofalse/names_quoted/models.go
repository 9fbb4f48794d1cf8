// Package models has names that need quoting: reserved words and mixed
// case.
package models

type Order struct {
	ID     int64  `db:"id,pk"`
	User   string `db:"user,index"`
	Group  string `db:"group,unique"`
	Select int32  `db:"select,default:1,check:\"select\" > 0"`
	Camel  string `db:"CamelCase,index:ix_orders_camel"`
	Space  string `db:"has space"`
	Desc   string `db:"desc"`
}

type Table struct {
	ID      int64 `db:"id,pk"`
	OrderID int64 `db:"order,fk:orders.id"`
}
