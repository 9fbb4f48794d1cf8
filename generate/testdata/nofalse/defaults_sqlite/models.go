// Package models has defaults as SQLite users write them: numbers for
// booleans, expressions in parentheses, the CURRENT_ keywords.
package models

import "time"

type Setting struct {
	ID      int64     `db:"id,pk"`
	Flag    bool      `db:"flag,default:1"`
	Off     bool      `db:"off,default:0"`
	Expr    int64     `db:"expr,default:(1 + 2)"`
	Neg     int64     `db:"neg,default:-3"`
	Real    float64   `db:"real_col,default:0.5"`
	Text    string    `db:"text_col,default:'hello'"`
	Created time.Time `db:"created,default:CURRENT_TIMESTAMP"`
	Blob    []byte    `db:"blob_col,default:X'00ff'"`
	Rand    int64     `db:"rand_col,default:(abs(random()) % 10)"`
}
