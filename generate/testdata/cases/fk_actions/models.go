// Package models changes the actions of foreign keys.
package models

type User struct {
	ID int64 `db:"id,pk"`
}

type Post struct {
	ID       int64  `db:"id,pk"`
	AuthorID *int64 `db:"author_id,fk:users.id,ondelete:set null,onupdate:cascade"`
}

type Comment struct {
	ID     int64 `db:"id,pk"`
	PostID int64 `db:"post_id,fk:posts.id,ondelete:cascade"`
}
