// Package badenum misuses type:enum.
package badenum

// Level is an int: no enum.
type Level int

// Empty is a string type without constants.
type Empty string

// Uses has bad enum fields.
type Uses struct {
	ID    int64  `db:"id,pk"`
	Level Level  `db:"level,type:enum"`
	Empty Empty  `db:"empty,type:enum"`
	Plain string `db:"plain,type:enum"`
}
