// Package models has SQLite type names of every affinity, as SQLite
// keeps them.
package models

type Legacy struct {
	ID       int64   `db:"id,pk"`
	Tiny     int16   `db:"tiny,type:TINYINT"`
	Medium   int32   `db:"medium,type:MEDIUMINT"`
	Unsigned int64   `db:"unsigned_big,type:UNSIGNED BIG INT"`
	Int      int64   `db:"int_col,type:INT"`
	NVarchar string  `db:"nvarchar,type:NVARCHAR(100)"`
	Clob     string  `db:"clob,type:CLOB"`
	Double   float64 `db:"double_col,type:DOUBLE"`
	Float    float64 `db:"float_col,type:FLOAT"`
	Numeric  float64 `db:"numeric_col,type:NUMERIC"`
	Decimal  float64 `db:"decimal_col,type:DECIMAL(10,5)"`
	Datetime string  `db:"datetime_col,type:DATETIME"`
	Boolean  bool    `db:"boolean_col,type:BOOLEAN"`
	Lower    string  `db:"lower_col,type:varchar(12)"`
}
