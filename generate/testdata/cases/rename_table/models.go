// Package models renames table people to members (--rename-table).
package models

type Member struct {
	ID   int64  `db:"id,pk"`
	Name string `db:"name,index"`
}

// Note refers to members, as it referred to people.
type Note struct {
	_        struct{} `db:"fk:fk_notes_author(author_id) references members(id)"`
	ID       int64    `db:"id,pk"`
	AuthorID int64    `db:"author_id"`
}
