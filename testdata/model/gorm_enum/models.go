// Package gormenum makes a PostgreSQL enum from a GORM field tagged
// type:enum (autogen's own: GORM would fail on type "enum").
package gormenum

// Mood is an enum.
type Mood string

// The moods.
const (
	Happy Mood = "happy"
	Sad   Mood = "sad"
)

// Person has a mood.
type Person struct {
	ID   uint
	Mood Mood `gorm:"type:enum;not null;default:'happy'"`
}
