// Package models has enum columns: NOT NULL with a default, nullable,
// indexed, shared by two tables.
package models

type Status string

const (
	StatusDraft Status = "draft"
	StatusLive  Status = "live"
	StatusGone  Status = "gone"
)

type Mood string

const (
	MoodHappy Mood = "happy"
	MoodSad   Mood = "sad"
)

type Post struct {
	ID     int64  `db:"id,pk"`
	Status Status `db:"status,type:enum,default:'draft',index"`
	Mood   *Mood  `db:"mood,type:enum"`
}

type Page struct {
	ID     int64  `db:"id,pk"`
	Status Status `db:"status,type:enum"`
}
