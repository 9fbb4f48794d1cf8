// Package models has booleans, with and without defaults.
package models

import "database/sql"

type Flag struct {
	ID      int64        `db:"id,pk"`
	Plain   bool         `db:"plain"`
	Bool    bool         `db:"bool_col,type:bool"`
	Boolean bool         `db:"boolean_col,type:BOOLEAN"`
	On      bool         `db:"on_flag,default:true"`
	Off     bool         `db:"off_flag,default:false"`
	Upper   bool         `db:"upper_flag,default:TRUE"`
	Null    sql.NullBool `db:"null_flag"`
	Ptr     *bool        `db:"ptr_flag,default:false"`
}
