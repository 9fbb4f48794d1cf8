// Package badtablename has TableName methods that are not constants.
package badtablename

import "fmt"

var suffix = "s"

// Dynamic builds its name at run time.
type Dynamic struct {
	ID int64 `db:"id,pk"`
}

// TableName is not a constant.
func (Dynamic) TableName() string { return "dynamic" + suffix }

// Computed calls a function.
type Computed struct {
	ID int64 `db:"id,pk"`
}

// TableName is not a constant.
func (Computed) TableName() string { return fmt.Sprint("computed") }

// Branching has two returns.
type Branching struct {
	ID int64 `db:"id,pk"`
}

// TableName is not a single return.
func (Branching) TableName() string {
	if suffix == "" {
		return "a"
	}
	return "b"
}
