// Package models has numeric defaults in many spellings.
package models

type Counter struct {
	ID      int64   `db:"id,pk"`
	Zero    int32   `db:"zero,default:0"`
	Quoted  int32   `db:"quoted,default:'0'"`
	Minus   int64   `db:"minus,default:-1"`
	Paren   int64   `db:"paren,default:(42)"`
	Small   int16   `db:"small,default:7"`
	Ratio   float64 `db:"ratio,default:1.5"`
	RatioQ  float64 `db:"ratio_q,default:'2.5'"`
	Real    float32 `db:"real_col,default:0.25"`
	Amount  float64 `db:"amount,type:numeric(10,2),default:0"`
	AmountQ float64 `db:"amount_q,type:numeric(10,2),default:'9.99'"`
	Big     int64   `db:"big,default:9000000000"`
	Neg     float64 `db:"neg,default:-0.5"`
}
