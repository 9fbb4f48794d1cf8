// Package models has every spelling of the integer types.
package models

type Number struct {
	ID       int64  `db:"id,pk"`
	I16      int16  `db:"i16"`
	I32      int32  `db:"i32"`
	I64      int64  `db:"i64"`
	U8       uint8  `db:"u8"`
	TInt     int32  `db:"t_int,type:int"`
	TInt4    int32  `db:"t_int4,type:int4"`
	TInt8    int64  `db:"t_int8,type:int8"`
	TInt2    int16  `db:"t_int2,type:int2"`
	TInteger int32  `db:"t_integer,type:INTEGER"`
	TBig     int64  `db:"t_big,type:BigInt"`
	TSmall   int16  `db:"t_small,type:smallint"`
	Null32   *int32 `db:"null32"`
}
