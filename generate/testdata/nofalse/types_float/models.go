// Package models has every spelling of the floating-point types.
package models

type Measure struct {
	ID     int64    `db:"id,pk"`
	F32    float32  `db:"f32"`
	F64    float64  `db:"f64"`
	Real   float32  `db:"real_col,type:real"`
	Float4 float32  `db:"float4_col,type:float4"`
	Double float64  `db:"double_col,type:double precision"`
	Float8 float64  `db:"float8_col,type:float8"`
	Null   *float64 `db:"null_col"`
}
